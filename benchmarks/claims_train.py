"""Train the claims reader's context and fate models on the annotated field reports.

Usage: python benchmarks/claims_train.py --write | --check | --leave-out FOLDER

Every distance in every report of the folders in ``TRAINED_ON`` becomes one
example: a width when a gold width of its report covers it with the same
figure, otherwise not a width; the widths also carry their gold semantics.
Two logistic regressions (scikit-learn, the ``train`` extra) are fitted on
the features of ``geozone.claims.learned.features`` and their weights are
written to ``geozone/claims/data/context_model.json``. Every gold width
that a distance matches is also an example of its fate (stated, or the
gold's rejected, dropped or superseded); a third logistic regression on
the features of ``geozone.claims.learned_fates.features`` is written to
``geozone/claims/data/fate_model.json``. Every width the reader finds
(with its models but the semantics model) whose figure a gold width
covers is an example of that gold width's semantics; a fourth logistic
regression on the features of ``geozone.claims.learned_semantics.features``
is written to ``geozone/claims/data/semantics_model.json``. ``--check``
trains again and fails if a stored weight differs by more than 0.002 (the
files must come from these folders and this script; the margin allows
for another machine's arithmetic). ``--leave-out field-holdout-13``
trains without that folder and scores the reader with those models on
it, as if the folder were blind to them (the stored files are left as
they are).

A blind set is not in ``TRAINED_ON`` when it is first read: it joins only
after its blind first run is recorded (field-holdout-422 onwards are not
in it yet).
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from geozone.claims import document, learned_fates, read_reports
from geozone.claims.document import caps_lines_joined
from geozone.claims.learned import MODEL_FILE, ContextModel, features
from geozone.claims.learned_fates import MODEL_FILE as FATE_FILE
from geozone.claims.learned_fates import STATED, FateModel, report_features
from geozone.claims.learned_fates import features as fate_features
from geozone.claims.learned_semantics import MODEL_FILE as SEMANTICS_FILE
from geozone.claims.learned_semantics import SemanticsModel, width_features
from geozone.claims.numbers import at_sea, measurements
from geozone.claims.text import Text, normalise, sentences

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "reports"
OUT = ROOT / "geozone" / "claims" / "data" / MODEL_FILE
FATE_OUT = ROOT / "geozone" / "claims" / "data" / FATE_FILE
SEMANTICS_OUT = ROOT / "geozone" / "claims" / "data" / SEMANTICS_FILE
TRAINED_ON = [
    "field-dev",
    "field-holdout",
    *(f"field-holdout-{i}" for i in range(2, 422) if i != 375),  # -375 was never finished
]
DETECT_THRESHOLD = 0.6
SEMANTICS_THRESHOLD = 0.7
FATE_THRESHOLD = 0.6  # the probability that a figure is not in force, to overrule the rules
WIDE_THRESHOLD = 0.9  # the semantics model's probability of another reading, to overrule
MIN_COUNT = 3  # a feature seen in fewer examples is left out
DIGITS = 5  # weights are stored rounded, so the file is the same on every machine


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


@cache
def _matched(folder: Path) -> list[tuple[Text, list[tuple[int, int]], list]]:
    """Per report of a folder: its text, sentences and every distance with its gold width.

    Gives ``(text, spans, pairs)`` per report; ``pairs`` holds ``(measurement, gold width
    or None)`` in the order of the text. A gold width covers a distance when its words hold
    the distance's start and the figures agree. Kept once read: both models use it.
    """
    out = []
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for name in sorted(gold):
        source = (folder / name).read_text(encoding="utf-8")
        text = normalise(source)
        # the sentences the reader gives the model: a telex's lines run on until a stop
        spans = caps_lines_joined(text.norm, sentences(text.norm))
        widths = []
        for w in gold[name]["widths"]:
            at = source.find(w["text"])
            if at >= 0:
                widths.append((at, at + len(w["text"]), w))
        taken: set[int] = set()
        pairs = []
        for m in at_sea(text.norm, measurements(text.norm)):
            a, _ = text.span(m.start, m.end)
            hit = None
            for k, (g_a, g_b, w) in enumerate(widths):
                if (
                    k not in taken
                    and g_a <= a < g_b
                    and _close(m.low_km, w["min_km"])
                    and _close(m.high_km, w["max_km"])
                ):
                    taken.add(k)
                    hit = w
                    break
            pairs.append((m, hit))
        out.append((text, spans, pairs))
    return out


def examples(folder: Path) -> list[tuple[list[str], str | None]]:
    """(features, gold semantics or None) for every distance in a folder's reports."""
    out = []
    for text, spans, pairs in _matched(folder):
        for m, w in pairs:
            sent = next(
                (s for s in spans if s[0] <= m.start < s[1]), (m.start, min(len(text.norm), m.end))
            )
            out.append((features(text.norm, sent, m.start, m.end), w and w["semantics"]))
    return out


