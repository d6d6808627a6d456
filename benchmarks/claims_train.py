"""Train the claims reader's context model on the annotated field reports.

Usage: python benchmarks/claims_train.py [--check | --leave-out FOLDER]

Every distance in every report of the folders in ``TRAINED_ON`` becomes one
example: a width when a gold width of its report covers it with the same
figure, otherwise not a width; the widths also carry their gold semantics.
Two logistic regressions (scikit-learn, the ``train`` extra) are fitted on
the features of ``geozone.claims.learned.features`` and their weights are
written to ``geozone/claims/data/context_model.json``. ``--check`` trains
again and fails if a stored weight differs by more than 0.002 (the file
must come from these folders and this script; the margin allows for
another machine's arithmetic). ``--leave-out field-holdout-13`` trains
without that folder and scores the reader with that model on it, as if
the folder were blind to the model (the stored file is left as it is).

The blind sets read after training (field-holdout-14 onwards) are not in
``TRAINED_ON``: a set joins it only after its blind first run is recorded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from geozone.claims.document import caps_lines_joined
from geozone.claims.learned import MODEL_FILE, ContextModel, features
from geozone.claims.numbers import at_sea, measurements
from geozone.claims.text import normalise, sentences

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "reports"
OUT = ROOT / "geozone" / "claims" / "data" / MODEL_FILE
TRAINED_ON = ["field-dev", "field-holdout", *(f"field-holdout-{i}" for i in range(2, 30))]
DETECT_THRESHOLD = 0.85
SEMANTICS_THRESHOLD = 0.7
MIN_COUNT = 2  # a feature seen in fewer examples is left out
DIGITS = 5  # weights are stored rounded, so the file is the same on every machine


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def examples(folder: Path) -> list[tuple[list[str], str | None]]:
    """(features, gold semantics or None) for every distance in a folder's reports."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
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
        for m in at_sea(text.norm, measurements(text.norm)):
            a, _ = text.span(m.start, m.end)
            label = None
            for k, (g_a, g_b, w) in enumerate(widths):
                if (
                    k not in taken
                    and g_a <= a < g_b
                    and _close(m.low_km, w["min_km"])
                    and _close(m.high_km, w["max_km"])
                ):
                    taken.add(k)
                    label = w["semantics"]
                    break
            sent = next(
                (s for s in spans if s[0] <= m.start < s[1]), (m.start, min(len(text.norm), m.end))
            )
            out.append((features(text.norm, sent, m.start, m.end), label))
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


def train(folders: list[Path]) -> ContextModel:
    """Fit both models on the distances of these folders' reports."""
    data = [e for folder in folders for e in examples(folder)]
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    x = _matrix([f for f, _ in data], names)
    y = np.array([label is not None for _, label in data])
    detect = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    widths = [(f, label) for f, label in data if label is not None]
    xs = _matrix([f for f, _ in widths], names)
    sem = LogisticRegression(C=1.0, max_iter=5000).fit(xs, [label for _, label in widths])

    def r(v: float) -> float:
        return round(float(v), DIGITS)

    return ContextModel(
        detect_bias=r(detect.intercept_[0]),
        detect_weights={f: r(w) for f, w in zip(names, detect.coef_[0], strict=True) if r(w)},
        classes=tuple(str(c) for c in sem.classes_),
        semantics_bias=tuple(r(b) for b in sem.intercept_),
        semantics_weights={
            f: tuple(r(w) for w in sem.coef_[:, i])
            for i, f in enumerate(names)
            if any(r(w) for w in sem.coef_[:, i])
        },
        detect_threshold=DETECT_THRESHOLD,
        semantics_threshold=SEMANTICS_THRESHOLD,
    )


def model_text(model: ContextModel) -> str:
    """The model as stored: sorted keys, one file the same on every machine."""
    data = {"trained_on": TRAINED_ON, **model.to_json()}
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


def leave_out(name: str) -> int:
    """Train without one folder, then score the reader with that model on it (claims_eval)."""
    import claims_eval

    from geozone.claims import document

    model = train([REPORTS / n for n in TRAINED_ON if n != name])
    document.context_model = lambda: model
    print(f"context model trained without {name}, read on it:")
    return claims_eval.main([str(REPORTS / name)])


def main(argv: list[str]) -> int:
    if "--leave-out" in argv:
        return leave_out(argv[argv.index("--leave-out") + 1])
    model = train([REPORTS / name for name in TRAINED_ON])
    if "--check" in argv:
        stored = ContextModel.from_json(json.loads(OUT.read_text(encoding="utf-8")))
        diff = differences(stored, model)
        if diff:
            print(f"the stored model differs from a fresh training in {len(diff)} numbers, e.g.")
            print("\n".join(diff[:5]))
            return 1
        print("the stored model is the one these folders give")
        return 0
    text = model_text(model)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
