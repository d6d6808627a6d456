"""What became of a width figure: stated, proposed, or rejected, dropped or superseded."""

from __future__ import annotations

import re

from .figure import Cue, Figure, WidthReading
from .status import (
    ANSWER,
    DROPPED,
    PROPOSAL,
    PUT_NOUN,
    REJECT,
    SIDE_OWN,
    SOFT_DROPPED,
    SUPERSEDED,
    UNDER_CONSIDERATION,
    fate,
    in_sentence,
    refusal,
)
from .zonewords import _CONTEXT, _I, _INSTEAD, _QUALIFIER, _ZONE, CHANGE, _clean, _ws

_FATE_WORDS = re.compile(rf"{DROPPED.pattern}|{REJECT.pattern}", re.I)

# "the mediator's plan, under which the strip would run 5 km into each country": a plan's figure
_UNDER_A_PLAN = re.compile(
    r"\b(?:plan|draft|offer|proposal|scheme|idea|formula|map)s?\b[^.;]{0,60}?\b(?:under|in|by)\s+"
    r"which\b[^.;]{0,80}?\b(?:would|could|might)\b"
    # "Under the draft, the zone would be 8 km wide", "If agreed, the strip would be"
    r"|\b(?:under|in|according\s+to)\s+(?:the|this|that|their|our|its|a|his|her)\s+(?:[\w'-]+\s+)?"
    r"(?:plan|draft|proposal|offer|scheme)s?\b[^.;]{0,80}?\b(?:would|could|might)\b"
    r"|\bif\s+(?:agreed|accepted|adopted|approved|signed)\b[^.;]{0,80}?\b(?:would|could|might)\b"
    # "The plan envisages a 12 km belt"
    r"|\b(?:plan|draft|proposal|offer|scheme)s?\s+(?:\w+\s+){0,2}?(?:envisag|foresee|foresaw|"
    r"calls?\s+for|provides?\s+for|sets?\s+out)\w*",
    _I,
)


def fate_of_all(sentence: str, m_start: int) -> re.Match | None:
    """The fate words of a sentence that gives one fate to every figure it names.

    "Neither the 20 km nor the 15 km proposal survived", "None of the three figures made it":
    the words that tell the fate, or None when the sentence does not open so.

    Parameters
    ----------
    sentence : str
        The normalised sentence.
    m_start : int
        Where the figure starts in it.
    """
    if not re.match(r"\W*(?:neither|none\s+of)\b", sentence[:m_start], _I):
        return None
    return _FATE_WORDS.search(sentence)


# a change to the rule told as past, before the figure of the rule as it was
_BEFORE_A_CHANGE = re.compile(
    r"\b(?:before|until|prior\s+to)\s+(?:the|its|their|this|that|last\s+year's)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:amendments?|revisions?|expansion|extension|enlargement|"
    r"reduction|rewrite|overhaul|reforms?)\b"
    # ("Before the expansion of the airport": a change to something else)
    r"(?:\s+(?:of|to)\s+(?:the|its|their|this|that)\s+(?:[\w'-]+\s+){0,2}?(?:act|law|rules?|order|"
    r"decree|regulations?|bylaw|code|zone|area|reserve|limit|monument|sanctuary|park|boundary))?"
    r"(?!\s+(?:of|to)\b)"
    # (not "Before the amendment takes effect, the zone is 30 km": a change still to come)
    r"(?!\s+(?:takes?|comes?|is|are|will|can|enters?|has|have)\b)"
    r"[^.;\d]{0,80}$",
    _I,
)


# a figure told as it was up to a year or time gone by: "Until 2023 the zone reached 15 km"
_UNTIL_A_PAST_TIME = re.compile(
    r"^\W*(?:until\s+(?:(?:early|late|mid-?)\s*)?(?:(?:1[89]|20)\d\d|recently|last\s+year|now|"
    # "Until now, a heat pump counted as permitted development only if it stood at least 1
    # metre from the boundary"
    r"the\s+(?:19|20)\d0s)|previously|formerly|hitherto)\b,?\s+[^.;\d]{0,100}?\b(?:was|were|"
    r"had|reached|extended|ran|stood|covered|stretched|measured|applied|spanned|used|counted|"
    # "Until the 1960s Canada, following British practice, claimed a territorial sea of three
    # nautical miles"
    r"claimed|kept|held|allowed|required|set|drew|fixed)\b"
    r"[^.;\d]{0,60}$",
    _I,
)
# "Householders will no longer have to keep a heat pump at least one metre from their
# boundary": the rule's figure, now gone
_NO_LONGER = re.compile(
    r"\bno\s+longer\s+(?:have|has|need|needs|be\s+required|be\s+obliged)\s+to\b[^.;\d]{0,80}$", _I
)


