"""Whether a figure is anchored to a zone, and the rules keeping a thing back from another."""

from __future__ import annotations

import re

from .cues import _MINIMUM_DISTANCE, _NAMED_RADIUS, SET_BACK_BEFORE
from .figure import Cue, Figure
from .outward import BOTH_SIDES_AFTER
from .places import (
    _AFTER_LOCATING,
    _LOCATED,
    _LOCATING_BEFORE,
    _a_rule_for_all_there,
    an_edge_set_on_each_side,
)
from .radii import point_of, thing_of
from .sides import _LATER_PER_SIDE, _OWN_ZONE, _mirrored, _opposite_later, _per_side_pair
from .zonewords import (
    _BORDER,
    _CONTEXT,
    _DIR,
    _I,
    _OPPOSITE,
    _RULE,
    _ZONE,
    KEPT_CHANNEL,
    ZONE_NOUN,
    _ws,
)


def no_closer_than(f: Figure) -> None:
    """Reads a rule keeping forces or posts "no closer than" the figure to a line or a thing."""
    f.closer = (
        f.semantics is None
        and f.weak is None
        and re.search(r"\b(?:closer|nearer)\s+than\s*$", f.near_before, _I)
        and _RULE.search(f.clause_before)
        # "Checkpoints shall stand no nearer than 300 metres to ...": posts kept back too
        and (
            _CONTEXT.search(f.sentence)
            or re.search(r"\bcheckpoints?\b", f.clause_before, _I)
            # "CAMPS TO BE SITED NO CLOSER THAN TEN KILOMETRES TO FRONTIER": kept from a border
            or re.match(
                rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:to|from|of)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,2}}?"
                rf"{_BORDER}\b",
                f.after,
                _I,
            )
        )
    ) or (
        # "diplomats may not go beyond 40 kilometres (25 miles) of the Kremlin": how far a rule
        # lets people travel from a place
        f.semantics is None
        and f.weak is None
        and _TRAVEL_LIMIT.search(f.near_before)
        and re.match(r"\s*(?:\([^()]{0,30}\)\s*)?(?:of|from)\b", f.after, _I)
    )


_TRAVEL_LIMIT = re.compile(
    r"\b(?:not|never|no\s+one|nobody)\s+(?:\w+\s+){0,2}?(?:go|travel|journey|venture|stray|"
    r"move|drive|walk|sail|fly)\s+(?:(?:more|further|farther)\s+than\s+|beyond\s+|outside\s+)$",
    _I,
)


# a distance a rule keeps: "the minimum distance from homes", "the separation distance
# between turbines and houses", "the exclusion distance"
_RULE_DISTANCE = (
    r"(?:(?:minimum|minimal|safe|safety|required|statutory|legal|separation|exclusion|buffer|"
    r"protective|protection|clearance|no-[\w-]+)\s+)+distances?"
)


