"""Kinds of wording behind the misses of the tenth blind set, each in new phrasings.

Like ``test_claims_kinds_9.py``: every text was written for this test, in
other units, word orders, numbers in words and damaged text, so that a rule
must read the kind (a bare "mile" in a text that counts in nautical miles, a
limit measured out from baselines or a coast, each side standing back from a
common line, a zone "in all", the length and width of a strait, a figure
nobody put forward, a belt left between two withdrawals, a band from the
edge of a zone out to a line) and not one sentence. A row gives the widths a
careful reader finds: (min km, max km, semantics, status), where status is
the ``proposal`` field or "stated".
"""

from __future__ import annotations

import pytest
from claimrows import (
    NMI,
    RJ,
    D,
    P,
    S,
    T,
    U,
    references,
    report_date,
    report_deadlines,
    rounded,
    routes,
    rows_test,
    width_rows,
    widths,
)

from geozone.claims import extract, read_texts

KINDS = {
    "a bare mile in a text that counts at sea in nautical miles": [
        ("The closed area runs 5 nautical miles on each side of the cable, 10 nautical miles "
         "in all. Trawlers may cross the 10-mile area only by day.",
         [(5 * NMI, 5 * NMI, P, S), (10 * NMI, 10 * NMI, T, S), (10 * NMI, 10 * NMI, T, S)]),
        ("VESSELS MAY N0T ANCH0R IN A BELT 0F 4 NAUTICAL MILES IN T0TAL ALONG THE PIPELINE. "
         "VESSELS IN THE 4-MILE BELT KEEP WATCH 0N CHANNEL 16.", [(4 * NMI, 4 * NMI, T, S),
                                                             (4 * NMI, 4 * NMI, T, S)]),
        ("The exclusion zone is 8 nautical miles wide; south of the cape it narrows to 3 miles.",
         [(8 * NMI, 8 * NMI, T, S), (3 * NMI, 3 * NMI, T, S)]),
    ],
    "a limit or belt measured out from baselines or a coast": [
        ("In 1964 Norland closed a belt of six nautical miles measured from its baselines.",
         [(6 * NMI, 6 * NMI, D, S)]),
        ("The fishing limit was later pushed out to 25 nautical miles from the baselines.",
         [(25 * NMI, 25 * NMI, D, S)]),
        ("On the western shore the zone ran back some 12 km from the coast.",
         [(12, 12, D, S)]),
        ("North of the cape the belt reaches back about 3 miles from the shore.",
         [(3 * 1.609344, 3 * 1.609344, D, S)]),
    ],
    "a zone named again by its figure: a limit at sea, a section": [
        ("Norland's fishing zone runs 12 nautical miles from the baselines. Foreign trawlers "
         "may not enter the 12-mile limit.",
         [(12 * NMI, 12 * NMI, D, S), (12 * NMI, 12 * NMI, D, S)]),
        ("The closed area extends 5 km from the coast. Patrols watch the 5-km belt day and "
         "night.", [(5, 5, D, S), (5, 5, D, S)]),
        ("Across the marsh the strip is only 400 m wide in total. Mines are to be cleared from "
         "the 400-metre marsh section by May.", [(0.4, 0.4, T, S), (0.4, 0.4, T, S)]),
        ("Each side pulls back 6 km from the ridge line. The pull-back to the 6-km line must be "
         "over by May.", [(6, 6, P, S), (6, 6, P, S)]),
        ("Both armies will withdraw 3 miles from the canal on either side. Withdrawal to the "
         "three-mile line starts on Monday.", [(3 * 1.609344, 3 * 1.609344, P, S),
                                               (3 * 1.609344, 3 * 1.609344, P, S)]),
        ("EACH ARMY T0 STAND BACK 4 KM FR0M THE LINE 0F C0NTACT. WITHDRAWAL T0 THE F0UR-\n"
         "KIL0METRE LINE T0 END BY 1 MAY.", [(4, 4, P, S), (4, 4, P, S)]),
    ],
    "a zone back to its full width, told where": [
        ("The strip runs 2 km on each side of the road. In the town it narrows to 300 metres "
         "either side, widening again to the full 2 km east of the bridge.",
         [(2, 2, P, S), (0.3, 0.3, P, S), (2, 2, P, S)]),
        ("PATR0L Z0NE 4 KM EACH SIDE 0F THE LINE; 1 KM EACH SIDE AT THE F0RD, WIDENING AGAIN T0 "
         "THE FULL 4 KM N0RTH 0F IT.", [(4, 4, P, S), (1, 1, P, S), (4, 4, P, S)]),
    ],
    "each side standing back from one common line": [
        ("Each army stands back five kilometres from the present line of contact.",
         [(5, 5, P, S)]),
        ("BOTH SIDES T0 PULL BACK 3 KM FR0M THE CURRENT LINE 0F SEPARATION.", [(3, 3, P, S)]),
        ("Each force will withdraw two miles from the existing line of control.",
         [(2 * 1.609344, 2 * 1.609344, P, S)]),
    ],
    "a zone's whole width told 'in all'": [
        ("Each side pulls back 6 km from the line, so a twelve-kilometre buffer zone in all.",
         [(6, 6, P, S), (12, 12, T, S)]),
        ("The plan gives a demilitarised strip of 4 miles in all.",
         [(4 * 1.609344, 4 * 1.609344, T, S)]),
    ],
    "the length and width of a strait or channel: no zone": [
        ("Demilitarized zones of the Orm Narrows\n\nThe zones were set up in 1920.\n\nExtent\n"
         "The Orm Narrows are about 40 km long and between 2 and 5 km wide; the Belt is about "
         "12 km long.", []),
        ("Neutral belt of the Tarra Narrows\n\nThe belt dates from 1930.\n\nGeography\nThe "
         "Tarra Narrows are 25 miles long and 1 to 3 miles wide.", []),
        ("The channel is some 30 miles long and 2 to 5 miles wide; the zone along it is 1 km "
         "wide.", [(1, 1, T, S)]),
    ],
    "how far a feature of the sea bed reaches out: no zone": [
        ("Trawling is banned inside the zone. The Dogger shelf, which at points extends some 60 "
         "miles offshore, is rich in cod.", []),
        ("The exclusion zone covers the bay. The outer reef runs about 12 km offshore.", []),
    ],
    "a figure the text says nobody put forward": [
        ("Q: You offered twenty kilometres per side? A: No figure of twenty was ever put on the "
         "table.", []),
        ("The press spoke of a 15-km strip each side. No figure of fifteen was ever tabled by "
         "either party.", []),
        ("Reports put the zone at 5 miles. No proposal of that size was ever made.", []),
    ],
    "an opening figure, refused in the next sentence": [
        ("Q: In May you spoke of a 12-mile zone. A: Twelve miles was our opening figure. It was "
         "turned down at once.", [(12 * 1.609344, 12 * 1.609344, U, RJ),
                                  (12 * 1.609344, 12 * 1.609344, U, RJ)]),
        ("The talks were about a buffer zone. Five kilometres was Tarn's opening figure. It was "
         "rejected in June.",
         [(5, 5, U, RJ)]),
    ],
    "a figure lowered in a negotiation, by its number alone": [
        ("Our first demand, a 12 km zone, was refused. In May we came down to eight, and that "
         "was turned down too.", [(12, 12, U, RJ), (8, 8, U, RJ)]),
        ("They asked for a buffer of ten miles and we said no. Then they went down to six, "
         "which we also rejected.", [(10 * 1.609344, 10 * 1.609344, U, RJ),
                                     (6 * 1.609344, 6 * 1.609344, U, RJ)]),
    ],
    "a belt left between two withdrawals": [
        ("Both armies withdraw 7 km from the truce line, leaving a neutral belt of 14 km.",
         [(7, 7, P, S), (14, 14, T, S)]),
        ("EACH SIDE T0 PULL BACK 3 MILES FR0M THE RIVER, LEAVING A BUFFER 0F 6 MILES.",
         [(3 * 1.609344, 3 * 1.609344, P, S), (6 * 1.609344, 6 * 1.609344, T, S)]),
    ],
    "a telex's figure and its unit, or its adjective and noun, on two lines": [
        ("B0TH SIDES T0 PULL BACK 5\nKM FR0M THE RIVER, LEAVING A NEUTRAL STRIP 0F 1O\nKM.",
         [(5, 5, P, S), (10, 10, T, S)]),
        ("A Z0NE 0F 3 (THREE)\nMILES EACH SIDE 0F THE R0AD IS CLOSED.",
         [(3 * 1.609344, 3 * 1.609344, P, S)]),
        ("ARMIES T0 WITHDRAW 4 KM EACH SIDE 0F THE LINE. N0 GUNS IN THE 8-KM\nZONE.",
         [(4, 4, P, S), (8, 8, U, S)]),
    ],
    "a band from the edge of a zone out to a line": [
        ("The zone of separation extends 3 km on each side of the line. Heavy guns are banned "
         "between the outer edge of the zone of separation and a line 15 km from the line of "
         "contact.", [(3, 3, P, S), (3, 15, P, S)]),
        ("Forces withdraw 2 miles on either side of the boundary. Tanks may not enter the area "
         "between the edge of the buffer zone and a line 10 miles from the boundary.",
         [(2 * 1.609344, 2 * 1.609344, P, S), (2 * 1.609344, 10 * 1.609344, P, S)]),
        ("Each side withdraws 2 km from the ridge. Mortars go back beyond 9 km from the ridge "
         "on both sides, so between the edge of the buffer zone and that 9-km line only rifles "
         "are allowed.", [(2, 2, P, S), (9, 9, P, S), (2, 9, P, S)]),
    ],
}  # fmt: skip


