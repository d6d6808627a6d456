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
- "a road reserve three chains wide": Gunter's chain, only as a distance.
- "whether she will extend the no-take zone ... to 2 nautical miles" answered "has decided not to
  adopt it" in the next paragraph: a figure asked for and turned down.
"""

from __future__ import annotations

from claimrows import NMI, RJ, D, P, S, T, rounded, rows_test, widths

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

CHAINS = [
    ("The law reserved a road reserve three chains wide along each river.", [(0.06, 0.06, T, S)]),
    (
        "Buildings along the road shall be set back five chains (a chain being twenty-two yards) "
        "from the road on each side.",
        [(0.101, 0.101, P, S)],
    ),
    # a cable the report counts at 200 yards
    (
        "DESTROYERS TO KEEP AT LEAST 5 CABLES (1 CABLE = 200 YARDS) FROM ANY MERCHANT SHIP.",
        [(0.914, 0.914, D, S)],
    ),
    # a sea league the report counts at four nautical miles
    (
        "No vessel may fish within one sea league (four nautical miles) of the coast.",
        [(4 * NMI, 4 * NMI, D, S)],
    ),
    ("The islands form a chain of low reefs.", []),
]

ASKED_AND_REFUSED = [
    (
        "Question No. 214. Mr Desmond Charles asked the Minister of Fisheries whether she will "
        "extend the no-take zone of the Coral Bank Reserve to 2 nautical miles seaward of the "
        "reef crest, and what is being done to stop anchor damage.\n\nAnswer. Hon. Beverley "
        "Joseph: The no-take core of the Reserve extends one nautical mile seaward from the reef "
        "crest along the whole of the bank. The Ministry has examined the proposal to push the "
        "no-take zone further out and has decided not to adopt it, since it would close the main "
        "grounds of the Bell Point cooperative.",
        [(2 * NMI, 2 * NMI, D, RJ), (NMI, NMI, D, S)],
    ),
    (
        "To ask the Secretary of State whether he will introduce corridors of 60 metres either "
        "side of high-voltage overhead lines.\n\nThe Minister of State (Lord Hunt): The "
        "Government do not propose to introduce such corridors.",
        [(0.06, 0.06, P, RJ)],
    ),
]

DECLINED_BEFORE = [
    (
        "The Government has no plans to propose a 10-kilometre zone on either side of the lake.",
        [(10, 10, P, RJ)],
    ),
    (
        "The Government has considered the case and decided not to proceed with the 1 km zone.",
        [(1, 1, "unspecified", RJ)],
    ),
    (
        "The Government does not intend to extend the zone to 300 metres.",
        [(0.3, 0.3, "unspecified", RJ)],
    ),
    # the figure in force, not the one put forward
    (
        "I have no plans to extend the 100-yard buffer, but I will keep it under review.",
        [(0.091, 0.091, "unspecified", S)],
    ),
]

test_declined_before = rows_test(DECLINED_BEFORE, widths, rounded)
test_chains = rows_test(CHAINS, widths, rounded)
test_asked_and_refused = rows_test(ASKED_AND_REFUSED, widths, rounded)
test_old_units = rows_test(OLD_UNITS, widths, rounded)
test_league_defined_later = rows_test(LEAGUE_DEFINED_LATER, widths, rounded)
test_own_side_of_one_line = rows_test(OWN_SIDE_OF_ONE_LINE, widths, rounded)
test_boats_work = rows_test(BOATS_WORK, widths, rounded)
test_security_region = rows_test(SECURITY_REGION, widths, rounded)
