"""Kinds of wording behind the width misses of the twenty-third blind set, in new phrasings.

Like ``test_claims_kinds_21.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep the zones beside them.
"""

from __future__ import annotations

from claimrows import FT, NMI, PR, YD, D, P, S, T, bands, rounded, rows_test, width_rows, widths

KINDS = {
    "a reach from each side of a building: a depth all round it": [
        (
            "Under the new code, farmers must keep cleared ground of 60 feet from each side "
            "of every barn.",
            [(60 * FT, 60 * FT, D, S)],
        ),
        (
            "Landowners must clear brush for 50 metres on either side of any dwelling.",
            [(0.05, 0.05, D, S)],
        ),
        # look-alike: each side of a road is each side's strip
        (
            "Landowners must clear brush for 50 metres on either side of the road.",
            [(0.05, 0.05, P, S)],
        ),
    ],
    "a ring between two figures: a depth about what it surrounds": [
        (
            "The first cordon runs 2 km out from the depot; the second covers the ring "
            "between 2 and 5 km.",
            [(2, 2, D, S), (2, 5, D, S)],
        ),
        # look-alike: a ring with the thing it is about after it keeps reading so
        (
            "Anchoring is banned in the ring between 1 and 2 nautical miles of the wreck.",
            [(NMI, 2 * NMI, D, S)],
        ),
    ],
    "how wide a lake, strait or estuary is: no width": [
        (
            "Near the dam the river zone is closed; where the estuary is about 6 km wide the "
            "fishing belt is 500 metres in total.",
            [(0.5, 0.5, T, S)],
        ),
        (
            "The treaty belt runs 2 km from the shore, except at Morr point, where the strait is "
            "barely 3 km wide.",
            [(2, 2, D, S)],
        ),
        (
            "Straits open to shipping, such as those narrower than 10 miles where two "
            "territorial seas overlap, keep a right of passage.",
            [],
        ),
        (
            "Under the treaty, channels narrower than 8 kilometres where the coastal belts meet "
            "stay open to all ships.",
            [],
        ),
        # look-alikes: the zone's own width
        ("The lake zone is 3 km wide.", [(3, 3, T, S)]),
        ("At no point may the zone be narrower than 3 km.", [(3, 3, T, S)]),
    ],
    "a figure a reach may be stretched to: measured as the figure before": [
        (
            "The ordinance sets a buffer of 300 metres from the wells, which can be extended to "
            "600 metres in dry years.",
            [(0.3, 0.3, D, S), (0.6, 0.6, D, S)],
        ),
        (
            "The park keeps a strip 12 km wide, extendable to 20 km at the pass.",
            [(12, 12, T, S), (20, 20, T, S)],
        ),
    ],
    "a both-sides move back: each side's": [
        ("The mediator proposed a both-sides withdrawal of 3 km.", [(3, 3, P, PR)]),
        ("THE NORTH ASKED FOR A TWO-SIDED PULLBACK OF 8 KM.", [(8, 8, P, PR)]),
        # look-alike: a move back by one side is a depth
        ("The mediator proposed a withdrawal of 3 km.", [(3, 3, D, PR)]),
    ],
    "how wide a road is for traffic, a clearance, a height on a slope: no width": [
        (
            "Access lanes inside the buffer zone must have a width of at least 14 feet for "
            "one-way traffic.",
            [],
        ),
        ("Bridges over the strip need a vertical clearance of 4.5 metres.", []),
        (
            "About 80 soldiers are taking part in the search, flown in by helicopter to a landing "
            "zone near the 2,400-metre level.",
            [],
        ),
        # look-alike: a zone's width is one
        ("The buffer zone must have a width of at least 400 feet.", [(400 * FT, 400 * FT, T, S)]),
    ],
    "a territorial sea limited to a figure: a depth from the coast": [
        (
            "The small islands west of the median line keep their status, but their territorial "
            "sea is limited to two nautical miles instead of the usual twelve.",
            [(2 * NMI, 2 * NMI, D, S)],
        ),
    ],
    "the ground lying between two figures from a thing: a band out from it": [
        (
            "Zone 3 of the plan covers the terrain lying between 1 and 3 km from the depot; no one "
            "may live there.",
            [(1, 3, D, S)],
        ),
        (
            "Under the plan, zone B covers the ground lying between 10 and 40 yards from the "
            "hives.",
            [(10 * YD, 40 * YD, D, S)],
        ),
        # look-alike: where a village lies is no zone
        ("The village of Ardel, lying between 5 and 8 km from the dam, was spared.", []),
    ],
    "'a distance of' a figure 'applies' after a rule keeping things back: a depth": [
        (
            "Hunting is banned within 400 yards of a farmhouse. Near schools a distance of 800 "
            "yards applies.",
            [(400 * YD, 400 * YD, D, S), (800 * YD, 800 * YD, D, S)],
        ),
        (
            "Boats must stay 50 metres away from seals. Around nesting sites, a distance of 200 "
            "metres is required.",
            [(0.05, 0.05, D, S), (0.2, 0.2, D, S)],
        ),
        # look-alike: with no rule before it, a distance that applies is a trip's
        ("The farm lies 3 km from the town. For the return trip a distance of 12 km applies.", []),
    ],
    "what states claimed or settled on, the sea off their coasts in talk: a depth from the coast": [
        (
            "For a long time the width of territorial waters was in dispute. Most states settled "
            "on four nautical miles, while a few claimed far more.",
            [(4 * NMI, 4 * NMI, D, S)],
        ),
        # look-alike: a zone that is no sea off a coast says nothing of how it lies
        (
            "For a long time the width of the trade zone was in dispute. Most states settled on "
            "four nautical miles, while a few claimed far more.",
            [(4 * NMI, 4 * NMI, "unspecified", S)],
        ),
    ],
    "a limit of either one figure from a line or another beyond a second: both are depths": [
        (
            "Its shelf may run to a limit of either 300 km from the baselines, or 90 km beyond "
            "the foot of the slope.",
            [(300, 300, D, S), (90, 90, D, S)],
        ),
        # look-alike: a trip of either figure is no zone
        (
            "The ferry sails either 50 nautical miles from the coast or 20 nautical miles beyond "
            "the shelf edge.",
            [],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_ring_about_a_thing_is_a_band() -> None:
    """The ring named with the thing it surrounds stays a band (look-alike)."""
    text = "Anchoring is banned in the ring between 1 and 2 nautical miles of the wreck."
    assert bands(text) == [True]
