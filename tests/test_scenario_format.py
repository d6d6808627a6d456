"""The scenario format as docs/scenarios.md describes it: its examples build, each key works."""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from pyproj import Geod

from geozone.errors import InputError
from geozone.jobs.pipeline import build
from geozone.scenario import load_scenario

DOC = Path(__file__).resolve().parents[1] / "docs" / "scenarios.md"
GEOD = Geod(ellps="WGS84")


def doc_examples() -> dict[str, str]:
    """The complete scenarios in docs/scenarios.md: TOML blocks opening ``# example: NAME``."""
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return {
        m.group(1): block for block in blocks if (m := re.match(r"# example: ([\w-]+)\n", block))
    }


def write_scenario(folder: Path, text: str, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scenario.toml").write_text(text, encoding="utf-8")
    for name, body in (files or {}).items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def test_docs_have_the_three_examples():
    assert set(doc_examples()) == {"line-of-contact", "corridor", "demarcation-line"}


def test_docs_list_every_schema_table_and_key():
    from geozone.scenario.schema import SCHEMA

    text = DOC.read_text(encoding="utf-8")
    for table, keys in SCHEMA.items():
        assert f"`[{table}]`" in text or f"`[[{table}]]`" in text, table
        spec = keys[0] if isinstance(keys, list) else keys
        if isinstance(spec, dict):
            for key in spec.get("*", spec):
                documented = (f"`{key}`", f"`[[{table}.{key}]]`")
                assert any(d in text for d in documented), f"{table}.{key}"


@pytest.fixture(scope="module")
def corridor(tmp_path_factory):
    folder = write_scenario(tmp_path_factory.mktemp("c") / "corridor", doc_examples()["corridor"])
    out = tmp_path_factory.mktemp("c-out")
    return build(folder, out), out


def _brute_nearest(route: np.ndarray, lon: float, lat: float) -> tuple[float, float, float]:
    """Nearest point of a geodesic polyline to a point, by 5 m sampling (independent of geozone)."""
    best = (math.inf, 0.0, 0.0)
    for (x0, y0), (x1, y1) in itertools.pairwise(route):
        n = int(GEOD.inv(x0, y0, x1, y1)[2] // 5) + 1
        pts = [(x0, y0), *GEOD.npts(x0, y0, x1, y1, n), (x1, y1)]
        for x, y in pts:
            d = GEOD.inv(x, y, lon, lat)[2]
            if d < best[0]:
                best = (d, x, y)
    return best


def test_corridor_line_is_the_route_cut_at_the_nearest_points(corridor):
    result, _ = corridor
    s = result.scenario
    route = s.routes[0].coords
    trumba = s.gazetteer.lookup("Trumba")
    jisr = s.gazetteer.lookup("Jisr al-Shughur")
    for vertex, place in ((s.vertices[0], trumba), (s.vertices[-1], jisr)):
        d, x, y = _brute_nearest(route, place.lon, place.lat)
        assert GEOD.inv(vertex.lon, vertex.lat, x, y)[2] < 5.0
        assert abs(GEOD.inv(vertex.lon, vertex.lat, place.lon, place.lat)[2] - d) < 1.0
    # Jisr al-Shughur is a waypoint: the line ends exactly there
    assert (s.vertices[-1].lon, s.vertices[-1].lat) == (jisr.lon, jisr.lat)
    # the stretch keeps the route's waypoints between the cuts (Saraqib is east of Trumba)
    assert [v.label for v in s.vertices[1:-1]] == ["al-Nayrab", "Ariha", "Mhambal"]


def test_corridor_area_is_twelve_km_times_its_length(corridor):
    result, _ = corridor
    s = result.scenario
    zone = result.zones[result.zones.layer == "zone"].iloc[0]
    assert zone.variant == "per_side-6km"
    length = s.line_length_km
    # flat ends: 12 km × length; round ends add at most a disc of radius 6 km
    assert 12 * length * 0.99 < zone.unclipped_area_km2 < 12 * length + math.pi * 36 + 1


def test_corridor_sources_reach_every_output(corridor):
    _, out = corridor
    quote = "6 km deep to the north and 6 km deep to the south of the M4"
    layers = gpd.read_file(out / "corridor.geojson")
    zones = layers[layers.layer == "zone"]
    assert all(quote in s and "Russia and Turkey" in s for s in zones.sources)
    assert quote in (out / "corridor-summary.csv").read_text(encoding="utf-8")
    gpkg = gpd.read_file(out / "corridor.gpkg", layer="zones")
    assert all("2020-03-05" in s for s in gpkg.sources)
    page = (out / "corridor.html").read_text(encoding="utf-8")
    assert "Additional Protocol, Moscow (Russia and Turkey, 2020-03-05)" in page


@pytest.fixture(scope="module")
def dmz(tmp_path_factory):
    folder = write_scenario(
        tmp_path_factory.mktemp("d") / "dmz", doc_examples()["demarcation-line"]
    )
    from geozone import build_zones

    scenario = load_scenario(folder)  # the corridor test covers the files a build writes
    return scenario, build_zones(scenario)


def test_demarcation_line_builds_without_sides(dmz):
    s, frame = dmz
    assert s.sides == {} and s.zone_side == ""
    zones = frame[frame.layer == "zone"].set_index("variant")
    assert set(zones.index) == {"total-4km", "per_side-2km"}
    # the same zone read two ways: equal areas (an independent check: pyproj's area)
    a = abs(GEOD.geometry_area_perimeter(zones.loc["total-4km"].geometry)[0])
    b = abs(GEOD.geometry_area_perimeter(zones.loc["per_side-2km"].geometry)[0])
    assert a == pytest.approx(b, rel=1e-3)
    assert "Armistice Agreement, 27 July 1953, article I" in zones.loc["per_side-2km"].sources


def test_demarcation_line_gazetteer_has_both_countries(dmz):
    gaz = dmz[0].gazetteer
    assert gaz.lookup("Seoul").lat == pytest.approx(37.566, abs=0.01)
    assert gaz.lookup("Kaesong").lat == pytest.approx(37.97, abs=0.01)


def test_line_of_contact_example_builds_depth_on_its_side(tmp_path):
    folder = write_scenario(tmp_path / "contact", doc_examples()["line-of-contact"])
    s = load_scenario(folder)
    assert {v.semantics for v in s.variants} == {"total", "depth"}
    assert s.zone_side == "opposition"
    assert s.sides["opposition"].sign == -s.sides["government"].sign != 0


LINE_GEOJSON = json.dumps(
    {
        "type": "Feature",
        "properties": {
            "uncertainty_km": 1.5,
            "vertices": [{"label": "west end"}, {"label": "middle"}, {"label": "east end"}],
        },
        "geometry": {
            "type": "LineString",
            "coordinates": [[36.5, 35.5], [36.7, 35.6], [36.9, 35.6]],
        },
    }
)


def test_line_from_a_file_relative_to_the_scenario(tmp_path):
    text = doc_examples()["corridor"].split("[places]")[0] + (
        '[line]\nfile = "line.geojson"\n\n[[widths]]\nkm = 3\nreported_by = "a report"\n'
    )
    folder = write_scenario(tmp_path / "f", text, {"line.geojson": LINE_GEOJSON})
    s = load_scenario(folder)
    assert [v.label for v in s.vertices] == ["west end", "middle", "east end"]
    assert s.vertices[1].uncertainty_km == 1.5
    # no [zone]: total and per_side, no depth (there are no sides)
    assert [v.semantics for v in s.variants] == ["total", "per_side"]
    assert s.variants[0].sources == "a report"


BASE = """[scenario]
id = "t"
country = "SY"

[line]
vertices = ["Idlib", "Hama"]
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[[widths]]\nkm = 5\nsemantics = "depth"\n', "see [[widths]] in docs/scenarios.md"),
        ('[[widths]]\nkm = 5\nsemantics = "deep"\n', "semantics 'deep' is not one of"),
        ('[zone]\ncap = "square"\n[[widths]]\nkm = 5\n', "[zone] cap 'square' is not one of"),
        ("[[widths]]\nkm = 5\nreported_by = [{ quote = 'x' }]\n", "needs source (a document)"),
        ("[[widths]]\nkm = 5\nreported_by = [{ source = 'x', page = 3 }]\n", "unknown key 'page'"),
    ],
)
def test_format_errors_name_the_key_and_section(tmp_path, extra, message):
    folder = write_scenario(tmp_path / "bad", BASE + extra)
    with pytest.raises(InputError) as err:
        load_scenario(folder)
    assert message in str(err.value)
    assert "docs/scenarios.md" in str(err.value)


def test_depth_without_a_side_says_what_to_add(tmp_path):
    folder = write_scenario(tmp_path / "bad", BASE + '[[widths]]\nkm = 5\nsemantics = "depth"\n')
    with pytest.raises(InputError, match=r"needs \[zone\] side"):
        load_scenario(folder)


def test_route_stretch_errors(tmp_path):
    text = (
        BASE.replace('vertices = ["Idlib", "Hama"]', 'route = "M5"\nfrom = "Hama"\nto = "Idlib"')
        + '[[widths]]\nkm = 5\n[[routes]]\nid = "M4"\nwaypoints = ["Latakia", "Ariha"]\n'
    )
    with pytest.raises(InputError, match=r"route 'M5' is not the id of a \[\[routes\]\] entry"):
        load_scenario(write_scenario(tmp_path / "a", text))
    text = text.replace('route = "M5"\nfrom = "Hama"\n', 'route = "M4"\n')
    with pytest.raises(InputError, match="route needs from"):
        load_scenario(write_scenario(tmp_path / "b", text))


def test_idlib_2020_corridor_scenario(tmp_path):
    s = load_scenario("data/idlib-2020")
    assert s.id == "idlib-2020" and s.cap == "flat" and s.clip_name == "SYR"
    # the line is the M4 stretch from Trumba to Ain al-Havr, both given in [places]
    trumba, ain = (s.gazetteer.lookup(n) for n in ("Tronba", "Ain Hour"))
    assert (s.vertices[0].lon, s.vertices[0].lat) == (trumba.lon, trumba.lat)
    assert (s.vertices[-1].lon, s.vertices[-1].lat) == (ain.lon, ain.lat)
    # about 59 km by geodesics between waypoints (an independent sum with pyproj)
    length = sum(GEOD.inv(*a, *b)[2] for a, b in itertools.pairwise(s.line)) / 1000
    assert 55 < length < 75 and s.line_length_km == pytest.approx(length, rel=1e-9)
    by = {(v.semantics, v.km): v for v in s.variants}
    assert set(by) == {("per_side", 6.0), ("depth", 6.0)}
    assert "6 km deep to the north and 6 km deep to the south" in by[("per_side", 6.0)].sources
    # the depth zone is the northern half: Idlib's side
    assert s.sides["north"].sign == s.zone_sign != 0
    assert [c[1] for c in s.compare] == [("depth-15km", "depth-20km")]


def test_idlib_2020_draws_the_2018_zone_beside_the_corridor(zone_frame):
    from geozone import build_zones

    zones = build_zones(load_scenario("data/idlib-2020"))
    zones = zones[zones.layer == "zone"].set_index("variant")
    assert list(zones.index) == [
        "per_side-6km",
        "depth-6km",
        "idlib-2018-depth-15km",
        "idlib-2018-depth-20km",
    ]
    theirs = zone_frame[zone_frame.layer == "zone"].set_index("variant")
    for v in ("depth-15km", "depth-20km"):
        mine = zones.loc[f"idlib-2018-{v}"]
        assert mine.scenario == "idlib-2018"
        assert mine.geometry.symmetric_difference(theirs.loc[v].geometry).area < 1e-10
        assert "for comparison" in mine.sources
    # the corridor's 12 km: twice the depth zone, give or take the round ends and the clip
    assert zones.loc["per_side-6km"].area_km2 > 1.9 * zones.loc["depth-6km"].area_km2