def set_back_or_clear_of(f: Figure) -> None:
    """Reads a rule keeping a thing back from another ("set back at least", "keep clear of")."""
    # "a new well must be no closer than 1,000 feet to a school", "must be set back at least
    # 2,500 feet from any occupied building": a rule keeping a thing back from another, a radius
    # about that other thing (the thing's name, when one is kept back from it)
    f.setback = (
        f.semantics is None
        and f.weak is None
        and not f.closer
        and re.search(
            r"\b(?:closer|nearer)\s+than\s*$|\b(?:be|been|set\s+back|sited|placed|built|drilled|"
            r"located)\s+(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$",
            f.near_before,
            _I,
        )
        and re.search(
            r"\b(?:must|shall|should|required|requires?|is\s+to|are\s+to|has\s+to|have\s+to)\b",
            # ("must be at least 500 feet from a home and no closer than 1,000 feet to a school":
            # the rule shared)
            f.sentence[: f.m_start],
            _I,
        )
        and thing_of(re.sub(r"^\s*to\s", " of ", f.after))
    )
    # "a minimum distance of 500 metres from homes", "the minimum distance falls to 1,000 metres
    # from residential buildings": a rule keeping a thing back from another, a radius about it
    f.setback = (
        f.setback
        or (
            f.semantics is None
            and f.weak is None
            and not f.closer
            and (
                (
                    re.search(
                        rf"\b(?:{_RULE_DISTANCE}|setbacks?)\s+(?:of|is|was|will\s+be|shall\s+be|"
                        r"(?:falls?|fell|drops?|dropped|rises?|rose|goes|went)\s+to|(?:is|was)\s+"
                        r"(?:set|fixed|raised|cut|lowered)\s+(?:at|to))\s+"
                        r"(?:(?:at\s+least|some|about|around)\s+)?$",
                        f.near_before,
                        _I,
                    )
                    and thing_of(f.after)
                )
                # "a flat 1,000-metre distance from residential areas", "a 1,500-foot setback from
                # schools": the distance named by its figure
                or (
                    (
                        noun := re.match(
                            r"\s*-?\s*(?:setback|separation\s+distance|distance)\b", f.after, _I
                        )
                    )
                    and re.match(r"\s*from\b", f.after[noun.end() :], _I)
                    and thing_of(f.after[noun.end() :])
                )
            )
        )
    )
    f.setback = f.setback or (
        f.semantics is None and f.weak is None and not f.closer and _kept_back_by_a_rule(f)
    )
    # "keeps such offenders 1,000 feet from schools", "HOLD SHIPS 20 NM OFF THE COAST": a
    # distance things are kept or held at from another
    # (a weak cue after it, "off the coast", says no more than the keeping does)
    if f.semantics is None and not f.closer and not f.setback and (kept := _kept_off(f)):
        f.setback, f.weak = kept, None
    # "The minimum distance from homes is now 700 metres", "the law sets the distance at 100
    # feet from the entrance": a rule's distance from a thing named before the figure
    f.setback = f.setback or (
        f.semantics is None and f.weak is None and not f.closer and _distance_from_a_thing(f)
    )
    # "spraying must stay ten metres away from houses. For the worst products, a distance of
    # 20 metres applies": another distance of the rule that keeps a thing back before it
    f.setback = f.setback or (
        f.semantics is None
        and f.weak is None
        and not f.closer
        and re.search(
            r"\b(?:a|the)\s+(?:greater\s+|larger\s+|wider\s+)?distance\s+of\s+$", f.near_before, _I
        )
        and re.match(
            r"\s*(?:applies|apply|is\s+(?:required|imposed)|must\s+be\s+(?:kept|left|observed))\b",
            f.after,
            _I,
        )
        and _thing_kept_back_before(f.context[-600:])
    )
    # "all vessels shall keep clear of the cable ship by no less than 5 cables": a radius about
    # the thing, the figure after it
    f.clear = (
        f.semantics is None
        and not f.setback
        and re.search(
            r"\b(?:keep|keeps|kept|stay|stays|remain|remains|pass|passes)\s+(?:well\s+)?clear\s+of\s+"
            r"(?:the\s+|an?\s+|any\s+|all\s+)?(?P<thing>(?:[\w'-]+\s+){1,4}?)by\s+(?:at\s+least\s+|"
            r"(?:no|not)\s+less\s+than\s+|a\s+minimum\s+of\s+)?$",
            f.near_before,
            _I,
        )
    )


# a rule, in the clause before the figure: "must", "may not", "is prohibited", "No building
# is allowed"
_A_RULE = re.compile(
    r"\b(?:must|shall|should|may\s+not|may\s+no\s+longer|cannot|can\s*not|can't|is\s+to|are\s+to|"
    r"has\s+to|have\s+to|required|requires?|prohibit\w*|ban|bans|banned|forbid\w*|barred|outlawed|"
    r"illegal|unlawful|(?:not|no)\b[^.;:]{0,40}?\b(?:allowed|permitted|authori[sz]ed))\b",
    _I,
)

# how far, right before the figure: "set back", "up to", "less than", "at least", "within"
_HOW_FAR = re.compile(
    r"\b(?:set\s+back|setback\s+of|(?:closer|nearer)\s+than|(?:at|from)\s+least|"
    r"(?:no|not)\s+(?:less|fewer|more)\s+than|less\s+than|under|up\s+to|within|a\s+minimum\s+of|"
    r"a\s+maximum\s+of)\s*$",
    _I,
)


