"""Kinds of narrative behind the status misses of the nineteenth blind set.

Like ``test_claims_status_18.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
figure put forward and then judged needless or the wrong size, a rule whose
figure is discharged, quashed or annulled by the words after it, the old figure
of a change told as the subject of its sentence, a rule named by
its number alone and replaced before the clause that holds its figure, an aim
that holds a figure and is given up) and not one sentence.
Only the fate is checked (a figure's km and status), not what it measures.
The guards are live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, MI, NMI, PR, RJ, SU, S, fated, fates, rows_test, width_rows

KINDS = {
    "a figure put forward, then judged needless or the wrong size": [
        (
            "The coastguard had weighed a closure out to eight nautical miles around the "
            "wreck but judged it unnecessary once the oil stopped spreading.",
            [(8 * NMI, 8 * NMI, RJ)],
        ),
        (
            "The club had requested a clear area of 2 NM; the authority judged it excessive "
            "for model rockets.",
            [(2 * NMI, 2 * NMI, RJ)],
        ),
        (
            "The ministry had requested a 10 km buffer around the base; the commission deemed "
            "that buffer disproportionate.",
            [(10, 10, RJ)],
        ),
    ],
    "a rule whose figure is discharged, quashed or annulled after it": [
        (
            "The exclusion zone of 3 km around the site, set by the mayor in May, was annulled "
            "by the tribunal.",
            [(3, 3, SU)],
        ),
        (
            "3. The temporary safety zone of 800 metres around the stack, made by the order of "
            "4 March 2019, is quashed.",
            [(0.8, 0.8, SU)],
        ),
        (
            "The cordon of 400 metres around the embassy, imposed by the police on 3 July, is "
            "discharged.",
            [(0.4, 0.4, SU)],
        ),
        (
            "A buffer zone of 1 km around the clinic, created by the council bylaw of 2020, was "
            "quashed by the court.",
            [(1, 1, SU)],
        ),
    ],
    "the old figure of a change, told as the subject of its sentence": [
        (
            "The exclusion zone of 6 kilometres around the crater was extended on Monday to "
            "a radius of 9 kilometres as the tremors grew.",
            [(6, 6, SU), (9, 9, S)],
        ),
        (
            "The cordon of 2 miles around the barn was halved within the week to 1 mile.",
            [(2 * MI, 2 * MI, SU), (MI, MI, S)],
        ),
        (
            "The 30 km exclusion zone around the plant was enlarged in April to 50 km.",
            [(30, 30, SU), (50, 50, S)],
        ),
        (
            "The 15 km security belt along the frontier was narrowed after the talks to a "
            "strip of 5 km.",
            [(15, 15, SU), (5, 5, S)],
        ),
    ],
    "a rule named by its number alone, ended before the clause that holds its figure": [
        (
            "NOTAM C1044/24 CANCELS C0990/24, WHICH ESTABLISHED A DANGER AREA WI 5NM OF THE "
            "PLATFORM.",
            [(5 * NMI, 5 * NMI, SU)],
        ),
        (
            "Directive 7 supersedes D15/2019, under which no boat could come within 300 metres "
            "of the dam.",
            [(0.3, 0.3, SU)],
        ),
        (
            "The new bylaw repeals B7/2018, which kept an exclusion zone of 50 metres around "
            "the nesting beach.",
            [(0.05, 0.05, SU)],
        ),
    ],
    "an aim or goal that holds a figure, then given up": [
        (
            "The army's stated aim at the outset was to push the militias back 25 kilometres "
            "from the frontier; that aim was quietly abandoned in the spring.",
            [(25, 25, DR)],
        ),
        (
            "Their aim in the first week was a belt 8 km deep along the canal, the range of the "
            "enemy mortars. The aim was shelved when the rains came.",
            [(8, 8, DR)],
        ),
        (
            "Planners set themselves the goal of a clear zone 5 km deep around the airfield; "
            "that goal was scrapped after a week.",
            [(5, 5, DR)],
        ),
    ],
}

GUARDS = {
    "a figure put forward and judged sound, or a live figure judged too small": [
        (
            "The residents asked for a 2 km buffer around the plant, which the council "
            "considered reasonable.",
            [(2, 2, PR)],
        ),
        (
            "The exclusion zone of 5 km around the dump, which some experts judged too small, "
            "remains in force.",
            [(5, 5, S)],
        ),
    ],
    "a rule confirmed, a zone widened to places and not to a figure": [
        (
            "The safety zone of 500 metres around the platform, set by the order of 1 May, "
            "is confirmed.",
            [(0.5, 0.5, S)],
        ),
        (
            "The 20 km zone around the reactor was extended on Friday to the villages of the "
            "valley.",
            [(20, 20, S)],
        ),
    ],
    "a notice that replaces nothing and sets its own figure": [
        (
            "This notice replaces nothing; it sets a danger area within 6NM of the range.",
            [(6 * NMI, 6 * NMI, S)],
        ),
    ],
    "an aim that holds a figure and is still pursued": [
        (
            "The government's aim is to clear a belt 20 kilometres deep north of the border; "
            "that aim has wide support.",
            [(20, 20, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
