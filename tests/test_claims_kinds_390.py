"""Kinds of wording behind the misses of field-holdout-390 to -393.

- "half a 1eague", "two cab1es": an old unit a scan reads with a 1 for its l.
- "within three leagues (each league reckoned at three sea miles) of Fort Coram", "at three
  miles to the league": the length of the unit itself, said of it, defines it and is no width.
- "Posts shall stand not more than 400 metres apart", "WHITE POSTS AT 500 METRE INTERVALS":
  how far apart marks stand along a line.
- "within one thousand metres of a dwelling - sorry, I mean one thousand two hundred": a figure
  the speaker takes back as soon as it is said.
- "25 km into the airspace of each Party": each side's airspace or waters, like its territory.
- "from about 25 to 50 miles (40 to 80 km) seaward": the report's conversion says which mile;
  "The mile is the geographical mile of sixty to a degree": so does a report that says it.
- "at a distance of two leagues from the Market Cross, the league of this Province being 4,000
  metres", "one league around the spring": a cordon round an old town's middle or a spring.
- "The 30 km radius shown in the consultation draft no longer applies": given up.
"""

from __future__ import annotations

from claimrows import MI, NMI, D, P, S, T, rounded, rows_test, widths

SU_ = "superseded"

SCANNED_UNIT = [
    (
        "A neutral zone extends half a 1eague beyond the glacis, the league being reckoned at "
        "three miles.",
        [(1.5 * MI, 1.5 * MI, D, S)],
    ),
    ("Seaplanes must keep to a lane two cab1es wide.", [(0.3704, 0.3704, T, S)]),
]

UNIT_DEFINED = [
    (
        "No aeroplane may fly within three leagues (each league reckoned at three sea miles) of "
        "Fort Coram.",
        [(9 * NMI, 9 * NMI, D, S)],
    ),
    (
        "Troops stay two leagues from the town, at three miles to the league.",
        [(6 * MI, 6 * MI, D, S)],
    ),
    # a land league the report never measures stays unread
    ("Troops stay two leagues from the town.", []),
]

SPACING = [
    ("Posts shall stand not more than 400 metres apart along the outer cordon.", []),
    ("ZONE TO BE MARKED WITH WHITE POSTS AT 5OO METRE INTERVALS.", []),
    ("Its turbines are set about 1.2 km apart in rows, and vessels may navigate between them.", []),
    # two lines a zone lies between stay a width
    ("The forward lines shall be 4 km apart.", [(4, 4, T, S)]),
]

SLIP = [
    (
        "From now on no new well may be drilled within one thousand metres of an occupied "
        "dwelling - sorry, I mean within one thousand two hundred metres.",
        [(1, 1, D, SU_), (1.2, 1.2, D, S)],
    ),
    (
        "Crewed aircraft keep out of a radius of, uh, eight nautical miles - sorry, I'm reading "
        "the wrong line - five nautical miles around the fire.",
        [(8 * NMI, 8 * NMI, D, SU_), (5 * NMI, 5 * NMI, D, S)],
    ),
    # the line corrected, not the figure
    (
        "The zone will reach out two hundred kilometres from our coast - sorry, from our "
        "baselines, I should say.",
        [(200, 200, D, S)],
    ),
]

EACH_AIRSPACE = [
    (
        "The zone extends 25 km into the airspace of each Party, measured from the frontier line.",
        [(25, 25, P, S)],
    ),
    (
        "The belt extends 3 nautical miles into the waters of each state.",
        [(3 * NMI, 3 * NMI, P, S)],
    ),
]

MILE_BY_CONVERSION = [
    (
        "Off Washington State the marine sanctuary reaches from about 25 to 50 miles (40 to 80 "
        "km) seaward of the coast.",
        [(25 * MI, 50 * MI, D, S)],
    ),
    (
        "Trawlers may not fish within three miles (5.6 km) of the coast.",
        [(3 * NMI, 3 * NMI, D, S)],
    ),
    ("Trawlers may not fish within three miles (4.8 km) of the coast.", [(3 * MI, 3 * MI, D, S)]),
]

SEA_MILE_DEFINED = [
    (
        "Fishermen keep the exclusive right of fishery within three miles from low-water mark. "
        "The mile is the geographical mile of sixty to a degree of latitude.",
        [(3 * NMI, 3 * NMI, D, S)],
    ),
]

OLD_TOWN_POINT = [
    (
        "A sanitary cordon shall be drawn round the town at a distance of two leagues from the "
        "Market Cross, the league of this Province being 4,000 metres.",
        [(8, 8, D, S)],
    ),
    ("A cordon shall be drawn at a distance of 8 km from the church.", [(8, 8, D, S)]),
    (
        "No house may be built within one league around the spring, the league being reckoned "
        "at three miles.",
        [(3 * MI, 3 * MI, D, S)],
    ),
]

NO_LONGER = [
    (
        "The 30 km radius shown in the consultation draft of May 2017 no longer applies.",
        [(30, 30, D, SU_)],
    ),
]

test_sea_mile_defined = rows_test(SEA_MILE_DEFINED, widths, rounded)
test_old_town_point = rows_test(OLD_TOWN_POINT, widths, rounded)
test_no_longer = rows_test(NO_LONGER, widths, rounded)
test_scanned_unit = rows_test(SCANNED_UNIT, widths, rounded)
test_unit_defined = rows_test(UNIT_DEFINED, widths, rounded)
test_spacing = rows_test(SPACING, widths, rounded)
test_slip = rows_test(SLIP, widths, rounded)
test_each_airspace = rows_test(EACH_AIRSPACE, widths, rounded)
test_mile_by_conversion = rows_test(MILE_BY_CONVERSION, widths, rounded)