# a least or a most distance, right before the figure
_AT_LEAST = re.compile(
    r"\b(?:(?:at|from)\s+least|(?:no|not)\s+(?:less|closer|nearer|further|farther)\s+than|"
    r"a\s+(?:minimum|maximum)\s+of)\s*$",
    _I,
)
# a cap on how far: "capped at", "limited to", "restricted to"
_CAPPED = re.compile(
    r"\b(?:capped|limited|restricted|confined|kept)\s+(?:to\s+|at\s+)(?:within\s+)?"
    r"(?:(?:about|some|around|roughly)\s+)?$",
    _I,
)
# what allows a thing (at a least distance)
_ALLOWED = re.compile(
    r"\b(?:may\s+(?:only\s+)?be\s+\w+ed|only|allowed|permitted|authori[sz]ed|en\s+route)\b", _I
)

# where a rule puts a thing, right before the figure: "Turbines must stand 500 metres from
# homes", "Wells shall be sited 200 feet from a spring", "must be 100 feet away from"
_PLACED = re.compile(
    r"\b(?:stand|sit|lie|be(?:\s+(?:sited|built|placed|located|erected|put|drilled|sunk|"
    r"dug|installed|kept|held))?)\s+$",
    _I,
)


def _kept_back_by_a_rule(f: Figure) -> str | None:
    """What a rule keeps things a distance from: "Hunting is prohibited up to 300 yards from
    any dwelling", "Wells must be set back 3,200 feet from homes", "Turbines must stand 500
    metres away from homes" -> "dwelling", "homes".

    None unless a rule stands in the clause before the figure, a word of how far or of where
    the rule puts a thing right before it, and a thing (not a line) right after it.
    """
    how_far = _HOW_FAR.search(f.near_before) or _PLACED.search(f.near_before)
    # "it may be discharged not less than 3 nautical miles from the nearest land", "allowed out
    # ... no further than 1 km from home": a least or a most distance a thing is allowed at is
    # a rule as much as one it must keep; "travel was capped at 100 km from home" is one itself
    allowed = _AT_LEAST.search(f.near_before) and _ALLOWED.search(f.sentence[: f.m_start])
    capped = _CAPPED.search(f.near_before)
    if not (
        (how_far and _A_RULE.search(f.clause_before))
        or allowed
        or (capped and not re.search(r"\bspeeds?\b", f.clause_before, _I))
    ):
        return None
    if BOTH_SIDES_AFTER.match(f.after):
        return None
    return thing_of(re.sub(r"^\s*to\s", " of ", re.sub(r"^\s*away\s+from\s", " from ", f.after)))


def _named_thing(name: str) -> str:
    """A thing named after "from" or "and", caught in the group ``name``."""
    return (
        r"(?:the\s+|any\s+|an?\s+|all\s+|each\s+|every\s+)?"
        rf"(?P<{name}>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,3}}?)"
    )


_DISTANCE_FROM = re.compile(
    rf"\b{_RULE_DISTANCE}\s+(?:(?:from|to)\s+{_named_thing('thing')}|between\s+"
    rf"[^.;\d]{{1,60}}?\s+and\s+{_named_thing('other')})\s+"
    r"(?:(?:is|was|are|were)\s+(?:now\s+)?|(?:will|shall|would)\s+be\s+|"
    r"(?:falls?|fell|drops?|dropped|rises?|rose|goes|went)\s+to\s+|"
    r"(?:is|was|are|were)\s+(?:now\s+)?(?:set|fixed|raised|cut|lowered|increased|reduced|"
    r"doubled|halved)\s+(?:at|to)\s+)(?:(?:at\s+least|some|about|around|only|just)\s+)?$",
    _I,
)
# "sets the distance at", "fixed the minimum distance from homes at"
_DISTANCE_SET_AT = re.compile(
    r"\b(?:sets?|setting|fix(?:es|ed|ing)?|puts?|putting|raised?|raising|cuts?|cutting)\s+"
    rf"(?:the|a)\s+(?:{_RULE_DISTANCE}|distance)(?:\s+(?:from|to)\s+{_named_thing('thing')})?"
    r"\s+(?:at|to)\s+(?:(?:at\s+least|some|about|around|only|just)\s+)?$",
    _I,
)


