"""Kinds of wording behind the misses of the seventh blind set, each in new phrasings.

Like ``test_claims_kinds_more.py``: every text was written for this test,
in other units, word orders, numbers in words and damaged text, so that a
rule must read the kind (a line that is a plateau's rim, a move by one side
alone, a refusal that names an earlier figure again, a directional pair with
each side named in between ...) and not one sentence. A row gives the widths
a careful reader finds: (min km, max km, semantics, status), where status is
the ``proposal`` field or "stated".
"""

from __future__ import annotations

from claimrows import (
    DR,
    MI,
    NMI,
    PR,
    RJ,
    SU,
    YD,
    D,
    P,
    S,
    T,
    U,
    deadlines,
    report_date,
    rounded,
    routes,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a line that is a rim, an escarpment, marker stones or the zone of separation": [
        (
            "Both armies shall keep their tanks at least 15 km from the rim of the plateau.",
            [(15, 15, P, S)],
        ),
        (
            "Each side is to hold its guns eight miles back from the escarpment.",
            [(8 * MI, 8 * MI, P, S)],
        ),
        ("Troops will withdraw 3 km from the boundary stones on both sides.", [(3, 3, P, S)]),
        (
            "No armour is allowed between 4 and 9 km from the zone of separation on either side.",
            [(4, 9, P, S)],
        ),
        (
            "Patrol craft of both navies stay 2 nautical miles from the seaward extension of the "
            "boundary on each side.",
            [(2 * NMI, 2 * NMI, P, S)],
        ),
        ("The village of Orm, which lies 12 km from the rim, was shelled.", []),
    ],
    "scanned thousands and a joining word run into a figure": [
        (
            "The strip sha1l extend l,OOO yards on either side of the line.",
            [(1000 * YD, 1000 * YD, P, S)],
        ),
        ("THE BELT SHALL EXTEND l,5OO METRES EACH SIDE OF THE LINE.", [(1.5, 1.5, P, S)]),
        ("Guns are barred between 5and 15 km from the line on each side.", [(5, 15, P, S)]),
        ("The zone will be from 2to 4 kilometres wide.", [(2, 4, T, S)]),
    ],
    "vessels or boats of either flag, of both navies": [
        (
            "Trawlers of either flag are to keep 3 miles from the median line.",
            [(3 * MI, 3 * MI, P, S)],
        ),
        ("WARSHIPS OF BOTH NAVIES TO STAY l0 NM CLEAR OF THE LINE.", [(10 * NMI, 10 * NMI, P, S)]),
        ("Boats flying either flag must remain 500 metres from the buoy line.", [(0.5, 0.5, P, S)]),
    ],
    "the width of a named zone is a figure": [
        ("Total width of the DMZ is 4 km.", [(4, 4, T, S)]),
        ("The overall breadth of the neutral belt will be three miles.", [(3 * MI, 3 * MI, T, S)]),
        ("The agreed width of Buffer Area B shall be 1,200 metres.", [(1.2, 1.2, T, S)]),
    ],
    "a change only talked of leaves open what the figure measures": [
        (
            "The strip was a mile wide. One delegate proposed widening it to five miles, which the "
            "other side rejected.",
            [(MI, MI, T, S), (5 * MI, 5 * MI, U, RJ)],
        ),
        (
            "In 1930 the north suggested narrowing the belt to 800 metres; nobody took it up, and "
            "the idea was dropped.",
            [(0.8, 0.8, U, DR)],
        ),
        ("A proposal to widen the strip to 4 km was not adopted.", [(4, 4, U, RJ)]),
    ],
    "a zone or move of one side alone": [
        (
            "The north had demanded a 30 km pull-back by the southern army alone, which was "
            "refused.",
            [(30, 30, D, RJ)],
        ),
        (
            "They asked for a 15-mile exclusion zone east of the river, on our side only.",
            [(15 * MI, 15 * MI, D, PR)],
        ),
        ("Arlen proposed a 12 km withdrawal by Dorn only; Dorn refused.", [(12, 12, D, RJ)]),
        (
            "A 20 NM EXCLUSION ZONE NORTH OF THE LINE WAS ASKED FOR. WE DECLINED.",
            [(20 * NMI, 20 * NMI, D, RJ)],
        ),
    ],
    "a changed figure measures what the figure it changed measured": [
        (
            "The first draft asked that our troops pull back 40 km from the river. The second "
            "draft cut the figure to 25 km, still all on our side.",
            [(40, 40, D, "superseded"), (25, 25, D, PR)],
        ),
        (
            "We wanted a buffer of ten miles on each side of the road. Later we lowered our "
            "demand to six miles.",
            [(10 * MI, 10 * MI, P, DR), (6 * MI, 6 * MI, P, PR)],
        ),
        (
            "Our first offer was a belt 6 km wide in all. In March we raised the offer to 9 km.",
            [(6, 6, T, "superseded"), (9, 9, T, PR)],
        ),
    ],
    "a refusal after a short remark on the proposal, or after a gloss": [
        (
            "Their paper asked that our army withdraw 20 km from the ridge. The cabinet read it "
            "twice. That we could not accept.",
            [(20, 20, D, RJ)],
        ),
        (
            "THEY ASKED FOR A 10 NM ZONE SOUTH OF THE LINE,\nI.E. ON OUR SIDE ONLY.\n"
            "WE REFUSED IT.",
            [(10 * NMI, 10 * NMI, D, RJ)],
        ),
        (
            "The mediator suggested a 7 km buffer, that is, a wider one. The ministers discussed "
            "it. It was rejected.",
            [(7, 7, U, RJ)],
        ),
    ],
    "the same figure in opposite directions, each side named between": [
        (
            "Arlen's troops will pull back 4 km to the north of the canal and Dorn's 4 km to the "
            "south.",
            [(4, 4, P, S)],
        ),
        (
            "Both brigades stand back from the line: the Red brigade one mile to the west, "
            "the Blue brigade one mile to the east.",
            [(MI, MI, P, S)],
        ),
        (
            "Under the plan, northern units would move 600 metres northwards, while southern units "
            "would move 600 metres southwards.",
            [(0.6, 0.6, P, PR)],
        ),
        (
            "Arlen will withdraw 5 km to the east and Dorn 3 km to the west.",
            [(5, 5, D, S), (3, 3, D, S)],
        ),
    ],
    "a refusal that names an earlier figure again": [
        (
            "Their opening bid was a zone of eight kilometres on either side. We turned the eight "
            "kilometres down at once.",
            [(8, 8, P, RJ), (8, 8, P, RJ)],
        ),
        (
            "We offered a strip of 500 metres each side of the fence. They would not hear of 500 "
            "metres.",
            [(0.5, 0.5, P, RJ), (0.5, 0.5, P, RJ)],
        ),
        (
            "The north asked for a zone 12 miles wide. The south rejected the 12 miles outright.",
            [(12 * MI, 12 * MI, T, RJ), (12 * MI, 12 * MI, T, RJ)],
        ),
        (
            "The zone is 6 km wide. Everyone agrees that 6 km is enough.",
            [(6, 6, T, S), (6, 6, T, S)],
        ),
    ],
    "a figure repeated in digits in brackets": [
        ("The area extends five kilometres (5 km) on each side of the line.", [(5, 5, P, S)]),
        ("The belt shall be twelve miles (12 miles) wide.", [(12 * MI, 12 * MI, T, S)]),
        ("Forces withdraw three (3) kilometres from the line.", [(3, 3, D, S)]),
    ],
    "each bank or side with its own width": [
        (
            "Along the river the zone is reduced to 800 metres on the Arlenian bank and to 1 km on "
            "the Dornish bank.",
            [(0.8, 0.8, P, S), (1, 1, P, S)],
        ),
        (
            "At the lake the buffer narrows to two miles on the Vesk shore and three miles on the "
            "Tarn shore.",
            [(2 * MI, 2 * MI, P, S), (3 * MI, 3 * MI, P, S)],
        ),
        (
            "The strip is cut to 300 yards on the Orm side and 500 yards on the Dale side.",
            [(300 * YD, 300 * YD, P, S), (500 * YD, 500 * YD, P, S)],
        ),
    ],
    "what the sides' widths give together": [
        (
            "The zone runs 2 km into each country, giving a belt of about 4 km.",
            [(2, 2, P, S), (4, 4, T, S)],
        ),
        (
            "Each army moves back half a mile, making a strip of roughly one mile.",
            [(0.5 * MI, 0.5 * MI, P, S), (MI, MI, T, S)],
        ),
        (
            "Both sides withdraw 700 metres from the line, leaving a no-man's-land of 1.4 km.",
            [(0.7, 0.7, P, S), (1.4, 1.4, T, S)],
        ),
    ],
    "a width that varies between places named far apart": [
        (
            "Its width varies from barely 200 metres in the old town, where the two lines run "
            "along opposite sides of one street, to about 5 km in the hills.",
            [(0.2, 5, T, S)],
        ),
        (
            "The strip varied in width from only 90 yards near the mill to nearly two miles on the "
            "heath.",
            [(90 * YD, 2 * MI, T, S)],
        ),
        (
            "The zone's depth ranges from 1 km at the ford, where the river is narrow and the "
            "banks are steep, to 6 km on the plain.",
            [(1, 6, D, S)],
        ),
    ],
    "a sea zone in two directions off a peninsula or an island": [
        (
            "The base includes the surrounding waters - 4 nautical miles to the north and west of "
            "the island and 2 nautical miles to the south and east - and the reefs.",
            [(4 * NMI, 4 * NMI, D, S), (2 * NMI, 2 * NMI, D, S)],
        ),
        (
            "The lease covers the territorial waters to 6 miles south and west of the cape.",
            [(6 * MI, 6 * MI, D, S)],
        ),
        ("The lighthouse stands 3 km south of the headland.", []),
    ],
    "people kept back from a line, a limit named by its figure": [
        ("Herders are turned away as far as 2 km from the wall.", [(2, 2, D, S)]),
        (
            "Fishermen say they are turned back up to three miles from the buoy line.",
            [(3 * MI, 3 * MI, D, S)],
        ),
        ("Respect the 500-metre limit along the fence.", [(0.5, 0.5, U, S)]),
        ("The twelve-mile limit was extended by the treaty.", [(12 * MI, 12 * MI, U, S)]),
    ],
    "zones of a line, in the plural, changed to a figure": [
        (
            "The restricted zones lie along the line on each side. A plan to extend the restricted "
            "zones to 30 km was rejected.",
            # (only put forward and refused: no measure, the convention of field-holdout-364 on)
            [(30, 30, U, RJ)],
        ),
        ("Both sides agreed to reduce the security belts to 5 miles.", [(5 * MI, 5 * MI, P, S)]),
        ("They proposed to widen the two buffer strips to 800 metres.", [(0.8, 0.8, P, PR)]),
    ],
}