def replaced_before(lead: str, clause_before: str) -> bool:
    """Whether the words before a figure name it as the one a newer rule replaced.

    ``lead`` is the few words right before the figure, ``clause_before`` its
    clause up to the figure: "replaces the old limits of 300 yards", "Until then
    the no-go area had been a 6-kilometre radius", "the old 3 km limit".
    """
    return bool(
        re.search(
            # ("the new 150-metre distance to replace the present 100 m", not "a temporary zone
            # will replace the 200-metre anchorage" for a while)
            r"\b(?:to|will|shall|would)\s+replace\s+(?:the|its|their)\s+(?:present|current|existing|"
            r"old|former)\s+$|"
            r"\b(?:replaces|replacing|replaced|supersedes|superseding|"
            r"superseded|in\s+place\s+of)\s+"
            r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:earlier|previous|old|former|original|existing|"
            r"present|current)\s+"
            # "replaces the old limits of 300 yards": the figure of the rule it replaces
            r"(?:(?:[\w'-]+\s+){0,2}?(?:limits?|rules?|distances?|zones?|radius|figures?|"
            r"requirements?)\s+(?:of\s+)?)?)?$",
            lead,
            _I,
        )
        # "... the old limits of 300 yards on either side and 400 yards ahead": the next figure
        # of the same list
        or re.search(
            r"\b(?:replaces|replacing|supersedes|superseding|in\s+place\s+of)\s+(?:the\s+|its\s+|"
            r"their\s+)?(?:earlier|previous|old|former|original|existing)\s+[^.;]{0,120}?\d[^.;\d]{0,80}?"
            r"\band\s+$"
            # "replaces the 6-km radius around the summit ..., along with a 7-km zone on the flank"
            r"|\b(?:replaces|replacing|supersedes|superseding|in\s+place\s+of)\s+(?:the|its|their)\s+"
            r"[^.;\d]{0,10}\d[\d,]*[^.;\d]{0,140}?,?\s+(?:and|along\s+with|as\s+well\s+as|together\s+with)"
            r"\s+(?:the|an?|its|their)\s+$",
            clause_before,
            _I,
        )
        # "Until then the no-go area had been a 6-kilometre radius", "the old 3 km limit": a
        # figure named as the one before the present
        or re.search(
            r"\b(?:until\s+then|until\s+now|before\s+(?:that|then)|previously|formerly|hitherto)\b"
            r"[^.;\d]{0,60}?\b(?:had\s+been|was|were|used\s+to\s+be)\s+(?:an?\s+|the\s+)?$"
            r"|\b(?:the|its|their)\s+(?:old|former)\s+$",
            lead,
            _I,
        )
        # "Under the former law, no well could be drilled within 200 feet": the figure of a
        # rule named as the one before the present
        or re.search(
            r"\b(?:under|in|by)\s+(?:the|its|their)\s+(?:former|old|previous|earlier|prior|"
            r"original)\s+(?:[\w'-]+\s+)?(?:law|act|rules?|regulations?|regime|code|order|decree|"
            r"ordinance|statute|treaty|accord|agreement|arrangement|system|bylaw)\b[^.;\d]{0,100}$",
            clause_before,
            _I,
        )
        # "Before the amendment it reached 30 km inland", "Prior to the 2016 expansion, the
        # monument covered waters within 50 nautical miles": the figure before a change told
        or _BEFORE_A_CHANGE.search(clause_before)
        # "Until now, a unit counted ... only if it stood at least 1 metre", "will no longer have
        # to keep a heat pump at least one metre from": a rule's figure, now gone
        or _UNTIL_A_PAST_TIME.search(clause_before)
        or _NO_LONGER.search(clause_before)
    )