# "keeps such offenders", "HOLD SHIPS", "kept onlookers back": what is kept, before the figure
_KEPT = re.compile(
    # (not an event held there: "held talks 20 km off the coast")
    r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding)\s+(?!(?:(?:a|an|the|its|their)\s+)?"
    r"(?:distance|watch|eye|records?|meetings?|talks?|votes?|elections?|rall(?:y|ies)|exercises?|"
    r"drills?|hearings?|conferences?|ceremon(?:y|ies)|sessions?|services?|press|court)\b)"
    r"(?:[\w'-]+\s+){1,3}?"
    r"(?:back\s+|at\s+least\s+|some\s+|about\s+)?$",
    _I,
)


def _kept_off(f: Figure) -> str | None:
    """What things are kept a distance from: "keeps such offenders 1,000 feet from schools"
    -> "schools", "HOLD SHIPS 20 NM OFF THE COAST" -> "coast"; None if no such keeping."""
    if not _KEPT.search(f.near_before):
        return None
    if coast := re.match(
        r"\s*off\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(coasts?|shores?)\b", f.after, _I
    ):
        return coast.group(1).lower()
    return thing_of(re.sub(r"^\s*off\s", " from ", f.after))


# "a plan to draw the northern boundary just 2 km from the dome": a zone's edge drawn at a
# distance from a thing
_EDGE_DRAWN = re.compile(
    r"\b(?:draw|draws|drew|drawn|drawing|set|sets|setting|put|puts|putting)\s+(?:the|a|its|their)\s+"
    r"(?:[\w'-]+\s+)?(?:boundary|limit|edge|perimeter|outer\s+line)\s+"
    r"(?:(?:just|only|some|about|at)\s+)?$",
    _I,
)


def _distance_from_a_thing(f: Figure) -> str | None:
    """The thing a rule's distance is counted from, named before the figure or right after it.

    "The minimum distance from homes is now 700 metres" -> "homes"; "the law sets the distance
    at 100 feet from the entrance" -> "entrance"; "to draw the northern boundary just 2 km from
    the dome" -> "dome". None if no rule's distance or drawn edge stands right before the
    figure, or if it is counted from a line.
    """
    lead = f.sentence[max(f.c_start, f.m_start - 120) : f.m_start]
    m = _DISTANCE_FROM.search(lead) or _DISTANCE_SET_AT.search(lead) or _EDGE_DRAWN.search(lead)
    if m is None:
        return None
    named = m.groupdict().get("thing") or m.groupdict().get("other")
    if named:
        return thing_of(" from " + named)
    return thing_of(f.after)


def _thing_kept_back_before(context: str) -> str | None:
    """The thing the last rule of ``context`` keeps a distance from ("may not be sprayed within
    five metres of a dwelling" -> "dwelling"), or None."""
    for m in reversed(
        list(
            re.finditer(
                r"\b(?:within|away|back|at\s+least)\s+[^.;]{0,40}?(?=\b(?:of|from)\s)", context, _I
            )
        )
    ):
        if _A_RULE.search(context[max(0, m.start() - 120) : m.start()]) and (
            thing := thing_of(" " + context[m.end() :])
        ):
            return thing
    return None


