"""Proposal status, mentions of one figure, and side rules: one table row per made-up sentence.

Every text here was written for this test. A row gives the widths a careful
reader finds: (min km, max km, semantics, status), where status is the
``proposal`` field ("rejected", "dropped", "superseded", "proposed") or
"stated" for a figure in force.
"""

from __future__ import annotations

import pytest

from geozone.claims import extract
from geozone.claims.status import fate, following

U, T, P, D = "unspecified", "total", "per_side", "depth"


def _widths(text: str) -> list[tuple]:
    out = []
    for c in extract(text, "t").of_kind("width"):
        f = c.fields
        status = f.get("proposal") or ("rejected" if f["status"] == "rejected" else "stated")
        out.append((f["min_km"], f["max_km"], f["semantics"], status))
    return out


_TALKS = "The talks were about the buffer zone. "

# (text, [(min_km, max_km, semantics, status), ...])
STATUS = {
    "the rest of a proposal's sentence": [
        (
            "The northern delegation first demanded a 9 km strip but dropped the idea by noon.",
            [(9, 9, U, "dropped")],
        ),
        (
            "The envoys then offered a 4 km buffer zone, which the council rejected.",
            [(4, 4, U, "rejected")],
        ),
        (
            "A plan for a 14 km zone, tabled on 3 May, is recorded as withdrawn.",
            [(14, 14, U, "dropped")],
        ),
        (
            "A mediator's suggestion that both armies stay 2 km from the canal was abandoned after "
            "the southern side refused to discuss it.",
            [(2, 2, P, "dropped")],
        ),
        (
            "The talks were about the buffer zone. We asked for 18 km and the other delegation "
            "refused.",
            [(18, 18, U, "rejected")],
        ),
    ],
    "sentences after the proposal": [
        (
            "In spring the western side asked for a buffer of 70 km along the lake. In summer we "
            "put forward a strip of 3 km on either side of the shore. Both ideas were set aside "
            "before autumn.",
            [(70, 70, U, "dropped"), (3, 3, P, "dropped")],
        ),
        (
            "The mediators tabled a draft with a zone 11 km deep on our bank only. I could not "
            "sign that.",
            [(11, 11, D, "rejected")],
        ),
        (
            "Our first draft proposed a belt 6 km wide. That draft is no longer on the table.",
            [(6, 6, T, "dropped")],
        ),
        (
            "On Tuesday the eastern delegation floated the idea of a 16 km corridor. On Friday it "
            "withdrew the idea.",
            [(16, 16, U, "dropped")],
        ),
    ],
    "versions and final figures": [
        (
            "The buffer zone was the sticking point. Our side proposed 8 km. They turned it down "
            "flat.",
            [(8, 8, U, "rejected")],
        ),
        (
            "The buffer zone was the sticking point. In the end both sides settled on 6 km, after "
            "the rebels had proposed 15 km.",
            [(6, 6, U, "stated"), (15, 15, U, "rejected")],
        ),
        (
            "A 2 km zone was first agreed but later doubled to 4 km.",
            [(2, 2, U, "superseded"), (4, 4, U, "stated")],
        ),
        (
            "A zone of 10 km, proposed by the mediators, was accepted by both sides.",
            [(10, 10, U, "stated")],
        ),
    ],
    "replies and negotiations": [
        (
            "Ministers first floated a 12 km strip. Then they suggested 9 km. Neither proposal "
            "survived the week.",
            [(12, 12, U, "dropped"), (9, 9, U, "dropped")],
        ),
        ("The army demanded a zone of 25 km. The government said no.", [(25, 25, U, "rejected")]),
        (
            "A buffer zone of 10 km was proposed by the north; the south preferred 5 km, "
            "and in the end 7 km was agreed.",
            [(10, 10, U, "rejected"), (5, 5, U, "rejected"), (7, 7, U, "stated")],
        ),
    ],
    "cues belong to the nearest figure": [
        (
            _TALKS + "The rebels insisted on 30 km, a demand the mediators rejected, before "
            "accepting 20 km.",
            [(30, 30, U, "rejected"), (20, 20, U, "stated")],
        ),
        (_TALKS + "The government's opening offer of 3 km was rebuffed.", [(3, 3, U, "rejected")]),
        (
            _TALKS + "Their plan for a 50 km zone never got off the ground.",
            [(50, 50, U, "dropped")],
        ),
        (
            _TALKS + "The commanders agreed on 5 km, not the 10 km the mediators had asked for.",
            [(5, 5, U, "stated"), (10, 10, U, "rejected")],
        ),
        (
            _TALKS + "The zone is 5 km wide. The mediators had wanted 10 km.",
            [(5, 5, T, "stated"), (10, 10, U, "rejected")],
        ),
        (
            _TALKS + "The first draft's 30 km zone was struck out of the final text.",
            [(30, 30, U, "dropped")],
        ),
        (
            "Under pressure, the north dropped its demand for a 30 km zone.",
            [(30, 30, U, "dropped")],
        ),
        (
            '"They wanted a 20 km zone," the colonel said. "We could not accept it."',
            [(20, 20, U, "rejected")],
        ),
    ],
    "figures nobody proposed": [
        ("The office denies reports of a 90 km zone; no such figure was discussed.", []),
        (
            "Q: A paper wrote that you had asked for 55 km. Did you?\n\n"
            "A: No. That figure was never proposed by anyone.",
            [],
        ),
    ],
    "mentions of one figure": [
        (
            "The other side put forward a zone 26 km wide. We rejected it at once. A 26 km zone "
            "would have cut the valley in two.",
            [(26, 26, T, "rejected"), (26, 26, T, "rejected")],
        ),
        (
            "We would never accept less than a 35 km zone, the envoy said in May. In June we "
            "asked for 35 km and the other side refused.",
            [(35, 35, U, "rejected"), (35, 35, U, "rejected")],
        ),
        (
            "No fortifications may be built within 90 metres of the border on either side. "
            "The farms outside the 90-metre belt were untouched.",
            [(0.09, 0.09, P, "stated")] * 2,
        ),
        (
            "The buffer extends 12 km into Varesh territory. The 12 km zone is patrolled daily.",
            # the re-mention measures what the zone it names measures (the semantics model)
            [(12, 12, D, "stated"), (12, 12, D, "stated")],
        ),
    ],
}

