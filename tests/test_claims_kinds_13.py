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
    SU,
    D,
    P,
    S,
    T,
    U,
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
    "a zone 'of X radius' with its verb after the word radius": [
        (
            "An exclusion zone of 2 km radius was declared around the burning tanker.",
            [(2, 2, D, S)],
        ),
        (
            "A no-fly zone of 15 nautical miles radius is in force around the summit.",
            [(15 * NMI, 15 * NMI, D, S)],
        ),
    ],
    "a place whose name holds a figure and a unit: 'Five Mile Point'": [
        (
            "People living within ten miles of the Five Mile Point plant were evacuated.",
            [(10 * 1.609344, 10 * 1.609344, D, S)],
        ),
        ("The zone reaches 4 km from the Nine Mile Creek dam.", [(4, 4, D, S)]),
    ],
    "a zone at sea named with its coast ('the zone off X') changed to a figure": [
        (
            "The navy widened the closed area off the Tarn peninsula to 12 nautical miles on "
            "Monday.",
            [(12 * NMI, 12 * NMI, D, S)],
        ),
        (
            "Officials will extend the fishing zone off Kessa Island to 9 nautical miles next "
            "month.",
            [(9 * NMI, 9 * NMI, D, S)],
        ),
        (
            "The government cut the exclusion zone off Cape Rell to 8 km after the talks.",
            [(8, 8, D, S)],
        ),
        (
            "Officials will extend the fishing zone off Kessa Island to 9 nautical miles next "
            "month. Fishermen said the 9-mile zone was still too small.",
            [(9 * NMI, 9 * NMI, D, S), (9 * NMI, 9 * NMI, D, S)],
        ),
    ],
    "a zone widened or narrowed by a pronoun ('widen it to'): measured as it was before": [
        (
            "The security zone extends 300 metres inward from the border. New rules widen it to "
            "3 kilometres near the lake, and to 1.5 km elsewhere.",
            [(0.3, 0.3, D, S), (3, 3, D, S), (1.5, 1.5, D, S)],
        ),
        ("The buffer is 4 km wide. The decree narrows it to 2 km.", [(4, 4, T, S), (2, 2, T, S)]),
        (
            "The zone runs 5 km on each side of the canal. In March the commission widened "
            "it to 8 km.",
            [(5, 5, P, SU), (8, 8, P, S)],
        ),
    ],
    "posts kept 'no nearer than' a figure to a point on a line": [
        (
            "Checkpoints may be set up no closer than 1 km to the bridge over the border river.",
            [(1, 1, D, S)],
        ),
        (
            "Observation posts shall be no nearer than 500 metres to the main crossing on the "
            "ceasefire line.",
            [(0.5, 0.5, D, S)],
        ),
    ],
    "a band 'between X and Y from the <any place>' in a sentence about a zone": [
        (
            "In the zone, fishing is banned between 3 and 6 km from the outfall pipe.",
            [(3, 6, D, S)],
        ),
        (
            "Inside the middle band between 2 and 5 nautical miles from the firing point, yachts "
            "may pass but not stop.",
            [(2 * NMI, 5 * NMI, D, S)],
        ),
    ],
    "a reach both ways along one line: 'ahead of and astern of', 'upstream and downstream of'": [
        (
            "A moving exclusion zone extends 2 nautical miles ahead and astern of the dredger.",
            [(2 * NMI, 2 * NMI, P, S)],
        ),
        (
            "Swimming is banned in a zone reaching 300 metres upstream and downstream of the weir.",
            [(0.3, 0.3, P, S)],
        ),
    ],
    "a zone named by its figure 'around' what it surrounds": [
        ("A 30 km exclusion zone was declared around the smelter.", [(30, 30, D, S)]),
        ("The 5 km buffer zone surrounding the camp is closed.", [(5, 5, D, S)]),
        ("Police set a 500-metre cordon round the embassy on Friday.", [(0.5, 0.5, D, S)]),
    ],
    "a line set out at a distance from a place": [
        (
            "The admiral set the blockade line 300 miles from the coast.",
            [(300 * 1.609344, 300 * 1.609344, D, S)],
        ),
        (
            "After the talks the picket line was pulled back to 40 nautical miles from the "
            "northern cape.",
            [(40 * NMI, 40 * NMI, D, S)],
        ),
    ],
    "a first plan's line later drawn in: the first figure superseded": [
        (
            "The first plan placed the picket line 300 km from the coast. At the request of the "
            "allies, the line was drawn in to 200 km from the coast.",
            [(300, 300, D, SU), (200, 200, D, S)],
        ),
        (
            "The original draft set the patrol line 60 miles from the islands. That line was "
            "later pulled in to 40 miles from the islands.",
            [(60 * 1.609344, 60 * 1.609344, D, SU), (40 * 1.609344, 40 * 1.609344, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)

REFERENCES = [
    ("NO FLIGHTS WITHIN A 10 NAUTICAL MILE RADIUS OF THE ORLA VOR/DME.", ["ORLA VOR/DME"]),
    ("No aircraft may enter the airspace within 15 NM of the Harth VORTAC.", ["Harth VORTAC"]),
]

# a word before the point's name: "of the stricken Orsa Bay power station"
REFERENCES += [
    (
        "Residents living within 12 km of the stricken Orsa Bay power station were told to leave.",
        ["Orsa Bay power station"],
    ),
    ("Access is barred within 3 miles of the old Harlan airbase.", ["Harlan airbase"]),
    (
        "People living within ten miles of the Five Mile Point plant were evacuated.",
        ["Five Mile Point plant"],
    ),
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

# a state that is to last: "will remain closed until Friday", "at least through Monday"
DEADLINES += [
    (
        "ORM, May 1, 2024 (wire) - The border crossing will remain closed until Friday, "
        "officials said.\n",
        [("2024-05-03", None)],
    ),
    (
        "KELL, June 4, 2025 (wire) - Markets inside the exclusion zone would stay shut at least "
        "through Monday, the mayor said.\n",
        [("2025-06-09", None)],
    ),
    ("ORM, May 1, 2024 (wire) - Patrols continued until Friday.\n", []),
]

# a pause in the fighting from a day ("will hold fire ... from 06:00 on Thursday") and an
# update promised within a time of another event
DEADLINES += [
    (
        "ACCESS NOTE | 3 March 2026\n\nThe two armies will hold their fire along the Ost road "
        "from 05:00 on Saturday for 48 hours.\n",
        [("2026-03-07", None)],
    ),
    (
        "ACCESS NOTE | 3 March 2026\n\nThe cluster will update these maps within ten days of "
        "the convoy's return.\n",
        [(None, "within ten days of the convoy's return")],
    ),
]

# one deadline told twice, its count then its day ("within 21 days of laying, that is, by 10
# February"), and a request that "should be made by" a day
DEADLINES += [
    (
        "WRITTEN ANSWERS | 2 May 2026\n\nThe order lapses unless approved within 14 days of "
        "laying, that is, by 20 May 2026.\n",
        [("2026-05-20", None)],
    ),
    (
        "WRITTEN ANSWERS | 2 May 2026\n\nHolders of old passes should apply for new ones by "
        "25 May.\n",
        [("2026-05-25", None)],
    ),
]

test_deadlines = rows_test(DEADLINES, report_deadlines)

# a dateline without a year, its weekday, and a year ahead that the weekday denies ("not
# expected to report before 2031"): the year the report names that fits the weekday
DATES = [
    (
        "VELLAN, Mar 4 (Nordwire) - Ostra and Kell agreed on Thursday to set up a 6-km buffer "
        "along the river, weeks after clashes that began in January 2021.\n\nThe joint "
        "commission is not expected to finish its work before 2031.\n",
        "2021-03-04",
    ),
    (
        "TARRA, June 11 (wire) - Mediators said on Tuesday that both armies would pull back 3 km "
        "from the ridge, fought over since February 2024. Final maps are due by the end of "
        "2029.\n",
        "2024-06-11",
    ),
]

test_dates = rows_test(DATES, report_date)

# a hyphen that joins an article to a name ("the Al-Rashid road") or two places on a road at a
# place on it ("the Kessin-Pol road junction") names no route; two places on a road still do
ROUTES = [
    ("Lorries carry the harvest north along the coastal El-Manar road.", []),
    ("The checkpoint was moved to the Orva-Tess road junction last week.", []),
    ("Convoys use the Orva-Tess road twice a week.", [("Orva", "Tess")]),
]

# a road taken out of one place toward another: "out of Middletown on Route 230 toward ..."
ROUTES += [
    ("Refugees streamed out of Varna along the E87 towards Burgas.", [("Varna", "Burgas")]),
    ("Trucks left from Ostal on Highway 9 to Brenn at dawn.", [("Ostal", "Brenn")]),
]

test_routes = rows_test(ROUTES, routes)
