"""Kinds of wording behind the misses of field-holdout-410 to -413.

- "within 1,000 metres - sorry, feet, 1,000 feet - of an occupied dwelling": a figure a speaker
  takes back at once is no claim; the one said instead reads with the words before it.
- "within four hundred metres of any school, and 250 metres of a youth club": a second reach
  that shares the "within" of the first.
- "three kos on each side of the line, the kos being reckoned for this purpose at two miles",
  "within a furlong of the Observatory dome": the kos and the furlong.
- "The 25-km border zone established by Ordinance No. 4 of 1993 is abolished".
- "a proposal ... in a 10 km zone was not supported", "does not propose to ask allies for a
  1-nautical-mile corridor": refused.
- "the mortars on both sides reach eight kilometres", "rocket systems ... can strike at 70 km":
  a weapon's reach.
- "between 5 and 12 km from the Contact Line on its side only": one side, after a zone per side
  about the same line.
- "is calling for a permanent exclusion zone of twenty kilometres" answered "we will not do it",
  "The DWD did not adopt that figure", "COURT FOUND 40 KM DISPROPORTIONATE": refused.
- "OLD DRAVINIAN LEAGUE, FIXED BY LAW OF 1911 AT 4 KM", "A verst was 1.0668 km", "a core of ten
  kilometres' radius", "the two-furlong pole": old units and their lengths.
"""

from __future__ import annotations

from claimrows import MI, NMI, RJ, D, P, S, U, rounded, rows_test, widths

SU = "superseded"

TAKEN_BACK = [
    (
        "The main rule: nobody may fire a gun within 1,000 metres - sorry, feet, 1,000 feet - "
        "of an occupied dwelling.",
        [(0.305, 0.305, D, S)],
    ),
    (
        "There the strip is reduced to five hundred metres - sorry, I mean five hundred yards, "
        "on each side.",
        [(0.457, 0.457, P, S)],
    ),
    (
        "Each side pulls back fifteen kilometres - sorry, I mean twelve kilometres - from the "
        "line of contact.",
        [(12, 12, P, S)],
    ),
]

WITHIN_SHARED = [
    (
        "No new betting shop may open within 400 metres of any school, and 250 metres of a "
        "youth club or an addiction clinic.",
        [(0.4, 0.4, D, S), (0.25, 0.25, D, S)],
    ),
    (
        "VARGA: No new betting shop within four hundred metres of any school. And two hundred "
        "- sorry, I mean two hundred and fifty - metres of a youth club.",
        [(0.4, 0.4, D, S), (0.25, 0.25, D, S)],
    ),
    # where a town lies is no reach of a rule
    ("The town lies within 40 km of the border and 20 km of the coast.", []),
]

OLD_UNITS = [
    (
        "The belt will extend three kos on each side of the line, the kos being reckoned for "
        "this purpose at two miles.",
        [(6 * MI, 6 * MI, P, S)],
    ),
    (
        "No part of the line shall come within a furlong of the Observatory dome.",
        [(0.201, 0.201, D, S)],
    ),
]

ENDED = [
    (
        "Final provisions (1) The 25-km border zone established by Ordinance No. 4 of 1993 is "
        "abolished.",
        [(25, 25, U, SU)],
    ),
    (
        "During the debate a proposal to apply the state of emergency in a 10 km zone was not "
        "supported.",
        [(10, 10, U, RJ)],
    ),
    (
        "My Department does not propose to ask allies for a 1-nautical-mile corridor; pipelines "
        "are better protected by patrols.",
        [(NMI, NMI, U, RJ)],
    ),
]

WEAPON_REACH = [
    (
        "Is a four-kilometre corridor enough when the mortars on both sides reach eight "
        "kilometres?",
        [(4, 4, P, S)],
    ),
    (
        "Western officials note that rocket systems supplied to Kyiv can strike at 70 km or "
        "more, so no strip of that kind would be safe.",
        [],
    ),
]

