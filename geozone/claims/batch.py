"""Several reports read together: their dates, claims, variants and disagreements.

Reports of the same event often leave out their own date ("on Monday",
"by October 15"). When a report gives no date but another report read with
it does, and nothing in the first contradicts it (its dateline's month and
day, the weekday it names), that date is used and the record says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from .consolidate import KnownRoute, Variant, disagreements, flag_routes, variants
from .deadlines import MONTHS, WEEKDAYS, DocumentDate, document_date
from .document import Document, extract_text
from .text import decode, normalise

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass(frozen=True)
class ClaimSet:
    """Reports read together and what they state."""

    documents: tuple[Document, ...]
    variants: tuple[Variant, ...]
    disagreements: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The object ``geozone claims --json`` prints (see docs/claims.md)."""
        return {
            "documents": [d.to_json() for d in self.documents],
            "variants": [v.to_json() for v in self.variants],
            "disagreements": list(self.disagreements),
        }

    def to_frame(self):
        """Every claim as one row of a pandas DataFrame.

        Columns: ``source`` and ``date`` (of the report), ``kind``
        (``width``, ``deadline`` or ``route``), then each claim's fields as
        in the JSON (``min_km``, ``max_km``, ``semantics``, ``date``…, with
        a report's date as ``report_date``), ``quote``, ``start`` and ``end``
        (character offsets in the report). Fields a kind lacks are blank.
        """
        import pandas as pd

        rows = []
        for doc in self.documents:
            for claim in doc.claims:
                fields = claim.to_json()
                fields = {k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}
                rows.append(
                    {
                        "source": doc.source,
                        "report_date": doc.date.isoformat() if doc.date else None,
                        **fields,
                    }
                )
        return pd.DataFrame(rows)


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}\b", re.M)
_SAME_EVENT_NAMES = 5


_COMMON = {
    *(m.capitalize() for m in MONTHS),
    *(w.capitalize() for w in WEEKDAYS),
    *[
        "President",
        "Minister",
        "Foreign",
        "Defence",
        "Defense",
        "Army",
        "National",
        "United",
        "Nations",
        "Council",
        "Security",
        "General",
        "Prime",
        "Secretary",
        "Ministry",
        "Government",
        "State",
        "States",
        "News",
        "Press",
        "Agency",
    ],
}


def _names(text: str) -> set[str]:
    """Capitalised words inside sentences (names of people, places, groups)."""
    return set(_NAME.findall(text)) - _COMMON


def _same_event(a: set[str], b: set[str]) -> bool:
    """Whether two reports name enough of the same people and places to be about one event."""
    shared = len(a & b)
    return shared >= _SAME_EVENT_NAMES and shared >= 0.2 * min(len(a), len(b))


def _consistent(own: DocumentDate, date: dt.date) -> bool:
    if own.month_day and own.month_day != (date.month, date.day):
        return False
    return own.weekday is None or own.weekday == date.weekday()


def _date_for(
    own: DocumentDate,
    source: str,
    stated: dict[str, dt.date],
    reference: dt.date | None,
    fallback: dt.date | None,
    related: frozenset[str] | set[str] = frozenset(),
) -> tuple[dt.date | None, str | None]:
    if own.date:
        return own.date, own.basis
    if reference is not None:
        return _from_reference(own, reference, "the given reference date")
    others = {
        d: s for s, d in stated.items() if s != source and s in related and _consistent(own, d)
    }
    if len(set(others)) == 1:
        ((date, other),) = others.items()
        clues = []
        if own.month_day:
            clues.append(f"its dateline {date:%b %d}")
        if own.weekday is not None:
            clues.append(f"'{date:%A}' in its text")
        agree = f", which agrees with {' and '.join(clues)}" if clues else ""
        return date, (
            f"not stated in the report; taken from {Path(other).name}, read with it and "
            f"naming the same people and places{agree}"
        )
    if own.month_day and own.year_hint:
        try:
            date = dt.date(own.year_hint, *own.month_day)
        except ValueError:
            date = None
        if date and _consistent(own, date):
            return date, (
                f"dateline {date:%b %d} without a year; year {own.year_hint} from the report's text"
            )
    # a dateline "CITY, Sept. 1" in a file named "...-2005-news.txt": the year the file is named
    # for, when the text names none and its weekday, if any, agrees (the basis says so)
    named = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", Path(source).stem))
    if own.month_day and own.year_hint is None and len(named) == 1:
        year = int(named.pop())
        try:
            date = dt.date(year, *own.month_day)
        except ValueError:
            date = None
        if date and _consistent(own, date):
            return date, f"dateline {date:%b %d} without a year; year {year} from the file's name"
    if fallback is not None:
        date, basis = _from_reference(own, fallback, "the scenario's date")
        if own.weekday is None or (date and date.weekday() == own.weekday):
            return date, basis
    return None, None


