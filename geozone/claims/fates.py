"""What became of a width figure, told in the sentences around it.

The steps that read a proposal's fate across sentences and speakers: a rule
ended or replaced after its figure, a figure the same paragraph moves on
from, a question in a transcript and the answer that gives the figure's
fate. Each takes the width claims of one report and returns them with
``status`` and ``proposal`` set where the narrative says so.
"""

from __future__ import annotations

import math
import re

from .claim import Claim
from .numbers import measurements
from .passages import SPEAKER, paragraph_after, sentence_of
from .status import (
    ASKED_AFTER,
    CHANGED_FROM,
    DRAFT,
    DROPPED,
    EARLIER_DRAFT,
    ENDED_VERB,
    JUDGED_NO,
    NAMED_PUT,
    OWN_FIGURE,
    PROPOSAL,
    REJECT,
    UNDER_CONSIDERATION,
    ended_after,
    ended_label,
    fate,
    following,
    in_sentence,
)

# a figure named as a draft in the words right before it: "a compromise figure of", "the
# mediators' plan for", "a counter-offer of"
_NAMED_A_DRAFT = re.compile(
    r"\b(?:compromise|proposal|plan|draft|offer|version|bid|suggestion|idea|counter-?proposal|"
    r"counter-?offer)s?\s+(?:[\w'-]+\s+){0,2}?(?:of|for|at|with|to)\s+(?:an?\s+|the\s+|some\s+|"
    r"about\s+|only\s+|just\s+)?$",
    re.I,
)


def _relabel(c: Claim, label: str) -> Claim:
    return Claim(
        c.kind, {**c.fields, "status": "rejected", "proposal": label}, c.quote, c.start, c.end
    )


# a rule named by its year, replaced later on: "In 1986 a decree created a reserve that reached
# 15 nautical miles ... It replaced the 1986 decree"
_YEAR_RULE = re.compile(
    r"\b(?:in\s+)?(?P<year>1[89]\d\d|20\d\d)\b[^.;]{0,40}?\b(?P<noun>decree|law|act|order|"
    r"regulation|proclamation|notice|ordinance|agreement|accord|treaty|protocol|plan)\b",
    re.I,
)


# in a transcript, a question after a figure's fate: "What happened to the 10 km?"
_WHAT_BECAME = re.compile(
    r"\bwhat\s+(?:has\s+|had\s+)?(?:happened|became)\s+(?:to|of)\s+(?:the|your|their|that|our|this|"
    r"his|her)\s+$",
    re.I,
)
# ... and the answer's word on it: "we dropped our demand for a one-sided withdrawal"
_ITS_END = re.compile(
    rf"(?:{DROPPED.pattern}|{REJECT.pattern}|g[ai]ve\s+up)\s+(?:our|their|its|his|her|my|the|that)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:demand|proposal|request|idea|plan|offer|position|figure|insistence)s?\b",
    re.I,
)


def _what_became(norm: str, s_b: int) -> str | None:
    """The fate a transcript's next speaker gives a figure asked after ("What happened to the
    10 km?" / "... we dropped our demand ...", "So the 5 km is gone?" / "It's gone, yes. We
    gave it up in the second week."), in the paragraph that answers."""
    para = norm.find("\n\n", s_b - 3)
    if para < 0 or para >= s_b:
        return None
    stop = norm.find("\n\n", para + 2)
    reply = norm[para + 2 : stop if stop > 0 else len(norm)]
    if not (label := SPEAKER.match(reply)):
        return None
    if told := _ITS_END.search(reply):
        found = fate(told.group())
        # ("we gave up our demand": given up by those who made it)
        return found[0] if found else "dropped"
    # an answer about it, before any figure of its own: "It's gone, yes. We gave it up."
    answer = re.split(r"\d", reply[label.end() :], maxsplit=1)[0][:200]
    if not re.match(r"\W*(?:it|that|this|yes|no|I|we)\b", answer, re.I):
        return None
    found = fate(answer, retracted=True)
    return found[0] if found else None


# a zone moved on, in the words before its new figure: "the evacuation order was widened to
# 10 km", "it was pushed out to 20 km", "was extended to 15 km on Wednesday" (not "demanded
# that the zone be extended to 30 km", nor "will be widened to 15 km")
_MOVED_TO = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|(?:it|they)(?:\s+had)?)\s+(?:again\s+|later\s+|then\s+|"
    r"further\s+)?(?:widened|extended|expanded|enlarged|pushed\s+(?:out|back)|moved\s+(?:out|outwards?)|"
    r"raised|increased|cut|reduced|narrowed|lowered|doubled|halved|shrunk|trimmed)\s+"
    r"(?:the\s+[^.;\d]{0,50}?\s+)?(?:again\s+)?to\s+(?:about\s+|some\s+)?$",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|must|to|be|being|not|never|if|unless|whether)\s+"
    r"(?:\w+\s+)?$",
    # (case kept: "on 30 May it was pushed out" is no modal)
)