test_kinds = rows_test(width_rows(KINDS), widths, rounded)


# (report text, [reference of each width]): the line a width is measured from
REFERENCES = [
    ("In 1964 Norland closed a belt of six nautical miles measured from straight baselines.",
     ["straight baselines"]),
    ("The fishing limit was later pushed out to 25 nautical miles from the baselines.",
     ["baselines"]),
    # each shore or bank of a water named before the figure
    ("Both shores of the Kessel were demilitarised to a depth of 10 km.", ["Kessel"]),
    ("Each bank of the Orra is to be cleared to a depth of two miles.", ["Orra"]),
    # back to the full width: the line of that width, not the place where it is reached
    ("The strip runs 2 km on each side of the road. In the town it narrows to 300 metres "
     "either side, widening again to the full 2 km east of the Dunn bridge.",
     ["road", "road", "road"]),
    ("Under the 1921 treaty both shores of the Vell were demilitarised to a depth of 8 miles.",
     ["Vell"]),
    # one party's bank or side of the river or boundary named before
    ("The zone lies along the Orra river. Tarn first asked for a strip of 6 km on the Ulmish "
     "bank only.", ["Orra river"]),
    ("The belt along the Kessel-Varn border is uneven: in the hills it runs 2 km deep on the "
     "Kessel side.", ["Kessel-Varn border"]),
    ("THE STRIP F0LL0WS THE TARN-ORM LINE. IT IS 3 KM DEEP 0N THE TARN SIDE.",
     ["Tarn-Orm line"]),
]  # fmt: skip


