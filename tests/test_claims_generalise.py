"""Claims on wording the annotated sets do not contain: one table row per sentence.

Each row is a sentence written for this test (not taken from any report) and
the widths a careful reader finds in it: (min km, max km, semantics,
rejected). The rows are grouped by the kind of wording they stand for, so
that a rule is checked on several phrasings of one kind, not on one report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import seeds_claims_json

from geozone.claims import extract, read_texts

ROOT = Path(__file__).resolve().parent.parent

U, T, P, D = "unspecified", "total", "per_side", "depth"

# (text, [(min_km, max_km, semantics, rejected), ...])
WIDTHS = {
    "directional pairs and either-side wording": [
        ("Troops must stay at least 10 km to the east and 10 km to the west of the canal.",
         [(10, 10, P, False)]),
        ("The buffer runs 4 kilometres either side of the boundary.", [(4, 4, P, False)]),
        ("Each party withdraws 7 km from the line of separation.", [(7, 7, P, False)]),
        ("The Parties shall establish a Zone of Separation extending two (2) kilometres on "
         "either side of the Agreed Cease-Fire Line.", [(2, 2, P, False)]),
        ("Under the deal, both armies will pull their forces back 5 km from the ceasefire line.",
         [(5, 5, P, False)]),
    ],
    "text from PDFs and scans": [
        ("a demilitarisedzone of20 km shall be established on each side of the frontier",
         [(20, 20, P, False)]),
        ("The buffer zone shal1 extend 1O km on either side of the ceasefire line.",
         [(10, 10, P, False)]),
        ("forces shall remain atleast5 kilometres behind the line of contact", [(5, 5, D, False)]),
        ("A neutral zone\nof 3 km on each\nside of the river shall be kept free of troops.",
         [(3, 3, P, False)]),
        ("The Parties shall with-\ndraw their forces fif-\nteen (l5) kilometres from the Line.",
         [(15, 15, D, False)]),
        ("a security strip ofnot less than 500 m from the fence", [(0.5, 0.5, D, False)]),
        ("The Parties agree to a zone of twenty (2O) kilometres in depth.", [(20, 20, D, False)]),
        ("The Parties shall withdraw their forces at least 10\nMRT/2019/04          - 3 -\n\n"
         "TREATY OF MELIVA\n\nkilometres from the river.", [(10, 10, D, False)]),
        ("The zone shall extend 4 km on each\n\nPage 7 of 12\n\nside of the line.",
         [(4, 4, P, False)]),
    ],
    "more directional and each-side wording": [
        ("The zone will stretch 4 km to the north of the M4 and 4 km to its south.",
         [(4, 4, P, False)]),
        ("a zone extending 5 km east and west of the river", [(5, 5, P, False)]),
        ("The corridor will be 6 km deep on each side of the road.", [(6, 6, P, False)]),
        ("heavy weapons must be 20 kilometres from the line on both sides", [(20, 20, P, False)]),
        ("Russian and Turkish troops will patrol a strip 10 km deep to the west and east of the "
         "area seized in the offensive.", [(10, 10, D, False)]),
    ],
    "each side, own lines, our side and theirs": [
        ("On both sides of the line, to a depth of 5 km, no heavy weapons are allowed.",
         [(5, 5, P, False)]),
        ("A zone is created on each side of the border with a depth of 10 kilometres.",
         [(10, 10, P, False)]),
        ("The buffer extends 3 km from the line into each party's territory.",
         [(3, 3, P, False)]),
        ("Each of the two armies is to pull its troops 1,000 metres back.", [(1, 1, P, False)]),
        ("\"We will pull our troops back five kilometres,\" the general said. \"The other side "
         "must do the same.\"", [(5, 5, P, False)]),
        ("A security corridor will run 6 km to each side of the highway.", [(6, 6, P, False)]),
        ("The zone extends for a distance of 2 km on both banks of the river.",
         [(2, 2, P, False)]),
        ("The buffer is 2 km on our side and 2 km on theirs.", [(2, 2, P, False)]),
        ("The two parties will withdraw their forces 1 km each from the current contact line.",
         [(1, 1, P, False)]),
        ("Both armies must keep their heavy guns 20 km behind their own lines.",
         [(20, 20, D, False)]),
        ("The separation zone has a width of approximately 4 km, that is 2 km from each side's "
         "forward positions.", [(4, 4, T, False), (2, 2, P, False)]),
    ],
    "per-side W and total 2W": [
        ("a ten-kilometre zone, five on each side of the line",
         [(10, 10, T, False), (5, 5, P, False)]),
        ("The DMZ is 4 km wide, 2 km on each side of the Military Demarcation Line, and 248 km "
         "long.", [(4, 4, T, False), (2, 2, P, False)]),
        ("Each side withdrew 2 km, creating a 4 km wide buffer.",
         [(2, 2, P, False), (4, 4, T, False)]),
        ("The two sides agreed to a 6 km no-go area, 3 km on each side of the river.",
         [(6, 6, T, False), (3, 3, P, False)]),
        ("Each side will keep its troops 3 km back from the demarcation line, so that a 6 km "
         "strip separates them.", [(3, 3, P, False), (6, 6, T, False)]),
    ],
    "the distance between two lines": [
        ("The distance between the two lines is 4 km.", [(4, 4, T, False)]),
        ("The lines of the two armies are 4 km apart.", [(4, 4, T, False)]),
    ],
    "rules at a distance from a line": [
        ("Heavy weapons of 100 mm calibre and above are to be kept 15 km away from the line.",
         [(15, 15, D, False)]),
        ("The area within 3 km of the wall is a no-go zone for farmers.", [(3, 3, D, False)]),
        ("Both sides shall pull back their heavy weapons by equal distances to create a "
         "security zone of at least 50 km.", [(50, 50, U, False)]),
    ],
    "bands between two distances": [
        ("Heavy weapons are banned in the area between 10 and 20 km from the line.",
         [(10, 20, D, False)]),
        ("A second zone, from 15 to 30 km behind the front, is closed to artillery.",
         [(15, 30, D, False)]),
        ("The outer zone runs from 10 km to 25 km from the border.", [(10, 25, D, False)]),
    ],
    "widths that vary": [
        ("The buffer zone is as narrow as 3.3 metres in Nicosia and as wide as 7.4 km near "
         "Athienou.", [(0.0033, 7.4, T, False)]),
        ("The zone ranges from 400 metres to 7 kilometres in width.", [(0.4, 7, T, False)]),
        ("A buffer 200 m to 1 km wide follows the river.", [(0.2, 1, T, False)]),
        ("The width of the zone ranges from 500 metres in the towns to 7 km in the hills.",
         [(0.5, 7, T, False)]),
    ],
    "proposal narratives": [
        ("The zone was to be 20 km deep. Moscow rejected that idea.", [(20, 20, D, True)]),
        ("Negotiators first floated 8 km of separation. This was turned down by the other side.",
         [(8, 8, U, True)]),
        ("An earlier plan for a 50 km corridor was replaced by the present arrangement.",
         [(50, 50, U, True)]),
        ("The buffer zone, initially set at 20 km, was later reduced to 15 km.",
         [(20, 20, U, True), (15, 15, U, False)]),
        ("On the width of the buffer, our initial proposal was 30 km. The second version said "
         "20 km. In the final text the figure is 12 km.",
         [(30, 30, U, True), (20, 20, U, True), (12, 12, U, False)]),
        ("The security zone was widened from 10 km to 20 km in March.",
         [(10, 10, T, True), (20, 20, T, False)]),
    ],
    "proposals refused, dropped or replaced": [
        ("Under the May agreement the corridor was 6 km wide. That agreement is replaced in "
         "full.", [(6, 6, T, True)]),
        ("The 1911 convention would have granted the company a strip eight kilometres wide; "
         "the assembly refused to ratify it.", [(8, 8, T, True)]),
        ("Ankara wanted a 30 km safe zone. That demand was not met.", [(30, 30, U, True)]),
        ("Moscow first proposed a 10 km zone; that proposal was later withdrawn.",
         [(10, 10, U, True)]),
        ("A 15 km demilitarised strip was discussed in May, but the idea was shelved.",
         [(15, 15, U, True)]),
        ("The envoy suggested a 12 km zone. Both parties rejected the suggestion.",
         [(12, 12, U, True)]),
        ("The original plan for a 40-kilometre corridor never made it into the final text.",
         [(40, 40, U, True)]),
        # (the old corridor, named by its figure, measures what the new one does: the
        # semantics model, from "5 km wide" beside it)
        ("The ministers approved a corridor 5 km wide, replacing the 2 km corridor of 2019.",
         [(5, 5, T, False), (2, 2, T, True)]),
        ("Kiev's draft spoke of a 30 km zone. The signed memorandum says 15 km.",
         [(30, 30, U, True), (15, 15, U, False)]),
        ("For the buffer, an initial 50 km figure was lowered to 30 km in the second round, and "
         "the final text fixed it at 20 km.",
         [(50, 50, U, True), (30, 30, U, True), (20, 20, U, False)]),
        ("The buffer zone's width was at first set at 25 km. It was later cut to 12 km.",
         [(25, 25, U, True), (12, 12, U, False)]),
        ("Under the plan, the zone is 15 km wide. Heavy weapons will then be moved back a further "
         "20 km.", [(15, 15, T, False), (20, 20, D, False)]),
    ],
    "negotiations": [
        ("On the buffer, the compromise figure of 40 km appears in Article 2.",
         [(40, 40, U, False)]),
        ("For the zone, the agreed distance of 12 km applies to artillery.", [(12, 12, U, False)]),
        ("Turkey had demanded a 30 km zone. Russia would only agree to 10 km. In the end both "
         "accepted 15 km.", [(30, 30, U, True), (10, 10, U, True), (15, 15, U, False)]),
        ("On the buffer we asked for twelve kilometres. They offered three. We settled on six.",
         [(12, 12, U, True), (3, 3, U, True), (6, 6, U, False)]),
        ("The opposition says the army wanted a 40 km zone. Nobody ever proposed 40 km.", []),
    ],
    "more rules and cues": [
        ("Ships may not come within 12 nautical miles of the Delmar coast.",
         [(22.224, 22.224, D, False)]),
        ("No troops may be stationed within 15 km of the international border.",
         [(15, 15, D, False)]),
        ("The zone extends 30 km south of the Litani.", [(30, 30, D, False)]),
        ("The strip, at its narrowest just 200 metres across, follows the railway.",
         [(0.2, 0.2, T, False)]),
        ("The DMZ was 5 km wide on each side of the Ben Hai river.", [(5, 5, P, False)]),
    ],
    "copulas, thousands and rules of approach": [
        ("Artillery may not be placed closer than 15 km to the line of contact.",
         [(15, 15, D, False)]),
        ("The zone's depth is 20 km.", [(20, 20, D, False)]),
        ("The buffer measures 2 000 metres across.", [(2, 2, T, False)]),
        ("In the second draft, the zone was 20 km; in the final text, 15 km.",
         [(20, 20, U, True), (15, 15, U, False)]),
        ("The Zone of Separation (ZOS) extends approximately 2 km on either side of the line.",
         [(2, 2, P, False)]),
        ("The zone stretches 4 kilometers (2.5 miles) on either side of the border.",
         [(4, 4, P, False)]),
        ("The width of the DMZ is two kilometres on each side of the MDL, making a total width "
         "of four kilometres.", [(2, 2, P, False), (4, 4, T, False)]),
    ],
    "distances that are not widths": [
        ("The village of Pyla, 4 km inside the zone, is mixed.", []),
        ("a demilitarized zone 15-20 km deep inside the de-escalation area",
         [(15, 20, D, False)]),
        ("The river is 200 m wide at this point.", []),
        ("The highway runs 6 km north of the line for most of its length.", []),
        ("Rebels shelled a town 12 km from the front line.", []),
        ("Missiles with ranges from 70 to 300 km were shown at the parade.", []),
        ("The plateau sits at 1,100 metres, some 20 km inside the zone.", []),
        ("Troops advanced 15 km into the zone before the truce.", []),
        ("Speedboats reaching 60 km per hour patrol the lake.", []),
        ("Hill 355 and Hill 1,062 overlook the zone.", []),
        ("Of the 400 km front, only 60 km are covered by the zone.", []),
        ("Km 88 checkpoint and Kilometre 132 post will be handed over.", []),
        ("Mortars of 120 mm and rockets of 107 mm calibre must be removed from the zone.", []),
        ("Some guard posts stand inside the zone, a few within 1 km of the line.", []),
        ("The shelling hit positions 10 km deep inside the enemy lines.", []),
        ("The talks were held at the Kilometre 101 checkpoint on the Cairo road.", []),
        ("Troops in Sector 4 were reinforced; the sector is about 30 km long.", []),
        ("UN posts stand every 5 km along the line.", []),
        ("The 122-mm howitzers, with a 15 km range, were moved.", []),
        ("A 2 km stretch of the highway was reopened.", []),
        ("The monitors patrolled a 60-kilometre section of the front.", []),
        ("The town of Marv, 8 km north of the zone, was shelled.", []),
        ("Roughly 3,000 troops are deployed 25 km behind the line.", []),
        ("The tunnel, 1.6 km long and 73 m below the surface, crosses under the DMZ.", []),
        ("The front stretches for some 420 km from the sea to the mountains.", []),
        ("Artillery with a range of 25 km was pulled back.", []),
        ("The village of Karsh lies 12 km north of the line.", []),
        ("Observation post 7 sits 4 km inside the zone.", []),
        ("The zone covers 1,200 square kilometres.", []),
        ("The hill rises 800 metres above the valley.", []),
        ("Aircraft flying at 900 km/h crossed the zone.", []),
        ("Armoured vehicles were spotted 3 km from the town of Orsk.", []),
        ("Rockets with a 70 km reach were fired from 20 km north of the river.", []),
        ("Peacekeepers man 42 posts along the 180 km line.", []),
        ("The capital lies only 25 km from the front.", []),
    ],
    "uneven pairs, bands on both sides, lines drawn at a distance": [
        ("The strip shall reach 2 km to the east and 800 m to the west of the canal.",
         [(2, 2, P, False), (0.8, 0.8, P, False)]),
        ("The buffer zone is not even. It extends five kilometres to the south and three "
         "kilometres to the north of the ridge line.", [(5, 5, P, False), (3, 3, P, False)]),
        ("The Contact Zone is marked in red.\nIt extends 4 km from the LoC on both sides.",
         [(4, 4, P, False)]),
        ("No guns are allowed between 2 km and 9 km from the railway on each side.",
         [(2, 9, P, False)]),
        ("ARMOUR STAYS OUT OF THE BELT BETWEEN 4 AND 10 KM FROM THE\nDYKE ON BOTH SIDES.",
         [(4, 10, P, False)]),
        ("Border guard units stationed within 60 km of the frontier on each side shall be "
         "reduced.", [(60, 60, P, False)]),
        ("No fortifications could be built west of a line drawn 30 km east of the lake.",
         [(30, 30, D, False)]),
        ("The buffer's depth varied between 300 m and 4 km along the fence.",
         [(0.3, 4, D, False)]),
        ("The envoys propose a belt whose width would follow the ground, from 1,000 yards in "
         "the hills to 8 km on the plain.", [(0.9144, 8, T, False)]),
    ],
    "depths of land and denied round numbers": [
        ("The demilitarised strip crosses a canyon, about 250 m deep, near the dam.", []),
        ("The frontier zone skirts the lake, some 90 metres deep at its centre.", []),
        ("A demilitarised strip runs along the lake, 3 km deep.", [(3, 3, D, False)]),
        ("A journalist asked about a sixty-kilometre buffer zone.\n"
         "MINISTER: Nobody ever proposed sixty, not once.", []),
    ],
}  # fmt: skip

CASES = [(kind, text, want) for kind, rows in WIDTHS.items() for text, want in rows]


@pytest.mark.parametrize(("kind", "text", "want"), CASES, ids=[c[1][:40] for c in CASES])
def test_widths(kind, text, want):
    got = [
        (c.fields["min_km"], c.fields["max_km"], c.fields["semantics"],
         c.fields["status"] == "rejected")
        for c in extract(text, "t").of_kind("width")
    ]  # fmt: skip
    assert sorted(got) == sorted((float(a), float(b), s, r) for a, b, s, r in want), kind


# (report text, [(date or None, begins), ...]): deadlines, and starts ("begins": true)
DEADLINES = [
    ("ASTANA, May 4 -- The guarantors agreed that the ceasefire will take effect at midnight on "
     "6 May. Joint patrols are scheduled for 20 May. Heavy weapons must be withdrawn by the end "
     "of the month. The first patrols began on 2 April 2016 and ended in June.",
     [("2016-05-06", True), ("2016-05-20", True), ("2016-05-31", False)]),
    ("Geneva, 23 October 2020\nAll military units shall return to their camps within 3 days of "
     "the signing of this agreement. The truce comes into force on 24 October.",
     [("2020-10-26", False), ("2020-10-24", True)]),
    ("Dated 28 October 2018. The exercise ban applies from 1 November 2018. Monitoring shall "
     "commence on 5 November 2018. The withdrawal deadline was later extended to 30 November "
     "2018.", [("2018-11-01", True), ("2018-11-05", True), ("2018-11-30", False)]),
    ("Signed at the Vara bridge on 3 March 2011\nThe Parties shall cease all hostile acts "
     "immediately upon signature. This Agreement enters into force upon signature.",
     [("2011-03-03", True)]),
    ("Published: 12 May 2019\nUN monitors patrolled the line until last month. The armed groups "
     "will withdraw their forces from the strip within eleven (ll) days.",
     [("2019-05-23", False)]),
    ("Lusk, 14 October 2021\nThe joint commission will meet before the end of October.",
     [("2021-10-31", False)]),
    ("Press Office - Transcript - 03.06.2024\nGENERAL: Our units start moving back at 05:00 on "
     "Monday.", [("2024-06-10", True)]),
    ("Dated 2 February 2019. Troops must leave the strip within twenty days of the treaty's "
     "ratification by both assemblies.", [(None, False)]),
    ("Dated 2 February 2019. Observers must be deployed within ten days of today's vote.",
     [("2019-02-12", False)]),
    ("O3/O5/l1  l0:2O  FROM: HQ WEST\nSECTOR 2 to be clear of armour by 0600 hrs 9 MAY.",
     [("2011-05-09", False)]),
    ("Issued at Kell, 4 April 2022\nThe council has asked both sides to reply to the draft by "
     "20 April.", [("2022-04-20", False)]),
    ("Dated 20 September 2022.\nThe old plan had set 1 October for the removal of the mines; "
     "the Commission has moved that date to 15 October.",
     [("2022-10-01", False), ("2022-10-15", False)]),
    ("Issued at Brel, 2 May 2017\nThe protocol had fixed 20 May as the deadline for the "
     "exchange of maps. The envoys later postponed the deadline to 3 June.",
     [("2017-05-20", False), ("2017-06-03", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DEADLINES, ids=[d[0][:30] for d in DEADLINES])
def test_deadlines(text, want):
    doc = read_texts([("r.txt", text, ())]).documents[0]
    got = [(c.fields["date"], bool(c.fields.get("begins"))) for c in doc.of_kind("deadline")]
    assert got == want


# (text, the reference of each width)
REFERENCES = [
    ("The Agreed Cease-Fire Line (ACFL) runs through the valley. Each army pulls back 2 km from "
     "the ACFL.", ["Agreed Cease-Fire Line (ACFL)"]),
    ("A zone 5 km wide along the Inguri river separates the two forces.", ["Inguri"]),
    ("Vessels must keep at least 10 km off the Delmar coast.", ["Delmar coast"]),
    ("The zone along the Kosovo boundary is 5 km deep. It reaches five kilometres beyond the "
     "boundary.", ["Kosovo boundary", "Kosovo boundary"]),
    ("The corridor runs 6 km north and 6 km south of the M4. It is 12 km wide in all.",
     ["M4", "M4"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), REFERENCES, ids=[r[0][:30] for r in REFERENCES])
def test_references(text, want):
    got = [c.fields.get("reference") for c in extract(text, "t").of_kind("width")]
    assert got == want


# (text, [(from, to, road or None), ...])
ROUTES = [
    ("Engineers will clear the stretch of the R9 from Askel to the Vorn bridge.",
     [("Askel", "Vorn bridge", "R9")]),
    ("Detainees are handed over on the road from Pelt to the Sarn ferry.",
     [("Pelt", "Sarn ferry", None)]),
    ("Supply convoys keep to MSR GOLD from Terrin to Aval.", [("Terrin", "Aval", "MSR GOLD")]),
    ("Patrols will cover the stretch of the E41 between Dessa and Pell.",
     [("Dessa", "Pell", "E41")]),
    ("The section of Highway 6 from Kalan to Moris will be demined first.",
     [("Kalan", "Moris", "Highway 6")]),
    ("Traffic on the N7 linking Caravel and Ostin resumed on Monday.",
     [("Caravel", "Ostin", "N7")]),
    ("The R12 road, which connects Ostal with Brink, stays open.", [("Ostal", "Brink", "R12")]),
    ("A humanitarian corridor from Mariupol to Zaporizhzhia opened on Friday.",
     [("Mariupol", "Zaporizhzhia", None)]),
    ("The sea lane from Kessa to Varn Harbour will stay open to fishing boats.",
     [("Kessa", "Varn Harbour", None)]),
    ("Heavy traffic is expected on the main road from Pristina to Nis as Yugoslav columns "
     "leave.",
     [("Pristina", "Nis", None)]),
    ("Q: Will the road from Aska to Velm reopen?\n\n"
     "A: Yes, the road from Aska to Velm will reopen.",
     [("Aska", "Velm", None)]),
    ("The front line runs from Mariupol to Luhansk.", []),
    ("The ceasefire line stretches from the Black Sea to the Caspian.", []),
    ("Delegations from Ministries of Defense - Federation met in Ankara.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ROUTES, ids=[r[0][:30] for r in ROUTES])
def test_routes(text, want):
    got = [
        (c.fields["from"], c.fields["to"], c.fields.get("road"))
        for c in extract(text, "t").of_kind("route")
    ]
    assert got == want


def test_page_breaks_keep_offsets():
    """A footer and header inside a sentence are skipped; offsets still point into the file."""
    text = "forces withdraw 10\nREF/12        - 3 -\n\nkilometres from the line.\n\nNext."
    (w,) = extract(text, "t").of_kind("width")
    assert text[w.start : w.end] == w.quote and w.quote.endswith("from the line.")
    f = w.fields
    assert text[f["figure_start"] : f["figure_end"]] == f["figure"]
    assert f["figure"].startswith("10") and f["figure"].endswith("kilometres")


def test_seeds_read_exactly_as_saved():
    """``geozone claims seeds --json`` is exactly the saved copy."""
    before = json.loads((ROOT / "tests" / "reports" / "seeds-claims-field.json").read_text())
    assert seeds_claims_json() == before


# (report text, its own date): header forms, scanned digits
REPORT_DATES = [
    ("NEWS DESK -- filed 03.11.2011 09:15 GMT -- 420 words\n\nThe talks ended.", "2011-11-03"),
    ("Press Office - Transcript - 27.02.2019\n\nMINISTER: Good morning.", "2019-02-27"),
    ("O9/l2/O7  l4:2O   FROM: HQ EAST   FAX 12 34\n\nLEGEND TO MAP SHEET 2", "2007-12-09"),
    ("UNCLASSIFIED\nDTG 2l1530Z MAR 98\nFM EMBASSY\nSUBJ: TALKS", "1998-03-21"),
    ("MONITORING GROUP       Report 4\nIssued at Tarvel, 3 September 2015       Page 1\n\n"
     "1. The group met on 2 August 2015.", "2015-09-03"),
    ("Official Report - Sitting of Tuesday 8 June 2021\n\nQUESTIONS", "2021-06-08"),
    ("ARTICLE 1. The line is fixed.\n\nDone at Mossa, this 2lst day of June, l95O, in two "
     "copies.", "1950-06-21"),
    ("THE VALLEY HERALD        SATURDAY MORNING, JUNE 3, l9l1        TWO CENTS\n\nNEWS",
     "1911-06-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), REPORT_DATES, ids=[d[0][:30] for d in REPORT_DATES])
def test_report_dates_in_headers(text, want):
    doc = read_texts([("r.txt", text, ())]).documents[0]
    assert doc.date is not None and doc.date.isoformat() == want
