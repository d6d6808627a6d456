"""Kinds of deadline, route and report-date wording behind the misses of the sixteenth and
seventeenth blind sets.

Like ``test_claims_deadlines_15.py``: every text was written for this test, with other places,
dates and word orders, so that a rule must read the kind and not one sentence. Unless a row
says otherwise, each report is dated Wednesday 4 June 2025; the expected days were counted on a
calendar.
"""

from __future__ import annotations

from claimrows import deadlines, report_date, report_deadlines, roads, routes, rows_test

HEAD = "Velde, 4 June 2025\n\n"

# the numbered items of an order, before its approval line
_ITEMS = "".join(f"({c}) Item {c} of this order applies to every post.\n" for c in "abcdefgh")

# a report's own date: a telex's opening line with its day and time only (its month and year
# from the date below), an approval line at the foot, a letter's place and date in a column
REPORT_DATES = [
    (
        "ZCZC KTR0212 140815Z\nPRIORITY\nFM HQ EASTERN SECTOR\nTO ALL UNITS\nBT\n"
        "SUBJ: TRUCE\nREF: TRUCE SIGNED 12 MAR 1981\n\n1. ALL UNITS TO HOLD.\n",
        "1981-03-14",
    ),
    (
        "ZCZC ORD0051 030600Z\nFM COMMAND\nTO ALL\nREF: PROTOCOL SIGNED 2 SEP 1990\n\n"
        "1. PATROLS CONTINUE.\n",
        "1990-09-03",
    ),
    (
        "Standing Order 7 - Checkpoints\n\n" + _ITEMS + "\nApproved: Col R. Amsel, Sector "
        "Commander              3 Feb 2022\n",
        "2022-02-03",
    ),
    (
        "Orders for the Lake Sector\n\n" + _ITEMS + "\nAuthorised by: Brig H. Tane"
        "                     19 August 2019\n",
        "2019-08-19",
    ),
    (
        "MINISTRY OF THE INTERIOR\n\nRef. MI/22/0417" + " " * 45 + "Port Hallam, 8 March "
        "2022\n\nDear Mr Orr,\n\nThank you for your letter.\n",
        "2022-03-08",
    ),
    (
        "OFFICE OF THE GOVERNOR\nThe Governor\n\nRef. SG/2019/311 (Borders)"
        + " " * 40
        + "Amber Bay, 2 July 2019\n\nDear Colleague,\n\nI write about the fence.\n",
        "2019-07-02",
    ),
    (
        "IMMEDIATE 0B0715Z MAR\nFROM MINDEF\nTO ALL SECTORS\nINFO EMBASSY\nSUBJ: TRUCE\n"
        "1. AFTER TALKS HELD AT TESK ON 6 MARCH 1991, FIRING STOPS.\n",
        "1991-03-08",
    ),
    # guards: a telex day with no date below it, a date inside a sentence of the text
    ("ZCZC KTR0212 140815Z\nFM HQ\nTO ALL\n\n1. ALL UNITS TO HOLD.\n", None),
    (
        "Notes on the fence\n\nThe fence was begun near Lusk on 30 October 2018 by the army.\n",
        None,
    ),
]

test_report_dates = rows_test(REPORT_DATES, report_date)

# a signing told with a time, or with no "on" ("SIGNED AT TESK AT 1400 HRS 9 MAY", "TREATY
# SIGNED 9 MAY 1977"), that a count from signature starts from
SIGNED_TIME = [
    (
        "Velde, 12 May 1977\n\nTREATY SIGNED AT TESK AT 1400 HRS 9 MAY. GUNS TO BE WITHDRAWN "
        "WITHIN TWELVE (12) DAYS OF THE SIGNATURE OF THE TREATY.\n",
        [("1977-05-21", None)],
    ),
    (
        HEAD + "The accord signed at 09:30 on 2 June provides that all posts be dismantled "
        "within 8 days of signature.\n",
        [("2025-06-10", None)],
    ),
    # guard: no signing told: the count runs from the report's date
    (
        HEAD + "They put up a road sign at 09:30. Posts go within 8 days of signature.\n",
        [("2025-06-12", None)],
    ),
]

