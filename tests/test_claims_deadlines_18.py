"""Kinds of deadline and route wording behind the misses of the eighteenth blind set.

Like ``test_claims_deadlines_16.py``: every text was written for this test, with other places,
dates and word orders, so that a rule must read the kind and not one sentence. Unless a row
says otherwise, each report is dated Wednesday 4 June 2025; the expected days were counted on a
calendar.
"""

from __future__ import annotations

from claimrows import deadlines, report_deadlines, roads, routes, rows_test

HEAD = "Velde, 4 June 2025\n\n"

# a state to come held "through" a day: "will stay closed through Tuesday"
THROUGH = [
    (HEAD + "The ferry terminal will stay shut through Friday.\n", [("2025-06-06", None)]),
    (
        HEAD + "Bathing is banned on the east beach, which stays closed through 20 June.\n",
        [("2025-06-20", None)],
    ),
    (
        HEAD + "The curfew remains in force through Sunday, the mayor said.\n",
        [("2025-06-08", None)],
    ),
    # guards: a weekday's event, a place passed through
    (HEAD + "The delegates stayed open to talks through Monday's session.\n", []),
    (HEAD + "The convoy drove through Tarn on its way north.\n", []),
]

# acts of accepting, emptying and lodging set for a day
ACTS = [
    (
        HEAD + "The council will accept objections to the plan until 30 June.\n",
        [("2025-06-30", None)],
    ),
    (
        HEAD + "The operator has been told to have the spill basins emptied by\nMonday.\n",
        [("2025-06-09", None)],
    ),
    (
        HEAD + "Owners of flooded cellars are asked to lodge their forms before 15 July.\n",
        [("2025-07-15", None)],
    ),
    # guard: a harbour that accepted cargo for years, told
    (HEAD + "The old harbour accepted cargo until 1998.\n", []),
]

# a date moved by a present or infinitive verb: "agreed to move the date to 31 March"
MOVED = [
    (
        HEAD + "The board decided to move the deadline to 12 September 2025.\n",
        [("2025-09-12", None)],
    ),
    (
        HEAD + "The parties agreed to postpone the handover date to 3 October.\n",
        [("2025-10-03", None)],
    ),
    (
        HEAD + "Ministers now want to push back the survey deadline to 30 November.\n",
        [("2025-11-30", None)],
    ),
    # guard: no new date given
    (HEAD + "The clerk would not move the date of the vote.\n", []),
]

# "reopen on" a day, whatever stands between the subject and the verb
REOPEN_ON = [
    (HEAD + "Both schools in the valley reopen on Thursday.\n", [("2025-06-05", None)]),
    (
        HEAD + "The crossings at Vell and Orm reopen on 16 June, the ministry said.\n",
        [("2025-06-16", None)],
    ),
    # guard: a reopening that did not happen
    (HEAD + "The crossings did not reopen on 2 June.\n", []),
]

# days in a table's column headed "Opens", "Opening" or "Deadline", cells aligned with spaces
# or parted by bars
TABLES = [
    (
        HEAD + "Site      Task                    Deadline\n"
        "North     Remove the wire         12 June\n"
        "South     Fill the trenches       20 June 2025\n",
        [("2025-06-12", None), ("2025-06-20", None)],
    ),
    (
        HEAD + " Lane | Route          | Opening\n"
        "------+----------------+---------\n"
        " L1   | Arn - Besk     | 9 Jul\n",
        [("2025-07-09", None)],
    ),
    (
        HEAD + "   Gate   Road                 Opens      Guard\n"
        "   1      Tulm to the quay     18 June    two posts\n",
        [("2025-06-18", None)],
    ),
    # guards: a column of days past ("Date"), a cell that is no day
    (
        HEAD + "Date         Event                  Place\n"
        "2 May        Truce signed           Velde\n"
        "9 May        Talks broke off        Arn\n",
        [],
    ),
    (
        HEAD + " Lane | Route          | Opening\n L2   | Orm - Tesk     | not agreed\n",
        [],
    ),
]

# a standing notice given a time ahead of an undated event; a start from the day an undated
# event happens
BEFORE_EVENT = [
    (
        HEAD + "Warnings are issued at least 48 hours before blasting begins.\n",
        [(None, "at least 48 hours before blasting begins")],
    ),
    (
        HEAD + "Range closures are announced no less than three days before the range is used.\n",
        [(None, "no less than three days before the range is used")],
    ),
    # guard: a warning given once, told
    (HEAD + "Warnings were given 48 hours before blasting began.\n", []),
]
FROM_EVENT_DAY = [
    (
        HEAD + "Monitors shall man the posts from the day on which the last unit has left "
        "the strip.\n",
        [(None, "from the day on which the last unit has left the strip")],
    ),
    (
        HEAD + "Ferries will resume the crossing to Holm as from the moment when the channel "
        "is swept.\n",
        [(None, "as from the moment when the channel is swept")],
    ),
    # guard: what has gone on since an event, told
    (HEAD + "Monitors have manned the posts from the day on which the truce began.\n", []),
]

