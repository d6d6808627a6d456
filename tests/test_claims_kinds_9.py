"""Kinds of wording behind the misses of the ninth blind set, each in new phrasings.

Like ``test_claims_kinds_8.py``: every text was written for this test, in
other units, word orders, numbers in words and damaged text, so that a rule
must read the kind (one figure for each of two banks, a move back from each
side's own positions, a numbered road as the line, a zone of separation or
one said next to be shared out, one bank only, a pair told as "west of the
fence ... to its east", a band "between two figures of the line", distances
in cables, a proposal given up or never accepted) and not one sentence. A
row gives the widths a careful reader finds: (min km, max km, semantics,
status), where status is the ``proposal`` field or "stated".
"""

from __future__ import annotations

from claimrows import (
    DR,
    MI,
    NMI,
    PR,
    RJ,
    YD,
    D,
    P,
    S,
    T,
    U,
    references,
    report_deadlines,
    rounded,
    rows_test,
    width_rows,
    widths,
)

CABLE = NMI / 10
"""A cable's length at sea, in km."""

KINDS = {
    "one figure for each of two banks or shores of one water": [
        ("The demilitarised strip reaches 900 yards from the east bank and 600 yards from the "
         "west bank of the Orra.", [(900 * YD, 900 * YD, P, S), (600 * YD, 600 * YD, P, S)]),
        ("Arlen's troops pull back two kilometres from their shore, ours two kilometres from "
         "our shore.", [(2, 2, P, S)]),
        ("FORCES STAND BACK l,5OO METRES FR0M THE N0RTH BANK AND 1,0OO METRES FR0M THE S0UTH "
         "BANK.", [(1.5, 1.5, P, S), (1, 1, P, S)]),
        ("Along the Pell the Tarn units stand back 800 m from the southern bank and the Orm "
         "units 800 m from the northern bank.", [(0.8, 0.8, P, S)]),
    ],
    "a move back from each side's own or present positions": [
        ("Both armies will withdraw 4 km from their present forward positions.", [(4, 4, D, S)]),
        ("THE TWO SIDES TO FALL BACK 800 M FROM THEIR CURRENT POSITIONS.", [(0.8, 0.8, D, S)]),
        ("Each Party may station sentries within fifty (50) metres of its own defence localities.",
         [(0.05, 0.05, D, S)]),
    ],
    "a numbered road as the line a zone is drawn about": [
        ("Armed men are to keep two miles away from the M4 on both sides.",
         [(2 * MI, 2 * MI, P, S)]),
        ("NO PATROLS WITHIN 2 KM 0F THE A-40 0N EITHER SIDE.", [(2, 2, P, S)]),
        ("Guns stay ten kilometres back from the E45 on each side.", [(10, 10, P, S)]),
    ],
    "a zone of separation, or a zone said next to be shared out": [
        ("Under article 2 a zone of sepa- ration of 800 metres is created.", [(0.8, 0.8, T, S)]),
        ("The armies are kept apart by an area of separation of at least two miles.",
         [(2 * MI, 2 * MI, T, S)]),
        ("The accord sets up a buffer of six miles. The buffer will be split evenly between the "
         "two states.", [(6 * MI, 6 * MI, T, S)]),
        ("The truce line gets a buffer zone of 4 km. It will be divided in two, half for each "
         "army.", [(4, 4, T, S)]),
    ],
    "a zone on one bank or shore only": [
        ("Their first draft asked for a zone of 8 miles on the western shore alone.",
         [(8 * MI, 8 * MI, D, PR)]),
        ("The plan wanted a buffer of 5 km on the southern bank only.", [(5, 5, D, PR)]),
        ("They sought a zone of four kilometres on the left bank only.", [(4, 4, D, PR)]),
    ],
    "a pair told as one direction of a line, then the other 'to its' side": [
        ("Tarn units will withdraw 4 km to the north of the ridge, while Orm units pull back "
         "4 km to its south.", [(4, 4, P, S)]),
        ("Our army moves back two miles east of the fence and theirs two miles to its west.",
         [(2 * MI, 2 * MI, P, S)]),
        ("Red forces fall back 1,200 m west of the canal; Blue forces withdraw 1,200 m to its "
         "east.", [(1.2, 1.2, P, S)]),
    ],
    "one direction of a line, then the other with the figure alone or repeated": [
        ("The zone is divided equally: 4.5 kilometres to the north of the crest line, and 4.5 "
         "to the south.", [(4.5, 4.5, P, S)]),
        ("The belt runs two miles to the east of the wire and two miles to the west.",
         [(2 * MI, 2 * MI, P, S)]),
        ("THE STRIP: 800 M TO THE S0UTH 0F THE CANAL AND 800 M T0 THE N0RTH.",
         [(0.8, 0.8, P, S)]),
    ],
    "a band between two figures 'of' the line": [
        ("Fishing is banned between 2 and 6 nautical miles of the coast line on either side.",
         [(2 * NMI, 6 * NMI, P, S)]),
        ("No heavy guns between five and twelve kilometres of the border on both sides.",
         [(5, 12, P, S)]),
        ("Troops are barred between 1 and 3 miles of the railway on each side.",
         [(MI, 3 * MI, P, S)]),
    ],
    "distances in cables": [
        ("The zone extends 3 cables on each side of the channel.", [(3 * CABLE, 3 * CABLE, P, S)]),
        ("Vessels keep 8 cables from the pipeline on either side.", [(8 * CABLE, 8 * CABLE, P, S)]),
        ("Ships keep two cables' length from the buoy line on each side.",
         [(2 * CABLE, 2 * CABLE, P, S)]),
    ],
    "a proposal given up by those who made it, or never accepted by the others": [
        ("Orm asked for a 6-mile strip but later gave its demand up.", [(6 * MI, 6 * MI, U, DR)]),
        ("The buffer is 2 km wide. Tarn wanted five kilometres; by June they had given the "
         "figure up.", [(2, 2, T, S), (5, 5, U, DR)]),
        ("Dorn's counter-offer, troops 3 km back each way, was never accepted by Tarn.",
         [(3, 3, P, RJ)]),
        ("Our proposal, a zone of 900 metres on each bank, was never approved by the other side.",
         [(0.9, 0.9, P, RJ)]),
    ],
}  # fmt: skip