# a count in figures echoed in words, from an entry into force the text dates or that falls
# on the signing ("10 (ten) days")
ECHOED = [
    (
        "Protocol on the Ress Valley\n\nThe Parties shall pull back their guns within 6 "
        "(six) days of the entry into force of this Protocol.\nThis Protocol enters into force "
        "on the day of its signature.\n\nDone at Ostby, 11 May 2023\n",
        [("2023-05-17", None)],
    ),
    (
        HEAD + "Mines shall be lifted within 21 (twenty-one) days of the date of this report.\n",
        [("2025-06-25", None)],
    ),
]

# a count from a rule's taking effect, on the day the text gives; a start "from that date" on
# the day just named
TAKING_EFFECT = [
    (
        HEAD + "This Order takes effect on 10 June 2025. Wardens shall report to the office "
        "within 5 days of its taking effect.\n",
        [("2025-06-10", None), ("2025-06-15", None)],
    ),
    (
        HEAD + "The new rules take effect on 1 July 2025. Each post will confirm its staff "
        "lists within 3 days of its taking effect.\n",
        [("2025-07-01", None), ("2025-07-04", None)],
    ),
]
THAT_DATE = [
    (
        HEAD + "The Orle bridge shall reopen to lorries on 20 June 2025. The south bank road "
        "shall be patrolled jointly from that date.\n",
        [("2025-06-20", None), ("2025-06-20", None)],
    ),
    (
        HEAD + "Both posts will be handed over on 18 June. Civil traffic is to resume on the "
        "same day.\n",
        [("2025-06-18", None), ("2025-06-18", None)],
    ),
    # guard: "that date" with no day named before it
    (HEAD + "Patrols shall begin from that date.\n", []),
]

# a telex: a start with its time and day and no "on", a thing to happen at a time and day,
# a duty in capitals, a count in hours read in small letters
TELEX = [
    (
        "ZCZC QRA0301 020900Z\nFM EMBASSY\nTO MINISTRY\nREF: TEXT OF 1 AUG 1983\n\n"
        "1. TRUCE TAKES EFFECT 1800 LOCAL 4 AUG ON ALL FRONTS.\n",
        [("1983-08-04", None)],
    ),
    (
        "ZCZC QRA0301 020900Z\nFM EMBASSY\nTO MINISTRY\nREF: TEXT OF 1 AUG 1983\n\n"
        "1. RAIL SERVICE TO ORLA TO RESUME 0700 6 AUG.\n",
        [("1983-08-06", None)],
    ),
    (
        "ZCZC QRA0301 020900Z\nFM EMBASSY\nTO MINISTRY\nREF: TEXT OF 1 AUG 1983\n\n"
        "1. BOTH SIDES TO LIST THEIR OBSERVERS BY 9 AUG.\n",
        [("1983-08-09", None)],
    ),
    (
        "ZCZC QRA0301 020900Z\nFM EMBASSY\nTO MINISTRY\nREF: TEXT OF 1 AUG 1983\n\n"
        "1. GUNS TO BE PULLED BACK WITHIN 72 HRS OF THE TRUCE TAKING EFFECT.\n",
        [(None, "within 72 hours of the truce taking effect")],
    ),
    (
        "Velde, 2 August 1983\n\n1. TRUCE SIGNED AT ORLA TODAY. TAKES EFFECT 0600 HRS 5 AUG.\n",
        [("1983-08-05", None)],
    ),
    (
        "Velde, 2 August 1983\n\n1. THE COAST ROAD REOPENS FOR RED CROSS TRUCKS 7 AUG.\n",
        [("1983-08-07", None)],
    ),
    (
        "Velde, 2 August 1983\n\n4. ACCORD IN EFFECT FROM 0600Z 6 AUG. REPORT BY SIGNAL.\n",
        [("1983-08-06", None)],
    ),
    (
        "Velde, 2 August 1983\n\n5. JOINT MEETING AT KORRA 11 AUG. SEND NAMES.\n",
        [("1983-08-11", None)],
    ),
    # guard: a count that is not "within" keeps its words
    (
        "ZCZC QRA0301 020900Z\nFM EMBASSY\nTO MINISTRY\nREF: TEXT OF 1 AUG 1983\n\n"
        "1. COMMISSION TO MEET 24 HRS AFTER THE TRUCE.\n",
        [(None, "meet 24 hrs after the truce")],
    ),
]

