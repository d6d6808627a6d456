"""The claims reader: widths, semantics, deadlines, routes, offsets and robustness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import invoke

from geozone.claims import KnownRoute, extract, read_reports, read_texts
from geozone.claims.text import decode, normalise
from geozone.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KNOWN = [KnownRoute("M4", "M4", ("Latakia", "Aleppo")), KnownRoute("M5", "M5", ("Hama", "Aleppo"))]


def widths(text: str) -> list[tuple[float, float, str]]:
    doc = extract(text, "t")
    return [
        (c.fields["min_km"], c.fields["max_km"], c.fields["semantics"])
        for c in doc.of_kind("width")
        if c.fields["status"] != "rejected"
    ]


@pytest.fixture(scope="module")
def seeds():
    return read_reports([SEEDS], known_routes=KNOWN)


def _doc(seeds, stem):
    return next(d for d in seeds.documents if stem in d.source)


# ---- the seeds: every width with the right semantics and nothing false


def test_seed_widths(seeds):
    found = {
        Path(d.source).name[:3]: sorted(
            (c.fields["min_km"], c.fields["max_km"], c.fields["semantics"])
            for c in d.of_kind("width")
        )
        for d in seeds.documents
    }
    assert found == {
        "000": [(15, 20, "total")],
        "001": [(20, 20, "unspecified")],
        "002": [(15, 20, "total")],
        "003": [(15, 20, "total")],
        "004": [(15, 25, "total")],
    }


def test_seed_conversion_is_the_same_claim(seeds):
    (claim,) = _doc(seeds, "004").of_kind("width")
    assert claim.fields["conversion"]["unit"] == "miles"
    assert claim.fields["conversion"]["value"] == "9 to 15"
    assert claim.fields["value"] == "15 to 25" and claim.fields["unit"] == "kilometers"


def test_seed_deadlines(seeds):
    dates = {c.fields["date"] for d in seeds.documents for c in d.of_kind("deadline")}
    assert dates == {"2018-10-10", "2018-10-15", "2018-12-31"}
    whats = {
        (c.fields["date"], c.fields["what"]) for d in seeds.documents for c in d.of_kind("deadline")
    }
    assert whats == {
        ("2018-10-10", "heavy weapons withdrawn"),
        ("2018-10-15", "zone established"),
        ("2018-12-31", "routes restored"),
    }
    # "a very different scenario ... playing out by October 15" is not a deadline
    assert len(_doc(seeds, "002").of_kind("deadline")) == 3


def test_seed_report_dates(seeds):
    assert _doc(seeds, "004").date.isoformat() == "2018-09-17"
    assert "stated" in _doc(seeds, "004").date_basis
    # 003 has only "Sep 17 (AFP)" and "Monday": the year comes from 004, which agrees
    d003 = _doc(seeds, "003")
    assert d003.date.isoformat() == "2018-09-17" and "dateline" in d003.date_basis


def test_seed_routes_and_the_flagged_reading(seeds):
    for stem in ("000", "002", "003"):
        routes = {
            (c.fields["from"], c.fields["to"], c.fields["known_route"])
            for c in _doc(seeds, stem).of_kind("route")
        }
        assert routes == {("Latakia", "Aleppo", "M4"), ("Latakia", "Hama", None)}
    flagged = [c for d in seeds.documents for c in d.of_kind("route") if c.fields["flag"]]
    assert len(flagged) == 3 and all("Latakia and Hama" in c.fields["flag"] for c in flagged)
    assert any("Latakia and Hama" in d for d in seeds.disagreements)
    assert not _doc(seeds, "001").of_kind("route") and not _doc(seeds, "004").of_kind("route")


def test_seed_variants_and_disagreements(seeds):
    variants = {(v.width_km, v.semantics): len(v.sources) for v in seeds.variants}
    assert variants == {
        (15, "total"): 4,
        (20, "total"): 3,
        (25, "total"): 1,
        (20, "unspecified"): 1,
    }
    text = " ".join(seeds.disagreements)
    assert "15-20 km" in text and "15-25 km" in text and "unspecified" in text


def test_offsets_point_at_the_quote(seeds):
    for doc in seeds.documents:
        for c in doc.claims:
            assert doc.text[c.start : c.end] == c.quote
            assert c.quote.strip() == c.quote and len(c.quote) > 10
        for c in doc.of_kind("width"):
            assert doc.text[c.fields["figure_start"] : c.fields["figure_end"]] == c.fields["figure"]


# ---- widths written in many ways


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed a 15-20 kilometer-wide buffer.", [(15, 20, "total")]),
        ("The buffer zone will be 15 to 25 kilometers wide.", [(15, 25, "total")]),
        ("Officials described a 20-kilometer zone along the front.", [(20, 20, "unspecified")]),
        ("A 15-20km-wide zone is planned.", [(15, 20, "total")]),
        ("The demilitarised strip, 15\u201320 km wide, runs along the river.", [(15, 20, "total")]),
        ("Troops pulled back eight kilometres from the frontier.", [(8, 8, "depth")]),
        ("Both armies shall withdraw three (3) kilometers.", [(3, 3, "per_side")]),
        ("The security zone is at least20 kilometres deep.", [(20, 20, "depth")]),
        ("They discussed a40-kilometre buffer zone.", [(40, 40, "unspecified")]),
        ("A buffer of 500 metres on either side of the fence.", [(0.5, 0.5, "per_side")]),
        ("a corridor 5 miles wide", [(8.04672, 8.04672, "total")]),
        # a rule of where forces must stay is a width, as "must remain" is
        ("forces must stay 2 mi from the border", [(3.218688, 3.218688, "depth")]),
        ("Forces withdraw 2 mi from the border.", [(3.218688, 3.218688, "depth")]),
        ("A buffer zone of 10 km north and south of the border.", [(10, 10, "per_side")]),
        ("Each side withdraws 5 km from the line of contact.", [(5, 5, "per_side")]),
        ("The militia must withdraw 30 km from the border.", [(30, 30, "depth")]),
        ("Patrols will operate to a depth of 10 km.", [(10, 10, "depth")]),
        ("a 300-metre no-go zone inside Gaza", [(0.3, 0.3, "depth")]),
        (
            "a security zone at least 50 km wide for artillery of 100 mm calibre, "
            "70 km wide for MLRS and 140 km wide for Tornado-S systems",
            [(50, 50, "total"), (70, 70, "total"), (140, 140, "total")],
        ),
        (
            # twice the per-side width in the same sentence: the zone's total
            "Heavy weapons go 15 km back on each side, creating a 30 km buffer zone.",
            [(15, 15, "per_side"), (30, 30, "total")],
        ),
        ("The zone would be twenty-five kilometres wide.", [(25, 25, "total")]),
        ("Soldiers may not come within half a kilometre of the fence.", [(0.5, 0.5, "depth")]),
        ("a buffer 5 nautical miles wide", [(9.26, 9.26, "total")]),
    ],
)
def test_width_patterns(text, expected):
    got = widths(text)
    assert [(pytest.approx(a), pytest.approx(b), s) for a, b, s in expected] == got


@pytest.mark.parametrize(
    "text",
    [
        "Troops fired 122 mm guns and 155-millimetre howitzers.",
        "The line of contact runs some 400 km from the sea to the hills.",
        "The front stretches 120 km along the river.",
        "The demilitarised zone covers 1,200 square kilometres.",
        "The buffer zone covers 3,000 km2 of farmland.",
        "Rockets with a range of 70 km were moved out of the buffer zone.",
        "The shelled village lies 5 km east of the town, near the buffer zone.",
        "A convoy of 50 vehicles crossed; 3 million people live in the zone.",
        "They signed a 12-point plan under Resolution 1701.",
        "Aid worth $20m reached the zone.",
        "The 250-kilometre border was closed.",
        "The DMZ runs 250 km (155 miles) across the peninsula.",
        "Drones flew 40 km over the zone at 3,000 metres altitude.",
    ],
)
def test_not_widths(text):
    assert widths(text) == []


def test_qualifiers_and_rejected_proposals():
    doc = extract(
        "Ankara rejected a Russian proposal for a 5 km strip. "
        "The zone will be approximately 20 km wide and not less than 15 km deep.",
        "t",
    )
    got = [
        (c.fields["min_km"], c.fields["qualifier"], c.fields["status"])
        for c in doc.of_kind("width")
    ]
    assert got == [
        (5, None, "rejected"),
        (20, "approximately", "stated"),
        (15, "not less than", "stated"),
    ]
    claims = read_texts([("t", doc.text, ())])
    assert {v.width_km for v in claims.variants} == {15, 20}
    assert any("rejected" in d for d in claims.disagreements)


def test_semantics_words_are_kept():
    (c,) = extract("Forces will pull back 2 km on either side of the line.", "t").of_kind("width")
    assert c.fields["semantics"] == "per_side" and "either side" in c.fields["semantics_words"]


# ---- deadlines


def deadlines(text: str, **kw) -> list[tuple[str | None, str | None, str]]:
    doc = read_texts([("t", text, ())], **kw).documents[0]
    return [
        (c.fields["date"], c.fields["relative"], c.fields["what"]) for c in doc.of_kind("deadline")
    ]


def test_deadlines_resolve_against_the_reports_own_date():
    text = (
        "Sochi, Sep 17 (AFP) Leaders agreed on Monday that heavy weapons must be withdrawn "
        "by October 10 and radical groups out by Oct. 15. Transit routes must be restored "
        "by the end of the year. Prisoners will be exchanged within 48 hours. "
        "Both sides must withdraw within ten (10) days after the ceasefire takes effect."
    )
    got = deadlines(text, reference=None)
    # no year in the text: kept relative
    assert got[0] == (None, "by October 10", "heavy weapons withdrawn")
    dated = deadlines("September 17, 2018\n" + text)
    assert dated == [
        ("2018-10-10", None, "heavy weapons withdrawn"),
        ("2018-10-15", None, "radical groups out"),
        ("2018-12-31", None, "routes restored"),
        ("2018-09-19", None, "prisoners exchanged"),
        (None, "within ten (10) days after the ceasefire takes effect", "forces withdrawn"),
    ]


def test_deadline_with_its_own_year_and_a_reference_date():
    assert deadlines("Elections must be held before the end of 2019.") == [
        ("2019-12-31", None, "elections held")
    ]
    import datetime as dt

    got = deadlines("The zone must be established by 15 October.", reference=dt.date(2018, 9, 17))
    assert got == [("2018-10-15", None, "zone established")]


def test_past_dates_are_not_deadlines():
    assert (
        deadlines("September 17, 2018\nThe leaders met previously on September 7 in Tehran.") == []
    )


# ---- routes


def routes(text: str) -> list[tuple[str, str]]:
    return [(c.fields["from"], c.fields["to"]) for c in extract(text, "t").of_kind("route")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Routes between Latakia and Aleppo will reopen.", [("Latakia", "Aleppo")]),
        (
            "The deal covers highways connecting Aleppo with Hama and Latakia.",
            [("Aleppo", "Hama"), ("Aleppo", "Latakia")],
        ),
        ("Traffic on the M4 (Aleppo-Latakia) resumed.", [("Aleppo", "Latakia")]),
        ("The road from Jisr al-Shughur to Latakia is open.", [("Jisr al-Shughur", "Latakia")]),
        ("The Aleppo\u2013Damascus highway reopened.", [("Aleppo", "Damascus")]),
        ("A corridor linking Ras al-Ain and Tal Abyad is planned.", [("Ras al-Ain", "Tal Abyad")]),
        ("Talks between Putin and Erdogan lasted four hours.", []),
        ("Fighting between rebels and regime troops continued.", []),
    ],
)
def test_route_patterns(text, expected):
    assert routes(text) == expected


# ---- real text


def test_web_text_is_normalised_and_offsets_stay_in_the_source():
    source = (
        "Menu | Home | World\nShare this&nbsp;article\n"
        "<p>The two sides agreed a 15&ndash;20&#160;km&#8209;wide buffer zone.</p>\n"
        "\u0645\u0634\u0627\u0631\u0643\u0629 :\nCookies help us. Accept all"
    )
    doc = extract(source, "t")
    (c,) = doc.of_kind("width")
    assert (c.fields["min_km"], c.fields["max_km"], c.fields["semantics"]) == (15, 20, "total")
    assert source[c.start : c.end] == c.quote and "15&ndash;20" in c.quote


def test_normalised_text_maps_back():
    source = "a 15\u201320\u00a0km\u00adwide zone, &amp; least20 kilometres"
    text = normalise(source)
    assert "15-20 km" in text.norm and "least 20" in text.norm
    i = text.norm.index("20 kilometres")
    assert text.quote(i, i + len("20 kilometres"))[0] == "20 kilometres"


def test_decode_rejects_binary_and_notes_other_encodings():
    with pytest.raises(InputError, match="not a text file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png")
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n", "x.txt")
    text, note = decode("a 20 km zone \u2013 caf\u00e9".encode("cp1252"), "x.txt")
    assert "café" in text and "Windows-1252" in note


def test_read_reports_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_reports([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="no report files"):
        read_reports([tmp_path])


# ---- the command


def test_cli_claims_json_follows_the_interface():
    result = invoke(["claims", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"documents", "variants"}
    for doc in data["documents"]:
        assert set(doc) >= {"source", "date", "claims"}
        for c in doc["claims"]:
            assert {"kind", "quote", "start", "end"} <= set(c)
            if c["kind"] == "width":
                assert {"min_km", "max_km", "semantics", "value", "unit", "qualifier"} <= set(c)
            if c["kind"] == "deadline":
                assert {"date", "relative", "what"} <= set(c)
            if c["kind"] == "route":
                assert {"from", "to"} <= set(c)
    # the seeds are the default scenario's reports: routes are checked against it
    flags = [c["flag"] for d in data["documents"] for c in d["claims"] if c.get("flag")]
    assert flags and all("Hama" in f for f in flags)


def test_cli_claims_table_and_errors(tmp_path):
    result = invoke(["claims", str(SEEDS / "004_7f7d34b1365bff03.txt")])
    assert result.exit_code == 0, result.output
    assert "15-25 km" in result.output and "total" in result.output
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = invoke(["claims", str(bad)])
    assert result.exit_code == 2 and "not a text file" in result.output
    result = invoke(["claims", str(SEEDS), "--date", "17/09/2018"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