def moved_on(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A stated figure that the same paragraph then moves: "told residents within 3 km of the
    plant to leave. Before dawn the evacuation order was widened to 10 km": superseded."""
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        if f["status"] == "rejected" or f.get("proposal"):
            continue
        for j in range(i + 1, len(out)):
            pos_j = ends[j][0]
            if "\n\n" in norm[ends[i][1] : pos_j].replace(" ", "") or pos_j - ends[i][1] > 500:
                break
            g = out[j].fields
            lead = norm[max(ends[i][1], pos_j - 90) : pos_j]
            verb = _MOVED_TO.search(lead)
            if (
                verb is not None
                and not _NOT_DONE.search(lead[: verb.start()])
                # "... to 15 miles, a week after it cut the limit to 10 miles": told as earlier
                and not re.search(
                    r"\b(?:after|since|before|following|when)\b[^.;]{0,20}$",
                    lead[: verb.start()],
                    re.I,
                )
                and g["status"] != "rejected"
                and g.get("proposal") in (None, "superseded")
                and (g["min_km"], g["max_km"]) != (f["min_km"], f["max_km"])
            ):
                out[i] = _relabel(c, "superseded")
                break
    return out


# a rule or proposal ended by a verb before it, the figure in a clause that describes it:
# "This Notice cancels Local Notice No. 37, in which the zone was given as 2 nautical miles",
# "voters turned down Proposition 112, the measure that would have required 2,500 feet"
_ENDER_NOUN = (
    r"(?:notice|order|decree|regulation|rule|ordinance|directive|instruction|draft|proposal|"
    r"plan|offer|demand|request|version|text|bill|measure|proposition|motion|amendment|"
    r"initiative|referendum|scheme|arrangement|agreement|notam|permit|licence|license)s?"
)
_ENDED_BEFORE = re.compile(
    r"\b(?P<verb>cancel(?:s|led|ed)?|revok(?:es|ed)|rescind(?:s|ed)|repeal(?:s|ed)|"
    r"replac(?:es|ed)|supersed(?:es|ed)|turned\s+down|turn(?:s)?\s+down|reject(?:s|ed)|"
    r"refus(?:es|ed)|voted\s+down|defeated|struck\s+down|threw\s+out|dropp(?:ed|s)|"
    r"abandon(?:s|ed)|scrapp(?:ed|s)|shelv(?:ed|es))\s+"
    # ("Local Notice No. 37 of 2025": a number's abbreviation is no full stop)
    # ("REPLACES A0412/21, WHICH SET ...": a rule named by its number alone)
    rf"(?P<obj>(?:[^.;]|(?<=No)\.){{0,80}}?(?:\b{_ENDER_NOUN}\b|\b[A-Z]{{1,3}}\d{{1,5}}/\d{{2,4}}\b)"
    r"(?:[^.;,]|(?<=No)\.){0,30}?),?\s*"
    r"(?P<rel>in\s+which|under\s+which|which|that|whose)\s+[^.;,]*$",
    re.I,
)
_CANCEL_VERB = re.compile(r"cancel|revok|rescind|repeal|replac|supersed", re.I)
# a proposal that is the sentence's subject, its figure in the words that say what it was, and
# its fate in the main verb: "A later suggestion from boating groups, to cut the ring to 250
# yards, was dropped", "In early 1997 a plan to draw the boundary 2 km from the dome was
# abandoned"
_SUBJECT_PROPOSAL = re.compile(
    r"^\W*(?:[^,;.]{0,30}?\s)?(?:an?|the|this|that|their|its|his|her|our)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:proposal|suggestion|plan|idea|request|demand|offer|draft|"
    r"compromise|bill|motion|amendment|initiative)s?\b[^.;]{0,80}?\b(?:to|for|that|of)\b[^.;]*$",
    re.I,
)
_SUBJECT_VERB = re.compile(
    r"^[^.;]{0,160}?(?:,\s*|\s)(?P<verb>(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?\w+(?:\s+(?:down|out|aside|up))?)\b",
    re.I,
)
# a fate in words set after the figure that name it again: "... beyond the Wall, a demand which
# was flatly refused", "gave the area as 2 km, a figure the commander set aside"
_APPOSITIVE_FATE = re.compile(
    # (not "..., the 100-metre proposal being withdrawn": another figure's own fate)
    r"[\"'\u201d]?[^.;,\d]{0,60},\s*(?P<cue>(?:an?|the|one)\s+(?:(?![\w'-]*\d)[\w'-]+\s+)?"
    r"(?:demand|figure|"
    r"proposal|request|idea|plan|offer|suggestion|number|distance|limit|bid)\s+(?:which\s+|that\s+)?"
    r"[^,.;\d]{0,60})",
    re.I,
)
# a figure's fate in an absolute clause after it: "members agreed a spacing of 50 metres, the
# 100-metre proposal being withdrawn", "the 2 km figure having been refused"
_ABSOLUTE_FATE = re.compile(
    r"\s*-?\s*(?:[\w'-]+\s+){0,2}?(?:proposal|demand|figure|request|idea|plan|offer|suggestion|"
    r"limit|buffer|zone|setback|version|draft|distance)s?\s+(?:being|having\s+been)\s+"
    r"(?P<cue>[^,.;\d]{1,40})",
    re.I,
)
# a figure looked at and ended in the same sentence: "We looked at two metres and we refused
# it", "they weighed 5 km but dropped it"
_AND_ENDED = re.compile(
    r"[^.;,\d]{0,20}?,?\s+(?:and|but)\s+(?:(?:we|they|he|she|I|the\s+[\w'-]+)\s+)?"
    r"(?:(?:then|later|quickly|soon|flatly|firmly|have|had|has)\s+)*(?P<cue>(?:refused|rejected|"
    r"turned\s+down|dropped|abandoned|scrapped|ruled\s+out)\s+(?:it|that|this|them)\b)",
    re.I,
)
# a resolution's word on a figure named in it: "(c) the 100-metre buffer previously advised be
# noted but not adopted as a condition", "that the 2 km proposal be refused"
_RESOLVED_NOT = re.compile(
    # (not "within 2 km of the dam shall be refused": what a rule does to applications)
    r"[^.;:\d]{0,60}?(?<!\bshall\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bwill\s)(?<!\bwould\s)"
    r"(?<!\bmay\s)(?<!\bcan\s)(?<!\bto\s)(?<!\bnot\s)(?<!\bnormally\s)(?<!\busually\s)"
    r"\bbe\s+(?:noted\s+(?:but|and)\s+)?(?:(?P<no>not\s+(?:adopted|accepted|approved|"
    r"agreed|pursued))|(?P<cue>refused|rejected|withdrawn|dropped|deleted|struck\s+out))\b",
    re.I,
)
# a proposal taken back by those who made it, in its own words: "withdrew its proposal"
_TAKEN_BACK = re.compile(
    r"^[^.;\d]{0,80}?\b(?:withdrew|dropped|abandoned|gave\s+up|let\s+go\s+of)\s+(?:its|their|his|"
    r"her|our|the|that)\s+(?:own\s+)?(?:proposal|demand|request|offer|idea|plan)\b",
    re.I,
)
# a telegraphic end: "LV-D87 WITH RADIUS 80NM CANCELLED AND REPLACED BY A0318/25"
_ENDED_PAIR = re.compile(
    r"(?:[^.;,\d]{0,40}?\s)?\s*(?P<cue>(?:cancel+ed|revoked|rescinded|withdrawn)\s+and\s+"
    r"(?:replaced|superseded)\b)",
    re.I,
)
# a figure put as a question ("asked whether he will reduce the danger area to six nautical
# miles", "were asked whether the zone might be pushed out to 4 km") and answered no
_ASKED_WHETHER = re.compile(
    r"\b(?:ask(?:ed|s|ing)?|question(?:ed)?)\b[^.;?]{0,80}?\b(?:whether|if)\b[^.;?]{0,80}?"
    r"\b(?:reduc|cut|widen|extend|push|increas|enlarg|expand|narrow|shrink|mov|rais|lower|"
    r"doubl|halv|creat|establish|introduc|impos|adopt|declar|seek|press\s+for|amend)\w*\b"
    r"[^.;?]{0,60}$",
    re.I,
)
# an answer that turns down what was asked, anywhere in its paragraph: "The Ministry has
# examined the proposal ... and has decided not to adopt it", "The Government has no plans to"
_ANSWER_REFUSES = re.compile(
    r"\b(?:(?:has|have)\s+(?:no\s+(?:plans?|intention)|decided\s+(?:not\s+to|against))|"
    r"(?:does|do|did)\s+not\s+(?:intend|propose|plan|believe|consider|accept|think)|"
    r"decided\s+(?:not\s+to|against)|(?:is|am|are)\s+not\s+persuaded|"
    r"sees?\s+no\s+(?:need|case|reason)|no\s+case\s+for|cannot\s+(?:seek|accept|agree|support|"
    r"justify)|(?:will|would)\s+not\s+(?:be\s+)?(?:seek|seeking|extend|extending|adopt|adopting|"
    r"accept|accepting|press|pressing|propose|proposing|change|changing|amend|amending))\b",
    re.I,
)
_ANSWER_NO = re.compile(
    r"\W*(?:no\b(?!\s+(?:one|doubt|longer|more|less|later|sooner))|not\s+at\s+all\b|never\b)",
    re.I,
)
# a label that opens a paragraph of answers: "The Secretary for Defence (Ms Anja Holt): "
_ANSWER_LABEL = re.compile(r"[^:\n]{1,80}:\s+")
# the rule a figure belongs to, named back with a general word: "That restriction has now been
# replaced by the wider one", "the Commission agreed that this distance is replaced by 600
# metres", "the first order was replaced by it"
_RULE_BACK = re.compile(
    r"^[^.;]{0,160}?(?:^|\b(?:that|and|so|then|now)\s+|,\s*|\W)"
    r"(?:(?:this|that)\s+(?:[\w'-]+\s+)?|the\s+(?:first|earlier|original|previous|old|former|"
    r"initial)\s+(?:[\w'-]+\s+)?)(?:restriction|limit|order|rule|zone|radius|distance|cordon|"
    r"figure|measure|exclusion|ring|circle|area|setback|width)s?\s+" + ENDED_VERB,
    re.I,
)


# a figure named back later by its size with the rule it belongs to, and ended: "The 100-metre
# order is set aside", "the 3-mile ban was quashed"
_NAMED_ENDED = re.compile(
    r"\s*(?:[\w'-]+\s+)?(?:order|injunction|buffer|zone|limit|cordon|setback|ban|rule|restriction|"
    r"condition|radius|closure|exclusion)s?"
    # ("The 25-km border zone established by Ordinance No. 4 of 1993 is abolished")
    r"(?:\s+(?:established|set\s+up|created|laid\s+down|imposed|declared|introduced|fixed)\s+"
    r"(?:by|under|in)\s+(?:[^.;,]|(?<=\bNo)\.){1,60}?)?"
    r"\s+(?:is|are|was|were|(?:has|have|had)\s+been|must\s+be|"
    r"will\s+be)\s+(?:therefore\s+|accordingly\s+|also\s+|now\s+|later\s+|then\s+|hereby\s+)?"
    r"(?P<verb>set\s+aside|overturned|reversed|struck\s+down|quashed|annulled|revoked|"
    r"cancel+ed|rescinded|discharged|vacated|abolished)\b",
    re.I,
)
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s*$", re.I)


def _ended_label_of(verb: str) -> str:
    return "rejected" if re.match(r"set|overturned|reversed|struck", verb, re.I) else "superseded"


def _named_and_ended(norm: str, f: dict, start: int, end: int) -> str | None:
    """The fate of a figure that a later sentence names back by its size and ends, within
    1,500 characters: "ordered a buffer of 100 metres ... The 100-metre order is set aside"
    (refused on appeal); "quashed", "revoked" and the like: superseded."""
    if _THE_BEFORE.search(norm[max(0, start - 8) : start]) and (
        ended := _NAMED_ENDED.match(norm, end)
    ):
        # the figure named back is itself the one ended: "On appeal, the 2 km cordon was quashed"
        return _ended_label_of(ended.group("verb"))
    window = norm[end : end + 1500]
    if not re.search(
        r"(?:set\s+aside|overturned|reversed|struck\s+down|quashed|annulled|"
        r"revoked|cancel|rescinded|discharged|vacated)",
        window,
        re.I,
    ):
        return None
    for m in measurements(window):
        if not (
            math.isclose(m.low_km, f["min_km"], rel_tol=1e-3)
            and math.isclose(m.high_km, f["max_km"], rel_tol=1e-3)
        ):
            continue
        if not _THE_BEFORE.search(window[max(0, m.start - 8) : m.start]):
            continue
        if ended := _NAMED_ENDED.match(window, m.end):
            return _ended_label_of(ended.group("verb"))
    return None


def fates_around(
    norm: str, spans: list[tuple[int, int]], claims: list[Claim], ends: list[tuple[int, int]]
) -> list[Claim]:
    """Fates told around a figure the steps before left stated: its rule ended by a verb before
    it, a proposal whose main verb tells its end, a question answered no, a rule named back
    with a general word and replaced, a refused figure named again."""
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        start, end = ends[i]
        s_a, s_b = sentence_of(spans, start)
        if f.get("proposal") == "rejected" and PROPOSAL.search(norm[s_a:start]):
            # "The Grennlund delegation could not accept a change of that size. After discussion
            # the Paskov delegation withdrew its proposal": refused, then taken back
            after = paragraph_after(norm, spans, s_b, n=2)
            # (not past the paragraph's end, nor past a figure in words: "a forty-kilometre
            # zone ... We withdrew that proposal" speaks of that one)
            ends_para = "\n\n" in norm[s_b - 3 : s_b + 1].replace(" ", "")
            if (
                len(after) == 2
                and not ends_para
                and not re.search(r"\d", after[0])
                and not OWN_FIGURE.search(after[0])
                and _TAKEN_BACK.search(after[1])
            ):
                out[i] = _relabel(c, "dropped")
            continue
        if f["status"] == "rejected":
            continue
        before = norm[s_a:start]
        if speaker := SPEAKER.match(before):
            before = before[speaker.end() :]
        label = None
        if re.match(r"\s*[\"'\u201c]", before) and not re.search(r"[.!?;:]\s*$", norm[:s_a]):
            # a quoted figure split off its sentence: 'Earlier drafts gave the AOS as
            # "approximately 2 km", a figure ... set aside' (superseded, as earlier drafts')
            lead = norm[sentence_of(spans, max(s_a - 1, 0))[0] : s_a]
            if EARLIER_DRAFT.search(lead):
                label = "superseded"
        if label is None and (m := _ENDED_BEFORE.search(before)):
            verb = m.group("verb")
            if _CANCEL_VERB.match(verb):
                label = "superseded"
            elif m.group("rel").lower() != "that" or re.search(
                r"\bwould\b", before[m.start("rel") :], re.I
            ):
                told = fate(verb)
                label = told[0] if told else None
        if label is None and _SUBJECT_PROPOSAL.search(before):
            rest = norm[end:s_b]
            if v := _SUBJECT_VERB.match(rest):
                told = fate(v.group("verb"), retracted=True)
                label = told[0] if told else None
        if label is None and (
            told := _APPOSITIVE_FATE.match(norm, end, s_b) or _ENDED_PAIR.match(norm, end, s_b)
        ):
            # "... 20 miles beyond the Wall, a demand which was flatly refused", "WITH RADIUS
            # 80NM CANCELLED AND REPLACED BY A0318/25"
            found = fate(told.group("cue"), retracted=True)
            label = found[0] if found else None
            if told.re is _ENDED_PAIR:
                label = "superseded"
        if label is None and (
            told := _ABSOLUTE_FATE.match(norm, end, s_b) or _AND_ENDED.match(norm, end, s_b)
        ):
            found = fate(told.group("cue"), retracted=True)
            label = found[0] if found else None
        if label is None and (told := _RESOLVED_NOT.match(norm, end, s_b)):
            found = fate(told.group("cue"), retracted=True) if told.group("cue") else None
            label = found[0] if found else "rejected"
        if label is None and _ASKED_WHETHER.search(before):
            label = _answered_whether(norm, spans, s_b)
        if label is None:
            label = _named_and_ended(norm, f, start, end)
        if label is None and _CHANGED_TO.match(norm, end, s_b):
            # "The danger zone of 10 kilometres around the summit was widened on Sunday to a
            # radius of 20 kilometres": the old figure of a change, told as its subject
            label = "superseded"
        if (
            label is None
            and _NAMED_A_DRAFT.search(before[-80:])
            and (told := in_sentence(norm[s_a:s_b], end - s_a, True))
            and told[0] != "superseded"
        ):
            # "there was a compromise figure of 5 km on each side, which we accepted, but their
            # parliament refused it": a figure named as a draft, its fate in the rest of its
            # sentence
            label = told[0]
        if (
            label is None
            and (PROPOSAL.search(before) or DRAFT.search(before))
            and JUDGED_NO.match(norm, end, s_b)
        ):
            # "had considered a closure out to 10 nm but judged that unnecessary": put forward,
            # then judged needless or the wrong size
            label = "rejected"
        if label is None:
            after = paragraph_after(norm, spans, s_b, n=2)
            for k, nxt in enumerate(after[:2]):
                # (a sentence with a figure of its own speaks of that one)
                if k == 1 and re.search(r"\d", after[0][:80]):
                    break
                if re.search(r"\d", nxt[:40]):
                    break
                if m := _RULE_BACK.match(nxt):
                    label = ended_label(m.group().rstrip())
                    break
        # "Opponents said the 2,500-foot setback would have put ...": a refused figure named
        # again, with what it would have done
        if (
            label is None
            and re.fullmatch(r"[^.;]{0,40}?\b(?:the|that|this)\s+", before, re.I)
            and re.match(
                r"\s*-?\s*(?:[\w'-]+\s+){0,2}?(?:(?:would|could)\s+have\b|(?:was|were)\s+"
                # "The 800-mile arc was thus never enforced"
                r"(?:thus\s+|therefore\s+|so\s+)?never\s+(?:enforced|applied|used|implemented|"
                r"adopted|in\s+force)\b)",
                norm[end:s_b],
                re.I,
            )
        ):
            same = [
                g.fields
                for g in out[:i]
                if g.fields["status"] == "rejected"
                and (g.fields["min_km"], g.fields["max_km"]) == (f["min_km"], f["max_km"])
            ]
            label = same[-1].get("proposal") if same else None
        if (
            label is None
            and f.get("proposal") in (None, "proposed")
            and (PROPOSAL.search(before) or DRAFT.search(before))
        ):
            # "Gelmaris asked the Tribunal to order a withdrawal to 25 km ... The Tribunal does
            # not consider that a withdrawal of 25 kilometres ... is required": a request whose
            # figure is refused when named again a little later, in words that propose nothing
            for j in range(i + 1, len(out)):
                g = out[j].fields
                if ends[j][0] - end > 1500:
                    break
                if (g["min_km"], g["max_km"]) != (f["min_km"], f["max_km"]):
                    continue
                j_a, _ = sentence_of(spans, ends[j][0])
                if g.get("proposal") in ("rejected", "dropped") and not PROPOSAL.search(
                    norm[j_a : ends[j][0]]
                ):
                    label = g["proposal"]
                break
        if label is None:
            label = _told_past_a_line_cut(norm, spans, s_a, s_b)
        if label:
            out[i] = _relabel(c, label)
        elif f.get("proposal") is None and UNDER_CONSIDERATION.search(before):
            # "The agency is also considering ... closing trawl fisheries within 10 nm of
            # rookeries": a measure a body is weighing, however its figure was read
            out[i] = Claim(c.kind, {**f, "proposal": "proposed"}, c.quote, c.start, c.end)
    return out


def _told_past_a_line_cut(
    norm: str, spans: list[tuple[int, int]], s_a: int, s_b: int
) -> str | None:
    """A proposal's fate in the next sentences, when a line break the splitter took for a
    sentence's end cut one of them: "QUENDRAL COUNTERED WITH ONE MILE. BOTH FIGURES" /
    "DROPPED IN FAVOR OF THE 2-MILE LINE." (the sentences before them read only the cut)."""
    after = paragraph_after(norm, spans, s_b, n=5)
    if not any(re.search(r"[^.!?;:\"')\s]\s*\n\s*$", part) for part in after[:2]):
        return None
    joined = " ".join(part.strip() for part in after)
    ahead = re.split(r"(?<=[.!?])(?<![A-Za-z]\.[A-Za-z]\.)[\"']?\s+(?=[\"']?[A-Z])", joined)
    return following(norm[s_a:s_b], ahead[:2])


# the next sentence changes the figure, named back, to a new one: "On Tuesday we doubled that
# to 200 yards", "Last year the council cut it to 300 metres"
_CHANGED_THAT_NEXT = re.compile(
    # (not "Boats may cut it to 100 yards in waters less than a mile wide": what a rule allows)
    r"\W*(?:(?!(?:may|can|could|might|will|would|shall|should|must|to)\b)[\w'-]+\s+){0,5}?"
    r"(?:doubled|halved|trebled|tripled|raised|increased|cut|reduced|"
    r"widened|extended|narrowed|lowered|pushed|pulled|changed|revised|moved|shrank|trimmed)\s+"
    # (not "extended the buffer to 200 feet for new subdivisions": a change for some only)
    r"(?:it|(?:that|this)(?:\s+(?:figure|distance|limit|radius))?)\s+"
    r"(?:out\s+|back\s+|up\s+|down\s+|in\s+)?to\s+(?:about\s+|some\s+|nearly\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a\s+hundred|half\s+a)\b)",
    re.I,
)


# a figure, subject of its sentence, changed to a new figure by the main verb after it
_CHANGED_TO = re.compile(
    r"[^.;,\d]{0,60}?\b(?:was|were|has\s+been|had\s+been|is\s+being|was\s+then|was\s+later)\s+"
    r"(?:\w+\s+)?(?:widened|extended|enlarged|expanded|increased|doubled|trebled|tripled|reduced|"
    r"narrowed|shrunk|trimmed|halved|cut|pushed\s+out|pulled\s+in|drawn\s+in)\b"
    r"[^.;\d]{0,40}?\bto\b[^.;\d]{0,30}?\d",
    re.I,
)


# a paragraph that puts the next question: "Question 3309, Mr ...", "Asked by ...", "To ask ..."
_NEXT_QUESTION = re.compile(
    r"\s*(?:question\b|asked\b|to\s+ask\b|q\s*[.:]?\s*\d|\d+\.\s+(?:mr|mrs|ms|dr)\b|"
    r"(?:mr|mrs|ms|dr|sir|lord|lady)\.?\s+[A-Z][\w'-]+[^.\n]{0,80}?\basked\b)",
    re.I,
)


def _answered_whether(norm: str, spans: list[tuple[int, int]], s_b: int) -> str | None:
    """The answer to a figure put as a question: "No." opening the next paragraph's answer, or
    a refusal in the next sentence ("The agency said there was no need for that")."""
    para = norm.find("\n\n", s_b - 3)
    nxt = next(((a, b) for a, b in spans if a >= s_b), None)
    if nxt is None:
        return None
    words = norm[nxt[0] : nxt[1]]
    if 0 <= para < nxt[0]:
        # the answer's paragraph: "Answer. Hon. Beverley Joseph: The no-take core ..."
        start = para + 2
        end = norm.find("\n\n", start)
        answer = norm[start : len(norm) if end < 0 else end]
        # (and the answer's next paragraphs, up to the next question or heading: "Crane Hill
        # lies ... The Government has considered the 3 km proposal and has decided not to
        # adopt it")
        while end >= 0 and len(answer) < 1500:
            after = norm.find("\n\n", end + 2)
            more = norm[end + 2 : len(norm) if after < 0 else after]
            if not more.strip() or _NEXT_QUESTION.match(more) or "." not in more[:120]:
                break
            answer, end = answer + " " + more, after
        opened = re.match(r"\s*(?:answer|reply|response)\s*[.:-]\s*", answer, re.I)
        if opened:
            answer = answer[opened.end() :]
        label = _ANSWER_LABEL.match(answer)
        if label is None and not opened:
            return None
        answer = answer[label.end() :] if label else answer
        if _ANSWER_NO.match(answer) or _ANSWER_REFUSES.search(answer[:1500]):
            return "rejected"
        return None
    if re.search(r"\d", words[:80]):
        return None
    told = fate(words[:200])
    return "rejected" if told and told[0] == "rejected" else None


# a proposal's fate told in a clause before its figure
_GAVE_UP_BEFORE = re.compile(
    r"\b(?:offer|proposal|demand|position|plan|idea|request|draft)s?\s*,\s*(?:which|that)\s+"
    r"(?:\w+\s+){1,2}?(?:later\s+|then\s+|quietly\s+|eventually\s+)?(?P<verb>gave\s+up|"
    r"dropped|abandoned|withdrew|scrapped|shelved|rejected|refused|turned\s+down)\b[^,.;]*,\s*"
    r"(?:was|were|is)\s+[^.;\d]{0,40}$",
    re.I,
)


# a sentence told of the time before the report's news: "Until now only residents within 10 km
# ...", "Hitherto the zone ..."
_UNTIL_NOW = re.compile(
    r"\W*(?:(?:until|till|up\s+to|up\s+until)\s+now|hitherto|previously|formerly)\b", re.I
)


def told_after(
    norm: str, spans: list[tuple[int, int]], claims: list[Claim], ends: list[tuple[int, int]]
) -> list[Claim]:
    """Fates told around a live-looking figure: its rule or draft ended after it, a figure of
    earlier drafts, the old figure of a change, a rule replaced later by its year."""
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        if f["status"] == "rejected" and f.get("proposal") not in ("rejected", "superseded"):
            continue
        start, end = ends[i]
        s_a, s_b = sentence_of(spans, start)
        nxt_fig = min((a for a, _ in ends if a >= end), default=len(norm))
        before = norm[s_a:start]
        # (a transcript's speaker is no part of the sentence)
        if speaker := SPEAKER.match(before):
            before = before[speaker.end() :]
        # "Our own first offer, which we gave up in February, was a zone of 10 km": told
        # outright, over a fate the order of versions only implies
        if gave := _GAVE_UP_BEFORE.search(before):
            verb = gave.group("verb").lower()
            label = "rejected" if verb.startswith(("rej", "ref", "tur")) else "dropped"
            out[i] = _relabel(c, label)
            continue
        if f.get("proposal") == "superseded":
            continue
        label = None
        if f["status"] == "rejected":
            # a figure refused and then taken back by those who made it: "The 10-mile demand
            # was withdrawn on Monday"
            if re.match(
                r"\s*-?\s*(?:[\w'-]+\s+)?(?:demand|proposal|offer|request|idea|plan)s?\s+"
                r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:withdrawn|dropped|abandoned)\b",
                norm[end:s_b],
                re.I,
            ):
                out[i] = _relabel(c, "dropped")
            continue
        after = paragraph_after(norm, spans, s_b, n=1)
        rest = norm[end : min(s_b, nxt_fig)]
        label = ended_after(
            before, rest, after[0] if after and nxt_fig >= s_b else "", norm[s_a:s_b]
        )
        if label is None and after and nxt_fig >= s_b and _CHANGED_THAT_NEXT.match(after[0]):
            label = "superseded"
        if (
            label is None
            # (after a paragraph's number: "6.5 The 250 m figure ...")
            and re.fullmatch(
                r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the|that|this|their|our|its|his|her|your)\s+",
                before,
                re.I,
            )
            and re.match(
                # ("The 250 m figure in the officer's report is accordingly withdrawn")
                r"\s*-?\s*(?:[\w'-]+\s+)?(?:(?:in|of|from|for)\s+(?:[\w'-]+\s+){1,4}?)?"
                r"(?:is|are|was|were|has\s+been|had\s+been)\b",
                rest,
            )
        ):
            # "The 40 kilometres is off the table; Kolvek dropped it": a figure and its fate
            told = fate(rest[:100], retracted=True)
            label = told[0] if told else None
        if label is None and (
            past := re.search(
                r"\b(?:after|since|following)\s+(?:\w+\s+){0,3}?(?:had\s+)?(?:cut|reduced|widened|"
                r"extended|narrowed|raised|lowered|expanded|shrank|halved|doubled)\s+"
                r"(?:(?:it|them|the\s+[^.;\d]{0,40}?)\s+)?to\s+(?:about\s+|some\s+)?$",
                before,
                re.I,
            )
        ):
            # "will widen the zone to 15 nautical miles, a week after it cut the limit to 10
            # miles": an earlier change, overtaken by the one the sentence tells first
            main = (start - len(before), start - len(before) + past.start())
            if any(
                main[0] <= a < main[1]
                and (g.fields["min_km"], g.fields["max_km"]) != (f["min_km"], f["max_km"])
                for (a, _), g in zip(ends, out, strict=True)
            ) and re.search(
                r"\b(?:widen|extend|expand|enlarge|cut|reduc|narrow|rais|lower|push|mov)\w*\b",
                norm[main[0] : main[1]],
                re.I,
            ):
                label = "superseded"
        if label is None and EARLIER_DRAFT.search(before):
            label = "superseded"
        if (
            label is None
            and _UNTIL_NOW.match(before)
            # (told in the past: "were sent"; not "Up to now the army has treated land 300
            # metres from the fence as a no-go zone", a practice that goes on)
            and re.search(r"\b(?:was|were|had)\b", norm[s_a:s_b], re.I)
            and not re.search(r"\b(?:has|have)\b", norm[s_a:s_b], re.I)
            and any(g.kind == "width" and abs(g.fields["min_km"] - f["min_km"]) > 1e-9 for g in out)
        ):
            # "Until now only residents within 10 km of a reactor were sent tablets", in a
            # report of the new 20 km: the rule the report's news replaces
            label = "superseded"
        lead = norm[max(s_a, start - 60) : start]
        if (
            label is None
            # (a line that opens with the figure may be cut off from its sentence: the words
            # right before it count all the same)
            and (changed := _CHANGED_ITS.search(norm[max(0, start - 60) : start]))
            and _CHANGED_ITS_TO.match(norm, end)
            and nxt_fig < s_b
        ):
            # "Connecticut reduced its 1,500-foot zones to 300 feet": the figure a change left
            label = "superseded"
            # "Connecticut, for example, long used a radius of 1,500 feet": the same figure
            # named earlier for the same place shares its fate
            actor = re.search(
                r"\b([A-Z][\w'-]{3,})\s+(?:[a-z]+\s+)?$",
                norm[max(0, start - 60) : start][: changed.start()],
            )
            for j in range(i) if actor else ():
                g = out[j].fields
                a_j = sentence_of(spans, ends[j][0])
                if (
                    (g["min_km"], g["max_km"]) == (f["min_km"], f["max_km"])
                    and g["status"] != "rejected"
                    and start - ends[j][0] < 1500
                    and re.search(rf"\b{re.escape(actor.group(1))}\b", norm[a_j[0] : ends[j][0]])
                ):
                    out[j] = _relabel(out[j], "superseded")
        if label is None and CHANGED_FROM.search(lead):
            label = "rejected" if ASKED_AFTER.match(norm, end) else "superseded"
        if label is None and (year := _YEAR_RULE.search(before)):
            later = norm[s_b : s_b + 2500]
            if re.search(
                rf"\b(?:replaced|superseded|revoked|repealed|abrogated|annulled)\s+the\s+"
                rf"{year.group('year')}\s+{year.group('noun')}",
                later,
                re.I,
            ):
                label = "superseded"
        asked = _WHAT_BECAME.search(lead) or (
            # "So the 5 km north and south is gone?": a question on a figure named again
            re.fullmatch(r"\W*(?:(?:so|and|but)\s+)?(?:the|your|their|that|our)\s+", before, re.I)
            and norm[s_a:s_b].rstrip().endswith("?")
        )
        q_end = s_b
        if not asked:
            # "... nothing under 15 kilometres. What happened to that figure?"
            nxt = next(((a, b) for a, b in spans if a >= s_b), None)
            if nxt and re.match(
                r"\s*(?:so\s+|and\s+|but\s+)?what\s+(?:has\s+|had\s+)?(?:happened|became)\s+(?:to|of)\s+"
                r"(?:that|this|the|your|their|his|her)\s+(?:figure|demand|proposal|offer|number|zone|"
                r"promise|idea|plan|position)\s*\?",
                norm[nxt[0] : nxt[1]],
                re.I,
            ):
                asked, q_end = True, nxt[1]
        if label is None and asked and (label := _what_became(norm, q_end)):
            # the earlier mentions of the figure share its fate: any in the question's
            # paragraph, and those just before whose fate was only inferred
            para = max(norm.rfind("\n\n", 0, start), 0)
            for j in range(i):
                g = out[j].fields
                if (g["min_km"], g["max_km"]) != (f["min_km"], f["max_km"]):
                    continue
                if ends[j][0] > para or (
                    start - ends[j][0] < 1500
                    and g.get("proposal") in (None, "proposed", "superseded")
                ):
                    out[j] = _relabel(out[j], label)
        if label is None:
            label = _answered_with_fate(norm, spans, out, ends, i, s_b)
        if label:
            out[i] = _relabel(c, label)
    return out


