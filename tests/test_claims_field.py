"""Claims from extracted text: OCR/PDF damage, directional pairs, bands, proposals, stretches."""

from __future__ import annotations

import json
import re
from pathlib import Path

from clirun import seeds_claims_json

from geozone.claims import KnownRoute, extract, read_reports, read_texts
from geozone.claims.deadlines import _WHAT
from geozone.claims.text import normalise

ROOT = Path(__file__).resolve().parent.parent
FIELD = ROOT / "tests" / "reports" / "field-dev"
NEW_KEYS = {"reference", "band", "proposal", "road"}


def _widths(text: str) -> list[dict]:
    return [c.to_json() for c in extract(text, "t").of_kind("width")]


def test_seeds_read_as_before():
    """The seeds' JSON is what it was before these rules, apart from the new keys."""
    before = json.loads((ROOT / "tests" / "reports" / "seeds-claims.json").read_text())
    now = seeds_claims_json()
    for doc in now["documents"]:
        for c in doc["claims"]:
            for key in NEW_KEYS & set(c):
                del c[key]
    assert now == before


def test_acceptance_idlib_2020():
    known = [KnownRoute("M4", "M4 Latakia-Aleppo", ("Latakia", "Aleppo"))]
    claims = read_reports(
        [FIELD / "idlib-moscow-protocol-2020.txt", FIELD / "idlib-m4-news-2020.txt"],
        known_routes=known,
    )
    for doc in claims.documents:
        live = [c.fields for c in doc.of_kind("width") if c.fields["status"] != "rejected"]
        assert [(w["min_km"], w["semantics"], w.get("reference")) for w in live] == [
            (6.0, "per_side", "M4")
        ]
        stretch = [
            c.fields
            for c in doc.of_kind("route")
            if {c.fields["from"], c.fields["to"]} == {"Trumba", "Ain al-Havr"}
        ]
        assert stretch and stretch[0]["road"] == "M4" and stretch[0]["known_route"] == "M4"
        assert stretch[0]["flag"] is None
    news = claims.documents[1]
    dropped = [c.fields for c in news.of_kind("width") if c.fields["status"] == "rejected"]
    assert [(w["min_km"], w["max_km"], w["proposal"]) for w in dropped] == [(15.0, 20.0, "dropped")]
    assert all(c.fields["max_km"] != 30.0 for c in news.of_kind("width"))
    assert not any("different widths" in d for d in claims.disagreements)


def test_normalisation_is_reversible():
    source = (
        "keep heavy weapons atleast20 km away; a neutral strip l5 km wide; ten (l0) days;\n"
        "the demilita-\nrized Zonewhere ki1ometers 8OO metres"
    )
    t = normalise(source)
    assert "at least 20 km" in t.norm
    assert "strip 15 km wide" in t.norm and "ten (10) days" in t.norm
    assert "demilitarized Zone where kilometers 800 metres" in t.norm
    for word in ("15 km", "800 metres", "kilometers"):
        i = t.norm.index(word)
        quote, a, b = t.quote(i, i + len(word))
        assert source[a:b] == quote
        assert re.sub(r"[lO]", "", quote) != "" and len(quote) >= len(word) - 1


def test_a_long_line_wrapped_before_a_name_runs_on() -> None:
    # a PDF's running text broken before a capital: one sentence, and its width is read
    source = (
        "Under the Act no leasing could take place in any area of the Eastern\n"
        "Planning Area lying within 125 miles of the coastline of Florida.\n"
    )
    t = normalise(source)
    assert "the Eastern Planning Area lying" in t.norm
    assert [c.fields["min_km"] for c in extract(source, "t").of_kind("width")] == [201.168]
    # look-alikes keep their breaks: a short heading, a form's field, a table's rows, an
    # article's heading
    kept = (
        "Withdrawal of forces\nThe Parties shall pull back.",
        "Appeal against the refusal of planning permission for seven turbines\n"
        "Date of decision: 8 November 2022",
        "  Field artillery      | above 100 mm        | 30 km\n  Mortars | 82 mm | 15 km",
        "The zone shall be kept free of every kind of military installation whatsoever\n"
        "Article 4 The Parties shall exchange maps.",
    )
    for text in kept:
        assert normalise(text).norm.count("\n") == text.count("\n"), text


def test_a_figure_and_its_unit_or_a_letter_and_its_clause_split_by_a_line_break() -> None:
    # "the 150-\nkm ring", "the250- metre area": the figure's hyphen and its unit, one word
    for source in (
        "Drones are banned in the 150-\nkm ring.",
        "Drones are banned in the 150- km ring.",
    ):
        t = normalise(source)
        assert "the 150-km ring" in t.norm
        i = t.norm.index("150-km")
        assert source[slice(*t.span(i, i + 6))].replace("\n", "").replace(" ", "") == "150-km"
    # look-alike: a range of pages is no unit
    assert "10-\n12" in normalise("see pages 10-\n12 km").norm
    # "extending Zone B\nto 2 km": a one-letter name before a wrapped line
    t = normalise("The engineers proposed extending Zone B\nto 2 km.")
    assert "Zone B to 2 km" in t.norm
    # look-alike: a heading in capitals keeps its line
    assert "COMMITTEE\nheld on" in normalise("MINUTES OF THE COMMITTEE\nheld on 11 May 2021").norm


