"""Wordings read since field-holdout-279, with their look-alikes.

- "leave clear a lane of 100 m": a way kept clear, not a belt cleared, so "a 200-metre lane in
  all" stays the whole width;
- fates: "was examined and not retained", "was not carried", "was considered by Council and
  not adopted", "withdrew its earlier proposal that the distance be fixed at 50 yards";
- "150 metres to port and 150 metres to starboard of the line": one figure on each side;
- "FR0M lO T0 3O KM": a range whose first figure lost every digit in a scan;
- not widths: a gap in a levee, how deep below the surface, how deep soil is ploughed, how
  wide a watercourse is, how far a strip runs downstream;
- "closed the whole area out to 10 km": a reach; "runs 50 feet back from the water on each
  side" and "runs along both sides of every water body": each side's.
"""

from __future__ import annotations

from claimrows import DR, MI, RJ, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a way kept clear, its whole width in all": [
        (
            "Masters shall leave clear a lane of 100 m either side of the animals, a 200-metre "
            "lane in all.",
            [(0.1, 0.1, P, S), (0.2, 0.2, T, S)],
        ),
    ],
    "a proposal examined and not retained, a motion not carried": [
        (
            "The Coast Guard proposal to extend the Zone to 8 nautical miles was examined and not "
            "retained.",
            [(14.816, 14.816, U, RJ)],
        ),
        ("The motion for a 150-metre zone was not carried.", [(0.15, 0.15, U, RJ)]),
        (
            "A proposed landside setback of one hundred (100) feet was considered by Council and "
            "not adopted.",
            [(0.03048, 0.03048, U, RJ)],
        ),
    ],
    "(not this kind) a figure kept": [
        ("The 200-metre buffer was retained.", [(0.2, 0.2, U, S)]),
    ],
    "an earlier proposal withdrawn, its figure told after it": [
        (
            "The Vestry withdrew its earlier proposal that the distance from Glebe Cottage be "
            "fixed at 50 yards.",
            [(0.04572, 0.04572, D, DR)],
        ),
    ],
    "(not this kind) troops withdrawn to a distance": [
        ("The army withdrew its troops to a distance of 5 km.", [(5, 5, D, S)]),
    ],
    "to port and to starboard of a line": [
        (
            "A service channel runs from the breakwater to the zone. It extends 150 metres to "
            "port and 150 metres to starboard of the line joining the two lights.",
            [(0.15, 0.15, P, S)],
        ),
    ],
    "a range whose first figure lost its digits in a scan": [
        (
            "RESTRICTED AREAS: N0 HEAVY WEAP0NS FR0M lO T0 3O KM 0F THE BERM 0N EITHER SIDE.",
            [(10, 30, P, S)],
        ),
    ],
    "(not this kind) a gap in a levee, how deep below the surface or under the plough": [
        (
            "Water poured through a 90-foot gap in the Hadley River levee, and no one may enter "
            "the area within 500 feet of the breach.",
            [(0.1524, 0.1524, D, S)],
        ),
        ("No coffin shall lie within four (4) feet of the surface.", []),
        (
            "Within the scheduled area, ploughing may continue to a depth of not more than 0.3 m "
            "where it has been customary.",
            [],
        ),
    ],
    "(not this kind) a gap between two lines": [
        ("The two armies are separated by a 6 km gap in the hills.", [(6, 6, T, S)]),
    ],
    "(not this kind) how wide a watercourse is, how far a strip runs": [
        (
            "Where the watercourse is more than 5 metres wide, the strip rises to 8 metres from "
            "the top of the bank.",
            [(0.008, 0.008, D, S)],
        ),
        (
            "EVACUATION OF STRIP ONE HALF MILE EACH SIDE OF RIVER FOR TWELVE (12) MILES "
            "DOWNSTREAM OF DAM.",
            [(MI / 2, MI / 2, P, S)],
        ),
    ],
    "(not this kind) a reach downstream, told alone": [
        ("Tailings may not be stored for 12 km downstream of the dam toe.", [(12, 12, D, S)]),
    ],
    "(not this kind) cleared for a width on each side": [
        (
            "The verge shall be cleared for 50 metres on each side of the road.",
            [(0.05, 0.05, P, S)],
        ),
    ],
    "an area closed out to a figure": [
        (
            "The Ministry's earlier draft, which would have closed the whole area out to 10 km, "
            "has been withdrawn.",
            [(10, 10, D, DR)],
        ),
    ],
    "a buffer that runs back from the water, or along both sides": [
        (
            "The protected buffer runs 50 feet back from the water on each side of the stream.",
            [(0.01524, 0.01524, P, S)],
        ),
        (
            "The same 100-foot buffer also runs along both sides of every water body with "
            "perennial flow.",
            [(0.03048, 0.03048, P, S)],
        ),
    ],
    "(not this kind) how far a road runs": [
        ("The road runs 50 km from Alpha to Beta.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_proposal_withdrawn_in_other_words_is_still_read():
    """ "withdrew its revised proposal that ...": words the fate rules do not list are read
    without failing, and the figure is kept."""
    got = widths("The Vestry withdrew its revised proposal that the distance be fixed at 50 yards.")
    assert [(lo, hi) for lo, hi, _, _ in got] == [(0.046, 0.046)]
