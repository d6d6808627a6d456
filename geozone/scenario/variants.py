"""A scenario's variants (width × semantics) from the reports' claims, with who stated each.

The scenario's ``[claims]`` table names the reports to read, how to take a
width whose report does not say what it measures (``unspecified``), and
further readings to build every reported width under (for instance the
memorandum's "deep": ``[[claims.reading]] semantics = "depth"``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..claims import ClaimSet, KnownRoute, read_reports
from ..geometry.zones import SEMANTICS


@dataclass(frozen=True)
class Backer:
    """One source behind a variant: a report's words, who said them and when, and how read.

    ``source`` names the document (a report file, an agreement), ``who``
    the person or body quoted, ``date`` when (as written, ideally
    YYYY-MM-DD); any may be empty, but not both source and who.
    """

    source: str
    quote: str
    role: str = ""
    who: str = ""
    date: str = ""

    def text(self) -> str:
        """``source (who, date): "quote" (role)`` for popups, attributes and the summary."""
        role = f" ({self.role})" if self.role else ""
        said = ", ".join(x for x in (self.who, self.date) if x and x != self.source)
        name = f"{self.source} ({said})" if said else self.source
        return f'{name}: "{self.quote}"{role}' if self.quote else f"{name}{role}"


@dataclass(frozen=True)
class ZoneVariant:
    """A width (km) to build under one semantics, and the sources behind it."""

    km: float
    semantics: str
    backing: tuple[Backer, ...] = ()

    @property
    def sources(self) -> str:
        """The sources as one string, joined by `` | ``."""
        return " | ".join(b.text() for b in self.backing)


@dataclass(frozen=True)
class Reading:
    """A further semantics to build every reported width under, and who says so."""

    semantics: str
    source: str
    quote: str


def _plain(words: str) -> str:
    return " ".join(words.split())


def variants_from_claims(
    claims: ClaimSet, unspecified: str, readings: list[Reading]
) -> list[ZoneVariant]:
    """The variants to build: every stated width × semantics, plus the scenario's readings.

    Parameters
    ----------
    claims : ClaimSet
        The reports' claims.
    unspecified : {"total", "per_side", "depth"}
        How to build a width whose report does not say what it measures.
    readings : list of Reading
        Further semantics under which every reported width is also built.

    Returns
    -------
    list of ZoneVariant
        Ordered by semantics (as in ``SEMANTICS``), then width.
    """
    groups: dict[tuple[float, str], list[Backer]] = {}
    figures: dict[float, list[Backer]] = {}
    for v in claims.variants:
        backers = [Backer(b.source, _plain(b.quote), b.role) for b in v.backing]
        figures.setdefault(v.width_km, []).extend(backers)
        if v.semantics == "unspecified":
            note = f"the report does not say what it measures, read as {unspecified}"
            backers = [Backer(b.source, b.quote, f"{b.role}; {note}") for b in backers]
        semantics = unspecified if v.semantics == "unspecified" else v.semantics
        groups.setdefault((v.width_km, semantics), []).extend(backers)
    for reading in readings:
        for km, backers in figures.items():
            target = groups.setdefault((km, reading.semantics), [])
            seen = {(b.source, b.quote) for b in target}
            target.extend(
                Backer(b.source, b.quote, f"{b.role}; read as {reading.semantics}")
                for b in backers
                if (b.source, b.quote) not in seen
            )
            target.append(Backer(reading.source, reading.quote, f"read as {reading.semantics}"))
    out = []
    for (km, semantics), backers in groups.items():
        unique = list(dict.fromkeys(backers))
        out.append(ZoneVariant(km, semantics, tuple(unique)))
    return sorted(out, key=lambda v: (SEMANTICS.index(v.semantics), v.km))


def read_scenario_claims(
    directory: Path,
    reports: list[str],
    date: str | None,
    known_routes: list[KnownRoute],
) -> ClaimSet:
    """Read the reports a scenario names (paths relative to its folder).

    Sources are named relative to the scenario folder's parent's parent
    when the reports live there (``seeds/…`` for ``data/<id>/``), else as
    resolved. The scenario's date dates reports that give none and that no
    other report dates.
    """
    paths = [(directory / r).resolve() for r in reports]
    fallback = dt.date.fromisoformat(date) if date else None
    root = directory.resolve().parent.parent
    return read_reports(paths, fallback=fallback, known_routes=known_routes, relative_to=root)


__all__ = ["Backer", "Reading", "ZoneVariant", "read_scenario_claims", "variants_from_claims"]
