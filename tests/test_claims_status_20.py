"""Kinds of narrative behind the status misses of the twentieth blind set.

Like ``test_claims_status_19.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
refusal opened with "Nor do we accept", the figure of a rule before a change
told as past, a title before the name of whoever tells a proposal's end, a
refusal to endorse a zone of the kind proposed, a side coming down from its own
figure, a figure named back later by its size and ended) and not one sentence.
Only the fate is checked (a figure's km and status), not what it measures.
The guards are live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, FT, MI, NMI, PR, RJ, SU, S, fated, fates, rows_test, width_rows

KINDS = {
    "a refusal opened with 'Nor do we accept'": [
        (
            "Nor does the Board accept the applicant's argument that a cordon of 300 metres "
            "around the quarry is needed.",
            [(0.3, 0.3, RJ)],
        ),
        (
            "Nor could we accept the ministry's proposal of a 12 km belt along the coast.",
            [(12, 12, RJ)],
        ),
    ],
    "the figure of a rule before a change told as past": [
        (
            "Until the 2019 revision, the no-fly area extended 8 km around the prison.",
            [(8, 8, SU)],
        ),
        (
            "Prior to its expansion the reserve reached 12 nautical miles from the coast.",
            [(12 * NMI, 12 * NMI, SU)],
        ),
        (
            "Before last year's amendments, the exclusion zone reached 4 km from the wells.",
            [(4, 4, SU)],
        ),
    ],
    "a title before the name of whoever tells a proposal's end": [
        (
            "Dr. Ilves suggested a ring of 800 metres around the vent. Prof. Tamm said it had "
            "been dropped after the first survey.",
            [(0.8, 0.8, DR)],
        ),
        (
            "Gen. Oduya proposed a belt of 15 km along the ridge. Maj. Kirui replied that it "
            "was rejected by the council.",
            [(15, 15, RJ)],
        ),
    ],
    "a refusal to endorse a zone of the kind proposed": [
        (
            "Kigali has long demanded a buffer 10 miles deep along the lake. Kinshasa refused "
            "to endorse a Rwandan-run zone along the whole shore, and talks stalled.",
            [(10 * MI, 10 * MI, RJ)],
        ),
    ],
    "a side coming down from its own figure": [
        (
            "In the first session we proposed 8 km on each side of the canal. The other "
            "delegation thought that too much for its villages, and we came down.",
            [(8, 8, DR)],
        ),
        (
            "At first they asked for 20 km on each side. The mediator called that "
            "unrealistic, and they came down.",
            [(20, 20, DR)],
        ),
    ],
    "a figure named back later by its size with its rule, and ended": [
        (
            "The tribunal granted a setback of 300 feet from the creek. The other claims were "
            "dismissed. The 300-foot setback was later overturned by the Supreme Court.",
            [(300 * FT, 300 * FT, RJ), (300 * FT, 300 * FT, RJ)],
        ),
        (
            "The magistrate imposed a cordon of 2 km around the depot. On appeal, the 2 km "
            "cordon was quashed.",
            [(2, 2, SU), (2, 2, SU)],
        ),
    ],
}

GUARDS = {
    "a later sentence that ends another figure, or upholds this one": [
        (
            "The magistrate imposed a cordon of 2 km around the depot. On appeal, the 5 km cordon "
            "was quashed.",
            [(2, 2, S), (5, 5, SU)],
        ),
        (
            "The magistrate imposed a cordon of 2 km around the depot. On appeal, the 2 km "
            "cordon was upheld.",
            [(2, 2, S), (2, 2, S)],
        ),
    ],
    "a submission accepted, 'nor' that refuses nothing": [
        (
            "We accept the applicant's argument that a cordon of 300 metres around the quarry "
            "is needed.",
            [(0.3, 0.3, S)],
        ),
        ("Nor does the 5 km zone around the lake change in winter.", [(5, 5, S)]),
    ],
    "a change still to come, a change to something else": [
        (
            "Before the amendment takes effect in May, the zone remains 20 km deep.",
            [(20, 20, S)],
        ),
        (
            "Until the amendment comes into force, a 5 km zone applies around the base.",
            [(5, 5, S)],
        ),
        (
            "Before the expansion of the airport, a 3 km exclusion zone was set around the runway.",
            [(3, 3, S)],
        ),
    ],
    "a title before a name that tells no end": [
        (
            "Gen. Oduya proposed a belt of 15 km along the ridge. Maj. Kirui said it was worth "
            "studying.",
            [(15, 15, PR)],
        ),
    ],
    "coming down that is no lowering of a figure": [
        ("They asked for 20 km on each side. Then the rain came down.", [(20, 20, S)]),
        (
            "Our team asked for a 4 km belt. Then we came down the valley and saw the damage.",
            [(4, 4, PR)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
