"""Kinds of wording behind the misses of field-holdout-418 to -421.

- "is about 180 kilometres long and varies from 3.3 metres in width in parts of old Nicosia to
  7.4 kilometres near Athienou": a width that varies, named right after its first figure.
- "the Rio de la Plata too, an estuary up to 220 kilometres wide at its mouth": how wide a body of
  water named in apposition is.
- "a moving exclusion zone extending 300 m ahead of and 300 m astern of the vessel": one width
  each way.
- "a radius of about 400 yards around the van, but as the size of the device became clear that
  cordon was superseded": the figure's zone ended later in its sentence.
"""

from __future__ import annotations

from claimrows import MI, D, P, S, T, rounded, rows_test, widths

SU = "superseded"

VARIES_IN_WIDTH = [
    (
        "The buffer zone which UNFICYP controls across the island is about 180 kilometres long "
        "and varies from 3.3 metres in width in parts of old Nicosia to 7.4 kilometres near "
        "Athienou.",
        [(0.003, 7.4, T, S)],
    ),
]

WIDTH_OF_WATER = [
    (
        "Courts held that the strip applied along the Rio de la Plata too, an estuary up to 220 "
        "kilometres wide at its mouth.",
        [],
    ),
    # a strip along a bay keeps its width
    (
        "A strip along the bay, 50 metres wide, is kept free of buildings.",
        [(0.05, 0.05, T, S)],
    ),
]

AHEAD_AND_ASTERN = [
    (
        "While under way the barge is escorted inside a moving exclusion zone extending 300 m "
        "ahead of and 300 m astern of the vessel.",
        [(0.3, 0.3, P, S)],
    ),
]

THAT_CORDON_ENDED = [
    (
        "Officers first began moving people out of a radius of about 400 yards around the van, "
        "but as the size of the device became clear that cordon was superseded and the "
        "evacuation pushed out to half a mile.",
        [(0.366, 0.366, D, SU), (0.5 * MI, 0.5 * MI, D, S)],
    ),
]

test_varies_in_width = rows_test(VARIES_IN_WIDTH, widths, rounded)
test_width_of_water = rows_test(WIDTH_OF_WATER, widths, rounded)
test_ahead_and_astern = rows_test(AHEAD_AND_ASTERN, widths, rounded)
test_that_cordon_ended = rows_test(THAT_CORDON_ENDED, widths, rounded)
