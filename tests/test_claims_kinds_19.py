"""Kinds of wording behind the width misses of the nineteenth blind set, in new phrasings.

Like ``test_claims_kinds_18.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
height flown at, "not to fly below 1,500 metres"; how wide a river is when
named after its noun, "The river Marn is between 40 and 90 metres wide", or
said of its bed or channel, "the Arva, whose channel is some 150 m wide";
a zone named by its figure and what it surrounds, "a 2-km security cordon
around the embassy"; a reach read as a depth from a point, "the evacuation line out
to 12 km from the vent"; a band about a point, "from 4 to 9 km around the
plant") and not one sentence. Look-alikes keep the zones beside them.
"""

from __future__ import annotations

from claimrows import MI, D, P, S, T, U, bands, references, rounded, rows_test, width_rows, widths

KINDS = {
    "not widths: a height flown at": [
        ("Pilots were told not to fly below 1,500 metres over the closed area.", []),
        ("Crews have been told not to fly below 2 km over the area of the spill.", []),
        # look-alike: a zone in the same sentence as flying
        ("Vessels must fly their flag within 3 miles of the coast.", [(3 * MI, 3 * MI, D, S)]),
    ],
    "not widths: how wide a river is, named after its noun": [
        (
            "A demilitarised belt of 5 km lies on each side of the river. The river Marn is "
            "between 40 and 90 metres wide in the plain.",
            [(5, 5, P, S)],
        ),
        (
            "A 3 km buffer was agreed. The river Kolva was 200 metres wide that spring.",
            [(3, 3, U, S)],
        ),
    ],
    "not widths: how wide a named river's bed or channel is": [
        (
            "A neutral strip of 4 km runs along the Senn. Where it crosses the Senn, whose bed is "
            "barely 80 metres wide near Oran, the line follows the bank.",
            [(4, 4, U, S)],
        ),
        (
            "The zone of separation shall be 6 km wide. Beyond Tell the line follows the Arva, "
            "whose channel is some 150 m wide, to the sea.",
            [(6, 6, T, S)],
        ),
        # look-alike: a zone's own width said after "which is"
        ("The neutral zone, which is 6 km wide, follows the Arva.", [(6, 6, T, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


BANDS = [
    # a ring about a point, its two figures before "around"
    ("A monitoring ring from 4 to 9 km around the plant stays in force.", [True]),
    ("Patrols cover the ground between 2 and 6 miles around the camp.", [True]),
    ("The ministry set a surveillance belt from five to twenty kilometres around Harl.", [True]),
    # one figure, not a band
    ("A cordon of 6 km around the camp stays.", [False]),
]

test_bands = rows_test(BANDS, bands)


REFERENCES = [
    # a zone named by its figure, then what it surrounds
    ("Police set up a 2-km security cordon around the embassy.", ["embassy"]),
    ("A three-mile exclusion zone surrounding the wreck was declared.", ["wreck"]),
    ("Officials imposed a 2-km exclusion zone around the reactor on Monday.", ["reactor"]),
    # a reach from a point, whatever word gave its depth
    ("The mayor is pushing the evacuation line out to 12 km from the vent.", ["vent"]),
    ("Officials widened the evacuation to 8 kilometres from the summit on Tuesday.", ["summit"]),
    # look-alikes: a radius said after its figure, and one counted from a point
    ("An evacuation radius of 6 km from the reactor was ordered.", ["reactor"]),
    ("The closed area reaches 800 metres around the rig.", ["rig"]),
]

test_references = rows_test(REFERENCES, references)
