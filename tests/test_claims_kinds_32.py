"""Widths of the kinds field-holdout-32 and -33 brought, with look-alikes.

Each row failed before the reader was tuned on those two sets (their blind
first run is in docs/claims-benchmark.md); each look-alike reads as it did.
"""

from __future__ import annotations

from claimrows import PR, RJ, D, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a reach in all directions: a radius": [
        (
            "If a tank is involved in a fire, the guides tell you to ISOLATE for 800 meters "
            "(1/2 mile) in all directions.",
            [(0.8, 0.8, D, S)],
        ),
        (
            "The guide tells you to isolate the spill area for at least 50 meters (150 feet) in "
            "every direction.",
            [(0.05, 0.05, D, S)],
        ),
        (
            "Foreigners may move freely within a zone reaching ten ri in any direction from the "
            "port.",
            [(39.272727, 39.272727, D, S)],
        ),
        # look-alike: "in all" alone is the whole width
        ("The strip along the canal is 6 km in all.", [(6, 6, T, S)]),
    ],
    "the size of a hole, not a width": [
        ("In Ostra the patrol saw a crater 3 m across and 1 m deep in the school yard.", []),
        ("Engineers found a shell hole 4 metres wide on the road.", []),
        # look-alike: a zone's depth beside a trench named before it
        (
            "Along the trench line, a security zone 5 km deep runs behind the front.",
            [(5, 5, D, S)],
        ),
    ],
    "where a named place lies, after a comma": [
        ("A woman was injured by shrapnel in Sellin, 2.5 km from the Line.", []),
        ("He farms near Isk, some 30 km from the river.", []),
        ('"We lost the barley," said a man who farms near Isk, some 30 km downstream.', []),
        # look-alike: a rule for everyone in a place
        (
            "In Sellin, residents within 2 km of the Line must leave.",
            [(2, 2, D, S)],
        ),
    ],
    "where a zone's edge stands: its reach": [
        (
            "The cordon was widened on Tuesday. It now stands at one and a half kilometres "
            "from the depot fence.",
            [(1.5, 1.5, D, S)],
        ),
        # look-alikes: where a place or a post stands
        ("The village of Orn lies at 3 km from the river.", []),
        ("The nearest post now stands at 2 km from the line.", []),
    ],
    "what lies within a reach makes up the zone": [
        (
            "A parcel that lies even partly within1,000 ft of a lake is in the zone, so check "
            "the map.",
            [(0.305, 0.305, D, S)],
        ),
        (
            "Any development is referred to the airport if it lies within 13 km of the aerodrome.",
            [(13, 13, D, S)],
        ),
        # look-alikes: where a farm lies; an event when the front lies near
        ("A farm that lies within 2 km of the border is in danger.", []),
        ("The village is shelled whenever the front lies within 5 km of it.", []),
    ],
    "a charted depth and a boat's length: no widths": [
        ("The wreck, 89 m long, lies in a charted depth of 14 metres.", []),
        ("The zone is open only to boats under 12 metres overall length using nets.", []),
    ],
    "the whole width said before its figure, and a reach in from a line": [
        ("The frontier zone, being in all six versts, shall be neutral.", [(6.401, 6.401, T, S)]),
        ("The restricted area extends about 5 km in from the border.", [(5, 5, D, S)]),
    ],
    "a peak's height named before it": [
        ("The 1,565-metre Bulusan is one of the most active volcanoes in the country.", []),
    ],
    "a bare figure carried from the talks' unit": [
        (
            "Our first proposal was a zone 10 km wide. Our second proposal was twelve, which "
            "they turned down.",
            # (a figure of the talks said bare and refused keeps no measure, though the first
            # proposal said its own: the convention of field-holdout-364 on)
            [(10, 10, T, RJ), (12, 12, U, RJ)],
        ),
        # (the offer of 5 km is given up where the talks meet at three: the fate model)
        ("They offered a belt 5 km wide. We met them at three.", [(5, 5, T, RJ), (3, 3, U, S)]),
        # look-alike: a count, not a figure of the talks
        ("They offered a belt 5 km wide. The proposal was one of three.", [(5, 5, T, PR)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
