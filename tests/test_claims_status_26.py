"""Fates of the kinds field-holdout-26 and -27 brought, with look-alikes.

Each row failed before the reader was tuned on those two sets; each
look-alike reads as it did.
"""

from __future__ import annotations

from claimrows import DR, NMI, RJ, D, P, S, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a refusal tied to the figure by 'which', whatever put it forward": [
        (
            "The delegations agreed on 1,500 metres on each side. In the second round Brolland "
            "moved to a kilometre each side, which we also turned down.",
            [(1.5, 1.5, P, S), (1, 1, P, RJ)],
        ),
    ],
    "answers and asks in talks, overtaken by the figure in the text": [
        (
            "The two delegations agreed that both sides will pull back 1,500 metres from the "
            "line. Our delegation went in asking for three kilometres on each side. Brolland's "
            "first answer was 500 metres, and only on our side of the line. We said no to that, "
            "naturally. The figure in the text, one and a half kilometres, sits between the two "
            "positions.",
            [(1.5, 1.5, P, S), (3, 3, P, DR), (0.5, 0.5, D, RJ), (1.5, 1.5, P, S)],
        ),
    ],
    "a demand for the full figure, dropped in a sentence run into it": [
        (
            "Each party measures its territorial sea to 3 nautical miles from its baselines. "
            "Chile had pressed for the full twelve miles.Neither insistence survived the final "
            "round.",
            # (the twelve miles only pressed for and given up: no measure of its own)
            [(3 * NMI, 3 * NMI, D, S), (12 * NMI, 12 * NMI, U, DR)],
        ),
    ],
    "a figure named as a contention, refused right before it": [
        (
            "The zone extends 4 sea miles seaward of the base-lines. The Court rejected the "
            "three-mile contention as applied to so broken a coast.",
            [(4 * NMI, 4 * NMI, D, S), (3 * NMI, 3 * NMI, D, RJ)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
