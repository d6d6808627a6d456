"""Kinds of wording behind the width misses of the twenty-second blind set, in new phrasings.

Like ``test_claims_kinds_21.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep the zones beside them.
"""

from __future__ import annotations

from claimrows import MI, YD, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "an order's reach within a figure of either bank: each side's": [
        (
            "Farms along the Orla within 400 metres of either bank, from the weir down to the "
            "ferry, are covered by the evacuation order.",
            [(0.4, 0.4, P, S)],
        ),
        (
            "Cabins beside the Vell within 150 yards of either bank, from the mill up to the ford, "
            "fall inside the closure.",
            [(150 * YD, 150 * YD, P, S)],
        ),
        # look-alike: where a place lies is no zone
        ("The village lies within 400 metres of either bank.", []),
    ],
    "a strip centred on a line: its whole width": [
        (
            "Near Orvik the buffer shrinks to a strip of 700 metres centered on the railway "
            "embankment.",
            [(0.7, 0.7, T, S)],
        ),
        (
            "Where the frontier follows the Dera brook, the neutral belt narrows to a "
            "2-mile corridor centred on the brook.",
            [(2 * MI, 2 * MI, T, S)],
        ),
        # look-alike: a zone centred on a point says nothing of how it lies
        ("A 2 km zone centred on the reactor was evacuated.", [(2, 2, U, S)]),
    ],
    "a figure for each of the parties: each side's": [
        (
            "Troops will pull back from the hills. The treaty sets seven kilometres for each "
            "of us.",
            [(7, 7, P, S)],
        ),
        (
            "Under the treaty the demilitarised zone was redrawn, nine kilometres for each of the "
            "two countries.",
            [(9, 9, P, S)],
        ),
        (
            "The armistice commission proposed a buffer: 4 km to each of the two armies.",
            [(4, 4, P, "proposed")],
        ),
        # look-alike: a walk shared by walkers is no zone
        ("They walked 12 km, for each of them a long day.", []),
    ],
    "a zone on one named side only, the article left out: a depth": [
        (
            "Talks began with a demand for a 6 km zone on Ostran side only.",
            [(6, 6, D, "proposed")],
        ),
        (
            "THEY ASKED FOR A 15 KM BUFFER ON VELSK SIDE ALONE.",
            [(15, 15, D, "proposed")],
        ),
        # look-alike: a zone with no side stays unspecified
        ("Talks began with a demand for a 6 km zone.", [(6, 6, U, "proposed")]),
    ],
    "a height aircraft keep to over a zone: no width": [
        ("SPOKESMAN: No combat helicopters below 2,000 metres over the corridor.", []),
        (
            "The corridor is 4 km wide. No military jets below 1,500 metres over the corridor.",
            [(4, 4, T, S)],
        ),
        # look-alike: aircraft kept out of a reach from a line
        (
            "No aircraft may enter the zone within 5 km of the border.",
            [(5, 5, D, S)],
        ),
    ],
    "a rule requiring a thing to stand at least a distance from another: a radius": [
        (
            "The code requires kennels to stand at least 200 metres from any dwelling.",
            [(0.2, 0.2, D, S)],
        ),
        # look-alike: where a thing stands is no zone
        ("The old mill stands at least 200 metres from the river.", []),
    ],
    "a zone of a figure in a clause opened by what it surrounds: a depth": [
        (
            "Round the depot, lorries may not enter a zone of 2 km after dark.",
            [(2, 2, D, S)],
        ),
        (
            "Around the summit, hikers may not enter a belt of 3 kilometres until further notice.",
            [(3, 3, D, S)],
        ),
        # look-alike: nothing surrounded, nothing said of how it lies
        ("Lorries may not enter a zone of 2 km after dark.", [(2, 2, U, S)]),
    ],
    "a band of figures below a dam: a depth down the river from it": [
        (
            "Families in the belt from 2 to 5 km below the weir must be ready to leave.",
            [(2, 5, D, S)],
        ),
        # look-alike: where a place lies below a dam is no zone
        ("Villages 2 km below the weir were flooded.", []),
    ],
    "a count of things lying within a distance: no width": [
        ("Officials reckon 450 homes are within 3 km of the quarry.", []),
        # look-alike: a cap on how many may be there is a rule's zone
        (
            "No more than 3 guns are within 10 km of the line, the treaty says.",
            [(10, 10, P, S)],
        ),
    ],
    "a stretch or section of a road named by its length: no width": [
        (
            "Only buses may use the B17 from Orsk to the ferry, a 9 mile stretch, inside the zone.",
            [],
        ),
        ("Inside the buffer zone a 4 km section of the canal stays open.", []),
        # look-alike: a zone named by its figure after the same words
        ("A 4 km stretch zone was declared along the canal.", [(4, 4, "unspecified", S)]),
    ],
    "within a figure of a line the two sides share: each side's": [
        (
            "Neither Party shall hold tanks within 12 km of the Line of Contact.",
            [(12, 12, P, S)],
        ),
        (
            "No patrol boats within 3 nautical miles of the median line.",
            [(3 * 1.852, 3 * 1.852, P, S)],
        ),
        # look-alikes: a border is reached from one side; a side's own line is its own
        ("No troops may be stationed within 10 km of the border.", [(10, 10, D, S)]),
        ("Each side keeps its guns within 5 km of its own front line.", [(5, 5, D, S)]),
    ],
    "the depth of a zone, then 'it ranged from' two figures: the depth, not the width": [
        (
            "The depth of the exclusion strip along the coast differed by district; it ranged "
            "from 4 to 11 miles.",
            [(4 * MI, 11 * MI, D, S)],
        ),
        (
            "Nobody could say what the depth of the buffer zone was: it ranged between 2 and 7 km.",
            [(2, 7, D, S)],
        ),
        # look-alike: with no depth named, a zone that ranges is as wide as the figures
        (
            "The exclusion strip along the coast differed by district; it ranged from 4 to 11 "
            "miles.",
            [(4 * MI, 11 * MI, T, S)],
        ),
    ],
    "a rule 'within' a figure of a line, after a weapon's range: each side's zone": [
        (
            "No side shall place missiles with a range of more than 40 km within 60 km of the "
            "median line.",
            [(60, 60, P, S)],
        ),
        (
            "Neither Party may base drones with a range over 50 miles within 20 miles of the Line "
            "of Contact.",
            [(20 * MI, 20 * MI, P, S)],
        ),
        # look-alike: a range, then where a test was, is no zone
        ("The new missiles have a range exceeding 300 km and were tested 20 km from the line.", []),
    ],
    "how wide a zone is 'in places' or 'at points', after its width: a total": [
        (
            "The neutral strip is meant to be 6 km wide, but in the marshes it narrows sharply "
            "and is in places barely 900 metres.",
            [(6, 6, T, S), (0.9, 0.9, T, S)],
        ),
        (
            "The buffer zone is as broad as the valley floor, at some points only 2 miles.",
            [(2 * MI, 2 * MI, T, S)],
        ),
        # look-alike: where a zone lies in places is no width
        ("The fence is 3 m high and the buffer zone lies in places 2 miles from the wire.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
