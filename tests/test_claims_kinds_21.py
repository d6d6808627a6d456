"""Kinds of wording behind the width misses of the twenty-first blind set, in new phrasings.

Like ``test_claims_kinds_20.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep the zones beside them.
"""

from __future__ import annotations

import pytest
from claimrows import (
    FT,
    MI,
    D,
    S,
    U,
    references,
    rounded,
    rows_test,
    width_rows,
    widths,
)

"""A foot, in km."""

KINDS = {
    "a law that bars or bans things within a reach: a radius": [
        (
            "The new ordinance bars wind turbines within 1,800 feet of dwellings and churches.",
            [(1800 * FT, 1800 * FT, D, S)],
        ),
        # look-alike: how far a place lies from another is no zone
        ("The chapel stands within 1,800 feet of the old mill.", []),
    ],
    "a place closed to traffic within a reach: a radius": [
        (
            "Police have closed the park to visitors within 300 metres of the old boathouse.",
            [(0.3, 0.3, D, S)],
        ),
        # look-alike: a road closed for a length is no zone
        ("The county closed the road for 3 km while it was resurfaced.", []),
    ],
    "a zone around a place known by its name: a depth about it": [
        (
            "The decree of 1921 set up a zone of 30 kilometres around Tarnow.",
            [(30, 30, D, S)],
        ),
        (
            "In 1936 the limit was set at a zone of 60 miles round Leningrad.",
            [(60 * MI, 60 * MI, D, S)],
        ),
        # look-alike: a zone of a figure with no place after it says nothing of how it lies
        ("The decree of 1921 set up a zone of 30 kilometres.", [(30, 30, U, S)]),
    ],
    "people within a radius of a point: a depth about it": [
        (
            "Some 40,000 people within a 12 km radius of the reactor were told to shelter.",
            [(12, 12, D, S)],
        ),
        # look-alike: a radius with no point after it is no zone
        ("The dish has a 3 km radius of coverage.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)

REFERENCES = [
    # "the burn", "the brook": the stream the report named before
    (
        "The Coldwell Burn flows east of the pit. A strip of 10 m will be kept on either side "
        "of the burn.",
        ["Coldwell Burn"],
    ),
    # look-alike: a setback from a stream stays a setback from it
    ("The council ordered a setback of 90 metres from the creek.", ["creek"]),
    # look-alike: a stream never named keeps the text's word
    ("A strip of 10 m will be kept on either side of the brook.", ["brook"]),
    # a rule keeping a distance from a thing, with a clause about the thing after it
    (
        "Anglers should keep a distance of at least 200 metres from the heronry where birds "
        "are nesting.",
        ["heronry"],
    ),
    # look-alike: a thing with nothing after it
    ("Drivers must keep a safe distance of 40 metres from the convoy.", ["convoy"]),
    # the point a radius is drawn about, after "within a ... radius"
    (
        "Officials urged villagers within a 6-mile radius of the airbase to stay indoors.",
        ["airbase"],
    ),
    # a place a zone surrounds, known by its name (after a conversion in brackets)
    (
        "The lease gave the company a zone of 40 km (about 25 miles) surrounding the "
        "Gulf of Merrin.",
        ["Gulf of Merrin"],
    ),
    # look-alike: a thing in common words keeps the text's word
    ("A zone of 2 km around the quarry was closed.", ["quarry"]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES, ids=lambda x: str(x)[:30])
def test_references(text: str, expected: list[str]) -> None:
    assert references(text) == expected
