"""Kinds of narrative behind the status misses of the twenty-third blind set.

Like ``test_claims_status_21.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
compromise one side took and the other refused, a side that would accept
nothing less than its own figure, a fate told past a line cut without a stop,
a demand to be made again, figures a newer rule replaced together, a figure the
answer says was never put forward) and not
one sentence. Only the fate is checked (a figure's km and status), not what
it measures. The guards are live figures that look alike and must stay as
they are.
"""

from __future__ import annotations

from claimrows import DR, MI, PR, RJ, SU, S, fated, fates, rows_test, width_rows

KINDS = {
    "a compromise one side took and the other refused": [
        (
            "At the fourth meeting the mediators found a compromise of 7 kilometres on each "
            "side, which our cabinet approved but the assembly in Dorn voted down.",
            [(7, 7, RJ)],
        ),
        (
            "There was then a compromise figure of four miles on either bank, which Pellan "
            "accepted and Torvik refused.",
            [(4 * MI, 4 * MI, RJ)],
        ),
    ],
    "a side that would accept nothing less than its own figure": [
        (
            "The rebels said they would not accept anything less than a 25 km zone.",
            [(25, 25, PR)],
        ),
        (
            "Their envoy told us Morvia could never accept fewer than 9 miles of buffer.",
            [(9 * MI, 9 * MI, PR)],
        ),
    ],
    "a fate told past a line cut without a stop": [
        (
            "3. NORTH SIDE OPENED BY DEMANDING A PULLBACK OF 8 KM ON EACH SIDE. SOUTH OFFERED\n"
            "TWO. BOTH PROPOSALS\n"
            "DROPPED WHEN THE ENVOY ARRIVED.\n",
            [(8, 8, DR), (2, 2, DR)],
        ),
    ],
    "a demand to be made again": [
        (
            "THE NORTH FIRST DEMANDED A 12 KM ZONE; THIS WAS DROPPED AT THE SECOND MEETING.\n"
            "4. THE NORTH MAY ASK AGAIN FOR THE 12 KM IF THE SHELLING GOES ON.",
            [(12, 12, DR), (12, 12, DR)],
        ),
    ],
    "figures a newer rule replaced together": [
        (
            "Before 1998 the provinces set their own fishing zones, and most kept trawlers out "
            "of a belt of 6 km from the shore. The 1998 decree swept away all of these limits "
            "and fixed one zone of 10 km from the shore.",
            [(6, 6, SU), (10, 10, S)],
        ),
    ],
    "a figure the answer says was never put forward": [
        (
            "REPORTER: Did your generals want a belt of 30 km on their side alone?\n\n"
            "MINISTER: The army drew up such a plan. We never took it to the talks, and it was "
            "never proposed.",
            [],
        ),
    ],
}

GUARDS = {
    "something else than the figure never put forward": [
        (
            "REPORTER: Is the belt 30 km deep on their side alone?\n\nMINISTER: Yes, as "
            "signed. A curfew in the belt was discussed too, but it was never proposed.",
            [(30, 30, S)],
        ),
    ],
    "a compromise taken by both, a plan accepted": [
        (
            "At the fourth meeting the mediators found a compromise of 7 kilometres on each "
            "side, which both cabinets approved.",
            [(7, 7, S)],
        ),
    ],
    "a line cut past a demand whose next sentences tell no fate": [
        (
            "3. NORTH SIDE OPENED BY DEMANDING A PULLBACK OF 8 KM ON EACH SIDE. TALKS\n"
            "CONTINUE TOMORROW IN THE\n"
            "OLD CUSTOMS HOUSE.\n",
            [(8, 8, PR)],
        ),
    ],
    "a figure refused outright": [
        ("The rebels would not accept a 25 km zone.", [(25, 25, RJ)]),
    ],
    "a newer rule that replaced something else": [
        (
            "Before 1998 the provinces set their own fishing zones, and most kept trawlers out "
            "of a belt of 6 km from the shore. The 1998 decree replaced these old licences "
            "with permits.",
            [(6, 6, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
