"""A figure right after "within", told of whatever lies there: an area's reach.

"Lies", "lying", "located" and "stands" before a figure usually say where one thing is,
and the rules leave the figure. When the figure comes right after "within" and its clause
speaks of whatever lies there, it tells how far an area reaches, and the context model
reads it at its usual bar:

- by a participle: "the settlements lying within five kilometres of the training ground",
  "development proposals located within 1,000 feet of a military installation";
- by a word for any thing in the clause: "whether the site lies within", "whose premises
  lie within", "no part of it would lie within";
- by a modal verb: "nobody is to stand within".

The look-alikes keep the rule: one thing's place told by a finite verb ("The depot lies
within 2 km of the school", "which lies within 1 km of the bridge", "the two posts that
sit within"), one's own place ("Our farm is land lying within"), and what befell the
things there ("The villages lying within 5 km of the river were shelled"). Over the spans
of sets read with models trained without them (docs/claims.md) the rule found 20 more
whole widths for 4 fewer false ones.
"""

from __future__ import annotations

from claimrows import D, P, S, rounded, rows_test, width_rows, widths

KINDS = {
    "a class lying within a figure": [
        (
            "Residents of the settlements lying within five kilometres of the training ground "
            "were moved out by bus.",
            [(5, 5, D, S)],
        ),
        (
            "The Fisheries Office has closed to harvesting the oyster beds lying within 250 "
            "yards either side of the outfall line.",
            [(0.2286, 0.2286, P, S)],
        ),
        (
            "The bill requires agencies to notify the armed forces of development proposals "
            "located within 1,000 feet of a military installation.",
            [(0.3048, 0.3048, D, S)],
        ),
    ],
    "any thing that may lie within a figure": [
        (
            "An applicant must state whether the site lies within 1,000 feet of a military "
            "installation.",
            [(0.3048, 0.3048, D, S)],
        ),
        (
            "Commercial keepers whose premises lie within 500 metres of the infected premises "
            "shall present their flocks for inspection.",
            [(0.5, 0.5, D, S)],
        ),
    ],
    "(not this kind) one thing's place, by a finite verb": [
        ("The depot lies within 2 km of the school.", []),
        ("The device sits within 30 metres of homes.", []),
        ("Four houses on Dune Lane stand within 40 yards of the 7th tee.", []),
        ("The market, which lies within 1 km of the bridge, is busy on Fridays.", []),
        ("Both armies will close the two posts that sit within 2 km of the ridge.", []),
    ],
    "(not this kind) one's own place, or what befell the things there": [
        ("Our farm is land lying within 2 km of the river.", []),
        ("The villages lying within 5 km of the river were shelled.", []),
        ("The farm buildings that lie within 400 yards of the river were flooded.", []),
    ],
}

# A reach kept whole ("the full 200 feet") is no longer taken for the whole length of a
# thing, a way that passes within a figure wherever it runs is a rule on the area, not where
# one road runs, and a distance kept away ("keep their boats 200 feet away") is not how far
# off a place is (over the spans of docs/claims.md, 9 more whole widths for 1 more false)
FULL_AND_PASSING = {
    "a reach kept whole": [
        (
            "He then undertook to keep the full 200 feet if the company could work the ridge "
            "at night.",
            [(0.06096, 0.06096, D, S)],
        ),
    ],
    "(not this kind) the whole length of a thing": [
        ("Lane L7 runs the full 640 m length of the Quay.", []),
        ("The scaffold will eventually climb the full 96 metres of the tower.", []),
        ("Is the river itself demilitarised along its full 380 km?", []),
    ],
    "wherever a way passes within a figure": [
        (
            "Footpaths FP7 and FP9 shall be closed by banksmen wherever they pass within 300 m "
            "of the face.",
            [(0.3, 0.3, D, S)],
        ),
        (
            "Airboats passing within 1,000 feet of the rookery shall proceed at idle speed.",
            [(0.3048, 0.3048, D, S)],
        ),
    ],
    "a distance kept away": [
        (
            "Wake surfers will have to keep their boats 200 feet away from docks and swimmers.",
            [(0.06096, 0.06096, D, S)],
        ),
        (
            "We have asked every vessel to stay at least half a mile away from her.",
            [(0.804672, 0.804672, D, S)],
        ),
    ],
    "(not this kind) how far off a place is": [
        ("Minibuses ran from the crossing to Luhansk, some 15 km away.", []),
        ("Protests remain lawful in Tessel Square, which is about 600 metres away.", []),
        ("He must stay 300 feet away from her.", []),
    ],
    "(not this kind) where one way runs": [
        (
            "The B6271 between Keldby and Hawes End, which passes within half a mile of the "
            "face, is to be closed to traffic.",
            [],
        ),
        ("The Orle bypass, 14 kilometres long, passes within 300 metres of the church roost.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
test_full_and_passing = rows_test(width_rows(FULL_AND_PASSING), widths, rounded)
