"""Words that tie a figure to a zone: a zone noun, a linking verb, a move back, a proposal."""

from __future__ import annotations

import re

from .cues import _NAMED_RADIUS
from .figure import Cue, Figure
from .notwidths import _WATER_SUBJECT
from .references import reference_of
from .sides import _BEFORE_EACH_SIDE, _LATER_PER_SIDE
from .status import PROPOSAL
from .zonewords import (
    _CHANGED_TO,
    _CONTEXT,
    _I,
    _INSTEAD,
    _RULE,
    _WITHDRAW,
    _ZONE,
    CHANGE,
    FULL_AGAIN,
    KEPT_CHANNEL,
    MOVE_NOUN,
    ZONE_NOUN,
)

# words that end a noun phrase: "a 5-km march to the zone" does not name the zone
_NOT_LINKING = (
    r"(?!(?:to|into|from|of|in|at|on|for|towards?|inside|near|through|across|along|around|by|"
    r"with|was|were|is|are)\b)"
)

# events at a distance, not zones: "the shelling hit positions 10 km deep inside"
_EVENT = re.compile(
    # ("struck down a law": a court's refusal, not a blow)
    r"\b(?:hit|shell\w*|struck(?!\s+(?:\w+\s+){0,3}?down\b)|strikes?(?!\s+(?:\w+\s+){0,3}?down\b)|attack\w*|fired|(?<!in\s)advanc\w*|captur\w*|seiz\w*|"
    r"raid\w*|bomb(?:s|ed|ing|ings)?|killed|wounded|spotted|sighted|infiltrat\w*|ambush\w*|landed)\b",
    _I,
)

# the end of a sentence that is only a figure: "Thirty kilometres, I read.", "Ten miles?"
FRAGMENT_AFTER = re.compile(
    r"\s*(?:,\s*(?:I|we|they|you)\s+(?:read|hear|heard|understand|believe|gather|think|recall|"
    r"was\s+told|were\s+told|am\s+told)\s*)?(?:,\s*(?:no|yes|right|wasn't\s+it|isn't\s+it)\s*)?"
    r"[.?!]*\s*$",
    _I,
)

# what may stand before a bare figure that answers a question: a speaker's name and a yes
FRAGMENT_LEAD = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w.' ()-]{0,40}:\s*)?(?:(?:yes|indeed|right|correct|that's\s+right|"
    r"(?:they|we|he|she|it)\s+did)\s*[,;:–—-]?\s*)?",
    _I,
)


def a_zone_noun_after(f: Figure) -> None:
    """Reads a zone or move noun the figure qualifies ("a 20-km zone", "the 400-metre limit")."""
    f.adjectival = re.match(
        rf"\s*-?\s*(?:wide|deep)?\s*-?\s*(?:\([^()]*\)\s*)?(?:of\s+(?={MOVE_NOUN}\b))?[\"']?"
        rf"(?:{_NOT_LINKING}[\w'-]+\s+){{0,3}}?"
        # "the 400-metre limit", "a 12-mile limit": the edge of a zone, named by its figure
        rf"(?:{ZONE_NOUN}|{MOVE_NOUN}|limits?\b(?!\s+(?:of|on)\s+(?:the\s+)?(?:range|speed)))\b",
        f.after,
        _I,
    )


