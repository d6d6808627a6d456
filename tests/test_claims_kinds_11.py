"""Kinds of wording behind the misses of the eleventh blind set, each in new phrasings.

Like ``test_claims_kinds_10.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
wire story's year in its closing copyright line, a written answer's
"Answered on" line, a signal's date-time group without a year over a dated
reference) and not one sentence.
"""

from __future__ import annotations

import pytest
from claimrows import report_date

# (report, its own date)
DATELINES = [
    # a dateline without a year, the year in the story's closing line; the weekdays in the
    # story are days of other events
    ("ORLEN, Mar 3 (wire) - Envoys meeting late into Friday night agreed to pull back.\n\n"
     "The talks resume on Monday.\n\n(c) 2019", "2019-03-03"),
    ("VESS, Oct 12 (NWS) - Under a deal signed on Tuesday both armies will withdraw.\n\n"
     "(Reporting by NWS staff; editing by the Vess desk) 2022", "2022-10-12"),
    ("KARA, June 2 - The monitors arrived on Monday, officials said.\n\n"
     "Copyright 1998 Northern Wire Service", "1998-06-02"),
    # a written answer's "Answered on" line
    ("ASSEMBLY OF NORLAND - WRITTEN ANSWERS\nAnswered on 4 February 2025\n\nQuestion 12, "
     "tabled by Mr A. Berg:\nTo ask the Minister how wide the strip is.", "2025-02-04"),
    ("Written answers to questions\nAnswered: 17 November 2023\n\nThe buffer is 2 km deep.",
     "2023-11-17"),
    # a signal's date-time group with no year, over a dated reference
    ("ZCZC ORR012\nFM MISSION ORRA\nTO MINISTRY\nDTG 031200Z MAR\nREF A. CEASEFIRE SIGNED AT "
     "VELL 1 MARCH 2019\n\n1. TEXT FOLLOWS.", "2019-03-03"),
    ("ZCZC VLX 7\nFM HQ OBSERVERS\nT0 NEW Y0RK\nDTG l5O9OOZ OCT\nREF Y0UR TEL 4 0F 2 OCTOBER "
     "l998\n\nl. SUMMARY.", "1998-10-15"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DATELINES, ids=[d[0][:20] for d in DATELINES])
def test_datelines(text, want):
    assert report_date(text) == want
