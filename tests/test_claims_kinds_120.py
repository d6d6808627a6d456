"""Wordings read since field-holdout-119, with their look-alikes.

- a zone that widens or ranges from place to place is one range, not a change: "widens
  gradually from 0.5 nm to 2 nautical miles across", "The fenced zone, ranging from about
  10 km ... to as much as 30 miles", "an inner width of 250 feet widening to 450 feet"; a
  zone "widened gradually from 2 km to 5 km" is still a change;
- fates: "...; it was quietly dropped" ends the figure before it; "On Tuesday we doubled that
  to 200 yards" supersedes the figure of the sentence before, but "extended the buffer to 200
  feet for new subdivisions" does not;
- a zone's initials in capitals are a zone's noun ("an APZ of 60 to 100 metres");
- "A consultation zone lies between 1,350 m and 2,500 m from the western threshold" is a band;
- "a middle zone from 250 m to 600 m", "an outer zonefrom 600 metres out to roughly 1,200
  yards": a zone named right before its band;
- "5 n.m.": nautical miles written with stops;
- "amber (wavelength 590 nm or longer)": nanometres, not nautical miles; "There is no
  five-kilometre plan. Nobody has proposed five kilometres" denies "a five-kilometre plan"
  (the number with its unit, however written); "get at least 50 metres away and crouch down"
  is a rule's radius; "lies 11 miles downstream" says where a town lies (not "the line sits
  120 feet inland", a rule's line); "Their radars see out to 40 km" is a sensor's reach;
- "kept between the forward defence lines": a gap between two lines; "a belt of three
  nautical miles along its own shore": a reach out from a coast;
- "kept between neighbouring leases": a gap between two of a kind, a total; "3 metres in
  front of and behind the seats": one width on each side;
- not widths: a bridge's "clearance 4.1 m", "a lake ... lowered by 3 metres", "drifting forty
  kilometres downwind" (not a vegetation clearance either side of a line);
- a rule's band below a named place on a river ("Between 1 and 3 nautical miles below Kestle
  pierhead") or to one side of a thing ("banned between 500 yards and one mile north of the
  slipway");
- "BETWEEN 250 M AND 1.5 KM FROM THE PILLAR LINE": a band in two units, in capitals;
- "SITED NO CLOSER THAN TEN (10) KILOMETRES TO FRONTIER": a rule keeping things from a border;
- not widths: "one cable is taken as 185 metres", a quake "at a depth of 10 km", a pass that
  "climbs to 2,100 metres" (not "the figure rises to 35 m"); "Nobody, I stress nobody, ever
  proposed a fifty-kilometre zone" denies it;
- deadlines: "From 1 February 2026 smoking will be banned" opens its sentence with a start;
  "will be issued at 10:00 tomorrow", "Entries close on Friday at midnight";
- not widths: "RELOCATES TO SELETSK (35 KM)", a place's distance in brackets after its name;
  "rifles, effective out to 1,500 metres", a weapon's reach;
- OCR: a number in thousands with no digit left ("l,OOO feet");
- a unit in capitals run into its figure ("WITHIN 1000FT OF", "WITHIN 300M OF THE SITE");
- "an air safety zone stretching 25 km beyond it": a reach past another zone, not a length;
  "had been seen inside the five-kilometre strip" tells no figure of the past;
- "six and two-thirds miles", "6⅔-mile", "one-\nhalf mile" broken at a line's end, "one-quarter
  (l/4) mile", "no less thanl5 km";
- "between half a mile and 600 feet from the animal": a band, the larger end first;
- how deep bores and wells go is no width; "Nobody proposed a zone of fifty kilometres"
  denies the figure.
"""

from __future__ import annotations

import pytest
from claimrows import (
    DR,
    FT,
    MI,
    SU,
    YD,
    D,
    S,
    T,
    U,
    bands,
    report_deadlines,
    rounded,
    rows_test,
    width_rows,
    widths,
)

from geozone.claims.text import normalise