def a_zone_before(f: Figure) -> None:
    """Reads a zone named in the clause before the figure, or the zone of the sentence before."""
    f.zone_before = (
        _ZONE.search(f.clause_before)
        # "The swept channel is 800 yards wide": a channel kept open for ships
        # ("that swept channel, about 1,000 yards wide")
        or re.search(rf"\b{KEPT_CHANNEL}\b", f.clause_before, _I)
        or re.search(
            rf"\b{KEPT_CHANNEL}\s*,\s*(?:(?:only|just|about|some|roughly|around|nearly)\s+)?$",
            f.sentence[: f.m_start],
            _I,
        )
        # "The exclusion radius around the crater was widened to 6 km": a zone named by its
        # radius
        or re.search(rf"\b{_NAMED_RADIUS}\b", f.clause_before, _I)
        or (
            # "It reaches five kilometres beyond ...": the zone of the sentence before
            (
                re.match(r"\W*(?:it|its\s+(?:width|depth|breadth))\b", f.clause_before, _I)
                # "on the Ebrinian bank, where the floodplain is wider, it extends 5 km"
                or re.search(
                    r"\b(?:it|its\s+(?:width|depth|breadth))\s+(?:\w+\s+){0,2}?(?:extend\w*|reach\w*|"
                    r"run\w*|stretch\w*|measur\w*|is|was|would\s+be|will\s+be|shall\s+be|"
                    r"var(?:ies|ied|y)\s+(?:from|between)|rang(?:es|ed)\s+(?:from|between))\s+"
                    r"(?:only\s+|just\s+|some\s+|about\s+|to\s+|up\s+to\s+|as\s+far\s+as\s+|"
                    r"nearly\s+|almost\s+)?$",
                    f.clause_before,
                    _I,
                )
            )
            and _ZONE.search(f.context[-300:] + " " + f.sentence[: f.m_start])
        )
    )


def a_move_back_before(f: Figure) -> None:
    """Reads a move back or each side's move before the figure ("each side withdraw 10 km")."""
    # a calibre or a list before the figure does not cut it off from its verb
    f.wide_before = f.sentence[max(f.c_start, f.m_start - 120) : f.m_start]
    f.withdraw_before = (
        _WITHDRAW.search(f.clause_before)
        or (_WITHDRAW.search(f.wide_before) if f.prev_end > f.c_start else None)
        # "pull its troops 1,000 metres back"
        or (
            re.match(r"\s*(?:back|away)\b", f.after, _I)
            and re.search(r"\b(?:pull|mov|draw|fall|push|keep|kept|set)\w*\b", f.clause_before, _I)
        )
    )
    f.each_before = (
        _BEFORE_EACH_SIDE.search(f.clause_before)
        or (_BEFORE_EACH_SIDE.search(f.wide_before) if f.prev_end > f.c_start else None)
        # "Neither side is to open fire, ..., conduct blast operations or hunt within two
        # kilometres from the line": a rule each party keeps, whatever its verbs
        or _each_party_rule(f)
    )
    if f.weak is None and f.semantics is None and (f.withdraw_before or f.each_before):
        # "each side withdraw 10 km from the Harn": a move back from a line named by its name
        f.weak = re.match(
            r"\s*(?:back\s+|away\s+)?(?:from|behind|beyond)\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\b",
            f.after,
        )


def a_linking_word(f: Figure) -> None:
    """Reads a verb or a word linking the figure to what it measures ("is", "extends", "of")."""
    f.link = (
        re.search(
            r"\b(?:is|are|be|been|was|were|of|measuring|measure[sd]?|extend\w*|stretch\w*|reach\w*|"
            r"spans?|spanned|spanning|"
            r"go|goes|gone|went|run|runs|ran|"
            r"cover\w*|to|set\s+at|at|with|fixed\s+at|some|about|roughly|covering|spanning|"
            r"around|up\s+to|approximately|nearly|least|most|than|between|"
            r"(?:cover\w*|span\w*)\s+(?:the\s+)?(?:first|last|next|outer|inner)"
            # "the zone ran back roughly 20 km from the coast", "reaches back", "pushed out"
            r"|(?:run|runs|ran|running|reach\w*|extend\w*|stretch\w*|push\w*|carri\w*)\s+"
            # ("reached inland for about 100 km")
            r"(?:back|out|inland|seawards?)(?:\s+for)?)\s*$",
            f.lead_core + " ",
            _I,
        )
        or f.lead_core.strip() == ""
        # "the buffer zone (12 km) shall be", "Zone B: 5-15 km from the line"
        or re.search(rf"\b{ZONE_NOUN}(?:\s+(?-i:[A-Z0-9]{{1,3}}))?\s*[:–(-]?\s*$", f.lead_core, _I)
        or (f.shared and f.weak is not None)
    )