# an hour on the day its sentence has just named; a thing to be done on a day, with words
# between ("will be laid before the Senate on Tuesday", "shall take place on", "would announce
# on Monday")
ON_A_DAY = [
    (
        HEAD + "The march shall take place on 14 June and shall end by 1700.\n",
        [("2025-06-14", None), ("2025-06-14", None)],
    ),
    (
        HEAD + "The bill will be laid before the Senate on Tuesday, the clerk said.\n",
        [("2025-06-10", None)],
    ),
    (HEAD + "The relief appeal will be launched in Marra on 9 June.\n", [("2025-06-09", None)]),
    (
        HEAD + "The minister said she would announce on Friday which roads would close.\n",
        [("2025-06-06", None)],
    ),
    (HEAD + "- Crossings open at 07:00 on 12 June.\n", [("2025-06-12", None)]),
    # guards: an hour with no day in its sentence, a thing done
    (HEAD + "Shops close by 1700.\n", []),
    (HEAD + "The appeal was launched in Marra on 2 June.\n", []),
]

# a span whose first day opens the sentence, the act after its dates; a sentence that opens
# with the hour a rule starts; "until at least" a day; a present passive open until a day;
# an hour later today
SPANS = [
    (
        HEAD + "From 9 June until 13 June 2025 the sea area west of Kell is closed to "
        "shipping for gunnery.\n",
        [("2025-06-09", None), ("2025-06-13", None)],
    ),
    (
        HEAD + "From 10pm tonight a ban on fires will apply across the county.\n",
        [("2025-06-04", None)],
    ),
    (HEAD + "From Friday all ferries shall sail by day only.\n", [("2025-06-06", None)]),
    (
        HEAD + "The closure stays in force until at least Monday 16 June, when it will be "
        "reviewed.\n",
        [("2025-06-16", None)],
    ),
    (HEAD + "Views from residents are invited until 30 June.\n", [("2025-06-30", None)]),
    (
        HEAD + "Anyone who needs a lift should call the council before 5pm today.\n",
        [("2025-06-04", None)],
    ),
    # guards: a span told of the past, a passive told of the past
    (HEAD + "From 1 May until 3 May the road was closed.\n", []),
    (HEAD + "Views were invited until 30 May.\n", []),
]

# a signing "this morning" told under a dispatch's dateline of the day before the paper's;
# a treaty "concluded" on a dated day in an article with no date of its own
SIGNING = [
    (
        "THE MORNING POST          April 9, 1931          Page 2\n\n"
        "KASHGAR, April 8. - A truce was signed this morning at Yarkand. The troops are to "
        "withdraw within six days of the signing.\n",
        [("1931-04-14", None)],
    ),
    (
        "The Lenn strip was set up under the treaty they concluded at Varna on 2 March "
        "1878. The garrisons were to be withdrawn within two months of the signature.\n",
        [("1878-05-02", None)],
    ),
]

# a count in minutes from an event (not a bare "within 30 minutes")
MINUTES = [
    (
        HEAD + "Sightings shall be reported to the duty officer within 20 minutes of being made.\n",
        [(None, "within 20 minutes of being made")],
    ),
    (HEAD + "The kettle boils within 3 minutes.\n", []),
]

