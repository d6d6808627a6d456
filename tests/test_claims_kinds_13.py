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
    report_deadlines,
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

# a window given by its two ends, each a day with perhaps a time and a zone
DEADLINES = [
    (
        "NOTICE 14/26. Gunnery practice will take place in the Tarra range from 0700 LT 3 June "
        "2026 to 1800 LT 6 June 2026.\n",
        [("2026-06-03", None), ("2026-06-06", None)],
    ),
    (
        "2. THE RESTRICTED AREA IS EXPANDED TO 40 NM FROM 0600 UTC 28 DEC UNTIL 1800 UTC 2 JAN "
        "2027.\n",
        [("2026-12-28", None), ("2027-01-02", None)],
    ),
]

# the day a text enters into force given with an hour: "at 1200 hours on 5 June"
DEADLINES += [
    (
        "Done at Perm, the 8th day of March 1962\n\n"
        "Article 2. Each Party shall pull back its guns within forty-eight (48) hours after this "
        "Agreement comes into force.\nArticle 9. This Agreement shall enter into force at 0600 "
        "hours on 10 March 1962.\n",
        [("1962-03-12", None), ("1962-03-10", None)],
    ),
    (
        "Signed at Vell on 1 August 1975.\n\n"
        "The Accord enters into force at 18.00 on 2 August 1975. Observers shall deploy within "
        "ten days of its entry into force.\n",
        [("1975-08-12", None)],
    ),
]

# a telex in capitals: "APPLIES AS FROM", a leave that ends ("MAY FISH ... UNTIL"), a year
# taken from the last full date in capitals
DEADLINES += [
    (
        "THE NEW RULES APPLY AS FROM 0001Z 3 MAY 2001 TO ALL LICENSED VESSELS.\n",
        [("2001-05-03", None)],
    ),
    (
        "1. TALKS ENDED AT VARN ON 2 MARCH 2003.\n2. TRAWLERS MAY FISH IN SECTOR 5, FOR COD, "
        "UNTIL 31 MARCH 2003.\n3. CATCH RETURNS TO BE SENT BY 20 MARCH.\n",
        [("2003-03-31", None), ("2003-03-20", None)],
    ),
]

test_deadlines = rows_test(DEADLINES, report_deadlines)
