"""A second opinion learned from the annotated reports on what a width measures, read wide.

The reading rules, and the context model of :mod:`.learned`, decide what a
width measures from its own sentence. A report often says it elsewhere:
an armistice whose zone lies on both sides of a line says "each Party"
in one article and "no nearer than 12 km to the line" in the next; a
press conference names the zone once and then the offers bare ("we came
down to ten"). A multinomial logistic model over ``total``, ``per_side``,
``depth`` and ``unspecified`` reads

- the words around the figure in its sentence (the context model's
  features),
- the last words of the sentence before and the first of the sentence
  after,
- what the report's other widths measure, as the rules read them (each
  kind present, and the commonest kind other than unspecified),

and overrules the rules when it is at least the stored threshold sure of
another reading. The width's ``semantics_words`` then say that the model
decided it.

The model is trained by ``benchmarks/claims_train.py`` on the widths the
reader finds in the annotated field reports it lists, labelled with their
gold semantics, and stored as plain weights in
``data/semantics_model.json``; reading needs no learning library.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .claim import Claim
from .learned import Multinomial, around, figure_span, neighbours, stored
from .learned import features as sentence_features
from .mentions import AGAIN_WORDS, same_figure
from .prevailing import in_a_headline

MODEL_FILE = "semantics_model.json"
LEARNED_WIDE = "learned from the words around it and what the report's other widths measure"
"""``semantics_words`` of a reading this model made."""
_PREV, _NEXT = 12, 12
# the rules read the figure by the sides it lies on, or by how wide it is across: "on each
# side", "on both banks", "twice the 3 km on each side", "3 km into our territory and 3 km
# into theirs", "300 metres north and 300 metres south of", "500 m wide"
_SIDES = re.compile(
    r"\b(?:each|either|both|twice|per|wide|width|across|diameter|in\s+all|in\s+total|theirs|"
    # "300 metres north and 300 metres south of", "upstream or downstream of"
    r"(?:north|south|east|west|upstream|downstream)\w*\s+(?:of\s+)?(?:and|or)|"
    # "5 km deep on the southern side", "a zone one state sets on its own side of its border",
    # "a further 12 km beyond it", "back from its own present positions", "as the zone the
    # offer is for" (a bare offer read as the zone it bargains over), "a clear 200 yards"
    r"(?:\w+ern|near|far|own|other)\s+(?:side|bank|flank)s?|beyond|further|back\s+from|"
    # "3 km north of the river": a reach on one named side
    r"(?:north|south|east|west)(?:ern|wards?)?\s+of|"
    # "a gap of 1 metre from any parking bay in front of it and behind it"
    r"as\s+the\s+zone|clear|behind\s+(?:it|them)|"
    # "between the edge of the buffer zone and a line 10 miles from the boundary": a band
    # counted out from a zone, which measures what the zone measures
    r"between\s+the\s+(?:outer\s+)?edge\s+of)\b",
    re.I,
)


# "within 100 metres of the tunnel alignment on either side": the figure's own clause says it
# lies on both sides of what it is counted from
_SIDES_AFTER = re.compile(
    r"[^.;:!?]{0,50}?\b(?:on|to)\s+(?:either|each|both)\s+(?:sides?|banks?)\b", re.I
)


# "a 500-foot requirement", "the 1.5-metre rule", "the four-foot minimum": a rule named by its
# figure, which the field gold reads as the rules read it (205 of its 234 such mentions are
# depths, as most of their reports' widths)
_RULE_BY_FIGURE = re.compile(
    r"\s*-?\s*(?:[\w'-]+\s+)?(?:requirements?|rules?|minimums?|standards?)\b", re.I
)


def _rule_by_figure(norm: str, starts: tuple[int, ...], f: dict) -> bool:
    """Whether a width's figure names a rule by itself ("a 500-foot requirement")."""
    return bool(_RULE_BY_FIGURE.match(norm, figure_span(starts, f)[1]))


def _sides_after(norm: str, starts: tuple[int, ...], f: dict) -> bool:
    """Whether the words right after a width's figure say it lies on each side of its line."""
    return f["semantics"] == "per_side" and bool(
        _SIDES_AFTER.match(norm, figure_span(starts, f)[1])
    )


class SemanticsModel(Multinomial):
    """Weights of the multinomial logistic model (see the module's docstring)."""

    def reading(self, feats: list[str]) -> tuple[str, float] | None:
        """The likeliest semantics and its probability, when it reaches the threshold."""
        p = self.probabilities(feats)
        label = max(self.classes, key=p.__getitem__)
        return (label, p[label]) if p[label] >= self.threshold else None


def report_features(others: list[str]) -> list[str]:
    """What the report's other widths measure, as features.

    Parameters
    ----------
    others : list of str
        The semantics of every other width of the report, as the rules read them.

    Returns
    -------
    list of str
        ``O:<kind>`` for each kind present, and ``OM:<kind>`` for the commonest kind
        other than unspecified (the first in text order on a tie).
    """
    out = sorted({"O:" + s for s in others})
    told = Counter(s for s in others if s != "unspecified")
    if told:
        out.append("OM:" + max(told, key=told.__getitem__))
    return out


