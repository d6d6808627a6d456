"""Wordings that field-holdout-40 to -43 brought, each with look-alikes.

- a bare mile at sea whose figure the text gives later in nautical miles,
  and a limit at sea named by its miles (3, 4, 6, 12, 24, 50, 200), are
  nautical miles;
- a unit word a scan damaged at its end ("nautica1 mi1es") and a hundred
  scanned as letters before a bare "m" ("lOO m");
- "neither side may build ... within X of the border on its own side", and
  "Neither side is to open fire, ... or hunt within two kilometres from the
  line": a width on each side of one line;
- "a strip of 30 m in total width, that is 15 m either side": the same
  width told twice, not a width that varies;
- "moved that the separation distance be raised to 2 km": a rule's
  distance changed, put forward by a motion; "an amendment for 1 km, which
  was lost": refused;
- "Our second proposal was three kilometres", "we came down to ten": a
  figure of the talks still on the table measures what every width of the
  report measures (a refused one stays unspecified: test_claims_asked.py);
- "may not go beyond 40 kilometres (25 miles) of the Kremlin": a rule on
  travel, a reach out from a place;
- "with-" at a line's end before an indented "in": one word;
- "The 5-nautical-mile exclusion zone proposed in the draft ... has been
  withdrawn": a proposal named after its figure, and its fate;
- "but officers do not recommend it", "would not revisit the 500-metre
  request", "a motion to require a 1 km buffer ... was put to the vote and
  lost": refusals;
- "1.5 miles upstream and 1.5 miles downstream of the outfall": a river's
  two ways, one width on each side;
- "Until now only residents within 10 km of a reactor were sent ...": the
  rule the report's news replaces;
- "No blasting shall take place between 250 m and half a mile from a
  dwelling": a band a rule keeps about a thing;
- "a box 50 nautical miles across": a total; "extends 400 metres beyond the
  edge of the worked panels": a depth.
"""

from __future__ import annotations

