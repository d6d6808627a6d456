"""Kinds of wording behind the misses of the eighth blind set, each in new phrasings.

Like ``test_claims_kinds_7.py``: every text was written for this test, in
other units, word orders, numbers in words and damaged text, so that a rule
must read the kind (a fate told before the words that point back at the
proposal, a width given as the answer to "how wide", a zone one state sets
along its own border, a river known by its name alone ...) and not one
sentence. A row gives the widths a careful reader finds: (min km, max km,
semantics, status), where status is the ``proposal`` field or "stated".
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
    routes,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a demand put as insisting on, seeking or coming back with a figure": [
        ("The buffer strip is 3 km wide. Arlen had insisted on 9 km; Dorn would not accept it.",
         [(3, 3, T, S), (9, 9, U, RJ)]),
        ("The neutral belt is two miles across. We sought four miles, and the other side "
         "turned it down.", [(2 * MI, 2 * MI, T, S), (4 * MI, 4 * MI, U, RJ)]),
        ("Vesk asked for a buffer zone 3 km deep on our side. We refused. In the second round "
         "the Vesk delegation came back with 1,500 metres, still all on our side of the line. "
         "That too was unacceptable.", [(3, 3, D, RJ), (1.5, 1.5, D, RJ)]),
        ("The buffer zone is 4 km wide. Dorn kept insisting on 10 km. We said no.",
         [(4, 4, T, S), (10, 10, U, RJ)]),
        ("The zone is 5 km wide. Tarn wanted 15 km but later let the demand drop.",
         [(5, 5, T, S), (15, 15, U, DR)]),
        ("THE ZONE IS 2 NM WIDE. THEY ARE SEEKING 6 NM. NO REPLY YET.",
         [(2 * NMI, 2 * NMI, T, S), (6 * NMI, 6 * NMI, U, PR)]),
    ],
    "a proposal let go or set aside by those who made it": [
        ("The buffer zone is 5 km wide. Orm wanted twelve kilometres in spring, but it went "
         "nowhere and they let it go.", [(5, 5, T, S), (12, 12, U, DR)]),
        ("We proposed a belt of 800 yards on each side of the canal. After the July round we set "
         "our proposal aside.", [(800 * YD, 800 * YD, P, DR)]),
        ("Their first plan was a strip of 4 miles on either side of the road. Later they put "
         "the plan aside.", [(4 * MI, 4 * MI, P, DR)]),
    ],
    "a refusal told just before the sentence that names the proposal": [
        ("Was the first draft one-sided? It was, and we turned it down. That draft asked for "
         "a zone 9 km deep on our side alone.", [(9, 9, D, RJ)]),
        ("Their paper was rejected by the cabinet. That paper put a 6-mile strip on our side of "
         "the river only.", [(6 * MI, 6 * MI, D, RJ)]),
        ("We refused it outright. The plan asked that our army pull back 20 kilometres.",
         [(20, 20, D, RJ)]),
    ],
    "a proposal named in apposition, or as an opening demand": [
        ("The zone is 2 km wide. Our first offer, three kilometres each side, they refused.",
         [(2, 2, T, S), (3, 3, P, RJ)]),
        ("The strip is a mile wide. Their opening bid was five miles, all of it on our side. "
         "We declined.", [(MI, MI, T, S), (5 * MI, 5 * MI, D, RJ)]),
        ("The buffer is 600 m. THEIR INITIAL DEMAND WAS 2 KM EACH SIDE. WE REJECTED IT.",
         [(0.6, 0.6, U, S), (2, 2, P, RJ)]),
    ],
    "the answer to a question on how wide or how deep": [
        ("The buffer zone has been agreed.\n\nQ: How wide will it be in all?\n\n"
         "A: Six kilometres, with the canal in the middle.", [(6, 6, T, S)]),
        ("HOST: And how broad is the new belt?\n\nMINISTER: About two miles across.",
         [(2 * MI, 2 * MI, T, S)]),
        ("Reporter: How deep does the exclusion zone reach into your territory?\n\n"
         "General Orm: Twelve kilometres.", [(12, 12, D, S)]),
        ("How far is the town from the line? Twelve kilometres.", []),
        ("How wide is the Sea of Marn? About 60 km.", []),
        ("The zone is set.\n\nQ: And how deep is the river there?\n\nA: About four metres.",
         []),
    ],
    "a comparative at a place, then the figure": [
        ("Up on the ridge the buffer is 4 km wide. By the lake it is narrower, about "
         "half a mile, because of the villages.", [(4, 4, T, S), (0.5 * MI, 0.5 * MI, T, S)]),
        ("The strip is wider there - some three miles - because of the marsh.",
         [(3 * MI, 3 * MI, T, S)]),
        ("In the south the zone is broader still: roughly 9 km.", [(9, 9, T, S)]),
    ],
    "what the sides' widths result in": [
        ("Forces withdraw 1.5 km either side of the river. Resulting buffer 3 km.",
         [(1.5, 1.5, P, S), (3, 3, T, S)]),
        ("Each army pulls back half a mile. The resulting strip is about one mile.",
         [(0.5 * MI, 0.5 * MI, P, S), (MI, MI, T, S)]),
        ("TROOPS TO PULL BACK 500 M EACH SIDE OF CFL. RESULTING ZONE 1 KM.",
         [(0.5, 0.5, P, S), (1, 1, T, S)]),
    ],
    "a width measured from a line is how far it reaches from it": [
        ("The territorial waters, then three nautical miles wide measured from the low-water "
         "line, are part of the zone.", [(3 * NMI, 3 * NMI, D, S)]),
        ("The fishing zone is 12 miles wide, counted from the baselines.",
         [(12 * MI, 12 * MI, D, S)]),
        ("A security belt 500 m wide, measured outwards from the fence, is closed to all.",
         [(0.5, 0.5, D, S)]),
    ],
    "how wide a sea, a strait or a gulf is": [
        ("The demilitarised zone covers the islands. The Gulf of Tarn, which separates them "
         "from the mainland, is some 25 km wide.", []),
        ("The neutral zone is 5 km wide. The strait is only 3 miles wide at its narrowest.",
         [(5, 5, T, S)]),
        ("The buffer zone runs along the coast. The Sound of Erl is about 12 nautical miles "
         "across.", []),
        ("The river is 200 metres wide at the ford, and the buffer zone extends 1 km from each "
         "bank.", [(1, 1, P, S)]),
    ],
    "each side's figure, 'on our side ... and on theirs'": [
        ("The belt is 4 km wide: two kilometres on our side of the border and two kilometres on "
         "theirs.", [(4, 4, T, S), (2, 2, P, S)]),
        ("The strip runs 900 yards on our side of the river and 900 yards on theirs.",
         [(900 * YD, 900 * YD, P, S)]),
        ("The zone reaches 3 km into our territory and 3 km into theirs.", [(3, 3, P, S)]),
        ("The belt extends 500 m on the Arlenian side of the fence and 500 m on the Dornish "
         "side.", [(0.5, 0.5, P, S)]),
    ],
    "a width that narrows at one place and reaches a figure at another": [
        ("The area of separation runs for 90 km. Its width is not uniform: it narrows to "
         "400 metres at the mill, where the posts face each other across the lane, and reaches "
         "7 km on the heath.", [(0.4, 7, T, S)]),
        ("The corridor narrows to 300 yards at the bridge and rises to two miles on the moor.",
         [(300 * YD, 2 * MI, T, S)]),
        ("THE BUFFER NARROWS TO 1 KM AT THE FORD AND REACHES 6 KM IN THE HILLS.",
         [(1, 6, T, S)]),
    ],
    "a distance counted from a zone just named, on each side": [
        ("The area of separation is 5 km wide. The areas of limitation extend from its edge to "
         "a distance of 20 km from it on each side.", [(5, 5, T, S), (20, 20, P, S)]),
        ("The zone is 2 miles wide. Heavy guns must stay 10 miles from it on either side.",
         [(2 * MI, 2 * MI, T, S), (10 * MI, 10 * MI, P, S)]),
        ("The zone is 4 km wide. Limited-forces areas run from the edge of the zone out to "
         "15 km on either side.", [(4, 4, T, S), (15, 15, P, S)]),
    ],
    "a band 'out' from the line of a rule for both sides": [
        ("Tanks must be at least 30 km from the canal, on both sides. Mortars may stay between "
         "8 and 15 kilometres out, but nothing heavier.", [(30, 30, P, S), (8, 15, P, S)]),
        ("The buffer zone runs 2 km either side of the road. Guns must stay 10 km out.",
         [(2, 2, P, S), (10, 10, P, S)]),
        ("Our patrol boats went 20 miles out to sea.", []),
    ],
    "a zone one state sets along its own border": [
        ("Arlen will seal off a strip along its frontier with Dorn. The closed zone will be 500 "
         "metres wide; near the lakes it will extend up to 3 km from the frontier.",
         [(0.5, 0.5, D, S), (3, 3, D, S)]),
        ("The government will close a belt of land along part of its border with Vesk, the "
         "minister said. The belt will be a quarter of a mile wide.",
         [(0.25 * MI, 0.25 * MI, D, S)]),
        ("Both countries agreed on a buffer zone 4 km wide. Arlen will also fence its side of "
         "the border.", [(4, 4, T, S)]),
        ("Under the accord Arlen and Dorn will set up zones along their border; each will be 2 km "
         "wide.", [(2, 2, T, S)]),
    ],
    "a denial belongs to the figure nearest before it": [
        ("The text provides for a zone 6 km wide. Neither side will keep guns within 25 km of "
         "the line. Some papers claimed we would accept 50 km. No such figure was ever tabled.",
         [(6, 6, T, S), (25, 25, P, S)]),
        ("The belt is 3 miles wide. It was said we had asked for 10 miles. That figure was "
         "never proposed.", [(3 * MI, 3 * MI, T, S)]),
    ],
    "an abbreviation's full stop run into a figure": [
        ("The area is bounded by two lines drawn 1.5 km either side of the embankment, "
         "i.e.3 km in total.", [(1.5, 1.5, P, S), (3, 3, T, S)]),
        ("THE STRIP IS 1 MILE EACH SIDE OF THE ROAD, I.E.2 MILES IN ALL.",
         [(MI, MI, P, S), (2 * MI, 2 * MI, T, S)]),
        ("The belt, approx.3 km wide, runs along the canal.", [(3, 3, T, S)]),
    ],
}  # fmt: skip


# kinds found while trying the rules above on wording of no report: forces that separate to a
# distance, the gap between them, a zone's label before its band, a verb's "out", the other army
# doing the same after a semicolon, a strait's width between commas
KINDS.update({
    "how far apart the forces stand, a zone's label, a reach 'out'": [
        ("Forces will separate to a distance of 3 km, that is 1.5 km on each side of the line.",
         [(3, 3, T, S), (1.5, 1.5, P, S)]),
        ("Each side keeps its troops at least 4 km away from the line; the gap between them is "
         "therefore 8 km.", [(4, 4, P, S), (8, 8, T, S)]),
        ("Zone A: 0-5 km from the line. Zone B: 5-15 km from the line.",
         [(0, 5, D, S), (5, 15, D, S)]),
        ("The exclusion area reaches out 12 nm from the coast of the island.",
         [(12 * NMI, 12 * NMI, D, S)]),
    ],
    "the other army doing the same, a strait's width between commas": [
        ("The Veskan army will move 6 km back; the Orvan army will do the same.",
         [(6, 6, P, S)]),
        ("Vesk's troops will pull back 2 miles; the rebels will not do the same.",
         [(2 * MI, 2 * MI, D, S)]),
        ("The strait, 34 km wide at this point, is patrolled by both navies.", []),
        ("The river, some 200 m wide, marks the line; the zone runs 1 km from each bank.",
         [(1, 1, P, S)]),
    ],
    "a part after the unit, a radius": [
        ("The demilitarized zone shall be two and a half miles wide, a mile and a quarter on "
         "either side of the boundary.",
         [(2.5 * MI, 2.5 * MI, T, S), (1.25 * MI, 1.25 * MI, P, S)]),
        ("The strip is a mile and three quarters wide.", [(1.75 * MI, 1.75 * MI, T, S)]),
        ("The exclusion zone is 20 nautical miles in radius around the island.",
         [(20 * NMI, 20 * NMI, D, S)]),
        ("A no-fly zone with a radius of 30 km was set up around the plant.", [(30, 30, D, S)]),
    ],
    "a fate in a telex, denied, or after an answer that names the figure": [
        ("3. BUFFER ZONE 4 KM.\n6. 0UR 3 KM PR0P0SAL WITHDRAWN 12 MAY.",
         [(4, 4, U, S), (3, 3, U, DR)]),
        ("The buffer zone is 4 km wide. We asked that Orm pull back 9 km. That is still our "
         "figure; Orm has not said no to it.", [(4, 4, T, S), (9, 9, D, PR)]),
        ("The zone is 3 km wide. The envoy floated 6 km. We did not reject it, but Orm did.",
         [(3, 3, T, S), (6, 6, U, RJ)]),
        ("The first draft envisaged a 50-kilometre zone. The cabinet would have none of it.",
         [(50, 50, U, RJ)]),
        ("The buffer zone is 4 km wide.\n\nQ: Did they ask for more?\n\nA: They did, fifteen "
         "kilometres. We said no.", [(4, 4, T, S), (15, 15, U, RJ)]),
    ],
})  # fmt: skip


test_kinds = rows_test(width_rows(KINDS), widths, rounded)


# (report text, [reference of each width]): the line a width is measured from
REFERENCES = [
    # a river known by its name alone, or by its banks
    ("A belt runs along the Varn. Troops stay 2 km from the river on both sides.", ["Varn"]),
    ("The Tessel valley is quiet. Guns are kept 10 km back from the river, on both sides.",
     ["Tessel"]),
    ("Along the Orm river the zone extends 300 yards from each bank.", ["Orm"]),
    ("Along the Lenn the zone is 1 km on each bank.", ["Lenn"]),
    # a frontier named by its compass point
    ("Talks on the northern frontier went on. They asked for a zone 30 km deep along the whole "
     "northern frontier.", ["northern frontier"]),
    # the road after a numbered route
    ("Corridor A follows Route 7 from Holm to Dessa. Armed men keep 200 m clear of the road on "
     "either side.", ["Route 7"]),
    # a telex's acronym, spelled out earlier in capitals
    ("2. TROOPS TO WITHDRAW 3 KM EITHER SIDE OF ARMISTICE LINE (AL).\n"
     "3. NO TANKS WITHIN 20 KM OF AL.", ["armistice line", "armistice line (AL)"]),
    # each side's width with no line named, and a re-mention, on the report's one line
    ("Troops pull back 2 km north and 2 km south of the canal. Orm had wanted a strip of 5 km on "
     "either side.", ["canal", "canal"]),
    ("Both parties keep 400 m clear of the railway on each side. The 400-metre margin does not "
     "apply in the town.", ["railway", "railway"]),
]  # fmt: skip


test_references = rows_test(REFERENCES, references)


# (report text, [(date or None, relative words or None), ...])
DEADLINES = [
    # a day of the month alone: the first such day on or after the report's date
    ("Velna, 10 June 2023\n\nThe pull-back starts on Monday. It must be over by the 25th.",
     [("2023-06-12", None), ("2023-06-25", None)]),
    ("Dated 20 May 2021\n\nAll units are to be clear of the strip by the 3rd.",
     [("2021-06-03", None)]),
    ("Dated 28 June 2023\n\nThe post will be relieved by the 3rd Battalion. The crossing "
     "reopens on the 5th, and talks resume on the 9th.", [("2023-07-05", None),
                                                          ("2023-07-09", None)]),
    # a time given, an expiry, a notice cancelled
    ("Transcript, Tuesday 4 October 2022\n\nGUEST: The militias have until the end of the month.",
     [("2022-10-31", None)]),
    ("Report of 1 March 2020\n\nThe observers' mandate expires on 31 July 2020.",
     [("2020-07-31", None)]),
    ("NOTICE 7/2019, 2 April 2019\n\n5. This notice will be cancelled or renewed by 30 June 2019.",
     [("2019-06-30", None)]),
    # something set for a day in the passive, a telex's place before its date, "l March"
    ("Protocol of 5 May 1950\n\nThe bridge at Kell shall be reopened to traffic on "
     "l March l951.", [("1951-03-01", None)]),
    ("ZCZC\n03l2OOZ MAR 79\n\n4. TALKS T0 RESUME AT HARL l2 MAR.", [("1979-03-12", None)]),
    # a count from a signing the text dates before the word "signed"
    ("Letter dated 12 May 1995\n\nOn 10 May 1995, in the presence of the envoy, the two "
     "commanders signed an agreement. Forces are to withdraw within ten days of the signature "
     "of the agreement.", [("1995-05-20", None)]),
    ("Greentree, 3 August 2004\n\nThe militia is to leave the valley within thirty (3O) days "
     "of the date of signature.", [("2004-09-02", None)]),
]  # fmt: skip


test_deadlines = rows_test(DEADLINES, report_deadlines)


ROUTES = [
    ("Talks will cover the railway through the valley between Holm and Upper Tessa, the gas "
     "pipeline and the power lines.", ("Holm", "Upper Tessa")),
    ("The road from Vell to the Orm bridge at Karsk reopens next week.", ("Vell", "Karsk")),
    ("Both sides agreed to reopen the road linking Tarn and Osk, the biggest Vesk town in the "
     "south.", ("Tarn", "Osk")),
]  # fmt: skip


test_routes = rows_test(ROUTES, routes, lambda want: [want])
