"""More kinds of wording behind past misses, each in several new phrasings.

Like ``test_claims_kinds.py``: every text was written for this test, and
each kind (two spelled numbers that make a range, a width into each party's
territory, a zone that narrows and widens, a band off a coast, a weapon's
reach, a transcript where the answer comes from the next speaker ...) is
checked in other units, word orders, spelled-out numbers and damaged text,
so that a rule must read the kind and not one sentence. A row gives the
widths a careful reader finds: (min km, max km, semantics, status), where
status is the ``proposal`` field or "stated".
"""

from __future__ import annotations

import pytest
from claimrows import (
    DR,
    MI,
    NMI,
    PR,
    RJ,
    YD,
    D,
    P,
    S,
    T,
    U,
    deadlines,
    rounded,
    routes,
    widths,
)

from geozone.claims import extract


def _bands(text: str) -> list[bool]:
    return [bool(c.fields.get("band")) for c in extract(text, "t").of_kind("width")]


KINDS = {
    "two numbers in words joined by 'and' are a range, not a sum": [
        ("The buffer is somewhere between ten and fifteen kilometres wide.", [(10, 15, T, S)]),
        ("Troops shall stay between five and eight miles from the border.",
         [(5 * MI, 8 * MI, D, S)]),
        ("On the plain the zone will be between two and three kilometres wide.", [(2, 3, T, S)]),
        ("THE ZONE IS BETWEEN TEN AND TWELVE KILOMETRES WIDE.", [(10, 12, T, S)]),
        ("A strip two hundred and fifty metres wide will be cleared.", [(0.25, 0.25, T, S)]),
        ("The zone is one and a half kilometres wide.", [(1.5, 1.5, T, S)]),
        ("The cleared strip is between twenty and thirty yards wide.",
         [(20 * YD, 30 * YD, T, S)]),
    ],
    "a width into the territory of each party, or on each side after a comma": [
        ("The zone would reach ten kilometres into the territory of each party.",
         [(10, 10, P, S)]),
        ("The strip will run 3 km deep on the soil of either state.", [(3, 3, P, S)]),
        ("The area extends five miles into the territory of both countries, ten miles in all.",
         [(5 * MI, 5 * MI, P, S), (10 * MI, 10 * MI, T, S)]),
        ("Heavy guns must be pulled back at least 20 km, on both sides.", [(20, 20, P, S)]),
        ("Artillery is to stay twelve kilometres back, on either side.", [(12, 12, P, S)]),
        ("ARMOUR SHALL WITHDRAW l5 KM, ON BOTH SIDES.", [(15, 15, P, S)]),
    ],
    "a gap that divides the armies, each side's own zone, each party's forces to be": [
        ("The forces are separated by a 6 km gap.", [(6, 6, T, S)]),
        ("A no-man's-land of roughly 800 metres now divides the two armies.",
         [(0.8, 0.8, T, S)]),
        ("Each side will have a 5 km zone, making 10 km in all.", [(5, 5, P, S), (10, 10, T, S)]),
        ("Each party's forces shall be at least 1,000 yards from the demarcation line.",
         [(1000 * YD, 1000 * YD, P, S)]),
        ("Artillery must be moved beyond 10 km of the border.", [(10, 10, D, S)]),
    ],
    "one side's move and the other doing the same, in the same sentence": [
        ("Ruvian troops will pull back 5 km from the line, and Dorn's forces will do likewise.",
         [(5, 5, P, S)]),
        ("Ruvian guns must stay 10 km behind the river and vice versa.", [(10, 10, P, S)]),
        ("Both sides agreed to a 4-km pull-back from the line.", [(4, 4, P, S)]),
        ("A reciprocal withdrawal of 3 km from the line was agreed.", [(3, 3, P, S)]),
        ("The north withdrew 5 km from the line, while the south stayed put.", [(5, 5, D, S)]),
    ],
    "one side's width and 'the same' on the other": [
        ("By the river the zone is narrower, about 300 metres on our bank and the same on "
         "theirs.", [(0.3, 0.3, P, S)]),
        ("Along the lake the zone is two miles on the northern shore and as much on the other.",
         [(2 * MI, 2 * MI, P, S)]),
        ("In the hills the buffer is half a kilometre on their side and the same on ours.",
         [(0.5, 0.5, P, S)]),
    ],
    "a distance kept from the other party's airspace or territory": [
        ("Military aircraft may not fly within 15 km of the other party's airspace.",
         [(15, 15, P, S)]),
        ("Patrol boats shall come no closer than 2 nautical miles to the other state's "
         "territory.", [(2 * NMI, 2 * NMI, P, S)]),
        ("Helicopters, including those of the police, fighters and bombers, may not fly "
         "within 5 miles of the other country's border.", [(5 * MI, 5 * MI, P, S)]),
    ],
    "both states (governments, countries) keep their forces back": [
        ("The treaty required both states to keep their garrisons at least two miles back "
         "from the boundary.", [(2 * MI, 2 * MI, P, S)]),
        ("Both governments undertook to keep police posts 500 yards from the frontier.",
         [(500 * YD, 500 * YD, P, S)]),
        ("Each country shall withdraw its tanks 30 km from the line.", [(30, 30, P, S)]),
        ("Neither army may come within 3 km of the line.", [(3, 3, P, S)]),
        ("The agreement sets a 10-kilometre-wide zone on each side of the border.",
         [(10, 10, P, S)]),
        # each from its own line (as on the Golan) is a depth
        ("Forces of both parties shall remain 2 km behind their respective lines.",
         [(2, 2, D, S)]),
    ],
    "a zone that narrows to one width and widens to another": [
        ("The zone narrows to 200 metres at the bridge and widens to 4 km in the hills.",
         [(0.2, 4, T, S)]),
        ("Its width changes along the line: it widens to about eight miles on the plain but "
         "narrows to 300 yards in the old town of the zone.", [(300 * YD, 8 * MI, T, S)]),
        ("The buffer zone narrows down to just 50 m at the crossing, where the two posts "
         "face each other across the road, and broadens to 2 km further east.",
         [(0.05, 2, T, S)]),
    ],
    "a band off a coast or from the edge of a zone": [
        ("A fishing exclusion area extends from 3 to 12 nautical miles off the coast.",
         [(3 * NMI, 12 * NMI, D, S)]),
        ("Each party maintains a thinned-out area between 10 and 20 km from the outer edge of "
         "the buffer zone.", [(10, 20, P, S)]),
        ("Beyond the strip, each side keeps a limited area between five and ten kilometres "
         "from the edge of the strip.", [(5, 10, P, S)]),
        ("The zone was extended from 10 km to 20 km in 2019.", [(10, 10, U, "superseded"),
                                                                  (20, 20, U, S)]),
    ],
    "units split or glued in new ways, and a distance out to sea": [
        ("The DMZ is 4 kilo-metres wide.", [(4, 4, T, S)]),
        ("The strip will be 500m wide.", [(0.5, 0.5, T, S)]),
        ("Guards stay 200m from the fence on each side.", [(0.2, 0.2, P, S)]),
        ("The city has 5m people near the zone.", []),
        ("The exclusion zone reaches 12 nm offshore.", [(12 * NMI, 12 * NMI, D, S)]),
        ("The frontier runs 140 km inland from the gulf, along the zone.", []),
    ],
    "how far a weapon reaches is not a width": [
        ("The strip is too narrow: a heavy mortar reaches about seven kilometres.", []),
        ("Near the zone, their rockets can reach 40 km.", []),
        ("Along the front the guns fire up to 30 kilometres.", []),
    ],
    "a fate past a road number": [
        ("The rebels first demanded a strip 3 km wide along Highway 6, but dropped the demand "
         "in May.", [(3, 3, T, DR)]),
        ("They had asked for 1 km on each side of Route 12, which the army refused.",
         [(1, 1, P, RJ)]),
        ("Their 50 km demand for the zone was quietly dropped.", [(50, 50, U, DR)]),
    ],
    "a proposal's fate in other verbs": [
        ("The army balked at a 20 km zone.", [(20, 20, U, RJ)]),
        ("Dorn would not hear of a 25 km zone.", [(25, 25, U, RJ)]),
        ("A 15 km zone, floated by the mediators, met with a flat no from Dorn.",
         [(15, 15, U, RJ)]),
        ("Kavan's proposal for a 12-mile zone was thrown out.", [(12 * MI, 12 * MI, U, RJ)]),
        ("Our plan for a 10 km zone was knocked back by the other side.", [(10, 10, U, RJ)]),
        ("The 30 km zone idea died in committee.", [(30, 30, U, DR)]),
        ("That offer of a 6 km zone lapsed when the talks broke down.", [(6, 6, U, DR)]),
        ("The 10 km zone proposal was withdrawn by its authors.", [(10, 10, U, DR)]),
        # the same verbs about other things leave a width as it is
        ("Two soldiers died in the 5 km zone.", [(5, 5, U, S)]),
        ("Troops were withdrawn 10 km from the line.", [(10, 10, D, S)]),
    ],
    "a figure only put forward, in other words": [
        ("The opposition favours a 30 km buffer.", [(30, 30, U, PR)]),
        ("Kavan advocates a zone of 7 km.", [(7, 7, U, PR)]),
        ("The rebels are holding out for a 25 km zone.", [(25, 25, U, PR)]),
        ("Under the draft, the zone would be 8 km wide.", [(8, 8, T, PR)]),
        ("If agreed, the strip would be 4 km wide.", [(4, 4, T, PR)]),
        ("The plan envisages a 12 km belt.", [(12, 12, U, PR)]),
        # what an agreement says is not a proposal
        ("Under the agreement, the zone would be 8 km wide.", [(8, 8, T, S)]),
        ("The agreement envisages a 12 km belt.", [(12, 12, U, S)]),
    ],
    "a refusal of one zone does not reach another of the same figure": [
        ("We can accept the mediator's plan, under which the strip would run 5 km into each "
         "country's territory, 10 km wide in all. The other side's idea of a strip 10 km deep "
         "on our soil alone was refused.",
         [(5, 5, P, PR), (10, 10, T, PR), (10, 10, D, RJ)]),
    ],
    "an ask broken by a phrase": [
        ("On the neutral zone: the north did ask, at the first meeting, for fifteen "
         "kilometres. We refused, since it would have cut the valley in two.",
         [(15, 15, U, RJ)]),
        ("About the buffer: they called, in a letter of May, for a strip 5 km wide. We "
         "declined it.", [(5, 5, T, RJ)]),
    ],
    "transcripts: the answer comes from the next speaker": [
        ("The buffer zone was signed last week.\n\nHOST: They wanted far more, didn't they? "
         "Twenty miles, I heard.\n\nMINISTER: They did, yes. That was dropped in March.",
         [(20 * MI, 20 * MI, U, DR)]),
        ("REPORTER: Your side proposed a 12 km zone in June.\n\nMINISTER: We did.\n\n"
         "REPORTER: And did they agree to it in the end?\n\nMINISTER: They did not.",
         [(12, 12, U, RJ)]),
        ("Q: In May you tabled ten kilometres for the zone.\n\nA: Yes.\n\nQ: Did they accept "
         "it?\n\nA: No. They sent it back.", [(10, 10, U, RJ)]),
        ("REPORTER: Your side proposed a 12 km zone in June.\n\nMINISTER: We did.\n\n"
         "REPORTER: Did they accept it?\n\nMINISTER: Yes, in the end they did.",
         [(12, 12, U, PR)]),
        ("The buffer zone.\n\nINTERVIEWER: Your side wanted 15 km.\n\nGENERAL: We did. The "
         "other side refused.", [(15, 15, U, RJ)]),
        ("The buffer zone.\n\nHOST: The rebels wanted thirty kilometres, I am told?\n\nGUEST: "
         "Yes, but that was dropped.", [(30, 30, U, DR)]),
        # a figure only talked about takes the fate a later mention gives it
        ("Q: Last week you were talking of a 20 km zone.\n\nA: Twenty kilometres was never "
         "realistic, and we dropped it.", [(20, 20, U, DR), (20, 20, U, DR)]),
    ],
}  # fmt: skip

