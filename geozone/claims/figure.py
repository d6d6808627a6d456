"""One figure in its sentence: its words and clause, and what the width rules read of it so far."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .zonewords import _I, _QUALIFIER, _clause

Cue = Any
"""What a rule found: its match, its words, or whether it holds (None or False: not found)."""

NOT_A_WIDTH = ("not a width", None)
"""What a fallback rule gives for a figure it finds is no width after all."""


@dataclass(frozen=True)
class WidthReading:
    """How a measurement was read: semantics, the words that decided, qualifier, status."""

    semantics: str
    decided_by: str | None
    qualifier: str | None
    status: str
    proposal: str | None = None


@dataclass(slots=True)
class Figure:
    """A measurement in its sentence and the cues the width rules read of it, step by step.

    Offsets are within the normalised sentence; the cues stay None until the
    step that reads them has run (see :data:`.widths.STEPS`).
    """

    sentence: str
    m_start: int
    m_end: int
    prev_end: int
    next_start: int
    context: str
    before_all: str
    after: str
    near_before: str
    lead: str
    qual: re.Match[str] | None
    lead_core: str
    reading: WidthReading | None = None
    # the clause around the figure
    c_start: int = 0
    c_stop: int = 0
    clause_before: str = ""
    clause_after: str = ""
    shared: Cue = None
    # what the figure measures, the words that decided, and whether a cue right by it said so
    semantics: str | None = None
    decided: str | None = None
    strong: bool = False
    # the cues the steps read, in the order they run
    within_lead: Cue = None
    near_of: Cue = None
    zone_radius: Cue = None
    keep_away: Cue = None
    point_after: Cue = None
    radius: Cue = None
    weak: Cue = None
    adjectival: Cue = None
    zone_before: Cue = None
    wide_before: str = ""
    withdraw_before: Cue = None
    each_before: Cue = None
    link: Cue = None
    within: Cue = None
    zone_after: Cue = None
    full_again: Cue = None
    proposal_link: Cue = None
    fragment: Cue = None
    asked: Cue = None
    zone_talk: Cue = None
    comparative: Cue = None
    changed: Cue = None
    band: Cue = None
    closer: Cue = None
    setback: Cue = None
    clear: Cue = None
    anchored: bool = False

    @classmethod
    def of(
        cls,
        sentence: str,
        m_start: int,
        m_end: int,
        prev_end: int,
        next_start: int,
        context: str,
    ) -> Figure:
        """The figure at ``m_start:m_end`` with the words before and after it that every step reads.

        Parameters are those of :func:`.widths.read_width`.
        """
        before_all = sentence[prev_end:m_start]
        after = sentence[m_end:next_start]
        # in a list ("10, 20 and 25 km") the words before the first figure apply to all
        before_all = re.sub(
            r"(?:\d+(?:\.\d+)?\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+))+$", "", before_all
        )
        near_before = before_all[-60:]
        lead = near_before
        qual = _QUALIFIER.search(lead)
        if qual:
            lead = lead[: qual.start()]
        lead_core = re.sub(
            # ("reaches out 12 nm": the particle of its verb)
            # ("its zone is normally just 50 metres": how often, said between)
            r"(?:\b(?:a|an|the|of|its|their|to|only|just|merely|still|now|even|out|outwards?|"
            r"normally|usually|typically|generally|currently|already|always)\s*|-\s*)+$",
            "",
            lead,
            flags=_I,
        )
        return cls(
            sentence,
            m_start,
            m_end,
            prev_end,
            next_start,
            context,
            before_all,
            after,
            near_before,
            lead,
            qual,
            lead_core,
        )


def read_clause(f: Figure) -> None:
    """Reads the clause around the figure, and the words of it before and after the figure."""
    f.c_start, f.c_stop = _clause(f.sentence, f.m_start, f.m_end)
    f.clause_before = f.sentence[max(f.c_start, f.prev_end) : f.m_start]
    # "reaches 10 km into A and 5 km into B": the second figure shares the first one's verb
    f.shared = f.prev_end > f.c_start and re.fullmatch(
        r"[^.;,\d]{0,40}?\b(?:and|or)\s+", f.before_all
    )
    if f.shared:
        f.clause_before = f.sentence[f.c_start : f.m_start]
    f.clause_after = f.sentence[f.m_end : min(f.c_stop, f.next_start)]