def a_rule_within_or_a_zone_after(f: Figure) -> None:
    """Reads a rule "within" the figure, a zone it forms, a zone "back to its full" width."""
    # "No Party shall deploy systems with a range exceeding 25 km within 30 km of the line": the
    # figure before is a weapon's range, and the rule before it is the zone's
    start = max(f.c_start, f.prev_end)
    if re.search(
        r"\b(?:ranges?|calib(?:re|er)s?)\b[^.;,]{0,40}$", f.sentence[f.c_start : f.prev_end], _I
    ):
        start = f.c_start
    f.within = (
        f.within_lead
        and _CONTEXT.search(f.sentence)
        and _RULE.search(f.sentence[start : f.m_start])
    )
    f.zone_after = re.search(
        rf"^[^,;]{{0,60}}?\b(?:as|into|becomes?|forms?|creat\w*)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){{0,3}}?{ZONE_NOUN}\b",
        f.clause_after,
        _I,
    )
    # "widening again to the full 3 miles", "returns to its full 5 km": the zone's whole width
    # named before, again
    f.full_again = re.search(FULL_AGAIN, f.near_before, _I)


def _a_proposal_before(f: Figure) -> Cue:
    """Words before the figure that make it a proposal's ("proposed", "the draft said")."""
    return (
        re.search(
            r"\b(?:proposed|offered|asked\s+for|demanded|suggested|floated|put\s+forward|tabled|"
            r"compromis\w*(?:\s+(?:of|on|at))?|settled\s+(?:on|at|for)|agreed?(?:\s+(?:on|to))?|"
            r"accept|"
            r"accepting|"
            r"accepted|countered\s+with|came\s+back\s+with|met\s+in\s+the\s+middle\s+at|"
            # "we began at twenty kilometres", "we met at twelve"
            r"(?:began|begun|started|opened|met|ended\s+up|landed)\s+at|"
            r"insist(?:ed|s|ing)?\s+on|wanted|preferred|sought|seek|seeks|seeking|mooted|pitched|"
            # "did ask, in the first round, for"
            r"(?:ask|call|press|push|argu)(?:ed|es|s|e)?\s*,[^,.;]{1,40},\s*for|"
            r"(?:would|will|could)\s+(?:only\s+)?agree)\s*$",
            f.lead_core + " ",
            _I,
        )
        or re.search(
            r"\b(?:version|draft|proposal|plan|offer|figure|text|demand|bid|position|request)\b"
            r"[^,;.]{0,50}?\b(?:said|says|of|for|"
            r"spoke|speaks|talked|talks|mentioned|mentions|envisaged|envisages|foresaw|foresees|"
            r"with|at|put|named|gave|proposed|was|is|were|became|read|reads|stood\s+at|came\s+to)\s*$",
            f.lead_core + " ",
            _I,
        )
        or re.search(
            r"\b(?:memorandum|agreement|accord|protocol|deal|treaty|text|document|annex|article)\b"
            r"[^,;.]{0,30}?\b(?:says|said|states|stated|sets|set|fixes|fixed|specifies|specified|"
            r"stipulates|stipulated|provides\s+for|provided\s+for|gives|gave|puts|put|settles|"
            r"settled)(?:\s+(?:it|the\s+\w+))?(?:\s+at)?\s*$",
            f.lead_core + " ",
            _I,
        )
        # "the opening offer of 3 km" ("of" is cut from lead_core), "Our first proposal, 2 km
        # each side, they rejected"
    )


def _a_proposal_named(f: Figure) -> Cue:
    """A proposal named, or a figure agreed or put as a position ("7 km was agreed")."""
    return (
        re.search(
            r"\b(?:proposal|plan|offer|draft|version|demand|idea|suggestion|request|bid)s?\s*,?\s*$",
            f.lead_core,
            _I,
        )
        # "agreed on 5 km, not the 10 km the mediators had asked for"
        or (_INSTEAD.search(f.lead) and re.match(r"[^.;]{0,40}?\bhad\b", f.after))
        or re.search(
            r"\b(?:compromise|agreed|final|proposed|new|revised|original)\s+(?:figure|width|depth|"
            r"distance)\s*$",
            f.lead_core,
            _I,
        )
        or re.search(
            r"\bin\s+the\s+(?:\w+\s+)?(?:text|version|draft|agreement|deal|memorandum|protocol)"
            r"\s*,\s*$",
            f.lead_core,
            _I,
        )
        # "in the end 7 km was agreed"
        or re.match(
            r"\s*(?:was|were|is)\s+(?:\w+\s+)?(?:agreed|accepted|settled\s+on|chosen|adopted)\b",
            f.after,
            _I,
        )
        or re.match(
            r"\s*-?\s*(?:(?:wide|deep)\s+)?(?:plan|proposal|draft|version|offer|figure|compromise|"
            r"demand|request|suggestion|bid)\b",
            f.after,
            _I,
        )
        # "Thirty was our opening position"
        or re.match(
            # ("Five kilometres was Tarn's opening figure")
            r"\s*(?:was|were|is|had\s+been)\s+(?:(?:our|their|his|her|its|the|my|"
            r"(?-i:[A-Z])[\w-]+'s)\s+)?(?:[\w'-]+\s+)?"
            r"(?:position|offer|proposal|figure|demand|bid|request|plan|idea|suggestion|draft)\b",
            f.after,
            _I,
        )
    )


