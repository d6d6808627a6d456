"""Kinds of wording behind the misses of the twelfth blind set, each in new phrasings.

Like ``test_claims_kinds_11.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
notice's units in capitals run into their figures and its abbreviations
"BTN" and "FM", a capital I read for an l by OCR inside a unit, a zone's
reach from a point such as a summit, a crater or a plant) and not one
sentence.
"""

from __future__ import annotations

from claimrows import (
    NMI,
    D,
    P,
    S,
    references,
    report_date,
    report_deadlines,
    rounded,
    routes,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a notice's unit in capitals run into its figure": [
        ("NO FLIGHTS WITHIN A RADIUS OF 10NM CENTRED ON ORVIK DAM.", [(10 * NMI, 10 * NMI, D, S)]),
        ("DANGER AREA ESTABLISHED 3KM EITHER SIDE OF THE RIVER.", [(3, 3, P, S)]),
        (
            "RESTRICTED AREA. ALL VESSELS TO REMAIN 4NM CLEAR OF THE WRECK.",
            [(4 * NMI, 4 * NMI, D, S)],
        ),
    ],
    "a capital I read for an l inside a unit by OCR": [
        (
            "Boats must stay within 4 nautical miIes of the harbour mouth.",
            [(4 * NMI, 4 * NMI, D, S)],
        ),
        (
            "The demilitarised zone shall extend 6 kiIometres on either side of the canal.",
            [(6, 6, P, S)],
        ),
    ],
    "a zone's reach from a point: a summit, a crater, a vent, a plant": [
        (
            "Authorities widened the exclusion zone around Mount Kell to 12 km from the summit.",
            [(12, 12, D, S)],
        ),
        (
            "The danger zone was widened. Farmers living between 2 and 6 km from the vent were "
            "told to leave.",
            [(2, 6, D, S)],
        ),
        ("The restricted zone now reaches 8 km from the plant.", [(8, 8, D, S)]),
        (
            "A patrol boat was stopped about 9 nautical miles from the island, inside the "
            "exclusion zone.",
            [],
        ),
        (
            "Near Orsa, where the front line passes within 2 km of the village, the zone is "
            "narrower.",
            [],
        ),
        (
            "Villages lying beyond the zone's edge, as far as 40 km from the plant, were "
            "resettled.",
            [],
        ),
    ],
    "the territorial sea named as a zone": [
        (
            "Its territorial sea reaches 3 nautical miles from the low-water line.",
            [(3 * NMI, 3 * NMI, D, S)],
        ),
        (
            "The island's territorial seas were extended to 12 nautical miles from the baselines.",
            [(12 * NMI, 12 * NMI, D, S)],
        ),
    ],
    "a zone someone declared within a distance of a point": [
        (
            "Trawlers entered the fishing zone Norway has claimed within 25 nautical miles of "
            "Bear Island.",
            [(25 * NMI, 25 * NMI, D, S)],
        ),
        (
            "The no-fly zone the alliance imposed within 30 km of the airbase was lifted.",
            [(30, 30, D, S)],
        ),
    ],
    "ships told they would, or are advised to, keep a distance": [
        (
            "The admiralty said the frigates would remain at least 15 nautical miles from the "
            "Korvan coast.",
            [(15 * NMI, 15 * NMI, D, S)],
        ),
        (
            "FISHING VESSELS ARE ADVISED TO KEEP WITHIN 8 NM OF THE EAST COAST.",
            [(8 * NMI, 8 * NMI, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)

REFERENCES = [
    (
        "Authorities widened the exclusion zone around Mount Kell to 12 km from the summit.",
        ["summit"],
    ),
    (
        "The danger zone was widened. Farmers living between 2 and 6 km from the vent were told "
        "to leave.",
        ["vent"],
    ),
    ("The restricted zone now reaches 8 km from the plant.", ["plant"]),
    ("DANGER AREA ESTABLISHED 3KM EITHER SIDE OF THE RIVER.", ["river"]),
]

test_references = rows_test(REFERENCES, references)

BANDS = [
    (
        "UAS PROHIBITED IN THE RESTRICTED AREA BTN 8NM AND 14NM FM KESSEL LIGHT.",
        [(8 * NMI, 14 * NMI)],
    ),
    ("ZONE: FLIGHTS PROHIBITED BTN 5KM AND 12KM FM THE AIRFIELD.", [(5, 12)]),
]


def _spans(text: str) -> list[tuple]:
    return [(a, b) for a, b, _, _ in widths(text)]


test_bands = rows_test(BANDS, _spans, lambda want: [(round(a, 3), round(b, 3)) for a, b in want])

ROUTES = [
    ("Tankers bound from Varna to Odessa must keep to the northern lane.", [("Varna", "Odessa")]),
    ("FERRIES BOUND FROM ESSEL TO VARRA ARE TO USE THE SWEPT CHANNEL.", [("Essel", "Varra")]),
    ("He was bound from the start to lose the vote.", []),
    ("Convoys will use the road from 0rsk to Tamm.", [("Orsk", "Tamm")]),
    ("Helicopters may use a lane from Orne heliport to Dast.", [("Orne heliport", "Dast")]),
    (
        "Buses carried people along the road from Kell to the Varo stadium.",
        [("Kell", "Varo stadium")],
    ),
]

test_routes = rows_test(ROUTES, routes)

DATELINES = [
    (
        "NAVAREA IX        No. 0211/24        Issued 141230 UTC MAR 24\n\n"
        "1. FIRING EXERCISES IN AREA B.\n",
        "2024-03-14",
    ),
    ("HYDROLANT 0733/23   ISSUED 020800 UTC NOV 23\n\nMINES REPORTED IN POSITION.\n", "2023-11-02"),
    (
        "RIVERSIDE FM - EVENING NEWS\nMonday 2 June 2025. Talk with the mayor of Osk.\n\n"
        "HOST: What happened?\n",
        "2025-06-02",
    ),
    ("CITY RADIO\n12 March 2023. Phone-in on the ceasefire.\n\nHOST: Hello.\n", "2023-03-12"),
]

test_datelines = rows_test(DATELINES, report_date)

DEADLINES = [
    (
        "OSK, 3 March 2025 (Wire) - Villagers were told to leave the zone by nightfall on "
        "Saturday.\n",
        [("2025-03-08", None)],
    ),
    (
        "OSK, 3 March 2025 (Wire) - Troops must quit the buffer zone by sunset on Friday.\n",
        [("2025-03-07", None)],
    ),
    (
        "OSK, 3 March 2025 (Wire) - A statement ordered all foreign ships\nout of the gulf by "
        "midnight on Wednesday, warning that any vessel\nfound there would be sunk.\n",
        [("2025-03-05", None)],
    ),
    (
        "OSK, 3 March 2025 (Wire) - The council told the fishing fleets out of the bay by dawn "
        "on Sunday.\n",
        [("2025-03-09", None)],
    ),
]

# a scanned day after its month, its 1 read as an l: "Apri1 l", "June lO"
DEADLINES += [
    (
        "OSK, 3 March 1986 (Wire) - The navy said its exercise is due to end on Apri1 l.\n",
        [("1986-04-01", None)],
    ),
    ("OSK, 3 March 1986 (Wire) - The zone is to be cleared by June lO.\n", [("1986-06-10", None)]),
]

# a count from "its entry into force" where the text says it enters into force on signature
DEADLINES += [
    (
        "Article 4\nThis Protocol shall enter into force upon signature. The Parties shall "
        "remove all mines within sixty (60) days of its entry into force.\n\n"
        "Done at Vell on 2 May 2023.\n",
        [("2023-07-01", None)],
    ),
    (
        "Article 4\nThis Protocol shall enter into force upon ratification. The Parties shall "
        "remove all mines within sixty (60) days of its entry into force.\n\n"
        "Done at Vell on 2 May 2023.\n",
        [(None, "within sixty (60) days of its entry into force")],
    ),
    (
        "Article 9\nThe present Accord comes into force on signature. Observers shall deploy "
        "within ten days of its entry into force.\n\nSigned at Harn on 14 January 2021.\n",
        [("2021-01-24", None)],
    ),
]

# a notice's times with their zone ("1200 UTC", "0800 LT") and date-time groups in UTC
DEADLINES += [
    (
        "NAVAREA IX  No. 0211/24  Issued 141230 UTC MAR 24\n\n1. FISHING VESSELS ARE TO LEAVE "
        "THE AREAS BEFORE 150600 UTC MAR 24.\n",
        [("2024-03-15", None)],
    ),
    (
        "OSK, 3 March 2025 (Wire) - The no-fly zone takes effect from 1200 UTC today.\n",
        [("2025-03-03", None)],
    ),
]

# a count from the entry into force of "this Treaty" when the text dates that entry
DEADLINES += [
    (
        "TREATY ON THE KESS ESTUARY\nSigned at Orm, 3 March 1981.  Entry into force: 1 June 1981."
        "\n\nArticle 4. A joint commission shall be set up within sixty days of the entry into "
        "force of this Treaty.\n",
        [("1981-07-31", None)],
    ),
    (
        "Article 12. The Parties shall exchange maps within thirty days of the entry into force "
        "of this Agreement. This Agreement entered into force on 10 October 2002.\n\n"
        "Done at Lask on 1 October 2002.\n",
        [("2002-11-09", None)],
    ),
]

test_deadlines = rows_test(DEADLINES, report_deadlines)
