"""Wordings read since field-holdout-259, with their look-alikes.

- a unit run into the word after it in extracted text ("50 feetwide in all", "Zone 15
  kmwide"), "rn" read for "m" after a figure ("within 3 rn of the edge"), and a line-end
  hyphen run back onto one line ("with-in 1.5 metres");
- "within 3 metres either side of a dropped kerb", "within 5 metres of an abandoned vehicle":
  a kerb or a vehicle, not a figure dropped or abandoned (while "The proposal of a 5 km zone
  was dropped" is);
- "15 metres before each tram stop and 15 metres beyond it", "a gap of 1 metre from any
  parking bay in front of it and behind it": one figure on both sides of a thing, per side
  (not "within 20 metres before a safety zone or within 10 metres after it", two figures);
- "Sunbeds must be at least 4.5 metres apart", "would have set the umbrellas 5 metres apart
  ... and 4.5 metres apart within a row": a spacing a rule sets, the whole gap (not "The two
  villages are 5 km apart", how far two places lie);
- a figure's fate told right after it: "the 100-metre proposal being withdrawn", "We looked
  at two metres and we refused it", a resolution's "be noted but not adopted";
- "The missile has a 300 km radius and the older one a 200 km radius": a weapon's reach;
- "a clear path of at least 1.5 metres" is how wide a way is kept, not a belt cleared;
  "keep 4 metres clear on either side of the centre line, 8 metres of clear carriageway in
  all": each side's, and the whole;
- "a 150 m buffer from all dwellings", "a buffer of 500 yards to be kept clear outside the
  fence", "a protection margin of 5 metres measured back from the edge of the lawn": a zone
  on one side of a thing, a depth;
- OCR: "WlDE lN ALL" (an "l" opening a word in capitals) and "at least l m from".
"""

from __future__ import annotations

from claimrows import DR, NMI, RJ, YD, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a unit run into the next word, 'rn' for 'm', a hyphen run on": [
        ("A buffer 50 feetwide in all shall be kept along the stream.", [(0.01524, 0.01524, T, S)]),
        ("The Buffer Zone 15 kmwide shall be kept clear of troops.", [(15, 15, T, S)]),
        ("No digging within 3 rn of the open edge of the excavation.", [(0.003, 0.003, D, S)]),
        ("No scaffold may stand with-in 1.5 metres of any parapet.", [(0.0015, 0.0015, D, S)]),
    ],
    "a dropped kerb, an abandoned vehicle": [
        (
            "Cars may not stop within 3 metres either side of a dropped kerb.",
            [(0.003, 0.003, P, S)],
        ),
        (
            "No stall may stand within 5 metres of an abandoned vehicle.",
            [(0.005, 0.005, D, S)],
        ),
    ],
    "(not this kind) a figure dropped": [
        ("The proposal of a 5 km zone was dropped.", [(5, 5, U, DR)]),
    ],
    "one figure before a thing and beyond it, in front of it and behind it": [
        (
            "Cars may not stop 15 metres before each tram stop and 15 metres beyond it.",
            [(0.015, 0.015, P, S)],
        ),
        (
            "A parklet shall keep a gap of 1 metre from any parking bay in front of it and "
            "behind it, the 1-m end buffers being marked in white.",
            [(0.001, 0.001, P, S), (0.001, 0.001, P, S)],
        ),
    ],
    "(not this kind) two figures before and after": [
        (
            "Drivers must not stop within 20 metres before a safety zone or within 10 metres "
            "after it.",
            [(0.02, 0.02, D, S), (0.01, 0.01, D, S)],
        ),
    ],
    "a spacing a rule sets": [
        ("Sunbeds must be at least 4.5 metres apart within a row.", [(0.0045, 0.0045, T, S)]),
        ("Hives must be sited at least 3 metres apart.", [(0.003, 0.003, T, S)]),
        (
            "The plan would have set the umbrellas 5 metres apart from one row to the next and "
            "4.5 metres apart within a row.",
            [(0.005, 0.005, T, S), (0.0045, 0.0045, T, S)],
        ),
    ],
    "(not this kind) how far apart two places lie": [
        ("The two villages are 5 km apart.", []),
        ("The two posts stand 2 km apart on the ridge.", []),
    ],
}

KINDS["a figure's fate told right after it"] = [
    (
        "After discussion members agreed a minimum spacing of 50 metres between pitches, the "
        "100-metre proposal being withdrawn.",
        [(0.05, 0.05, T, S), (0.1, 0.1, U, DR)],
    ),
    (
        "The zone was set at 5 km, the 10 km figure having been refused by the army.",
        [(5, 5, U, S), (10, 10, U, RJ)],
    ),
    (
        "The union had asked for a strip of two metres. We looked at two metres and we refused it.",
        [(0.002, 0.002, U, RJ), (0.002, 0.002, U, RJ)],
    ),
    (
        "RESOLVED: (a) that a 50-metre buffer be set; (c) the 100-metre buffer previously "
        "advised be noted but not adopted as a condition.",
        [(0.05, 0.05, U, S), (0.1, 0.1, U, RJ)],
    ),
]
KINDS["(not this kind) what a rule does to applications"] = [
    (
        "Any application to build within 2 km of the dam shall be refused.",
        [(2, 2, D, S)],
    ),
]
KINDS["(not this kind) a figure kept"] = [
    (
        "Boats must keep 200 metres from the pier and we enforce it strictly.",
        [(0.2, 0.2, D, S)],
    ),
]
KINDS["a weapon's radius"] = [
    ("The missile has a 300 km radius and the older one a 200 km radius.", []),
]
KINDS["(not this kind) a radius a rule sets"] = [
    ("No missiles may be deployed within a 300 km radius of the capital.", [(300, 300, D, S)]),
]
KINDS["a way kept clear, and how wide it is in all"] = [
    (
        "Cafe owners must leave a clear path of at least 1.5 metres for pedestrians.",
        [(0.0015, 0.0015, U, S)],
    ),
    (
        "Stewards will keep 4 metres clear on either side of the centre line of the road, 8 "
        "metres of clear carriageway in all.",
        [(0.004, 0.004, P, S), (0.008, 0.008, T, S)],
    ),
]
KINDS["(not this kind) a belt cleared"] = [
    ("The army will clear a belt 5 km deep along the border.", [(5, 5, D, S)]),
    ("The estate's trails, nine miles of them in all, opened last summer.", []),
]
KINDS["a zone named with its figure, on one side of a thing"] = [
    ("The permit requires a 150 m buffer from all dwellings.", [(0.15, 0.15, D, S)]),
    (
        "The order set a buffer of 500 yards to be kept clear outside the fence.",
        [(500 * YD, 500 * YD, D, S)],
    ),
    (
        "The Council has adopted a protection margin of 5 metres measured back from the edge of "
        "the lawn.",
        [(0.005, 0.005, D, S)],
    ),
]
KINDS["(not this kind) a corridor between places"] = [
    ("A 30 km corridor from the town to Latakia was agreed.", [(30, 30, U, S)]),
]
KINDS["OCR: 'l' for 'I' opening a word in capitals, 'l' for a lone one before a metre"] = [
    (
        "A CORRIDOR F0UR (4) NAUTlCAL MlLES WlDE lN ALL IS ESTABLISHED.",
        [(4 * NMI, 4 * NMI, T, S)],
    ),
    (
        "Beach huts must be set back at least l m from the toe of the sea wall.",
        [(0.001, 0.001, D, S)],
    ),
]

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
