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

The same holds for a refused figure whose clause puts it forward in other
words: a request, proposal, recommendation, amendment, plan or position
before it ("The operator's request to reduce the zone to 300 metres was
refused", "Our first recommendation was 30 kilometres", "asked that it be
doubled to 3 km"), or words after it ("the five-mile strip recommended by
the Defence Force", "put 20 kilometres to public consultation"). A refused
figure named again takes the measure an earlier mention of it gave in its
own words, or none ("Thirty kilometres was never workable").

A change of the zone made in force and replaced later ("the fire officer
widened it to 8 km") keeps its reading, and so does a figure whose own
words say how it lies
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
from .mentions import AGAIN_WORDS, same_figure
from .status import SIDE_OWN
from .zonewords import ZONE_NOUN, named_by

ASKED_BARE = "asked for or offered by its figure alone: nothing says how it is measured"
"""``semantics_words`` of a figure this pass leaves unspecified."""
NAMED_BACK_BARE = "named back to a figure given up that no mention said how to measure"
"""``semantics_words`` of a refused figure named again that this pass leaves unspecified."""

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
    r"^[^.;:!?]{0,40}?\b(?:a?round(?!\s+of\b)|from|of\s+the|of\s+any|of\s+each|off|within|inside|"
    r"beyond|radius|circle|(?:on\s+|to\s+)?(?:each|either|both)\s+(?:sides?|banks?|ways?)|wide|"
    r"deep|across|into|along|between|sides?|banks?|"
    r"flanks?|(?:north|south|east|west)(?:ern)?|below|above|downstream|upstream|downwind|back|"
    r"away|seaward|inland|offshore|out\s+to|all\s+round|in\s+every\s+direction|ring)\b",
    re.I,
)
# the words of a figure's own phrase after it, up to the next clause
_OWN_PHRASE_END = re.compile(
    r"[.;:!?,]|\s(?:was|were|is|are|would|will|could|had|has|have|but|and|because|which|so|that|"
    r"if|when)\b",
    re.I,
)
# a reading taken from the zone the figure changes ("as the figure it changed", "as the zone
# changed", "evacuation zone to")
_CHANGED = re.compile(
    r"\bchanged$|\b(?:zone|strip|belt|buffer|area|cordon|perimeter|corridor|limit|distance)s?\s+"
    r"(?:to|at)$",
    re.I,
)
# a figure put forward, in the sentence before it
_PUT_FORWARD = re.compile(
    r"\b(?:ask\w*|request\w*|propos\w*|suggest\w*|recommend\w*|offer\w*|demand\w*|wanted|"
    r"wants|urg\w*|sought|seek\w*|(?:call|press|push)\w*\s+for|argu\w*|amendment|motion|moved|"
    r"plan|draft|idea|option|bid|counter-?\w+|invit\w*|petition\w*|campaign\w*|lobb\w*|floated|"
    r"consider\w*|looked\s+at|consultation|position|insist\w*|"
    # "had pleaded for the area to be cut to 5 km", "The operator's application to reduce the
    # Zone to 250 yards", "The bill as passed by the House had set the distance at 500 feet"
    r"plead\w*|pleas?|applications?|appl(?:y|ied|ies|ying)\s+for|bills?|"
    # "The opposition says you should have cleared ten kilometres"
    r"should\s+have)\b",
    re.I,
)
# the noun after a figure that names it as put forward: "the 5-mile idea", "their 2 km offer"
_FORWARD_NOUN = re.compile(
    r"\s*-?\s*(?:(?:[\w'-]+\s+)?(?:proposal|idea|plan|offer|request|option|demand|bid|"
    r"suggestion|recommendation|amendment|motion)s?)\b",
    re.I,
)
# "put 20 kilometres to public consultation", "put 2 km on the table"
_TABLED = re.compile(r"\s+(?:to\s+(?:public\s+)?consultation|on\s+the\s+table)\b", re.I)
# a figure's own words before it: "within 1 km of", "a radius of 2 km", "close the area out to"
_WITHIN = re.compile(
    r"\b(?:within|radius\s+of|out\s+to)\s+(?:(?:a|an|the|some|about|only)\s+)?$", re.I
)
_MODELS = (LEARNED, LEARNED_WIDE)
# a reading taken from a later mention of the same figure
_LATER = "as the later mention of"
# readings a pass or a model made from outside the figure's own words
_INFERRED = ("as most of the report's widths measure", "in the terms of the", "as the zone")


# "as 100 yards before it (the same verb)": read in the terms of the figure before it (not "(the
# same verb and line)", whose line says how it lies)
_AS_BEFORE = re.compile(r"^as\s+.{1,40}\bbefore\s+it\b(?!.*\bline\b)")


# a reading taken from a word of the sentence that names whom a zone moves, not from the
# figure's own phrase: "asked that the evacuation be extended to 5 km", "asked for a clear 300
# yards" (what it is for, not how it is measured)
_WHOM_MOVED = re.compile(
    r"evacuat\w*|residents?|inhabitants|population|people|citizens|movement|clear(?:ed|ing|ance)?",
    re.I,
)


def _inferred(words: str | None) -> bool:
    words = words or ""
    return (
        words in (LEARNED, LEARNED_WIDE)
        or bool(_WHOM_MOVED.fullmatch(words))
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
        ``semantics`` ``unspecified`` and ``semantics_words`` :data:`ASKED_BARE`; a
        refused figure named again takes the measure an earlier mention of it gave in
        its own words, or none (:data:`NAMED_BACK_BARE`).
    """
    out = list(claims)
    # per claim: its measure comes from its own words (or from a mention that did)
    own = [False] * len(claims)
    for i, c in enumerate(claims):
        f = c.fields
        if c.kind != "width" or "figure_start" not in f:
            continue
        words = f.get("semantics_words") or ""
        a, b = figure_span(starts, f)
        lead, trail = norm[max(0, a - 80) : a], norm[b : b + 60]
        own_phrase = _OWN_PHRASE_END.split(trail[:40], maxsplit=1)[0]
        said = bool(_MEASURED.match(own_phrase) or _WITHIN.search(lead))
        inferred = _inferred(words) or _CHANGED.search(words) or words.startswith(_LATER)
        own[i] = f["semantics"] != "unspecified" and (not inferred or said)
        earlier = [j for j in range(i) if out[j].kind == "width" and same_figure(out[j].fields, f)]
        if words.startswith(AGAIN_WORDS):
            own[i] = any(own[j] for j in earlier)
        if f.get("status") != "rejected" or own[i]:
            continue
        if earlier and (words.startswith(AGAIN_WORDS) or not words or words in _MODELS or inferred):
            # "Thirty kilometres was never workable", after "The Authority's first
            # recommendation was 30 kilometres": named back, it takes the measure an earlier
            # mention gave in its own words, else none
            told = [j for j in earlier if own[j]]
            if told:
                own[i] = True
                semantics = out[told[-1]].fields["semantics"]
                figure = " ".join(str(out[told[-1]].fields.get("figure") or "").split())
                words = f"{AGAIN_WORDS} {figure}".rstrip()
                fields = {**f, "semantics": semantics, "semantics_words": words}
                out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
            elif f["semantics"] != "unspecified":
                fields = {**f, "semantics": "unspecified", "semantics_words": NAMED_BACK_BARE}
                out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
            continue
        if f["semantics"] == "unspecified" or not inferred:
            continue
        asked = _ASKED.search(lead) or (_PUT.search(lead) and _ON_THE_TABLE.match(trail))
        rest = trail
        if not asked and words in _MODELS:
            # a determiner before the zone's noun, or before the figure the noun follows
            before = _NOUN_FIGURE.search(lead)
            noun = _FIGURE_NOUN.match(trail) if _AN.search(lead) else None
            asked = bool(noun or (before and _AN.search(lead[: before.start()])))
            rest = trail[noun.end() :] if noun else trail
        # or put forward in the sentence before it ("The operator's request to reduce the zone
        # to 300 metres was refused", "Our first recommendation was 30 kilometres"), by the
        # noun after it ("the 5-mile idea") or the words after it ("put 20 kilometres to
        # public consultation")
        # (in the figure's own clause: "The motion was carried, the new 150-metre distance to
        # replace the present 100 m" puts forward the 150 m, not the 100 m in force)
        sentence = re.split(r"[.;!?,]\s|\n\s*\n", lead)[-1]
        if (asked and not _MEASURED.match(rest)) or (
            (
                _PUT_FORWARD.search(sentence)
                or _FORWARD_NOUN.match(trail)
                or _TABLED.match(trail)
                # a side's own figure in the talks: "we never accepted Virasol's 30 kilometres"
                or SIDE_OWN.search(lead)
            )
            and not said
        ):
            fields = {**f, "semantics": "unspecified", "semantics_words": ASKED_BARE}
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out