def a_radius_kept_back(f: Figure) -> None:
    """Reads a rule keeping back as a radius about a thing, or "closer than" a line as a reach."""
    if f.clear:
        f.semantics, f.strong = "depth", True
        f.decided = _ws(f"clear of {f.clear.group('thing')}")
    if f.setback:
        f.semantics, f.strong = "depth", True
        closer_word = re.search(r"\b(?:closer|nearer)\s+than\s*$", f.near_before, _I)
        f.decided = _ws(f"closer than {f.setback}" if closer_word else f"from {f.setback}")
    if f.closer and (
        m := re.match(
            # ("to the road's crossing of the Line of Contact": a point on the line)
            rf"\s*(?:to|of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,5}}?{_BORDER}\b",
            f.after,
            _I,
        )
    ):
        f.weak = m
    elif (
        f.closer
        and _TRAVEL_LIMIT.search(f.near_before)
        and (
            travel := re.match(
                r"\s*(?:\([^()]{0,30}\)\s*)?(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3}",
                f.after,
            )
        )
    ):
        # "may not go beyond 40 kilometres of the Kremlin": a reach out from a place
        f.semantics, f.strong = "depth", True
        f.decided = _ws(travel.group())
    elif f.closer and (thing := thing_of(re.sub(r"^\s*to\s", " of ", f.after))):
        # "keep no closer than 5 cables to the guard vessel": a radius about a thing
        f.semantics, f.strong = "depth", True
        f.decided = _ws(f"closer than {thing}")


def across(f: Figure) -> None:
    """Reads "across" after a figure tied to a zone before it, or after a thing named right
    before it ("asked for a box 50 nautical miles across"): a total."""
    if f.semantics is None and (
        (re.match(r"\s*across\b", f.after, _I) and f.zone_before)
        # "a lane just one mile across": a thing as wide as the figure (not "5 km across the
        # border")
        or (
            re.match(
                r"\s*across\b(?!\s+(?:the|a|an|its|their|this|that|our|his|her|each|every|any)\b)"
                r"(?!\s+(?-i:[A-Z]))",
                f.after,
                _I,
            )
            and re.search(
                r"\b(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?(?:box|lane|strip|area|zone|belt|corridor|"
                r"channel|gap|passage|band|buffer|square|circle|ring)\s+(?:of\s+)?"
                r"(?:(?:only|just|some|about|barely|nearly)\s+)?$",
                f.lead,
                _I,
            )
        )
    ):
        f.semantics, f.decided, f.strong = "total", "across", True


def _tied_to_the_zone(f: Figure) -> Cue:
    """A zone, a proposal, a change, a band or a move the figure is tied to."""
    return (
        # "each party's half measures about 3.5 km"
        (_OWN_ZONE.search(f.clause_before) and f.link)
        or
        # "the zone's outer limit lies 25 km from the coast"
        (
            f.weak is not None
            and f.zone_before
            and re.search(
                r"\b(?:limit|edge|boundary|line|border)s?\s+(?:\w+\s+)?(?:lies|lie|lying|runs?|"
                r"sits?|is|are|will\s+be|shall\s+be|would\s+be)\s*$",
                f.lead_core,
                _I,
            )
        )
        or
        # "argued for a separation of at least 20 km"
        (
            re.search(r"\bseparation\s*$", f.lead_core, _I)
            and (_CONTEXT.search(f.sentence) or _ZONE.search(f.context[-300:]))
        )
        or (f.closer and f.weak is not None)
        or f.full_again
        or (
            f.weak is not None
            # "the exclusion zone France has declared within 12 nautical miles of the atoll"
            and re.search(rf"\b{ZONE_NOUN}\s+(?:\w+\s+){{0,3}}?within\s*$", f.lead, _I)
            and not _LOCATED.search(f.lead[: -len("within ")])
        )
        or (f.semantics == "total" and f.decided and re.search(r"apart|between", f.decided, _I))
        or (f.proposal_link and f.zone_talk)
        or f.comparative
        or f.asked
        or f.changed
        or f.band
        or f.adjectival
        or f.withdraw_before
        or (f.zone_before and f.link)
    )


