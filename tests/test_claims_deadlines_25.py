"""Kinds of deadline and route wording behind the misses of the twenty-fifth blind set.

Like ``test_claims_deadlines_23.py``: every text was written for this test, with other places,
numbers and word orders.
"""

from __future__ import annotations

from claimrows import roads, routes, rows_test

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