from claimrows import MI, NMI, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a mile at sea, told later in nautical miles, or a limit at sea named by its miles": [
        (
            "Vessa extends trawling limit to 30 miles.\n\nThe new limit runs out to 30 nautical "
            "miles from the baselines of the Vessan coast.",
            [(30 * NMI, 30 * NMI, D, S), (30 * NMI, 30 * NMI, D, S)],
        ),
        (
            "Patrol boats turned the trawler back at the 200-mile limit.",
            [(200 * NMI, 200 * NMI, D, S)],
        ),
        # look-alikes: a mile on land before a nautical mile of another figure; a figure given
        # again at sea but said on land; a limit of a figure the sea does not use
        (
            "The belt is 2 miles wide along the ridge. At sea the closed area reaches 6 nautical "
            "miles from the coast.",
            [(2 * MI, 2 * MI, T, S), (6 * NMI, 6 * NMI, D, S)],
        ),
        (
            "Hunters must keep 5 miles from the lodge. Boats keep 5 nautical miles off the coast.",
            [(5 * MI, 5 * MI, D, S), (5 * NMI, 5 * NMI, D, S)],
        ),
        (
            "Drivers kept to the 7-mile limit around the harbour town.",
            [(7 * MI, 7 * MI, D, S)],
        ),
    ],
    "units and a hundred damaged by a scan": [
        (
            "A prohibited area of radius 4 nautica1 mi1es is set around the lighthouse.",
            [(4 * NMI, 4 * NMI, D, S)],
        ),
        ("The ferry lane is a strip lOO m wide in all.", [(0.1, 0.1, T, S)]),
    ],
    "neither side builds within a distance of the border on its own side": [
        (
            "Neither side may build bunkers within 200 yards of the frontier on its own side.",
            [(0.18288, 0.18288, P, S)],
        ),
        # look-alike: one state alone
        (
            "The republic may build no bunkers within 200 yards of its frontier.",
            [(0.18288, 0.18288, D, S)],
        ),
    ],
    "a total and its half on each side, joined by 'that is'": [
        (
            "The contractor may use a strip of 40 m in total width centred on the cable, that is "
            "20 m either side of it.",
            [(0.04, 0.04, T, S), (0.02, 0.02, P, S)],
        ),
        # look-alike: a width that does vary with the ground
        (
            "The strip is 40 m wide on the plain and widens to 60 m in the valley.",
            [(0.04, 0.06, T, S)],
        ),
    ],
    "each party's rule, said by its subject and a modal, whatever its verbs": [
        (
            "Neither side is to open fire, blast rock or hunt with guns within three kilometres "
            "from the line of control.",
            [(3, 3, P, S)],
        ),
        # look-alikes: counted from each party's own coast; from a place
        (
            "Neither side is to open fire, blast rock or hunt with guns within three kilometres "
            "from its own coast.",
            [(3, 3, D, S)],
        ),
        (
            "Neither side is to open fire, blast rock or hunt with guns within three kilometres "
            "from the village.",
            [(3, 3, D, S)],
        ),
    ],
    "a rule's distance changed by a motion": [
        (
            "Cllr Dane moved that the separation distance be raised to 1 km, citing the Carrow "
            "residents' petition of 1,140 signatures.",
            [(1, 1, U, "proposed")],
        ),
        # a motion and its fate in its sentence: "an amendment for 1 km, which was lost"
        (
            "The draft policy bars masts within 800 metres of a school. Cllr Dane moved an "
            "amendment for 1 km, which was lost (3 for, 7 against).",
            # (given up: the convention of field-holdout-364 on)
            [(0.8, 0.8, D, S), (1, 1, U, "rejected")],
        ),
    ],
    "a figure of the talks said bare, in a report whose widths all measure one way": [
        (
            "Each side will pull its troops back 5 km from the river.\n\nTheir counter-offer "
            "was three kilometres.",
            [(5, 5, P, S), (3, 3, P, "proposed")],
        ),
        # a refused one keeps no measure it was not given (asked.py)
        (
            "Each side will pull its troops back 5 km from the river.\n\nTheir counter-offer "
            "was three kilometres, which we refused.",
            [(5, 5, P, S), (3, 3, U, "rejected")],
        ),
        # look-alikes: a report whose widths measure two ways; no width said before
        (
            "Each side will pull its troops back 5 km from the river, a zone 10 km wide in all."
            "\n\nTheir counter-offer was three kilometres, which we refused.",
            [(5, 5, P, S), (10, 10, T, S), (3, 3, U, "rejected")],
        ),
        ("Their counter-offer was three kilometres, which we refused.", [(3, 3, U, "rejected")]),
    ],
    "a zone put forward, said after its figure, and its fate in the same sentence": [
        (
            "The 4-nautical-mile safety zone proposed in the draft order of May has been "
            "withdrawn.",
            [(4 * NMI, 4 * NMI, U, "dropped")],
        ),
        # look-alike: put forward and now in force
        (
            "The 4-nautical-mile safety zone proposed in the draft order of May is now in force.",
            [(4 * NMI, 4 * NMI, U, S)],
        ),
    ],
    "a band in a rule, counted from a thing": [
        (
            "No blasting shall take place between 250 m and half a mile from a dwelling without "
            "notice.",
            [(0.25, 0.5 * MI, D, S)],
        ),
        # look-alike: where a place lies
        ("The village lies between 250 m and half a mile from the road.", []),
    ],
    "a thing named right before its figure, as wide as it 'across'": [
        (
            "The applicant asked for a box 40 nautical miles across; the tribunal refused.",
            [(40 * NMI, 40 * NMI, T, "rejected")],
        ),
        # look-alike: across a border
        ("Mortars fired 5 km across the border.", []),
    ],
    "past the edge of a thing": [
        (
            "The subsidence zone extends 300 metres beyond the edge of the worked panels.",
            [(0.3, 0.3, D, S)],
        ),
        # look-alike: where shells fell
        ("Shells landed 400 metres beyond the edge of the village.", []),
    ],
    "a motion put to the vote and lost": [
        (
            "Pig units must stand 450 m from any dwelling. A motion to require a 1 km buffer "
            "around the whole site was put to the vote and lost.",
            [(0.45, 0.45, D, S), (1, 1, D, "rejected")],
        ),
    ],
    "the rule before the report's news, told in the past": [
        (
            "The planning zones will be widened to 20 km. Until now only residents within 10 km "
            "of a reactor were sent iodine tablets.",
            [(20, 20, D, S), (10, 10, D, "superseded")],
        ),
        # look-alikes: a practice that goes on; no other figure
        (
            "The new rules set a 20 km zone. Up to now the army has treated land 300 metres "
            "from the fence as a no-go zone.",
            [(20, 20, U, S), (0.3, 0.3, D, S)],
        ),
        (
            "Until now only residents within 10 km of a reactor were sent iodine tablets.",
            [(10, 10, D, S)],
        ),
    ],
    "a river's two ways, one width on each": [
        (
            "Boats will be cleared from 1.5 miles upstream and 1.5 miles down- stream of the "
            "outfall.",
            [(1.5 * MI, 1.5 * MI, P, S)],
        ),
        # look-alike: where a place lies
        ("The plant lies 3 km upstream of the town.", []),
    ],
    "a figure considered and not recommended, or not to be revisited": [
        (
            "Residents asked for an access area of 150 m, but officers do not recommend it.",
            [(0.15, 0.15, U, "rejected")],
        ),
        (
            "The minister said he would not revisit the 500-metre request.",
            [(0.5, 0.5, U, "rejected")],
        ),
        # look-alike: recommended
        (
            "Residents asked for an access area of 150 m, and officers recommend it.",
            [(0.15, 0.15, U, "proposed")],
        ),
    ],
    "how far a rule lets people travel from a place": [
        (
            "Foreign journalists may not go beyond 30 kilometres (19 miles) of the Palace "
            "without a pass.",
            [(30, 30, D, S)],
        ),
        # look-alike: where a place lies
        ("The village lies 30 kilometres beyond the Palace.", []),
    ],
    "a word broken at a line's end before an indented line": [
        (
            "  * The bylaw would ban a protest with-\n    in 100 metres of an entrance to a "
            "clinic.",
            [(0.1, 0.1, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
