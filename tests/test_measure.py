"""Figures per variant against values checked by hand or by independent computation."""

import numpy as np
import pytest

from geozone.geometry.geodesy import distance_to_line
from geozone.geometry.zones import zone
from geozone.jobs.context import route_geometry
from geozone.jobs.coverage import length_inside_km


def test_route_across_a_zone_has_its_width_inside():
    line = np.array([[36.0, 35.0], [36.0, 36.0]])
    z = zone(line, 20, "total")
    road = route_geometry(np.array([[35.5, 35.5], [36.5, 35.5]]))
    assert length_inside_km(road, z) == pytest.approx(20.0, abs=0.01)


def test_places_inside_agree_with_distances(scenario, summary):
    """A place is inside a total W zone exactly when it is within W/2 of the line."""
    row = summary.set_index("variant").loc["total-20km"]
    named = {p.name for side in scenario.sides.values() for p in side.places}
    for side in scenario.sides.values():
        for p in side.places:
            d, _, _ = distance_to_line([p.lon], [p.lat], scenario.line)
            listed = p.name in row.places
            if d[0] < 9_900 and scenario.clip.contains(__import__("shapely").Point(p.lon, p.lat)):
                assert listed, p.name
            if d[0] > 10_100:
                assert not any(
                    chunk.split(" (")[0] == p.name for chunk in row.places.split("; ")
                ), p.name
    assert named


def test_hand_checked_figures(summary):
    s = summary.set_index("variant")
    # Khan Shaykhun (about 50,000) lies 3–4 km from the line on the opposition side
    assert "Khan Shaykhun (50,000)" in s.loc["depth-15km", "places"]
    # Aleppo city centre is about 8 km east of the line: in the 20 km total zone,
    # but not in a zone lying only on the opposition side
    assert "Aleppo" in s.loc["total-20km", "places"]
    assert "Aleppo" not in s.loc["depth-25km", "places"]
    # a depth zone of W reaches W into the opposition side, a total zone W/2:
    # it covers about twice the share (less where the line bends and overlaps)
    ratio = (
        s.loc["depth-20km", "opposition_share_pct"] / s.loc["total-20km", "opposition_share_pct"]
    )
    assert 1.6 < ratio < 2.1


def test_route_lengths_inside_grow_with_width(summary):
    for _, group in summary.groupby("semantics"):
        g = group.sort_values("width_km")
        assert np.all(np.diff(g.M5_km) >= 0) and np.all(np.diff(g.M4_km) >= 0)


def test_memorandum_reading_first_and_press_only_widths(summary):
    # the memorandum's depth reading leads; 25 km is stated only by press reports
    assert list(summary.semantics) == ["depth"] * 3 + ["total"] * 3
    s = summary.set_index("variant")
    assert s.loc["depth-15km", "reading"].startswith(
        "first: depth on one side, the reading of Memorandum"
    )
    assert s.loc["total-20km", "reading"].startswith(
        "alternative: total width, as the reports word it"
    )
    assert bool(s.loc["depth-25km", "press_only"]) and bool(s.loc["total-25km", "press_only"])
    assert not s.loc[["depth-15km", "depth-20km", "total-20km"], "press_only"].any()
    assert s.loc["depth-25km", "reported_by"] == "RFE/RL via AMN (004_7f7d34b1365bff03.txt)"


def test_population_unknown_is_blank_and_aleppo_counts_by_footprint(summary, layers):
    places = layers[layers.layer == "place"]
    assert not (places.population.dropna().astype(float) == 0).any()
    assert places.population.isna().sum() > 20
    for col in ("population_inside", "population_low", "population_high"):
        assert not (summary[col].dropna() == 0).any(), col
    s = summary.set_index("variant")
    for v in ("depth-15km", "depth-20km", "depth-25km"):
        assert "Aleppo" not in s.loc[v, "places"] + s.loc[v, "places_partly"], v
        assert s.loc[v, "population_inside"] < 500_000, v
    # the total zones reach only part of the city's footprint
    assert "Aleppo (2,098,210; " in s.loc["total-15km", "places"]
    assert s.loc["total-15km", "population_inside"] < 2_098_210
    for r in summary.itertuples():
        assert r.population_note.startswith(
            f"{r.population_inside:,} people in {r.places_with_population} places with figures; "
            f"{r.places_without_population} places without"
        )


def test_ranges_hold_the_drawn_figure(summary):
    for r in summary.itertuples():
        assert r.places_inside_certain <= r.places_inside <= r.places_inside_possible
        assert r.population_low <= r.population_inside <= r.population_high
        for route in ("M4", "M5"):
            low, mid, high = (getattr(r, f"{route}_km{k}") for k in ("_low", "", "_high"))
            assert low <= mid <= high
        assert r.opposition_share_pct_low <= r.opposition_share_pct <= r.opposition_share_pct_high
        assert r.uncertainty == "line ±1.5–8.5 km by stretch"  # edges: larger end
