"""The context model: its features, its arithmetic, where it may speak, and that it is reproducible.

The arithmetic is checked against logistic and softmax values worked out
by hand; the stored weights against a fresh training run on the folders
the file names; the reader's use of it on sentences written for this test
(a width no rule reads, and distances the model must not be asked about).
"""

from __future__ import annotations

import json
import math
import re
import shutil
import sys
from pathlib import Path

import pytest

from geozone.claims import extract
from geozone.claims.document import LEARNED
from geozone.claims.learned import ContextModel, context_model, features
from geozone.claims.widths import plainly_not_width

ROOT = Path(__file__).resolve().parent.parent


def test_features_are_the_words_around_the_distance_in_its_sentence() -> None:
    norm = "Earlier text. The zone extends 5 km from the river bank. Later text."
    s_a = norm.index("The")
    s_b = norm.index("Later") - 1
    start = norm.index("5 km")
    got = set(features(norm, (s_a, s_b), start, start + 4))
    for want in (
        "L0:extends",
        "L1:zone",
        "L:the",
        "LB:zone_extends",
        "R0:from",
        "R1:the",
        "R2:river",
        "R:bank",
        "RB:river_bank",
        "S:river",
    ):
        assert want in got
    # nothing from the sentences either side, and not the figure itself
    assert not {f for f in got if f.endswith((":earlier", ":later", ":5", ":km"))}