# a month's name split by a scan's stray space
SPLIT_MONTH = [
    (HEAD + "Owners must register their boats by Ju ne 20.\n", [("2025-06-20", None)]),
    (HEAD + "Claims shall be filed before Sept ember 2.\n", [("2025-09-02", None)]),
    # guard: no month
    (HEAD + "Herds must move by Ro ute 9.\n", []),
]

test_through = rows_test(THROUGH, report_deadlines)
test_acts = rows_test(ACTS, report_deadlines)
test_moved = rows_test(MOVED, report_deadlines)
test_reopen_on = rows_test(REOPEN_ON, report_deadlines)
test_tables = rows_test(TABLES, report_deadlines)
test_before_event = rows_test(BEFORE_EVENT, report_deadlines)
test_from_event_day = rows_test(FROM_EVENT_DAY, report_deadlines)
test_split_month = rows_test(SPLIT_MONTH, report_deadlines)

# a passage read without a report's date keeps its undated counts as words
PASSAGE = [
    (
        "Observers shall patrol the buffer from the day on which the pullback is complete.",
        [(None, "from the day on which the pullback is complete")],
    ),
]

# a count from an undated event ends before its purpose ("to lodge a claim")
PURPOSE = [
    (
        HEAD + "Tenants will have 14 days from the day the notice is posted to file an "
        "objection.\n",
        [(None, "14 days from the day the notice is posted")],
    ),
    (
        HEAD + "Growers get 60 days from the end of the harvest to lodge their returns.\n",
        [(None, "60 days from the end of the harvest")],
    ),
]

# a plan told in the past, with its day and year: "was to hand the canal over at noon on
# 31 December 1999", "were to hold consultations from 20 July 1955 onwards"
WAS_TO = [
    (
        "Under the treaty the garrison was to leave the island at dawn on 3 April 1921.",
        [("1921-04-03", None)],
    ),
    (
        "The two boards were to meet every month from 1 March 1962 onwards.",
        [("1962-03-01", None)],
    ),
    (
        "Britain was to hand the port back to the city on 30 June 1948, the accord said.",
        [("1948-06-30", None)],
    ),
    # guard: a day that ends a sentence before the plan
    ("The fort fell on 2 May 1915. Its guns were to be seen for years.", []),
]

test_passage = rows_test(PASSAGE, deadlines)
test_was_to = rows_test(WAS_TO, deadlines)
test_purpose = rows_test(PURPOSE, report_deadlines)

# rail and main lines (a scan's "rai1"), a boat's run, landmarks known by what they serve, a
# numbered road's junction, a table's Route column aligned with spaces
ROUTES = [
    ("The rai1 line from Orsk to Telm reopens in May.", [("Orsk", "Telm")]),
    ("Work on the main line between Dunmere and Pask goes on.", [("Dunmere", "Pask")]),
    (
        "Tour boats on the run from Port Allis to Kemble Bay carry 300 people.",
        [("Port Allis", "Kemble Bay")],
    ),
    ("Coaches on the run from Calder to Mossby stop twice.", [("Calder", "Mossby")]),
    (
        "Lorries shall use the service road from the quarry gate to the Route 4 junction.",
        [("quarry gate", "Route 4 junction")],
    ),
    (
        "Walkers take the path from the harbour bridge to the ferry terminal.",
        [("harbour bridge", "ferry terminal")],
    ),
    (
        "   Corridor  Route                   Opens\n   A         Ulm to the Besk ferry   9 June\n",
        [("Ulm", "Besk ferry")],
    ),
    # guards: a line of defence, a verb "run", landmarks that say which one, a cell no pair
    ("The main line of defence from Orsk to Telm held.", []),
    ("Rebels run from Orsk to Telm at night.", []),
    ("Guards walk the track from the main gate to the old bridge.", []),
    ("   Corridor  Route                   Opens\n   B         under discussion        -\n", []),
]

test_routes = rows_test(ROUTES, routes)


# a named road from one lower-case landmark to another
ROADS = [
    (
        "Tractors must use Quarry Road from the mill gate to the Highway 2 bridge.",
        ["Quarry Road"],
    ),
    ("Buses take Harbour Street from the fish quay to the station bridge.", ["Harbour Street"]),
    # a route known by a name in small letters
    ("Convoys will use the Amber route from Kell to Dorva by night.", ["Amber route"]),
    ("Smugglers favour the Osting route between Vask and Ulm.", ["Osting route"]),
    # guards: no named road
    ("Buses take the lane from the fish quay to the station bridge.", [None]),
    ("The route from Kell to Dorva is open.", [None]),
]

test_roads = rows_test(ROADS, roads)
