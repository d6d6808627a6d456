"""Plain-text tables in reports: the cells of the column under a given heading.

Two layouts are read: cells between bars (``C-1 | Belcaro - Hesk | 12 Oct``) and cells
aligned under their headings with runs of spaces (``A   Hollin to the ferry   19 Feb``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_RULE = re.compile(r"\s*[+=:|-]{3,}[\s+=:|-]*")
# a heading cell in an aligned table: words parted by single spaces, cells by two or more
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def column_cells(norm: str, heading: str) -> Iterator[tuple[int, str, str]]:
    """(start, text, heading) of each cell in the column whose heading fully matches ``heading``.

    Parameters
    ----------
    norm : str
        Normalised report text.
    heading : str
        A regular expression (case-insensitive) for the column's heading cell.

    Rows are the lines under the heading up to the first blank line (rules of dashes
    skipped). A bar table's cells are split at its bars; an aligned table's cell is the part
    of the row between its column's start and the next heading's start, when the row has a
    gap of two spaces at both edges.
    """
    lines = list(re.finditer(r"(?m)^.*$", norm))
    head = re.compile(rf"(?i)(?:{heading})")
    k = 0
    while k < len(lines):
        line = lines[k].group()
        k += 1
        if "|" in line:
            cells = [c.strip() for c in line.split("|")]
            col = next((i for i, c in enumerate(cells) if head.fullmatch(c)), None)
            if col is None or len(cells) < 2:
                continue
            while k < len(lines) and ("|" in lines[k].group() or _RULE.fullmatch(lines[k].group())):
                row = lines[k]
                k += 1
                parts = row.group().split("|")
                if len(parts) <= col or not parts[col].strip():
                    continue
                cell = parts[col].strip()
                yield (
                    row.start() + sum(len(p) + 1 for p in parts[:col]) + parts[col].find(cell),
                    cell,
                    cells[col],
                )
            continue
        heads = [m for m in _ALIGNED_CELL.finditer(line) if "  " not in m.group()]
        if len(heads) < 3 or not re.search(r"\S {2,}\S", line):
            continue
        col = next((i for i, m in enumerate(heads) if head.fullmatch(m.group())), None)
        if col is None:
            continue
        left = heads[col].start()
        right = heads[col + 1].start() if col + 1 < len(heads) else None
        while k < len(lines) and lines[k].group().strip():
            row = lines[k]
            k += 1
            text = row.group()
            if _RULE.fullmatch(text):
                continue
            # the cell must stand clear of its neighbours: two spaces (or the line's edge)
            # on each side of its slice
            if left > 0 and text[max(0, left - 2) : left].strip():
                continue
            if right is not None and text[right - 2 : right].strip():
                continue
            piece = text[left:right]
            cell = piece.strip()
            if cell:
                yield row.start() + left + piece.find(cell), cell, heads[col].group()


__all__ = ["column_cells"]
