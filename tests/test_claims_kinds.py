"""Kinds of wording behind past misses, each in several new phrasings: one row per made-up text.

Every text was written for this test (none is taken from a report). A kind
is a way of saying something about a zone (a total split between two sides,
a width that follows the ground, a band beyond a zone, a proposal told over
several sentences, scanned capitals ...); each is checked on other units,
word orders, numbers in words and damaged text, so that a rule must read
the kind and not one sentence. A row gives the widths a careful reader
finds: (min km, max km, semantics, status), where status is the
``proposal`` field ("rejected", "dropped", "superseded", "proposed") or
"stated".
"""

from __future__ import annotations

import pytest
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
    deadlines,
    rounded,
    widths,
)

from geozone.claims import extract
from geozone.claims.text import normalise

KINDS = {
    "scanned and telex capitals, numbers with no true digit": [
        ("TROOPS T0 WITHDRAW lO KM FR0M THE BORDER.", [(10, 10, D, S)]),
        ("BUFFER 0F 2O KM BETWEEN THE OPPOSING LINES.", [(20, 20, T, S)]),
        ("NO ARMOUR WITHIN l5 KM 0F THE CEASEFIRE LINE ON EITHER SIDE.", [(15, 15, P, S)]),
        ("The cleared strip shall be lOO metres wide.", [(0.1, 0.1, T, S)]),
        ("Each army shall keep its guns 8 ki1ometres from the 1ine on each side.",
         [(8, 8, P, S)]),
        ("The Parties shall withdraw their forces to a distance of thirty (3O) kilometres from "
         "the line.", [(30, 30, D, S)]),
        ("Troops shall withdraw l0km from the border.", [(10, 10, D, S)]),
        ("The zone shall extend five (5) kilo metres on each side of the line.", [(5, 5, P, S)]),
        ("The zone shall extend twenty five (25) kilometres on either side of the line.",
         [(25, 25, P, S)]),
        ("The zone shall be O.5 km wide.", [(0.5, 0.5, T, S)]),
        ("THE ZONE SHALL EXTEND TWO (2) KILOMETRES ON EITHER SIDE OF THE LINE.", [(2, 2, P, S)]),
    ],
    "PDF text: hyphens before a space, fractions, points after units, glued commas": [
        ("The zone shall extend five kilo- metres on either side of the line.", [(5, 5, P, S)]),
        ("The zone shall extend twenty-\nfive kilometres on each side of the line.",
         [(25, 25, P, S)]),
        ("The zone shall be 3\n                                  Page 2 of 4\nkilometres wide.",
         [(3, 3, T, S)]),
        ("The area lies be- tween 5 and 20 km from the line on both banks.", [(5, 20, P, S)]),
        ("A zone \u00bd mile wide shall be cleared.", [(MI / 2, MI / 2, T, S)]),
        ("A zone 1\u00bd miles wide shall be cleared.", [(1.5 * MI, 1.5 * MI, T, S)]),
        ("The zone shall extend 5 km. on each side of the river.", [(5, 5, P, S)]),
        ("The buffer zone,which is 4 km wide,will be patrolled.", [(4, 4, T, S)]),
        ("The strip is to be 1.5km-wide.", [(1.5, 1.5, T, S)]),
    ],
    "a total split between the sides, and the gap between two lines": [
        ("They proposed a neutral belt of6 km, divided evenly, so that each side would stand3 km "
         "off the line.", [(6, 6, T, PR), (3, 3, P, PR)]),
        ("The cleared belt will measure 900 yards from edge to edge.",
         [(900 * YD, 900 * YD, T, S)]),
        ("The accord leaves a gap of two kilometres between the forward positions of the two "
         "armies.", [(2, 2, T, S)]),
        ("A demilitarised belt of 12 km, split evenly between the parties, is now in force.",
         [(12, 12, T, S)]),
        ("The zone will measure four miles from side to side.", [(4 * MI, 4 * MI, T, S)]),
        ("A belt 3 km thick separates the armies.", [(3, 3, T, S)]),
        ("The strip measures 400 m in breadth.", [(0.4, 0.4, T, S)]),
        ("The zone spans 6 km, 3 km either way of the river.", [(6, 6, T, S), (3, 3, P, S)]),
        ("Both armies pulled back, leaving a gap of some 2 km between them.", [(2, 2, T, S)]),
        ("The buffer zone spans 200 km along the border.", []),
    ],
    "each side, each country, each party with other verbs": [
        ("Each army is to stand 2 km off the ridge.", [(2, 2, P, S)]),
        ("Naval vessels of either party shall keep at least 5 nautical miles from the route, on "
         "either side.", [(5 * NMI, 5 * NMI, P, S)]),
        ("The grazing zone reaches 15 km into each state from the border.", [(15, 15, P, S)]),
        ("The patrol area extends ten kilometres into each country.", [(10, 10, P, S)]),
        ("Soldiers of both sides shall stay 800 yards back from the watershed.",
         [(800 * YD, 800 * YD, P, S)]),
        ("Each party would withdraw 4 km from the Orsa.", [(4, 4, P, S)]),
    ],
    "a directional pair with the other side named": [
        ("Northern units will move 4 km west and southern units 4 km east of the old railway.",
         [(4, 4, P, S)]),
        ("Government troops are to pull back 3 miles to the north, and rebel fighters 3 miles to "
         "the south of the river.", [(3 * MI, 3 * MI, P, S)]),
    ],
    "each side its own width": [
        ("Syrian forces will remain 10 km away from the line, Israeli forces 10 km away on the "
         "other side.", [(10, 10, P, S)]),
        ("The strip is 50 metres wide on the Ardish side and 30 metres wide on the Belmic side.",
         [(0.05, 0.05, P, S), (0.03, 0.03, P, S)]),
        ("On the Lorn bank the area reaches 3 km from the river; on the Tessa bank, where the "
         "plain is flat, it reaches 6 km from the river.", [(3, 3, P, S), (6, 6, P, S)]),
        ("The zone runs 2 km deep on the northern side and 5 km deep on the southern side of the "
         "road.", [(2, 2, P, S), (5, 5, P, S)]),
    ],
    "a width that follows the ground": [
        ("The zone is 500 m wide in the old town and widens to 4 km in the hills.",
         [(0.5, 4, T, S)]),
        ("Along the coast the strip is only 2 miles across; on the plateau it reaches 8 km.",
         [(2 * MI, 8, T, S)]),
        ("The buffer is 10 km wide on the plain, narrowing to 1 km in the pass.",
         [(1, 10, T, S)]),
        ("We suggest a zone whose width follows the terrain: 800 metres at the bridge, widening "
         "to 5 km on the steppe.", [(0.8, 5, T, PR)]),
        # each figure says what it is on its own: two widths
        ("At its narrowest, in the town, the zone measures 20 metres in width; near the lake it "
         "is some 3 km wide.", [(0.02, 0.02, T, S), (3, 3, T, S)]),
    ],
    "bands, and bands beyond a zone": [
        ("In a belt lying between 5 and 10 miles from the frontier on each side, no aircraft may "
         "fly.", [(5 * MI, 10 * MI, P, S)]),
        ("A buffer zone extends 5 km on either side of the line. Beyond the buffer zone and out "
         "to 30 km from the line, on both sides, heavy guns are banned.",
         [(5, 5, P, S), (5, 30, P, S)]),
        ("The neutral strip reaches two (2) kilometres on each side of the border. Outside the "
         "strip, up to a distance of twenty (20) kilometres from the border on each side, no "
         "fortification shall be built.", [(2, 2, P, S), (2, 20, P, S)]),
        ("A security zone 12 km on each side of the river was set up, with a restricted weapons "
         "zone extending a further 12 km beyond it.", [(12, 12, P, S), (12, 24, P, S)]),
        ("The buffer reaches 5 km from the line on both sides. Artillery is banned in an area "
         "stretching a further 20 km beyond the buffer.", [(5, 5, P, S), (5, 25, P, S)]),
        ("Zone C is restricted to police; its width varies from 20 to 40 km.", [(20, 40, T, S)]),
        ("The buffer strip runs 5 km east of the berm; beyond it lie the restricted areas, 30 km "
         "wide on both sides.", [(5, 5, D, S), (30, 30, P, S)]),
        ("Within a district between 1 and 4 km from the boundary on both sides, new building "
         "needs a permit.", [(1, 4, P, S)]),
    ],
    "proposals told over several sentences": [
        ("Our first position was a 40 km zone, because their guns reach our towns. The other "
         "side rejected it.", [(40, 40, U, RJ)]),
        ("We argued for a separation of at least 15 km, but gave way in the end.",
         [(15, 15, U, DR)]),
        ("The Commission recommends that a patrol strip be cleared. The strip shall be 30 metres "
         "wide.", [(0.03, 0.03, T, PR)]),
        ("The panel proposes that a neutral zone be set up. It would extend 2 km on each side of "
         "the border.", [(2, 2, P, PR)]),
        ("The zone shall be 1 km wide.\nBoth Governments shall notify their acceptance of these "
         "proposals by May.", [(1, 1, T, PR)]),
        ("The zone will be 4 km wide. The north had first asked for 9 km on each side; we "
         "refused that.", [(4, 4, T, S), (9, 9, P, RJ)]),
        ("Before the mediators came, the delegation first proposed that each side withdraw 6 km "
         "from the line. After the other side refused, the delegation dropped that proposal.",
         [(6, 6, P, DR)]),
        ("You said the country needed twenty kilometres of separation.\n\nMINISTER: Twenty was "
         "our opening position, and they turned it down.", [(20, 20, U, RJ), (20, 20, U, RJ)]),
        ("We asked that they pull their guns back 12 km from the river. The town lies 7 km from "
         "the river. That is why 12 km matters to us.", [(12, 12, D, PR), (12, 12, D, PR)]),
        ("The north wanted each army to pull back 20 km from the line. The south refused the "
         "20-kilometre withdrawal.", [(20, 20, P, RJ), (20, 20, P, RJ)]),
    ],
    "versions of a proposal and what became of them": [
        ("The first draft of the accord set the buffer at 20 km. A second version cut it to "
         "12 km. The final text, signed on Friday, fixes the zone at 8 km.",
         [(20, 20, U, "superseded"), (12, 12, U, "superseded"), (8, 8, U, S)]),
        ("The government offered a 3 km zone. The rebels said it was too small.",
         [(3, 3, U, RJ)]),
        ("A 15-km zone was discussed but never adopted.", [(15, 15, U, DR)]),
        ("The envoy's idea of a 50-km zone found no support.", [(50, 50, U, RJ)]),
        ("An initial proposal of 10 km each side was dismissed by the rebels as too wide.",
         [(10, 10, P, RJ)]),
        ("Delegates rejected a 7 km zone and instead agreed to 5 km.",
         [(7, 7, U, RJ), (5, 5, U, S)]),
        ("The talks were about the buffer zone. The north proposed 30 km; the south, 10 km.",
         [(30, 30, U, PR), (10, 10, U, PR)]),
        ("The talks were about the buffer zone. The first draft spoke of 10 km. The second "
         "draft spoke of 7 km. The final text settled on 5 km.",
         [(10, 10, U, "superseded"), (7, 7, U, "superseded"), (5, 5, U, S)]),
        ("The talks were about the buffer zone. Initially the rebels demanded 20 km. Later they "
         "lowered their demand to 12 km, which the government accepted.",
         [(20, 20, U, "superseded"), (12, 12, U, S)]),
        ("The talks were about the buffer zone. \"We will never accept 2 km,\" the general said.",
         [(2, 2, U, RJ)]),
        ("The talks were about the buffer zone. Moscow proposed 20 km; Kyiv countered with 5 km. "
         "Both figures were abandoned in May.", [(20, 20, U, DR), (5, 5, U, DR)]),
        ("The rebels' call for a 40 km zone was ignored.", [(40, 40, U, RJ)]),
        ("The talks were about the buffer zone. Neither the 20 km nor the 15 km proposal "
         "survived.", [(20, 20, U, DR), (15, 15, U, DR)]),
        ("Kiev asked for a buffer of 30 km. Moscow would accept only 15 km. They compromised on "
         "20 km.", [(30, 30, U, RJ), (15, 15, U, RJ), (20, 20, U, S)]),
    ],
    "one zone told twice, answered in kind, and named again": [
        ("A compromise floated by the mediators - a zone 20 km wide, 10 km on each bank - was "
         "rejected by both delegations.", [(20, 20, T, RJ), (10, 10, P, RJ)]),
        ("The north wants each army to pull back 15 kilometres from the river. The south has "
         "offered only 5 km.", [(15, 15, P, PR), (5, 5, P, PR)]),
        ("What we have agreed is a zone of 16 km, that is 8 km on each side of the line.\n\n"
         "SPOKESMAN: 16 km keeps their mortars out of range of our towns.",
         [(16, 16, T, S), (8, 8, P, S), (16, 16, T, S)]),
        ("A demilitarized zone extends one (l) kilometre to the north and one (l) kilometre to "
         "the south of the Line. In an area extending from the edge of the zone to a distance of "
         "ten (1O) kilometres from the Line on each side, no artillery shall be stationed.",
         [(1, 1, P, S), (1, 10, P, S)]),
    ],
    "figures that share the verb of the one before": [
        ("Heavy weapons will be pulled back 15 km from the line; lighter weapons, 5 km.",
         [(15, 15, D, S), (5, 5, D, S)]),
        ("Under the plan, tanks must be kept 20 km from the line, mortars 10 km and machine guns "
         "2 km.", [(20, 20, D, S), (10, 10, D, S), (2, 2, D, S)]),
        ("The buffer would run 30 km into Syria along the entire 480 km border.",
         [(30, 30, D, S)]),
        ("The zone's outer limit lies 25 km from the coast.", [(25, 25, D, S)]),
        ("The zone is 5 km wide, the lake 10 km.", [(5, 5, T, S)]),
        ("The zone is 5 km wide; the lake, 10 km.", [(5, 5, T, S)]),
        ("The Iraqi side of the zone is 10 km deep; the Kuwaiti side, 5 km.",
         [(10, 10, P, S), (5, 5, P, S)]),
        ("On both sides of the border, the zone extends 10 km.", [(10, 10, P, S)]),
        ("On either side of the line, a strip of 2 km will be kept free of troops.",
         [(2, 2, P, S)]),
        ("Security zone: 50 km for artillery of 100 mm calibre and over; 70 km for MLRS; 140 km "
         "for Tornado-S.", [(50, 50, U, S), (70, 70, U, S), (140, 140, U, S)]),
        ("In Zone A the army may keep one division; the zone extends from the canal to a line "
         "58 km east of it.", [(58, 58, D, S)]),
        ("The security zone stretches up to 15 km from the contact line.", [(15, 15, D, S)]),
        ("The buffer zone stretches 200 km from the coast to the mountains.", []),
    ],
    "distances that are not widths": [
        ("The talks were about the buffer zone. The north offered 5 km, saying a deeper "
         "pullback would leave the town of Brel, 12 km from the river, undefended.",
         [(5, 5, U, PR)]),
        ("The airfield lies 14 km from the line.", []),
        ("Their radar has a range of 250 km.", []),
        ("The line of contact is some 47 km long.", []),
        ("The track runs about 90 km east to west across the flats.", []),
        ("Flights within 10 km of the line on either side need notice in advance, and blasting "
         "is banned within 2 km of the line on either side.", [(10, 10, P, S), (2, 2, P, S)]),
    ],
    "more ways to say each side, a total and a rule": [
        ("The lines will be pulled back by 1 km each.", [(1, 1, P, S)]),
        ("The front line will be moved back one and a half kilometres by each army.",
         [(1.5, 1.5, P, S)]),
        ("The plan calls for a 10-km pullback by each side.", [(10, 10, P, PR)]),
        ("The deal provides for a mutual pullback of 5 km.", [(5, 5, P, S)]),
        ("The forces will disengage to a distance of 2 km from each other.", [(2, 2, T, S)]),
        ("The zone's width was set at 1.5 km.", [(1.5, 1.5, T, S)]),
        ("Guns with a calibre of over 100 mm must be 50 km from the line.", [(50, 50, D, S)]),
        ("Ships must stay at least 3 miles clear of the coast.", [(3 * MI, 3 * MI, D, S)]),
        ("Heavy weapons are to be pulled back beyond 30 km of the line.", [(30, 30, D, S)]),
        ("They want a 12mi buffer.", [(12 * MI, 12 * MI, U, S)]),
        ("Both forces will retire to a distance of two miles from the demarcation line.",
         [(2 * MI, 2 * MI, P, S)]),
        ("Neither side may station troops closer than 5 km to the line.", [(5, 5, P, S)]),
        ("The Parties shall withdraw their forces two (2) kilometres from the line, thus creating "
         "a demilitarized zone of four (4) kilometres.", [(2, 2, P, S), (4, 4, T, S)]),
        ("The parties agreed that the rebels would withdraw 5 km from the border.",
         [(5, 5, D, S)]),
        ("He retired 20 km from the border in 1990 after a long career in the army.", []),
        ("Both sides agreed to withdraw their forces 1 km from the line, creating a 2 km buffer.",
         [(1, 1, P, S), (2, 2, T, S)]),
    ],
    "more distances that are not widths": [
        ("Soldiers made a 5-km march to the zone.", []),
        ("Artillery fire hit positions 10 km deep inside the zone.", []),
        ("The town, 20 km from the border, was shelled by artillery.", []),
        ("The monitors are based in Lissa, 40 km away from the buffer zone.", []),
        ("Patrols cover 200 km of the border.", []),
        ("The ceasefire line, some 300 km long, is watched by 200 monitors.", []),
        ("The buffer is too narrow at the hill, where positions are less than 1 km apart.", []),
        ("Drones with a flight range of 40 km patrol the buffer.", []),
        ("The zone is 5 km wide, and the nearest village is 7 km away.", [(5, 5, T, S)]),
    ],
    "more zone words and ways to say what a figure measures": [
        ("The treaty requires a 20-foot vista to be kept clear, 10 feet on each side of the "
         "boundary.", [(20 * 0.0003048, 20 * 0.0003048, T, S), (0.003048, 0.003048, P, S)]),
        ("Israel declared a 300-metre \"buffer zone\" inside Gaza along the fence.",
         [(0.3, 0.3, D, S)]),
        ("The agreement sets up a 'zone of separation' two kilometres wide along each side of "
         "the ceasefire line.", [(2, 2, P, S)]),
        ("A security zone of 30 km depth along the border.", [(30, 30, D, S)]),
        ("A zone of 2 km width.", [(2, 2, T, S)]),
        ("Artillery has a 30 km range.", []),
    ],
    "units, numbers in words, bounds and conversions": [
        ("Warships shall keep out of a box 12 nautical miles wide.",
         [(12 * NMI, 12 * NMI, T, S)]),
        ("The parties agreed a strip of 500 yards either side of the fence.",
         [(500 * YD, 500 * YD, P, S)]),
        ("No heavy weapons may be deployed closer than 20 km to the contact line.",
         [(20, 20, D, S)]),
        ("Both armies will pull back three kilometres from the front line.", [(3, 3, P, S)]),
        ("The exclusion zone extends out to 40 km from the coast.", [(40, 40, D, S)]),
        ("The monitors asked for a zone half a kilometre wide.", [(0.5, 0.5, T, PR)]),
        ("A 1.5-km strip will be cleared along the border.", [(1.5, 1.5, U, S)]),
        ("The ceasefire created a buffer zone two hundred and fifty metres wide.",
         [(0.25, 0.25, T, S)]),
        ("The strip is to be fifteen hundred metres wide.", [(1.5, 1.5, T, S)]),
        ("A zone three-quarters of a mile wide.", [(0.75 * MI, 0.75 * MI, T, S)]),
        ("A half-mile-wide strip along the fence.", [(MI / 2, MI / 2, T, S)]),
        ("The zone extends a kilometre and a half on each side.", [(1.5, 1.5, P, S)]),
        ("The zone shall be one hundred and twenty kilometres wide.", [(120, 120, T, S)]),
        ("A strip a hundred yards wide was cleared.", [(100 * YD, 100 * YD, T, S)]),
        ("The talks on the zone lasted an hour and a half.", []),
        ("The demilitarised zone shall be 10-to-15 km wide.", [(10, 15, T, S)]),
        ("The zone will be 10 km or more wide.", [(10, 10, T, S)]),
        ("Guns must stay 20 km or more from the line on each side.", [(20, 20, P, S)]),
        ("Troops will withdraw 10 km (6 miles) from the border.", [(10, 10, D, S)]),
        ("The buffer zone, 16 km (10 miles) wide, will be patrolled by the monitors.",
         [(16, 16, T, S)]),
        ("Forces must remain a minimum of one and a half miles from the border.",
         [(1.5 * MI, 1.5 * MI, D, S)]),
        ("A mile-wide strip will be cleared along the border.", [(MI, MI, T, S)]),
        ("Troops will stay a kilometre back from the line on each side.", [(1, 1, P, S)]),
        ("The zone extends 3 sea miles from the coast.", [(3 * NMI, 3 * NMI, D, S)]),
        ("The zone is more than a mile wide.", [(MI, MI, T, S)]),
        ("Refugees walked a mile to the zone.", []),
        ("The road crosses the gorge, some 400 m deep, where the two armies' positions are less "
         "than a kilometre apart.", []),
        ("A neutral strip of fifty yards on either side of the line was agreed.",
         [(50 * YD, 50 * YD, P, S)]),
    ],
}  # fmt: skip

