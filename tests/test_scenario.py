"""The Idlib 2018 scenario: the line separates the sides, lengths are plausible."""

import pytest

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


def test_sides_are_opposite_and_zone_is_on_the_opposition_side(scenario):
    assert scenario.sides["opposition"].sign == -scenario.sides["government"].sign
    assert scenario.zone_sign == scenario.sides["opposition"].sign


def test_line_length_is_close_to_the_reported_240_km(scenario):
    # the file says: about 230 km, within 10 % of Jusoor Center's ~240 km
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