# a rule's own figure named as the one a change made: "cut its 1,000-foot zone to 300 feet"
_CHANGED_ITS = re.compile(
    r"\b(?:reduced|cut|increased|raised|widened|narrowed|extended|lowered|enlarged|shrank|"
    r"trimmed|halved|doubled|pushed|pulled|expanded)\s+(?:its|their|his|her|our|the)\s+"
    r"(?:(?:old|former|earlier|existing|original|previous)\s+)?$",
    re.I,
)
_CHANGED_ITS_TO = re.compile(
    r"\s*-?\s*(?:[\w'-]+\s+){0,3}?to\s+(?:about\s+|just\s+|only\s+|some\s+)?\d",
    re.I,
)


def _answered_with_fate(
    norm: str,
    spans: list[tuple[int, int]],
    claims: list[Claim],
    ends: list[tuple[int, int]],
    i: int,
    s_b: int,
) -> str | None:
    """In a transcript, a figure the next speaker names again at once with its fate:
    "PRESENTER: ... you gave away the ten-kilometre zone." / "WEYL: We proposed ten
    kilometres, yes. Quast turned it down flat": refused, as the answer tells."""
    para = norm.find("\n\n", s_b - 3)
    if para < 0 or para >= s_b or not SPEAKER.match(norm, norm.rfind("\n\n", 0, s_b - 3) + 2):
        return None
    reply = next(((a, b) for a, b in spans if a >= para + 2), None)
    if reply is None or not SPEAKER.match(norm[reply[0] : reply[1]]):
        return None
    f = claims[i].fields
    for (a, _), g in zip(ends, claims, strict=True):
        if (
            reply[0] <= a < reply[1]
            and (g.fields["min_km"], g.fields["max_km"]) == (f["min_km"], f["max_km"])
            and g.fields.get("proposal") in ("rejected", "dropped")
        ):
            return g.fields["proposal"]
    return None


