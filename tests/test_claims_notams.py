"""A NOTAM's B) and C) items are when it is in force: two deadlines, for what its E) item says.

The date-time groups are read by hand here (YYMMDDHHMM, UTC): "2310160600"
is 16 October 2023. Look-alikes: a Q) item's coordinates, a ten-digit
number outside a B) or C) item, and a day the report's own words already
give, which stays one deadline.
"""

from __future__ import annotations

from claimrows import deadlines, rows_test

from geozone.claims import extract

NOTAM = """B0417/23 NOTAMN
Q) LMKR/QRDCA/IV/BO/W/000/450/5812N01436E
A) LMKR B) 2310160600 C) 2310201800
E) TEMPORARY DANGER AREA LD-41 ACTIVATED FOR MISSILE FIRING. AREA IS A
CIRCLE RADIUS 12NM CENTRED ON THE LAUNCH SITE.
F) SFC G) FL450

B0418/23 NOTAMN
A) LMKR B) 2310160500 C) 2310201900
E) ROUTE UL612 CLOSED BTN KESSA AND TOLM.
"""

ROWS = [
    (
        NOTAM,
        [("2023-10-16", None), ("2023-10-20", None), ("2023-10-16", None), ("2023-10-20", None)],
    ),
    # a day that does not exist: kept in the words, no date
    (
        "A) LMKR B) 2302300600 C) 2303011800\nE) AREA CLOSED.\n",
        [(None, "B) 2302300600"), ("2023-03-01", None)],
    ),
    # look-alikes: no E) item after them; a ten-digit number in prose
    ("A) LMKR B) 2310160600 C) 2310201800\n", []),
    ("The permit number is 2310160600 and the area stays open.", []),
]

test_notam_times = rows_test(ROWS, deadlines)


def test_each_time_says_what_its_notice_is_for():
    """The start reads the E) item in small letters; the end says that it ends."""
    found = extract(NOTAM, "t").of_kind("deadline")
    whats = [(c.fields["what"], c.fields.get("begins", False)) for c in found]
    assert whats[0] == ("temporary danger area ld-41 activated for missile firing", True)
    assert whats[1] == ("temporary danger area ld-41 activated for missile firing: ends", False)
    assert whats[2] == ("route ul612 closed btn kessa and tolm", True)


def test_a_day_the_words_already_give_is_one_deadline():
    text = (
        "The danger area is active from 16 October 2023.\n\n"
        "A) LMKR B) 2310160600 C) 2310201800\nE) DANGER AREA ACTIVATED.\n"
    )
    assert sorted(d for d, _ in deadlines(text)) == ["2023-10-16", "2023-10-20"]