def fate_examples(folder: Path) -> list[tuple[list[str], str]]:
    """(features, gold fate) for every gold width the reports' distances match.

    The fate is ``stated`` unless the gold marks the width ``rejected``; then it is the
    gold ``status`` (rejected, dropped or superseded).
    """
    out = []
    for text, spans, pairs in _matched(folder):
        widths = [(m, w) for m, w in pairs if w is not None]
        values = [w["min_km"] for _, w in widths]
        for i, (m, w) in enumerate(widths):
            fate = (w.get("status") or "rejected") if w.get("rejected") else STATED
            feats = fate_features(text.norm, spans, m.start, m.end, report_features(values, i))
            out.append((feats, fate))
    return out


def semantics_examples(folder: Path) -> list[tuple[list[str], str]]:
    """(features, gold semantics) for every width the reader finds where a gold width is.

    The folder's reports are read as a user reads them, with the semantics model left
    out; the features are those it would be shown (the rules' readings of the report's
    other widths included). A width is an example when a gold width covers its figure
    with the same figures (as in :func:`_matched`).
    """
    shown: dict[str, dict[int, list[str]]] = {}
    seen: dict[str, list] = {}

    def record(norm, starts, spans, claims):
        feats = width_features(norm, starts, spans, claims)
        shown[norm] = {claims[i].fields["figure_start"]: f for i, f in feats.items()}
        seen[norm] = claims
        return claims

    kept = document.learned_semantics
    document.learned_semantics = record
    try:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        read_reports([folder / name for name in sorted(gold)])
    finally:
        document.learned_semantics = kept
    out = []
    for text, _, pairs in _matched(folder):
        by_figure = shown.get(text.norm, {})
        for m, w in pairs:
            feats = by_figure.get(text.span(m.start, m.end)[0]) if w is not None else None
            if feats is not None:
                out.append((feats, w["semantics"]))
    return out


def _matrix(rows: list[list[str]], names: list[str]) -> csr_matrix:
    index = {f: i for i, f in enumerate(names)}
    r, c = [], []
    for i, feats in enumerate(rows):
        for f in feats:
            if f in index:
                r.append(i)
                c.append(index[f])
    return csr_matrix((np.ones(len(r)), (r, c)), shape=(len(rows), len(names)))


def _kept(rows: list[list[str]]) -> list[str]:
    """The features seen in at least ``MIN_COUNT`` examples, sorted."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def _r(v: float) -> float:
    return round(float(v), DIGITS)


def _class_weights(fit: LogisticRegression, names: list[str]) -> dict[str, tuple[float, ...]]:
    """Each feature's rounded weight per class of a multinomial fit (all-zero ones left out)."""
    return {
        f: tuple(_r(w) for w in fit.coef_[:, i])
        for i, f in enumerate(names)
        if any(_r(w) for w in fit.coef_[:, i])
    }


