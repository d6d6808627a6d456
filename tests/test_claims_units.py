"""Distances in the units reports use, converted to km against hand-computed values."""

from __future__ import annotations

import pytest

from geozone.claims import extract
from geozone.claims.numbers import at_sea, measurements
from geozone.claims.text import normalise

# each figure worked out by hand from the unit's definition
CASES = [
    ("a zone of ten marine leagues", 10 * 3 * 1.852),
    ("one sea league off the coast", 3 * 1.852),
    ("two nautical leagues from the shore", 2 * 3 * 1.852),
    ("keep 5 cables from the ship", 5 * 0.1852),
    ("3 nautical miles from the coast", 3 * 1.852),
    ("three marine miles of the coast", 3 * 1.852),
    ("500 yards from the gate", 500 * 0.9144 / 1000),
    ("200 feet from the well", 200 * 0.3048 / 1000),
    ("12 miles inland", 12 * 1.609344),
    # a verst is 500 sazhen of 7 feet: 3,500 feet
    ("within fifty versts of the frontier", 50 * 3500 * 0.3048 / 1000),
    ("the 100-verst zone", 100 * 3500 * 0.3048 / 1000),
    # the li fixed at half a kilometre
    ("move thirty li inland", 30 * 0.5),
    ("one hundred Chinese li", 100 * 0.5),
    # a geographical mile taken as a nautical mile
    ("ten geographical miles", 10 * 1.852),
    # a ri is 36 cho of 60 ken, a ken 6 shaku of 10/33 m: 12,960/3.3 m = 3,927.27 m
    ("within ten ri of the city", round(10 * 12960 / 3.3 / 1000, 6)),
    ("extend l0 ri in every direction", round(10 * 12960 / 3.3 / 1000, 6)),
    # a unit of two words joined by a hyphen, in a figure's adjective
    ("a 12-nautical-mile zone", 12 * 1.852),
    ("the three-nautical-mile territorial sea", 3 * 1.852),
    ("a 10-statute-mile line", 10 * 1.609344),
    # halves spelt out and joined by hyphens
    ("the four-and-a-half-kilometre line", 4.5),
    ("a two-and-a-half-mile zone", 2.5 * 1.609344),
]


@pytest.mark.parametrize(("text", "km"), CASES, ids=[c[0] for c in CASES])
def test_a_distance_in_km(text, km):
    found = measurements(normalise(text).norm)
    assert len(found) == 1
    assert found[0].low_km == pytest.approx(km, rel=1e-9)
    assert found[0].high_km == pytest.approx(km, rel=1e-9)


def test_a_name_li_is_no_unit():
    # "Li" before a name is a surname, not the unit after a number
    assert [m.value for m in measurements(normalise("Li Peng spoke of 30 km").norm)] == ["30"]


def test_a_league_alone_is_no_unit():
    # a land league differs from country to country: a bare "league" is found as one, but a
    # report reads it only at the length its own conversion gives
    (m,) = measurements(normalise("ten leagues from the town").norm)
    assert m.unit_code == "league_land"
    assert extract("Troops must stay ten leagues from the town.", "t").of_kind("width") == []
    (w,) = extract("Troops must stay ten leagues (about 42 km) from the town.", "t").of_kind(
        "width"
    )
    assert w.fields["min_km"] == pytest.approx(42)


def test_miles_after_a_nautical_mile_of_the_air_stay_miles():
    # a report that never speaks of the sea: its nautical mile is one of the air
    text = (
        "Airspace is closed within a 5-nautical-mile radius of the fire. A smoke advisory "
        "covers a belt 20 miles downwind."
    )
    norm = normalise(text).norm
    found = at_sea(norm, measurements(norm))
    assert [m.low_km for m in found] == [pytest.approx(5 * 1.852), pytest.approx(20 * 1.609344)]
    # at sea, the bare mile after a nautical one is nautical too
    text = "Ships must keep 3 nautical miles off the coast. The 6-mile zone is closed to trawlers."
    norm = normalise(text).norm
    found = at_sea(norm, measurements(norm))
    assert [m.low_km for m in found] == [pytest.approx(3 * 1.852), pytest.approx(6 * 1.852)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # the same scale twice, joined by "and": two numbers, a range
        ("between five hundred and eight hundred yards", 500 * 0.0009144, 800 * 0.0009144),
        ("between two thousand and three thousand feet", 2000 * 0.0003048, 3000 * 0.0003048),
        # one number: "and" after a scale, then a smaller part
        ("a zone of two hundred and fifty metres", 0.25, 0.25),
        ("a belt of one thousand and five hundred metres", 1.5, 1.5),
    ],
)
def test_numbers_in_words_joined_by_and(text, low, high):
    found = measurements(normalise(text).norm)
    assert [(m.low_km, m.high_km) for m in found] == [
        (pytest.approx(low, rel=1e-9), pytest.approx(high, rel=1e-9))
    ]
