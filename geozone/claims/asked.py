"""A figure only asked for or offered, and refused, keeps no measure the report did not give it.

Negotiation narratives name the figures each side put forward bare: "the
coastguard argued for ten kilometres", "they asked for half a kilometre",
"we then offered three nautical miles", "Cllr Haskett moved that the buffer
be 300 metres", "we looked at 1 km", "turned down the mayors' 7 km". Nothing
in such words says how the figure is measured, and the field conventions
keep it ``unspecified`` (a figure and a noun, or a figure alone). The rules,
the prevailing reading of the report and the two learned models may still
have given it the measure of the zone it was offered for; for a refused
figure this pass takes that back.

A zone the learned models read and that is offered only by its noun and
figure ("a buffer of 10 km", "a 400-metre perimeter") is taken back the
same way.

A figure offered as a change of the zone itself ("asked that it be doubled
to 3 km", "proposed extending Zone B to 2 km") is not asked for bare and
keeps its reading, and so does one whose own words say how it lies
("asked for a radius of 150 miles", "a buffer of 10 km around the farm",
"a minimum distance of 2 km between turbines and homes"). Only readings
made from outside the figure's own words are taken back: the prevailing
reading of the report, a figure read in the terms of the one before it,
an offer read as the zone it is for, and the two learned models.
"""

from __future__ import annotations

import re

from .claim import Claim
from .learned import LEARNED, figure_span
from .learned_semantics import LEARNED_WIDE
from .zonewords import ZONE_NOUN, named_by

ASKED_BARE = "asked for or offered by its figure alone: nothing says how it is measured"
"""``semantics_words`` of a figure this pass leaves unspecified."""

# a verb of the talks right before the figure: "asked (us) for", "wanted", "argued for",
# "offered", "accept", "spoke of", "moved that the buffer be"
_ASKED = re.compile(
    r"(?:\b(?:asked|asking|asks|ask)\s+(?:(?:us|them|him|her|me|again)\s+)?for|"
    r"\b(?:wanted|wants|argued\s+for|urged|proposed|suggested|offered|offering|"
    r"accept|demanded|demand\s+for|sought|spoke\s+of|talked\s+of|pressed\s+for|pushed\s+for|"
    r"held\s+out\s+for|insisted\s+on|settle\s+for|called\s+for|favoured|favored|"
    # "we looked at 1 km", "I said no to 500 metres", "The mayor talked about 3 km"
    r"looked\s+at|said\s+no\s+to|talked\s+about|spoke\s+about|turned\s+down|ruled\s+out|"
    r"came\s+(?:down|up|back)\s+(?:to|with)|went\s+(?:down|up)\s+to|countered\s+with|"
    # "wanted us down to 50 yards"
    r"wanted\s+(?:us|them|it|him|her)\s+(?:down|up|back)\s+to)|"
    # "Our own draft in January said two kilometres"
    r"\b(?:draft|paper|proposal|plan|bill)\b[^.;:\d]{0,30}?\b(?:said|spoke\s+of)|"
    r"\bmoved\s+that\s+[^.;:]{0,40}?\bbe|"
    # "put forward three miles", "campaigned all summer for 300 metres", "could not accept
    # three kilometres", "declines to order 500 yards"
    r"\bput\s+forward|\bcampaign(?:ed|s)?\s+(?:\w+\s+){0,3}?for|"
    # "a counter-offer of 2 km", "the Veltrian counter-proposal of one nautical mile"
    r"\bcounter-?\s?(?:offer|proposal|demand|bid)\s+of|"
    r"\b(?:could|would|can|will|did)\s*(?:not|n't)\s+accept|\bdeclin(?:es|ed)\s+to\s+"
    r"(?:order|grant|impose|set))\s+"
    # "asked for a distance of 500 yards", "asked for a limit of 50 metres"
    r"(?:(?:a|an)\s+(?:[\w'-]+\s+)?(?:distance|limit|buffer|zone|strip|setback|stand-?off)\s+"
    r"of\s+)?"
    # "turned down the mayors' 7 km", "ruled out Orlen's 2 km": whose figure it was
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?[\w-]+(?:'s|s'|’s|s’)\s+)?"
    r"(?:(?:only|just|some|about|first|originally|initially|at\s+least|at\s+most|"
    r"nothing\s+less\s+than|no\s+more\s+than|a\s+mere)\s+)*$",
    re.I,
)
# "put one and a half kilometres on the table"
_ON_THE_TABLE = re.compile(r"\s+on\s+the\s+table\b", re.I)
_PUT = re.compile(r"\bput\s+$", re.I)
# a zone offered by its noun and figure, with nothing after it that says how it lies: "a
# buffer of 10 km", "a 400-metre perimeter", "an access area of 150 m"
_FIGURE_NOUN, _NOUN_FIGURE = named_by(ZONE_NOUN, words_between=2)
_AN = re.compile(r"\b(?:an?|their|its|his|her)\s+(?:[\w'-]+\s+){0,2}?$", re.I)
# words after a figure that say how it lies ("a buffer of 10 km around the farm")
_MEASURED = re.compile(
    r"^[^.;:!?]{0,40}?\b(?:around|round|from|of\s+the|of\s+any|of\s+each|off|within|inside|"
    r"beyond|radius|circle|(?:on\s+|to\s+)?(?:each|either|both)\s+(?:sides?|banks?|ways?)|wide|"
    r"deep|across|into|along|between|sides?|banks?|"
    r"flanks?|(?:north|south|east|west)(?:ern)?)\b",
    re.I,
)
# readings a pass or a model made from outside the figure's own words
_INFERRED = ("as most of the report's widths measure", "in the terms of the", "as the zone")


