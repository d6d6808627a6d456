"""Kinds of wording behind the width misses of the twentieth blind set, in new phrasings.

Like ``test_claims_kinds_19.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep the zones beside them.
"""

from __future__ import annotations

import pytest
from claimrows import (
    MI,
    NMI,
    RJ,
    SU,
    YD,
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

from geozone.claims.widths import read_width

KINDS = {
    "a reach inland: a depth from the coast": [
        ("Under the treaty the coastal strip could reach some 56 km inland.", [(56, 56, D, S)]),
        # (a rule told as it was before a change is superseded)
        ("Before the reform the border zone reached 20 km inland.", [(20, 20, D, SU)]),
        # look-alike: where a thing lies inland is no zone
        ("The fissure feeding the flow lies some 13 km inland.", []),
        # look-alike: a line's run inland from a place is its length
        (
            "A demilitarised strip 8 km wide runs along the frontier, which runs 140 km inland "
            "from the gulf.",
            [(8, 8, T, S)],
        ),
    ],
    "a strip so wide kept on each bank: each bank's width": [
        (
            "A grassed margin 6 metres wide must be maintained on either side of the Ellen Brook.",
            [(0.006, 0.006, P, S)],
        ),
        (
            "Under the order, a belt of scrub 40 yards wide is to be left on each bank of the "
            "Tarrow, so 80 yards in all.",
            [(40 * YD, 40 * YD, P, S), (80 * YD, 80 * YD, T, S)],
        ),
        # look-alike: a strip so wide along one line is its whole width
        (
            "A firebreak 12 metres wide shall be cleared along the northern fence.",
            [(0.012, 0.012, T, S)],
        ),
    ],
    "so much across in total: the whole width": [
        (
            "The parties settled on a neutral belt of 3 km either side of the canal near Tolm, "
            "that is, 6 km across in total.",
            [(3, 3, P, S), (6, 6, T, S)],
        ),
        (
            "Each army pulls back 4 miles from the ridge, leaving 8 miles across overall.",
            [(4 * MI, 4 * MI, P, S), (8 * MI, 8 * MI, T, S)],
        ),
    ],
    "a band between two distances of a thing in a rule": [
        (
            "Any kennel sited between 200 and 500 metres of a school must apply for a licence.",
            [(0.2, 0.5, D, S)],
        ),
        (
            "(d) A quarry located between 400 and 800 yards of a dwelling shall keep a blasting "
            "log.",
            [(400 * YD, 800 * YD, D, S)],
        ),
        # look-alike: where a place lies between two distances is no zone
        ("The village lies between 2 and 3 km of the lake.", []),
    ],
    "a band between two distances from a named place, in capitals": [
        (
            "5. IN THE BAND BETWEEN 3 AND 7 NM FROM HOLMVIK POINT, SHIPS MAY PASS BUT MUST "
            "KEEP A WATCH ON CHANNEL 16.",
            [(3 * NMI, 7 * NMI, D, S)],
        ),
    ],
    "a height flown or how tall a thing is: no width": [
        (
            "The monitors' aircraft may fly at up to 5,000 feet over the buffer zone.",
            [],
        ),
        (
            "Drones flying at 120 metres must stay 8 km from the airfield.",
            [(8, 8, D, S)],
        ),
        (
            "A modern 180-metre turbine must stand at least 1.8 km from the nearest hamlet.",
            [(1.8, 1.8, D, S)],
        ),
        # look-alike: a zone named after the thing is still a zone
        (
            "Residents objected to the 150-metre turbine exclusion zone.",
            [(0.15, 0.15, U, RJ)],
        ),
    ],
    "a minimum distance from a thing: a depth about it": [
        (
            "Near hospitals the minimum distance falls to 800 metres from any ward building.",
            [(0.8, 0.8, D, S)],
        ),
        (
            "The 2019 draft set a minimum distance of 600 metres from farmhouses.",
            [(0.6, 0.6, D, S)],
        ),
        (
            "The council first wanted a minimum distance of 400 metres from schools, but the "
            "final bylaw sets a minimum of 250 metres.",
            [(0.4, 0.4, D, "superseded"), (0.25, 0.25, D, S)],
        ),
        # look-alike: a minimum distance between two armies is the gap between them
        (
            "The minimum distance of 2 km between the two armies was kept.",
            [(2, 2, T, S)],
        ),
    ],
    "a figure that only might have been: no claim": [
        (
            "The 9 km buffer zone is better than we feared. Their envoy admitted his government "
            "would have accepted 6 km.",
            [(9, 9, U, S)],
        ),
        (
            "The 9 km buffer zone is better than we feared; they would have accepted a 6 km zone.",
            [(9, 9, U, S)],
        ),
        # look-alike: a figure a side did accept is one
        (
            "The 9 km buffer zone is better than we feared; in May they had accepted a 6 km zone.",
            [(9, 9, U, S), (6, 6, U, S)],
        ),
    ],
    "a setback from a thing: a depth about it": [
        (
            "The county adopted a 1,500-foot setback from schools.",
            [(1500 * 0.0003048, 1500 * 0.0003048, D, S)],
        ),
        (
            "The ordinance of 2016 imposed a setback of 900 metres from occupied houses.",
            [(0.9, 0.9, D, S)],
        ),
        # look-alike: how far a town lies from the border is no zone
        ("The 3 km distance from the border to the town is short.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)

REFERENCES = [
    # the text's own words: a "contact line" stays one
    ("Each army is to pull its mortars back 12 km from the contact line.", ["contact line"]),
    ("Each army is to pull its mortars back 12 km from the line of contact.", ["line of contact"]),
    # a bank of a stream named by its name
    (
        "A grassed margin 6 metres wide must be maintained on either bank of Ellen Brook.",
        ["Ellen Brook"],
    ),
    # look-alike: a bank of a river named before keeps the text's word
    ("A strip of 800 m shall be kept clear on each bank of the river.", ["river"]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES, ids=lambda x: str(x)[:30])
def test_references(text: str, expected: list[str]) -> None:
    assert references(text) == expected


def test_a_minimum_with_no_distance_before_it_is_left_to_the_model():
    # look-alike of "sets a minimum of 700 metres" after a minimum distance: alone, the
    # rules do not say how it is measured (what the context model then reads is its own)
    sentence = "Local plans must leave a buffer; the state sets a minimum of 200 metres."
    at = sentence.index("200")
    assert read_width(sentence, at, at + len("200 metres"), 0, len(sentence)) is None
