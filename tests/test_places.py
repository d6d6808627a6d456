"""``geozone places``: matches with country, coordinates, population (or blank) and spellings."""

from __future__ import annotations

import re

import numpy as np
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


def test_population_matches_every_footprint_summed_without_the_prefilter():
    """Only footprints near the zone are built; the count equals the sum over every place."""
    import shapely

    from geozone.geometry.footprint import disc, footprint_radius_km, share_inside
    from geozone.geometry.zones import zone
    from geozone.jobs.zonetable import add_places

    rng = np.random.default_rng(5)
    line = np.array([[36.0, 60.0], [36.6, 60.2], [37.1, 60.05]])  # far north: long degrees shrink
    geom = zone(line, 12.0, "total")
    n = 400
    pts = np.c_[rng.uniform(35.5, 37.6, n), rng.uniform(59.7, 60.5, n)]
    pops = [None if i % 7 == 0 else int(rng.integers(1_000, 3_000_000)) for i in range(n)]
    rows = [{"geometry": geom}]
    add_places(rows, [f"p{i}" for i in range(n)], pts, pops)
    brute = sum(
        p * share_inside(disc(x, y, footprint_radius_km(p)), geom)
        for (x, y), p in zip(pts, pops, strict=True)
        if p
    )
    assert brute > 0
    assert rows[0]["population_inside"] == round(brute)
    assert rows[0]["places_inside"] == int(shapely.contains_xy(geom, pts[:, 0], pts[:, 1]).sum())