def _a_reach_or_a_rule(f: Figure) -> Cue:
    """A zone's reach inland, a limit at sea, a radius, a rule "within", each side's move."""
    return (
        # "a closed area was declared. ... it reached inland for 100 km from the coast": the
        # reach of the zone the paragraph names
        (
            f.weak is not None
            and re.search(
                r"\b(?:reach\w*|extend\w*|ran|runs?|stretch\w*)\s+(?:inland|seawards?|out\s+to\s+sea)"
                r"(?:\s+for)?\s*$",
                f.lead_core,
                _I,
            )
            and (_ZONE.search(f.sentence) or _ZONE.search(f.context[-600:]))
        )
        # "the limit was pushed out to 12 nautical miles from the baselines": a limit at sea
        or (
            f.weak is not None
            and (f.link or re.search(r"\b(?:to|of|at)\s*$", f.clause_before, _I))
            and re.search(r"\blimits?\b", f.clause_before, _I)
            and not re.search(r"\b(?:speed|range|time)\b", f.clause_before, _I)
        )
        or f.within
        or f.radius
        or f.zone_after
        # "turbines will have to stand at least 500 metres from power lines": a rule's least
        # distance from a line
        or (
            f.weak is not None
            and re.search(
                r"\b(?:be|stand|set\s+back|sited|placed|built|located|kept)\s+(?:at\s+least|"
                r"no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$",
                f.near_before,
                _I,
            )
            and re.search(
                r"\b(?:must|shall|required|requires?|is\s+to|are\s+to|has\s+to|have\s+to)\b",
                f.sentence[f.c_start : f.m_start],
                _I,
            )
        )
        # "no one may own any land lying within 100 km of the border": a rule on all that lies there
        or (f.weak is not None and f.within_lead and _a_rule_for_all_there(f))
        # "an outer limit of either 350 nm from the baselines or 100 nm beyond the isobath": the
        # other figure a limit may take
        or (
            re.fullmatch(
                r"\s*(?:(?:from|beyond|of)\s+(?:the\s+|its\s+)?[\w'-]+\s*)?,?\s*or\s+",
                f.sentence[f.prev_end : f.m_start],
                _I,
            )
            and re.search(
                r"\blimits?\s+of\s+either\s+[^.;]{0,80}$", f.sentence[f.c_start : f.prev_end], _I
            )
            and re.match(r"\s*(?:beyond|from|seaward\s+of|outside)\s+the\b", f.after, _I)
        )
        or (f.each_before and f.weak is not None)
        # "4.5 km to the north of the crest line, and 4.5 to the south": a zone on both sides
        or (f.weak is not None and _opposite_later(f.after))
        or (
            f.weak is not None
            and _RULE.search(f.clause_before)
            and _CONTEXT.search(f.clause_before)
            and re.search(
                r"\b(?:may|shall|must|not|no)\s+(?:\w+\s+){0,2}?(?:reach|fly|approach|enter|"
                r"penetrate|come|go|operate|patrol)\b",
                f.clause_before,
                _I,
            )
        )
    )


def _a_rule_or_a_line(f: Figure) -> Cue:
    """A rule on where forces keep or go, or a zone on both sides of a line."""
    return (
        (
            f.weak is not None
            and _CONTEXT.search(f.sentence)
            and (
                # "advised to keep within 20 nm of the west coast"
                re.search(
                    r"\b(?:keep|keeps|kept|remain\s+at\s+a\s+distance\s+of)\s+(?:within\s+)?$",
                    f.lead,
                    _I,
                )
                # "kept at a distance of ten miles from", "moved to 30 km behind the front"
                or re.search(
                    r"\b(?:at|to|beyond)\s+a\s+(?:minimum\s+|safe\s+)?distance\s+of\s+$"
                    r"|\b(?:mov|withdr[ae]w|pull|relocat|redeploy|push|sent|taken|fall|fell)\w*\s+"
                    r"(?:back\s+)?(?:to|beyond|behind)\s+$",
                    f.lead,
                    _I,
                )
                or re.search(
                    # "the ships would remain at least 12 nautical miles from the coast"
                    r"\b(?:shall|must|will|would|should|may|are\s+to|is\s+to|to)\s+(?:\w+\s+){0,2}?"
                    r"(?:remain|stay|keep|be|be\s+(?:kept|held|positioned|stationed|deployed|placed|moved|"
                    r"withdrawn|relocated|redeployed))"
                    r"\s+$",
                    f.lead,
                    _I,
                )
            )
        )
        or (
            f.weak is not None
            and (_CONTEXT.search(f.sentence) or _ZONE.search(f.context[-200:]))
            and (later_side := _LATER_PER_SIDE.search(f.clause_after[:120]))
            and _per_side_pair(later_side)
        )
    )


