"""Kinds of deadline and route wording behind the misses of the twenty-fourth blind set.

Like ``test_claims_deadlines_23.py``: every text was written for this test, with other places,
numbers and word orders.
"""

from __future__ import annotations

from claimrows import routes, rows_test

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