def test_a_word_run_into_a_figure_and_its_unit_is_no_misread_word() -> None:
    # "within100m" is "within 100 m", not a word with l and o scanned as 1 and 0
    assert (
        "within 100 m of the workings" in normalise("No blasting within100m of the workings").norm
    )
    # look-alikes: words a scan damaged keep their fix
    assert normalise("Artil1ery wi11 move").norm == "Artillery will move"


def test_ocr_claims_keep_source_offsets():
    source = (
        "Article 2\nNo military aircraft of either Party shall fly within 2O kilometres\n"
        "of the frontier on either side.\n"
    )
    (w,) = _widths(source)
    assert (w["min_km"], w["semantics"], w["reference"]) == (20.0, "per_side", "frontier")
    assert source[w["start"] : w["end"]] == w["quote"]
    assert source[w["figure_start"] : w["figure_end"]] == "2O kilometres"


def test_directional_pairs_and_either_side():
    cases = {
        "A corridor runs 3 km to the east and 3 km to the west of the Tarn road.": (
            3.0,
            "per_side",
        ),
        "Heavy weapons must stay 12 km from the line on both sides.": (12.0, "per_side"),
        "Under the deal each party withdraws 7 km from the contact line.": (7.0, "per_side"),
        "The buffer zone will be six kilometres north and six kilometres south of the M4.": (
            6.0,
            "per_side",
        ),
    }
    for text, want in cases.items():
        ws = _widths(text)
        assert [(w["min_km"], w["semantics"]) for w in ws] == [want], text


def test_band_and_varying_width():
    (band,) = _widths("No tanks may be placed in the area between 10 and 20 km from the line.")
    assert (band["min_km"], band["max_km"], band.get("band")) == (10.0, 20.0, True)
    (vary,) = _widths("In the gorge the strip's width varies from 800 metres to 1.5 km.")
    assert (vary["min_km"], vary["max_km"], vary["semantics"]) == (0.8, 1.5, "total")
    assert "band" not in vary


def test_not_widths():
    text = (
        "A buffer zone was agreed. Several observation posts lie 30 km inside the province. "
        "Rockets with a range of 70 km were moved. The front line runs for some 200 km."
    )
    assert _widths(text) == []


def test_proposal_refused_in_next_sentence():
    text = '"We proposed a 40 km buffer zone," he said. "They refused it at once."'
    (w,) = _widths(text)
    assert (w["status"], w["proposal"]) == ("rejected", "rejected")


def test_per_side_and_total_are_one_zone():
    text = "The zone extends 15 km on each side of the border, a 30 km zone in all."
    claims = read_texts([("a.txt", text, ())])
    ws = [c.fields for c in claims.documents[0].of_kind("width")]
    assert [(w["min_km"], w["semantics"]) for w in ws] == [(15.0, "per_side"), (30.0, "total")]
    assert claims.disagreements == ()


def test_dateline_without_year_and_readable_what():
    text = (
        "VERAN, June 12 - The ceasefire of 28 April 2023 holds.\n\n"
        "Troops on both sides must leave the zone within 14 days of signature. The "
        "specific parameters of the functioning of the security corridor shall be agreed "
        "between the Ministries of Defense of the Sides within 7 days.\n"
    )
    doc = read_texts([("v.txt", text, ())]).documents[0]
    assert str(doc.date) == "2023-06-12" and "without a year" in doc.date_basis
    labels = {label for label, _, _ in _WHAT}
    whats = [c.fields["what"] for c in doc.of_kind("deadline")]
    assert len(whats) == 2
    for what in whats:
        # a label, or a clause that starts on a whole word of the text: never a fragment
        first = what.split()[0]
        assert what in labels or re.search(rf"(?<![A-Za-z]){re.escape(first)}\b", text), what


def test_quotes_stop_at_paragraph_breaks():
    text = "The zone will be 10 km wide\n\nand nobody objected to the plan at all."
    (w,) = _widths(text)
    assert "\n\n" not in w["quote"] and "nobody" not in w["quote"]


def test_no_routes_of_organisations():
    text = (
        "Ministries of Defense - Federation                      RESTRICTED\n"
        "Joint patrols shall be conducted along the R12 from Ostal to Brink.\n"
    )
    routes = [c.fields for c in extract(text, "t").of_kind("route")]
    assert [(r["from"], r["to"], r.get("road")) for r in routes] == [("Ostal", "Brink", "R12")]


def test_a_telex_in_capitals_is_read_in_one_pass() -> None:
    # Every line of a telex in capitals looks like a page's running header. The header pattern
    # once matched such a line in as many ways as it has capitals, and tried them all across the
    # lines that follow: four such lines after a broken sentence took 50 s, and a 1.6 KB telex
    # 11 s. Now the lines are read once each, and the figure before them is still found.
    lines = [
        f"PARA {i}. UNITS OF SECTOR {i} HOLD POSITIONS ALONG THE RIDGE LINE 1" for i in range(40)
    ]
    source = "the buffer zone is 5 km wide, and\n" + "\n".join(lines) + "\nEND OF MESSAGE\n"
    text = normalise(source)
    assert text.norm.count("PARA ") == 40
    assert [c.fields["min_km"] for c in extract(source, "t.txt").of_kind("width")] == [5.0]
