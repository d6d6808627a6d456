"""Kinds of wording behind the misses of field-holdout-382 to -385.

- "within five leagues (some 21 kilometres) of the Mexican columns", "thirty leagues - about
  eighty miles - of the capital": a league on land had no one length, so it is read only when
  the report converts one, and then all its leagues take that length ("The five-league
  interval"); with no conversion it is not read at all.
- "at anchor in Area 7, eleven miles offshore": a numbered place before a figure does not
  share the figure's unit as in a list ("10, 20 and 25 km").
- "pushed for a strip of 1 km in the final round of talks": a round of talks is no ring
  around anything.
- "The opposition says you should have cleared ten kilometres": a figure put forward by
  what someone should have done.
"""

from __future__ import annotations

from claimrows import MI, RJ, D, S, U, rounded, rows_test, widths

LEAGUES = [
    (
        "The Texan army was never to come within five leagues (some 21 kilometres) of the "
        "Mexican columns. The five-league interval was not always kept.",
        [(21, 21, D, S), (21, 21, D, S)],
    ),
    (
        "No fighting was to take place within thirty leagues - about eighty miles - of the "
        "capital.",
        [(80 * MI, 80 * MI, D, S)],
    ),
    # no conversion: a league on land is not read
    ("Troops stayed five leagues from the town.", []),
    # a league at sea is three nautical miles, as before
    ("Fishing is closed within one marine league of the coast.", [(5.556, 5.556, D, S)]),
]

NUMBERED_PLACES = [
    (
        "The exclusion zone is 2 miles around the terminal. Two tankers wait at anchor in "
        "Area 7, eleven miles offshore.",
        [(2 * MI, 2 * MI, D, S), (11 * MI, 11 * MI, D, S)],
    ),
]

ROUND_OF_TALKS = [
    (
        "The strip is 500 metres deep. Israel had pushed for a strip of 1 km in the final round "
        "of talks in Doha, a demand it dropped, a mediator said.",
        [(0.5, 0.5, D, S), (1, 1, U, "dropped")],
    ),
    ("They agreed a strip of 1 km in the final round of talks.", [(1, 1, U, S)]),
    # a ring around a thing still is one
    ("A zone of 100 metres around each clinic is kept clear.", [(0.1, 0.1, D, S)]),
]

SHOULD_HAVE = [
    (
        "The zone is 5 km around the terminal. QUESTION: The opposition says you should have "
        "cleared ten kilometres. GOVERNOR: We did not.",
        [(5, 5, D, S), (10, 10, U, RJ)],
    ),
]

test_leagues = rows_test(LEAGUES, widths, rounded)
test_numbered_places = rows_test(NUMBERED_PLACES, widths, rounded)
test_round_of_talks = rows_test(ROUND_OF_TALKS, widths, rounded)
test_should_have = rows_test(SHOULD_HAVE, widths, rounded)