_ROWS = [(kind, text, want) for kind, rows in KINDS.items() for text, want in rows]


@pytest.mark.parametrize(("kind", "text", "want"), _ROWS, ids=[r[1][:40] for r in _ROWS])
def test_kinds(kind, text, want):
    assert sorted(widths(text)) == sorted(rounded(want)), kind


def test_capitals_keep_roads_and_grid_squares():
    """OCR in capitals: "FR0M" and "0F" are words, "A1" and "M1" stay names."""
    norm = normalise("CONVOYS FR0M CASTEN T0 BRAY 0N THE A1 AND M1 R0ADS").norm
    assert norm == "CONVOYS FROM CASTEN TO BRAY ON THE A1 AND M1 ROADS"


def test_references_by_name_and_feature():
    refs = [
        c.fields.get("reference")
        for c in extract(
            "Each side shall withdraw 3 km from the Orsa. Vessels shall keep 2 nautical miles "
            "from the track on either side. Each army stays 1 km back from the watershed.",
            "t",
        ).of_kind("width")
    ]
    assert refs == ["Orsa", "track", "watershed"]


def test_hyphen_before_a_space_joins_only_known_words():
    norm = normalise("north- and south-facing slopes; kilo- metres; be- tween").norm
    assert norm == "north- and south-facing slopes; kilometres; between"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Eastwire | Tue 4 Mar 2025 10:15 GMT\n\nTALKS RESUME\n\nThe envoys met.", "2025-03-04"),
        ("CITY RADIO - Evening News\nBroadcast of 9 June 2020 - transcript\n\nHOST: Welcome.",
         "2020-06-09"),
        ("ZCZC 0RVL 4l7\nPRI0RITY\nFM OFFICE\nT0 MINISTRY\nD3 l2 0CT l997\n\nl. TALKS ENDED.",
         "1997-10-12"),
        ("Statement by the Minister\n\nDelivered on 3 April 2019\n\nMadam Speaker,",
         "2019-04-03"),
        # a headline that tells of an event on a date is not the report's date
        ("TALKS TO RESUME ON 3 MAY 2023\n\nThe envoys met in the capital.", None),
    ],
)  # fmt: skip
def test_report_dates_in_short_header_lines(text, want):
    from geozone.claims.deadlines import document_date

    got = document_date(normalise(text).norm, text).date
    assert (got.isoformat() if got else None) == want