def a_proposal(f: Figure) -> None:
    """Reads the figure as a proposal's ("proposed", "the draft said", "was agreed")."""
    f.proposal_link = _a_proposal_before(f) or _a_proposal_named(f)
    # "The other side wanted a lot more, didn't they? Thirty kilometres, I read.": a bare
    # figure after a sentence that asks for something is what was asked for
    f.fragment = (
        # (after a speaker's name and a yes: "A: They did - fifteen kilometres.")
        FRAGMENT_LEAD.fullmatch(f.lead_core)
        and FRAGMENT_AFTER.match(f.after)
        and PROPOSAL.search(re.split(r"(?<=[.!?])\s+", f.context.rstrip())[-1])
    )
    f.proposal_link = f.proposal_link or f.fragment


def an_answer_to_a_question(f: Figure) -> None:
    """Reads the figure as the answer to a question on the zone's width ("How wide is it?")."""
    # "How wide is that in total? - Eight kilometres of valley floor.": the answer to a question
    # on the zone's width
    f.asked = (
        re.fullmatch(r"\s*(?:(?-i:[A-Z])[\w.' ()-]{0,40}:\s*)?", f.lead_core)
        and re.match(
            r"\s*(?:(?:of|across|wide|deep|in\s+all(?!\s+directions)|in\s+total)\b[\w' -]{0,30}?)?"
            r"\s*(?:[,.?!;]|$)",
            f.after,
        )
        and re.search(
            r"\bhow\s+(wide|broad|deep)\b[^.?!]*\?\s*$",
            question := re.split(r"(?<=[.!])\s+", f.context.rstrip())[-1],
            _I,
        )
    )
    # ... a question on the zone, not on a sea or a river ("How deep is the river there?")
    if f.asked and (
        _WATER_SUBJECT.search(question.split(":")[-1] + " is")
        or re.search(
            r"\b(?:sea|strait|gulf|lake|river|valley|channel|bay|town|city)\b", question, _I
        )
        or not (
            _ZONE.search(question)
            or _ZONE.search(f.context[-600:])
            or _CONTEXT.search(f.context[-600:])
        )
    ):
        f.asked = None


def zone_talk_or_a_comparison(f: Figure) -> None:
    """Reads talk of a zone around the figure, and a zone "narrower" or "wider" at a place."""
    f.zone_talk = (_CONTEXT.search(f.sentence) or _CONTEXT.search(f.context)) and not re.search(
        # "Nobody ever proposed 60 km" (but "we will never accept 2 km" is a refusal)
        r"\b(?:nobody|no\s+one|never)\b(?!\s+(?:accept|agree|sign|live\s+with)\b)",
        f.clause_before,
        _I,
    )
    # "in the valley it's narrower, about a kilometre and a half": the zone's width at a place
    f.comparative = re.search(
        r"\b(?:narrower|wider|broader|deeper|shallower)(?:\s+(?:there|here|still|again|now))?\s*(?:,|:|-|–)\s*(?:(?:only|just|about|some|"
        r"roughly|around|nearly|barely|perhaps|maybe)\s+)?$",
        f.near_before,
        _I,
    ) and (_ZONE.search(f.sentence) or _ZONE.search(f.context[-300:]))


