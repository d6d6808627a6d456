"""Readings the whole report decides: figures whose own words do not say what they measure.

Every text was written for this test. A zone named by its figure with "the"
("the 2-nautical-mile zone") before the sentence that says what the figure
measures takes that reading; without "the", or with another figure further
on, it stays as read. A figure the rules pass over and the context model
reads keeps the fate its proposal's sentence gives it ("Their answer ... was
fifteen kilometres, which we could not accept"), and is a depth when it
reaches out from a thing ("50 nautical miles from the islands", "30 km
inland"). An offer named by its bare figure ("up from its earlier offer of
1 km") measures what the zone beside it does, in its sentence or the next;
further away, or beside zones that disagree, it stays unspecified. A bare
figure no rule reads ("So 6 km is the final figure") is a re-mention of an
earlier width with the same figure.
"""

from __future__ import annotations

import pytest
from claimrows import (
    NMI,
    PR,
    RJ,
    SU,
    D,
    P,
    S,
    T,
    U,
    references,
    rounded,
    rows_test,
    width_rows,
    widths,
)

from geozone.claims import document, extract
from geozone.claims.learned import ContextModel

KINDS = {
    "a zone named by its figure before it is told": [
        (
            "Will the minister extend the 2-nautical-mile zone? Since 2005 the waters around "
            "the island have formed a no-take zone extending 2 nautical miles from the "
            "low-water mark.",
            [(2 * NMI, 2 * NMI, D, S), (2 * NMI, 2 * NMI, D, S)],
        ),
        (
            "Residents asked about the 4 km strip. Under the accord, each army keeps 4 km "
            "back on its own side of the ceasefire line.",
            [(4, 4, P, S), (4, 4, P, S)],
        ),
        # look-alike: a figure with no "the" is a zone of its own
        (
            "Residents asked about a 4 km strip. Under the accord, each army keeps 4 km back on "
            "its own side of the ceasefire line.",
            [(4, 4, U, S), (4, 4, P, S)],
        ),
        # look-alike: a later mention of another figure decides nothing
        (
            "Residents asked about the 4 km strip. Under the accord, each army keeps 5 km back "
            "on its own side of the ceasefire line.",
            [(4, 4, U, S), (5, 5, P, S)],
        ),
    ],
    "an offer named by its bare figure, beside the zone it is for": [
        (
            "The delegation tabled a text proposing a strip 4 km on each side of the river, up "
            "from its earlier offer of 2 km.",
            # (the earlier offer, overtaken by the text tabled now, said bare: no measure)
            [(4, 4, P, PR), (2, 2, U, SU)],
        ),
        (
            "The order keeps protests 200 metres back from the clinic's gate. The owners' "
            "proposal of 500 metres is refused.",
            # (given up: the convention of field-holdout-364 on)
            [(0.2, 0.2, D, S), (0.5, 0.5, U, RJ)],
        ),
        # look-alike: two sentences away, the offer may be for another zone
        (
            "Our first position was a zone 30 km deep on their side only. They refused it. They "
            "came back with a proposal of 4 km, which we turned down.",
            [(30, 30, D, RJ), (4, 4, U, RJ)],
        ),
        # look-alike: zones beside it that disagree decide nothing
        (
            "The mediators tabled a zone 15 km wide; others wanted 5 km on each side of the "
            "line, and one delegation made an offer of 8 km.",
            [(15, 15, T, PR), (5, 5, P, PR), (8, 8, U, PR)],
        ),
    ],
    "a bare figure named again, later in the report": [
        (
            "HOST: What does the accord say?\n\nENVOY: Both armies keep 6 km back from the river "
            "on each side.\n\nHOST: So 6 km is the final figure.",
            [(6, 6, P, S), (6, 6, P, S)],
        ),
        # look-alike: another figure is no re-mention; the semantics model reads it as the
        # report's one other width, a figure put for the same zone
        (
            "HOST: What does the accord say?\n\nENVOY: Both armies keep 6 km back from the river "
            "on each side.\n\nHOST: So 8 km is the final figure?",
            [(6, 6, P, S), (8, 8, P, S)],
        ),
    ],
    "a counter-proposal and its fate in its sentence": [
        (
            "Their answer, in March, was eight kilometres, which the mediators turned down.",
            [(8, 8, U, RJ)],
        ),
        (
            "Our first proposal was a buffer 30 km wide along the frontier. Their answer, in "
            "December, was fifteen kilometres, which we could not accept.",
            [(30, 30, T, PR), (15, 15, U, RJ)],
        ),
        # look-alike: an answer accepted is no refusal
        ("Their answer, in March, was eight kilometres, which we accepted.", [(8, 8, U, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_zone_named_before_takes_the_later_reference():
    text = (
        "Will the minister extend the 2-nautical-mile zone? Since 2005 the waters around the "
        "island have formed a no-take zone extending 2 nautical miles from the low-water mark."
    )
    assert references(text) == ["low-water mark", "low-water mark"]


def _sure_of_every_distance() -> ContextModel:
    """A context model that reads every distance as a width and never says what it measures."""
    return ContextModel(
        detect_bias=10.0,
        detect_weights={},
        classes=("depth", "per_side", "total", "unspecified"),
        semantics_bias=(0.0, 0.0, 0.0, 10.0),
        semantics_weights={},
        detect_threshold=0.85,
        semantics_threshold=0.7,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The old reserve covered waters reaching about 50 nautical miles from the islands.", D),
        ("Nets are banned 3 km offshore.", D),
        ("Before the reform the strip reached 30 km inland.", D),
        # each bank's, not a depth
        ("Troops must stay 4 km from the river on both banks.", P),
        # look-alike: "from X to Y" is a length, not a reach out from a thing
        ("A corridor of 30 km from the border to the capital stays open.", U),
    ],
)
def test_a_width_only_the_model_reads_out_from_a_thing(monkeypatch, text, want):
    monkeypatch.setattr(document, "context_model", _sure_of_every_distance)
    monkeypatch.setattr(document, "read_width_step", lambda *args: (None, None))
    got = [c.fields["semantics"] for c in extract(text, "t").of_kind("width")]
    assert got == [want]


@pytest.mark.parametrize(
    "verb", ["answered with", "replied with", "countered with", "opened with", "claimed"]
)
def test_a_bare_figure_named_in_a_negotiation_takes_the_unit_before_it(verb):
    """ "Lendria answered with two": the unit of the figure just before, in the talks."""
    text = (
        "MINISTER: In the first round we proposed a buffer of 8 kilometres. "
        f"The other side {verb} three, which we refused."
    )
    assert [(lo, hi) for lo, hi, _, _ in widths(text)] == [(8, 8), (3, 3)]