# kinds found while checking the rules above on wording of no report: a distance kept "at a
# distance of", a move "to 30 km behind", aircraft, "5 (five) km", "seaward of", the other
# direction "of it", a refusal after the figure, an opening bid, a refusal then a drop
KINDS.update({
    "a distance kept, or a move to a distance behind a line": [
        ("Troops must be kept at a distance of not less than ten miles from the frontier.",
         [(10 * MI, 10 * MI, D, S)]),
        ("Each Party shall withdraw its forces to a distance of 5 (five) km from the Line of "
         "Contact.", [(5, 5, P, S)]),
        ("Artillery over 100 mm was moved to 30 km behind the front, tanks to 15 km.",
         [(30, 30, D, S), (15, 15, D, S)]),
        # within a figure of a line the two sides share: on both its sides, as the gold of
        # the later sets reads it
        ("Helicopters may not fly within five kilometres of the demarcation line.",
         [(5, 5, P, S)]),
        ("No forces may be kept within a distance of fifteen (l5) kilometres of the Line.",
         [(15, 15, D, S)]),
        ("The town lies at a distance of 12 km from the border.", []),
        ("The exclusion zone extends 2 nautical miles seaward of the low-water line.",
         [(2 * NMI, 2 * NMI, D, S)]),
    ],
    "each side its own figure, the second direction given 'of it'": [
        ("The Arlenian army will fall back 4 km to the north of the Orm; the Dornish army will "
         "fall back 6 km to the south of it.", [(4, 4, P, S), (6, 6, P, S)]),
        ("Red units withdraw two miles east of the canal and Blue units three miles west of it.",
         [(2 * MI, 2 * MI, P, S), (3 * MI, 3 * MI, P, S)]),
    ],
    "a refusal after the figure named again, an opening bid, a refusal then a drop": [
        ("Their negotiators opened at a 30 km buffer. We told them plainly that 30 km was out of "
         "the question.", [(30, 30, U, RJ), (30, 30, U, RJ)]),
        ("The north asked for a 20 km zone. But 20 km was rejected by the south.",
         [(20, 20, U, RJ), (20, 20, U, RJ)]),
        ("The commission heard a proposal for a 40-kilometre zone; it was not pursued.",
         [(40, 40, U, DR)]),
        ("The rebels demanded a 15 km withdrawal by the army alone, which the minister called a "
         "non-starter. In May the rebels dropped the demand.", [(15, 15, D, DR)]),
    ],
    "a zone that narrows or widens from one place to another, each side's own zone": [
        ("The zone narrows from 2 km in the plain to about 500 m in the gorge.",
         [(0.5, 2, T, S)]),
        ("The belt widens from 300 yards at the ford to a mile on the heath.",
         [(300 * YD, MI, T, S)]),
        ("The security zone was widened from 10 km to 20 km in March.",
         [(10, 10, T, "superseded"), (20, 20, T, S)]),
        ("Each side's zone runs 1.5 miles inland from the high-water mark.",
         [(1.5 * MI, 1.5 * MI, P, S)]),
        ("Each party's buffer extends 700 metres from the wire.", [(0.7, 0.7, P, S)]),
        ("Vehicles must stay a minimum of 200 m from the wire.", [(0.2, 0.2, D, S)]),
    ],
    "a figure in brackets after the zone, a number run into its unit, one-half": [
        ("The buffer zone (l2 km) shall be free of a11 military forces.", [(12, 12, U, S)]),
        ("The neutral belt (3 miles) is closed to troops.", [(3 * MI, 3 * MI, U, S)]),
        ("A bufferzone of fivekilometres shall separate the forces.", [(5, 5, T, S)]),
        ("The Arbitration Commission fixed the width of the neutral zone at one-half mile.",
         [(0.5 * MI, 0.5 * MI, T, S)]),
        ("Troops shall keep three quarters of a mile back from the frontier.",
         [(0.75 * MI, 0.75 * MI, D, S)]),
        ("The zone is one and a half miles wide.", [(1.5 * MI, 1.5 * MI, T, S)]),
    ],
    "either coast, a reported plan denied, a paper that came down to a figure": [
        ("Fishing is banned within 3 nm of either coast.", [(3 * NMI, 3 * NMI, P, S)]),
        ("Trawlers must stay 2 miles off either shore.", [(2 * MI, 2 * MI, P, S)]),
        ("The ministry rejected reports that the zone would be widened to 30 km, saying no "
         "such plan exists.", []),
        ("The first paper asked for a 40 km zone. The second came down to 25 km. The final "
         "text fixes the zone at 15 km.",
         [(40, 40, U, RJ), (25, 25, U, "superseded"), (15, 15, U, S)]),
    ],
    "where a numbered place lies, a minimum width, an opening figure, a town's outskirts": [
        ("Sector 12 of the zone is 30 km from the coast.", []),
        ("Post 7 lies some 3 km from the line of contact.", []),
        ("At no point may the zone be narrower than 500 metres.", [(0.5, 0.5, T, S)]),
        ("MINISTER: On the buffer zone, we began at twenty kilometres. We met at twelve "
         "kilometres, six kilometres on each side.",
         # (the figure they began at, given up for the twelve they met at: superseded, as the
         # field gold reads 22 of its 23 figures talks began at or opened with)
         [(20, 20, U, SU), (12, 12, T, S), (6, 6, P, S)]),
        ("The rebels are to withdraw their heavy weapons to at least 20 km from the city's "
         "outskirts.", [(20, 20, D, S)]),
    ],
    "each side's depth past a conversion, a total in brackets": [
        ("The restricted area reaches 10 miles (16 km) into Arlen and 6 miles (about 10 km) "
         "into Dorn.", [(10 * MI, 10 * MI, P, S), (6 * MI, 6 * MI, P, S)]),
        ("Demilitarised zone: 2 km either side of the line (total 4 km).",
         [(2, 2, P, S), (4, 4, T, S)]),
        ("BUFFER: 500 M EACH SIDE OF THE TRACK, OVERALL 1 KM.",
         [(0.5, 0.5, P, S), (1, 1, T, S)]),
    ],
    "a limit on a weapon's range, areas measured from a zone's edges": [
        ("The agreement set a 15-kilometre limit on the range of artillery.", []),
        ("The areas of limitation extend 10 km from its edges.", [(10, 10, D, S)]),
        ("Thinned-out belts run 5 miles beyond their outer limits.", [(5 * MI, 5 * MI, D, S)]),
    ],
    "a proposal's fate in other words": [
        ("The 15 km buffer zone Arlen proposed got nowhere with Dorn.", [(15, 15, U, DR)]),
        ("Arlen later gave up on its demand for a 15 km buffer zone.", [(15, 15, U, DR)]),
        ("Arlen no longer insists on a 15 km buffer zone.", [(15, 15, U, DR)]),
        ("The 15 km buffer zone proposal was binned.", [(15, 15, U, DR)]),
        ("Arlen put a 15 km buffer zone on the table. Dorn's answer was no.",
         [(15, 15, U, RJ)]),
        ("The commission heard a plan for a 9-mile belt. The reply was a firm no.",
         [(9 * MI, 9 * MI, U, RJ)]),
    ],
    "what separates the sides, each side's own strip or half": [
        ("Each country pulls its troops 2 miles back, so that 4 miles separate them.",
         [(2 * MI, 2 * MI, P, S), (4 * MI, 4 * MI, T, S)]),
        ("Some 600 metres now divide the two armies along the canal.", [(0.6, 0.6, T, S)]),
        ("Both sides will keep a 7-km strip free of troops along their side of the line.",
         [(7, 7, P, S)]),
        ("The UN zone is some 7 km across; each party's half measures about 3.5 km.",
         [(7, 7, T, S), (3.5, 3.5, P, S)]),
    ],
    "a width that varies, in other words; each side by its compass point": [
        ("Under the 1922 protocol the zone was to be 2 miles wide; in practice it varied between "
         "half a mile and 4 miles.", [(2 * MI, 2 * MI, T, S), (0.5 * MI, 4 * MI, T, S)]),
        ("Its breadth varies: from 200 yds near the bridge to nearly 2 miles in the marshes.",
         [(200 * YD, 2 * MI, T, S)]),
        ("At its widest the zone measured 19 km; at its narrowest, only 50 metres.",
         [(19, 19, T, S), (0.05, 0.05, T, S)]),
        ("The demilitarised strip ran along the frontier, 10 km deep on the northern side and "
         "5 km deep on the southern.", [(10, 10, P, S), (5, 5, P, S)]),
    ],
})  # fmt: skip


