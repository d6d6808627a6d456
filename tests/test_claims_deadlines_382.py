"""Kinds of deadline wording behind the misses of field-holdout-382 to -385.

- "within thirty (30) days of the publication of this Decree": a decree is published on its
  own date, so the count starts there; "of the publication of the regulations in the gazette",
  another text's publication, keeps its words.
- "within 90 days of the date of this answer": a written answer's own date.

The expected days were counted on a calendar.
"""

from __future__ import annotations

from claimrows import report_deadlines, rows_test

OWN_PUBLICATION = [
    (
        "DECREE NO. 4\nGiven at Torvel, 3 July 1961.\n\nArt. 5. The quarry Owners shall erect "
        "the warning boards within thirty (30) days of the publication of this Decree.\n",
        [("1961-08-02", None)],
    ),
    (
        # a scan: "(3O)", "0f", "pub1icati0n"
        "DECREE NO. 4\nGiven at Torvel, 3 July 1961.\n\nArt. 5. The quarry 0wners shall erect "
        "the warning b0ards within thirty (3O) days 0f the pub1icati0n 0f this Decree.\n",
        [("1961-08-02", None)],
    ),
    (
        "Vell, 4 June 2025\n\nThe rules apply within 30 days of the publication of the "
        "regulations in the gazette.\n",
        [(None, "within 30 days of the publication of the regulations in the gazette")],
    ),
]

OWN_ANSWER = [
    (
        "Answered on 10 January 2026\n\nOwners may apply for compensation within 90 days of the "
        "date of this answer.\n",
        [("2026-04-10", None)],
    ),
]

test_own_publication = rows_test(OWN_PUBLICATION, report_deadlines)
test_own_answer = rows_test(OWN_ANSWER, report_deadlines)
