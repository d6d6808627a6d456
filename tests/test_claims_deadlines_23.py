"""Kinds of deadline and route wording behind the misses of the twenty-third blind set.

Like ``test_claims_deadlines_22.py``: every text was written for this test, with other places,
dates and word orders. The expected days were counted on a calendar (4 June 2025 is a
Wednesday).
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, roads, routes, rows_test

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# an old award's place and day closed by a full stop, on a line of their own under a title of
# many lines: "Paris, August 15, 1893."
TITLE = (
    "RULES OF THE SEALING GROUNDS\nMADE BY THE JOINT BOARD\nSITTING UNDER THE CONVENTION\n"
    "OF THE TWO CROWNS\nFOR THE NORTHERN WATERS\n-----\n"
)
REPORT_DATES = [
    (TITLE + "Lisbon, 12 March 1888.\n-----\nArticle 1. The boats shall stay out.\n", "1888-03-12"),
    (TITLE + "  Port Hedley, June 3, 1902.\n\nArticle 1. The hunt is closed.\n", "1902-06-03"),
    # guard: a sentence that ends its line with a date
    (
        TITLE + "The old rule was signed in Halifax, June 3, 1902.\nThe hunt is closed.\n",
        None,
    ),
]

test_report_dates = rows_test(REPORT_DATES, report_date)

# a rule or a stoppage from a day: "will be able to cross without visas from today", "has called
# a 48-hour strike from Monday", "buses would run ... from Friday to carry civilians out" (its
# purpose after it); not a span, nor a count from today
FROM_DAY = [
    (
        HEAD + "Pensioners will be able to ride the trams free of charge from today.\n",
        [("2025-06-04", None)],
    ),
    (HEAD + "Pilots have called a 24-hour walkout from Saturday.\n", [("2025-06-07", None)]),
    (
        HEAD + "Lorries will cross the bridge at night from Monday to avoid the markets.\n",
        [("2025-06-09", None)],
    ),
    # guards: a span, and a count from today
    (HEAD + "The strike from Monday to Thursday closed the docks.\n", []),
    (
        HEAD + "The ban will stay in place until 16 July, six weeks from today.\n",
        [("2025-07-16", None)],
    ),
]

test_from_day = rows_test(FROM_DAY, report_deadlines)

# a thing planned for a day: "The next full exercise is planned for 18 April"
PLANNED = [
    (HEAD + "The second siren test is planned for 12 June.\n", [("2025-06-12", None)]),
    (HEAD + "A joint drill is slated for 1 July, the council said.\n", [("2025-07-01", None)]),
]

test_planned = rows_test(PLANNED, report_deadlines)

# a vehicle's run, a verb between it and its ends: "buses would run from Torvik to Braska",
# "trains ran across Polish territory from Berlin to Königsberg"
RUNS = [
    ("Officials said coaches will run from Hesk to Dalby twice a day.", [("Hesk", "Dalby")]),
    ("Sealed trains ran through the strip from Orvo to Kalmi.", [("Orvo", "Kalmi")]),
    # guards: hours and days are no places
    ("Buses ran from noon to midnight.", []),
    ("The trains will run late from Monday to Friday.", []),
]

test_runs = rows_test(RUNS, routes)

# ends with no name or with "of": "the railway from Osmo to the coast", "the Tarrowgate-Isle of
# Canna route"
ENDS = [
    ("The light railway from Brenn to the coast was cut.", [("Brenn", "coast")]),
    ("Ferries on the Sandby-Port of Vell route are suspended.", [("Sandby", "Port of Vell")]),
    # guard: a place given by no name is no end
    ("The light railway from Brenn to the hills was cut.", []),
]

test_ends = rows_test(ENDS, routes)

# a road named by a common word after a small "the" ("the Coast Road between A and B"), and a
# way named by its two ends with its course told after it ("The Aldenport-Selm railway, running
# from Aldenport to Selm")
ROADS = [
    ("Police closed the Ring Road between Asker and Tolle.", ["Ring Road"]),
    (
        "The Brill-Haver railway, running from Brill to Haver, reopens today.",
        ["Brill-Haver railway"],
    ),
    (
        "The Tam-Orsk railway, which runs from Tam to Orsk, is under repair.",
        ["Tam-Orsk railway"],
    ),
    # guards: a coast road in small letters, a sentence's "The Coast Highway", and a railway
    # with no name
    ("Police closed the coast road between Asker and Tolle.", [None]),
    ("The Coast Highway from Asker to Tolle is closed.", [None]),
    ("The railway, running from Brill to Haver, reopens today.", [None]),
]

test_roads = rows_test(ROADS, roads)

# the day after a signing the report dates: "will be signed in Geneva on 20 March. Withdrawal
# begins at noon on the day after signature"; with no signing dated, the words
DAY_AFTER_SIGNING = [
    (
        HEAD + "The accord will be signed in Oslo on 10 June. Troops pull back at dawn on the day "
        "after signature.\n",
        [("2025-06-10", None), ("2025-06-11", None)],
    ),
    (
        HEAD + "Troops pull back on the day after signature.\n",
        [(None, "on the day after signature")],
    ),
]

test_day_after_signing = rows_test(DAY_AFTER_SIGNING, report_deadlines)
