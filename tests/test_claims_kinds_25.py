"""Kinds of wording behind the width misses of the twenty-fifth blind set, in new phrasings.

Like ``test_claims_kinds_21.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep what they are beside them.
"""

from __future__ import annotations

from claimrows import MI, D, S, T, rounded, rows_test, width_rows, widths

KINDS = {
    "a rule on all the land lying within a reach of a line: a depth from it": [
        (
            "No one may buy any property situated within 40 miles of the frontier or within "
            "10 miles of the sea.",
            [(40 * MI, 40 * MI, D, S), (10 * MI, 10 * MI, D, S)],
        ),
        (
            "By the decree of 1931, all ground lying within 25 km of the coasts could not be sold "
            "to foreigners.",
            [(25, 25, D, S)],
        ),
        # look-alike: where places lie is no rule
        (
            "All the villages lying within 20 km of the front, or within 5 km of the river, were "
            "shelled.",
            [],
        ),
        ("Our farm is land lying within 2 km of the river.", []),
    ],
    "a figure measured from the edge of a thing: a depth from it": [
        (
            "The new order sets the closed strip at 9 km measured from the outer edge of the "
            "salt marsh.",
            [(9, 9, D, S)],
        ),
        (
            "Fishing is closed within a belt of four miles, reckoned from the edge of the "
            "kelp bed.",
            [(4 * MI, 4 * MI, D, S)],
        ),
        # look-alike: a length measured from an edge is no zone
        ("The lake is 6 km long measured from the edge of the dam.", []),
    ],
    "a zone widened to a figure around things: a depth about them": [
        (
            "In the breeding months the closed belt widens to 12 km around the heron colonies.",
            [(12, 12, D, S)],
        ),
        ("The cordon was widened on Friday to 4 miles around Tarvel.", [(4 * MI, 4 * MI, D, S)]),
        # look-alike: a zone widened to a figure with a time after it stays a width across
        ("The corridor was widened to 3 km around noon.", [(3, 3, T, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