_ROWS = [(kind, text, want) for kind, rows in KINDS.items() for text, want in rows]


@pytest.mark.parametrize(("kind", "text", "want"), _ROWS, ids=[r[1][:40] for r in _ROWS])
def test_kinds(kind, text, want):
    assert sorted(widths(text)) == sorted(rounded(want)), kind


@pytest.mark.parametrize(
    "text",
    [
        "A fishing exclusion area extends from 3 to 12 nautical miles off the coast.",
        "Each party maintains a thinned-out area between 10 and 20 km from the outer edge of "
        "the buffer zone.",
        # out to sea or inland, with no "from" after the figures
        "Hunting seals is banned in the band from 6 to 15 nautical miles offshore.",
        # a ring named as one, what it is counted from said before
        "The outer zone of the depot covers the ring between 500 m and 900 m.",
    ],
)
def test_bands(text):
    assert _bands(text) == [True]


# (report text, [(date or None, relative words or None), ...]): deadline wordings in new
# phrasings (a weekday with its day, a day in words, counted from the report, time given for
# an act, an aside before the date, telex dates and times, scanned deadline words)
DEADLINES = [
    ("Bulletin, Monday 3 March 2025\n\nThe police posts close by Friday the 14th.",
     [("2025-03-14", None)]),
    ("Bulletin, 3 March 2025\n\nThe new crossing opens to lorries on the fifteenth of April.",
     [("2025-04-15", None)]),
    ("Bulletin, 3 March 2025\n\nThe corridor will reopen on the twenty-first of March.",
     [("2025-03-21", None)]),
    ("Note of 10 January 2019\n\nThe parties shall return the maps within thirty days of the "
     "date of this note.", [("2019-02-09", None)]),
    ("The convention gave both armies ninety days from ratification to clear the mines.",
     [(None, "ninety days from ratification to clear the mines")]),
    ("Notice, 1 June 2021\n\nThe commission will inspect the strip, with both liaison officers, "
     "by 12 June.", [("2021-06-12", None)]),
    ("Minutes, 4 May 2018\n\nThe protocol will be signed in Harl on 9 May.",
     [("2018-05-09", None)]),
    ("ZCZC ABC0101  O30800Z MAR 9l\nSUBJ: TRUCE\n\n1. TRUCE EFFECTIVE 1200 LOCAL 4 MAR 1991.\n"
     "2. PULLBACK T0 BE C0MPLETE BY l2OOZ 6 MAR.",
     [("1991-03-04", None), ("1991-03-06", None)]),
    ("Signed at Harl, 2 March 1962\n\nAll posts shal1 be vacated not 1ater than 20 March 1962.",
     [("1962-03-20", None)]),
    ("Dated 2 May 2020\n\nAll mines must be cleared within a fortnight of the signing.",
     [("2020-05-16", None)]),
    ("Dated 2 May 2020\n\nThe monitors are to be deployed by Friday, 15 May.",
     [("2020-05-15", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DEADLINES, ids=[d[0][:30] for d in DEADLINES])
def test_deadlines_in_new_wordings(text, want):
    assert deadlines(text) == want


ROUTES = [
    ("Trade crosses on the road from San Ignacio de Velasco to Puerto Suarez.",
     ("San Ignacio de Velasco", "Puerto Suarez")),
    ("Convoys use the highway from Aix sur Vienne to Limoges.", ("Aix sur Vienne", "Limoges")),
    ("A tanker sailing from Odesa to Constanta was inspected at sea.", ("Odesa", "Constanta")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ROUTES, ids=[r[0][:30] for r in ROUTES])
def test_routes_in_new_wordings(text, want):
    assert routes(text) == [want]