# a rule told as one of the past, right before its figure: "the old hundred-mile limit", "the
# original 350 m test", "the permanent danger zone had extended 4 km", "long used the same 500
# feet", "Before 2000 that inner strip was only 3 metres" (not "the old town", whose figure is
# no rule's)
_BYGONE = re.compile(
    r"(?:\b(?:the|its|their|his|her|this|that)\s+(?:old|original|former|previous|earlier)\s+"
    r"(?:[\w'-]+\s+){0,3}?"
    r"|\bhad\s+(?:(?:long|already|previously)\s+)?(?:extended|reached|stretched|run|covered|"
    r"stood|used|set|fixed|drawn|kept|required|allowed)\s+(?:[\w'-]+\s+){0,4}?"
    # ("had been 3 km", not "had been seen inside the five-kilometre strip")
    r"|\bhad\s+(?:(?:long|already|previously)\s+)?been\s+(?:\w+ed\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:to|at|of)\s+)?"
    r"|\b(?:long|previously|formerly|originally|once)\s+(?:used|set|required|allowed|had|"
    r"kept|fixed|drew|ran|reached|extended|covered)\s+(?:[\w'-]+\s+){0,3}?"
    # "The fire service first set the cordon at a quarter of a mile", "Police had first worked
    # with a ring of one kilometre", "initially drawn at 3 km"
    r"|\b(?:first|initially|originally|at\s+first)\s+(?:set|drew|drawn|declared|imposed|fixed|"
    r"put|placed|worked\s+with|ordered|closed|cleared|evacuated|established|applied)\b"
    r"[^.;\d]{0,60}?\b(?:at|to|of|with|within|for)\s+"
    # "In the first decision the buffer reached 10 kilometres out"
    r"|\bin\s+the\s+first\s+(?:decision|order|notice|decree|version|phase|days?|week)\b"
    r"[^.;\d]{0,60}?"
    # "Before 2000 that inner strip was only 3 metres", "Until 2019 the zone stood at 3 km"
    r"|\b(?:before|until|till|prior\s+to)\s+(?:1[89]|20)\d\d\b[^.;\d]{0,60}?\b(?:was|were|"
    r"had\s+been|stood\s+at|extended|reached|ran)\s+)"
    r"(?:(?:some|about|only|just|roughly|around|the\s+same|a|an)\s+)?$",
    re.I,
)