test_kinds = rows_test(width_rows(KINDS), widths, rounded)


# (report text, [(date or None, relative words or None), ...]): deadline wordings of the kinds
# the seventh blind set showed, in new phrasings
DEADLINES = [
    # a weekday counted from the date its own sentence tells of
    ("Dated 3 March 2025\n\nOn 1 March the council gave the militia until Friday to leave the "
     "town.", [("2025-03-07", None)]),
    # "to-day", "meet", "be dissolved": something set for a day
    ("Evening Post, 12 May 1945\n\nFiring is to end at midnight to-day.", [("1945-05-12", None)]),
    ("Wire, Monday 6 May 2019\n\nThe two delegations will meet again in Harl on Thursday.",
     [("2019-05-09", None)]),
    ("Report, 1 June 1950\n\nUnder the 1948 protocol the corridor would be dissolved on "
     "1 January 1952.", [("1952-01-01", None)]),
    # a count from a day and month: the one nearest the report's date
    ("Answer of 11 May 2022\n\nThe strip is to be reviewed within three months of its entry "
     "into force on 20 April.", [("2022-07-20", None)]),
    # a count from the signing the text dates
    ("Statement, 2 June 2021\n\nThe accord will be signed in Vell on 10 June. Forces are to "
     "leave the strip within ten days of signature.", [("2021-06-10", None), ("2021-06-20", None)]),
    ("Morning Star, 14 March 1950\n\nUnder the treaty signed late last night, all troops are to "
     "withdraw within five days of the signing.", [("1950-03-18", None)]),
    ("Minutes of 3 April 2019\n\nEach side will hand over its maps within 14 days of the date "
     "of these minutes.", [("2019-04-17", None)]),
    # an order's date-time groups and NLT
    ("OPORD 3/21\nDTG: 101200Z AUG 21\n\n2. All units clear the strip NLT 140600Z AUG 21.\n"
     "3. Phase 2 begins 120600Z AUG 21.\n4. ACK: COs by 102000Z.",
     [("2021-08-14", None), ("2021-08-12", None), ("2021-08-10", None)]),
    ("Units shall report NLT 4 hrs after the last vehicle clears the line.",
     [(None, "NLT 4 hrs after the last vehicle clears the line")]),
    ("ZCZC XYZ1 051200Z FEB 88\n\n2. TRUCE IN EFFECT FR0M OOOlZ 7 FEB.", [("1988-02-07", None)]),
    ("Gazette, 2 May 1951\n\nThe bridge is to be rebuilt, if possible, in the course of the year "
     "1952.", [("1952-12-31", None)]),
    # "tomorrow", "thereafter" (after the act just named), "the end of the year 2024", and
    # "before to-day" (a time past)
    ("Dated 10 May 2021\n\nThe ceasefire takes effect at midnight tomorrow.",
     [("2021-05-11", None)]),
    ("Signed 12 January 1995\n\nForces shall withdraw within forty-eight (48) hours. The zone "
     "shall be established within 7 days thereafter.",
     [("1995-01-14", None), (None, "within 7 days thereafter")]),
    ("The truce will last until the end of the year 2024.", [("2024-12-31", None)]),
    ("Gazette, 3 June 1907\n\nSettlers who filed on land before to-day keep their claims.", []),
]  # fmt: skip