def replaced_by_the_figure_before(f: Figure) -> bool:
    """Reads a figure the one before it replaced ("within 12 km ..., up from 8 km this morning")."""
    # "everyone within 12 km of the fire front must leave, up from 8 km this morning": the
    # figure the one before it in the sentence replaced, measuring what that one does
    if (
        f.prev_end > 0
        and re.search(r",\s*(?:up|down)\s+from\s+$", f.sentence[: f.m_start], _I)
        and (
            _ZONE.search(f.sentence)
            or _CONTEXT.search(f.sentence)
            or re.search(r"\bwithin\b", f.sentence[: f.prev_end], _I)
        )
    ):
        qual = _QUALIFIER.search(f.near_before)
        f.reading = WidthReading(
            "unspecified",
            "as the figure it changed",
            qual and _ws(qual.group()).lower(),
            "rejected",
            "superseded",
        )
        return True
    return False


def _fate_words(f: Figure, own_start: int) -> Cue:
    """Words that refuse or drop the figure, in its own part of the clause or after it."""
    own = f.sentence[own_start : min(f.c_stop, f.next_start)]
    return (
        refusal(own)
        or DROPPED.search(f.sentence[f.m_start : min(f.c_stop, f.next_start)])
        # "the north dropped its demand for a 30 km zone"
        or re.search(
            # ("withdrew its claim to a full 200 nautical mile zone": the claim in the cue)
            rf"(?:{DROPPED.pattern})(?:\s+(?:\w+\s+){{0,2}}?(?:demand|proposal|plan|idea|offer|"
            r"request|call|draft|claim)s?\b|(?<=claim)\s+(?:to|for)\b)",
            f.sentence[own_start : f.m_start],
            _I,
        )
        # "withdrew its earlier proposal that the distance be fixed at 50 yards": the proposal
        # taken back names the figure
        or re.search(
            # (the words DROPPED knows, so that the cue's fate can be told)
            r"\bwithdr(?:ew|aws|awn)\s+(?:its|their|his|her|our|the)\s+(?:own\s+)?"
            r"(?:(?:earlier|first|original|initial|previous|last|second|own)\s+){0,2}"
            r"(?:proposal|demand|offer|request|plan|claim)s?\s+(?:for|of|that|to)\b[^.;\d]{0,70}$",
            f.sentence[own_start : f.m_start],
            _I,
        )
        # "no longer insists on a 20 km zone"
        or re.search(
            DROPPED.pattern + r"\s+(?:on\s+|for\s+)?(?:a|an|the|its|their)?\s*$",
            f.sentence[own_start : f.m_start],
            _I,
        )
        or fate_of_all(f.sentence, f.m_start)
    )


# a size judged wrong, which refuses only a figure put forward
_TOO_SIZED = re.compile(r"(?:was|is|were|are|as|it)\s+(?:far\s+|much\s+)?too\s+\w+", _I)


def _not_needed(f: Figure) -> Cue:
    """A measure a court or a body finds not called for ("does not consider that ... required")."""
    # "The Tribunal does not consider that a withdrawal of 25 kilometres by one Party alone is
    # required": a measure a court or a body finds not called for
    return re.search(
        r"\b(?:does|did|do)\s+not\s+(?:consider|find|believe|accept)\s+that\b[^.;]*$",
        f.sentence[: f.m_start],
        _I,
    ) and re.match(
        r"[^.;]{0,80}?\b(?:is|are|was|were|would\s+be)\s+(?:\w+\s+)?(?:required|necessary|"
        r"needed|justified|warranted|called\s+for)\b",
        f.sentence[f.m_end :],
        _I,
    )