def test_probabilities_are_the_logistic_and_softmax_worked_by_hand() -> None:
    model = ContextModel(
        detect_bias=-1.0,
        detect_weights={"a": 2.0, "b": 0.5},
        classes=("depth", "total"),
        semantics_bias=(0.0, 1.0),
        semantics_weights={"a": (2.0, 0.0)},
        detect_threshold=0.85,
        semantics_threshold=0.7,
    )
    # -1 + 2 + 0.5 = 1.5: 1 / (1 + e^-1.5) = 0.8175744762
    assert model.width_probability(["a", "b", "unknown"]) == pytest.approx(0.8175744762)
    # scores 2 and 1: e^2 / (e^2 + e^1) = 0.7310585786
    label, p = model.semantics(["a"])
    assert (label, p) == ("depth", pytest.approx(0.7310585786))
    label, p = model.semantics([])
    assert (label, p) == ("total", pytest.approx(0.7310585786))
    assert ContextModel.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_the_stored_models_were_trained_on_their_folders_as_they_are(tmp_path, monkeypatch) -> None:
    pytest.importorskip("sklearn", reason="training needs the train extra (scikit-learn)")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import claims_train
    finally:
        sys.path.pop(0)
    digest = claims_train.inputs_digest()
    for name in ("context_model", "fate_model", "semantics_model"):
        model = json.loads((ROOT / f"geozone/claims/data/{name}.json").read_text())
        assert model["trained_on"] == claims_train.TRAINED_ON, name
        # a report or gold of a trained folder changed since: train again (--write)
        assert model["inputs_sha256"] == digest, name
    # the digest moves with a single byte of a trained report, and with nothing else
    shutil.copytree(ROOT / "tests/reports/field-dev", tmp_path / "field-dev")
    monkeypatch.setattr(claims_train, "REPORTS", tmp_path)
    before = claims_train.inputs_digest(["field-dev"])
    (tmp_path / "field-dev" / "notes.txt").write_text("not a report the gold names")
    assert claims_train.inputs_digest(["field-dev"]) == before
    report = sorted((tmp_path / "field-dev").glob("*.txt"))[0]
    report.write_bytes(report.read_bytes().replace(b" ", b"  ", 1))
    assert claims_train.inputs_digest(["field-dev"]) != before
    monkeypatch.undo()
    stored = json.loads((ROOT / "geozone/claims/data/context_model.json").read_text())
    # a blind set is trained on only after its first run is recorded
    record = (ROOT / "docs" / "claims-benchmark.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in stored["trained_on"]:
        if name != "field-dev":
            run = rf"benchmarks/claims_eval\.py(?: tests/reports/\S+)* tests/reports/{name}[ `]"
            assert re.search(run, record), name
            assert f"| {name} |" in readme, name
    # retraining from scratch (claims_train.py --check) takes minutes: .ci/run does it
    # after the suite


def test_the_stored_model_reads_and_its_thresholds_are_sane() -> None:
    model = context_model()
    assert set(model.classes) == {"depth", "per_side", "total", "unspecified"}
    assert 0.5 < model.detect_threshold < 1 and 0.5 < model.semantics_threshold < 1
    assert len(model.detect_weights) > 1000


# widths no rule reads, in wording of the kinds the rules miss; the model reads them
MODEL_READS = [
    "Hunters are barred from a stretch reaching 3 miles back from the lake shore.",
]


@pytest.mark.parametrize("text", MODEL_READS)
def test_a_width_no_rule_reads_comes_from_the_model_and_says_so(text: str) -> None:
    found = extract(text, "t.txt").of_kind("width")
    assert len(found) == 1
    assert found[0].fields["semantics_words"] == LEARNED
    assert found[0].fields["status"] == "stated"
    assert found[0].quote in text


def test_a_figure_that_names_a_zone_stays_unspecified() -> None:
    # the convention: a figure and a zone noun say nothing of what the figure measures
    text = "The 20-kilometer zone along the line of contact will be set up by Oct. 15."
    (claim,) = extract(text, "t.txt").of_kind("width")
    assert claim.fields["semantics"] == "unspecified"


# distances the model is never asked about: the words beside them say what else they are
NOT_WIDTHS = [
    ("The 250-kilometre border was closed.", "250-kilometre"),
    ("The buffer zone stretches 200 km from the coast to the mountains.", "200 km"),
    ("The agreement set a 15-kilometre limit on the range of artillery.", "15-kilometre"),
    ("Some guard posts stand inside the zone, a few within 1 km of the line.", "1 km"),
    ("The restricted area covers 40 km² of farmland.", "40 km"),
    ("THE BUFFER ZONE COVERS 12 KM SQUARE OF WATER.", "12 KM"),
    ("Markers were placed at intervals of 500 metres along the fence.", "500 metres"),
    ("The village is located 3 km from the river.", "3 km"),
    ("The plan covered the entire 90 miles from Kessel to the Varn frontier.", "90 miles"),
    ("The 300-km Green Line, drawn in 1964, divides the island.", "300-km"),
    ("Both armies will close the two posts that sit within 2 km of the ridge.", "2 km"),
    ("The Orsk channel, 12 km wide off the cape, is closed to tankers.", "12 km"),
    ("The Velka, which forms the border between the two states over 48 km, floods.", "48 km"),
    ("The frontier runs along the watershed over some 130 kilometres.", "130 kilometres"),
    ("Camp 3 of the buffer area is about 12 km from the lake.", "12 km"),
]


@pytest.mark.parametrize(("sentence", "figure"), NOT_WIDTHS)
def test_what_plainly_is_no_width_is_not_asked(sentence: str, figure: str) -> None:
    start = sentence.index(figure)
    assert plainly_not_width(sentence, start, start + len(figure))
    assert extract(sentence, "t.txt").of_kind("width") == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Residents of villages that lie within the 2 km strip keep access.", "2 km"),
        ("Everyone within a 10-mile radius of the plant must stay indoors.", "10-mile"),
        ("No troops may be stationed within 15 km of the border.", "15 km"),
        ("A buffer zone 6 km wide runs along the strait's eastern shore.", "6 km"),
        ("Over 20 km of the border is now inside the zone, which reaches 5 km.", "5 km"),
    ],
)
def test_zones_and_rules_are_not_taken_for_something_else(sentence: str, figure: str) -> None:
    start = sentence.index(figure)
    assert not plainly_not_width(sentence, start, start + len(figure))


def test_the_model_is_a_clean_logistic_file() -> None:
    data = json.loads((ROOT / "geozone/claims/data/context_model.json").read_text())
    weights = data["detect"]["weights"]
    assert all(isinstance(v, float | int) and math.isfinite(v) for v in weights.values())
    assert all(
        len(v) == len(data["semantics"]["classes"]) for v in data["semantics"]["weights"].values()
    )


def test_a_changed_weight_is_a_difference() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import claims_train
    finally:
        sys.path.pop(0)
    model = context_model()
    feature = next(iter(model.detect_weights))
    changed = ContextModel(
        **{
            **model.__dict__,
            "detect_weights": {
                **model.detect_weights,
                feature: model.detect_weights[feature] + 0.01,
            },
        }
    )
    assert claims_train.differences(model, model) == []
    assert claims_train.differences(model, changed) == [
        f"detect {feature}: {model.detect_weights[feature]} and "
        f"{model.detect_weights[feature] + 0.01}"
    ]
