"""Kinds of deadline wording behind the misses of field-holdout-372 to -377.

A time counted "of that date": from the date the text told just before it.

"The Order comes into force on 1 May 2026 and the signs shall be erected within 14 days of
that date" sets the signs for 15 May 2026, not for a day counted from the report's own
date, and not an undated count either. The date may be in the same sentence or the one
before; a day and month alone take the year nearest the report's date. With no date told
before ("within 180 days of that date" after "the effective date of this rule"), the words
are kept. Each report is dated Wednesday 4 June 2025; the expected days were counted on a
calendar.

A day counted "on the sixth day after signature": that many days after the signing the
text dates, or after the report's own date for "the signature of this Protocol".

A report's date closing a long heading line after its place: "Transcript: press
conference of Foreign Minister Lera Vashkova, Tarnagrad, Wednesday 11 March 2026".
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, rows_test

HEAD = "Velde, 4 June 2025\n\n"

THAT_DATE = [
    (
        HEAD + "These byelaws come into force on 1 July 2025; existing permits lapse within "
        "thirty days of that date.\n",
        [("2025-07-01", None), ("2025-07-31", None)],
    ),
    (
        # a scan: "l Ju1y 2O25", "thirty (3O) days"
        HEAD + "These byelaws come into force on l July 2O25. Existing permits lapse within "
        "thirty (3O) days of that date.\n",
        [("2025-07-01", None), ("2025-07-31", None)],
    ),
    (
        # a day and month alone: the year nearest the report's date
        HEAD + "The track reopens on 9 August, and wardens must be registered within a "
        "fortnight of that date.\n",
        [("2025-08-09", None), ("2025-08-23", None)],
    ),
    (
        HEAD + "If the council approves, the rules take effect on 1 October 2025, and the "
        "committee will review them within six months of that date.\n",
        [("2025-10-01", None), ("2026-04-01", None)],
    ),
    (
        # the last date told before the count, not the first
        HEAD + "Notices went up on 2 June 2025 and the zone is enforced from 16 June 2025. "
        "Gear left inside must be recovered within seven days of that date.\n",
        [("2025-06-23", None)],
    ),
    (
        # no date told before: the words are kept
        HEAD + "Sites in use on the effective date of this rule shall comply within 180 days of "
        "that date.\n",
        [(None, "within 180 days of that date")],
    ),
]

test_that_date = rows_test(THAT_DATE, report_deadlines)

NTH_DAY = [
    (
        HEAD + "Withdrawal begins at 0600 hours on the third day after the signature of this "
        "Protocol.\n",
        [("2025-06-07", None)],
    ),
    (
        # a scan's "0n"; the signing the text dates (told as past, not a deadline itself)
        HEAD + "The armistice was signed on 2 June 2025. Hostilities cease at midnight 0n the "
        "sixth day after signature.\n",
        [("2025-06-08", None)],
    ),
    (
        HEAD + "The truce was signed on 2 June 2025. Patrols start on the 10th day following "
        "the signing.\n",
        [("2025-06-12", None)],
    ),
    (
        # no signing dated and no date of its own: the words are kept
        "The sides withdraw on the third day after signature.\n",
        [(None, "on the third day after signature")],
    ),
]

HEADINGS = [
    (
        "Republic of Drashti - Ministry of Foreign Affairs\nTranscript: press conference of "
        "Foreign Minister Lera Vashkova, Tarnagrad, Wednesday 11 March 2026\n\nGood morning.\n",
        "2026-03-11",
    ),
    (
        "Kingdom of Zerhoun - Ministry of the Interior\nPress conference of Interior Minister "
        "Karim Bensaada, Azrou-Tizi, Wednesday 8 October 2025 (transcript, abridged)\n\n"
        "MINISTER: Good morning.\n",
        "2025-10-08",
    ),
    (
        # a sentence that tells a date is not a heading
        "The talks opened in the capital on a cold morning and went on for hours and hours, "
        "Wednesday 8 October 2025. They failed.\n",
        None,
    ),
]

test_nth_day = rows_test(NTH_DAY, report_deadlines)
test_headings = rows_test(HEADINGS, report_date)