def _refused(f: Figure) -> tuple[str, str | None, Cue, Cue]:
    """A refusal or a drop of the figure: its status, its fate, and its proposal or draft."""
    instead = _INSTEAD.search(f.sentence[max(f.prev_end, f.m_start - 40) : f.m_start])
    proposed = PROPOSAL.search(f.sentence[max(f.c_start, f.prev_end) : f.m_start]) or (
        ANSWER.search(f.sentence[f.prev_end : f.m_start])
    )
    # the first cue after a proposal in its sentence, else a refusal in its clause
    drafted = (
        re.search(
            # ("there was a compromise figure of 5 km on each side, which ... refused")
            r"\b(?:plan|draft|version|offer|bid|compromise)s?\b",
            f.sentence[max(f.c_start, f.prev_end) : f.m_start],
            _I,
        )
        or SIDE_OWN.search(
            # a side's own figure in the talks: "As for Virasol's 30 kilometres, we never
            # accepted it"
            f.sentence[max(f.c_start, f.prev_end) : f.m_start]
        )
        or re.match(
            # "A 15-km zone was discussed but never adopted"
            r"[^.;\d]{0,30}?\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:discussed|considered|mooted|"
            r"floated|tabled|proposed|suggested|put\s+forward|raised|debated)\b"
            # "The 5-nautical-mile exclusion zone proposed in the draft of March has been withdrawn"
            r"|[^.;\d]{0,30}?\b(?:proposed|suggested|put\s+forward|sought|requested|demanded|tabled|"
            r"floated)\s+(?:in|by|at|on|during)\b",
            f.sentence[f.m_end :],
            _I,
        )
    )
    tail = in_sentence(f.sentence, f.m_end, bool(proposed or drafted))
    # a cue belongs to the nearest figure: none past a neighbouring figure counts
    # (after another figure, a cue before this one may be that figure's: "30 km, a demand
    # they rejected, before accepting 20 km")
    own_start = max(f.c_start, f.prev_end)
    if f.prev_end > 0:
        own_start += max(
            (m.end() for m in re.finditer(r"[,;]", f.sentence[own_start : f.m_start])), default=0
        )
    if f.prev_end > 0:
        proposed = PROPOSAL.search(f.sentence[own_start : f.m_start])
    cue = _fate_words(f, own_start)
    if cue and not (proposed or drafted) and _TOO_SIZED.fullmatch(cue.group()):
        # "a corridor of 1,000 yards, which aid officials said was too narrow": a figure in
        # force that someone finds the wrong size is criticised, not refused
        own = f.sentence[own_start : min(f.c_stop, f.next_start)]
        cue = next(
            (x for x in REJECT.finditer(own, cue.end()) if not _TOO_SIZED.fullmatch(x.group())),
            None,
        )
    not_needed = _not_needed(f)
    status, proposal = "stated", None
    if instead or not_needed:
        status, proposal = "rejected", "rejected"
    elif tail and tail[0] != "superseded":
        status, proposal = "rejected", tail[0]
    elif cue or (proposed and REJECT.search(f.sentence[own_start : f.next_start])):
        label = fate(cue.group())[0] if cue else "rejected"
        status, proposal = "rejected", label
    elif (
        proposed
        or drafted
        or re.match(
            rf"\s*-?\s*(?:[\w'-]+\s+)?{PUT_NOUN}\b",
            f.sentence[f.m_end :],
            _I,
        )
    ) and SOFT_DROPPED.search(f.sentence[f.m_end : min(f.c_stop, f.next_start)]):
        # "That offer of a 6 km zone lapsed", "The 10 km zone proposal was withdrawn"
        status, proposal = "rejected", "dropped"
    elif re.match(
        rf"\s*-?\s*(?:[\w'-]+\s+)?{PUT_NOUN}\s+"
        r"(?:now\s+)?(?:withdrawn|retracted|taken\s+back|abandoned)\b",
        f.sentence[f.m_end :],
        _I,
    ):
        # a telex's "OUR 3 KM PROPOSAL WITHDRAWN 12 MAY"
        status, proposal = "rejected", "dropped"
    return status, proposal, proposed, drafted


def _superseded_or_proposed(
    f: Figure, status: str, proposal: str | None, proposed: Cue, drafted: Cue
) -> tuple[str, str | None]:
    """A figure not refused that a newer one replaced, or that a proposal put forward."""
    rejected = status == "rejected"
    clause_rest = f.sentence[f.m_end : f.c_stop]
    replaced = replaced_before(
        f.lead, f.sentence[f.c_start : f.m_start]
    ) or _UNTIL_A_PAST_TIME.search(f.sentence[: f.m_start])
    if replaced and not rejected:
        status, proposal = "rejected", "superseded"
    elif not rejected:
        # "first agreed but later doubled to 4 km": past "but", before the next figure
        rest = re.split(r"\d", f.sentence[f.m_end : f.m_end + 80], maxsplit=1)[0]
        later = re.search(r"\blater\s+" + CHANGE[2:], rest, _I)
        if (
            later
            or (
                (sup := SUPERSEDED.search(clause_rest[:80]))
                and (
                    not re.fullmatch(r"replac(?:es|ing)|supersed(?:es|ing)", sup.group(), _I)
                    # "a five-verst strip, which the new accord replaces": the figure is the one
                    # replaced, the object of a clause whose subject is the newer rule
                    or re.fullmatch(
                        r"[^.;\d]{0,30}?\b(?:which|that)\s+(?:the|this|a|an|its|their|our)\s+"
                        r"(?:[\w'-]+\s+){0,3}?(?:now\s+)?",
                        clause_rest[: sup.start()],
                        _I,
                    )
                )
            )
        ):
            status, proposal = "rejected", "superseded"
        elif (
            (
                proposed
                or f.fragment
                or _UNDER_A_PLAN.search(f.sentence[: f.m_start])
                or UNDER_CONSIDERATION.search(f.sentence[: f.m_start])
                # "The second draft cut the figure to 25 km": a draft's changed figure
                or (
                    drafted
                    and f.changed
                    and not re.search(
                        r"\b(?:final|agreed|signed|adopted)\s+(?:\w+\s+)?(?:draft|version|text)\b",
                        f.sentence[: f.m_start],
                        _I,
                    )
                )
            )
            and not re.search(
                # "lowered their demand to 12 km, which the government accepted"
                r"^[^.;]{0,40}?\b(?:which|that)\s+(?:\w+\s+){0,3}?(?:accepted|agreed\s+to|signed|approved|"
                r"adopted)\b",
                f.sentence[f.m_end :],
                _I,
            )
        ):
            proposal = "proposed"
    return status, proposal


