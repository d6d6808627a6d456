"""Shared shorthand for the claims tests that list made-up texts with the widths they state."""

from __future__ import annotations

import pytest

from geozone.claims import extract, read_texts

U, T, P, D = "unspecified", "total", "per_side", "depth"
S, PR, RJ, DR, SU = "stated", "proposed", "rejected", "dropped", "superseded"

MI, NMI, YD, FT = 1.609344, 1.852, 0.0009144, 0.0003048
"""A statute mile, a nautical mile, a yard and a foot, in km."""


def widths(text: str) -> list[tuple]:
    """The widths read from ``text``: (min km, max km, semantics, status), rounded to metres.

    ``status`` is the ``proposal`` field ("rejected", "dropped",
    "superseded", "proposed") or "stated".
    """
    out = []
    for c in extract(text, "t").of_kind("width"):
        f = c.fields
        status = f.get("proposal") or ("rejected" if f["status"] == "rejected" else "stated")
        out.append((round(f["min_km"], 3), round(f["max_km"], 3), f["semantics"], status))
    return out


def fates(text: str) -> list[tuple]:
    """(min km, max km, status) of each width read from ``text``, as :func:`widths` gives them."""
    return [(lo, hi, status) for lo, hi, _, status in widths(text)]


def fated(expected: list[tuple]) -> list[tuple]:
    """Expected (min km, max km, status) as :func:`fates` gives them: km rounded to metres."""
    return [(round(a, 3), round(b, 3), status) for a, b, status in expected]


def bands(text: str) -> list[bool]:
    """Whether each width read from ``text`` is a band."""
    return [bool(c.fields.get("band")) for c in extract(text, "t").of_kind("width")]


def rounded(expected: list[tuple]) -> list[tuple]:
    """Expected widths as :func:`widths` gives them: km rounded to metres."""
    return [(round(a, 3), round(b, 3), sem, st) for a, b, sem, st in expected]


def width_rows(kinds: dict[str, list[tuple]]) -> list[tuple]:
    """The (text, expected widths) rows of every kind in a table of kinds."""
    return [row for rows in kinds.values() for row in rows]


def references(text: str) -> list[str | None]:
    """The line each width read from ``text`` is measured from (None: not said)."""
    return [c.fields.get("reference") for c in extract(text, "t").of_kind("width")]


def deadlines(text: str, whole: bool = False) -> list[tuple]:
    """(date, relative words) of each deadline read from ``text``.

    ``whole``: read as a report (its own date from its header, for counts
    that need it), not as a passage.
    """
    doc = read_texts([("t.txt", text, ())]).documents[0] if whole else extract(text, "t")
    return [(c.fields["date"], c.fields["relative"]) for c in doc.of_kind("deadline")]


def routes(text: str) -> list[tuple[str, str]]:
    """(from, to) of each route read from ``text``."""
    return [(c.fields["from"], c.fields["to"]) for c in extract(text, "t").of_kind("route")]


def roads(text: str) -> list[str | None]:
    """The named road each route read from ``text`` is a stretch of (None: not one)."""
    return [c.fields.get("road") for c in extract(text, "t").of_kind("route")]


def report_date(text: str) -> str | None:
    """The date a report gives itself (ISO), or None."""
    (doc,) = read_texts([("t.txt", text, ())]).documents
    return doc.date.isoformat() if doc.date else None


def report_deadlines(text: str) -> list[tuple]:
    """:func:`deadlines` of ``text`` read as a whole report."""
    return deadlines(text, whole=True)


def rows_test(rows: list[tuple], read, expect=None):
    """A test that ``read(text) == expect(want)`` on each (text, want) row, a case per row.

    Assign it to a ``test_`` name in a test module: ``test_routes =
    rows_test(ROUTES, routes)``.
    """

    @pytest.mark.parametrize(("text", "want"), rows, ids=[str(r[0])[:30] for r in rows])
    def test(text, want):
        assert read(text) == (want if expect is None else expect(want))

    return test