# "Iceland's fishery limit, which has stood at four nautical miles since 1952, moved out to
# twelve": a figure that held until the change the sentence goes on to tell
_HAS_STOOD = re.compile(
    r"\b(?:which|that)\s+(?:has|had)\s+(?:long\s+)?(?:stood|been\s+set|been\s+fixed|run|reached|"
    r"extended)\s+(?:at|to)\s+(?:(?:about|some|only|just)\s+)?$",
    re.I,
)
_SINCE_THEN_CHANGED = re.compile(
    r"[^.;\d]{0,10}?\bsince\b[^.;]{1,30}?,\s*(?:was\s+|has\s+been\s+|is\s+)?(?:now\s+)?"
    r"(?:moved|pushed|pulled|drawn|widened|extended|narrowed|reduced|cut|raised|lowered|doubled|"
    r"halved|increased|changed)\b",
    re.I,
)


# "we began at twenty kilometres. We met at twelve": the figure talks opened at, given up for
# a later one (as the field gold reads 22 of its 23 such figures)
_BEGAN_AT = re.compile(
    r"\b(?:began|begun|started|opened)\s+(?:(?:the\s+)?(?:talks|bidding|negotiations?)\s+)?"
    r"(?:out\s+)?(?:at|with)\s+(?:an?\s+|the\s+)?(?:(?:full|mere|modest)\s+)?$",
    re.I,
)