# a speaker taking a figure back as soon as it is said: "within one thousand metres - sorry,
# I mean one thousand two hundred", "eight nautical miles - sorry, I'm reading the wrong line"
SLIP = (
    r"(?:,|-|–|—|\.\.\.)?\s*(?:(?:uh|er|um),?\s*)?sorry\s*(?:,|-|–|—)?\s*"
    r"(?:no\s*,?\s*)?(?:(?:I\s+mean|I\s+meant|I'm\s+reading\s+the\s+wrong\s+\w+|that\s+should\s+be|"
    r"make\s+that)\b)?"
)
"""The words by which a speaker takes back the figure just said (see ``_SLIP_AFTER``)."""
_SLIP_AFTER = re.compile(
    r"[^.;\d]{0,50}?" + SLIP +
    # the figure said instead follows (not "from our coast - sorry, from our baselines": the line
    # it is measured from corrected, not the figure)
    r"(?=[^.;]{0,40}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|thousand|half)\b))",
    _I,
)


# what the one speaking declines to do, right before the figure: "The Government has no plans to
# propose a 10-kilometre zone", "decided not to proceed with the 1 km zone", "does not intend
# to extend the zone to 300 metres"
_DECLINED = (
    r"\b(?:(?:has|have|had)\s+no\s+(?:plans?|intention|proposals?)\s+to|"
    r"(?:decided|resolved|chose|agreed)\s+not\s+to|(?:does|do|did)\s+not\s+(?:intend|propose|"
    r"plan)\s+to|(?:will|would|shall)\s+not\s+be)\s+"
)
_DECLINED_BEFORE = re.compile(
    # a figure put forward: "has no plans to propose a 10-kilometre zone"
    rf"{_DECLINED}(?:proceed\s+with|propos\w*|introduc\w*|adopt\w*|impos\w*|creat\w*|"
    r"establish\w*|mak\w*|seek\w*|press\w*\s+for|"
    # "does not propose to ask allies for a 1-nautical-mile corridor"
    r"(?:ask|call|push|request)\w*(?:\s+[\w'-]+){0,3}?\s+for)\b[^.;,\d]{0,50}$"
    # a change to it: "does not intend to extend the zone to 300 metres" (not "no plans to extend
    # the 100-yard buffer": the figure in force)
    rf"|{_DECLINED}(?:extend|widen|enlarg|reduc|cut|narrow|chang|increas|push)\w*\b[^.;,\d]{{0,50}}"
    r"\bto\s+(?:about\s+|some\s+|at\s+least\s+)?$",
    _I,
)


def the_reading(f: Figure) -> bool:
    """Reads what became of the figure and its qualifier, and settles the reading."""
    status, proposal, proposed, drafted = _refused(f)
    status, proposal = _superseded_or_proposed(f, status, proposal, proposed, drafted)
    if _SLIP_AFTER.match(f.sentence[f.m_end :]):
        status, proposal = "rejected", "superseded"
    elif status == "stated" and _DECLINED_BEFORE.search(f.sentence[max(f.prev_end, 0) : f.m_start]):
        status, proposal = "rejected", "rejected"
    qualifier = _clean(f.qual.group()).lower() if f.qual else None
    if qualifier:
        qualifier = re.sub(r"\s+(?:of|between|from)$", "", qualifier)
    f.reading = WidthReading(
        f.semantics, _clean(f.decided) if f.decided else None, qualifier or None, status, proposal
    )
    return True
