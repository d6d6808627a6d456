"""``geozone places``: matches with country, coordinates, population (or blank) and spellings."""

from __future__ import annotations

import re

from clirun import invoke

from geozone.jobs.places import lookup_places


def test_places_prints_coordinates_population_and_spellings():
    result = invoke(["places", "Saraqeb", "--country", "SY"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Saraqib (SY): 35.86447 N, 36.80591 E")
    assert "geonameid 164816" in result.stdout
    assert re.search(r"population [\d,]+ \(GeoNames", result.stdout)
    assert "also:" in result.stdout and "Saraqeb" in result.stdout


def test_places_without_a_population_says_unknown_not_zero():
    (m,) = [m for m in lookup_places("Ariha", ["SY"]) if m.geonameid == 172994]
    assert m.population is None
    assert "population unknown" in invoke(["places", "Ariha"]).stdout


def test_places_finds_a_scenarios_own_places_by_other_spellings():
    for name in ("Tronba", "Tarnabeh", "Trumba"):
        result = invoke(["places", name, "--scenario", "data/idlib-2020"])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("Trumba (scenario): 35.86400 N, 36.77850 E")
    result = invoke(["places", "Ain Hour", "--scenario", "data/idlib-2020"])
    assert "Ain al-Havr (scenario)" in result.stdout and "uncertain (±3 km)" in result.stdout


def test_places_in_two_countries_prefers_the_place_of_that_name():
    (first, *_) = lookup_places("Kaesong", ["KR", "KP"])
    assert (first.name, first.country) == ("Kaesŏng", "KP")


def test_unknown_place_is_one_line_with_the_fix():
    result = invoke(["places", "Tronba"])
    assert result.exit_code == 2
    assert result.stderr.startswith("geozone: error: place 'Tronba': is not in the gazetteer of SY")
    assert "[places]" in result.stderr and result.stderr.count("\n") == 1


def test_suggestions_use_other_spellings_and_skeletons():
    from geozone.sources.gazetteer import Place, load_country

    gaz = load_country("SY")
    assert gaz.suggest("Jisr Shugur")[0] == "Jisr ash Shughūr"
    assert gaz.suggest("Khan Sheikhun")[0] == "Khān Shaykhūn"
    own = gaz.with_places([Place("Trumba", 36.7785, 35.864, "x", alternates=("Tarnabeh",))])
    assert own.suggest("Tarnaba")[0] == "Trumba"
    assert own.suggest("Trumbah")[0] == "Trumba"