SET_BACK_EACH_SIDE = [
    # a rule's setback from a line on each side, read by the rules, not left to the models
    (
        "Buildings along the road shall be set back 100 metres from the road on each side.",
        [(0.1, 0.1, P, S)],
    ),
]

ON_ITS_SIDE_ONLY = [
    (
        "1. Each Party shall withdraw its artillery 15 km from the Contact Line on each side. "
        "2. In the salient the Lutsiv Party shall keep no weapons in the belt between 5 and 12 "
        "km from the Contact Line on its side only.",
        [(15, 15, P, S), (5, 12, D, S)],
    ),
]

REFUSED_IN_OTHER_WORDS = [
    (
        "HOST: The Green Alliance is calling for a permanent exclusion zone of twenty "
        "kilometres.\n\nOSTROVIK: We have looked at that and we will not do it. It would take "
        "in the whole of Lutsevo.",
        [(20, 20, U, RJ)],
    ),
    (
        "Guidance of the World Meteorological Organization recommends that no wind turbines be "
        "built within a 20 km radius of a weather radar. The DWD did not adopt that figure.",
        [(20, 20, D, RJ)],
    ),
    (
        "3. PROSECUTOR HAD ASKED FOR 40 KM. COURT FOUND 40 KM DISPROPORTIONATE AS IT WOULD CUT "
        "HIM OFF FROM HIS EMPLOYER. ORDER BARS HIM FROM COMING WITHIN 5 KM OF THE EMBASSY.",
        [(40, 40, U, RJ), (40, 40, U, RJ), (5, 5, D, S)],
    ),
]

UNIT_LENGTHS = [
    # a league the report fixes by law, with a year between
    (
        "2. DECREE USES OLD DRAVINIAN LEAGUE, FIXED BY LAW OF 1911 AT 4 KM. INNER ZONE EXTENDS "
        "TWO LEAGUES FROM CENTRE OF MAIN ANTENNA: NO RADIO TRANSMITTERS OF ANY KIND.",
        [(8, 8, D, S)],
    ),
    # the unit's own length is no width
    (
        "Jews were barred from a belt fifty versts deep along the border. (A verst was 1.0668 "
        "km, so the belt reached about 53 kilometres inland.)",
        [(53.34, 53.34, D, S), (53, 53, D, S)],
    ),
    # the length the report gives wins over a rough conversion; a part of one
    (
        "Along the river a neutral strip is created, half a league in width on each bank, the "
        "league being reckoned for this purpose at five kilometres. The strip will thus be a "
        "full league, or about three miles, in breadth. Sotavento had offered only a quarter of "
        "a league on each bank.",
        [(2.5, 2.5, "total", S), (5, 5, "total", S), (1.25, 1.25, P, RJ)],
    ),
    (
        "Around the array centre there will be a core of ten kilometres' radius in which no "
        "transmitter may operate.",
        [(10, 10, D, S)],
    ),
    # a post named by how far along it stands
    (
        "The barrier must stand at least 3 metres back from the running rail between the "
        "two-furlong pole and the winning post.",
        [(0.003, 0.003, D, S)],
    ),
]

test_taken_back = rows_test(TAKEN_BACK, widths, rounded)
test_within_shared = rows_test(WITHIN_SHARED, widths, rounded)
test_old_units = rows_test(OLD_UNITS, widths, rounded)
test_ended = rows_test(ENDED, widths, rounded)
test_weapon_reach = rows_test(WEAPON_REACH, widths, rounded)
test_on_its_side_only = rows_test(ON_ITS_SIDE_ONLY, widths, rounded)
test_refused_in_other_words = rows_test(REFUSED_IN_OTHER_WORDS, widths, rounded)
test_unit_lengths = rows_test(UNIT_LENGTHS, widths, rounded)
test_set_back_each_side = rows_test(SET_BACK_EACH_SIDE, widths, rounded)