def train(folders: list[Path]) -> ContextModel:
    """Fit the detection and semantics models on the distances of these folders' reports."""
    data = [e for folder in folders for e in examples(folder)]
    names = _kept([f for f, _ in data])
    x = _matrix([f for f, _ in data], names)
    y = np.array([label is not None for _, label in data])
    detect = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    widths = [(f, label) for f, label in data if label is not None]
    xs = _matrix([f for f, _ in widths], names)
    sem = LogisticRegression(C=1.0, max_iter=5000).fit(xs, [label for _, label in widths])
    r = _r
    return ContextModel(
        detect_bias=r(detect.intercept_[0]),
        detect_weights={f: r(w) for f, w in zip(names, detect.coef_[0], strict=True) if r(w)},
        classes=tuple(str(c) for c in sem.classes_),
        semantics_bias=tuple(r(b) for b in sem.intercept_),
        semantics_weights=_class_weights(sem, names),
        detect_threshold=DETECT_THRESHOLD,
        semantics_threshold=SEMANTICS_THRESHOLD,
    )


def _multinomial(data: list[tuple[list[str], str]], cls: type, threshold: float):
    """A multinomial logistic regression on (features, label) examples, as a model of ``cls``."""
    names = _kept([f for f, _ in data])
    fit = LogisticRegression(C=1.0, max_iter=5000).fit(
        _matrix([f for f, _ in data], names), [label for _, label in data]
    )
    return cls(
        classes=tuple(str(c) for c in fit.classes_),
        bias=tuple(_r(b) for b in fit.intercept_),
        weights=_class_weights(fit, names),
        threshold=threshold,
    )


def train_fates(folders: list[Path]) -> FateModel:
    """Fit the fate model on the gold widths of these folders' reports."""
    data = [e for folder in folders for e in fate_examples(folder)]
    return _multinomial(data, FateModel, FATE_THRESHOLD)


def train_semantics(folders: list[Path]) -> SemanticsModel:
    """Fit the semantics model on the widths the reader finds in these folders' reports."""
    data = [e for folder in folders for e in semantics_examples(folder)]
    return _multinomial(data, SemanticsModel, WIDE_THRESHOLD)


def inputs_digest(names: list[str] | None = None) -> str:
    """The SHA-256 of what the models are trained on: each folder's reports and gold.

    Parameters
    ----------
    names : list of str, optional
        Folders of ``tests/reports``, in order (default ``TRAINED_ON``).

    Returns
    -------
    str
        Hex digest over each folder's name, its ``gold.json`` and every report the gold
        names (name and bytes), in order. Stored with the models, it tells in a second
        whether they were trained on the folders as they are now; ``--check`` retrains.
    """
    h = hashlib.sha256()
    for name in TRAINED_ON if names is None else names:
        folder = REPORTS / name
        gold = (folder / "gold.json").read_bytes()
        h.update(name.encode() + b"\0" + gold + b"\0")
        for report in sorted(json.loads(gold)):
            h.update(report.encode() + b"\0" + (folder / report).read_bytes() + b"\0")
    return h.hexdigest()


def model_text(model: ContextModel | FateModel | SemanticsModel) -> str:
    """A model as stored: sorted keys, one file the same on every machine."""
    data = {"trained_on": TRAINED_ON, "inputs_sha256": inputs_digest(), **model.to_json()}
    return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"


def differences(a: ContextModel, b: ContextModel, tol: float = 2e-3) -> list[str]:
    """Where two models differ by more than ``tol`` (a weight missing from one counts as 0)."""
    out = []
    if a.classes != b.classes:
        out.append(f"classes {a.classes} and {b.classes}")
    pairs = [("detect bias", a.detect_bias, b.detect_bias)]
    pairs += [
        (f"semantics bias {k}", x, y)
        for k, (x, y) in enumerate(zip(a.semantics_bias, b.semantics_bias, strict=True))
    ]
    for f in sorted(set(a.detect_weights) | set(b.detect_weights)):
        pairs.append((f"detect {f}", a.detect_weights.get(f, 0.0), b.detect_weights.get(f, 0.0)))
    zero = (0.0,) * len(a.classes)
    for f in sorted(set(a.semantics_weights) | set(b.semantics_weights)):
        for k, (x, y) in enumerate(
            zip(a.semantics_weights.get(f, zero), b.semantics_weights.get(f, zero), strict=True)
        ):
            pairs.append((f"semantics {f} {a.classes[k]}", x, y))
    out += [f"{name}: {x} and {y}" for name, x, y in pairs if abs(x - y) > tol]
    return out


