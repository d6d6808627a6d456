"""The semantics model: a learned second opinion on what a width measures, read report-wide."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from geozone.claims import learned_semantics
from geozone.claims.document import extract
from geozone.claims.learned_semantics import (
    LEARNED_WIDE,
    SemanticsModel,
    features,
    report_features,
    semantics_model,
)

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("depth", "per_side", "total", "unspecified")


def _toy(threshold: float = 0.9) -> SemanticsModel:
    # "OM:per_side" (the report's other widths lie on each side) speaks for per_side
    return SemanticsModel(
        classes=CLASSES,
        bias=(1.0, 0.0, 0.0, 0.0),
        weights={"OM:per_side": (0.0, 5.0, 0.0, 0.0)},
        threshold=threshold,
    )


def _semantics(text: str) -> list[tuple[float, str, bool]]:
    return [
        (c.fields["min_km"], c.fields["semantics"], c.fields.get("semantics_words") == LEARNED_WIDE)
        for c in extract(text, "t").of_kind("width")
    ]


def test_the_reading_is_the_softmax_worked_by_hand() -> None:
    model = _toy()
    # scores 1, 5, 0, 0: e^5 / (e + e^5 + 2) = 148.413159 / 153.131441 = 0.969188
    label, p = model.reading(["OM:per_side", "unknown"])
    assert label == "per_side" and p == pytest.approx(0.969188, abs=1e-6)
    # scores 1, 0, 0, 0: e / (e + 3) = 0.475367, below 0.9
    assert model.reading([]) is None
    assert _toy(0.4).reading([]) == ("depth", pytest.approx(math.e / (math.e + 3)))
    assert SemanticsModel.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_what_the_reports_other_widths_measure() -> None:
    assert report_features([]) == []
    assert report_features(["unspecified"]) == ["O:unspecified"]
    # the commonest told kind; on a tie the first in the text
    assert report_features(["depth", "per_side", "per_side", "unspecified"]) == [
        "O:depth",
        "O:per_side",
        "O:unspecified",
        "OM:per_side",
    ]
    assert report_features(["total", "depth"])[-1] == "OM:total"


def test_the_features_read_the_sentences_before_and_after() -> None:
    norm = "Each side pulls back. Guns stay 15 km behind the line. Patrols begin."
    spans = [(0, 21), (22, 54), (55, len(norm))]
    start = norm.index("15 km")
    feats = features(norm, spans, start, start + 5, ["OM:per_side"])
    assert {"L0:stay", "R0:behind", "P:each", "P:side", "N:patrols", "OM:per_side"} <= set(feats)
    assert "R:patrols" not in feats and "S:each" not in feats  # other sentences stay apart
    assert feats == sorted(set(feats))


PER_SIDE_REPORT = (
    "The two armies agreed to pull back 4 km from the line of contact on each side. "
    "Heavy guns are to stay at least 15 km behind the line."
)


def test_the_model_reads_a_width_as_the_reports_other_widths(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(learned_semantics, "semantics_model", lambda: _toy())
    # the rules read "behind the line" as a depth; the report's other width lies on each side
    assert _semantics(PER_SIDE_REPORT) == [(4, "per_side", False), (15, "per_side", True)]
    # below the threshold the rules stand
    monkeypatch.setattr(learned_semantics, "semantics_model", lambda: _toy(0.99))
    assert _semantics(PER_SIDE_REPORT)[1] == (15, "depth", False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a width alone in its report: nothing else to go on
        ("Heavy guns are to stay at least 15 km behind the line.", [(15, "depth", False)]),
        # the rules read it by its sides: "on each side" stands
        (
            "The zone reaches 3 km into our territory and 3 km into theirs. Each army keeps "
            "5 km from the line on each side.",
            [(3, "per_side", False), (5, "per_side", False)],
        ),
        # a per-side and total pair of one sentence stands
        (
            "Each side withdraws 2 km from the line. Forces will separate to a distance of 6 km, "
            "that is 3 km on each side of the line.",
            [(2, "per_side", False), (3, "per_side", False), (6, "total", False)],
        ),
        # a zone named again is not asked: it reads as its earlier mention, and follows it
        # when the model reads that one otherwise ("The 12 km zone" with "extends 12 km")
        (
            "Each army keeps 5 km from the line on each side. The buffer extends 12 km into "
            "Varesh territory. The 12 km zone is patrolled daily.",
            [(5, "per_side", False), (12, "per_side", True), (12, "per_side", False)],
        ),
        # ... and keeps its reading when the model leaves the earlier mention as the rules
        # read it (the figure 26 km is "wide"; the model would make the second per side)
        (
            "Each army keeps 5 km from the line on each side. The other side put forward a "
            "zone 26 km wide. A 26 km zone would have cut the valley in two.",
            [(5, "per_side", False), (26, "total", False), (26, "total", False)],
        ),
    ],
)
def test_where_the_model_is_not_asked(
    monkeypatch: pytest.MonkeyPatch, text: str, want: list[tuple]
) -> None:
    # a model that reads every width as per side whenever the report has one
    model = SemanticsModel(
        classes=CLASSES,
        bias=(0.0, 0.0, 0.0, 0.0),
        weights={"OM:per_side": (0.0, 9.0, 0.0, 0.0), "OM:depth": (0.0, 9.0, 0.0, 0.0)},
        threshold=0.9,
    )
    monkeypatch.setattr(learned_semantics, "semantics_model", lambda: model)
    assert sorted(_semantics(text)) == sorted((float(a), s, f) for a, s, f in want)


def test_the_stored_model_reads_report_wide_and_only_so() -> None:
    # the stored weights: the line both armies pull back from makes the guns' 15 km per side
    assert _semantics(PER_SIDE_REPORT) == [(4, "per_side", False), (15, "per_side", True)]
    # each army's own lines: one side only, as the rules read it
    own = PER_SIDE_REPORT.replace("behind the line.", "behind their own lines.")
    assert _semantics(own) == [(4, "per_side", False), (15, "depth", False)]
    # a report of setbacks from homes: the line is read as the rules read it
    homes = "Turbines must stand 500 metres from homes. " + PER_SIDE_REPORT.split(". ")[1]
    assert _semantics(homes) == [(0.5, "depth", False), (15, "depth", False)]


def test_the_stored_semantics_model_is_a_clean_logistic_file() -> None:
    model = semantics_model()
    assert model.classes == CLASSES
    assert 0.5 < model.threshold < 1
    assert len(model.weights) > 1000
    assert all(len(w) == len(CLASSES) and any(w) for w in model.weights.values())
    raw = json.loads((ROOT / "geozone/claims/data/semantics_model.json").read_text())
    context = json.loads((ROOT / "geozone/claims/data/context_model.json").read_text())
    assert raw["trained_on"] == context["trained_on"]
