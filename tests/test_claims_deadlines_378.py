"""Kinds of deadline wording behind the misses of field-holdout-378 to -381.

- An instrument's own making line with no place, "Made 9 April 2026 under section 4 of the
  Act", and one that gives it, "Given at Torvel, 12 April 1957.", date the report, and a
  count "of this Order" or "of the date of this Decree" is counted from it.
- "WITHIN FIVE (S) DAYS OF SIGNATURE": an S read for a 5 in a number doubled in digits.
- "at 00:01 on the day following signature", "on the second day after signature", in an
  agreement's own text ("Each Party shall ..."): counted from its date, which is its signing;
  in a news report of a signing to come the words are kept.

The expected days were counted on a calendar.
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, rows_test

from geozone.claims.text import normalise

MADE_OR_GIVEN = [
    (
        "COUNTY OF QUARRINGTON\nPUBLIC SAFETY ORDER NO. 17 OF 2026\nMade 9 April 2026 under "
        "section 4 of the Mines and Quarries Act\n\n1. The operator shall erect warning signs "
        "within fourteen (14) days of this Order.\n",
        [("2026-04-23", None)],
    ),
    (
        # a scan: "2O26", "l4", "0rder"
        "C0UNTY 0F QUARRINGT0N\nMade 9 April 2O26 under secti0n 4 0f the Act\n\n"
        "l. The 0perat0r shall erect warning signs within f0urteen (l4) days 0f this 0rder.\n",
        [("2026-04-23", None)],
    ),
    (
        "DECREE NO. 41/1957\n\nArt. 5. Residents of the protective zone shall leave within "
        "thirty (30) days of the date of this Decree.\nGiven at Torvel, 12 April 1957.\n",
        [("1957-05-12", None)],
    ),
]

DOUBLED_FIVE = [
    (
        "TELEX 2231/03\nDATE: 3 MARCH 2026\n\n7. WITHDRAWAL TO BE COMPLETE WITHIN FIVE (S) DAYS "
        "OF SIGNATURE.\n",
        [("2026-03-08", None)],
    ),
]

DAY_AFTER_SIGNATURE = [
    (
        "AGREEMENT ON THE SEPARATION OF FORCES\n\n1. Each Party shall keep its forces 8 "
        "kilometres from the river.\n2. The ceasefire shall enter into force at 00:01 on the "
        "day following signature.\n\nDone at Vell on 17 February 2026.\n",
        [("2026-02-18", None)],
    ),
    (
        "AGREEMENT ON DISENGAGEMENT\n\n5.1 Forces shall begin to withdraw at 0800 hours on the "
        "second day after signature.\n6. The Parties shall exchange maps.\n\nDone at Kell on "
        "27 January 2026.\n",
        [("2026-01-29", None)],
    ),
    (
        # a news report of a signing to come: the words are kept
        "Vell, 17 February 2026\n\nThe two sides say the ceasefire will start on the day "
        "following signature, which has not been scheduled.\n",
        [(None, "on the day following signature")],
    ),
]

test_made_or_given = rows_test(MADE_OR_GIVEN, report_deadlines)
test_doubled_five = rows_test(DOUBLED_FIVE, report_deadlines)
test_day_after_signature = rows_test(DAY_AFTER_SIGNATURE, report_deadlines)


def test_made_and_given_lines_date_the_report():
    assert report_date("ORDER NO. 17\nMade 9 April 2026 under section 4 of the Act\n") == (
        "2026-04-09"
    )
    assert report_date("Art. 1. The strip is 10 m wide.\nGiven at Torvel, 12 April 1957.\n") == (
        "1957-04-12"
    )


def test_doubled_letters_read_as_digits_only_after_a_number_word():
    assert normalise("within five (S) days").norm == "within five (5) days"
    assert normalise("within eight (B) days").norm == "within eight (8) days"
    assert normalise("Annex (S) of the text").norm == "Annex (S) of the text"
    assert normalise("two (b) the parties").norm == "two (b) the parties"