SIDES = {
    "each side in other words": [
        ("Red and Blue units will each pull back 2.5 km from the stream.", [(2.5, 2.5, P)]),
        ("Howitzers to be kept at least 12 km from the canal, both banks.", [(12, 12, P)]),
        ("Between 10 and 30 km from the lake on both banks, each state may keep only police.",
         [(10, 30, P)]),
        ("Beyond them lie two control areas, each 20 km wide: one lies north of the road, the "
         "other lies between 4 and 24 km south of the road.", [(20, 20, P), (4, 24, P)]),
        ("The belt reaches 8 kilometres into Ostria and 3 kilometres into Pellan from the "
         "frontier.", [(8, 8, P), (3, 3, P)]),
        ("A zone of 5 km on either side of the ridge line is set up. Anti-tank guns shall be "
         "kept 15 km from the ridge line.", [(5, 5, P), (15, 15, P)]),
        ("Tanks must remain 15 km behind the line of contact.", [(15, 15, D)]),
        ("Artillery must be kept at least 20 km back from the contact line by both parties.",
         [(20, 20, P)]),
        ("The zone runs 3 km north of the river and 3 km south of it.", [(3, 3, P)]),
        ("The neutral strip shall extend 4 km on the northern and 4 km on the southern side of "
         "the canal.", [(4, 4, P)]),
        ("The zone will be 10 km deep on the Varn side and 5 km deep on the Oster side.",
         [(10, 10, P), (5, 5, P)]),
        ("Rockets with a reach of 40 km must be moved 50 km from the front.", [(50, 50, D)]),
        ("The Parties shall keep tanks at least 15 km from the Line on each side, and rocket "
         "launchers beyond a distance of 25 km.", [(15, 15, P), (25, 25, P)]),
        ("The zone is 10 km wide and the front is 200 km.", [(10, 10, T)]),
    ],
    "widths in other words": [
        ("A proposal to widen the patrol strip to 4 kilometres was not adopted.", [(4, 4, U)]),
        ("Near the lakes the belt shall narrow to not less than 1,500 metres.", [(1.5, 1.5, T)]),
        ("Where the line crosses the marsh, its width there varies between 400 m and 3 km.",
         [(0.4, 3, T)]),
        ("Between the two bridges the width of the Quiet Zone is fixed at 6 km.", [(6, 6, T)]),
        ("The strip shall measure not less than 300 yards and not more than 1 mile across.",
         [(0.2743, 1.6093, T)]),
        ("The maritime zone reaches 3 nm from the coast.", [(5.556, 5.556, D)]),
    ],
    "distances that are not widths": [
        ("Observer posts stand inside the zone at intervals of about 25 km.", []),
        ("Supply planes flew from Tarsk, some 70 km from the zone.", []),
        ("The harbour of Vell, which lies 3 km from the zone's edge, stays open.", []),
    ],
    "damaged text": [
        ("The corridor shall be no wider than\n2 km on either side of the road.", [(2, 2, P)]),
        ("The Neutral Belt shall measure not less than 500 yards and not more than l mile across.",
         [(0.4572, 1.6093, T)]),
    ],
}  # fmt: skip

_STATUS_ROWS = [row for rows in STATUS.values() for row in rows]
_SIDE_ROWS = [row for rows in SIDES.values() for row in rows]


@pytest.mark.parametrize(("text", "want"), _STATUS_ROWS, ids=[r[0][:30] for r in _STATUS_ROWS])
def test_status(text, want):
    got = [(round(a, 2), round(b, 2), s, st) for a, b, s, st in _widths(text)]
    assert got == [(round(a, 2), round(b, 2), s, st) for a, b, s, st in want]


@pytest.mark.parametrize(("text", "want"), _SIDE_ROWS, ids=[r[0][:30] for r in _SIDE_ROWS])
def test_sides_and_widths(text, want):
    got = [(round(a, 3), round(b, 3), s) for a, b, s, _ in _widths(text)]
    assert got == [(round(a, 3), round(b, 3), s) for a, b, s in want]


def test_first_cue_after_the_figure_decides():
    """ "was dropped after X refused": the proposal's own fate comes first."""
    assert fate("was dropped after the other side refused to discuss it")[0] == "dropped"
    assert fate("was refused, and then the idea was dropped")[0] == "rejected"
    assert fate("was later replaced by a shorter one")[0] == "superseded"
    assert fate("the troops were withdrawn") is None
    assert fate("the troops were withdrawn", retracted=True)[0] == "dropped"


def test_plural_anaphor_reaches_back_over_proposals_only():
    proposal = "In May the north asked for a 40 km zone."
    assert following(proposal, ["Later we offered 5 km.", "Both plans were dropped."]) == "dropped"
    # a sentence between that is not another proposal cuts the narrative
    assert following(proposal, ["The river rose in June.", "Both plans were dropped."]) is None
