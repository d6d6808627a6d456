"""Checking a scenario file: every problem at once, each with its line number (pure).

:class:`Problems` collects what is wrong while a scenario is read and
raises one :class:`~geozone.errors.InputError` listing all of it. Each
problem is placed by its TOML path (``("sides", "a", "places")``), looked up
in a map of where each table and key starts in the text (:func:`toml_lines`).
:func:`check_keys` reports unknown tables and keys, with the closest known
name, and the types of the ``[scenario]`` fields.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

from ..errors import InputError

Path_ = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

SCHEMA: dict[str, Any] = {
    "scenario": {
        "id": str,
        "title": str,
        "date": str,
        "country": str,
        "clip": str,
        "tolerance_m": float,
        "description": str,
    },
    "places": "names",
    "line": {"name": str, "note": str, "uncertain": bool, "source": str, "vertices": list},
    "sides": {"*": {"label": str, "toward": str, "source": str, "places": list, "area": dict}},
    "zone": {"side": str, "semantics": list, "cap": str},
    "widths": [{"km": float, "reported_by": list}],
    "claims": {
        "reports": (list, str),
        "unspecified": str,
        "reading": [{"semantics": str, "source": str, "quote": str}],
    },
    "routes": [
        {
            "id": str,
            "name": str,
            "ends": list,
            "source": str,
            "note": str,
            "waypoints": list,
        }
    ],
    "population": "names",
}
"""Tables and keys a scenario may have, with their types (``"names"``: any key)."""

FORMAT = "see data/idlib-2018/scenario.toml for the format"


def _split_dotted(name: str) -> list[str]:
    parts = re.findall(r""""[^"]*"|'[^']*'|[^.]+""", name)
    return [p.strip().strip("\"'") for p in parts]


def toml_lines(text: str) -> dict[Path_, int]:
    """Where each table and key starts in a TOML text.

    Parameters
    ----------
    text : str
        The file's text.

    Returns
    -------
    dict
        Path (table names, array-of-tables indices from 0, key) to line
        number (from 1). Keys inside multi-line strings are not seen.
    """
    found: dict[Path_, int] = {}
    counts: dict[Path_, int] = {}
    table: Path_ = ()
    in_string = False
    for number, line in enumerate(text.splitlines(), 1):
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        header = _HEADER.match(line)
        if header:
            names = tuple(_split_dotted(header.group(2)))
            if header.group(1) == "[[":
                index = counts.get(names, -1) + 1
                counts[names] = index
                table = (*names, index)
                found.setdefault(names, number)
            else:
                table = names
            found.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            found.setdefault((*table, *_split_dotted(key.group(1))), number)
        in_string = quotes % 2 == 1
    return found


class Problems:
    """Collects every problem in a scenario file, to report them all at once.

    Parameters
    ----------
    path : Path
        The scenario file, for the message.
    text : str
        Its text, for line numbers.
    """

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text_lines = text.splitlines()
        self.where = toml_lines(text)
        self.items: list[tuple[int, str]] = []

    def line_of(self, at: Path_ = (), near: str | None = None) -> int | None:
        """The line of the longest known prefix of ``at``, moved on to ``near`` if it follows."""
        line = None
        for n in range(len(at), 0, -1):
            if at[:n] in self.where:
                line = self.where[at[:n]]
                break
        if near is not None:
            start = (line or 1) - 1
            for i in range(start, len(self.text_lines)):
                if i > start and _HEADER.match(self.text_lines[i]):
                    break
                if near in self.text_lines[i]:
                    return i + 1
        return line

    def add(self, message: str, at: Path_ = (), near: str | None = None) -> None:
        """Record a problem at a TOML path (and a text ``near`` it, such as a quoted name)."""
        line = self.line_of(at, near)
        self.items.append((line or 0, f"line {line}: {message}" if line else message))

    def raise_if_any(self) -> None:
        """Raise one InputError listing every problem so far, in file order."""
        if self.items:
            ordered = [text for _, text in sorted(self.items, key=lambda item: item[0])]
            count = f"{len(ordered)} problems: " if len(ordered) > 1 else ""
            fix = "fix them" if len(ordered) > 1 else "fix it"
            raise InputError(str(self.path), count + "; ".join(ordered), f"{fix} ({FORMAT})")


def _type_name(kind: Any) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "a string", float: "a number", bool: "true or false", list: "a list"}
    names |= {dict: "a table"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _fits(value: Any, kind: Any) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    for k in kinds:
        if k is float and isinstance(value, int | float) and not isinstance(value, bool):
            return True
        if k is not float and isinstance(value, k):
            return True
    return False


def _unknown(key: str, known: list[str], where: str, at: Path_, problems: Problems) -> None:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(known)})"
    problems.add(f"{where} has an unknown key '{key}'{hint}", at)


def _check_table(table: dict, schema: dict, where: str, at: Path_, problems: Problems) -> None:
    if "*" in schema:
        for name, sub in table.items():
            if isinstance(sub, dict):
                _check_table(sub, schema["*"], f"[{at[0]}.{name}]", (*at, name), problems)
        return
    for key, value in table.items():
        if key not in schema:
            _unknown(key, list(schema), where, (*at, key), problems)
            continue
        kind = schema[key]
        if isinstance(kind, list):
            if not isinstance(value, list):
                problems.add(f"{where} '{key}' must be a list of tables", (*at, key))
                continue
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    label = f"[[{'.'.join(map(str, (*at, key)))}]] entry {i + 1}"
                    _check_table(item, kind[0], label, (*at, key, i), problems)
        elif isinstance(kind, dict):
            if isinstance(value, dict):
                _check_table(
                    value, kind, f"[{'.'.join(map(str, (*at, key)))}]", (*at, key), problems
                )
        elif kind != "names" and not _fits(value, kind):
            problems.add(
                f"{where} {key} must be {_type_name(kind)}, not {type(value).__name__} {value}",
                (*at, key),
            )


def check_keys(raw: dict, problems: Problems) -> None:
    """Report unknown tables and keys, wrongly typed fields, and a bad id or date.

    Parameters
    ----------
    raw : dict
        The parsed TOML.
    problems : Problems
        Where the problems go.
    """
    for key, value in raw.items():
        if key not in SCHEMA:
            _unknown(key, list(SCHEMA), "the file", (key,), problems)
            continue
        kind = SCHEMA[key]
        if isinstance(kind, list):
            if not isinstance(value, list):
                problems.add(f"[[{key}]] must be written as [[{key}]] tables", (key,))
                continue
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    _check_table(item, kind[0], f"[[{key}]] entry {i + 1}", (key, i), problems)
        elif not isinstance(value, dict):
            problems.add(f"[{key}] must be a table, not {type(value).__name__}", (key,))
        elif isinstance(kind, dict):
            _check_table(value, kind, f"[{key}]", (key,), problems)
    meta = raw.get("scenario")
    if not isinstance(meta, dict):
        return
    sid = meta.get("id")
    if isinstance(sid, str) and not _ID.match(sid):
        problems.add(
            f"[scenario] id {sid!r} must be lower-case letters, digits, - and _ "
            "(it names the output files)",
            ("scenario", "id"),
        )
    date = meta.get("date")
    if isinstance(date, str):
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            problems.add(f"[scenario] date {date!r} must be YYYY-MM-DD", ("scenario", "date"))
    tolerance = meta.get("tolerance_m")
    if _fits(tolerance, float) and not 0.001 <= tolerance <= 100:
        problems.add(
            f"[scenario] tolerance_m {tolerance!r} must be from 0.001 to 100 (metres)",
            ("scenario", "tolerance_m"),
        )