def a_change(f: Figure) -> None:
    """Reads a zone's figure changed ("was later reduced to 15 km", "widened from 10 to 20 km")."""
    # "was later reduced to 15 km", "widened from 10 km to 20 km": a zone's figure changed
    f.changed = (
        _CHANGED_TO.search(f.lead)
        or (
            # "reduced to 800 metres on one bank and to 1 km on the other": the verb shared
            re.fullmatch(r"\s*to\s*", f.lead) and _CHANGED_TO.search(f.wide_before)
        )
        or re.search(
            rf"{CHANGE}\s+(?:\w+\s+){{0,4}}?to\s+[^.;]{{1,80}}?\b(?:and|or)\s+to\s*$",
            f.wide_before,
            _I,
        )
    )
    # "reduced the figure to 20 km but still placed the whole zone on our side": the zone
    # may come after the figure
    if not (
        _ZONE.search(f.sentence)
        or _ZONE.search(f.context[-300:])
        or re.search(rf"\b{_NAMED_RADIUS}\b", f.sentence, _I)
        # "cut the figure to 25 km" after "asked that our troops pull back 40 km"
        or (
            re.search(r"\b(?:figure|demand|offer|proposal)\s+(?:\w+\s+)?to\s*$", f.lead, _I)
            and _CONTEXT.search(f.context[-300:])
        )
        # "moved that the separation distance be raised to 2 km", "that the standoff be
        # raised to half a mile": a rule's distance changed
        or _RULE_DISTANCE.search(f.lead)
    ):
        f.changed = None


# each party's rule, said by its subject and a modal: "Neither side is to", "each Party shall"
_EACH_PARTY_RULE = re.compile(
    r"\b(?:neither|each|either)\s+(?:of\s+the\s+(?:two\s+)?)?(?:sides?|part(?:y|ies)|armies|army)"
    r"\s+(?:is\s+to|are\s+to|shall|may|must|will|should|agrees?\s+to|undertakes?\s+to)\b"
    r"[^.;]*$",
    _I,
)


def _each_party_rule(f: Figure) -> re.Match[str] | None:
    """ "Neither side is to ... within two kilometres from the line": each party's rule; not
    when the figure is counted from each party's own line ("seven nautical miles from its
    coast", "on its own bank"), a depth."""
    rule = _EACH_PARTY_RULE.search(f.sentence[: f.m_start])
    own = re.match(
        r"[^.;]{0,60}?\b(?:its|their)\s+(?:own\s+)?(?:coasts?|shores?|banks?|lines?|territory|"
        r"side|frontier|border)\b",
        f.after,
        _I,
    )
    return None if own else rule


# a rule's distance by its name, right before the change of its figure
_RULE_DISTANCE = re.compile(
    r"\b(?:(?:separation|set-?back|stand-?off|buffer|safety|minimum|exclusion|clearance)\s+"
    r"distances?|stand-?offs?|set-?backs?)\b[^.;,\d]{0,40}$",
    _I,
)


def a_band(f: Figure) -> None:
    """Reads a band from a line ("from 15 to 30 km behind the front", "between 10 and 20 km")."""
    # a band: "from 15 to 30 km behind the front", "between 10 and 20 km from the line"
    f.band = (
        f.weak is not None
        and re.search(r"\b(?:from|between)\s*$", f.lead_core + " ", _I)
        and re.search(r"\s(?:to|and)\s|\d\s*-\s*\d", f.sentence[f.m_start : f.m_end])
        and (
            _ZONE.search(f.sentence)
            or _CONTEXT.search(f.sentence)
            # "a district between 2 and 8 km from the boundary on each side"
            or _LATER_PER_SIDE.search(f.after[:120])
            # "The zone is narrow. ... take in land lying between 3 and 8 km from the frontier":
            # a band from a line, after a sentence on the zone
            or (_ZONE.search(f.context[-300:]) and reference_of(f.after, f.context))
        )
    )


def an_event(f: Figure) -> bool:
    """Not a width: an event at a distance ("the shelling hit positions 10 km inside")."""
    return bool(
        _EVENT.search(f.clause_before)
        and not _ZONE.search(f.sentence)
        and not (f.withdraw_before or f.each_before or f.proposal_link)
    )
