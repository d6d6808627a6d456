"""Kinds of report-date, deadline and route wording behind the misses of the twentieth blind set.

Like ``test_claims_deadlines_19.py``: every text was written for this test, with other places,
dates and word orders, so that a rule must read the kind and not one sentence. The expected days
were counted on a calendar.
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, roads, routes, rows_test

# a coastal warning's date-time group on its own line under "ZCZC", "090845 UTC MAR 24"; a
# bylaw's passing line, "Passed by the Town Council on 12 March 2021"
REPORT_DATES = [
    (
        "ZCZC QA07\n090845 UTC MAR 24\nHARLOW COASTAL WARNING 0101/24\nNORTH ARNE BANK\n"
        "1. SURVEY VESSEL WORKING IN AREA.\nNNNN\n",
        "2024-03-09",
    ),
    (
        "ZCZC KB22\n301515 Z DEC 19\nTESK NAV WARNING 88/19\n1. BUOY ADRIFT NEAR ORLA.\nNNNN\n",
        "2019-12-30",
    ),
    (
        "VILLAGE OF ORLA\nBYLAW No. 2021-3\nA BYLAW ON SETBACKS FROM THE ORLA QUARRY\n\n"
        "Passed by the Village Council on 12 March 2021\n\n1. No house shall be built within "
        "300 metres of the quarry.\n",
        "2021-03-12",
    ),
    (
        "TOWN OF HOLT\nBYLAW 7\n\nAdopted by the Holt Town Council on 4 October 2017\n\n1. Kennels "
        "stay 200 m from houses.\n",
        "2017-10-04",
    ),
    # guards: a time of day with no month, a passing told inside a long sentence
    ("ZCZC QA08\n0845 UTC\nHARLOW COASTAL WARNING\n1. BUOY ADRIFT.\nNNNN\n", None),
    (
        "Report on the quarry\n\nThe council said the rule passed by the Village Council on 12 "
        "March 2021 had never been enforced and that a new one would be drafted soon.\n",
        None,
    ),
]

test_report_dates = rows_test(REPORT_DATES, report_date)

# (a bylaw's own start, "takes effect on 1 April 2021", is a deadline too)
# a warning's days without a year ("FROM 0600 UTC 3 APR", "BY 1800 UTC 2 APR") read with the year
# of its own date-time group; a bylaw's count from the day it takes effect, that day named
WARNING_DAYS = [
    (
        "ZCZC QA07\n010900 UTC APR 24\nHARLOW COASTAL WARNING 0102/24\n"
        "1. ROCKET FIRINGS WILL TAKE PLACE FROM 0600 UTC 3 APR TO 1800 UTC\n5 APR 24.\n"
        "2. VESSELS SHALL LEAVE THE AREA BY 1800 UTC 2 APR.\nNNNN\n",
        [("2024-04-03", None), ("2024-04-05", None), ("2024-04-02", None)],
    ),
    # guard: a firing reported as over
    (
        "ZCZC QA07\n010900 UTC APR 24\nHARLOW COASTAL WARNING 0103/24\n"
        "1. FIRINGS IN AREA B WERE COMPLETED ON 30 MAR.\nNNNN\n",
        [],
    ),
]

test_warning_days = rows_test(WARNING_DAYS, report_deadlines)

BYLAW = "VILLAGE OF ORLA\nBYLAW No. 2021-3\n\nPassed by the Village Council on 12 March 2021\n\n"
TAKES_EFFECT = [
    (
        BYLAW + "7. (a) This bylaw takes effect on 1 April 2021.\n(b) Kennels already "
        "operating shall comply with section 2 within 6 months of the date this bylaw takes "
        "effect.\n",
        [("2021-04-01", None), ("2021-10-01", None)],
    ),
    (
        BYLAW + "7. This bylaw takes effect on 1 April 2021. Quarries shall fence their pits "
        "within ninety (90) days of the day on which this bylaw takes effect.\n",
        [("2021-04-01", None), ("2021-06-30", None)],
    ),
    # guard: a count from another rule's taking effect keeps its words
    (
        BYLAW + "7. This bylaw takes effect on 1 April 2021. Owners shall apply within 30 days "
        "of the date the county plan takes effect.\n",
        [("2021-04-01", None), (None, "within 30 days of the date the county plan takes effect")],
    ),
]

test_takes_effect = rows_test(TAKES_EFFECT, report_deadlines)

# a way named by its two ends before its noun, "the Harl to Ostmere ferry"; a road with a British
# four-digit number, "the A4071 between Tesk and Orla"; a pair that ends before the way not
# taken, "between A and B rather than the Old Quarry Road"
ROUTES = [
    ("BUSES ON THE KESTRA TO PORT AVRE ROAD WILL RUN EVERY HOUR.\n", [("Kestra", "Port Avre")]),
    ("Passengers on the Harl to Ostmere ferry were told to wait.\n", [("Harl", "Ostmere")]),
    ("Access is by the A4071 between Tesk and Orla, which stays open.\n", [("Tesk", "Orla")]),
    (
        "Lorries shall use Highway 12 between Arnby and Colm instead of the Old Quarry Road.\n",
        [("Arnby", "Colm")],
    ),
    (
        "Lorries shall use Route 4 between Holt and Vell rather than the Mill Lane.\n",
        [("Holt", "Vell")],
    ),
    # guards: a span of weekdays or months, a sea area from one bank to another, a line's course
    ("The Monday to Friday service is cancelled.\n", []),
    ("The March to October ferry timetable is out.\n", []),
    ("SEA AREA FROM ARNE BANK TO THE HOLM NARROWS REMAINS OPEN.\n", []),
    ("The ceasefire line from Orla to Tesk runs along the ridge.\n", []),
]

test_routes = rows_test(ROUTES, routes)

ROADS = [
    ("Access is by the A4071 between Tesk and Orla, which stays open.\n", ["A4071"]),
    ("Passengers on the Harl to Ostmere ferry were told to wait.\n", [None]),
]

test_roads = rows_test(ROADS, roads)

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# a matter to be taken up on a weekday, "would review the alert level on Monday", "will debate the
# text on Thursday" (the weekday after the report's date, not after a limit set earlier in the
# sentence, "until 20 June"); a start from an hour with its name, "from 12:00 noon on 9 June"
TAKEN_UP = [
    (
        HEAD + "The ministry said it would review the exclusion zone on Friday.\n",
        [("2025-06-06", None)],
    ),
    (
        HEAD + "MINISTER: The assembly will debate the accord on Monday, and we hope for a vote "
        "soon.\n",
        [("2025-06-09", None)],
    ),
    (
        HEAD + "Ferries will stay in port until 20 June, and the harbour board said it would "
        "reconsider the ban on Tuesday.\n",
        [("2025-06-20", None), ("2025-06-10", None)],
    ),
    (
        HEAD + "Roads stay shut until 20 June, and the two sides will meet on Thursday.\n",
        [("2025-06-20", None), ("2025-06-05", None)],
    ),
    (
        HEAD + "Joint patrols will enter the strip, outside the old quarry, from 12:00 noon on "
        "June 9.\n",
        [("2025-06-09", None)],
    ),
    # guards: a review held and told, a meeting told with its purpose, a debate that took place
    (HEAD + "The ministry reviewed the exclusion zone on Monday.\n", []),
    (HEAD + "The council met to review the plan on Monday.\n", []),
    (HEAD + "The assembly debated the accord on Monday and voted it down.\n", []),
    (HEAD + "Patrols entered the strip from 12:00 noon on June 2.\n", []),
]

test_taken_up = rows_test(TAKEN_UP, report_deadlines)

# a stretch of sea named by where it lies, kept whole, "to the waters off Cape Orla"; a voyage in
# the present, "boats that sail from A to B", "trawlers travel from A to B"; a town with its state,
# "from Madison, Illinois, to Conway, Pennsylvania"
VOYAGES = [
    (
        "The trawlers sailed from Holt to the waters off Cape Orla in two days.\n",
        [("Holt", "waters off Cape Orla")],
    ),
    (
        "Seiners that sail from Arnby to the fishing grounds east of the islands must carry "
        "observers.\n",
        [("Arnby", "fishing grounds east of the islands")],
    ),
    (
        "Whalers usually travel from Port Tesk to the grounds around the Vell Bank, a week away.\n",
        [("Port Tesk", "grounds around the Vell Bank")],
    ),
    (
        "A tanker lorry travelling from Dayton, Ohio, to Erie, Pennsylvania, overturned near "
        "the bridge.\n",
        [("Dayton, Ohio", "Erie, Pennsylvania")],
    ),
    # guards: waters named with no voyage, a list after the last place, a travel with no ends
    ("The waters off Cape Orla are closed to trawlers.\n", []),
    ("The bus from Arn to Holt, Vell and Tesk is late.\n", [("Arn", "Holt")]),
    ("Inspectors travel widely in the zone.\n", []),
]

test_voyages = rows_test(VOYAGES, routes)

CABLE = "CONFIDENTIAL\nFM EMBASSY ORLA\nTO MFA\nDTG 030900Z MAR 91\nSUBJ: TESK-VELL TALKS\n\n"

# a cable's timetable item, an event then its day: "A. TRUCE 0600 HRS 8 MAR.", "C. FIRST JOINT
# PATROL 14 MAR."
TIMETABLE = [
    (
        CABLE + "4. TIMETABLE AGREED:\nA. TRUCE 0600 HRS 8 MAR.\nB. OBSERVERS ARRIVE BY SEA.\n"
        "C. FIRST JOINT PATROL 14 MAR.\n",
        [("1991-03-08", None), ("1991-03-14", None)],
    ),
    (
        CABLE + "2. SEQUENCE:\n1) EXCHANGE OF PRISONERS 11 MAR\n2) HANDOVER OF POSTS 0800 Z "
        "12 MAR\n",
        [("1991-03-11", None), ("1991-03-12", None)],
    ),
    # guards: events told in the past, an item with no event of the kind
    (
        CABLE + "3. INCIDENTS:\nA. CEASEFIRE BROKEN 1 MAR.\nB. PATROL AMBUSHED 2 MAR.\n"
        "C. ROAD WORKS 9 MAR.\n",
        [],
    ),
]

test_timetable = rows_test(TIMETABLE, report_deadlines)

# a guide's instruction to its reader, "Register your boat at least 48 hours before your trip"
# (the reader's trip, the event ending before the means, "through the harbour office"); a scan's
# number after the part it names, "provided for in paragraph l" read as paragraph 1
AHEAD = [
    (
        HEAD + "Who needs a pass? Register your boat at least 48 hours before your trip through "
        "the harbour office.\n",
        [(None, "at least 48 hours before the trip")],
    ),
    (
        HEAD + "Crossing the strip? Request an escort no less than 3 days before your crossing.\n",
        [(None, "no less than 3 days before the crossing")],
    ),
    (
        HEAD + "Article 4\n\nThe removal of wire from the Strip shall be finished within thirty "
        "(3O) days after the pullback provided for in Article 2 and paragraph l.\n",
        [
            (
                None,
                "within thirty (30) days after the pullback provided for in Article 2 and "
                "paragraph 1",
            )
        ],
    ),
    # guards: a past trip told, an instruction with no time ahead, an "Apply" inside a sentence
    (HEAD + "We registered the boat 48 hours before our trip.\n", []),
    (HEAD + "Register your boat at the harbour office.\n", []),
    (HEAD + "Rules that apply 48 hours before a trip were dropped last year.\n", []),
]

test_ahead = rows_test(AHEAD, report_deadlines)
