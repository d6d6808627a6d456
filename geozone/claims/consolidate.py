"""Claims of several reports put together: variants, flagged routes, disagreements."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

from ..sources.gazetteer import normalize
from .document import Claim, Document


@dataclass(frozen=True)
class KnownRoute:
    """A route the scenario knows, by its two ends."""

    id: str
    name: str
    ends: tuple[str, str]


@dataclass(frozen=True)
class Backing:
    """One report's backing for a variant: the claim's words and how the figure was read."""

    source: str
    quote: str
    start: int
    end: int
    role: str

    def to_json(self) -> dict[str, Any]:
        """As a JSON object."""
        return {
            "source": self.source,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "role": self.role,
        }


@dataclass(frozen=True)
class Variant:
    """A width (km) under one semantics, and the reports that stated it."""

    width_km: float
    semantics: str
    backing: tuple[Backing, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The reports behind the variant, once each, in order."""
        return tuple(dict.fromkeys(b.source for b in self.backing))

    def to_json(self) -> dict[str, Any]:
        """As a JSON object."""
        return {
            "width_km": self.width_km,
            "semantics": self.semantics,
            "sources": list(self.sources),
            "backing": [b.to_json() for b in self.backing],
        }


def km_text(lo: float, hi: float) -> str:
    """``"15-20 km"`` or ``"20 km"``."""
    return f"{lo:g} km" if lo == hi else f"{lo:g}-{hi:g} km"


def _short(source: str) -> str:
    return PurePath(source).name


def _role(claim: Claim, figure: float) -> str:
    f = claim.fields
    words = f" ({f['qualifier']})" if f.get("qualifier") else ""
    if f["min_km"] == f["max_km"]:
        return f"stated as {km_text(figure, figure)}{words}"
    end = "lower" if figure == f["min_km"] else "upper"
    return f"{end} end of {km_text(f['min_km'], f['max_km'])}{words}"


def variants(documents: list[Document]) -> list[Variant]:
    """Distinct width figures × semantics, each with the reports that stated it.

    A range ("15-20 km") backs both its ends. Rejected proposals back nothing.
    """
    groups: dict[tuple[float, str], list[Backing]] = defaultdict(list)
    for doc in documents:
        for c in doc.of_kind("width"):
            if c.fields.get("status") == "rejected":
                continue
            for figure in sorted({c.fields["min_km"], c.fields["max_km"]}):
                groups[(figure, c.fields["semantics"])].append(
                    Backing(doc.source, c.quote, c.start, c.end, _role(c, figure))
                )
    order = {"total": 0, "per_side": 1, "depth": 2, "unspecified": 3}
    keys = sorted(groups, key=lambda k: (order.get(k[1], 9), k[0]))
    return [Variant(km, sem, tuple(groups[(km, sem)])) for km, sem in keys]


def flag_routes(doc: Document, known: list[KnownRoute]) -> Document:
    """Mark each route claim with the known route it matches, or flag it."""
    if not known:
        return doc
    by_ends = {frozenset(map(normalize, r.ends)): r for r in known}
    listing = "; ".join(f"{r.id} {r.ends[0]}-{r.ends[1]}" for r in known)
    out = []
    for c in doc.claims:
        if c.kind == "route":
            ends = frozenset((normalize(c.fields["from"]), normalize(c.fields["to"])))
            match = by_ends.get(ends)
            road = c.fields.get("road")
            if match is None and road:
                # a stretch of a named road between two places on it
                match = next((r for r in known if normalize(r.id) == normalize(road)), None)
            fields = dict(c.fields)
            if match:
                fields["known_route"], fields["flag"] = match.id, None
            else:
                fields["known_route"] = None
                fields["flag"] = (
                    f"no known route joins {c.fields['from']} and {c.fields['to']} "
                    f"(known: {listing})"
                )
            c = replace(c, fields=fields)
        out.append(c)
    return replace(doc, claims=tuple(out))


def _who(sources: list[str]) -> str:
    names = list(dict.fromkeys(_short(s) for s in sources))
    return ", ".join(names)


_SEMANTICS_WORDS = {
    "total": "the whole width (total)",
    "per_side": "the width on each side (per_side)",
    "depth": "the depth on one side (depth)",
    "unspecified": "no word for what it measures (unspecified)",
}


def same_zone(claims: list[Claim]) -> set[int]:
    """Indexes of total widths that restate a per-side width of the same passage.

    "8 km on each side of the line, a 16 km zone in all" is one zone: the
    total (2W) adds nothing to the per-side width (W) stated within a few
    hundred characters of it.
    """
    out = set()
    for i, c in enumerate(claims):
        f = c.fields
        if f["semantics"] not in ("total", "unspecified") or f.get("status") == "rejected":
            continue
        for o in claims:
            g = o.fields
            if (
                g["semantics"] == "per_side"
                and g.get("status") != "rejected"
                and abs(2 * g["min_km"] - f["min_km"]) < 1e-6
                and abs(2 * g["max_km"] - f["max_km"]) < 1e-6
                and abs(o.start - c.start) < 400
            ):
                out.add(i)
    return out


def disagreements(documents: list[Document]) -> list[str]:
    """Where the reports disagree, in plain words."""
    notes = []
    widths: dict[str, list[str]] = defaultdict(list)
    sems: dict[str, list[str]] = defaultdict(list)
    rejected = []
    for doc in documents:
        claims = doc.of_kind("width")
        restated = same_zone(claims)
        for i, c in enumerate(claims):
            f = c.fields
            if i in restated:
                continue
            if f.get("status") == "rejected":
                rejected.append(
                    f"{_short(doc.source)} reports {km_text(f['min_km'], f['max_km'])} as rejected"
                )
                continue
            widths[km_text(f["min_km"], f["max_km"])].append(doc.source)
            sems[f["semantics"]].append(doc.source)
    if len(widths) > 1:
        parts = [f"{w} in {_who(s)}" for w, s in widths.items()]
        notes.append("The reports give different widths: " + "; ".join(parts) + ".")
    if len(sems) > 1:
        parts = [f"{_SEMANTICS_WORDS.get(k, k)} in {_who(s)}" for k, s in sems.items()]
        notes.append("They differ on what the width measures: " + "; ".join(parts) + ".")
    deadlines: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for doc in documents:
        for c in doc.of_kind("deadline"):
            if c.fields.get("date"):
                deadlines[c.fields["what"]][c.fields["date"]].append(doc.source)
    for what, dates in deadlines.items():
        if len(dates) > 1:
            parts = [f"{d} in {_who(s)}" for d, s in sorted(dates.items())]
            notes.append(f"They give different dates for '{what}': " + "; ".join(parts) + ".")
    flagged: dict[str, list[str]] = defaultdict(list)
    for doc in documents:
        for c in doc.of_kind("route"):
            if c.fields.get("flag"):
                flagged[c.fields["flag"]].append(doc.source)
    for flag, sources in flagged.items():
        notes.append(f"{_who(sources)}: {flag}.")
    notes.extend(f"{r}." for r in dict.fromkeys(rejected))
    return notes


__all__ = [
    "Backing",
    "KnownRoute",
    "Variant",
    "disagreements",
    "flag_routes",
    "km_text",
    "variants",
]
