"""Widths that vary from place to place, and figures given with their conversion.

The rules already read "the zone varies from 2 km ... to 5 km" when the zone's noun stands
right before the verb. Reports also say it with the zone further back, or with other verbs:

- "The breadth of the cleared ground therefore varies from about 900 m ... to barely 300 m",
  "a noise setback from the quarry face which varies from 250 m ... to half a mile";
- "It reaches inland from the coast anything from 150 yards ... to three miles";
- "the setback runs from 20 ft for the smallest tanks to 60 ft for the largest", "it runs
  from 600 metres on the lake side to 2 km along the ridge, measured outward from the camp
  boundary";
- "the limit lies as little as about 4 km from the shrine ... and as much as about 11 km";
- a band told "from 30 out to 45 kilometres from the bridges".

A width said to vary from somewhere ("from the quarry face", "back from the border",
"measured outward from the camp boundary") is measured from that thing: a depth.

The look-alikes keep their reading: a range that is a width of its own, followed by another
width ("a corridor that varies: between 4 and 6 km wide ..., narrowing to about 2 km wide"),
and a thing that varies but is not a width (a population).

A figure followed by its conversion ("within 8 m (26 ft) of the site boundary", "within 2
miles (3.2 km) of the shore") is now put to the context model when no rule reads it, as a
figure without one is: it used to be left unread. Over the five spans of sets read with
models trained without them, that found 11 more whole widths for 2 more false ones.
"""

from __future__ import annotations

from claimrows import FT, MI, PR, YD, D, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a width that varies, its zone further back in the clause": [
        (
            "The breadth of the cleared ground therefore varies from about 900 m on the "
            "western spur to barely 300 m where the track meets the ravine.",
            [(0.3, 0.9, T, S)],
        ),
        (
            "The council has accepted a noise setback from the quarry face which varies from "
            "250 m at the east gate to half a mile at the west gate, where the school is.",
            [(0.25, 0.5 * MI, D, S)],
        ),
        (
            "Under the decree a buffer was cleared between the canal and the ridge, a strip "
            "that varies from about 3 km deep near Orsk to some 12 km in the south.",
            [(3, 12, D, S)],
        ),
    ],
    "anything from, runs from, as little as ... as much as": [
        (
            "The closed zone has no single width. It reaches inland from the coast anything "
            "from 150 yards in the harbour streets to three miles on the open heath.",
            [(150 * YD, 3 * MI, D, S)],
        ),
        (
            "Depending on the size of the store the setback runs from 20 ft for the smallest "
            "tanks to 60 ft for the largest.",
            [(20 * FT, 60 * FT, U, S)],
        ),
        (
            "The sanctuary's outer limit lies as little as about 4 km from the shrine in some "
            "directions and as much as about 11 km in others.",
            [(4, 11, D, S)],
        ),
    ],
    "it runs from one figure to another, measured from a thing": [
        (
            "Because of the terrain the perimeter is not uniform: it runs from 600 metres on "
            "the lake side to 2 km along the ridge, measured outward from the camp boundary.",
            [(0.6, 2, D, S)],
        ),
    ],
    "a band told with 'out to'": [
        (
            "The neutral belt runs from 30 out to 45 kilometres from the bridges.",
            [(30, 45, D, S)],
        ),
    ],
    "(not this kind) a range, then another width": [
        (
            "The envoys put forward a corridor that varies: between 4 and 6 km wide in the "
            "plain, narrowing to about 2 km wide where it crosses the pass.",
            [(4, 6, T, PR), (2, 2, T, PR)],
        ),
    ],
    "(not this kind) what varies is not a width": [
        (
            "The population of the zone varies from about 2,000 in winter to 9,000 in summer.",
            [],
        ),
    ],
}

CONVERTED = {
    "a figure and its conversion, read by the context model": [
        ("3. No pump shall stand within 8 m (26 ft) of the site boundary.", [(0.008, 0.008, D, S)]),
        ("(b) all transmitters within 4 km (2.5 mi), whatever their power;", [(4, 4, D, S)]),
        (
            "The Authority requires every dwelling within 2 miles (3.2 km) of the shore to be "
            "evacuated.",
            [(2 * MI, 2 * MI, D, S)],
        ),
    ],
    "(not this kind) a height and where a thing stands": [
        (
            "The tower is 120 metres (394 ft) tall and stands 3 km (about 2 miles) from the "
            "village.",
            [],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
test_converted = rows_test(width_rows(CONVERTED), widths, rounded)
