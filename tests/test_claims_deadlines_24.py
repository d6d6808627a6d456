"""Kinds of deadline and route wording behind the misses of the twenty-fourth blind set.

Like ``test_claims_deadlines_23.py``: every text was written for this test, with other places,
numbers and word orders.
"""

from __future__ import annotations

from claimrows import report_deadlines, routes, rows_test

# a way's stoppage right after its last place: "FERRY SERVICE FROM A TO B SUSPENDED UNTIL
# FURTHER NOTICE", "the bus from A to B suspends its runs"
SUSPENDED = [
    ("RAIL SERVICE FROM OSTBERG TO HALLE SUSPENDED UNTIL FURTHER NOTICE\n", [("Ostberg", "Halle")]),
    # guards: the same in small letters was read before, and stays so
    ("The bus from Corran to Bellow suspends its night runs.", [("Corran", "Bellow")]),
    ("The ferry from Skel to Port Amund suspended sailings in May.", [("Skel", "Port Amund")]),
    ("THE ROAD FROM OSTBERG TO HALLE CLOSED\n", [("Ostberg", "Halle")]),
]

test_suspended = rows_test(SUSPENDED, routes)

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# a duty on each event of a kind: "Any incident within the Zone shall be reported to the Mixed
# Commission within six (6) hours" is counted from each incident, not from the report's day
EACH_EVENT = [
    (
        HEAD + "Every shooting on the line must be notified to the observers within 12 hours.\n",
        [(None, "within 12 hours")],
    ),
    (
        HEAD + "(b) Each crossing of the buffer shall be signalled to the Board within two days.\n",
        [(None, "within two days")],
    ),
    # guards: a duty of a party, and of one event already named, still count from the report
    (HEAD + "Each party shall withdraw within six days.\n", [("2025-06-10", None)]),
    (HEAD + "The shooting shall be reported within two days.\n", [("2025-06-06", None)]),
]

test_each_event = rows_test(EACH_EVENT, report_deadlines)

# a start counted from an act the report dates: "Chapter 32 provisions take effect 60 days after
# signature", under "The Act was signed on 14 February 2012" (1 March 2019 + 90 days = 30 May)
TAKE_EFFECT_AFTER = [
    (
        "Lenner, 4 March 2019\n\nThe code was signed on 1 March 2019. Its rules on hedges take "
        "effect 90 days after signature.\n",
        [("2019-05-30", None)],
    ),
    (
        "Lenner, 4 March 2019\n\nThe new fees shall take effect 14 days after publication.\n",
        [(None, "14 days after publication")],
    ),
    # guard: a start long past is no deadline
    (
        "Lenner, 4 March 2019\n\nThe old code took effect 90 days after signature in 1990.\n",
        [],
    ),
]

test_take_effect_after = rows_test(TAKE_EFFECT_AFTER, report_deadlines)

# a start word in a heading over a paragraph ("4. Effective dates" over "The Act was signed on 14
# February 2012"): the heading's word is no start of the sentence under it
HEADING_WORD = [
    ("7. Effective period\n\nThe code was adopted on 3 May 2016 after a long debate.\n", []),
    ("Effective dates\n\nThe board met on 9 October 2018 in Tarrow.\n", []),
    # guard: a start in its own sentence is still read
    ("2. Commencement\n\nThe code takes effect on 3 May 2016.\n", [("2016-05-03", None)]),
]

test_heading_word = rows_test(HEADING_WORD, report_deadlines)
