"""One report read into claims: widths, deadlines and routes, each with its quote.

Pure: text in, records out. Offsets (``start``/``end``) are character
offsets into the report's text as decoded, so ``text[start:end] == quote``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .deadlines import document_date, find_deadlines, what_for
from .numbers import Measurement, measurements
from .routes import find_routes
from .text import Text, normalise, sentences
from .widths import conversion_end, read_width

QUOTE_MAX = 300
"""Longest quote (characters): longer sentences are cut to the clause around the claim."""


@dataclass(frozen=True)
class Claim:
    """A stated parameter: its kind, its fields and the words behind it."""

    kind: str
    fields: dict[str, Any]
    quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        """The claim as the JSON object of ``claims`` interface (docs/claims.md)."""
        return {
            "kind": self.kind,
            **self.fields,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Document:
    """A report and the claims read from it."""

    source: str
    date: dt.date | None
    date_basis: str | None
    claims: tuple[Claim, ...]
    notes: tuple[str, ...] = ()
    text: str = field(default="", repr=False)

    def of_kind(self, kind: str) -> list[Claim]:
        """The claims of one kind ("width", "deadline", "route")."""
        return [c for c in self.claims if c.kind == kind]

    def to_json(self) -> dict[str, Any]:
        """The document as the JSON object of ``claims`` interface (docs/claims.md)."""
        return {
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "date_basis": self.date_basis,
            "notes": list(self.notes),
            "claims": [c.to_json() for c in self.claims],
        }


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= pos < b:
            return a, b
    return pos, pos + 1


def _quote(text: Text, sent: tuple[int, int], lo: int, hi: int) -> tuple[str, int, int]:
    """The words of a sentence around ``[lo, hi)``, trimmed, in source offsets."""
    a, b = sent
    norm = text.norm
    if b - a > QUOTE_MAX:
        a2 = max(a, lo - QUOTE_MAX // 2)
        b2 = min(b, hi + QUOTE_MAX // 2)
        while a2 > a and not norm[a2 - 1].isspace():
            a2 -= 1
        while b2 < b and not norm[b2].isspace():
            b2 += 1
        a, b = a2, b2
    while a < b and norm[a] in " \n\"'-*•":
        a += 1
    while b > a and norm[b - 1] in " \n":
        b -= 1
    return text.quote(a, b)


def _width_claims(text: Text, spans: list[tuple[int, int]]) -> list[Claim]:
    norm = text.norm
    found = measurements(norm)
    items: list[tuple[Measurement, int, Measurement | None]] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        end = conversion_end(norm, m, nxt)
        if end is not None:
            skip.add(i + 1)
            items.append((m, end, nxt))
        else:
            items.append((m, m.end, None))
    claims = []
    for m, end, conv in items:
        s_a, s_b = _sentence_of(spans, m.start)
        sentence = norm[s_a:s_b]
        # listed figures ("10, 20 and 25 km") share their unit: they do not bound each other
        inside = [(mm, e) for mm, e, _ in items if s_a <= mm.start < s_b and mm is not m]
        prev_end = max([e - s_a for mm, e in inside if e <= m.start], default=0)
        next_start = min([mm.start - s_a for mm, e in inside if mm.start >= end], default=s_b - s_a)
        reading = read_width(sentence, m.start - s_a, end - s_a, prev_end, next_start)
        if reading is None:
            continue
        quote, q_a, q_b = _quote(text, (s_a, s_b), m.start, end)
        figure, f_a, f_b = text.quote(m.start, m.end)
        fields: dict[str, Any] = {
            "min_km": m.low_km,
            "max_km": m.high_km,
            "semantics": reading.semantics,
            "value": m.value,
            "unit": m.unit,
            "qualifier": reading.qualifier,
            "semantics_words": reading.decided_by,
            "status": reading.status,
            "figure": figure,
            "figure_start": f_a,
            "figure_end": f_b,
        }
        if conv is not None:
            fields["conversion"] = {
                "value": conv.value,
                "unit": conv.unit,
                "min_km": conv.low_km,
                "max_km": conv.high_km,
            }
        claims.append(Claim("width", fields, quote, q_a, q_b))
    return claims


def _deadline_claims(
    text: Text, spans: list[tuple[int, int]], anchor: dt.date | None, basis: str | None
) -> list[Claim]:
    norm = text.norm
    found = find_deadlines(norm, spans, anchor, basis)
    claims = []
    last_what: dict[int, str] = {}
    for k, d in enumerate(found):
        s_a, s_b = _sentence_of(spans, d.start)
        lo = max([x.end for x in found[:k] if s_a <= x.start < s_b], default=s_a)
        hi = min([x.start for x in found[k + 1 :] if s_a <= x.start < s_b], default=s_b)
        segment = norm[lo:hi]
        what = what_for(segment, d.start - lo)
        if what is None:
            # "... by Nov. 15, Agdam by Nov. 20": a list sharing one verb
            what = last_what.get(s_a)
        if what is None:
            continue
        last_what[s_a] = what
        quote, q_a, q_b = _quote(text, (s_a, s_b), d.start, d.end)
        words, w_a, w_b = text.quote(d.start, d.end)
        fields = {
            "date": d.date.isoformat() if d.date else None,
            "relative": d.relative,
            "what": what,
            "words": words,
            "basis": d.basis,
            "words_start": w_a,
            "words_end": w_b,
        }
        claims.append(Claim("deadline", fields, quote, q_a, q_b))
    return claims


def _route_claims(text: Text, spans: list[tuple[int, int]]) -> list[Claim]:
    claims, seen = [], set()
    for r in find_routes(text.norm):
        s_a, s_b = _sentence_of(spans, r.start)
        key = (s_a, frozenset((r.origin.lower(), r.destination.lower())))
        if key in seen:
            continue
        seen.add(key)
        quote, q_a, q_b = _quote(text, (s_a, s_b), r.start, r.end)
        fields = {
            "from": r.origin,
            "to": r.destination,
            "name": r.name,
            "known_route": None,
            "flag": None,
        }
        claims.append(Claim("route", fields, quote, q_a, q_b))
    return claims


def extract(
    source_text: str,
    source: str,
    date: dt.date | None = None,
    date_basis: str | None = None,
    notes: tuple[str, ...] = (),
) -> Document:
    """Read one report's claims.

    Parameters
    ----------
    source_text : str
        The report as decoded.
    source : str
        Its name (a file path) for the record.
    date, date_basis : datetime.date and str, optional
        The report's date, if known from outside its text, and where it
        came from; by default the date the text itself gives.
    notes : tuple of str
        Notes to keep with the document (e.g. how it was decoded).

    Returns
    -------
    Document
    """
    text = normalise(source_text)
    if date is None:
        own = document_date(text.norm)
        date, date_basis = own.date, own.basis
    return extract_text(text, source, date, date_basis, notes)


def extract_text(
    text: Text,
    source: str,
    date: dt.date | None,
    date_basis: str | None,
    notes: tuple[str, ...] = (),
) -> Document:
    """Read the claims of a report already normalised (see :func:`extract`)."""
    spans = sentences(text.norm)
    claims = [
        *_width_claims(text, spans),
        *_deadline_claims(text, spans, date, date_basis),
        *_route_claims(text, spans),
    ]
    claims.sort(key=lambda c: (c.start, ("width", "deadline", "route").index(c.kind)))
    return Document(source, date, date_basis, tuple(claims), notes, text.source)


def plain(words: str) -> str:
    """Collapse whitespace in quoted words for one-line display."""
    return re.sub(r"\s+", " ", words).strip()


__all__ = ["Claim", "Document", "extract", "extract_text", "plain"]