def _a_line_at_the_figure(f: Figure) -> Cue:
    """A line drawn at the figure from another ("a line drawn 50 km east of the river")."""
    return (
        # "a line drawn 50 km east of the river": the zone's edge, at a depth from the line
        (
            f.weak is not None
            and re.search(
                r"\blines?\s+(?:drawn|running|traced|set|fixed|laid\s+down)\s+(?:\w+\s+)?$"
                # "the zone extends from the canal to a line 58 km east of it"
                r"|\b(?:to|up\s+to|as\s+far\s+as)\s+a\s+line\s+(?:some\s+|about\s+)?$"
                # "between the outer edge of the zone and a line 20 km from the line of contact"
                r"|\bbetween\s*the\s+[^.;]{0,80}?\s+and\s+a\s+line\s+(?:some\s+|about\s+)?$",
                f.lead,
                _I,
            )
        )
        # "between the edge of the separation zone and that 25-km line": a line named by its
        # distance, the outer edge of a band
        or (
            re.search(r"\bbetween\s*the\s+[^.;]{0,80}?\s+and\s+(?:that|the|this)\s+$", f.lead, _I)
            and re.match(r"\s*-?\s*line\b", f.after, _I)
        )
        # "The building line lies 40 metres on either side of the centre line": a line set at
        # the figure on both sides of another
        or an_edge_set_on_each_side(f)
        # "80 metres apart in all, that is, 40 metres on either side of the centre line": the
        # width just given, told again by its sides
        or (
            f.semantics == "per_side"
            and f.prev_end > 0
            and re.search(r",?\s*(?:that\s+is|i\.\s?e\.)\s*,?\s*$", f.lead, _I)
        )
    )


def anchored(f: Figure) -> None:
    """Reads whether anything ties the figure to a zone or a move (the figure is "anchored")."""
    f.anchored = bool(
        _tied_to_the_zone(f)
        or _a_reach_or_a_rule(f)
        or _a_rule_or_a_line(f)
        or _a_line_at_the_figure(f)
    )


_KEPT_CLEAR = re.compile(
    r"\b(?:(?:kept|keep|keeps|left|leave|held|maintained)\s+(?:clear|free|open|unobstructed)|"
    r"(?:is|are|be|was|were)\s+reserved\s+(?:for|along|as)|no\s+(?:cage|mooring|vessel|structure|"
    r"stall|vehicle|obstruction)s?\b[^.;]{0,40}?\b(?:shall|may|must)\s+(?:be\s+)?(?:laid|placed|"
    r"moored|anchored|parked|put))\b",
    _I,
)
_KEPT_CLEAR_BEFORE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving|maintain\w*|hold|holds|held)\s+"
    r"(?:(?:at\s+least|a\s+minimum\s+of|some|about|roughly)\s+)?$",
    _I,
)
_CLEAR_EACH_SIDE = re.compile(
    r"\s*(?:clear|free|open|empty)\s+(?:on|to)\s+(?:either|each|both)\s+sides?\s+of\b", _I
)