test_deadlines = rows_test(DEADLINES, deadlines)


# (report text, its own date): headers of the kinds the seventh blind set showed
REPORT_DATES = [
    ("Ref. 12/2020        Signed at Orla, 4 May 2020\n\nArticle 1. The zone is 2 km wide.",
     "2020-05-04"),
    ("ARMISTICE\n\n      Concluded at Vell, the 2nd day of June, l95O\n\nArticle l.", "1950-06-02"),
    ("ZCZC AB12\nRESTRICTED\nFM EMBASSY\nTO MINISTRY\nINFO NAVY\n12 MAR 81  O9l5Z\n\nSUBJ: TALKS",
     "1981-03-12"),
    ("RESTRICTED\n\nFRAGO 2\nDTG: 051800Z SEP 03\n\n1. SITUATION", "2003-09-05"),
    ("HARL, March 3 (Nordwire) - The rebels agreed on Friday to leave the valley they have held "
     "since the war of 2015.", "2017-03-03"),
    # a weekday that fits no year near the dateline is some other day's
    ("KARAN, Oct 3 (Wire) - The two sides agreed on Wednesday, 2 October 2019, to open the "
     "crossing by Oct. 15.", "2019-10-03"),
]  # fmt: skip


test_report_dates = rows_test(REPORT_DATES, report_date)


ROUTES = [
    ("Aid goes up the track from Kell to Morna across the hills.", ("Kell", "Morna")),
    ("Convoys were sent from Tarn to the Oster crossing instead.", ("Tarn", "Oster crossing")),
    ("The old road from Vell to Dorn crossed the river at Ferry Point.", ("Vell", "Dorn")),
    ("7. FERRY SERVICE HOLM-DUNA TO RESUME.", ("Holm", "Duna")),
]  # fmt: skip


test_routes = rows_test(ROUTES, routes, lambda want: [want])
