"""Precision and recall of the claims reader on the annotated test reports.

Usage: python benchmarks/claims_eval.py [-v] [--rules-only] [--brief] [FOLDER ...]
       (default: tests/reports/dev, holdout and field-dev; field-holdout only when named;
       --rules-only: without the context, fate and semantics models of
       geozone/claims/learned.py, learned_fates.py and learned_semantics.py;
       --brief: one row per folder: widths, figures, semantics and deadlines)

Each folder holds reports (.txt) and gold.json, the claims a careful reader
finds in them. Each folder is read the way a user would read it: all its
reports at once. Matching, one to one:

- width: same min and max km (to 0.1 %) and same semantics; a proposal the
  text calls rejected must come out flagged as rejected. "figures" ignores
  semantics, to tell finding a width from reading what it measures.
- deadline: same resolved date; when the gold date is null, no date and
  the same words (one contains the other).
- route: the same two places, either order, names compared loosely.
- report date: the report's own date, when the gold gives one.

The field sets (folders named ``field-*``) count the start of a ceasefire,
of patrols or of a rule as a deadline (see tests/reports/field-README.md);
dev and holdout do not, so there the deadlines the reader marks
``"begins": true`` are left out before matching.

A second table scores fields on claims already matched by their figures
(widths) or their two places (routes): the semantics of every matched
width; ``band``, ``status`` (rejected / dropped / superseded / proposed)
and ``reference`` where the gold gives them (field sets); ``road`` on
routes whose gold names one. A reference matches when one name contains
the other, compared loosely ("Tarn-Vessel road" and "Tarn–Vessel road").
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from geozone.claims import read_reports

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests" / "reports" / name for name in ("dev", "holdout", "field-dev")]
FIELDS = ("semantics", "band", "status", "reference", "road")


def _loose(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"\b(?:the|al|el|ar|as|ash|ad)\b|[-'\s]", "", name)
    return name


def _close(a: float | None, b: float | None) -> bool:
    # (an annotation may leave an end it cannot tell blank: "from a few hundred metres to 2
    # km"; a blank end matches only a blank one)
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


@dataclass
class Score:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _match(gold: list, pred: list, same) -> tuple[int, list, list]:
    left = list(pred)
    missed = []
    tp = 0
    for g in gold:
        hit = next((p for p in left if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            tp += 1
    return tp, left, missed


def _width_same(strict: bool):
    def same(g, p):
        ok = _close(g["min_km"], p["min_km"]) and _close(g["max_km"], p["max_km"])
        if strict:
            ok = ok and g["semantics"] == p["semantics"]
            ok = ok and bool(g.get("rejected")) == (p.get("status") == "rejected")
        return ok

    return same


def _deadline_same(g, p):
    if g.get("date"):
        return g["date"] == p.get("date")
    if p.get("date"):
        return False
    a, b = (g.get("relative") or "").lower(), (p.get("relative") or "").lower()
    return bool(a and b) and (a in b or b in a)


def _route_same(g, p):
    return {_loose(g["from"]), _loose(g["to"])} == {_loose(p["from"]), _loose(p["to"])}


KINDS = {
    "width": ("widths", _width_same(True)),
    "figures": ("widths", _width_same(False)),
    "deadline": ("deadlines", _deadline_same),
    "route": ("routes", _route_same),
}


@dataclass
class Accuracy:
    """Right and total of one field on matched claims."""

    right: int = 0
    total: int = 0


def _status(c: dict) -> str:
    if c.get("proposal"):
        return c["proposal"]
    return "rejected" if c.get("status") == "rejected" or c.get("rejected") else "stated"


def _ref_same(g: str, p: str | None) -> bool:
    if not p:
        return False
    a, b = _loose(g), _loose(p)
    return a in b or b in a


def _fields(gold: dict, doc, acc: dict[str, Accuracy], verbose: bool) -> None:
    name = Path(doc.source).name
    pred = [c.to_json() for c in doc.of_kind("width")]
    left = list(pred)
    for g in gold.get("widths", []):
        hit = next((p for p in left if _width_same(False)(g, p)), None)
        if hit is None:
            continue
        left.remove(hit)
        checks = {"semantics": (g["semantics"], hit["semantics"])}
        if "band" in g or hit.get("band"):
            checks["band"] = (bool(g.get("band")), bool(hit.get("band")))
        if "status" in g:
            checks["status"] = (g["status"], _status(hit))
        if g.get("reference"):
            ok = _ref_same(g["reference"], hit.get("reference"))
            checks["reference"] = (g["reference"], g["reference"] if ok else hit.get("reference"))
        for field, (want, got) in checks.items():
            acc[field].total += 1
            acc[field].right += want == got
            if verbose and want != got:
                print(f"  field {field:9} {name}: got {got!r}, want {want!r}  «{_words(g)}»")
    routes = [c.to_json() for c in doc.of_kind("route")]
    for g in gold.get("routes", []):
        if not g.get("road"):
            continue
        hit = next((p for p in routes if _route_same(g, p)), None)
        acc["road"].total += 1
        got = (hit or {}).get("road")
        acc["road"].right += got == g["road"]
        if verbose and got != g["road"]:
            print(f"  field road      {name}: got {got!r}, want {g['road']!r}  «{_words(g)}»")


def _words(c: dict) -> str:
    return " ".join((c.get("text") or c.get("quote") or "").split())[:90]


def score_kinds(
    gold: dict,
    doc,
    scores: dict[str, Score],
    verbose: bool = False,
    begins_left_out: bool = False,
    labels: tuple[str, str] = ("FP", "FN"),
) -> None:
    """Add one report's matches of every kind to ``scores``.

    ``doc`` is anything with ``source`` and ``of_kind(kind)`` giving claims
    with ``to_json()``; ``labels`` name the claims only it has and those
    only the gold has, in the ``verbose`` listing.
    """
    name = Path(doc.source).name
    for kind, (key, same) in KINDS.items():
        pred = [c.to_json() for c in doc.of_kind("width" if kind == "figures" else kind)]
        if kind == "deadline" and begins_left_out:
            pred = [p for p in pred if not p.get("begins")]
        tp, extra, missed = _match(gold.get(key, []), pred, same)
        s = scores[kind]
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + len(extra), s.fn + len(missed)
        if verbose and kind != "figures":
            for e in extra:
                print(f"  {labels[0]} {kind:8} {name}: {_brief(e)}")
            for m in missed:
                print(f"  {labels[1]} {kind:8} {name}: {_brief(m)}")


def evaluate(
    folder: Path, verbose: bool = False, accuracy: dict[str, Accuracy] | None = None
) -> dict[str, Score]:
    """Scores per kind (and for report dates) on one annotated folder.

    ``accuracy``, if given, is filled with the field scores on matched claims.
    """
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    claims = read_reports([folder / name for name in sorted(gold)])
    scores = {k: Score() for k in [*KINDS, "report date"]}
    for doc in claims.documents:
        g = gold[Path(doc.source).name]
        if accuracy is not None:
            _fields(g, doc, accuracy, verbose)
        begins = not folder.name.startswith("field")
        score_kinds(g, doc, scores, verbose, begins_left_out=begins)
        if g.get("date"):
            own = doc.date.isoformat() if doc.date else None
            s = scores["report date"]
            if own == g["date"]:
                s.tp += 1
            else:
                s.fn += 1
                s.fp += own is not None
                if verbose:
                    print(f"  date     {Path(doc.source).name}: got {own}, want {g['date']}")
        elif doc.date is not None and "stated" in (doc.date_basis or ""):
            scores["report date"].fp += 1
    return scores


def _brief(c: dict) -> str:
    keep = (
        "min_km",
        "max_km",
        "semantics",
        "status",
        "rejected",
        "date",
        "relative",
        "what",
        "from",
        "to",
    )
    fields = {k: c[k] for k in keep if k in c}
    words = c.get("text") or c.get("quote") or ""
    return f"{fields}  «{' '.join(words.split())[:110]}»"


def table(results: dict[str, dict[str, Score]]) -> str:
    """A Markdown table of precision and recall per folder and kind."""
    rows = [
        "| set | kind | found | missed | false | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, scores in results.items():
        for kind, s in scores.items():
            figures = f"{s.tp} | {s.fn} | {s.fp} | {s.precision:.2f} | {s.recall:.2f}"
            rows.append(f"| {name} | {kind} | {figures} |")
    return "\n".join(rows)


def accuracy_table(results: dict[str, dict[str, Accuracy]]) -> str:
    """A Markdown table of field accuracy on matched claims."""
    rows = ["| set | field | right | of | accuracy |", "|---|---|---|---|---|"]
    for name, fields in results.items():
        for field, a in fields.items():
            if a.total:
                rows.append(
                    f"| {name} | {field} | {a.right} | {a.total} | {a.right / a.total:.2f} |"
                )
    return "\n".join(rows)


def brief_table(
    results: dict[str, dict[str, Score]], accuracy: dict[str, dict[str, Accuracy]]
) -> str:
    """A Markdown table with one row per folder: the figures a reader of the README needs."""
    rows = [
        "| set | width P / R | figures P / R | semantics | deadline P / R |",
        "|---|---|---|---|---|",
    ]
    for name, scores in results.items():
        cells = [
            f"{scores[k].precision:.2f} / {scores[k].recall:.2f}"
            for k in ("width", "figures", "deadline")
        ]
        sem = accuracy[name]["semantics"]
        cells.insert(2, f"{sem.right / sem.total:.2f}" if sem.total else "")
        rows.append(f"| {name} | {' | '.join(cells)} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    if "--rules-only" in argv:
        # the reader without its models: no distance is shown to the context model, no width
        # to the fate or the semantics model
        from geozone.claims import document

        document._learned_width = lambda *args: None
        document.learned_fates = lambda norm, starts, spans, claims: claims
        document.learned_semantics = lambda norm, starts, spans, claims: claims
    folders = [Path(a) for a in argv if not a.startswith("-")] or DEFAULT
    results, accuracy = {}, {}
    for folder in folders:
        if verbose:
            print(f"{folder}:")
        accuracy[folder.name] = {f: Accuracy() for f in FIELDS}
        results[folder.name] = evaluate(folder, verbose, accuracy[folder.name])
    if "--brief" in argv:
        print(brief_table(results, accuracy))
        return 0
    print(table(results))
    print()
    print(accuracy_table(accuracy))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
