"""Kinds of report-date, deadline and route wording behind the misses of the nineteenth blind set.

Like ``test_claims_deadlines_18.py``: every text was written for this test, with other places,
dates and word orders, so that a rule must read the kind and not one sentence. The expected days
were counted on a calendar.
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, roads, routes, rows_test

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# a signing line after the last sentence of a text, its year on the next line: "... on
# signature. Done at Tarrow on 3 May\n2011"; a court sitting: "Before Mr Justice Arn, sitting
# at Velde, on Friday 4 November 2016"
REPORT_DATES = [
    (
        "ACCORD ON THE KELL RIVER\n\nArticle 9\n\nThis Accord enters into force on signature. "
        "Done at Morvan on 12 August\n2014 in three originals.\n",
        "2014-08-12",
    ),
    (
        "Annex B\n\nThe parties keep one copy each. Signed at Orla, on the 2nd day of\n"
        "March 2009.\n",
        "2009-03-02",
    ),
    (
        "IN THE COUNTY COURT AT CALDER\nClaim No. CA-2023-118\n\nBETWEEN\n  TESK FARMERS' UNION"
        "    Claimants\nand\n  HOLM SAND LIMITED    Defendant\n\nORDER\n\n"
        "Before His Honour Judge Treave, sitting at Calder, on\nTuesday 7 March 2023.\n\n"
        "IT IS ORDERED THAT the road stay shut.\n",
        "2023-03-07",
    ),
    (
        "RULING\n\nBefore the Court of Appeal, sitting in Hollin on 19 January 2018.\n",
        "2018-01-19",
    ),
    # guards: a sitting with no date beside it, a man sitting somewhere, told
    (
        "ORDER\n\nThe tribunal, sitting at Arn, heard that on 3 May 2011 a blast shook the "
        "village.\n",
        None,
    ),
    ("The mayor was sitting in Velde on 2 May 2011 when the shell fell.\n", None),
]

# a count from the signature or from the order itself, resolved by the date found above
FROM_SIGNATURE = [
    (
        "Article 4\n\nThe pullback shall be completed within ten (10) days of the signature of "
        "this Accord.\n\nArticle 9\n\nThis Accord enters into force on signature. Done at "
        "Morvan on 12 August\n2014.\n",
        [("2014-08-22", None)],
    ),
    (
        "IN THE HIGH COURT OF ARNE\nQUEEN'S BENCH DIVISION      Claim No. 44\n\nBETWEEN\n"
        "  ARN PARISH COUNCIL    First Claimant\n  ARN RESIDENTS    Second Claimant\nand\n"
        "  VELL STONE LTD    Defendant\n\nORDER\n\n"
        "Before the Honourable Mr Justice Pellingworth-Ross, sitting at Orrin, on\n"
        "Monday 3 April 2023.\n\n"
        "1. The Defendant shall fence the pit within 21 days of the date of this Order.\n",
        [("2023-04-24", None)],
    ),
]

# a count from tonight or from now, said on the report's day
FROM_NOW = [
    (
        "Kell, Tuesday 6 May 2025\n\nVisitors to the farm must report to a clinic within 72 "
        "hours from tonight.\n",
        [("2025-05-09", None)],
    ),
    (
        "Kell, Tuesday 6 May 2025\n\nThe herds must be moved within ten days from now, the "
        "minister said.\n",
        [("2025-05-16", None)],
    ),
    # guard: a count from an event
    (
        "Kell, Tuesday 6 May 2025\n\nHerds must be moved within ten days from the first case.\n",
        [(None, "within ten days from the first case")],
    ),
]

# a state that holds now and is to last: "remain closed until", "stays closed until"
REMAIN_UNTIL = [
    (
        "Velde, Wednesday 4 June 2025\n\nBridleways in the Arne hills remain closed until "
        "30 June.\n",
        [("2025-06-30", None)],
    ),
    (
        "Velde, Wednesday 4 June 2025\n\nThe coastal path stays closed\nuntil 12 July 2025.\n",
        [("2025-07-12", None)],
    ),
    (
        "Velde, Wednesday 4 June 2025\n\nRoads into the zone remain closed until Friday.\n",
        [("2025-06-06", None)],
    ),
    # guard: a state that went on, told
    ("Velde, Wednesday 4 June 2025\n\nThe road remained closed until 2 May.\n", []),
]

# a plan kept or moved, with a word between its verb and its day ("will open as planned on",
# "will now take place on"); a weekday given with its date ("on Monday 8 September")
PLANNED = [
    (
        HEAD + "Schools in Arne will reopen as planned on 8 September.\n",
        [("2025-09-08", None)],
    ),
    (
        HEAD + "The signing will now take place on 8 October, here in Arn.\n",
        [("2025-10-08", None)],
    ),
    (HEAD + "The count shall instead take place on 2 July.\n", [("2025-07-02", None)]),
    (HEAD + "Markets in Tesk will open on Monday 8 September.\n", [("2025-09-08", None)]),
    # guard: a plan kept, told
    (HEAD + "The market was held as planned on 2 May.\n", []),
]

test_report_dates = rows_test(REPORT_DATES, report_date)
test_planned = rows_test(PLANNED, report_deadlines)
test_remain_until = rows_test(REMAIN_UNTIL, report_deadlines)
test_from_now = rows_test(FROM_NOW, report_deadlines)
test_from_signature = rows_test(FROM_SIGNATURE, report_deadlines)

# a bus's, a coach's or a shuttle's run (a signal's "FM"); another of the ways a sentence names
# ("the central one from C to B"); a place followed by a purpose ("to freight"); a cable's course
# is no route
ROUTES = [
    ("The coach from Dunmere to Holt Bay no longer stops at the camp.", [("Dunmere", "Holt Bay")]),
    ("Buses from Arlo to Kestrel Point run twice a day.", [("Arlo", "Kestrel Point")]),
    ("FERRY SUSPENDED\nBUS SHUTTLE FM TARNVIK TO OSLEY EXEMPT\n", [("Tarnvik", "Osley")]),
    (
        "The first lane ran from Pell to Orsk, the second one from Vand to Orsk.",
        [("Pell", "Orsk"), ("Vand", "Orsk")],
    ),
    (
        "WE WILL OPEN THE ROAD FROM TELM TO PORT ARVA TO TRAFFIC BY NIGHT.\n",
        [("Telm", "Port Arva")],
    ),
    (
        "CONVOYS WILL USE THE CORRIDOR FROM ARNOLT TO MERRIN HEAD TO RESUPPLY THE CAMP.\n",
        [("Arnolt", "Merrin Head")],
    ),
    # guards: "one" with no way named before it, a cable's or a pipeline's course
    ("Each one from Arn to Velde was counted twice.", []),
    ("Fishing is barred in a corridor along the power cable, which runs from Osk to Brede.", []),
    ("A zone lies over the corridor of the gas pipeline from Tarn to Holm.", []),
]

test_routes = rows_test(ROUTES, routes)

# a road's number in brackets with its article, "(the C41)"; a road named for a "Mc" or "Mac"
ROADS = [
    ("Police will close the lane from Ross to Edde (the B62) at noon.", ["B62"]),
    ("Convoys use the track from Orm to Lask (the A7) by day.", ["A7"]),
    ("Traffic crawled along the McKinley Highway from Dorn to Pask.", ["McKinley Highway"]),
    ("Trucks queued on the MacLeod Road from Ayle to Vesk.", ["MacLeod Road"]),
    # guards: words in brackets, a capital inside a word that is no road's name
    ("Police will close the lane from Ross to Edde (the old one) at noon.", [None]),
]

test_roads = rows_test(ROADS, roads)

# a scan's "0" for "o" in the words around a date or a count: "0n 24 June", "h0urs 0f the
# cease-fire", "fr0m Arn t0 Velde"
OCR_WORDS = [
    (
        "Tesk, 3 March 1981\n\n1. All firing 0n land shall cease at l8OO h0urs l0cal time 0n "
        "9 March l981.\n",
        [("1981-03-09", None)],
    ),
    (
        "Tesk, 3 March 1981\n\n2. The pullback shall be c0mpleted within f0rty-eight (48) "
        "h0urs 0f the truce.\n",
        [(None, "within forty-eight (48) hours of the truce")],
    ),
    # guard: a figure read as letters stays a figure ("ten (l0) days" of the signature)
    (
        "Tesk, 3 March 1981\n\nThe posts shall be removed within ten (l0) days of the signature "
        "of this Agreement.\n",
        [("1981-03-13", None)],
    ),
]

test_ocr_words = rows_test(OCR_WORDS, report_deadlines)

OCR_ROUTES = [
    ("4. The r0ad fr0m Brenn t0 0lsker shall be reopened.", [("Brenn", "Olsker")]),
    ("2. The railway fr0m Tulm t0 Arva shall be reopened.", [("Tulm", "Arva")]),
    # guard: "0" in a number is no letter
    ("The road from Tulm to Arva is 20 km long.", [("Tulm", "Arva")]),
]

test_ocr_routes = rows_test(OCR_ROUTES, routes)

# a thing to be had, decided or published on a weekday, said on the report's day: "will have
# the results by Friday", "would take a decision on that advice on Saturday", "would be
# published on Thursday"; a cable's or a wire's weekday with no "on", "TALKS RESUME MONDAY"
WEEKDAY_PLANS = [
    (
        HEAD + "The laboratory in Arn will have the test results by Friday.\n",
        [("2025-06-06", None)],
    ),
    (
        HEAD + "The mayor said she would take a decision on the new request on Monday, after "
        "the count.\n",
        [("2025-06-09", None)],
    ),
    (
        HEAD + "A spokesman said the survey figures would be published on Thursday.\n",
        [("2025-06-05", None)],
    ),
    (HEAD + "6. TIMETABLE. TALKS RESUME\nTUESDAY AFTER A SHORT BREAK.\n", [("2025-06-10", None)]),
    (HEAD + "The council meets Thursday to vote on the zone.\n", [("2025-06-05", None)]),
    # guards: the same things told, and a span of weekdays
    (HEAD + "The laboratory had the results by Friday.\n", []),
    (HEAD + "The mayor took a decision on the request on Monday.\n", []),
    (HEAD + "The survey figures were published on Thursday.\n", []),
    (HEAD + "Talks resumed Monday after a short break.\n", []),
    (HEAD + "The market reopens Monday to Friday.\n", []),
]

test_weekday_plans = rows_test(WEEKDAY_PLANS, report_deadlines)

# a state to last, "It stays until 23 August"; a date set as a target, "HAS SET 20 APR AS THE
# TARGET FOR SIGNING"; a court's listing, "The matter is listed for review on 13 January 2017";
# a numbered paragraph opening with its start, "3.1 From today all sheep ... shall be culled"; a
# count from an event for a thing to be asked for
SET_DAYS = [
    (
        HEAD + "MINISTER: The cordon? It stays until 23 August. Then we look again.\n",
        [("2025-08-23", None)],
    ),
    (
        HEAD + "5. THE ENVOY HAS SET 20 JUNE AS THE TARGET FOR SIGNING THE ACCORD; ARN HAS NOT "
        "AGREED.\n",
        [("2025-06-20", None)],
    ),
    (
        HEAD + "7. The matter is listed for review on 9 January 2026, when either party may "
        "apply.\n",
        [("2026-01-09", None)],
    ),
    (
        HEAD + "2. Housing\n\n2.1 From today all goats on farms within 3 km of an infected holding "
        "in the Arne valley and in the Tesk hills shall be\nhoused.\n",
        [("2025-06-04", None)],
    ),
    (
        HEAD + "The embassy said it would ask for access within 48 hours of the ferry docking.\n",
        [(None, "within 48 hours of the ferry docking")],
    ),
    # guards: a stay that is over, a listing told, a paragraph that opens with today's figures
    (HEAD + "The cordon stayed until 2 June.\n", []),
    (HEAD + "The case was listed for hearing on 20 June.\n", []),
    (HEAD + "2.1 From today's figures it is clear that the cull will go on.\n", []),
]

test_set_days = rows_test(SET_DAYS, report_deadlines)

# a start given with its end, "will be closed from the 10th until 22 July"; an instruction
# from a day, "have been told to refuse all new entries from June 1"; a signing's day in
# brackets after a count from it, "WITHIN 12 DAYS OF SIGNATURE (SIGNATURE SET FOR 4 JUN)"
STARTS_AND_ENDS = [
    (
        HEAD + "The bridle path from Arn to Holt will be closed from the 12th until 20 July.\n",
        [("2025-06-12", None), ("2025-07-20", None)],
    ),
    (
        HEAD + "Land registries have been told to refuse all new claims in the zone from July 1.\n",
        [("2025-07-01", None)],
    ),
    (
        HEAD + "3. MONITORS TO DEPLOY WITHIN 10 DAYS OF SIGNATURE (SIGNATURE SET FOR 9 JUN). "
        "BOTH SIDES AGREE.\n",
        [("2025-06-19", None), ("2025-06-09", None)],
    ),
    # guards: a span of days each week, an instruction told, a count with a note in brackets
    (HEAD + "The clinic will be open from Monday to Friday.\n", []),
    (HEAD + "The clinic will be open from Monday until dusk.\n", []),
    (HEAD + "Land registries were told to refuse new claims from 1 March.\n", []),
    (
        HEAD + "Monitors shall deploy within 10 days of the truce (Annex B).\n",
        [(None, "within 10 days of the truce (Annex B)")],
    ),
]

test_starts_and_ends = rows_test(STARTS_AND_ENDS, report_deadlines)
