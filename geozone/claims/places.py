"""Figures that say where a place or a thing lies, not how wide a zone is."""

from __future__ import annotations

import re

from .cues import _AFTER_DEPTH, _AFTER_DIR, _AFTER_FROM, _AFTER_TOTAL
from .figure import Figure
from .sides import _BEFORE_EACH_SIDE, _LATER_PER_SIDE, _per_side_pair
from .zonewords import (
    _DIR,
    _I,
    _IF_IT_LIES,
    _IN_THE_ZONE_AFTER,
    _RING,
    _WITHDRAW,
    _ZONE,
    MUST,
    ZONE_NOUN,
    _words_before,
)

_LOCATING_BEFORE = re.compile(
    r"\b(?:located|situated|lies|lying|lay|based|positioned|stationed|sits|sitting|near|"
    r"village|town|city|post|base|camp|outpost|checkpoint|hamlet|is|was|were|are|about)"
    r"\s+(?:\w+\s+){0,2}$",
    _I,
)

_AFTER_LOCATING = re.compile(
    rf"\s*(?:to\s+the\s+)?{_DIR}\s+(?:of|from)\b|\s*(?:away\s+)?(?:from|outside|short\s+of|off)\s+"
    r"(?:the\s+)?(?:town|city|village|capital|[A-Z])",
)

_LOCATED = re.compile(
    # ("stand back 1,500 metres from the bank" is a move back, not where a place stands)
    r"\b(?:lie|lies|lying|lay|located|situated|sits?|sitting|(?:stands?|standing)(?!\s+back\b)|"
    r"based|stationed|"
    r"positioned|deployed)\s+(?:\w+\s+){0,1}$",
    _I,
)

# "Some guard posts stand inside the zone, a few within 1 km": where things stand, said earlier
_STANDING = re.compile(
    r"\b(?:lie|lies|lying|lay|located|situated|stand|stands|standing|sit|sits|sitting|based|"
    r"stationed|positioned)\b"
    # ("had asked for a stand-off of 60 km around its instruments": a noun, not a verb)
    r"(?!-)(?!\s+back\b)",
    _I,
)

_RULE_WORD = re.compile(r"\b(?:no|not|never|nor|must|shall|may|should|will|to\s+be)\b", _I)


_ALL_THERE = re.compile(
    r"\b(?:any|all|every|no)\s+(?:[\w'-]+\s+){1,2}?(?:lying|lies|lie|located|situated|sited|"
    r"sitting|standing)\s+(?:within|between)\s*$",
    _I,
)


# "the law does not apply to private homes or businesses that happen to lie within 15 metres
# of a hospital building": the things a rule names by what lies within its reach
_THOSE_THERE = re.compile(
    r"\b(?:homes|houses|businesses|buildings|properties|premises|dwellings|land|farms|shops)\b"
    r"[^.;]{0,30}?\b(?:that|which)\s+(?:happen\s+to\s+|may\s+|might\s+|still\s+)?"
    r"(?:lie|stand|sit|are)\s+within\s*$",
    _I,
)


def _a_rule_for_all_there(f: Figure) -> bool:
    """Whether a rule earlier in the clause bears on all that lies within the reach: "no one may
    own any land lying within 100 km of the border", "all houses standing within 50 m of the
    bank are to be cleared", "defines the area as all land lying within 1,000 feet of".
    """
    start = max(f.sentence.rfind(";", 0, f.m_start), f.sentence.rfind(":", 0, f.m_start)) + 1
    # "... any land lying within 100 km of the border, or within 50 km of the coast": the second
    # reach of the same rule
    second = f.prev_end > 0 and re.fullmatch(
        r"\s*(?:of|from)\s+[^.;,]{1,50},?\s+(?:or|and)\s+within\s*",
        f.sentence[f.prev_end : f.m_start],
        _I,
    )
    earlier = f.sentence[max(0, f.prev_end - 90) : f.prev_end]
    return bool(
        (
            _ALL_THERE.search(f.lead)
            or _THOSE_THERE.search(f.lead)
            or (second and re.search(_ALL_THERE.pattern[:-4] + r"\s+\S+(?:\s+\S+)?$", earlier, _I))
        )
        and (
            _RULE_WORD.search(f.sentence[start : f.m_start])
            # "The law defines the Critical Area as all land lying within 1,000 feet of ..."
            or re.search(
                r"\b(?:defin(?:es|ed|ing)|designat(?:es|ed|ing)|(?:is|are|was|were)\s+"
                r"(?:defined|designated|declared)|compris(?:es|ing)|covers|covering)\b",
                f.sentence[start : f.m_start],
                _I,
            )
            or re.match(
                r"[^.;]{0,60}?\b(?:shall|must|cannot|are\s+to|is\s+to|"
                r"(?:may|might|could|can|is|are|was|were)\s+(?:not|never)\b)",
                f.after,
                _I,
            )
        )
    )