test_kinds = rows_test(width_rows(KINDS), widths, rounded)


# (report text, [reference of each width]): the line a width is measured from
REFERENCES = [
    # a bank of a river named before: the river
    ("Along the Vessa river the zone shall extend 1,200 yards from the right bank and 800 yards "
     "from the left bank.", ["Vessa", "Vessa"]),
    ("Along the Lune the Tarn units stand back 800 m from the southern bank and the Orm units "
     "900 m from the northern bank.", ["Lune", "Lune"]),
    ("The Orra river forms the border. Tarn units will move back a mile from their bank, ours "
     "a mile from our bank.", ["Orra"]),
    # each side's own or present positions
    ("BOTH FORCES TO PULL BACK 3 KM FROM THEIR PRESENT FORWARD POSITIONS.",
     ["present forward positions"]),
    ("Each Party may station sentries within fifty (50) metres of its own defence localities.",
     ["own defence localities"]),
    ("The two armies will move back two miles from their current positions.",
     ["current positions"]),
]  # fmt: skip


test_references = rows_test(REFERENCES, references)


# (report text, [(date or None, relative words or None), ...])
DEADLINES = [
    # a broadcast, an airing or a filing date labels the report: "the end of June" is that year's
    ("BORN RADIO\nAired 4 May 2024, 18:00. Interview with the minister.\n\nThe pull-back must be "
     "over by the end of June.", [("2024-06-30", None)]),
    ("EVENING NEWS\nBroadcast: 12 March 2021\n\nThe zone is to be cleared by the end of April.",
     [("2021-04-30", None)]),
    ("Filed 2 October 2019 by our correspondent.\n\nTroops leave the strip by the end of "
     "November.", [("2019-11-30", None)]),
]  # fmt: skip


test_deadlines = rows_test(DEADLINES, report_deadlines)