def not_anchored(f: Figure) -> bool:
    """Not a width: a figure nothing ties to a zone, or one that says where a place is."""
    if _AFTER_LOCATING.match(f.after) and not (f.weak or f.strong or f.full_again):
        return True
    if f.weak is not None and not f.anchored:
        return True
    if f.weak is None and not f.strong and not f.anchored:
        return True
    if (
        f.strong
        and not f.anchored
        and not _CONTEXT.search(f.sentence)
        and not _ZONE.search(f.context)
        # "The navigation channel, some 400 metres wide": a channel kept open for ships
        and not re.search(rf"\b{KEPT_CHANNEL}\b", f.clause_before, _I)
        # "The order closed the shore for about 10 miles either side of the plant": a closure
        and not (
            f.semantics == "per_side"
            and re.search(r"\b(?:closed|closes|closing|closures?|off-limits)\b", f.sentence, _I)
        )
        # "Buildings shall be set back 100 metres from the road on each side": a rule's setback
        and not (
            f.semantics == "per_side"
            and SET_BACK_BEFORE.search(f.lead)
            and re.search(
                r"\b(?:shall|must|are\s+to|is\s+to|required)\b", f.sentence[: f.m_start], _I
            )
        )
        # "inside a radius of 12 km around the depot": a radius about a point is a zone
        and not (re.match(r"\s*-?\s*radius", f.decided or "", _I) and point_of(f.clause_after))
        # "a 1,000-metre evacuation radius": a zone by its name
        and not re.match(rf"\s*-?\s*{_NAMED_RADIUS}", f.decided or "", _I)
        and not f.setback
        # "diplomats may not go beyond 40 kilometres of the Kremlin": a rule on travel
        and not (f.closer and _TRAVEL_LIMIT.search(f.near_before))
        # "Homes within 400 yards of either bank are in the order": a rule's reach on each side
        # (not where a place lies: "the farm is within 400 yards of either bank")
        and not (
            f.semantics == "per_side"
            and re.search(r"\bwithin\s+(?:(?:some|about|around|roughly)\s+)?$", f.lead, _I)
            and not re.search(
                r"\b(?:lies|lie|lay|lying|stands?|stood|is|are|was|were|sits?|located|situated|"
                r"built)\s+(?:\w+\s+)?within\s+(?:(?:some|about|around|roughly)\s+)?$",
                f.lead,
                _I,
            )
            and (
                _RULE.search(f.sentence)
                or re.search(r"\b(?:evacuat\w*|order|orders|ordered|closures?)\b", f.sentence, _I)
            )
        )
        # "we put forward twelve kilometres for each of us": each party's share of a zone
        and not (
            f.semantics == "per_side"
            and re.search(r"\beach\s+of\s+(?:us|them|you|the)\b", f.decided or "", _I)
            and _CONTEXT.search(f.context[-600:] + " " + f.sentence)
        )
        # "A navigation channel is reserved along the leading line ... and no cage shall be laid
        # within it. The channel is accordingly half a nautical mile wide in all": a way kept
        # clear, told how wide it is
        and not (f.semantics == "total" and _KEPT_CLEAR.search(f.context[-300:] + " " + f.sentence))
        # "we will keep 4 metres clear on either side of the centre line": a way kept clear,
        # each side's reach from its line
        and not (
            f.semantics == "per_side"
            and _KEPT_CLEAR_BEFORE.search(f.lead)
            and _CLEAR_EACH_SIDE.match(f.after)
        )
        # "a minimum distance of 500 metres from homes, ... sets a minimum of 700 metres"
        and not (
            f.decided == "as the figure it changed"
            and _MINIMUM_DISTANCE.search(f.sentence[: f.m_start])
        )
    ):
        return True
    return bool(
        not f.strong
        and f.weak is None
        and _LOCATING_BEFORE.search(f.lead)
        and not (
            f.adjectival or f.withdraw_before or (f.proposal_link and f.zone_talk) or f.changed
        )
        and not re.search(
            # "The safety zone around the old shaft was set at 800 metres": the zone's size
            rf"\b{ZONE_NOUN}\s+(?:(?:around|round|surrounding|about)\s+(?:[\w'-]+\s+){{1,4}}?)?"
            r"(?:is|was|were|are|will\s+be|would\s+be|shall\s+be)\s+"
            r"(?:(?:now\s+|then\s+|later\s+)?(?:set|fixed|put)\s+at\s+)?"
            # "its zone is normally just 50 metres"
            r"(?:(?:normally|usually|typically|generally|currently|now|still|only|just)\s+)*$",
            f.lead,
            _I,
        )
    )


def the_second_of_a_pair(f: Figure) -> bool:
    """Not a width: the second figure of a pair read at its first ("6 km to its east")."""
    # "6 km to the west of the fence, ... 6 km to its east": the pair, read at its first figure
    return bool(
        (mirror := re.match(rf"\s*(?:back\s+)?to\s+(?:its|their)\s+({_DIR})\b", f.after, _I))
        and _mirrored(f.sentence, f.m_start, f.m_end)
        and re.search(
            rf"\b{_OPPOSITE[re.match(r'[a-z]+', mirror.group(1).lower()).group()]}\w*"
            r"\s+(?:of|from)\b",
            f.sentence[: f.m_start],
            _I,
        )
    )
