"""Kinds of wording behind the width misses of the fifteenth blind set, each in new phrasings.

Like ``test_claims_kinds_14.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
figure denied in its own clause, a figure named again by what it would have
done, a demand named by its figure and "off the table", closed or restricted
waters, a zone's reach out from or downrange of a thing, a zone named again by
the figure of that reach, a figure listed after the one a newer zone replaces,
a headline the story repeats, a recommendation refused in the next sentence, a
band in two units, distances that are not widths) and not one sentence.
"""

from __future__ import annotations

from claimrows import (
    MI,
    NMI,
    RJ,
    SU,
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
    "a figure denied in its own clause: 'nobody ever proposed 50 kilometres'": [
        ("To be clear, no one has ever proposed a 60-kilometre buffer zone.", []),
        ("Let me be clear: nobody ever proposed 45 kilometres of demilitarised ground.", []),
    ],
    "a refused figure named again by what it would have done: 'would have emptied the town'": [
        (
            "Vardia asked for 12 kilometres on either side of the river. We refused. Twelve "
            "kilometres would have cut the farms off from the market.",
            [(12, 12, P, RJ), (12, 12, P, RJ)],
        ),
        (
            "They demanded 8 miles each side of the ridge. We refused. Eight miles would have "
            "split every parish in two.",
            [(8 * MI, 8 * MI, P, RJ), (8 * MI, 8 * MI, P, RJ)],
        ),
    ],
    "a refused demand named by its figure, 'off the table': the zone it asked for, refused": [
        (
            "Orlan asked for a buffer of 15 km on each side of the Tesk line. We refused.\n\n"
            "QUESTION: Is the 15-km demand now off the table?",
            [(15, 15, P, RJ), (15, 15, P, RJ)],
        ),
        (
            "Kessia asked for a buffer of 6 miles either side of the Dane line, which Ostra "
            "refused.\n\nQ: So the 6-mile demand is off the table for good?",
            [(6 * MI, 6 * MI, P, RJ), (6 * MI, 6 * MI, P, RJ)],
        ),
    ],
    "closed, prohibited or restricted waters: a zone": [
        (
            "The fishing boat had strayed into the closed waters, which extend 3,000 metres from "
            "the Penra coast.",
            [(3, 3, D, S)],
        ),
        (
            "The restricted waters lie between 2 and 5 nautical miles from the shore.",
            [(2 * NMI, 5 * NMI, D, S)],
        ),
    ],
    "a zone's reach out from, or downrange of, a thing it names: a depth": [
        (
            "The closed areas are half discs reaching 12 miles out from the port entrance.",
            [(12 * MI, 12 * MI, D, S)],
        ),
        (
            "The range safety zone extends 3 km downrange of the launch pad.",
            [(3, 3, D, S)],
        ),
        (
            "On test days the hazard area reaches 900 metres out from the sluice gate.",
            [(0.9, 0.9, D, S)],
        ),
        (
            "Police widened the cordon to 400 metres from the burning warehouse.",
            [(0.4, 0.4, D, S)],
        ),
    ],
    "(not this kind) a length from one place to another": [
        ("The danger zone stretches 40 km from Harl to Veny.", []),
    ],
    "a zone named again by its figure, after a reach out from a thing: the same depth": [
        (
            "The safety zone extends 2 km from the refinery gate. Thirty houses stand inside "
            "the 2 km zone.",
            [(2, 2, D, S), (2, 2, D, S)],
        ),
        (
            "The exclusion zone reaches 600 metres downrange of the target butts. Walkers found "
            "inside the 600-metre zone are fined.",
            [(0.6, 0.6, D, S), (0.6, 0.6, D, S)],
        ),
    ],
    "a zone named again, with 'the', after a depth into one side's land: the same depth": [
        (
            "A buffer zone will reach 15 kilometres inside Marvian territory. The 15-kilometre "
            "zone will be patrolled by observers.",
            [(15, 15, D, S), (15, 15, D, S)],
        ),
        # look-alike: a zone of the same figure named without "the" is not said to be the same
        (
            "A buffer zone will reach 15 kilometres inside Marvian territory. A 15-kilometre "
            "zone was also proposed for the coast.",
            [(15, 15, D, S), (15, 15, U, S)],
        ),
    ],
    "a figure listed after the one a newer zone replaces: 'along with a 7-km zone'": [
        (
            "The new cordon replaces the 3-km radius around the crater, along with a 4-km "
            "extended zone on the western flank.",
            # (the 4 km zone only names its figure; the semantics model, trained on every
            # field folder, is no longer sure it measures what the radius beside it does)
            [(3, 3, D, SU), (4, 4, U, SU)],
        ),
        (
            "The order replaces the 500-metre radius around the depot that applied since May, "
            "as well as a 700-metre danger zone to the south.",
            [(0.5, 0.5, D, SU), (0.7, 0.7, U, SU)],
        ),
    ],
    "a headline's figure, repeated by the story: the story's reading": [
        (
            "Exclusion zone around Tarvo volcano extended to 10 km\n\nOfficials on Tuesday "
            "extended the exclusion zone around Tarvo to 10 kilometres from the summit.",
            [(10, 10, D, S), (10, 10, D, S)],
        ),
        (
            "Safety zone at Hallam works widened to 2 km\n\nEngineers on Friday widened the "
            "safety zone to 2 kilometres from the quarry face.",
            [(2, 2, D, S), (2, 2, D, S)],
        ),
    ],
    "a recommendation refused in the next sentence": [
        (
            "In 2021 the inspectors recommended a larger zone of 3 km. This was not adopted.",
            [(3, 3, U, RJ)],
        ),
        (
            "The safety board recommended a buffer of 4 miles. After a review it was rejected.",
            [(4 * MI, 4 * MI, U, RJ)],
        ),
    ],
    "not widths: guns out of range of a town; a route passing within a distance of a place": [
        (
            "The withdrawal leaves their nearest guns some 35 km from Tarsk, out of range of the "
            "city.",
            [],
        ),
        (
            "In the inner bay, where the shipping lane passes within 400 yards of the Kern "
            "breakwater, the prohibited corridor is reduced to 100 metres in total.",
            [(0.1, 0.1, T, S)],
        ),
        (
            "The prohibited corridor is reduced to 100 metres in total where the lane passes "
            "within 400 yards of the Kern breakwater.",
            [(0.1, 0.1, T, S)],
        ),
        ("The buffer zone covers the 60-km lower course, from Arn bridge to the sea.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


BANDS = [
    ("Patrol boats guard a ring between 800 m and 3 nautical miles from the rig.", [True]),
    ("Patrols cover a zone between 500 yards and 2 miles from the lighthouse.", [True]),
    # a pair, not a band
    ("Troops stay 5 km north and 5 km south of the canal.", [False]),
]

test_bands = rows_test(BANDS, bands)


REFERENCES = [
    (
        "Both sides agreed to keep 20 km on each side of the Varro line.",
        ["Varro line"],
    ),
    (
        "The test range danger area reaches 6 km downrange of the firing point.",
        ["firing point"],
    ),
    (
        "The closed areas are half discs reaching 12 miles out from the port entrance.",
        ["port entrance"],
    ),
    (
        "The buffer is centred on the line of control, that is 4 km on either side of it.",
        ["Line of Control"],
    ),
    (
        "Dredging is banned in a strip 100 metres either side of the ferry route.",
        ["ferry route"],
    ),
    (
        "A corridor 6 NM wide, 3 NM either side of the centreline of airway UM42, stays open.",
        ["centreline of airway UM42", "centreline of airway UM42"],
    ),
    (
        "Mariners must keep out of a danger area of radius 4 nautical miles centred on "
        "58°40'N 003°05'W.",
        ["58°40'N 003°05'W"],
    ),
    (
        "Troops pull back 5 km on each side of the Sava river. Guns stay 20 km from the river "
        "on both banks.",
        ["Sava", "Sava river"],
    ),
    # a river named by its name alone keeps its name
    ("A belt runs along the Dorn. Troops stay 3 km from the river on both sides.", ["Dorn"]),
    ("The range danger area reaches 2 km downrange of the butts.", ["butts"]),
    ("Soldiers must stay 300 metres either side of the line of fire.", ["line of fire"]),
]

test_references = rows_test(REFERENCES, references)
