"""The second, independent annotations of three sets: well formed, and in agreement with the gold.

A second annotation (``second-annotation.json``) is the ceiling the README
quotes for the claims benchmark. Its quotes must point into the reports, and
it must agree with the gold on nearly every width: a gold file edited out of
step with the conventions shows here as a drop in agreement.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import claims_agreement  # noqa: E402

FOLDERS = sorted(p.parent for p in (ROOT / "tests" / "reports").glob("*/second-annotation.json"))


def test_three_sets_have_a_second_annotation():
    assert len(FOLDERS) >= 3


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_quotes_point_into_the_reports(folder):
    second = json.loads((folder / "second-annotation.json").read_text(encoding="utf-8"))
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    assert set(second) == set(gold)
    for name, entry in second.items():
        text = (folder / name).read_text(encoding="utf-8")
        for kind in ("widths", "deadlines", "routes"):
            for claim in entry.get(kind, []):
                assert claim["text"] in text, (name, claim["text"])


# sets whose two annotations part mostly on what offered and refused figures measure, a
# question the conventions leave open (README, "How good the gold is")
OFFERS_READ_TWO_WAYS = {"field-holdout-331", "field-holdout-361"}
_GIVEN_UP_OR_PUT = {"rejected", "dropped", "superseded", "proposed"}


def _offers_set_aside(folder: Path, into: Path) -> Path:
    """A copy of a set with every offered or given-up width's semantics left unspecified in
    both annotations."""
    for f in folder.iterdir():
        data = f.read_bytes()
        if f.name in ("gold.json", "second-annotation.json"):
            doc = json.loads(data)
            for entry in doc.values():
                for w in entry.get("widths", []):
                    if w.get("rejected") or w.get("status") in _GIVEN_UP_OR_PUT:
                        w["semantics"] = "unspecified"
            data = json.dumps(doc).encode("utf-8")
        (into / f.name).write_bytes(data)
    return into


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_the_two_annotations_agree_on_widths(folder, tmp_path):
    if folder.name in OFFERS_READ_TWO_WAYS:
        # (the oracle below: the same set, scored with the offers' semantics set aside)
        plain, _ = claims_agreement.agreement(folder)
        assert min(plain["width"].precision, plain["width"].recall) < 0.8
        folder = _offers_set_aside(folder, tmp_path)
    scores, accuracy = claims_agreement.agreement(folder)
    width = scores["width"]
    # two careful readers agree on 0.83 to 1.00 of the widths (README); the lowest,
    # field-holdout-124 and -64, are two readings of offers and setbacks named bare ("We asked
    # for a thousand feet", "could not accept three kilometres": a depth like the zone, or
    # unspecified); below 0.8 one of the annotations has gone wrong
    assert width.precision >= 0.8 and width.recall >= 0.8
    assert accuracy["semantics"].right >= 0.8 * accuracy["semantics"].total


def test_a_disagreement_is_counted(tmp_path):
    # the oracle: one width's semantics changed by hand is one miss and one false width
    src = FOLDERS[0]
    for f in src.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    second = json.loads((tmp_path / "second-annotation.json").read_text(encoding="utf-8"))
    name = next(n for n, e in second.items() if e.get("widths"))
    w = second[name]["widths"][0]
    w["semantics"] = "total" if w["semantics"] != "total" else "depth"
    (tmp_path / "second-annotation.json").write_text(json.dumps(second), encoding="utf-8")
    before, _ = claims_agreement.agreement(src)
    after, _ = claims_agreement.agreement(tmp_path)
    assert (after["width"].tp, after["width"].fp, after["width"].fn) == (
        before["width"].tp - 1,
        before["width"].fp + 1,
        before["width"].fn + 1,
    )