test_signed_time = rows_test(SIGNED_TIME, report_deadlines)
test_echoed = rows_test(ECHOED, report_deadlines)
test_taking_effect = rows_test(TAKING_EFFECT, report_deadlines)
test_that_date = rows_test(THAT_DATE, report_deadlines)
test_telex = rows_test(TELEX, report_deadlines)
test_on_a_day = rows_test(ON_A_DAY, report_deadlines)
test_spans = rows_test(SPANS, report_deadlines)
test_signing = rows_test(SIGNING, report_deadlines)
test_minutes = rows_test(MINUTES, report_deadlines)


def test_passage_without_date_keeps_words():
    """A passage with no report date keeps a telex's count as words (a check of the reader
    function used above, on a passage)."""
    assert deadlines("GUNS TO BE PULLED BACK WITHIN 72 HRS OF THE TRUCE TAKING EFFECT.") == [
        (None, "within 72 hours of the truce taking effect")
    ]


# routes: "between" written "BTN", an air route's number, flights and regular services, a
# table's column headed "Route", a pair that ends before "and on the ..."; guards: bodies,
# sea areas, numbered patrol routes with no places
ROUTES = [
    ("AIRWAY R22 BTN ORSK AND TELLA CLSD.", [("Orsk", "Tella")]),
    ("There are two daily flights from Hobart to Lenn Island.", [("Hobart", "Lenn Island")]),
    (
        "A regular service on the lake from Kosta to Brell carries mail.",
        [("Kosta", "Brell")],
    ),
    (
        " Lane | Route               | Opens\n ------+---------------------+--------\n"
        " L-1  | Ashby - Corran      | 3 May\n L-2  | Dell to the Orm ford | 9 May\n",
        [("Ashby", "Corran"), ("Dell", "Orm ford")],
    ),
    (
        "Checks are stepped up on the Kell Freeway between Ostby and Varn and on the Bay "
        "Freeway towards Lusk.",
        [("Ostby", "Varn")],
    ),
    # a road taken from one place towards another; a notice's "UNAFFECTED" ends a place
    ("Refugees walk along the Trans-Ostic Highway from Lerna towards Pask.", [("Lerna", "Pask")]),
    ("BUS SERVICE FROM OSTBY TO KELL UNAFFECTED.", [("Ostby", "Kell")]),
    # guards
    ("Talks between the Ministries of Defence - Federation and Republic resumed.", []),
    ("The shipping line from Cape Ulm to Brenn Head marks the limit of the zone.", []),
    ("Patrol route 4 is walked twice a day.", []),
]

test_routes = rows_test(ROUTES, routes)


# a road's number with its word "Route", in brackets or as the stretch's name; a hyphen kept;
# a road taken "via"; a way or freeway by its name; "the N4 is shut between"; an air route's
# number after "BTN"
ROADS = [
    ("The road from Essel to Marn (Route K4) is open by day.", ["Route K4"]),
    ("The stretch of Route B9 between Tarn and the Holm bridge is mined.", ["Route B9"]),
    ("The road from Lenz to Orla (D-40) is cut at the pass.", ["D-40"]),
    ("The stretch of Road P-7 between Aske and Hoy is open.", ["P-7"]),
    ("RELIEF ROUTE FROM DORN TO ASKA VIA HIGHWAY 6 TO BE KEPT OPEN.", ["Highway 6"]),
    ("Convoys run from Ulm to Kasp via the N11, the army said.", ["N11"]),
    ("The section of the Cliff Way between Brant Point and Oxley village is shut.", ["Cliff Way"]),
    ("Police watch the Hale Freeway between Ostby and Rusk.", ["Hale Freeway"]),
    ("The N9 is now closed between Ardo and Bellin in both directions.", ["N9"]),
    ("AIRWAY R22 BTN ORSK AND TELLA CLSD.", ["R22"]),
    # guards: an air route's kind word is not its name; a lower-case route keeps only its number
    ("ATS ROUTE W15 BTN ORSK AND TELLA CLSD.", ["W15"]),
    ("The road from Kalvin to Ostra (route T-3) is open.", ["T-3"]),
    ("The road from Essel to Marn is open by day.", [None]),
]

test_roads = rows_test(ROADS, roads)