# (report text, [(date or None, relative words or None), ...]): deadlines in new wordings
DEADLINES = [
    ("Bulletin, 2 May 2022\nAll checkpoints shall be handed over by midnight on 9 May.",
     [("2022-05-09", None)]),
    ("Notice, 1 June 2021\nThe ferry lane reopens to traffic at 0600 UTC on 5 June 2021.",
     [("2021-06-05", None)]),
    ("Eastwire | Wed 3 Aug 2022 08:00 GMT\n\nThe truce runs until 19 August. The first convoy "
     "is expected in Marl on Friday.", [("2022-08-19", None), ("2022-08-05", None)]),
    ("Minutes of 2 March 2020\nThe Minister said the pullback would be completed 45 days after "
     "ratification.", [(None, "completed 45 days after ratification")]),
    ("Dated 4 April 2019. Both Governments shall notify the Board of their answer not later "
     "than 30 April 2019.", [("2019-04-30", None)]),
    ("Dated 4 April 2019. All units shall leave the strip within thirteen (13) days of the "
     "cessation of hostilities.", [(None, "within thirteen (13) days of the cessation of "
                                          "hostilities")]),
    # a past event told on the way is not a deadline
    ("Dated 4 April 2019. The talks ended the war that began on 24 March.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DEADLINES, ids=[d[0][:30] for d in DEADLINES])
def test_deadlines_in_new_wordings(text, want):
    assert deadlines(text) == want


def test_a_unit_point_before_a_capital_ends_a_sentence():
    from geozone.claims.text import sentences

    norm = normalise("The rebels demanded 20 km. Later they asked for 5 km. wide strips.").norm
    assert [norm[a:b].strip() for a, b in sentences(norm)] == [
        "The rebels demanded 20 km.",
        "Later they asked for 5 km wide strips.",
    ]
