"""Changes of a figure ("from two kilometres to one kilometre") and what else the old one is."""

from __future__ import annotations

import pytest

from geozone.claims.document import extract
from geozone.claims.numbers import KM_PER


def _widths(text: str) -> list[tuple[float, str, str, str | None]]:
    return [
        (
            round(c.fields["min_km"], 6),
            c.fields["semantics"],
            c.fields["status"],
            c.fields.get("proposal"),
        )
        for c in extract(text, "t.txt").of_kind("width")
    ]


def test_a_change_told_far_from_its_verb_is_two_figures_not_a_range() -> None:
    text = (
        "The government will shrink the distance within which householders can block a wind "
        "turbine, from two kilometres to one kilometre, the minister announced today."
    )
    widths = _widths(text)
    assert [w[0] for w in widths] == [2.0, 1.0]
    assert widths[0][2:] == ("rejected", "superseded")
    assert widths[1][2:] == ("stated", None)
    # the old figure measures what the new one does
    assert widths[0][1] == widths[1][1]


def test_a_change_of_a_named_zone_no_rule_reads_is_read_from_the_change() -> None:
    text = (
        "The government will cut the exclusion zone around the plant, set up after the leak "
        "in March, from two kilometres to one kilometre."
    )
    assert _widths(text) == [
        (2.0, "depth", "rejected", "superseded"),
        (1.0, "depth", "stated", None),
    ]
    text = "The ministry will cut the buffer zone, set up after the leak, from 3 km to 2 km."
    assert _widths(text) == [
        (3.0, "unspecified", "rejected", "superseded"),
        (2.0, "unspecified", "stated", None),
    ]


def test_the_old_figure_of_a_change_is_superseded_wherever_the_report_gives_it() -> None:
    text = (
        "Under the rules of the last government, no turbine could be built within 2 km of a "
        "dwelling. The new government will cut the setback, from two kilometres to one "
        "kilometre. Councils say the two-kilometre veto had frozen investment."
    )
    widths = _widths(text)
    assert [w[0] for w in widths if w[2] == "stated"] == [1.0]
    gone = [w for w in widths if w[0] == 2.0]
    assert len(gone) >= 2 and all(w[2:] == ("rejected", "superseded") for w in gone)


def test_the_new_figure_the_rules_passed_over_measures_what_the_old_does() -> None:
    text = (
        "Rangers raised the distance visitors must keep from the gorillas from seven metres "
        "to 10 metres."
    )
    widths = _widths(text)
    seven, ten = 7 * KM_PER["m"], 10 * KM_PER["m"]
    assert [w[0] for w in widths] == [pytest.approx(seven), pytest.approx(ten)]
    assert widths[0][2:] == ("rejected", "superseded")
    assert widths[1][2:] == ("stated", None) and widths[1][1] == widths[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a band between two distances, not a change
        "The exclusion zone reaches from 2 km to 5 km offshore.",
        # a change of something that is no zone's figure
        "The council cut the bus fare, and the route now runs from 2 km to 5 km past the depot.",
    ],
)
def test_ranges_without_a_change_stay_one_figure(text: str) -> None:
    widths = _widths(text)
    assert all(w[2] == "stated" for w in widths)
    assert len(widths) <= 1


def test_a_change_told_next_to_its_verb_is_unchanged() -> None:
    widths = _widths("The council reduced the buffer from 2 km to 1 km.")
    assert [(w[0], w[2]) for w in widths] == [(2.0, "rejected"), (1.0, "stated")]
    assert widths[0][3] == "superseded"


def test_waters_lying_within_a_reach_are_the_zone_not_where_a_thing_lies() -> None:
    text = (
        "The measure now adopted closes the waters lying within 8 nautical miles of the "
        "estuary mouth to all trawling."
    )
    assert _widths(text) == [(14.816, "depth", "stated", None)]
    assert _widths("Two villages lying within 5 km of the border were shelled.") == []


def test_some_of_the_things_just_named_lie_near_not_a_width() -> None:
    text = "The two militaries keep dozens of posts in the strip, several within 1 km of the line."
    assert _widths(text) == []