KINDS = {
    "a range from place to place": [
        (
            "The protection corridor widens gradually from 0.5 nm to 2 nautical miles across.",
            [(0.926, 3.704, T, S)],
        ),
        (
            "The fenced zone, ranging from about 10 km in farming districts to as much as 30 "
            "miles in the desert, is closed to civilians.",
            [(10, 30 * MI, U, S)],
        ),
        (
            "14. The grazing belt, which varies from 800 yards in the Dand valley to nearly 2 "
            "miles on the open plateau, may be used by the flocks.",
            [(800 * YD, 2 * MI, U, S)],
        ),
        (
            "The zone follows the river, its width varying from 12 km in places to as much as "
            "20 km.",
            [(12, 20, T, S)],
        ),
        (
            "The RPZ is 2,500 feet long and widens from 1,000 feet at its inner edge to 1,750 "
            "feet at its outer end. For small aircraft the zone is only 1,000 feet long, with "
            "an inner width of 250 feet widening to 450 feet.",
            [(1000 * FT, 1750 * FT, T, S), (250 * FT, 450 * FT, T, S)],
        ),
    ],
    "a change, not a range": [
        ("The strip was widened gradually from 2 km to 5 km.", [(2, 2, T, SU), (5, 5, T, S)]),
    ],
    "fates told after": [
        (
            "Their 2017 coalition agreement had promised a distance of 1,500 metres from pure "
            "residential zones, a figure critics said would leave almost no land for new "
            "turbines; it was quietly dropped once the federal rules were settled.",
            [(1.5, 1.5, D, DR)],
        ),
        (
            "Our first advisory told people to keep 100 yards away from the pressure ridge. On "
            "Tuesday we doubled that to 200 yards.",
            [(100 * YD, 100 * YD, D, SU), (200 * YD, 200 * YD, D, S)],
        ),
        (
            "The original criteria required a buffer of not less than 100 feet, reckoned "
            "landward from mean high water. In 2008 the legislature extended the buffer to 200 "
            "feet for new subdivisions.",
            [(100 * FT, 100 * FT, U, S), (200 * FT, 200 * FT, U, S)],
        ),
    ],
    "a zone's initials": [
        (
            "For hospitals the distances are larger, and an APZ of 60 to 100 metres is common.",
            [(0.06, 0.1, U, S)],
        ),
    ],
    "a band where a zone lies": [
        (
            "2.4 A consultation zone lies between 1,350 m and 2,500 m from the western "
            "threshold, within which planning applications for more than ten dwellings are "
            "referred.",
            [(1.35, 2.5, D, S)],
        ),
        (
            "The outer protection area lies between20 m and 40 m from the building and may keep "
            "a thinned canopy.",
            [(0.02, 0.04, D, S)],
        ),
        ("The village lies between 3 and 4 km from the border.", []),
        (
            "Between 1 and 3 nautical miles below Kestle pierhead the banks are closed to "
            "spectators.",
            [(1.852, 3 * 1.852, D, S)],
        ),
        (
            "Quad bikes are banned between 500 yards and one mile north of the slipway.",
            [(500 * YD, MI, D, S)],
        ),
        ("The village lies between 3 and 4 km north of the border.", []),
        (
            "GRAZING PERMITTED BY DAY ONLY IN THE BELT BETWEEN 250 M AND 1.5 KM FROM THE PILLAR "
            "LINE ON EACH SIDE.",
            [(0.25, 1.5, "per_side", S)],
        ),
    ],
    "a unit in capitals run into its figure": [
        ("NO CRANE OPERATORS WITHIN 1000FT OF THE HOSPITAL SITE.", [(1000 * FT, 1000 * FT, D, S)]),
        ("NO CRANES WITHIN 300M OF THE SITE.", [(0.3, 0.3, D, S)]),
    ],
    "a zone's reach past another zone": [
        (
            "Serbian forces may not enter a ground safety zone reaching five kilometres into "
            "Serbia from the line, and Serbian aircraft are barred from an air safety zone "
            "stretching 25 km beyond it. KFOR officials stressed that none of the reported "
            "units had been seen inside the five-kilometre strip itself.",
            [(5, 5, D, S), (25, 25, D, S), (5, 5, D, S)],
        ),
        ("The patrol route stretches 25 km beyond the village.", []),
        (
            "The buffer had been increased to 200 m in 2019. Since 2022 it is 300 m.",
            [(0.2, 0.2, U, SU), (0.3, 0.3, U, S)],
        ),
    ],
    "thirds, fractions and numbers broken at a line's end": [
        (
            "No new market may be held within six and two-thirds miles of the existing market.",
            [(6.667 * MI, 6.667 * MI, D, S)],
        ),
        (
            "Within the 6⅔-mile radius no rival market may be held.",
            [(6.667 * MI, 6.667 * MI, D, S)],
        ),
        ("Troops withdrew three and a third kilometres from the line.", [(3.333, 3.333, D, S)]),
        ("The third zone is 5 km wide.", [(5, 5, T, S)]),
        (
            "(b) No home site shall lie more than 1,320 feet from the entrance of the shelter "
            "serving it. For\nparks built before 1 January 2000 the Board may allow up to one-\n"
            "half mile where no closer site is available.",
            [(1320 * FT, 1320 * FT, D, S), (0.5 * MI, 0.5 * MI, D, S)],
        ),
        (
            "Quarantine applies within one-quarter (l/4) mi1e of the infected grove.",
            [(0.25 * MI, 0.25 * MI, D, S)],
        ),
        (
            "Each Party shall keep its air-defence systems no less thanl5 km back from its own "
            "forward positions.",
            [(15, 15, D, S)],
        ),
    ],
    "a band either way round": [
        (
            "Boats should slow down between half a mile and 600 feet from the animal.",
            [(600 * FT, 0.5 * MI, D, S)],
        ),
        ("The strip was cut from 2 km to 500 m.", [(2, 2, U, SU), (0.5, 0.5, U, S)]),
    ],
    "how deep a well or a bore goes": [
        (
            "Most bores are between 30 and 150 m deep. Drilling is banned within 1.5 km of the "
            "spring.",
            [(1.5, 1.5, D, S)],
        ),
        (
            "The wells themselves go down to 2,200 metres, which is why the 1.5-km radius matters.",
            [(1.5, 1.5, D, S)],
        ),
        ("Troops must go down to 5 km from the line.", [(5, 5, D, S)]),
    ],
    "a zone nobody proposed": [
        (
            "Nobody proposed a zone of fifty kilometres, whatever some newspapers wrote. The "
            "zone is 30 km.",
            [(30, 30, U, S)],
        ),
        ("Nobody asked for the twenty kilometres to come back.", [(20, 20, D, S)]),
    ],
    "a zone named right before its band": [
        (
            "6.2 The zones are now: an inner zone extending to 250 m from the store;\na middle "
            "zone from 250 m to 600 m; and an outer zonefrom 600 metres out\nto roughly 1,200 "
            "yards, where only very large developments are considered.",
            [(0.25, 0.25, D, S), (0.25, 0.6, D, S), (0.6, 1200 * YD, D, S)],
        ),
        ("The army widened the zone from 5 km to 10 km.", [(5, 5, T, SU), (10, 10, T, S)]),
    ],
    "not widths: a place's distance in brackets, a weapon's reach": [
        (
            "MISSI0N HQ RELOCATES T0 SELETSK (35 KM) ON 2O APRIL. PATROLS KEEP 5 KM FROM THE LINE.",
            [(5, 5, D, S)],
        ),
        ("A buffer zone (5 km) runs along the border.", [(5, 5, U, S)]),
        (
            "Snipers with 12.7 mm rifles, effective out to 1,500 metres, made even short visits "
            "to the line dangerous. Patrols keep 500 metres back from it.",
            [(0.5, 0.5, D, S)],
        ),
    ],
    "more words read": [
        (
            "Lights between 40 m and 150 m of the dune crest must be shielded, amber (wavelength "
            "590 nm or longer) and mounted low.",
            [(0.04, 0.15, D, S)],
        ),
        ("Boats must keep 5 nm from the red buoy.", [(5 * 1.852, 5 * 1.852, D, S)]),
        ("Warships must keep 5 n.m. from the harbour.", [(5 * 1.852, 5 * 1.852, D, S)]),
        (
            "Inside that two-kilometre belt no new smelting licence will be granted.\n\nQ: Is "
            "there a five-kilometre plan for Baro?\n\nMINISTER: There is no five-kilometre "
            "plan. Nobody has proposed five kilometres, and I am not proposing it now.",
            [(2, 2, U, S)],
        ),
        (
            '"We asked everyone to get at least 50 metres away and crouch down," said the team '
            "leader.",
            [(0.05, 0.05, D, S)],
        ),
        ("The convoy got 5 km away before dawn.", []),
        (
            "The town of Mirandel, population 18,000, lies 11 miles downstream and is not being "
            "evacuated. Residents within 2 miles of the dam must leave.",
            [(2 * MI, 2 * MI, D, S)],
        ),
        (
            "The setback is thirty times the annual rate; where the beach is losing four feet a "
            "year, the line sits 120 feet inland.",
            [(120 * FT, 120 * FT, D, S)],
        ),
        (
            "Their radars see out to 40 km, but that is a range, not a border. The zone is 15 km "
            "deep.",
            [(15, 15, D, S)],
        ),
    ],
    "a gap between forward defence lines; a belt along a state's own shore": [
        (
            "An absolute minimum distance of five hundred (500) metres is kept between the "
            "forward defence lines.",
            [(0.5, 0.5, T, S)],
        ),
        (
            "Each state keeps a belt of three nautical miles along its own shore.",
            [(3 * 1.852, 3 * 1.852, D, S)],
        ),
    ],
    "a gap between two of a kind; in front of and behind": [
        ("A separation of 200 metres is kept between neighbouring leases.", [(0.2, 0.2, T, S)]),
        (
            "A clear zone of 3 metres in front of and behind the seats is required.",
            [(0.003, 0.003, "per_side", S)],
        ),
    ],
    "a bridge's headroom, a lake lowered, a plume's drift": [
        (
            "4.1 The Head of Highways reported 14 strikes on the viaduct's low arch (clearance "
            "4.1 m, or 13 ft 5 in) since 2020. Lorries are banned within 1.5 miles of the "
            "viaduct.",
            [(1.5 * MI, 1.5 * MI, D, S)],
        ),
        (
            "Vegetation clearance of 10 m must be kept either side of the line.",
            [(0.01, 0.01, "per_side", S)],
        ),
        ("See also: Tsho Rolpa, a lake in the Rolwaling valley lowered by 3 metres in 2000.", []),
        (
            "MANAGER: It's been drifting forty kilometres downwind. The exclusion zone is 2 km "
            "around the crater.",
            [(2, 2, D, S)],
        ),
    ],
    "kept no closer than a figure to a border": [
        (
            "CAMPS TO BE SITED N0 CL0SER THAN TEN (l0) KIL0METRES T0 FR0NTIER.",
            [(10, 10, D, S)],
        ),
    ],
    "a unit defined, a quake's depth, a pass's height; a denial set off by commas": [
        (
            "Note: for the purposes of this Notice one cable is taken as 185 metres. No dredging "
            "within 2 cables of the reef.",
            [(0.3704, 0.3704, D, S)],
        ),
        (
            "Monday evening's tremor was centred near Defne, about 6 km south of Antakya, at a "
            "depth of 10 km. Buildings within 50 metres of damaged blocks are cordoned.",
            [(0.05, 0.05, D, S)],
        ),
        ("The road over the pass, which climbs to 2,100 metres, is closed.", []),
        (
            "For two antennas the figure rises to 35 m from the mast.",
            [(0.035, 0.035, D, S)],
        ),
        (
            "Nobody, I stress nobody, ever proposed a fifty-kilometre zone; the zone is 5 km.",
            [(5, 5, U, S)],
        ),
    ],
    "OCR thousands": [
        (
            "Setbacks fr0m residences sha11 be between l,OOO and 2,5OO feet, rising with the "
            "number 0f head.",
            [(1000 * FT, 2500 * FT, U, S)],
        ),
        ("The lagoon must be l,OOO feet from any well.", [(1000 * FT, 1000 * FT, D, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_zone_named_right_before_its_two_distances_is_a_band():
    text = (
        "The zones are now: an inner zone extending to 250 m from the store; a middle zone from "
        "250 m to 600 m; and an outer zonefrom 600 metres out to roughly 1,200 yards."
    )
    assert bands(text) == [False, True, True]


def test_a_zone_lying_between_two_figures_is_a_band():
    assert bands(
        "2.4 A consultation zone lies between 1,350 m and 2,500 m from the western threshold."
    ) == [True]
    assert bands("The protection corridor widens gradually from 0.5 nm to 2 nautical miles.") == [
        False
    ]


def test_ocr_thousands_with_no_digit_left():
    assert normalise("between l,OOO and 2,5OO feet").norm == "between 1,000 and 2,500 feet"
    assert normalise("I,OOO yards").norm == "1,000 yards"
    assert normalise("WITHIN 1000FT OF THE SITE").norm == "WITHIN 1000 FT OF THE SITE"
    assert normalise("5M PEOPLE").norm == "5M PEOPLE"
    # (words with no thousands are left alone)
    assert normalise("I, Olga, agree").norm == "I, Olga, agree"


DEADLINES = [
    (
        "From 1 February 2026 smoking will be banned in a number of outdoor public places.",
        [("2026-02-01", None)],
    ),
    ("A further statement will be issued at 10:00 tomorrow.", [("2026-01-15", None)]),
    ("The statement was issued at 10:00 today.", []),
    ("HOLLIS: Entries close on Friday at midnight.", [("2026-01-16", None)]),
    # (a headline's deadline told again below it is one deadline)
    (
        "PEACE SIGNED - HOSTILITIES END AT NOON TODAY\n\nThe war is to end at noon today.",
        [("2026-01-14", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), DEADLINES, ids=[t[:30] for t, _ in DEADLINES])
def test_deadlines(text, want):
    assert report_deadlines("Statement, Wednesday 14 January 2026\n\n" + text) == want
