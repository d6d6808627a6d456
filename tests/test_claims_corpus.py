"""Precision and recall of the claims reader on the annotated reports in tests/reports/.

The reports are written for these tests about many agreements (not the
seeds), with distractor numbers; gold.json in each folder lists what a
careful reader finds. ``python benchmarks/claims_eval.py -v`` prints the
table and every miss.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geozone.claims import extract, read_texts
from geozone.claims.text import decode
from geozone.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "claims_eval", ROOT / "benchmarks" / "claims_eval.py"
)
claims_eval = importlib.util.module_from_spec(_spec)
sys.modules["claims_eval"] = claims_eval
_spec.loader.exec_module(claims_eval)

FLOOR = {"width": 0.85, "figures": 0.85, "deadline": 0.85, "route": 0.85, "report date": 0.85}


@pytest.mark.parametrize("folder", ["dev", "holdout"])
def test_precision_and_recall(folder):
    scores = claims_eval.evaluate(ROOT / "tests" / "reports" / folder)
    for kind, floor in FLOOR.items():
        s = scores[kind]
        assert s.tp > 0, kind
        assert s.precision >= floor and s.recall >= floor, (kind, s)


def test_the_gold_quotes_are_in_the_reports():
    import json

    for folder in ("dev", "holdout"):
        base = ROOT / "tests" / "reports" / folder
        gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
        assert sorted(gold) == sorted(p.name for p in base.glob("*.txt"))
        for name, entry in gold.items():
            text = (base / name).read_text(encoding="utf-8")
            for kind in ("widths", "deadlines", "routes"):
                for item in entry.get(kind, []):
                    assert item["text"] in text, (name, item["text"])


_PIECES = st.sampled_from(
    [
        "15-20 km", " wide", " deep", "by October 15", "within 48 hours", "Sep 17 (AFP)",
        "between Latakia and Aleppo", " road ", "(5 miles)", "[about", "&nbsp;", "&#8211;",
        "\u00a0", "\u2013", "\n", "on either side", "north and south of", "half a", "three (3)",
        "zone", "withdraw", "M4 (", "-", ".", "2018", "end of the year", "Monday", "1/2",
        "\u00bd", "\u0663", "<p>", "10, 20 and", "rejected", "\ufeff", "\u200b",
        # adversarial: bidi controls, combining marks, other digit systems, surrogates,
        # separators, astral characters, huge and non-finite numbers
        "\u202e", "\u2066", "\u200f", "e\u0301\u0301", "\uff12\uff10\uff4b\uff4d",
        "\u0662\u0660 \u0643\u0645", "\U0001d7d0\U0001d7ce", "\ud800", "\udfff", "\x00",
        "\r", "\u2028", "\u2029", "\U0001f6a7", "\U0010ffff", "9" * 400, "1e309 km",
        "-20 km", "NaN km", "0.0000001 km", "\u00a0km", "km km km",
    ]
)  # fmt: skip
_ANY_CHAR = st.characters(exclude_categories=())
"""Every code point, lone surrogates and controls included."""


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(_PIECES, st.text(_ANY_CHAR, max_size=6)), max_size=25))
def test_any_text_is_read_without_error(parts):
    text = "".join(parts)
    doc = extract(text, "fuzz")
    for c in doc.claims:
        assert text[c.start : c.end] == c.quote
    read_texts([("a", text, ()), ("b", text[::-1], ())])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=400))
def test_any_bytes_are_decoded_or_refused_clearly(data):
    """A report file's bytes: read as text, or one InputError (empty or binary)."""
    try:
        text, _ = decode(data, "report.txt")
    except InputError as exc:
        assert exc.what == "report.txt"
        return
    extract(text, "report.txt")
