"""Kinds of wording behind the misses of the fourteenth blind set, each in new phrasings.

Like ``test_claims_kinds_13.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
zone drawn around what it protects, a rule keeping a distance from something
that is not a line) and not one sentence.
"""

from __future__ import annotations

from claimrows import (
    NMI,
    D,
    S,
    U,
    references,
    rounded,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a zone drawn around what it protects: 'a zone of 150 metres around every school'": [
        (
            "The council has drawn a protest-free zone of 150 metres around every school in the "
            "borough.",
            [(0.15, 0.15, D, S)],
        ),
        (
            "A 300-metre exclusion area now applies automatically around each wind turbine under "
            "construction.",
            [(0.3, 0.3, D, S)],
        ),
        (
            "A safety zone of 60 metres around each rig is permanently closed to shipping.",
            [(0.06, 0.06, D, S)],
        ),
    ],
    "a rule keeping a distance from something that is not a line": [
        (
            "Drones are banned inside the restricted zone within 3 km of any prison.",
            [(3, 3, D, S)],
        ),
        (
            "Fishing boats may not enter the closed zone within 2 nautical miles of the spawning "
            "grounds.",
            [(2 * NMI, 2 * NMI, D, S)],
        ),
    ],
    "(not this kind) a zone around a line says no side": [
        ("A 7 km buffer zone runs around the frontier posts.", [(7, 7, U, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


REFERENCES = [
    (
        "The council has drawn a protest-free zone of 150 metres around every school in the "
        "borough.",
        ["school"],
    ),
    (
        "A buffer area of 100 metres around a chapel on Vell Street was ordered in 2021.",
        ["chapel on Vell Street"],
    ),
    (
        "Fishing boats may not enter the closed zone within 2 nautical miles of the spawning "
        "grounds.",
        ["spawning grounds"],
    ),
    ("Drones are banned inside the restricted zone within 3 km of any prison.", ["prison"]),
]

test_references = rows_test(REFERENCES, references)