def features(
    norm: str, spans: list[tuple[int, int]], start: int, end: int, report: list[str]
) -> list[str]:
    """The features of one width's figure (see the module's docstring).

    The parameters are those of :func:`.learned_fates.features` (offsets in ``norm``),
    with ``report`` from this module's :func:`report_features`; the names come back
    sorted, each once.
    """
    sentence, prev, nxt = around(norm, spans, start, end, _PREV, _NEXT)
    out = set(sentence_features(norm, sentence, start, end)) | set(report)
    return sorted(out | neighbours(prev, nxt))


@cache
def semantics_model() -> SemanticsModel:
    """The stored model, read once per process."""
    return SemanticsModel.from_json(stored(MODEL_FILE))


def width_features(
    norm: str, starts: tuple[int, ...], spans: list[tuple[int, int]], claims: list[Claim]
) -> dict[int, list[str]]:
    """The features of each width of a report that has its figure's offsets, by its index.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    starts : tuple of int
        Source offset of each character of ``norm`` (``Text.starts``), to find a
        claim's figure, whose offsets are in the source.
    spans : list of tuple of int
        The report's sentences in ``norm``.
    claims : list of Claim
        The report's claims.

    Returns
    -------
    dict of int to list of str
    """
    widths = [i for i, c in enumerate(claims) if c.kind == "width"]
    out = {}
    for i in widths:
        f = claims[i].fields
        if "figure_start" not in f:
            continue
        others = [claims[j].fields["semantics"] for j in widths if j != i]
        a, b = figure_span(starts, f)
        out[i] = features(norm, spans, a, b, report_features(others))
    return out


def _paired(claims: list[Claim], i: int) -> bool:
    """Whether a width is half or twice another of its sentence, one per side and one total
    ("a distance of 3 km, that is 1.5 km on each side")."""
    f = claims[i].fields
    for o in claims:
        g = o.fields
        if (
            o is claims[i]
            or o.kind != "width"
            or (o.start, o.end) != (claims[i].start, claims[i].end)
        ):
            continue
        pair = {f["semantics"], g["semantics"]} == {"per_side", "total"}
        if pair and any(
            abs(2 * a - b) < 1e-9
            for a, b in ((f["min_km"], g["min_km"]), (g["min_km"], f["min_km"]))
        ):
            return True
    return False


def learned_semantics(
    norm: str, starts: tuple[int, ...], spans: list[tuple[int, int]], claims: list[Claim]
) -> list[Claim]:
    """The claims, with what the model says a width measures where it is sure of another reading.

    The model is not asked about a width when the report has no other width that says
    what it measures (it would read one sentence, as the context model already has),
    when the rules read it by the sides it lies on, by how wide it is across, by the
    zone it lies beyond or back from, or as the zone an offer is for, when it is one
    of a per-side and total pair of its sentence, when its figure names a rule by
    itself ("a 500-foot requirement"), when it lies in the report's headline, or
    when the rules read it as an earlier mention of its figure ("a zone 26 km
    wide ... A 26 km zone would have cut the valley in two"): a zone named again
    measures what it measured when it was first told, and follows that mention
    when the model reads the mention otherwise. Over the three spans of sets
    read with models trained without them (see ``docs/claims.md``) the two
    gained 18 whole widths and removed 18 false ones.

    Parameters
    ----------
    norm, starts, spans, claims
        As for :func:`width_features`.

    Returns
    -------
    list of Claim
        The claims in the same order; a width the model reads otherwise has its new
        ``semantics`` and ``semantics_words`` set to :data:`LEARNED_WIDE`, and its
        re-mentions take the new ``semantics``.
    """
    model = semantics_model()
    out = list(claims)
    for i, feats in width_features(norm, starts, spans, claims).items():
        c = claims[i]
        f = c.fields
        if (
            not any(x.startswith("OM:") for x in feats)
            or _SIDES.search(f.get("semantics_words") or "")
            or _paired(claims, i)
            or _sides_after(norm, starts, f)
            or _rule_by_figure(norm, starts, f)
            # ("ICELAND'S TWELVE-MILE LIMIT IN FORCE": a headline's figure says only itself)
            or in_a_headline(norm, figure_span(starts, f)[0])
            # a zone named again reads as its earlier mention, as the gold reads it
            or (f.get("semantics_words") or "").startswith(AGAIN_WORDS)
        ):
            continue
        told = model.reading(feats)
        if told is None or told[0] == c.fields["semantics"]:
            continue
        fields = {**c.fields, "semantics": told[0], "semantics_words": LEARNED_WIDE}
        out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return _again_as_changed(claims, out)


def _again_as_changed(before: list[Claim], after: list[Claim]) -> list[Claim]:
    """Re-mentions follow their earlier mention where the model read that one otherwise.

    A width the rules read as an earlier mention of its figure took that
    mention's semantics before the model was asked; when the model changes
    the earlier mention's reading (the last earlier width of the figure that
    says what it measures), the re-mention takes the new reading too, so one
    zone is not read two ways.
    """
    out = list(after)
    for i, c in enumerate(out):
        f = c.fields
        if c.kind != "width" or not (f.get("semantics_words") or "").startswith(AGAIN_WORDS):
            continue
        earlier = [
            j
            for j in range(i)
            if out[j].kind == "width"
            and out[j].fields["semantics"] != "unspecified"
            and same_figure(out[j].fields, f)
        ]
        if not earlier or out[earlier[-1]] is before[earlier[-1]]:
            continue
        told = out[earlier[-1]].fields["semantics"]
        if told != f["semantics"]:
            out[i] = Claim(c.kind, {**f, "semantics": told}, c.quote, c.start, c.end)
    return out
