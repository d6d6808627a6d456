"""A second opinion learned from the annotated reports on whether a width's figure was given up.

The reading rules tell a figure's fate from the words they know ("was
rejected", "the old 2 km rule", "widened it on Thursday"). Where they see
none, a logistic model (multinomial over ``stated``, ``rejected``,
``dropped`` and ``superseded``) reads a wider context than the rules do and
may overrule them: the words before and after the figure in its sentence,
the sentence before and the sentence after, and where the same figure and
other figures come in the report. When its probability that the figure is
not in force is at least the stored threshold, the width becomes
``rejected`` with the likeliest of the three fates as its ``proposal``, and
its ``proposal_basis`` says that the model decided it. It never takes a
fate away, and it does not speak where the figure's own sentence says the
figure holds ("was agreed", "adopted", "signed", "final", "in force").

The model is trained by ``benchmarks/claims_train.py`` on the annotated
field reports it lists and stored as plain weights in
``data/fate_model.json``; reading needs no learning library.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .claim import Claim
from .learned import Multinomial, around, figure_span, neighbours, stored, window
from .status import ASKED_AFTER, PROPOSAL

MODEL_FILE = "fate_model.json"
LEARNED_FATE = "learned from the words around it and the report's other figures"
"""``proposal_basis`` of a fate the model gave."""
STATED = "stated"
_WORD = re.compile(r"[a-z]+|\d+")
# the figure's own sentence says it holds: "A zone of 5 km was agreed", "the final text sets"
_HOLDS = re.compile(
    r"\b(?:agreed|adopted|accepted|signed|settled|approved|upheld|enacted|ratified|final|in\s+force|"
    # "A 500-foot requirement in the draft was kept by the Board", "the council allows 30 metres"
    r"now\s+in\s+place|(?:was|were|is|are)\s+kept\s+by|retained|allows|permits)\b",
    re.I,
)
# a change made in force before the figure the sentence sets, right before its own figure: "a
# week after the navy cut the limit to 9 nautical miles" (not one asked for: "wanted to cut the
# zone to", "asked that it be cut to")
_MADE_IN_FORCE = re.compile(
    # (told as earlier than the figure the sentence sets: "after", "since"; a change the text
    # goes on to replace, "we extended the zone to two nautical miles", is the model's to read)
    r"\b(?:after|since)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?<!\bto\s)(?<!\bbe\s)\b(?:cut|widened|narrowed|extended|reduced|raised|lowered)\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+)?(?:limit|zone|strip|radius|buffer|cordon|area|distance)\s+"
    r"(?:back\s+|out\s+)?to\s+(?:about\s+|some\s+)?$",
    re.I,
)
# asked for, before the figure, in words the rules leave to the fate: "Fishermen asked to
# shrink the ring to 400 metres"
_ASKED_TO = re.compile(r"\bask(?:ed|s|ing)?\s+to\s+\w+", re.I)
_LEFT, _RIGHT, _NEXT, _PREV = 12, 15, 15, 12


# put forward, said after the figure: "Five kilometres was floated at a defence council"
_PUT_AFTER = re.compile(
    r"\s*(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:\w+\s+)?(?:floated|proposed|"
    r"suggested|put\s+forward|mooted|tabled|raised|offered|sought|requested|demanded)\b",
    re.I,
)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def report_features(values: list[float], i: int) -> list[str]:
    """Where the ``i``-th width's figure stands among the report's widths (in text order).

    Parameters
    ----------
    values : list of float
        The smaller figure of every width of the report, in km, in the order of the text.
    i : int
        The width's index in ``values``.

    Returns
    -------
    list of str
        Feature names: the same figure given later or earlier, another figure later or
        earlier, one figure only.
    """
    v = values[i]
    out = []
    if any(_close(x, v) for x in values[i + 1 :]):
        out.append("D:same_later")
    if any(_close(x, v) for x in values[:i]):
        out.append("D:same_earlier")
    if any(not _close(x, v) for x in values[i + 1 :]):
        out.append("D:other_later")
    if any(not _close(x, v) for x in values[:i]):
        out.append("D:other_earlier")
    if all(_close(x, v) for x in values):
        out.append("D:one_figure")
    return out


def features(
    norm: str, spans: list[tuple[int, int]], start: int, end: int, report: list[str]
) -> list[str]:
    """The features of one width's figure (see the module's docstring).

    Parameters
    ----------
    norm : str
        The report's normalised text.
    spans : list of tuple of int
        The report's sentences (start and end offsets in ``norm``), in order.
    start, end : int
        Offsets of the figure and its unit in ``norm``.
    report : list of str
        The figure's :func:`report_features`.

    Returns
    -------
    list of str
        Feature names, each present once, sorted.
    """
    (s_a, s_b), prev, nxt = around(norm, spans, start, end, _PREV, _NEXT)
    left = _WORD.findall(norm[s_a:start].lower())[-_LEFT:]
    right = _WORD.findall(norm[end:s_b].lower())[:_RIGHT]
    return sorted(window(left, right, near_left=3) | set(report) | neighbours(prev, nxt))


class FateModel(Multinomial):
    """Weights of the multinomial logistic model (see the module's docstring)."""

    def given_up(self, feats: list[str]) -> tuple[str, float] | None:
        """The likeliest fate other than ``stated`` and the probability that the figure is
        not in force, when that probability reaches the threshold; else None."""
        p = self.probabilities(feats)
        gone = 1.0 - p[STATED]
        if gone < self.threshold:
            return None
        return max((c for c in self.classes if c != STATED), key=p.__getitem__), gone


@cache
def fate_model() -> FateModel:
    """The stored model, read once per process."""
    return FateModel.from_json(stored(MODEL_FILE))


def learned_fates(
    norm: str, starts: tuple[int, ...], spans: list[tuple[int, int]], claims: list[Claim]
) -> list[Claim]:
    """The claims, with the fate the model gives to widths the rules left in force.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    starts : tuple of int
        Source offset of each character of ``norm`` (``Text.starts``), to find a
        claim's figure, whose offsets are in the source.
    spans : list of tuple of int
        The report's sentences in ``norm``, as the context model reads them.
    claims : list of Claim
        The report's claims, in the order of the text.

    Returns
    -------
    list of Claim
    """
    model = fate_model()
    widths = [i for i, c in enumerate(claims) if c.kind == "width"]
    widths.sort(key=lambda i: claims[i].fields.get("figure_start", claims[i].start))
    values = [claims[i].fields["min_km"] for i in widths]
    sentence_starts = [s for s, _ in spans]
    out = list(claims)
    for pos, i in enumerate(widths):
        f = claims[i].fields
        if f["status"] == "rejected" or "figure_start" not in f:
            continue
        report = report_features(values, pos)
        a, b = figure_span(starts, f)
        k = bisect.bisect_right(sentence_starts, a) - 1
        lead = norm[spans[k][0] : a] if k >= 0 else ""
        after = norm[b : spans[k][1]] if k >= 0 else ""
        if _HOLDS.search(lead + after) or _MADE_IN_FORCE.search(lead):
            continue
        put = (
            f.get("proposal") == "proposed"
            or PROPOSAL.search(lead)
            or _ASKED_TO.search(lead)
            or ASKED_AFTER.match(after)
            or _PUT_AFTER.match(after)
        )
        if put and "D:other_later" not in report:
            # a proposal is given up only when the report goes on to another figure
            continue
        if not any(
            claims[j].fields["status"] == "stated"
            and claims[j].fields.get("proposal") != "proposed"
            and not _close(claims[j].fields["min_km"], f["min_km"])
            for j in widths
        ):
            # nor is a figure when no other figure of the report is in force
            continue
        told = model.given_up(features(norm, spans, a, b, report))
        if told is None:
            continue
        label, _ = told
        fields = {**f, "status": "rejected", "proposal": label, "proposal_basis": LEARNED_FATE}
        out[i] = Claim("width", fields, claims[i].quote, claims[i].start, claims[i].end)
    return out
