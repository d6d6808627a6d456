"""Kinds of wording behind the misses of the thirteenth blind set, each in new phrasings.

Like ``test_claims_kinds_12.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
radius named after its figure, an airspace drawn around a radio beacon, a
reach "seaward" or "inward" from a line, a small l read inside a word in
capitals, a proposal's fate told as "not taken forward" or "unable to
agree") and not one sentence.
"""

from __future__ import annotations

from claimrows import (
    DR,
    NMI,
    RJ,
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

KINDS = {
    "a radius named after its figure: 'a 25 km radius of the town'": [
        ("Drones are banned within a 25 km radius of the town of Orsk.", [(25, 25, D, S)]),
        (
            "ALL AIRCRAFT ARE PROHIBITED WITHIN A 12 NAUTICAL MILE RADIUS OF THE KELM TACAN.",
            [(12 * NMI, 12 * NMI, D, S)],
        ),
        (
            "The exclusion zone covers everything inside a 4-mile radius around the depot.",
            [(4 * 1.609344, 4 * 1.609344, D, S)],
        ),
    ],
    "an airspace drawn around a radio beacon": [
        (
            "THE RESTRICTED AREA IS THE AIRSPACE WITHIN 20 NM OF THE ORLA VOR/DME, SURFACE TO "
            "FL100.",
            [(20 * NMI, 20 * NMI, D, S)],
        ),
        (
            "The training area is the airspace within approximately 8 NM of the Brisk NDB.",
            [(8 * NMI, 8 * NMI, D, S)],
        ),
    ],
    "a reach seaward, landward, inward or outward from a line": [
        (
            "The closed area extends 6 nautical miles seaward from the breakwater at Tolm.",
            [(6 * NMI, 6 * NMI, D, S)],
        ),
        (
            "The restricted strip shall extend 400 metres landward, measured from the high-water "
            "mark.",
            [(0.4, 0.4, D, S)],
        ),
        ("The border zone runs 150 metres inward from the fence.", [(0.15, 0.15, D, S)]),
    ],
    "a small l read inside a word in capitals by OCR": [
        (
            "TRAWLERS SHALL REMAIN 9 NAUTICAL MlLES CLEAR OF THE ESKA LIGHTHOUSE.",
            [(9 * NMI, 9 * NMI, D, S)],
        ),
        ("THE NEUTRAL BOX IS l2 KlLOMETRES WIDE IN ALL.", [(12, 12, T, S)]),
    ],
    "a proposal not taken forward, or one the parties could not agree on": [
        (
            "A plan for an 8 km buffer was examined by the committee and not taken forward.",
            [(8, 8, U, DR)],
        ),
        (
            "The delegations were unable to agree on the observers' proposal for a 2-km-wide "
            "crossing corridor near Velt.",
            [(2, 2, T, RJ)],
        ),
        (
            "Ostra failed to agree to the mediator's proposal of a 6 km zone on each side.",
            [(6, 6, P, RJ)],
        ),
    ],
    "an opening position later withdrawn": [
        (
            "Our opening position was a 12 km strip; it was later withdrawn.",
            [(12, 12, U, DR)],
        ),
        (
            "Veld's initial position of 4 km on each side was withdrawn after the first round, "
            "and 2 km was agreed.",
            [(4, 4, P, DR), (2, 2, P, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)

REFERENCES = [
    ("NO FLIGHTS WITHIN A 10 NAUTICAL MILE RADIUS OF THE ORLA VOR/DME.", ["ORLA VOR/DME"]),
    ("No aircraft may enter the airspace within 15 NM of the Harth VORTAC.", ["Harth VORTAC"]),
]

test_references = rows_test(REFERENCES, references)
