"""Kinds of deadline and route wording behind the misses of the twenty-fifth blind set.

Like ``test_claims_deadlines_23.py``: every text was written for this test, with other places,
numbers and word orders.
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, roads, routes, rows_test

# a road by its number after a word for whose road it is: "along Interstate 95 between A and B",
# "Federal Highway 190 between A and B"
NUMBERED = [
    ("Trucks must keep to Interstate 80 between Lorne and Haddam.", ["Interstate 80"]),
    ("Police shut National Highway 44 between Tarrin and Ossel.", ["National Highway 44"]),
    ("Crews reopened Federal Highway 12 from Calvo to Ruedas.", ["Federal Highway 12"]),
    # guards: a number of interstate lanes is no road, and a highway's own word stays as it was
    ("The two interstate 4-lane links from Lorne to Haddam opened.", [None]),
    ("State Route 20 between Pell and Amory is closed.", ["State Route 20"]),
]

test_numbered = rows_test(NUMBERED, roads)

# a train's run with how often between it and its verb, a wagon's run back, a branch line:
# "two relief trains a day will run from A to B", "empty wagons return from A to B", "the branch
# from A to B"
RUNS = [
    ("Four extra trains a day will run from Tollo to Merrin.", [("Tollo", "Merrin")]),
    ("Loaded wagons return from Kesh to Dunmore each night.", [("Kesh", "Dunmore")]),
    ("The branch from Vassa to Pentry stays shut until spring.", [("Vassa", "Pentry")]),
    ("The branch line from Orrel to Cade was lifted.", [("Orrel", "Cade")]),
    # guards: a bank's branch, wagons standing, trains a day with no ends
    ("She moved from the branch in Vassa to Pentry.", []),
    ("Wagons from Kesh stood empty at Dunmore.", []),
    ("Four trains a day will run late.", []),
]

test_runs = rows_test(RUNS, routes)

# a head line of its own with a place and a day but no year ("Statement by the Minister, Port
# Ansel, 14 April"): the year the report names; a dateline's day under a deadline in a year ahead
# ("by Feb. 19, 2016" under "Dec. 14", "said on Monday"): the year before it, where the weekday
# fits (4 November 2024 is a Monday; 4 November 2025 is a Tuesday)
HEAD_DAYS = [
    (
        "OFFICE OF THE HARBOUR BOARD\nNotice by the Harbourmaster, Kellwick, 3 May\n\n"
        "The board closed the inner anchorage for the 2031 season.\n",
        "2031-05-03",
    ),
    (
        "LORNE, Nov. 4 (Wire) -- The ministry said on Monday that boat owners must log their "
        "trips by March 1, 2025, or lose their permits.\n",
        "2024-11-04",
    ),
    # guards: a day line far down the text is no head line; a weekday that fits the year ahead
    (
        "The board met twice.\n" * 20 + "Notice by the Harbourmaster, Kellwick, 3 May\n"
        "The anchorage shut in 2031.\n",
        None,
    ),
    (
        "LORNE, Nov. 4 (Wire) -- The ministry said on Tuesday that boat owners must log their "
        "trips by March 1, 2025, or lose their permits.\n",
        "2025-11-04",
    ),
]

test_head_days = rows_test(HEAD_DAYS, report_date)

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# a sentence that opens with the day a rule starts, a comma after it: "From 15 July, two relief
# trains a day will run from A to B"
OPENS_FROM_COMMA = [
    (HEAD + "From 9 August, three night buses will leave the depot.\n", [("2025-08-09", None)]),
    (HEAD + "2. From 1 July, the east gate shall stay shut.\n", [("2025-07-01", None)]),
    # guards: a day that opens a sentence on what was, and an aside after the comma
    (HEAD + "From 2 May, the patrols were stopped.\n", []),
    (HEAD + "From 2 May, as we said, it was over.\n", []),
]

test_opens_from_comma = rows_test(OPENS_FROM_COMMA, report_deadlines)

# a start told by its day alone after what starts: "It opens online beginning Dec. 21"
BEGINNING_DAY = [
    (HEAD + "The new register opens to the public beginning Aug. 18.\n", [("2025-08-18", None)]),
    (HEAD + "Higher tolls apply starting 3 July, the board said.\n", [("2025-07-03", None)]),
    # guards: the beginning of a month, and a start with its own preposition read as before
    (HEAD + "The hearings resumed at the beginning of July.\n", []),
    (HEAD + "Higher tolls apply starting on 3 July.\n", [("2025-07-03", None)]),
]

test_beginning_day = rows_test(BEGINNING_DAY, report_deadlines)

# an order to go by the night of the report's day: "told people in the affected neighbourhoods
# to go before nightfall, taking only what they could carry"
BEFORE_NIGHTFALL = [
    (
        HEAD + "The mayor told families on the lower slopes, some 9,000 people, to go before "
        "dusk, leaving their cattle.\n",
        [("2025-06-04", None)],
    ),
    (HEAD + "Police want the camp cleared before dark.\n", [("2025-06-04", None)]),
    # guards: a past arrival before dusk, and a struggle that went on until dark
    (HEAD + "The column reached the ridge before dusk on Friday.\n", []),
    (HEAD + "Fighting went on until dark.\n", []),
]

test_before_nightfall = rows_test(BEFORE_NIGHTFALL, report_deadlines)
