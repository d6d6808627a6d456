"""How far two careful annotators of the same reports agree: the ceiling of the claims benchmark.

Usage: python benchmarks/claims_agreement.py [-v] FOLDER ...

Each folder holds, beside its ``gold.json``, a ``second-annotation.json``:
the same reports annotated again, by another annotator who followed
tests/reports/field-README.md and saw neither the gold nor the reader. The
second annotation is scored against the gold exactly as the reader is
(``claims_eval``: the same matching of widths, figures, deadlines, routes
and report dates, and the same field accuracy on matched widths). Where the
two annotators agree on nearly everything, the gold is a fair measure and
the reader's misses are its own; where they disagree, no reader can score
above their agreement.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import claims_eval
from claims_eval import FIELDS, KINDS, Accuracy, Score

SECOND = "second-annotation.json"
_KIND_KEY = {"width": "widths", "deadline": "deadlines", "route": "routes"}


@dataclass(frozen=True)
class _Annotated:
    """One claim of the second annotation, shaped as the reader's claims are."""

    fields: dict

    def to_json(self) -> dict:
        return self.fields


@dataclass(frozen=True)
class _Report:
    """One report of the second annotation, shaped as the reader's documents are."""

    source: str
    entry: dict

    def of_kind(self, kind: str) -> list[_Annotated]:
        out = []
        for c in self.entry.get(_KIND_KEY[kind], []):
            c = dict(c)
            if kind == "width":
                # the reader's form: a status, and what became of a proposal
                c["status"], c["proposal"] = (
                    "rejected" if c.get("rejected") else "stated",
                    c.get("status"),
                )
            out.append(_Annotated(c))
        return out


def agreement(folder: Path, verbose: bool = False) -> tuple[dict[str, Score], dict[str, Accuracy]]:
    """Scores of the second annotation against the gold of one folder."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    second = json.loads((folder / SECOND).read_text(encoding="utf-8"))
    missing = sorted(set(gold) - set(second))
    if missing:
        raise SystemExit(f"{folder / SECOND}: no annotation of {', '.join(missing)}")
    scores = {k: Score() for k in [*KINDS, "report date"]}
    accuracy = {f: Accuracy() for f in FIELDS}
    for name in sorted(gold):
        g, report = gold[name], _Report(name, second[name])
        claims_eval._fields(g, report, accuracy, verbose)
        claims_eval.score_kinds(g, report, scores, verbose, labels=("second only", "gold only  "))
        if g.get("date") or second[name].get("date"):
            s = scores["report date"]
            same_date = g.get("date") == second[name].get("date")
            s.tp += same_date
            s.fn += bool(g.get("date")) and not same_date
            s.fp += bool(second[name].get("date")) and not same_date
    return scores, accuracy


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if not a.startswith("-")]
    if not folders:
        print(__doc__.split("\n\n")[1])
        return 2
    results, accuracy = {}, {}
    for folder in folders:
        if verbose:
            print(f"{folder}:")
        results[folder.name], accuracy[folder.name] = agreement(folder, verbose)
    print(claims_eval.table(results))
    print()
    print(claims_eval.accuracy_table(accuracy))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