def fate_differences(
    a: FateModel | SemanticsModel, b: FateModel | SemanticsModel, tol: float = 2e-3
) -> list[str]:
    """Where two fate (or semantics) models differ by more than ``tol`` (see
    :func:`differences`)."""
    if a.classes != b.classes:
        return [f"classes {a.classes} and {b.classes}"]
    pairs = [(f"fate bias {c}", x, y) for c, x, y in zip(a.classes, a.bias, b.bias, strict=True)]
    zero = (0.0,) * len(a.classes)
    for f in sorted(set(a.weights) | set(b.weights)):
        for c, x, y in zip(a.classes, a.weights.get(f, zero), b.weights.get(f, zero), strict=True):
            pairs.append((f"fate {f} {c}", x, y))
    return [f"{name}: {x} and {y}" for name, x, y in pairs if abs(x - y) > tol]


def leave_out(name: str) -> int:
    """Train without one folder, then score the reader with that model on it (claims_eval)."""
    import claims_eval

    from geozone.claims import learned_semantics

    folders = [REPORTS / n for n in TRAINED_ON if n != name]
    model, fates = train(folders), train_fates(folders)
    document.context_model = lambda: model
    learned_fates.fate_model = lambda: fates
    # the semantics model's examples are read with the two models just trained
    wide = train_semantics(folders)
    learned_semantics.semantics_model = lambda: wide
    print(f"context, fate and semantics models trained without {name}, read on it:")
    return claims_eval.main([str(REPORTS / name)])


def main(argv: list[str]) -> int:
    if "--leave-out" in argv:
        return leave_out(argv[argv.index("--leave-out") + 1])
    folders = [REPORTS / name for name in TRAINED_ON]
    model, fates = train(folders), train_fates(folders)
    if "--write" in argv:
        # the semantics model's examples are read with the context and fate models just fitted
        for out, m in ((OUT, model), (FATE_OUT, fates)):
            _write(out, m)
        document.context_model.cache_clear()
        learned_fates.fate_model.cache_clear()
    wide = train_semantics(folders)
    if "--check" in argv:
        stored = ContextModel.from_json(json.loads(OUT.read_text(encoding="utf-8")))
        stored_fates = FateModel.from_json(json.loads(FATE_OUT.read_text(encoding="utf-8")))
        stored_wide = SemanticsModel.from_json(json.loads(SEMANTICS_OUT.read_text("utf-8")))
        diff = differences(stored, model) + fate_differences(stored_fates, fates)
        diff += fate_differences(stored_wide, wide)
        digest = inputs_digest()
        diff += [
            f"{out.name} was trained on other reports or gold (inputs_sha256)"
            for out in (OUT, FATE_OUT, SEMANTICS_OUT)
            if json.loads(out.read_text(encoding="utf-8")).get("inputs_sha256") != digest
        ]
        if diff:
            print(f"the stored models differ from a fresh training in {len(diff)} numbers, e.g.")
            print("\n".join(diff[:5]))
            return 1
        print("the stored models are the ones these folders give")
        return 0
    if "--write" not in argv:
        print("nothing written: --write stores the models, --check compares them")
        return 2
    _write(SEMANTICS_OUT, wide)
    return 0


def _write(out: Path, model: ContextModel | FateModel | SemanticsModel) -> None:
    text = model_text(model)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({len(text) // 1024} KB)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
