"""Kinds of wording behind the width misses of the twentieth blind set, in new phrasings.

Like ``test_claims_kinds_19.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep the zones beside them.
"""

from __future__ import annotations

from claimrows import D, S, T, rounded, rows_test, width_rows, widths

SU = "superseded"

KINDS = {
    "a reach inland: a depth from the coast": [
        ("Under the treaty the coastal strip could reach some 56 km inland.", [(56, 56, D, S)]),
        # (a rule told as it was before a change is superseded)
        ("Before the reform the border zone reached 20 km inland.", [(20, 20, D, SU)]),
        # look-alike: where a thing lies inland is no zone
        ("The fissure feeding the flow lies some 13 km inland.", []),
        # look-alike: a line's run inland from a place is its length
        (
            "A demilitarised strip 8 km wide runs along the frontier, which runs 140 km inland "
            "from the gulf.",
            [(8, 8, T, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