# "as 100 yards before it (the same verb)": read in the terms of the figure before it (not "(the
# same verb and line)", whose line says how it lies)
_AS_BEFORE = re.compile(r"^as\s+.{1,40}\bbefore\s+it\b(?!.*\bline\b)")


def _inferred(words: str | None) -> bool:
    words = words or ""
    return (
        words in (LEARNED, LEARNED_WIDE)
        or words.startswith(_INFERRED)
        or bool(_AS_BEFORE.match(words))
    )


def asked_left_bare(norm: str, starts: tuple[int, ...], claims: list[Claim]) -> list[Claim]:
    """The claims, with a refused figure asked for or offered bare read as ``unspecified``.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    starts : tuple of int
        Source offset of each character of ``norm`` (``Text.starts``), to find a
        claim's figure, whose offsets are in the source.
    claims : list of Claim
        The report's claims, in reading order.

    Returns
    -------
    list of Claim
        The claims in the same order; a refused width whose measure was inferred and
        whose own words only ask for it or offer it (see the module's docstring) has
        ``semantics`` ``unspecified`` and ``semantics_words`` :data:`ASKED_BARE`.
    """
    out = list(claims)
    for i, c in enumerate(claims):
        f = c.fields
        if (
            c.kind != "width"
            or f.get("status") != "rejected"
            or f["semantics"] == "unspecified"
            or "figure_start" not in f
            or not _inferred(f.get("semantics_words"))
        ):
            continue
        a, b = figure_span(starts, f)
        lead, trail = norm[max(0, a - 80) : a], norm[b : b + 60]
        asked = _ASKED.search(lead) or (_PUT.search(lead) and _ON_THE_TABLE.match(trail))
        rest = trail
        if not asked and f.get("semantics_words") in (LEARNED, LEARNED_WIDE):
            # a determiner before the zone's noun, or before the figure the noun follows
            before = _NOUN_FIGURE.search(lead)
            noun = _FIGURE_NOUN.match(trail) if _AN.search(lead) else None
            asked = bool(noun or (before and _AN.search(lead[: before.start()])))
            rest = trail[noun.end() :] if noun else trail
        if asked and not _MEASURED.match(rest):
            fields = {**f, "semantics": "unspecified", "semantics_words": ASKED_BARE}
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out
