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
- OCR: a number in thousands with no digit left ("l,OOO feet");
- a unit in capitals run into its figure ("WITHIN 1000FT OF", "WITHIN 300M OF THE SITE");
- "an air safety zone stretching 25 km beyond it": a reach past another zone, not a length;
  "had been seen inside the five-kilometre strip" tells no figure of the past.
"""

from __future__ import annotations

from claimrows import DR, FT, MI, SU, YD, D, S, T, U, bands, rounded, rows_test, width_rows, widths

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
