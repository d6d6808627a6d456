"""Kinds of wording behind the width misses of the eighteenth blind set, in new phrasings.

Like ``test_claims_kinds_16.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
rule keeping one thing set back from another; a reach to seaward; a radius
about two named points or "of" a thing; a band opening its sentence, or of
land from a line after a sentence on the zone; figures hyphened to their unit;
a named river on both banks, and the limit of such a rule named again; a line
named before "for a depth of"; keeping clear of a thing by a figure, read
from that thing; a ring about a point cut to a new figure; a numbered place
before "to 6 km"; speeds, ceilings and how wide water is, which are not
widths) and not one sentence.
"""

from __future__ import annotations

from claimrows import (
    MI,
    NMI,
    D,
    P,
    S,
    T,
    U,
    bands,
    references,
    rounded,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a rule keeping one thing set back from another: a radius about the other": [
        ("A new quarry must be at least 800 feet from a home.", [(800 * 0.0003048,) * 2 + (D, S)]),
        (
            "Under the new code every kennel shall be no closer than 300 metres to a hospital.",
            [(0.3, 0.3, D, S)],
        ),
        (
            "The bill requires wind turbines to be set back at least 1,200 metres from any "
            "dwelling.",
            [(1.2, 1.2, D, S)],
        ),
    ],
    "a setback rule shared by two figures of its sentence": [
        (
            "Every kennel must be at least 200 metres from a home and no closer than 600 metres "
            "to a school.",
            [(0.2, 0.2, D, S), (0.6, 0.6, D, S)],
        ),
    ],
    "a reach to seaward of a headland: a depth": [
        (
            "The danger area reaches 7 nautical miles to seaward of Tarn Point on exercise days.",
            [(7 * NMI, 7 * NMI, D, S)],
        ),
        (
            "A closed area extends 3 miles to seaward of the Kell lighthouse.",
            [(3 * MI, 3 * MI, D, S)],
        ),
    ],
    "a radius about both of two named points": [
        (
            "Ash could fall within some 5 km of both the Taro and Kelm craters, and everyone "
            "living there was told to leave.",
            [(5, 5, D, S)],
        ),
    ],
    "a band opening its sentence with 'Between'": [
        (
            "Between a mile and a half and four miles from the plant, residents are asked to keep "
            "windows shut.",
            [(1.5 * MI, 4 * MI, D, S)],
        ),
        (
            "Between 2 km and three miles from the depot, people must stay indoors.",
            [(2, 3 * MI, D, S)],
        ),
    ],
    "a band of land from a line, after a sentence on the zone": [
        (
            "The border zone is narrow. In the hills the guards may take in land lying between 4 "
            "and 9 km from the frontier.",
            [(4, 9, D, S)],
        ),
    ],
    "a figure hyphened to its unit": [
        (
            "Aircraft are kept out of a 20-nautical-mile radius around the summit.",
            [(20 * NMI, 20 * NMI, D, S)],
        ),
        ("Nobody may enter the 4-nautical-mile zone.", [(4 * NMI, 4 * NMI, U, S)]),
        ("Residents of the kilometre-and-a-half belt were moved.", [(1.5, 1.5, U, S)]),
    ],
    "a named river on both banks: per side": [
        (
            "Armed units must stay at least 9 km from the Velda on both banks.",
            [(9, 9, P, S)],
        ),
        ("Militias must remain 5 km from the Sava on both banks.", [(5, 5, P, S)]),
    ],
    "the limit of a per-side rule to keep away, named again: per side": [
        (
            "Both armies must keep 8 km from the Lune on either bank. Nobody has yet tested the "
            "8-km limit.",
            [(8, 8, P, S), (8, 8, P, S)],
        ),
        (
            "Militias must stay 6 miles from the Dalr on both sides. Patrols watch the 6-mile "
            "limit.",
            [(6 * MI, 6 * MI, P, S), (6 * MI, 6 * MI, P, S)],
        ),
    ],
    "(not this kind) a named river on either side": [
        ("Guns shall be kept 6 miles from the Orn on either side.", [(6 * MI, 6 * MI, P, S)]),
    ],
    "(not this kind) a radius about a point": [
        ("Everyone must stay 3 km from the plant.", [(3, 3, D, S)]),
    ],
    "(not this kind) a figure that only says where a thing landed": [
        ("The shell landed no closer than 5 km to the town.", []),
    ],
    "a ring about a point cut to a new figure: the same radius": [
        (
            "A safety zone extends 800 metres around the platform. Fishermen asked to shrink the "
            "ring to 400 metres in calm weather.",
            [(0.8, 0.8, D, S), (0.4, 0.4, D, S)],
        ),
    ],
    "a numbered place before 'to X km': the figure, not a range": [
        ("The commission agreed to widen the strip in Zone 3 to 6 km in all.", [(6, 6, T, S)]),
        ("The buffer in Sector 12 to 2 miles wide was marked.", [(2 * MI, 2 * MI, T, S)]),
    ],
    "(not this kind) areas at a range of distances": [
        ("Troops stay in areas 3 to 5 km from the border.", [(3, 5, D, S)]),
    ],
    "not widths: speeds, ceilings, how wide water is": [
        ("Inside the 5 km buffer zone lorries shall not exceed 20 miles per hour.", [(5, 5, U, S)]),
        (
            "A buffer zone applies. A plan to raise the ceiling from 1,000 to 2,500 feet for "
            "balloons was dropped.",
            [],
        ),
        (
            "The buffer zone covers 400 yards. Boats may cut it to 100 yards in waters less than "
            "a mile wide.",
            [(400 * 0.0009144,) * 2 + (U, S), (100 * 0.0009144,) * 2 + (U, S)],
        ),
        (
            "The strip is 20 metres along Kell Water, on either side. Kell Water itself is about 9 "
            "metres wide at the mill.",
            [(0.02, 0.02, P, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


BANDS = [
    (
        "Between 2 km and three miles from the depot, people must stay indoors.",
        [True],
    ),
    (
        "The border zone is narrow. In the hills the guards may take in land lying between 4 and "
        "9 km from the frontier.",
        [True],
    ),
    # one figure, not a band
    ("People must stay 2 miles from the Hask and Merrow camps.", [False]),
]

test_bands = rows_test(BANDS, bands)


REFERENCES = [
    ("The belt reaches back from the frontier line for a depth of some 6 km.", ["frontier line"]),
    ("A closed strip runs inland from the coast to a depth of 4 km.", ["coast"]),
    ("Patrols keep 3 km back from the boundary on each side.", ["boundary"]),
    ("Each army withdraws 6 km from the Line of Partition.", ["Line of Partition"]),
    ("A new quarry must be at least 800 feet from a home.", ["home"]),
    (
        "Under the new code every kennel shall be no closer than 300 metres to a hospital.",
        ["hospital"],
    ),
    (
        "All craft must keep clear of the drilling ship ORLA by not less than 3 cables.",
        ["drilling ship ORLA"],
    ),
    (
        "Nobody may go within about 4 km of both the Ortle and Vane vents.",
        ["Ortle and Vane vents"],
    ),
    (
        "Rocks may land within 2 km of the Ves and Orra vents, and residents were moved.",
        ["Ves and Orra vents"],
    ),
    (
        "All ships shall keep clear of the cable layer ARDEN by no less than 4 cables, and shall "
        "pass slowly.",
        ["cable layer ARDEN"],
    ),
    ("Balloons are barred within a 10-mile radius of the blaze.", ["blaze"]),
    (
        "Trawling is banned 300 metres east and 300 metres west of the cable.",
        ["cable"],
    ),
]

test_references = rows_test(REFERENCES, references)
