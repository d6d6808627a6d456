"""Kinds of wording behind the width misses of the sixteenth and seventeenth blind sets, in new
phrasings.

Like ``test_claims_kinds_15.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
reach from every point where something happens, from one's home, from each
party's own line or out from a coast; a radius with its rule after it, or kept
"no closer than" a thing; a radius named again by its limit or by the zone
whose figure changed; bands in a ring, below a dam or downwind; a telex line in
capitals that runs on; a figure named again as "the figure"; heights, foraging
animals, named rivers and the depth of water, which are not widths) and not one
sentence.
"""

from __future__ import annotations

from claimrows import (
    MI,
    NMI,
    D,
    P,
    S,
    T,
    bands,
    references,
    rounded,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a reach from every point where something happens: a depth": [
        (
            "A hazard zone covers the water extending 200 metres from any point where the "
            "glacier calves into the fjord.",
            [(0.2, 0.2, D, S)],
        ),
        (
            "The closed zone reaches 1.5 km from every place where gas vents from the seabed.",
            [(1.5, 1.5, D, S)],
        ),
    ],
    "a radius about one's home": [
        ("Residents may walk only within 3 km of their home.", [(3, 3, D, S)]),
        ("Pupils may cycle only within 5 km of home.", [(5, 5, D, S)]),
    ],
    "a radius with its rule after it: 'everyone within 12 km of the fire front must leave'": [
        (
            "The new line was set at dawn: everyone within 4 miles of the dam breach must leave, "
            "the police said.",
            [(4 * MI, 4 * MI, D, S)],
        ),
        (
            "The rule from tonight: anybody within 3 km of the slip must get out, officials said.",
            [(3, 3, D, S)],
        ),
    ],
    "a pastime suspended or an airspace closed within a distance of a thing": [
        (
            "The valley is closed to hikers within 3 miles of the erupting vent.",
            [(3 * MI, 3 * MI, D, S)],
        ),
        (
            "The sky is closed to drones within 4 km of the burning refinery.",
            [(4, 4, D, S)],
        ),
    ],
    "kept no closer than a distance to a thing: a radius about it": [
        (
            "Yachts are to keep no closer than 3 cables to the survey ship anchored off the point.",
            [(3 * NMI / 10, 3 * NMI / 10, D, S)],
        ),
        (
            "Support vessels must stay no nearer than 400 metres to the drilling barge.",
            [(0.4, 0.4, D, S)],
        ),
    ],
    "a reach inland from a coast, for a zone of the paragraph": [
        (
            "In 1921 a restricted area was proclaimed. It ran along the shore from Tal to Mesk and "
            "reached inland for some 40 kilometres from the coast.",
            [(40, 40, D, S)],
        ),
    ],
    "a reach back from each party's own line: a depth": [
        (
            "A Reduced Zone reaches 20 km back from that state's own present front line.",
            [(20, 20, D, S)],
        ),
        (
            "A reduced-forces area reaches 12 miles back from each army's own forward line.",
            [(12 * MI, 12 * MI, D, S)],
        ),
    ],
    "a reach out from a coast: a depth": [
        (
            "Fishing exclusion zones reach three nautical miles out from the shore of the islet.",
            [(3 * NMI, 3 * NMI, D, S)],
        ),
        (
            "The prohibited areas extend 5 km out from the coastline around the cape.",
            [(5, 5, D, S)],
        ),
    ],
    "a radius named again by its limit: the same depth": [
        (
            "Pupils must live within 4 km of their home school district office. Trips beyond the "
            "4 km limit need a note.",
            [(4, 4, D, S), (4, 4, D, S)],
        ),
        (
            "Walkers must remain within 2 miles of their homes. Nobody was fined inside the 2-mile "
            "limit.",
            [(2 * MI, 2 * MI, D, S), (2 * MI, 2 * MI, D, S)],
        ),
    ],
    "bands in a ring about a point, or in zones lying between two distances of it": [
        (
            "Craft in the ring between 3 and 5 nautical miles of the buoy at that hour are to cut "
            "their speed.",
            [(3 * NMI, 5 * NMI, D, S)],
        ),
        (
            "In the inner ring, lying between 1 and 5 km from the infected farm, poultry is kept "
            "indoors.",
            [(1, 5, D, S)],
        ),
        (
            "Grazing is allowed in the zones lying between 6 km and 6 miles from the crater.",
            [(6, 6 * MI, D, S)],
        ),
    ],
    "bands below a dam or downwind": [
        (
            "A warning area extends from 3 to 9 km below the weir; people there must stay alert.",
            [(3, 9, D, S)],
        ),
        (
            "An ash advisory covers a further belt from 10 km to 15 miles downwind.",
            [(10, 15 * MI, D, S)],
        ),
    ],
    "a band from one distance out to another from a thing": [
        (
            "Kayaks in the band from 200 metres out to a mile from an outfall must keep clear.",
            [(0.2, MI, D, S)],
        ),
        (
            "Swimmers in the strip from 100 metres out to half a mile from a sewer pipe are "
            "warned.",
            [(0.1, MI / 2, D, S)],
        ),
    ],
    "a move back from each side's own positions: a depth, not half of the zone it makes": [
        (
            "Each army shall pull its forward units 2 kilometres back from its own front "
            "positions, so that a zone of 4 km in all separates them.",
            [(2, 2, D, S), (4, 4, T, S)],
        ),
        (
            "Each side shall move its guns 5 kilometres back from its own present positions, so "
            "that a belt of 10 km in all lies between them.",
            [(5, 5, D, S), (10, 10, T, S)],
        ),
    ],
    "a radius named after another radius in its sentence": [
        (
            "Planning zones ring the works. The plan pairs the 5 km radius of its sirens with a "
            "10 km radius for iodine tablets.",
            [(5, 5, D, S), (10, 10, D, S)],
        ),
        (
            "Safety zones surround each depot. Rules match the 400 m radius of the fence with a "
            "2 km radius for flights.",
            [(0.4, 0.4, D, S), (2, 2, D, S)],
        ),
    ],
    "a reach beyond the outer limit of an area known by its designator: a depth": [
        (
            "A buffer zone of 5 nm beyond the outer limit of EG-D201 applies during firing.",
            [(5 * NMI, 5 * NMI, D, S)],
        ),
        (
            "C) BUFFER ZONE OF 3NM BEYOND THE LIMIT OF R-44 WHERE FLIGHTS ARE BANNED.",
            [(3 * NMI, 3 * NMI, D, S)],
        ),
    ],
    "the figure a new one in the same sentence replaced: 'up from 8 km this morning'": [
        (
            "Everyone within 6 km of the crater must go, up from 4 km yesterday.",
            [(6, 6, D, S), (4, 4, D, "superseded")],
        ),
        (
            "The exclusion zone now reaches 3 miles from the plant, down from 5 miles last week.",
            [(3 * MI, 3 * MI, D, S), (5 * MI, 5 * MI, D, "superseded")],
        ),
    ],
    "(not this kind) 'up from' with no zone": [("Prices rose to 5 km, up from 3 km.", [])],
    "(not this kind) two weapons' reach": [
        # (a known miss of the context model trained up to field-holdout-37, which read the
        # second radius; trained on every field folder, it no longer does)
        ("The missile has a 300 km radius and the older one a 200 km radius.", []),
    ],
    "a telex line in capitals that runs on past a line break": [
        (
            "3. BOTH SIDES TO KEEP MORTARS NO CLOSER THAN 12 KM\nTO THE CEASEFIRE LINE.",
            [(12, 12, P, S)],
        ),
        (
            "2. IN THE HILL SECTOR THE BUFFER ZONE IS 800 METRES\nWIDE ONLY.",
            [(0.8, 0.8, T, S)],
        ),
    ],
    "a zone's figure changed, after a radius about a point: the same radius": [
        (
            "A safety zone with a radius of 500 metres around the pier is in force. During the "
            "lift the safety zone will be extended to 900 metres.",
            [(0.5, 0.5, D, S), (0.9, 0.9, D, S)],
        ),
        (
            "The danger area reaches 10 km from the launch pad. On test days the danger area will "
            "be extended to 14 km.",
            [(10, 10, D, S), (14, 14, D, S)],
        ),
    ],
    "a figure named again as 'the figure': the zone it named": [
        (
            "Both armies are to pull back 4 km from the Tarn line. It took all night to settle the "
            "4 km figure.",
            [(4, 4, P, S), (4, 4, P, S)],
        ),
    ],
    "a zone that widens at a named gap: the same total": [
        (
            "The strip is 2 km wide along most of the valley and widens to 4 km in the Harrow "
            "pass.",
            [(2, 2, T, S), (4, 4, T, S)],
        ),
    ],
    "(not this kind) a zone that reaches into a named side": [
        ("The buffer zone reaches 6 km into Marvia.", [(6, 6, D, S)]),
    ],
    "not widths: heights, foraging animals, named rivers, the depth of water": [
        ("No aircraft may fly lower than 2,000 metres over the Buffer Area.", []),
        (
            "Work has begun on the border fence, and officials said the first 120 km would be "
            "done by June.",
            [],
        ),
        ("Albatrosses feed within 50 to 80 km of their colonies, and a buffer is planned.", []),
        (
            "The demilitarised zone runs along the border. Where the border follows the Orrin, "
            "which is about 300 metres wide at Vell, the thalweg is the line.",
            [],
        ),
        (
            "A neutral zone runs along the river. The Dnaro itself, which marks the boundary over "
            "much of its length, is nearly two kilometres wide at its mouth.",
            [],
        ),
        (
            "Divers will clear the hulk of the MV Arden, which rests off Porth Head in position "
            "50°10'N 005°02'W, in a depth of 34 metres.",
            [],
        ),
    ],
    "(not this kind) a zone's own width, or a radius with no rule": [
        ("The buffer zone, which is 3 km wide, follows the river.", [(3, 3, T, S)]),
        ("Oyster beds lie within 800 yards of the hulk.", []),
        (
            "No helicopter may fly over the enclave closer than 1,500 metres to the border.",
            [(1.5, 1.5, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


BANDS = [
    ("A warning area extends from 3 to 9 km below the weir; people must stay alert.", [True]),
    ("An ash advisory covers a further belt from 10 km to 15 miles downwind.", [True]),
    ("Kayaks in the band from 200 metres out to a mile from an outfall must keep clear.", [True]),
    # a pair, not a band
    ("Troops stay 4 km east and 4 km west of the ridge.", [False]),
]

test_bands = rows_test(BANDS, bands)


REFERENCES = [
    (
        "A hazard zone covers the water extending 200 metres from any point where the glacier "
        "calves into the fjord.",
        ["point where the glacier calves into the fjord"],
    ),
    ("Residents may walk only within 3 km of their home.", ["home"]),
    (
        "Since noon everyone within 2 kilometres of the gas leak has to leave, the fire chief "
        "said.",
        ["gas leak"],
    ),
    (
        "Yachts are to keep no closer than 3 cables to the survey ship anchored off the point.",
        ["survey ship"],
    ),
    (
        "Walkers must remain within 2 miles of their homes. Nobody was fined inside the 2-mile "
        "limit.",
        ["homes", "homes"],
    ),
    (
        "Craft in the ring between 3 and 5 nautical miles of the buoy at that hour are to cut "
        "their speed.",
        ["buoy"],
    ),
    ("A warning area extends from 3 to 9 km below the weir; people must stay alert.", ["weir"]),
    (
        "The security zone of 2 km in radius around the oil terminal stays in force.",
        ["oil terminal"],
    ),
    (
        "A buffer zone of 5 nm beyond the outer limit of EG-D201 applies during firing.",
        ["outer limit of EG-D201"],
    ),
    (
        "3. BOTH SIDES TO KEEP MORTARS NO CLOSER THAN 12 KM\nTO THE CEASEFIRE LINE.",
        ["ceasefire line"],
    ),
]

test_references = rows_test(REFERENCES, references)