test_references = rows_test(REFERENCES, references)


# (report text, [(from, to), ...])
ROUTES = [
    # a sea area or a scheme "from X to Y" is no route
    ("Ships are reminded that the traffic separation scheme from Cape Orra to the Dunn light "
     "stays in force.", []),
]  # fmt: skip


test_routes = rows_test(ROUTES, routes)


# (report text, [(date or None, relative words or None), ...])
DEADLINES = [
    # something told as done on a date is no deadline
    ("Fishery limits\n\nThe limit was extended to 30 nautical miles on 1 March 1975.", []),
    ("History\n\nThe belt was extended to 12 km on 5 June 1961 and to 20 km in 1970.", []),
    # ... while a date moved is one
    ("Report of 4 May 1980\n\nThe pull-back was extended to 30 May.", [("1980-05-30", None)]),
]  # fmt: skip


test_deadlines = rows_test(DEADLINES, report_deadlines)


# (report text, [(from, to, road)]): a road known by its name, a causeway, a telex's road
ROADS = [
    ("The Tessel road from Orvik to Lanmoor is to reopen in May.",
     [("Orvik", "Lanmoor", "Tessel road")]),
    ("Traffic on the Brann Road between Kell and Upper Dane stays closed.",
     [("Kell", "Upper Dane", "Brann Road")]),
    ("The Orma causeway from Vell-Sud to Dunn Market was mined.",
     [("Vell-Sud", "Dunn Market", None)]),
    ("C0NV0YS USE MAIN R0AD HARLA-P0RT ENNIS AFTER THE PULLBACK.", [("Harla", "Port Ennis", None)]),
    # a stretch of a road named for its two ends, up to a place short of the far end
    ("The trucks will take the Orvik-Lanmoor highway as far as the Dessa junction.",
     [("Orvik", "Dessa junction", "Orvik-Lanmoor highway")]),
    ("Convoys use the Kell-Varna road only as far as Upper Mill and then a track.",
     [("Kell", "Upper Mill", "Kell-Varna road")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ROADS, ids=[r[0][:30] for r in ROADS])
def test_roads(text, want):
    got = [
        (c.fields["from"], c.fields["to"], c.fields.get("road"))
        for c in extract(text, "t").of_kind("route")
    ]
    assert got == want


# (report, [(date, status)]): a date moved or given up is superseded, the new one stands
MOVED = [
    ("Bulletin, 2 April 2024\n\nThe reopening of the Varn bridge, promised for 10 April, has been "
     "put back to 22 May.", [("2024-04-10", "superseded"), ("2024-05-22", None)]),
    ("Statement, 5 June 2023\n\nThe monitors arrive on 20 June, not on 12 June as originally "
     "planned.", [("2023-06-20", None), ("2023-06-12", "superseded")]),
    ("Notice, 3 March 2022\n\nTroops leave the strip by 20 March. The date of 15 March given "
     "last week no longer applies.", [("2022-03-20", None), ("2022-03-15", "superseded")]),
    ("Report of 30 June 2020\n\nThe handover, planned for 15 June, has been postponed to "
     "10 July.", [("2020-06-15", "superseded"), ("2020-07-10", None)]),
    ("BULLETIN 9 MAY 2021\n\nTHE EXCHANGE 0F PRIS0NERS, SCHEDULED F0R 12 MAY, HAS BEEN MOVED TO "
     "19 MAY.", [("2021-05-12", "superseded"), ("2021-05-19", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), MOVED, ids=[d[0][:30] for d in MOVED])
def test_moved_dates(text, want):
    (doc,) = read_texts([("t.txt", text, ())]).documents
    got = [(c.fields["date"], c.fields.get("status")) for c in doc.of_kind("deadline")]
    assert got == want


# (report, its own date): a dateline without a year, whose weekday is the day of a saying
DATELINES = [
    ("ORLEN, Mar 3 - The next round of talks is due to open on Friday, officials said on "
     "Monday.\n\nThe ceasefire agreed in 2017 was renewed in 2019.", "2025-03-03"),
    ("VESS, Sep 14 - Monitors will cross into the zone on Wednesday, the mission announced on "
     "Saturday.\n\nThe mission was set up in 2016.", "2019-09-14"),
    # a telex's day and time of origin with no year, over a reference to an earlier telegram
    ("ZCZC TLX 12\nFM EMBASSY ORRA\nTO MINISTRY\n4 JUNE 0930Z\nREF YOUR TEL 12 OF 28 MAY 1971\n\n"
     "1. TEXT FOLLOWS.", "1971-06-04"),
    ("FM MISSION VELL\nT0 F0REIGN 0FFICE\n3 JANUARY l615Z\nREF Y0UR TELEGRAM 7 0F 29 DECEMBER "
     "1956\n\nSUMMARY F0LL0WS.", "1957-01-03"),
]  # fmt: skip


test_datelines = rows_test(DATELINES, report_date)