def _from_reference(own: DocumentDate, ref: dt.date, what: str) -> tuple[dt.date | None, str]:
    if own.month_day:
        try:
            date = dt.date(ref.year, *own.month_day)
        except ValueError:
            return ref, f"not stated in the report; {what} {ref}"
        return date, f"dateline {date:%b %d}; year from {what} {ref}"
    return ref, f"not stated in the report; {what} {ref}"


def read_texts(
    items: list[tuple[str, str, tuple[str, ...]]],
    reference: dt.date | None = None,
    known_routes: list[KnownRoute] | None = None,
    fallback: dt.date | None = None,
) -> ClaimSet:
    """Read reports given as text.

    Parameters
    ----------
    items : list of (source, text, notes)
        Each report's name, decoded text and notes on how it was read.
    reference : datetime.date, optional
        Date for reports that do not state their own (their dateline's month
        and day are kept; the year is taken from it).
    known_routes : list of KnownRoute, optional
        Routes to check route claims against; unmatched ones are flagged.
    fallback : datetime.date, optional
        Date for reports that give none and that no other report dates
        (the scenario's date), if nothing in them contradicts it.

    Returns
    -------
    ClaimSet
    """
    texts = {source: normalise(text) for source, text, _ in items}
    owns = {source: document_date(t.norm, t.source) for source, t in texts.items()}
    stated = {s: d.date for s, d in owns.items() if d.date}
    names = {source: _names(text) for source, text, _ in items}
    docs = []
    for source, _, notes in items:
        related = {s for s in stated if _same_event(names[source], names[s])}
        date, basis = _date_for(owns[source], source, stated, reference, fallback, related)
        doc = extract_text(texts[source], source, date, basis, notes)
        if date is None:
            doc = replace(
                doc, date_basis="the report gives no date; relative deadlines are kept as written"
            )
        docs.append(flag_routes(doc, known_routes or []))
    return ClaimSet(tuple(docs), tuple(variants(docs)), tuple(disagreements(docs)))


def report_files(paths: list[str | Path]) -> list[Path]:
    """The report files named by ``paths``: files as given, folders' text files sorted by name.

    Raises
    ------
    InputError
        If a path does not exist or a folder holds no reports.
    """
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                f for f in path.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES
            )
            if not found:
                raise InputError(
                    str(path),
                    "holds no report files (.txt)",
                    "give a folder of .txt reports or the files themselves",
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(
                str(path), "does not exist", "give a report file or a folder of .txt reports"
            )
    if not files:
        raise InputError("reports", "none given", "give at least one report file or folder")
    return list(dict.fromkeys(files))


def read_reports(
    paths: list[str | Path],
    reference: dt.date | None = None,
    known_routes: list[KnownRoute] | None = None,
    relative_to: Path | None = None,
    fallback: dt.date | None = None,
) -> ClaimSet:
    """Read report files and folders (see :func:`read_texts`).

    Parameters
    ----------
    paths : list of str or Path
        Report files, or folders whose ``.txt`` files are read in name order.
    reference, known_routes, fallback
        As for :func:`read_texts`.
    relative_to : Path, optional
        Name sources relative to this folder (default: as given).
    """
    items = []
    for f in report_files(paths):
        try:
            data = f.read_bytes()
        except OSError as exc:
            raise InputError(
                str(f), f"cannot be read ({exc.strerror})", "check the path and its permissions"
            ) from exc
        text, note = decode(data, str(f))
        name = f.as_posix()
        if relative_to is not None:
            with contextlib.suppress(ValueError):
                name = f.resolve().relative_to(relative_to.resolve()).as_posix()
        items.append((name, text, (note,) if note else ()))
    return read_texts(items, reference, known_routes, fallback)


__all__ = ["ClaimSet", "read_reports", "read_texts", "report_files"]
