"""Wordings the rules settle since the models were trained on every field folder (up to
field-holdout-243), with their look-alikes.

Trained on six times the reports, the context, fate and semantics models read more widths
right on new sets, and a few things the rules had left to them wrongly; these are now the
rules' to say:

- not widths: "Two miles is the distance to the school" (how far a place is), "held talks
  20 km off the coast" (where a meeting was held), "closed the road for 3 km while it was
  resurfaced" (a stretch of road shut), "The village was set at 800 metres from the road"
  (where a place was put); not "Exercises must not be held within 20 km of the coast", "The
  road is closed for 3 km either side of the bridge" or "Houses must be built at least 50 m
  from the road";
- "the 500-metre request", "the five-kilometre figure": a figure that names what was put
  forward, like one that names a zone, says nothing of what it measures;
- "Until 2019 the zone stood at 3 km. It is 5 km now.": a zone's figure told again with no
  word of what it measures (not "Since 2022 the buffer is 300 m wide");
- "between the 0.6-mile line and the 1.9-mile line": the band's two figures are read whether
  or not the context model takes each line for a width;
- the semantics model leaves what the rules read from the sides a figure lies on ("5 km deep
  on the southern side", "on its own side of its border"), from the zone it lies beyond or
  back from, from the zone an offer bargains over, or from "a clear 200 yards";
- "Brolland's first answer was 500 metres, and only on our side of the line": an offer that
  says itself how it lies does not take the zone's reading;
- the fate model does not give up a figure "kept by the Board", one the council "allows", or
  one someone "asked to" have ("Fishermen asked to shrink the ring to 400 metres").
"""

from __future__ import annotations

from claimrows import MI, RJ, SU, YD, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "not widths: how far a place is, where a meeting was held, a road shut, a place put": [
        ("Hollin school is on the hill. Three miles is the distance to the nearest clinic.", []),
        ("The two navies held exercises some 40 km off the cape last spring.", []),
        ("Crews shut the coast road for 2 km while the sea wall was repaired.", []),
        ("The new camp was built at 600 metres from the old river bed.", []),
    ],
    "(not this kind) the same words in a rule": [
        (
            "Exercises must not be held within 20 km of the coast.",
            [(20, 20, D, S)],
        ),
        ("Houses must be built at least 50 m from the road.", [(0.05, 0.05, D, S)]),
    ],
    "a figure that names what was put forward": [
        ("The council has rejected the 300-metre demand.", [(0.3, 0.3, U, RJ)]),
        ("Ministers kept to the two-mile figure.", [(2 * MI, 2 * MI, U, S)]),
    ],
    "a zone's figure told again with no word of what it measures": [
        (
            "Until 2015 the buffer stood at 400 m. It is 600 m now.",
            [(0.4, 0.4, U, SU), (0.6, 0.6, U, S)],
        ),
    ],
    "(not this kind) a zone's figure told with what it measures": [
        ("Since 2022 the buffer is 300 m wide.", [(0.3, 0.3, T, S)]),
    ],
    "a band between two lines named by their figures": [
        (
            "Grazing is allowed between the 2-mile line and the 5-mile line only in winter.",
            [(2 * MI, 5 * MI, D, S)],
        ),
    ],
    "what the rules read from the sides, a zone beyond or an offer's zone": [
        (
            "The zone runs 3 km deep on the eastern side and 4 km deep on the western side of "
            "the canal.",
            [(3, 3, P, S), (4, 4, P, S)],
        ),
        (
            "Our first proposal was a corridor 6 km wide. Our second proposal was eight, which "
            "they turned down.",
            [(6, 6, T, RJ), (8, 8, U, RJ)],  # given up: the convention of field-holdout-364 on
        ),
        (
            "The quarry asked to blast within 100 metres. Villagers asked for a clear 300 "
            "yards. Neither figure was adopted.",
            # "a clear 300 yards" asked for bare: the convention of field-holdout-364 on
            [(0.1, 0.1, D, RJ), (300 * YD, 300 * YD, U, RJ)],
        ),
    ],
    "an offer that says itself how it lies": [
        (
            "Both armies agreed to pull back 2 km from the line. Their opening bid was 4 km on "
            "each side. Our answer was 1 km, and only on their side of the line. They said no.",
            # (their opening bid, answered with another figure and given up for the 2 km
            # agreed: rejected, as the field gold reads 92 of its 160 opening and first bids)
            [(2, 2, P, S), (4, 4, P, RJ), (1, 1, D, RJ)],
        ),
    ],
    "a figure kept, allowed or asked for is not given up": [
        (
            "No hut may stand within 30 metres of the lake. On the north shore the board "
            "allows 20 metres.",
            [(0.03, 0.03, D, S), (0.02, 0.02, D, S)],
        ),
        (
            "A safety zone reaches 500 metres around the rig. Trawlermen asked to cut the "
            "ring to 250 metres.",
            [(0.5, 0.5, D, S), (0.25, 0.25, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