def _given_up_for_a_later(
    norm: str,
    claims: list[Claim],
    ends: list[tuple[int, int]],
    cue: re.Pattern,
    label: str,
    later_in_force: bool,
) -> list[Claim]:
    """Widths with ``cue`` right before them, relabelled ``label`` when the report goes on to
    another figure (one in force, if ``later_in_force``)."""
    out = list(claims)
    for i, c in enumerate(claims):
        a, b = ends[i]
        if (
            c.kind != "width"
            or c.fields["status"] == "rejected"
            or not cue.search(norm[max(0, a - 60) : a])
        ):
            continue
        if any(
            o.kind == "width"
            and x > b
            and not math.isclose(o.fields["min_km"], c.fields["min_km"])
            and not (
                later_in_force
                and (o.fields["status"] == "rejected" or o.fields.get("proposal") == "proposed")
            )
            for o, (x, _) in zip(claims, ends, strict=True)
        ):
            out[i] = _relabel(c, label)
    return out


def opened_at(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A figure talks "began at" or "opened with", when the report goes on to another figure
    in force: superseded."""
    return _given_up_for_a_later(norm, claims, ends, _BEGAN_AT, "superseded", True)


# "Their opening bid was 4 km on each side. Our answer was 1 km": a side's first figure,
# answered with another (the field gold reads 92 of its 160 opening and first bids as rejected)
_OPENING_BID = re.compile(
    r"\b(?:opening|first|initial)\s+(?:bid|offer|demand|position|proposal|request|ask)\s+"
    r"(?:was|of|had\s+been)\s+(?:an?\s+|the\s+)?$",
    re.I,
)


def opening_bid(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A side's opening bid, answered later in the report with another figure: rejected."""
    return _given_up_for_a_later(norm, claims, ends, _OPENING_BID, "rejected", False)


def bygone(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A rule's figure told as one of the past, beside the figure in force: superseded.

    "The permanent danger zone had extended 4 km around the crater" in a
    report that says the zone was widened to six kilometres; "the original
    350 m test" beside the 100 m now in force. Only when the report has a
    width of the same kind (its semantics; any kind, for a limit named only
    by its figure) with another figure that is not itself told as one of
    the past, refused or dropped.
    """
    past = [
        c.kind == "width"
        and c.fields["status"] != "rejected"
        and bool(_BYGONE.search(norm[max(0, a - 80) : a]))
        for c, (a, _) in zip(claims, ends, strict=True)
    ]
    out = list(claims)
    for i, c in enumerate(claims):
        a, b = ends[i]
        if (
            c.kind == "width"
            and c.fields["status"] != "rejected"
            and _HAS_STOOD.search(norm[max(0, a - 60) : a])
            and (changed := _SINCE_THEN_CHANGED.match(norm, b))
            and any(x > b and y <= changed.end() + 60 for x, y in ends)
        ):
            # (the figure it changed to follows in the same sentence)
            out[i] = _relabel(c, "superseded")
            continue
        if not past[i]:
            continue
        f = c.fields
        now = [
            o.fields
            for j, o in enumerate(claims)
            if j != i
            and not past[j]
            and o.kind == "width"
            and o.fields["status"] != "rejected"
            # (a limit named only by its figure may be one of any kind)
            and f["semantics"] in (o.fields["semantics"], "unspecified")
            and not (
                math.isclose(o.fields["min_km"], f["min_km"])
                and math.isclose(o.fields["max_km"], f["max_km"])
            )
        ]
        if now:
            out[i] = _relabel(c, "superseded")
    return out


# "floated a wider 250-yard zone before settling on the 100-yard figure": one figure put aside
# for the one the clause then names
_BEFORE_SETTLING = re.compile(
    r"[^.;\d]{0,60}?\bbefore\s+(?:finally\s+|eventually\s+)?(?:settling|agreeing|deciding|"
    r"opting|landing|fixing)\s+(?:on|upon|for)\b",
    re.I,
)
_SETTLED_ON = re.compile(
    r"\b(?:settl(?:ed|ing)|agree(?:d|ing)|decid(?:ed|ing)|opt(?:ed|ing)|land(?:ed|ing)|"
    r"fix(?:ed|ing))\s+(?:on|upon|for)\s+(?:the\s+|a\s+)?$",
    re.I,
)


def settled_on(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A figure put aside "before settling on" another: dropped; the one settled on is stated.

    "Port officials at one stage floated a wider 250-yard moored zone before
    settling on the 100-yard figure": the 250 yards were dropped, and the
    100 yards, named after "settling on", are no longer only put forward.
    """
    out = list(claims)
    for i, c in enumerate(claims):
        if c.kind != "width":
            continue
        start, end = ends[i]
        f = c.fields
        settled = _BEFORE_SETTLING.match(norm, end)
        later = [j for j in range(i + 1, len(claims)) if claims[j].kind == "width"]
        if (
            settled
            and f["status"] != "rejected"
            and later
            and ends[later[0]][0] >= settled.end()
            and _SETTLED_ON.search(norm[settled.start() : ends[later[0]][0]])
        ):
            out[i] = _relabel(c, "dropped")
        elif f.get("proposal") == "proposed" and _SETTLED_ON.search(
            norm[max(0, start - 40) : start]
        ):
            fields = {k: v for k, v in f.items() if k != "proposal"}
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


def refused_named_back(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A proposal named back by its figure keeps the fate its earlier mention was given.

    "The Fire and Rescue Service asked for 500 metres; I have not accepted
    that. ... whether the 500-metre figure requested by the Fire and Rescue
    Service would be kept under review": the figure named back is the one
    refused, unless its own words give it another fate.
    """
    out = list(claims)
    for i, c in enumerate(claims):
        f = c.fields
        start, end = ends[i]
        if (
            c.kind != "width"
            or f["status"] == "rejected"
            or f.get("proposal") not in (None, "proposed")
            or not _THE_BEFORE.search(norm[max(0, start - 8) : start])
            # (named by what it was put forward as: "the 500-metre figure requested by ...")
            or not NAMED_PUT.match(norm, end)
        ):
            continue
        earlier = [
            o.fields.get("proposal")
            for o in out[:i]
            if o.kind == "width"
            and o.fields.get("proposal") in ("rejected", "dropped")
            and math.isclose(o.fields["min_km"], f["min_km"])
            and math.isclose(o.fields["max_km"], f["max_km"])
        ]
        if earlier:
            out[i] = _relabel(c, earlier[-1])
    return out


# "The proposal ... to extend the zone to 25 kilometres is declined, as is the request ... to
# reduce it to 10 km": one fate told once for two figures
_AS_IS = re.compile(
    r"[^.;\d]{0,40}?,\s*as\s+(?:is|was|are|were)\s+[^.;\d]{0,120}$"
    # "rejected a 300-foot zone around the clinic, as well as a 300-foot zone around the homes"
    r"|[^.;\d]{0,80}?,?\s+(?:as\s+well\s+as|together\s+with|along\s+with)\s+"
    r"(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,2}?$",
    re.I,
)


def as_is(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A figure joined by "as is" or "as well as" to a refused or dropped one before it shares
    its fate."""
    out = list(claims)
    for i in range(1, len(claims)):
        c, prev = out[i], out[i - 1]
        if (
            c.kind == "width"
            and prev.kind == "width"
            and c.fields["status"] != "rejected"
            and prev.fields.get("proposal") in ("rejected", "dropped")
            and _AS_IS.match(norm[ends[i - 1][1] : ends[i][0]])
        ):
            out[i] = _relabel(c, prev.fields["proposal"])
    return out


# "I have accepted neither figure", "Neither figure survived the meeting": the two figures just
# put forward, both refused
_NEITHER = re.compile(
    r"\b(?:accepted|adopted|agreed\s+to|took\s+up|chose|backed|supported|approved|endorsed)\s+"
    r"neither\b"
    r"|\bneither\s+(?:figure|proposal|offer|plan|option|demand|request|of\s+them|of\s+the\s+"
    r"(?:two|figures|proposals|offers))\b[^.;]{0,30}?\b(?:survived|was\s+(?:accepted|adopted|"
    r"approved|taken\s+up|agreed)|won|carried|passed|made\s+it)\b",
    re.I,
)


# "neither the 200-metre offer nor the one-kilometre demand survived the inquiry": the two
# figures named in the sentence itself, both refused
_NEITHER_NOR = re.compile(
    r"\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,80}?\b(?:survived|was\s+(?:accepted|adopted|"
    r"approved|taken\s+up|agreed)|won|carried|passed|made\s+it)\b",
    re.I,
)


_TAKEN_UP = re.compile(
    r"\b(?:ordered|order|set|sets|fixed|fixes|chose|settled|decided|adopted|agreed|imposed|"
    r"imposes|accepted|accept)\b[^.;]*$",
    re.I,
)


def neither_taken(
    norm: str, spans: list[tuple[int, int]], claims: list[Claim], ends: list[tuple[int, int]]
) -> list[Claim]:
    """Two figures put forward and a sentence after them that takes neither: both refused.

    "The Survey asked me to close everything within two kilometres of the ice. The operators
    proposed a margin of 500 metres. I have accepted neither figure." The two widths of the
    two sentences before it, in its paragraph, are refused; so is either named again later in
    the paragraph ("Two kilometres would have closed the car park"), unless taken up there.
    So are the two figures a sentence names itself, with where they were first put forward in
    its paragraph: "I have to tell the House that neither the 200-metre offer nor the
    one-kilometre demand survived the inquiry."
    """
    out = list(claims)
    for k, (a, b) in enumerate(spans):
        start = max(norm.rfind("\n\n", 0, a), spans[max(0, k - 2)][0])
        named = _NEITHER_NOR.search(norm, a, b)
        if named:
            # the two named in it, and their first mentions earlier in the paragraph
            inside = [
                i
                for i, c in enumerate(out)
                if c.kind == "width" and named.start() <= ends[i][0] < named.end()
            ]
            if len(inside) != 2:
                continue
            values = [out[i].fields["max_km"] for i in inside]
            hit = inside + [
                i
                for i, c in enumerate(out)
                if c.kind == "width"
                and start <= ends[i][0] < a
                and c.fields.get("proposal")
                and any(abs(c.fields["max_km"] - v) < 1e-9 for v in values)
            ]
        elif _NEITHER.search(norm[a:b]):
            before = [i for i, c in enumerate(out) if c.kind == "width" and start <= ends[i][0] < a]
            if len(before) < 2:
                continue
            hit = before[-2:]
        else:
            continue
        pair = [out[i].fields for i in hit[:2]]
        if abs(pair[0]["max_km"] - pair[1]["max_km"]) < 1e-9:
            continue
        for i in hit:
            if out[i].fields["status"] != "rejected":
                out[i] = _relabel(out[i], "rejected")
        end = norm.find("\n\n", b)
        end = len(norm) if end < 0 else end
        for i, c in enumerate(out):
            f = c.fields
            if (
                c.kind == "width"
                and b <= ends[i][0] < end
                and f["status"] != "rejected"
                and any(abs(f["max_km"] - p["max_km"]) < 1e-9 for p in pair)
                # (not "... so we ordered 500 m after all": a figure taken up again)
                and not _TAKEN_UP.search(norm[max(b, ends[i][0] - 80) : ends[i][0]])
            ):
                out[i] = _relabel(c, "rejected")
    return out
