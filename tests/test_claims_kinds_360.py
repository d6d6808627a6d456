"""A bare mile that repeats a figure given in nautical miles, and a depth after a width.

- "for 24 nautical miles around Diego Garcia ... the 24-mile ring": the bare mile after the
  same figure in nautical miles is that figure again, even when a headline gave it bare
  before, and even in the air, where bare miles otherwise stay statute miles. A bare mile
  the text gives before its nautical figure, on land, stays a statute mile.
- "some 250 metres wide along the quay; the least depth in the channel at low water is 7.2
  metres": the depth of the water is not the width varying along the ground.
- "Nobody in this ministry proposed one kilometre": a denial with a few words after its
  "nobody" still says the figure was never put forward, here and in the question before it.
"""

from __future__ import annotations

from claimrows import MI, NMI, D, S, T, rounded, rows_test, width_rows, widths

KINDS = {
    "a bare mile after the same figure in nautical miles": [
        (
            "Chagos handed over, but a 24-mile ring stays around the base\n\nLONDON - At the "
            "heart of the treaty is a buffer zone: for 24 nautical miles around Diego Garcia "
            "nothing may be built or moored. An official said the 24-mile ring was what the "
            "base needs.",
            [(24 * NMI, 24 * NMI, D, S), (24 * NMI, 24 * NMI, D, S)],
        ),
        (
            "PRESENTER: The airfield has a ten-nautical-mile radius closed to drones. So the "
            "ten-mile circle stays?\nMINISTER: It stays.",
            [(10 * NMI, 10 * NMI, D, S)],
        ),
        (
            "Hunters must keep 5 miles from the lodge. Boats keep 5 nautical miles off the coast.",
            [(5 * MI, 5 * MI, D, S), (5 * NMI, 5 * NMI, D, S)],
        ),
    ],
    "the depth of the water after a width": [
        (
            "The buffer at Qasr Bahri is some 250 metres wide along the quay; the least depth "
            "in the channel at low water is 7.2 metres.",
            [(0.25, 0.25, T, S)],
        ),
        (
            "The strip is 1.5 miles across along the marshes; in the foothills it reaches 6 km.",
            [(1.5 * MI, 6, T, S)],
        ),
    ],
    "a denial with words after its nobody": [
        (
            "QUESTION: There are reports the army first wanted only one kilometre.\n\n"
            "MORAVEK: I have seen nothing of the kind. Nobody in this ministry proposed one "
            "kilometre.",
            [],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
