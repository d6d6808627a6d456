"""A bare mile that repeats a figure given in nautical miles, and a depth after a width.

- "for 24 nautical miles around Diego Garcia ... the 24-mile ring": the bare mile after the
  same figure in nautical miles is that figure again, even when a headline gave it bare
  before, and even in the air, where bare miles otherwise stay statute miles. A bare mile
  the text gives before its nautical figure, on land, stays a statute mile.
- "some 250 metres wide along the quay; the least depth in the channel at low water is 7.2
  metres": the depth of the water is not the width varying along the ground.
- "6 nautical miles from the low-water line ... 2 statute miles off the patrol line ... The
  6-mile zone": naming statute miles once keeps the other bare miles as they are, but not one
  whose figure was given in nautical miles.
- "40 KM lNSlDE TREVENlAN TERRlT0RY": an l among capitals is an I misread, also more than one
  in a word and with a 0 read for an O beside it.
- "Each Party shall keep a strip 3 km wide on its own side of the boundary": as wide as each
  party's part, a width on each side (one owner's strip "wide on its own side" stays whole).
- "said no one should enter an area within 8 km of the crater": "said no one" is no refusal.
- "we looked at 1 km", "turned down the mayors' 7 km": a figure only looked at, or turned
  down by whose it was, and refused, is asked for bare, like one offered.
- "An outer ring runs from 10 to 30 km from the site": a band a ring runs over, counted out
  from the place named after it.
- "a strip of 1 km on each side of the line, and ... an inner cordon of 250 yards around the
  crater": the sides the figure before said of itself are not the cordon's.
- "Nobody in this ministry proposed one kilometre": a denial with a few words after its
  "nobody" still says the figure was never put forward, here and in the question before it.
"""

from __future__ import annotations

from claimrows import MI, NMI, RJ, YD, D, P, S, T, U, rounded, rows_test, width_rows, widths

from geozone.claims.text import normalise

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
    "statute miles named elsewhere": [
        (
            "1. A maritime exclusion zone extends 6 nautical miles from the low-water line of "
            "Cayo Largo.\n\n2. Fishing craft shall keep at least 2 statute miles off the patrol "
            "line, on either side of it.\n\n6. The 6-mile zone will be marked by yellow buoys.",
            [(6 * NMI, 6 * NMI, D, S), (2 * MI, 2 * MI, P, S), (6 * NMI, 6 * NMI, D, S)],
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
    "each party's strip, wide on its own side": [
        (
            "Each Party shall keep a launch safety strip 3 km wide on its own side of the "
            "boundary, making a 6 km zone in all.",
            [(3, 3, P, S), (6, 6, T, S)],
        ),
        (
            "A strip 30 metres wide on its own side of the boundary is cleared by the owner.",
            [(0.03, 0.03, T, S)],
        ),
    ],
    "said no one": [
        (
            "CONRED said no one should enter an area within 8 km of the crater.",
            [(8, 8, D, S)],
        ),
    ],
    "a figure looked at or turned down, and refused": [
        (
            "The mayors asked for 7 km. The Government turned down the mayors' 7 km. "
            "It settled on a zone of 4 km around the crater.",
            [(7, 7, U, RJ), (7, 7, U, RJ), (4, 4, D, S)],
        ),
        (
            "The board asked for something smaller, and we looked at 1 km. In the end the break "
            "is 2 km deep around the town.",
            [(1, 1, U, RJ), (2, 2, D, S)],
        ),
    ],
    "a band a ring runs over": [
        ("An outer ring runs from 10 to 30 km from the site.", [(10, 30, D, S)]),
    ],
    "the sides of the figure before": [
        (
            "It was replaced overnight by a strip of 1 km on each side of the line, and police "
            "are keeping everyone out of an inner cordon of 250 yards around the crater.",
            [(1, 1, P, S), (250 * YD, 250 * YD, D, S)],
        ),
        ("On both sides of the line, to a depth of 5 km, no guns may stand.", [(5, 5, P, S)]),
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


def test_an_l_among_capitals_is_an_i():
    text = (
        "F0RCES T0 WITHDRAW 4O KM lNSlDE TREVENlAN TERRlT0RY. A T0TAL 0F l0 KM 0F RlVER C0RRlD0R."
    )
    norm = normalise(text).norm
    assert norm == (
        "FORCES TO WITHDRAW 40 KM INSIDE TREVENIAN TERRITORY. A TOTAL OF 10 KM OF RIVER CORRIDOR."
    )