def _numbered_place_lies(near_before: str, after: str) -> bool:
    """Whether a figure says where a numbered place lies: "Sector 12 of the zone is 30 km from
    the coast", "Post 7 lies some 3 km from the line".

    Parameters
    ----------
    near_before, after : str
        Up to 60 characters before the figure, and the words right after it.
    """
    return bool(
        re.search(
            r"\b(?:sectors?|posts?|sites?|camps?|bases?|checkpoints?|OPs?|positions?|points?|"
            r"pillars?|markers?)\s+\d+[A-Z]?\b[^.;,]{0,30}?\b(?:is|lies|lay|was|sits|stands|are)\s+"
            r"(?:(?:some|about|only|just|roughly|around|nearly)\s+)?$",
            near_before,
            _I,
        )
        and (_AFTER_FROM.match(after) or _AFTER_DIR.match(after) or _AFTER_LOCATING.match(after))
    )


# "as far as the Outer Skerry buoy some 2.1 nautical miles offshore": a named thing, then how
# far out it lies
_NAMED_THING_SOME = re.compile(
    r"\b(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,3}(?:\s+(?:buoy|light|lighthouse|island|"
    r"islet|rock|reef|skerry|shoal|wreck|beacon|platform|tower))?\s+(?:some|about|roughly|nearly|"
    r"around)\s+$"
)
_OUT_AFTER = re.compile(r"\s*(?:offshore|off\s+(?:the\s+)?(?:coast|shore|point|headland))\b", _I)


def where_a_town_lies(f: Figure) -> bool:
    """Not a width: how far a named place lies ("the town of Brel, 12 km from the river")."""
    if _NAMED_THING_SOME.search(f.near_before) and _OUT_AFTER.match(f.after):
        return True
    # "The town of Mirandel, population 18,000, lies 11 miles downstream", "which lies 19 km
    # below the dam": where a place lies (not a zone that lies so)
    if (
        re.search(
            r"\b(?:lies|lay|lie|lying|sits|stands|is\s+situated|is\s+located)\s+(?:some\s+|about\s+|"
            r"roughly\s+|only\s+|just\s+|barely\s+|nearly\s+)?$",
            f.near_before,
            _I,
        )
        and re.match(
            r"\s*(?:downstream|upstream|downriver|upriver|below|above|inland|offshore|away)\b",
            f.after,
            _I,
        )
        # (not "the line sits 120 feet inland": where a rule's line lies)
        and not _ZONE.search(f.near_before)
        and not re.search(r"\b(?:line|limit|edge|boundary|reach)\b", f.near_before, _I)
    ):
        return True
    # "Sambane is about 26 kilometres from the plant, outside the twenty-kilometre zone": a
    # place known by its name, the subject of its clause, and how far it lies (not "Zone A is
    # 5 km from the line", a zone known by its name)
    if (
        re.search(
            r"(?:^|[.;:]\s+|\b(?:and|but|while|No|Yes),?\s+)"
            # (not "This is 5 km from the border", "Each is ...": no place's name)
            r"(?!(?:This|That|These|Those|Each|Both|Which|What|There|Here|One|Another|Either|"
            r"Neither|Everything|Nothing|Everyone|Anything|Something|Mine|Ours|Theirs)\b)"
            r"(?-i:[A-Z])[a-z][\w'-]+\s+(?:is|was|lies|"
            r"lay|sits|stands)\s+(?:(?:some|about|only|just|roughly|around|nearly|barely|a\s+good)\s+)?$",
            f.sentence[: f.m_start],
        )
        and re.match(r"\s*(?:away\s+)?from\s+(?:the|our|their|its)\s", f.after, _I)
        and not _ZONE.search(f.sentence[max(0, f.m_start - 40) : f.m_start])
        and not re.search(
            r"(?:Zone|Area|Sector|Line|Strip|Belt|Corridor|Limit|Buffer)\s+\w*\s*(?:is|was|lies)\s+\S*\s*$",
            f.sentence[: f.m_start],
        )
    ):
        return True
    # "relocates to Seletsk (35 km) on 20 April": a place's distance in brackets after its name
    if re.search(
        r"\b(?:to|at|in|from|near)\s+(?-i:[A-Z])[\w'-]+\s*\(\s*(?:about\s+|some\s+|c\.\s*)?$",
        f.near_before,
        _I,
    ) and re.match(r"\s*(?:away\s*)?\)", f.after):
        return True
    # "the town of Brel, 12 km from the river, ...": how far a named place lies
    return bool(
        re.search(
            r"\b(?:town|city|village|hamlet|post|base|camp|airfield|airport|port|harbou?r|capital|"
            r"settlement|checkpoint|crossing|bridge|dam|plant|mine|station)s?\s+(?:of\s+|at\s+)?"
            r"(?:(?-i:[A-Z])[\w'-]+\s*){1,3},\s*(?:(?:some|about|only|just|roughly|around|nearly)\s+)?$",
            f.near_before,
            _I,
        )
        and (
            _AFTER_LOCATING.match(f.after)
            or _AFTER_FROM.match(f.after)
            or _AFTER_DIR.match(f.after)
        )
    )


