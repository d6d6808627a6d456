"""The times a NOTAM is in force: its B) and C) items.

A notice to airmen gives when it starts and ends as ten-digit date-time
groups, year, month, day, hour and minute in UTC: ``B) 2310160600
C) 2310201800`` is in force from 06:00 on 16 October 2023 to 18:00 on 20
October 2023 (``C) PERM`` or an estimated end, ``EST``, are kept in the
words). Each is a deadline of what the notice's E) item says, the start
counted as the start of a measure, as the field sets count it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# "B) 2310160600", "C) 2310201800 EST": a start or an end of a NOTAM
_ITEM = re.compile(
    r"(?<![\w)])(?P<item>[BC])\)\s*(?P<yy>\d\d)(?P<mo>[01]\d)(?P<dd>[0-3]\d)(?P<hh>[0-2]\d)"
    r"(?P<mi>[0-5]\d)(?P<est>\s*EST)?\b"
)
# the NOTAM's text: its E) item, up to the first full stop, or its next item
_E_ITEM = re.compile(r"(?<![\w)])E\)\s*(?P<what>[^.\n]+(?:\n(?![A-G]\)\s)[^.\n]+)*)")
# a NOTAM's own number line ("B0417/23 NOTAMN"), which begins the next notice
_NEXT_NOTICE = re.compile(r"\b[A-Z]\d{4}/\d\d\s+NOTAM[NRC]\b")


@dataclass(frozen=True)
class NotamTime:
    """A NOTAM's start (B) or end (C), with what it is for (offsets in the normalised text)."""

    start: int
    end: int
    date: dt.date | None
    begins: bool
    what: str


def _what(norm: str, at: int) -> str | None:
    """What the NOTAM whose B) or C) item stands at ``at`` says, from its E) item."""
    nxt = _NEXT_NOTICE.search(norm, at)
    stop = nxt.start() if nxt else len(norm)
    e = _E_ITEM.search(norm, at, stop)
    if e is None:
        return None
    words = re.sub(r"\s+", " ", e.group("what")).strip()
    # (a notice in capitals reads more easily in small letters)
    words = words.lower() if words.isupper() else words
    if len(words) > 120:
        # (a long E) item cut at the last whole word)
        words = words[:120].rsplit(" ", 1)[0]
    return words or None


def notam_times(norm: str) -> list[NotamTime]:
    """Every B) and C) item of the NOTAMs in a normalised text.

    Parameters
    ----------
    norm : str
        Normalised report text.

    Returns
    -------
    list of NotamTime
        In the text's order; ``date`` None when the group names no real day.
    """
    out = []
    for m in _ITEM.finditer(norm):
        what = _what(norm, m.end())
        if what is None:
            continue
        try:
            date = dt.date(2000 + int(m.group("yy")), int(m.group("mo")), int(m.group("dd")))
        except ValueError:
            date = None
        begins = m.group("item") == "B"
        out.append(NotamTime(m.start(), m.end(), date, begins, what if begins else f"{what}: ends"))
    return out
