"""A list of figures by class that says once where they lie, and a whole after its half.

- "The distance is 4 metres for lines up to 20 kV, 9 m for 66 kV and 18 m for 400 kV, on
  each side": every figure of the list lies on each side of the line, the first one too.
- "Eight miles on each side, sixteen in all": the bare "sixteen" is the whole, in the unit
  of the figure before it.

And a "from ... to" that names nothing after "to" once the sentence is cut is no route
(it used to stop the reader with an error).
"""

from __future__ import annotations

from claimrows import MI, P, S, T, rounded, routes, rows_test, width_rows, widths

KINDS = {
    "a list by class, on each side": [
        (
            "The protection strip lies between two lines drawn out from the outer wires. The "
            "distance is 4 metres for lines up to 20 kV, 9 m for 66 kV and 18 m for 400 kV, "
            "on each side.",
            [(0.004, 0.004, P, S), (0.009, 0.009, P, S), (0.018, 0.018, P, S)],
        ),
    ],
    "a whole after its half, its unit left out": [
        (
            '"Eight miles on each side, sixteen in all, and nobody is happy," said the mediator.',
            [(8 * MI, 8 * MI, P, S), (16 * MI, 16 * MI, T, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_from_with_nothing_after_its_to_is_no_route():
    text = (
        "Orlen and Tavra agree road corridor, stall on river line\n\n"
        "VIENNA, May 2 (Wire) - Negotiators from Orlen and Tavra agreed on Monday to open a "
        "supervised corridor across the lines for the exchange of prisoners, but made no "
        "progress on the river, diplomats said."
    )
    assert routes(text) == []