def where_a_numbered_place_lies(f: Figure) -> bool:
    """Not a width: where a numbered place lies ("Post 7 lies 3 km from the line")."""
    # "Sector 12 of the zone is 30 km from the coast", "Post 7 lies 3 km from the line": where a
    # numbered place lies
    return _numbered_place_lies(f.near_before, f.after)


# "closes the waters lying within 8 nautical miles of the estuary mouth": the ground or water a
# rule covers, not where a thing lies
_AREA_WITHIN = re.compile(
    r"\b(?:land|lands|ground|grounds|territory|terrain|areas?|waters|seas?|seabed|sea-?bed|"
    r"coast(?:line)?|shore|foreshore)\s+(?:lying|situated|located)\s+within\s*$",
    re.I,
)


# "The building line lies 40 metres on either side of the centre line": a zone's edge set on
# both sides of a line, not where a thing lies
_EDGE_LIES = re.compile(
    r"\b(?:line|limit|boundary|edge|fence)s?\s+(?:\w+\s+)?(?:lies|lie|runs?|stands?|is|are)\s+$",
    re.I,
)
# ... or two lines set apart: "the two building lines stand 80 metres apart in all"
_EACH_SIDE_OF = re.compile(r"\s*(?:(?:on\s+)?(?:either|each|both)\s+sides?\s+of|apart)\b", re.I)


def an_edge_set_on_each_side(f: Figure) -> bool:
    """Whether the figure sets a line on both sides of another, or two lines apart ("The
    building line lies 40 metres on either side of the centre line", "the two building lines
    stand 80 metres apart")."""
    return bool(_EDGE_LIES.search(f.lead) and _EACH_SIDE_OF.match(f.after))


