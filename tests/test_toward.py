"""``toward``: places in every country the zone reaches, compass words, warnings, variant names."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pytest
import shapely

import geozone
from geozone.errors import GeozoneWarning, InputError
from geozone.jobs.buffer import BUFFER_COLUMNS, toward_side
from geozone.sources.naturalearth import country_at

# a line near 38° N across Korea, west to east; its middle vertex lies in North Korea
KOREA = np.array([[126.7, 37.9], [127.0, 38.1], [127.3, 38.4], [127.7, 38.35], [128.1, 38.5]])


def _notes(fn):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        out = fn()
    return out, [str(w.message) for w in seen if issubclass(w.category, GeozoneWarning)]


def test_the_middle_of_the_line_is_in_north_korea():
    assert country_at(*KOREA[2]) == "KP"


@pytest.fixture(scope="module")
def korea_zones():
    out = {}
    for toward in ("Seoul", "Kaesong", "north"):
        out[toward], _ = _notes(
            lambda t=toward: geozone.buffer(KOREA, ["2km"], "depth", toward=t, places=False)
        )
    return out


def test_seoul_and_kaesong_give_opposite_zones_named_apart(korea_zones):
    seoul, kaesong = korea_zones["Seoul"].iloc[0], korea_zones["Kaesong"].iloc[0]
    assert seoul.variant == "depth-2km-toward-seoul"
    assert kaesong.variant == "depth-2km-toward-kaesong"
    # the line runs eastward, so Seoul's side is south of it and Kaesong's north (hand reasoning)
    line = shapely.LineString(KOREA)
    # it heads about 61° (east-north-east): its sides face 151° and 331°
    assert seoul.side == "south-east" and kaesong.side == "north-west"
    for zone, below in ((seoul, True), (kaesong, False)):
        probe = zone.geometry.representative_point()
        foot = line.interpolate(line.project(probe))
        assert (probe.y < foot.y) == below


def test_north_is_the_side_facing_north(korea_zones):
    north, kaesong = korea_zones["north"].iloc[0], korea_zones["Kaesong"].iloc[0]
    assert north.variant == "depth-2km-north"
    assert north.geometry.symmetric_difference(kaesong.geometry).area < 1e-12


def test_a_compass_word_along_the_line_is_refused():
    with pytest.raises(InputError, match="runs along the line"):
        toward_side("east", np.array([[127.0, 37.5], [128.0, 37.5]]))


def test_warnings_near_the_line_beyond_its_end_and_swapped_coordinates():
    # 250 m north of the middle vertex
    _, notes = _notes(lambda: toward_side("127.3,38.40225", KOREA))
    assert any("only 250 m from the line" in n or "only 249 m" in n for n in notes), notes
    _, notes = _notes(lambda: toward_side("129.5,38.6", KOREA))
    assert any("beyond the line's end" in n for n in notes), notes
    # Idlib as a map site copies it, latitude first, next to a line in Syria
    _, notes = _notes(lambda: toward_side("35.93,36.63", np.array([[36.5, 35.5], [36.9, 35.9]])))
    assert any("LAT,LON" in n and "36.63,35.93" in n for n in notes), notes
    with pytest.raises(InputError, match=r"if you gave LAT,LON, write 127.4,38.2"):
        toward_side("38.2,127.4", KOREA)


def test_a_place_in_a_country_the_zone_does_not_reach_is_flagged():
    line = np.array([[36.5, 35.5], [36.9, 35.9]])
    _, notes = _notes(lambda: toward_side("35.0,39.0", line))  # in Turkey
    assert any("lies in TR" in n for n in notes), notes


def test_natural_earth_is_read_once_then_loaded_from_the_cache(monkeypatch, tmp_path):
    import pyogrio

    from geozone.sources import naturalearth

    monkeypatch.setenv("GEOZONE_CACHE", str(tmp_path))
    naturalearth._codes_table.cache_clear()
    calls = []
    real = pyogrio.raw.read
    monkeypatch.setattr(pyogrio.raw, "read", lambda *a, **k: calls.append(1) or real(*a, **k))
    t = np.linspace(0, 1, 500)
    line = np.column_stack([126.7 + 1.4 * t, 37.9 + 0.6 * t + 0.01 * np.sin(40 * t)])
    try:
        _notes(lambda: toward_side("Seoul", line))
        assert len(calls) == 1  # one read of the shapefile for the whole line
        cached = [p.name for p in tmp_path.glob("naturalearth*")]
        assert cached == [naturalearth._table_cache().name]  # nothing half-written beside it
        naturalearth._codes_table.cache_clear()  # as in a new process
        assert country_at(*KOREA[2]) == "KP" and country_at(127.0, 37.5) == "KR"
        assert len(calls) == 1  # the cache, not the shapefile
    finally:
        naturalearth._codes_table.cache_clear()


def test_an_unwritable_cache_folder_costs_only_the_cache(monkeypatch, tmp_path):
    from geozone.errors import GeozoneWarning
    from geozone.sources import cache, naturalearth

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GEOZONE_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(cache, "_WARNED", set())
    naturalearth._codes_table.cache_clear()
    try:
        with pytest.warns(GeozoneWarning, match="cannot be written"):
            assert country_at(*KOREA[2]) == "KP"
    finally:
        naturalearth._codes_table.cache_clear()


def test_buffer_takes_shapely_geoseries_in_any_crs_and_width_strings():
    line = shapely.LineString(KOREA)
    a = geozone.buffer(line, "4km", places=False)
    series = gpd.GeoSeries([line], crs="EPSG:4326").to_crs("EPSG:3857")
    b = geozone.buffer(gpd.GeoDataFrame(geometry=series), [4.0], places=False)
    assert list(a.columns) == list(BUFFER_COLUMNS)
    assert a.iloc[0].variant == "total-4km" and a.iloc[0].layer == "zone"
    assert a.iloc[0].area_km2 == pytest.approx(b.iloc[0].area_km2, rel=1e-6)
    with pytest.raises(InputError, match="is not a width"):
        geozone.buffer(line, [object()])


def test_buffer_lists_places_inside_and_leaves_unknown_population_blank():
    zones = geozone.buffer(np.array([[36.55, 35.90], [36.72, 35.96]]), "6km")
    row = zones.iloc[0]
    assert "Idlib" in row.places and row.places_inside >= 1
    assert row.population_inside >= 128_840  # Idlib's GeoNames figure
    nowhere = geozone.buffer(np.array([[-30.0, 10.0], [-29.9, 10.1]]), "2km")
    assert nowhere.iloc[0].places_inside is None and nowhere.iloc[0].population_inside is None


def test_a_damaged_cache_file_is_read_past_and_written_afresh(monkeypatch, tmp_path):
    from geozone.sources import naturalearth

    monkeypatch.setenv("GEOZONE_CACHE", str(tmp_path))
    path = naturalearth._table_cache()
    path.write_bytes(b"PK\x03\x04 cut short")  # the start of a zip, as a killed write leaves it
    naturalearth._codes_table.cache_clear()
    try:
        assert country_at(*KOREA[2]) == "KP"
        with np.load(path, allow_pickle=False) as data:
            assert len(data["codes"]) == len(data["offsets"]) - 1 > 200
    finally:
        naturalearth._codes_table.cache_clear()
