"""Kinds of wording behind the misses of field-holdout-394, -396 and -397.

- "within 1,000 varas of an Indian town ... the vara of Burgos, reckoned here at 0.84 metres",
  "not nearer than three hundred (3OO) Rods to any Dwelling", "VERST HERE RECKONED AT 1.07
  KILOMETRES": old units, at the length the report gives them.
- "the league being reckoned for this purpose at five kilometres", "The league of the Treaty is
  the Spanish legua, taken here as 5.57 km": a league defined a few words on.
- "EACH STATE TO CLEAR ... BELT FIVE VERSTS DEEP ON OWN SIDE OF FRONTIER": each party's depth
  on its side of one common line is per side.
- "US SHRIMP FLEET OPERATES ... MAINLY 40 TO 90 NM OFFSHORE": where boats work.
- "The Security Region ... It extends some45 km north of the boundary": a security region.
"""

from __future__ import annotations

from claimrows import NMI, D, P, S, T, rounded, rows_test, widths

OLD_UNITS = [
    (
        "The law forbade any new cattle estancia within 1,000 varas of an Indian town. The "
        "vara used for these measures was the vara of Burgos, reckoned here at 0.84 metres.",
        [(0.84, 0.84, D, S)],
    ),
    (
        "The pest-house shall stand not nearer than three hundred (3OO) Rods to any Dwelling ; "
        "the Rod being here reckon'd at five Yards and a half.",
        [(1.509, 1.509, D, S)],
    ),
    # fishing rods are no length
    (
        "A licence for three rods is sold for anglers; no fishing within 30 metres of the line.",
        [(0.03, 0.03, D, S)],
    ),
    (
        "EACH STATE TO CLEAR ALL CIVIL TRAFFIC FROM BELT FIVE VERSTS DEEP ON OWN SIDE OF "
        "FRONTIER STOP VERST HERE RECKONED AT 1.07 KILOMETRES STOP BELT THUS TEN VERSTS WIDE IN "
        "ALL STOP",
        [(5.35, 5.35, P, S), (10.7, 10.7, T, S)],
    ),
]

LEAGUE_DEFINED_LATER = [
    (
        "Each Crown shall keep its guard posts at least one league back from its own edge of "
        "the neutral ground. The league of the Treaty is the Spanish legua, taken here as 5.57 "
        "km.",
        [(5.57, 5.57, D, S)],
    ),
]

OWN_SIDE_OF_ONE_LINE = [
    (
        "Each state shall clear all civil traffic from a belt five km deep on its own side of "
        "the frontier.",
        [(5, 5, P, S)],
    ),
    # one party alone: its own depth
    (
        "Gerrin may place no guns in a further zone reaching 5 km from the stream on its own side.",
        [(5, 5, D, S)],
    ),
]

BOATS_WORK = [
    ("AMETH FISHING FLEET WORKS 8-10 NM OFFSHORE.", []),
    (
        "US SHRIMP FLEET (ABOUT 300 VESSELS) OPERATES OFF AMAPA AND PARA, MAINLY 40 TO 90 NM "
        "OFFSHORE, ALL NOW INSIDE CLAIM.",
        [],
    ),
    # a rule on where they may fish is a zone
    ("The trawlers may fish only 20 nautical miles offshore.", [(20 * NMI, 20 * NMI, D, S)]),
]

SECURITY_REGION = [
    (
        "The Security Region lies in southern Lebanon. It extends some45 km north of the boundary.",
        [(45, 45, D, S)],
    ),
]

test_old_units = rows_test(OLD_UNITS, widths, rounded)
test_league_defined_later = rows_test(LEAGUE_DEFINED_LATER, widths, rounded)
test_own_side_of_one_line = rows_test(OWN_SIDE_OF_ONE_LINE, widths, rounded)
test_boats_work = rows_test(BOATS_WORK, widths, rounded)
test_security_region = rows_test(SECURITY_REGION, widths, rounded)
