"""The fate model: a learned second opinion on whether a width's figure was given up."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from geozone.claims import learned_fates
from geozone.claims.document import extract
from geozone.claims.learned_fates import (
    LEARNED_FATE,
    FateModel,
    fate_model,
    features,
    report_features,
)
from geozone.claims.table import _line

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("dropped", "rejected", "stated", "superseded")


def _toy(threshold: float = 0.6) -> FateModel:
    # "widened" in the next sentence speaks for superseded, against stated
    return FateModel(
        classes=CLASSES,
        bias=(0.0, 0.0, 1.0, 0.0),
        weights={"N:widened": (0.0, 0.0, -2.0, 2.0)},
        threshold=threshold,
    )


def test_probabilities_are_the_softmax_worked_by_hand() -> None:
    model = _toy()
    # scores 0, 0, -1, 2: e^-1 / (1 + 1 + e^-1 + e^2) = 0.367879 / 9.756935 = 0.0377044
    p = model.probabilities(["N:widened", "unknown"])
    assert p["stated"] == pytest.approx(0.0377044, abs=1e-6)
    assert p["superseded"] == pytest.approx(7.389056 / 9.756935, abs=1e-6)
    assert sum(p.values()) == pytest.approx(1.0)
    label, gone = model.given_up(["N:widened"])
    assert label == "superseded" and gone == pytest.approx(1 - 0.0377044, abs=1e-6)
    # scores 0, 0, 1, 0: e / (3 + e) = 0.475367 is not in force: below 0.6
    assert model.given_up([]) is None
    assert model.given_up([]) is None and _toy(0.4).given_up([]) is not None
    assert FateModel.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_where_a_figure_stands_among_the_reports_figures() -> None:
    values = [2.0, 1.0, 2.0, 5.0, 2.0]
    assert report_features(values, 0) == ["D:same_later", "D:other_later"]
    assert report_features(values, 1) == ["D:other_later", "D:other_earlier"]
    assert report_features(values, 2) == [
        "D:same_later",
        "D:same_earlier",
        "D:other_later",
        "D:other_earlier",
    ]
    assert report_features(values, 4) == ["D:same_earlier", "D:other_earlier"]
    assert report_features([3.0, 3.0], 1) == ["D:same_earlier", "D:one_figure"]


def test_the_features_read_the_sentences_before_and_after() -> None:
    norm = "The ring was set. Police first used a ring of one kilometre. They widened it."
    spans = [(0, 17), (18, 61), (62, len(norm))]
    start = norm.index("one kilometre")
    feats = features(norm, spans, start, start + len("one kilometre"), ["D:one_figure"])
    assert {"L0:of", "L1:ring", "N:widened", "P:ring", "D:one_figure"} <= set(feats)
    assert "R:widened" not in feats  # the next sentence is not the figure's own
    assert feats == sorted(set(feats))


TOLD = (
    "Police set the exclusion zone at 500 metres around the depot.\n\n"
    "By evening the cordon was widened. Everyone within 2 km of the depot must leave."
)


def test_the_model_gives_a_fate_the_rules_did_not(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules alone: a model that never speaks
    monkeypatch.setattr(learned_fates, "fate_model", lambda: _toy(threshold=2.0))
    before, later = extract(TOLD, "t.txt").of_kind("width")
    assert before.fields["status"] == later.fields["status"] == "stated"
    monkeypatch.setattr(learned_fates, "fate_model", _toy)
    claim, still = extract(TOLD, "t.txt").of_kind("width")
    # "widened" is in the sentence after the first figure only
    assert still.fields == later.fields
    assert claim.fields["status"] == "rejected"
    assert claim.fields["proposal"] == "superseded"
    assert claim.fields["proposal_basis"] == LEARNED_FATE
    # the rest of the claim is the rules' reading
    same = {k: v for k, v in claim.fields.items() if k not in ("status", "proposal")}
    kept = {k: v for k, v in before.fields.items() if k not in ("status", "proposal")}
    assert same == kept | {"proposal_basis": LEARNED_FATE}


def test_the_model_never_takes_a_fate_away(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Our first proposal, a zone of 15 km, was rejected. A zone of 5 km was agreed."
    before = [c.fields for c in extract(text, "t.txt").of_kind("width")]
    assert [f["status"] for f in before] == ["rejected", "stated"]
    # a model sure of nothing but "stated" leaves the rules' fates as they are
    sure = FateModel(CLASSES, (0.0, 0.0, 9.0, 0.0), {}, 0.6)
    monkeypatch.setattr(learned_fates, "fate_model", lambda: sure)
    assert [c.fields for c in extract(text, "t.txt").of_kind("width")] == before


def test_below_the_threshold_the_rules_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_fates, "fate_model", lambda: _toy(threshold=0.99))
    claim, _ = extract(TOLD, "t.txt").of_kind("width")
    assert claim.fields["status"] == "stated" and "proposal_basis" not in claim.fields


def test_the_model_does_not_give_up_a_lone_figure_or_a_proposal_told_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a model sure that every figure was given up
    monkeypatch.setattr(
        learned_fates, "fate_model", lambda: FateModel(CLASSES, (0.0, 9.0, 0.0, 0.0), {}, 0.6)
    )
    # no other figure of the report is in force
    lone = "Police set the exclusion zone at 500 metres around the depot. It was widened later."
    assert [c.fields["status"] for c in extract(lone, "t.txt").of_kind("width")] == ["stated"]
    # a proposal with no figure after it; a figure its own sentence says was agreed
    text = (
        "Drones may not fly within 5 km of an airport. A zone of 3 km was agreed for heliports. "
        "Pilots' unions asked for 8 km."
    )
    got = [
        (c.fields["min_km"], c.fields["status"]) for c in extract(text, "t.txt").of_kind("width")
    ]
    assert (3.0, "stated") in got and (8.0, "rejected") not in got
    assert (5.0, "rejected") in got


def test_the_stored_fate_model_is_a_clean_logistic_file() -> None:
    data = json.loads((ROOT / "geozone/claims/data/fate_model.json").read_text())
    context = json.loads((ROOT / "geozone/claims/data/context_model.json").read_text())
    assert data["trained_on"] == context["trained_on"]
    assert tuple(data["classes"]) == CLASSES
    assert all(
        len(v) == len(CLASSES) and all(math.isfinite(x) for x in v)
        for v in data["weights"].values()
    )
    model = fate_model()
    assert 0.5 <= model.threshold < 1 and len(model.weights) > 1000


def test_the_printed_table_says_which_fate_and_who_gave_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_fates, "fate_model", _toy)
    learned, stated = extract(TOLD, "t.txt").of_kind("width")
    assert _line(learned).endswith("  [superseded, learned]")
    assert not _line(stated).endswith("]")
    # a fate the rules gave says so without "learned"
    old, new = extract("The council reduced the buffer from 2 km to 1 km.", "t.txt").of_kind(
        "width"
    )
    assert _line(old).endswith("  [superseded]") and not _line(new).endswith("]")