def where_a_thing_is_located(f: Figure) -> bool:
    """Not a width: where a thing is located ("stationed 5 km from"), unless a rule or a zone."""
    located = _LOCATED.search(f.lead)
    if located and an_edge_set_on_each_side(f):
        located = None
    # "units stationed within 100 km of the border on each side": a zone on both sides
    # "a district lying between 2 and 8 km from the boundary on each side": a band on both sides
    if (
        located
        and re.search(r"\b(?:within|between|from)\s*$", f.lead, _I)
        and _LATER_PER_SIDE.search(f.after[:120])
        and _per_side_pair(_LATER_PER_SIDE.search(f.after[:120]))
    ):
        located = None
    # "may take in land lying between 3 and 8 km from the frontier": a band of ground, not where
    # a place lies; "closes the waters lying within 8 nautical miles of the estuary mouth": the
    # ground or water a rule covers
    if located and (
        re.search(
            r"\b(?:land|ground|territory|terrain|areas?|farmland|districts?|villages)\s+"
            # ("the land lying from 15 m out to 50 m from the centre-line")
            r"(?:lying|situated|located)\s+(?:between|from)\s*$",
            f.lead,
            _I,
        )
        or _AREA_WITHIN.search(f.lead)
    ):
        located = None
    # "An operation located between 1,000 and 2,640 feet of a dwelling shall file a plan", "any
    # well sited within 300 metres of a landfill must be tested": a rule for whatever lies there
    if (
        located
        and re.search(
            r"\b(?:an?|any|every|each|all)\s+(?:[\w'-]+\s+){1,2}?(?:located|situated|sited|lying)\s+"
            r"(?:within|between)\s*$",
            f.lead,
            _I,
        )
        and re.match(
            r"[^.;]{0,60}?\b(?:shall|must|is\s+required|are\s+required|needs?\s+to)\b", f.after, _I
        )
    ):
        located = None
    if located and (
        _a_rule_for_all_there(f) or _IN_THE_ZONE_AFTER.match(f.after) or _IF_IT_LIES.search(f.lead)
    ):
        located = None
    # "The cordon was widened on Tuesday. It now stands at one and a half kilometres from the
    # depot fence": where a zone's edge stands is its reach
    if located and re.search(
        r"(?:^|[.;]\s+|\b(?:and|but)\s+)(?:it|the\s+(?:[\w'-]+\s+)?(?:cordon|zone|perimeter|limit|"
        r"radius|buffer|ring|exclusion|boundary|edge))\s+(?:now\s+|currently\s+|still\s+)?"
        r"(?:stands|stood|sits|lies|lay)\s+at\s*$",
        f.sentence[: f.m_start],
        _I,
    ):
        located = None
    # "each army is to stand 2 km off the ridge": where each side must stand is a rule
    if located and _BEFORE_EACH_SIDE.search(_words_before(f.sentence, f.m_start)):
        located = None
    # "Turbines must stand 500 metres from homes", "depots shall be sited 200 feet from a
    # spring": where a rule puts a thing, not where one is
    if located and re.search(
        rf"\b{MUST}\s+(?:be\s+)?\w+\s+(?:\w+\s+){{0,1}}$",
        f.lead,
        _I,
    ):
        located = None
    # "No troops may be stationed within 15 km of the border" is a rule, not a place
    if located and re.search(r"\b(?:no|not|never|nor)\b", _words_before(f.sentence, f.m_start), _I):
        located = None
    # "rules require depots to stand at least 1,000 metres from homes": a rule's least distance
    if (
        located
        and re.search(
            r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$",
            f.near_before,
            _I,
        )
        and re.search(
            r"\b(?:requires?|required|requiring|must|shall|obliged?|have\s+to|has\s+to)\b",
            f.sentence[: f.m_start],
            _I,
        )
    ):
        located = None
    return bool(
        located
        and not _ZONE.search(f.sentence[: f.m_start - len(f.lead) + located.start()])
        # "the outer ring, lying between 3 and 10 km from the outbreak": where a ring lies
        and not (
            _RING.search(f.sentence[: f.m_start - len(f.lead) + located.start()])
            and re.search(r"\bbetween\s*$", f.lead, _I)
        )
        # ("The fissure lies some 13 km inland": where a thing lies, all the same)
        and not (
            _AFTER_TOTAL.match(f.after)
            or (_AFTER_DEPTH.match(f.after) and not re.match(r"\s*inland\b", f.after, _I))
        )
    )


def a_place_in_the_zone(f: Figure) -> bool:
    """Not a width: a place in the zone ("some 20 km inside the zone")."""
    # "some 20 km inside the zone", "advanced 15 km into the zone": a place in the zone
    return bool(
        re.match(
            rf"\s*(?:-?\s*deep\s+)?(?:inside|within|into|in)\s+(?:the\s+|this\s+)?(?:[\w'-]+\s+)?"
            rf"{ZONE_NOUN}\b",
            f.after,
            _I,
        )
        and not _WITHDRAW.search(f.lead)
        and not _ZONE.search(_words_before(f.sentence, f.m_start))
    )


def where_a_thing_sits_within(f: Figure) -> bool:
    """Not a width: where a thing sits or lies within a reach ("based within 5 km of")."""
    return bool(
        f.within_lead
        and re.search(
            r"\b(?:sit|sits|sitting|lie|lies|lying|located|situated|stand|stands|standing|based)"
            r"\s+within\s*$",
            f.lead,
            _I,
        )
        and not _a_rule_for_all_there(f)
        and not _IN_THE_ZONE_AFTER.match(f.after)
        and not _IF_IT_LIES.search(f.lead)
        and not _AREA_WITHIN.search(f.lead)
    )
