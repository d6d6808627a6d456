"""Wordings read since field-holdout-263, with their look-alikes.

- miles at sea: a limit's miles in a headline or a section heading, told later in nautical
  miles ("ICELAND'S TWELVE-MILE LIMIT IN FORCE", "Three miles and twelve"), each end of a
  range counting ("INSIDE 50 MILES", then "between 12 and 50 nautical miles"), and "the
  three-mile sea" (not "Hunters must keep 5 miles from the lodge", on land, though the next
  sentence counts 5 nautical miles at sea);
- "Iceland's fishery limit, which has stood at four nautical miles since 1952, moved out to
  twelve": a limit at sea, pushed out, its old figure superseded (not "The zone, which has
  stood at four km since 1952, is respected by both sides");
- "with in 1,500 metres" split by a scan; a navigation channel reserved and then told "half a
  nautical mile wide in all" (not "The Sea of Aland ... is about 40 km wide");
- "withdrew its claim to a full 200 nautical mile zone" (dropped), "So the three-kilometre
  zone is finished" and "Until the 1960s Canada ... claimed a territorial sea of three
  nautical miles" (superseded), where "Canada claimed a territorial sea of three nautical
  miles" alone stays in force;
- not widths: "dredged to a depth of 6 metres", "pushed ships into ninety metres of water",
  "AIRSPACE CLOSED TO 18,000 FEET", "Settling ponds, which may be up to 3 m deep", and a
  figure nobody put forward ("Nobody is talking about a forty-mile zone", "Nobody ever put a
  200-metre buffer on the table").
"""

from __future__ import annotations

from claimrows import MI, NMI, SU, D, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "miles at sea in a headline, a heading, a range's end, a sea": [
        (
            "ICELAND'S TWELVE-MILE LIMIT IN FORCE\n\nIceland's fishery limit, which has stood at "
            "four nautical miles since 1952, moved out to twelve (12) nautical miles at midnight.",
            # (the headline's limit is a figure and a noun, as field-holdout-264's gold reads it)
            [(12 * NMI, 12 * NMI, U, S), (4 * NMI, 4 * NMI, D, SU), (12 * NMI, 12 * NMI, D, S)],
        ),
        (
            "Three miles and twelve\n\nCanada claimed a territorial sea of three nautical miles "
            "from the coast. The Act of 1964 kept the three-mile sea.",
            [(3 * NMI, 3 * NMI, D, S), (3 * NMI, 3 * NMI, D, S)],
        ),
        (
            "COMMONS TOLD OF ICELAND DEAL: TRAWLERS MAY FISH INSIDE 50 MILES\n\nThe deal lets "
            "trawlers fish between 12 and 50 nautical miles from the baselines.",
            # (the headline's "INSIDE 50 MILES" is a figure alone, as field-holdout-264's gold
            # reads it)
            [(50 * NMI, 50 * NMI, U, S), (12 * NMI, 50 * NMI, D, S)],
        ),
    ],
    "(not this kind) miles on land, then nautical miles at sea": [
        (
            "Hunters must keep 5 miles from the lodge. Boats keep 5 nautical miles off the coast.",
            [(5 * MI, 5 * MI, D, S), (5 * NMI, 5 * NMI, D, S)],
        ),
    ],
    "a figure that has stood until a change": [
        (
            "The Committee refused the proposal. The buffer zone, which had stood at four km "
            "since 1952, was widened to twelve km.",
            [(4, 4, U, SU), (12, 12, T, S)],
        ),
    ],
    "(not this kind) a figure that has stood and stands": [
        (
            "The zone, which has stood at four km since 1952, is respected by both sides.",
            [(4, 4, U, S)],
        ),
    ],
    "'with in' split by a scan, a channel reserved and how wide it is": [
        (
            "No person shall moor a fish cage with in 1,500 metres of any other fish cage.",
            [(1.5, 1.5, D, S)],
        ),
        (
            "A navigation channel is reserved along the leading line, and no cage shall be laid "
            "within it. The channel is accordingly half a nautical mile wide in all.",
            [(0.5 * NMI, 0.5 * NMI, T, S)],
        ),
    ],
    "(not this kind) how deep, how high, a figure nobody put forward": [
        ("The Sea of Aland, which separates Sweden from Finland, is about 40 km wide.", []),
        (
            "Nothing in this Order applies to the pier approach, which is dredged to a depth of "
            "6 metres.",
            [],
        ),
        (
            "The two-mile idea has been dropped because it would have pushed ships into ninety "
            "metres of water.",
            [(2 * MI, 2 * MI, U, "dropped")],
        ),
        (
            "AIRSPACE CLOSED TO 18,000 FEET WITHIN 5 NM OF THE RANGE.",
            [(5 * NMI, 5 * NMI, D, S)],
        ),
        (
            "Settling ponds, which may be up to 3 m deep, shall be built outside the 30-metre "
            "buffer.",
            [(0.03, 0.03, U, S)],
        ),
        ("Nobody is talking about a forty-mile zone either, whatever you read online.", []),
        ("Nobody ever put a 200-metre buffer on the table.", []),
    ],
}

KINDS["a claim withdrawn, a zone finished, a past decade's claim"] = [
    (
        "The Nordmark delegation today withdrew its claim to a full 200 nautical mile zone "
        "around Havoy Rock.",
        [(200 * NMI, 200 * NMI, D, "dropped")],
    ),
    (
        "Last week you told people to stay three kilometres away from the crater. So the "
        "three-kilometre zone is finished. From today the danger zone is a radius of six "
        "kilometres from the crater.",
        # (last week's figure is the zone now finished: superseded too)
        [(3, 3, D, SU), (3, 3, D, SU), (6, 6, D, S)],
    ),
    (
        "Until the 1960s Canada, following British practice, claimed a territorial sea of three "
        "nautical miles from the coast. In 1970 the three-mile limit was replaced by a 12-mile "
        "territorial sea.",
        [(3 * NMI, 3 * NMI, D, SU), (3 * NMI, 3 * NMI, D, SU), (12 * NMI, 12 * NMI, U, S)],
    ),
]
KINDS["(not this kind) a claim in force"] = [
    (
        "Canada claimed a territorial sea of three nautical miles from the coast.",
        [(3 * NMI, 3 * NMI, D, S)],
    ),
]

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
