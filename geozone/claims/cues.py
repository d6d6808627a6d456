"""Cues right by a figure that say what it measures: "wide" (a total), "deep", "from the line"."""

from __future__ import annotations

import re

from .figure import Figure
from .sides import (
    _AFTER_NAMED_SIDE,
    _AFTER_PER_SIDE,
    _BOTH_WAYS,
    _EACH_OF_TWO,
    _SIDES_OF_A_BUILDING,
    _per_side_pair,
)
from .zonewords import _APART, _BORDER, _DIR, _I, _ZONE, ZONE_LIES_BETWEEN, ZONE_NOUN, _ws

# cues right after the figure (after any bracketed conversion)
_AFTER_TOTAL = re.compile(
    r"\s*-?\s*(?:wide|in\s+width|width|breadth|in\s+breadth|broad|thick|in\s+all(?!\s+directions)|in\s+total|"
    # "an absolute minimum of one metre of unobstructed width"
    r"of\s+(?:clear\s+|unobstructed\s+|free\s+|usable\s+)?(?:width|breadth)|"
    # "8 metres of clear carriageway in all": a way's whole width, its noun between
    r"of\s+(?:[\w'-]+\s+){1,3}?(?:in\s+all(?!\s+directions)|in\s+total|all\s+told|altogether)\b|"
    # "a vertical column of water one nautical mile in diameter": the whole width across
    r"in\s+diameter|"
    r"all\s+told|altogether|between\s+them|"
    # "is kept between neighbouring leases", "between adjacent pitches": a gap between two of a
    # kind
    r"(?:is\s+kept\s+|shall\s+be\s+kept\s+|must\s+be\s+kept\s+)?between\s+(?:any\s+two\s+|"
    r"neighbouring\s+|neighboring\s+|adjacent\s+|adjoining\s+)[\w'-]+|"
    # "a minimum of 500 metres between loaded trucks", "between hives": a gap between any two
    # of a kind (not "between buildings and the road")
    r"between\s+(?:(?:loaded|parked|moving|individual|successive|consecutive)\s+)?(?:trucks|"
    r"lorries|vehicles|cars|tents|marquees|piles|stockpiles|stacks|rings|boats|vessels|hives|"
    r"pitches|stalls|stands|turbines|wells|drains|pens|barns|caravans|boreholes|heaps)"
    r"\b(?!\s+(?:and|or)\b)|"
    # "that is, 2 km across in total": the whole width
    r"across\s+(?:in\s+(?:total|all)(?!\s+directions)|overall|altogether|all\s+told)|apart\s+from\s+each\s+other|"
    r"(?:from\s+)?edge\s+to\s+edge|(?:from\s+)?side\s+to\s+side|"
    # "a full seven metres, kerb to kerb": a road's whole width
    r",?\s*(?:from\s+)?(?:kerb|curb|wall|fence|bank|shore|hedge)\s+to\s+(?:kerb|curb|wall|fence|bank|"
    r"shore|hedge)|"
    # "separated by a 6 km gap": the gap between two lines
    r"gap|"
    r"from\s+each\s+other|from\s+one\s+another|"
    # "a buffer of 10 km between forward positions": the gap between two lines
    # ("between the forward defence lines")
    r"(?:is\s+kept\s+|shall\s+be\s+kept\s+)?between\s+(?:the\s+)?(?:two\s+|opposing\s+|rival\s+|"
    r"their\s+)?(?:forward\s+|front\s+)?(?:defen[cs]e\s+|defensive\s+|front\s+)?"
    r"(?:lines|forces|armies|positions|troops|sides|parties)|"
    # "a separation of at least 100 metres between the groups (of fans)"
    r"between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+|opposing\s+)?(?:groups|camps|crowds|marches|"
    r"sets\s+of\s+(?:fans|supporters))|"
    # "so that 4 miles separate them": the gap between the two
    r"(?:would\s+|will\s+|now\s+)?(?:separate|separates|divide|divides)\s+(?:them|the\s+(?:two\s+)?"
    r"(?:armies|forces|sides|lines|parties|positions))|"
    # "a belt of 8 km, divided evenly": shared between the sides
    r",?\s*(?:divided|split|shared)\s+(?:evenly|equally)?)\b",
    _I,
)

# the particle of a reach out from a thing: "20 nautical miles out from", "4 km downrange of"
_OUT_FROM = (
    r"(?:out|outwards?|downrange|downwind|downstream|offshore|downslope|upslope|downhill|uphill)"
)

_NAMED_RADIUS = (
    r"(?:evacuation|exclusion|safety|security|cordon|danger|no-go|protection|keep-out)\s+radius"
)

# "12 nm offshore": measured from the coast, one side
_AFTER_DEPTH = re.compile(
    # "20 nautical miles in radius around the island": a reach out from it
    r"\s*-?\s*(?:deep|in\s+depth|depth|offshore|out\s+to\s+sea|in\s+radius|radius|"
    # "a belt of three nautical miles along its own shore": a reach out from a coast
    r"along\s+(?:its|their|each\s+state's|each\s+party's)\s+own\s+(?:shores?|coasts?|coastlines?)\b|"
    # "It extends about 5 km in from the border": a reach in from a line
    r"in\s+from\s+(?:the|its|their|each|either)\b|"
    # "ISOLATE for 800 meters (1/2 mile) in all directions": a reach out from a spill
    r"in\s+(?:all|any|every)(?:\s+other)?\s+directions?|"
    # "the strip could thus reach some 56 km inland" (not "inland from the gulf", a line's
    # run from a place)
    r"inland(?!\s+(?:from|of)\b)|"
    # "a belt from 12 km to 20 miles downwind" (but "4 km downrange of the pad": from a thing)
    r"(?:downwind|downstream|downrange|downslope|upslope)(?!\s*,?\s*(?:of|from)\b)|"
    # "the band from 1.5 to 3 miles below the dam": a reach down the river from it
    r"(?:below|above)\s+the\s+(?:[\w'-]+\s+)?(?:dam|weir|barrage|sluices?|reservoir)|"
    # "a 1,000-metre evacuation radius": the radius a zone is named by
    rf"{_NAMED_RADIUS}|"
    # "the exclusion zone extends 7.5 m in front of the antenna face, and 0.5 m behind it": a
    # reach one way from a thing
    r"in\s+front\s+of(?=\s+(?:the|its|their|it|each|any|a|an)\b)|"
    r"behind(?=\s+(?:it|them|the\s+(?:antenna|panel|face|mast|structure|building|wall)s?)\b)|"
    # "a buffer zone of 500 metres is to be kept around settlements": a zone kept round a thing
    # ("A 150-foot buffer is required around each CEF")
    r"(?:is|are|shall\s+be|must\s+be|is\s+to\s+be|are\s+to\s+be|to\s+be)\s+(?:kept|maintained|"
    r"drawn|set|enforced|established|imposed|required|needed|provided|left)\s+(?:a)?round(?=\s+(?:the|a|an|any|every|each|all|"
    r"settlements|homes|houses|schools|villages|dwellings)\b)|"
    # "extends 12 nm seaward from the range head", "200 metres inward from the frontier"
    # ("extends 9 nautical miles to seaward of the head")
    r"(?:to\s+)?(?:seawards?|landwards?)|inwards?|outwards?(?=\s*,?\s*(?:\w+\s+)?(?:from|of)\b))\b",
    _I,
)

# "a standoff of 150 metres between the tipping area and the nearest homes", "one mile between
# the range and the nearest house": how far one thing must keep from another, a reach from it
# (not a gap between two lines or forces, nor a band "between 200 and 600 metres")
_BETWEEN_TWO_THINGS = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?between\s+(?=[A-Za-z])"
    r"(?![^.;]{0,80}?\b(?:lines|forces|armies|positions|troops|sides|parties|posts|camps|"
    r"groups|crowds|fans|supporters|units|outposts)\b)"
    r"(?:[\w'-]+\s+){1,5}?and\s+(?:[\w'-]+\s+){0,3}?[A-Za-z][\w'-]*",
    _I,
)

_AFTER_FROM = re.compile(
    # "15 nm measured from the outer edge of the reef flat": a depth from the edge of anything
    r"\s*,?\s*(?:measured|counted|reckoned)\s+(?:out(?:wards?)?\s+)?from\s+(?:the\s+|its\s+)?"
    r"(?:outer\s+|inner\s+|landward\s+|seaward\s+)?edges?\s+of\s+(?:the\s+|its\s+)?[\w'-]+"
    r"(?:\s+(?!(?:and|or|to|in|on|at|for)\b)[\w'-]+)?|"
    # "It extends 400 metres beyond the edge of the worked longwall panels": past a thing's edge
    r"\s*beyond\s+the\s+(?:outer\s+)?edges?\s+of\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?"
    r"[\w'-]+|"
    # ("extend two nautical miles out from the coast")
    rf"\s*(?:\([^()]{{0,40}}\)\s*)?(?:back\s+|away\s+|back\s+away\s+|behind\s+|clear\s+|out\s+(?=from\b)"
    # "a belt of 4 nautical miles measured from straight baselines"
    # ("a zone of fifty metres measured horizontally inland from the shores")
    rf"|,?\s*(?:measured|counted|reckoned)\s+(?:(?:horizontally|inland|landwards?)\s+)*)?"
    rf"(?:from|of|off|behind|beyond)\s+"
    # "from the seaward extension of the line"
    rf"(?:the\s+(?:[\w'-]+\s+)?(?:extension|prolongation)\s+of\s+)?"
    # "back from that party's own forward line": each side's own line
    rf"(?:the\s+|their\s+|its\s+|(?:that|this|each|either|the\s+other)\s+"
    rf"(?:party|side|army|state|country|force)'s\s+)?(?:(?:[\w'-]+\s+){{0,3}}?{_BORDER}\b"
    # "between 5 and 15 km from the outer edge of the zone"
    rf"|(?:outer\s+|inner\s+|far\s+)?(?:edge|limit)s?\s+of\s+(?:the\s+|its\s+|this\s+)?"
    rf"(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\b"
    # "beyond the outer limit of LV-D87": an area known by its designator
    r"|(?:outer\s+|inner\s+)?(?:edge|limit)s?\s+of\s+(?-i:[A-Z]{1,4}-?[A-Z]?\d{1,4}[A-Z]?)\b"
    # "from its edges", "beyond their outer limits": a zone's edges named before
    rf"|(?<=\bits\s)(?:outer\s+|inner\s+)?(?:edges?|limits?)\b"
    rf"|(?<=\btheir\s)(?:outer\s+|inner\s+)?(?:edges?|limits?)\b)"
    # "between 5 and 12 kilometres out": out from the line the sentence before named
    rf"|\s*(?:out|outwards?)\b(?!\s*(?:of|from|to|into|in|on|at)\b)",
    _I,
)

_AFTER_INTO = re.compile(
    r"\s*(?:-?\s*deep\s+)?(?:inside|into|within|in)\s+(?!(?:width|depth|length|each|either|both)\b)"
    r"(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:territory|territories|side|province|"
    r"region|country|(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)[A-Z][\w'-]+)\b"
    # ("widens to 5.5 km in the Dunmore gap": where the zone is that wide, not a side)
    r"(?!\s+(?:gap|pass|valley|gorge|sector|section|stretch|plain|lowlands|highlands|hills|"
    r"marshes|delta|bend)\b)",
)

_AFTER_DIR = re.compile(
    # "5 nautical miles to the south and east of the peninsula"
    rf"\s*(?:to\s+the\s+)?{_DIR}(?:\s+and\s+{_DIR})?\s+(?:of|from)\s+(?:the\s+)?"
    # ("25 km east of the buffer strip": past a zone's edge)
    rf"(?:(?:[\w'-]+\s+){{0,3}}?(?:{_BORDER}|peninsula|island|islands|cape|headland|enclave|"
    rf"{ZONE_NOUN})\b"
    r"|the\s+(?-i:[A-Z])[\w'-]+|(?:it|them)\b)"
    # "... and 3 nautical miles to the north and west -": the place left out the second time
    rf"|\s*to\s+the\s+{_DIR}(?:\s+and\s+{_DIR})?(?=\s*(?:[-,;)]|\.\s|$))"
    # "2 nautical miles seaward of the low-water line"
    rf"|\s*(?:seaward|landward|inland)s?\s+(?:of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{_BORDER}\b",
    _I,
)

# "a minimum distance of 500 metres": a rule's distance, that a later "minimum of" changes
_MINIMUM_DISTANCE = re.compile(
    r"\b(?:minimum|minimal|safe|safety|required)\s+(?:separation\s+)?distance\s+of\s+\d", _I
)

_COPULA = r"(?:is|was|will\s+be|shall\s+be|would\s+be|should\s+be|is\s+to\s+be|of|at)"

# "a 900-metre strip centred on the river", "a corridor of 3 km centered on the road": a strip
# laid with its middle on a line, so the figure is its whole width
_STRIP = r"(?:strips?|corridors?|bands?|belts?|swath(?:e)?s?|lanes?|channels?)"
_CENTRED = r"(?:centred|centered|cent(?:re|er)d)\s+(?:up)?on\b"
_STRIP_CENTRED_AFTER = re.compile(
    rf"\s*-?\s*(?:wide\s+)?(?:[\w'-]+\s+){{0,2}}?{_STRIP}\s+(?:\w+\s+)?{_CENTRED}", _I
)
_STRIP_OF_BEFORE = re.compile(rf"\b{_STRIP}\s+(?:some\s+|about\s+)?of\s+$", _I)
_CENTRED_AFTER = re.compile(rf"\s*,?\s*(?:wide\s*,?\s*)?{_CENTRED}", _I)

_BEFORE_WIDTH = re.compile(
    rf"\b(?:(?:width|wide|breadth)\s+(?:of|from|between)|(?:width|breadth)\s+{_COPULA})\s+$"
    # "a circle with a diameter of no more than three kilometres": the whole width across
    rf"|\b(?:circles?|rings?|discs?|{ZONE_NOUN})\b[^.;\d]{{0,40}}?\bdiameter\s+of\s+$"
    # "in practice it varied between half a mile and 4 miles"
    rf"|\b(?:it|{ZONE_NOUN})\s+(?:\w+\s+)?(?:varies|varied|vary|ranges|ranged)\s*:?\s+(?:from|between)\s+$"
    # "the security gap, which varies from 2 to 9 km": the gap between two lines
    r"|\bgap\s*,?\s+(?:which|that)\s+(?:\w+\s+)?(?:varies|varied|ranges|ranged)\s+(?:from|between)\s+$"
    # "the zone's width - 1.5 km in the towns", "at its widest the zone measured 19 km"
    r"|\b(?:width|breadth)\s*[-–:(]\s*$"
    r"|\bat\s+its\s+(?:widest|narrowest|broadest)\b[^.;]{0,40}$"
    # "(total 4 km)", "overall: 6 km"
    r"|(?:^|[(,;]\s*|\b(?:a|the|in)\s+)(?:total|overall)\s*:?\s*(?:of\s+)?$"
    # "the frontier zone, being in all six versts": the whole width, said before the figure
    r"|\b(?:being|is|was|measuring|measures)\s+in\s+(?:all|total)\s+(?:some\s+|about\s+)?$"
    # "at no point may the zone be narrower than"
    r"|\b(?:narrower|wider|broader)\s+than\s+$"
    # "fixed the width of the neutral zone at"
    r"|\b(?:fix\w*|set|sets|setting|put\w*)\s+the\s+(?:width|breadth)\s+of\s+(?:[\w'-]+\s+){0,4}?at\s+$"
    # "its width varies from 20 to 40 km"
    r"|\b(?:width|breadth)\s+(?:\w+\s+)?(?:varies|vary|varying|ranges|ranging)\s+(?:from|between)\s+$"
    # "the zone's width was set at"
    rf"|\b(?:width|breadth)\s+{_COPULA}\s+(?:set|fixed|put|agreed|placed)\s+at\s+$"
    # "the width of the Neutral Belt is fixed at"
    r"|\b(?:width|breadth)\s+of\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,4}?(?:is|was|shall\s+be|"
    r"will\s+be|has\s+been)\s+(?:fixed|set)\s+at\s+$"
    # "the total width of the Zone narrows to between 800 metres and 2 km"
    r"|\b(?:width|breadth)\s+of\s+(?:the\s+|its\s+)?(?:[\w'()-]+\s+){1,4}?(?:narrows|narrowed|"
    r"widens|widened|falls|fell|drops|dropped|shrinks|shrank|grows|grew|rises|rose|is\s+reduced|"
    r"was\s+reduced|is\s+cut|was\s+cut)\s+to\s+(?:between\s+)?$"
    # "Total width of SZ is", "the overall breadth of the belt will be"
    r"|\b(?:width|breadth)\s+of\s+(?:the\s+|its\s+)?(?:[\w'()-]+\s+){1,4}?(?:is|was|shall\s+be|"
    r"will\s+be|would\s+be)\s+$",
    _I,
)

_BEFORE_DEPTH = re.compile(
    # ("a danger area of radius 6 nautical miles")
    rf"\b(?:depth\s+of|deep|depth\s+{_COPULA}|radius\s+of|radius\s+{_COPULA}|(?<=\bof\s)radius"
    r"|depth\s+(?:\w+\s+)?(?:varies|vary|varying|ranges|ranging)\s+(?:from|between)"
    # "their territorial sea is limited to three nautical miles": reckoned from the coast
    r"|territorial\s+(?:seas?|waters)\s+(?:(?:is|was|are|were|would\s+be|will\s+be|shall\s+be)\s+)?"
    r"(?:(?:limited|restricted|confined|reduced|cut|extended|widened|set|fixed)\s+(?:to|at)|of)"
    # "which would have closed the whole area out to 10 km": a reach from where it is counted
    r"|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:the|this|that|its|their)\s+"
    r"(?:[\w'-]+\s+){0,2}?out\s+to)"
    r"\s+$",
    _I,
)

# "as wide as the gorge allows, at places only 800 metres": how wide the zone is in places
_IN_PLACES = re.compile(
    r"(?:^|[,;(]\s*|\band\s+|\bbut\s+)(?:(?:is|was|are|were|measures?|measured)\s+)?"
    r"(?:at|in)\s+(?:some\s+)?(?:places|points|spots)\s*,?\s+"
    r"(?:(?:only|just|barely|as\s+little\s+as|no\s+more\s+than|under|about|some)\s+)?$",
    _I,
)

# "the depth of the belt was not uniform; it ranged from": "it" is the depth, named before
_IT_IS_A_DEPTH = re.compile(
    r"\b(?:the|its|their)\s+depth\b(?![^.;]*\b(?:width|breadth|wide)\b)[^.]*(?:[;,:]|\band)\s*(?:and\s+)?$",
    _I,
)

# "the middle zone covers the ring between 300 m and 800 m": a ring about what it surrounds;
# "a middle zone lying between 250 m and 600 m": a zone told as a ring (not "a zone between 5
# and 10 km wide")
_RING_BEFORE = re.compile(
    r"\brings?\s+(?:(?:lying|running|that\s+lies)\s+)?(?:between|from)\s+$"
    rf"|{ZONE_LIES_BETWEEN}",
    _I,
)
_ACROSS_AFTER = re.compile(r"[^.;]{0,30}?\b(?:wide|width|across|deep|depth)\b", _I)

_BETWEEN_LINES = re.compile(
    r"\b(?:distance|gap|space)\s+between\s+(?:the\s+)?(?:two\s+|opposing\s+|rival\s+)?"
    r"(?:lines|forces|armies|positions|sides|forward\s+positions|them)\b[^.;]{0,20}?\b(?:is|was|of|"
    r"will\s+be|shall\s+be|at)\s+(?:(?:therefore|thus|then|now|only|just)\s+)?$"
    # "Forces will separate to a distance of 3 km": how far apart the sides stand
    r"|\b(?:forces|armies|troops|sides|parties|units)\s+(?:\w+\s+){0,2}?separat\w*\s+(?:by|to)\s+"
    r"(?:a\s+distance\s+of\s+)?(?:(?:at\s+least|some|about|roughly)\s+)?$",
    _I,
)


def _a_total(f: Figure, m: re.Match[str]) -> tuple[str, str]:
    """What a total's cue reads: the total, or each side's width, or a reach from one line."""
    # "5 km wide on each side of the river": each side's strip is that wide
    # "a 10-kilometre-wide zone on each side of the border": so is each side's zone
    named = re.match(rf"(?:\s+[\w'-]+){{0,2}}?\s+{ZONE_NOUN}\b", f.after[m.end() :], _I)
    # "a strip 35 feet wide shall be kept on each bank": a rule keeping one on each side
    if named is None:
        named = re.match(
            r"\s+(?:shall|must|will|should|is\s+to|are\s+to)\s+be\s+(?:kept|maintained|left|retained|"
            r"provided|established|planted|preserved|cleared|observed)\b",
            f.after[m.end() :],
            _I,
        )
    if (
        re.match(r"\s*-?\s*wide\b", m.group(), _I)
        and (
            (side := _AFTER_PER_SIDE.match(f.after, m.end()))
            or (named and (side := _AFTER_PER_SIDE.match(f.after, m.end() + named.end())))
        )
        and not side.group("d1")
    ):
        return "per_side", f.after[: side.end()]
    # "two restricted areas, each 30 km wide": one area on each side
    elif each := _EACH_OF_TWO.search(f.near_before):
        return "per_side", each.group() + m.group()
    # "three nautical miles wide measured from the low-water line": a reach from one line
    elif re.match(r"\s*-?\s*(?:wide|broad)\b", m.group(), _I) and (
        measured := re.match(
            r"\s*,?\s*(?:as\s+)?(?:measured|counted|reckoned|calculated|taken)\s+(?:\w+\s+)?"
            r"(?:from|off)\b",
            f.after[m.end() :],
            _I,
        )
    ):
        return "depth", m.group() + measured.group()
    return "total", m.group()


def _as_the_figure_before(f: Figure) -> bool:
    """Whether the figure is the same reach as the one before it, changed or elsewhere."""
    # "In the hill districts the zone reaches 2 km back from the border. In the lowlands it
    # goes to 5 kilometres": the same zone's reach elsewhere, measured as the figure before
    if re.search(
        r"\bit\s+(?:goes|reaches|extends|runs|stretches)\s+(?:out\s+)?to\s+$", f.lead, _I
    ) and _ZONE.search(f.context[-300:] + " " + f.sentence[: f.m_start]):
        return True
    # "proposed a minimum distance of 500 metres from homes, but the law as passed sets a
    # minimum of 700 metres": the same distance, measured as the figure before
    # "a belt no deeper than 30 km from the border, extendable to 50 km": the same reach, as
    # far as it may be stretched
    if f.prev_end > 0 and re.search(
        r",?\s*(?:(?:which|that)\s+)?(?:extendable|extensible|expandable|reducible|"
        r"(?:can|could|may|might)\s+be\s+(?:extended|widened|enlarged|stretched|reduced|"
        r"narrowed|cut))\s+(?:up\s+)?to\s+$",
        f.lead,
        _I,
    ):
        return True
    return bool(
        re.search(r"\b(?:a|the)\s+minimum\s+of\s+$", f.near_before, _I)
        and _MINIMUM_DISTANCE.search(f.sentence[: f.m_start])
    )


# "within 120 metres of the centre line of the railway on either side": a reach from a line,
# on both its sides
_OF_A_LINE_EACH_SIDE = re.compile(
    r"\s*(?:of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){1,6}?(?:on|to)\s+(?:either|each|both)\s+"
    r"(?:sides?|banks?)\b",
    _I,
)


# a rule on how far out boats may fish, and the coast it counts from (not "the vessel was stopped
# 11 nautical miles off the coast", where a thing was)
_MAY_FISH = re.compile(
    r"\b(?:may|can|must|allowed\s+to|permitted\s+to)\s+(?:only\s+)?fish\s+(?:only\s+)?"
    r"(?:up\s+to|as\s+far\s+as|within|out\s+to|beyond)?\s*$",
    _I,
)
_OFF_THE_COAST = re.compile(r"\s*off\s+(?:the|its|their)\s+(?:coast|shore|coastline)s?\b", _I)


# a thing set or kept back from a line: "Buildings shall be set back 100 metres from the road on
# each side"
SET_BACK_BEFORE = re.compile(
    r"\b(?:set|kept|keep|held|hold|stand|stay)\s+back\s+(?:(?:at\s+least|not\s+less\s+than|"
    r"no\s+less\s+than|a\s+minimum\s+of|some|about)\s+)?$",
    _I,
)


# a rule that sets things apart: "must be", "shall stand", "would have set the umbrellas",
# "spaced at least"
_SPACING_SET = re.compile(
    r"\b(?:must|shall|should|would|will|required|to\s+be|at\s+least|no\s+less\s+than|"
    r"minimum(?:\s+of)?|spaced|placed|kept|set|sited|planted|moored)\b(?:\s+[\w'-]+){0,6}?\s+$",
    _I,
)


# "... wide on its own side of the boundary", after "each party": each party's part of the zone
_ON_ITS_OWN_SIDE = re.compile(r"\s*,?\s*on\s+(?:its|their|his|her)\s+(?:own\s+)?side\b", _I)
_EACH_PARTY = re.compile(
    r"\b(?:each|both|either|neither)\s+(?:of\s+the\s+)?(?:two\s+)?(?:sides?|part(?:y|ies)|"
    r"states?|countries|country|governments?|armies|army|nations?)\b",
    _I,
)


def a_cue_right_by_the_figure(f: Figure) -> bool:
    """Reads "wide", "deep", "on each side", "width of", "depth of" or a radius by the figure."""
    if (
        (
            (m := _APART.match(f.after))
            and (
                re.search(
                    r"\b(?:lines|forces|armies|positions|troops|sides)\b",
                    f.sentence[: f.m_start],
                    _I,
                )
                # "would have set the umbrellas 5 metres apart", "must be spaced at least 2 m
                # apart": a spacing a rule sets between things
                or _SPACING_SET.search(f.sentence[max(0, f.m_start - 80) : f.m_start])
                # "... 5 metres apart from one row to the next and 4.5 metres apart within a row"
                or re.search(
                    r"\bapart\b[^.;:\d]{0,60}\b(?:and|or|but)\s+$", f.sentence[: f.m_start], _I
                )
            )
        )
        or (m := _BETWEEN_LINES.search(f.lead))
        or (m := _AFTER_TOTAL.match(f.after))
    ):
        f.semantics, f.decided = _a_total(f, m)
        f.strong = True
        # "Each Party shall keep a strip 3 km wide on its own side of the boundary": as wide as
        # each party's part of the zone, a width on each side
        if (side := _ON_ITS_OWN_SIDE.match(f.after, m.end())) and _EACH_PARTY.search(
            f.sentence[: f.m_start]
        ):
            f.semantics, f.decided = "per_side", _ws(f.after[: side.end()])
    elif (m := _STRIP_CENTRED_AFTER.match(f.after)) or (
        _STRIP_OF_BEFORE.search(f.lead) and (m := _CENTRED_AFTER.match(f.after))
    ):
        f.semantics, f.decided, f.strong = "total", m.group(), True
    elif (f.within_lead or SET_BACK_BEFORE.search(f.lead)) and (
        m := _OF_A_LINE_EACH_SIDE.match(f.after)
    ):
        # ("shall be set back five chains from the road on each side")
        f.semantics, f.decided, f.strong = "per_side", _ws(m.group()), True
    elif _MAY_FISH.search(f.lead) and (m := _OFF_THE_COAST.match(f.after)):
        # "Boats may fish up to 12 nautical miles off the coast": a rule on where they may fish
        f.semantics, f.decided, f.strong = "depth", m.group().strip(), True
    elif m := _AFTER_DEPTH.match(f.after):
        f.semantics, f.decided, f.strong = "depth", m.group(), True
        # "6 km deep on each side of the road": the depth is each side's
        if (side := _AFTER_PER_SIDE.match(f.after, m.end())) and not side.group("d1"):
            f.semantics, f.decided = "per_side", f.after[: side.end()]
    elif m := _BETWEEN_TWO_THINGS.match(f.after):
        f.semantics, f.decided, f.strong = "depth", _ws(m.group()), True
    elif ((m := _AFTER_PER_SIDE.match(f.after)) and _per_side_pair(m)) or (
        m := _BOTH_WAYS.match(f.after)
    ):
        f.semantics, f.decided, f.strong = "per_side", m.group(), True
        # "100 feet from each side of the house": every side of a building, a reach all round it
        if around := _SIDES_OF_A_BUILDING.match(f.after, m.end()):
            f.semantics, f.decided = "depth", f.after[: around.end()]
    elif m := _BEFORE_WIDTH.search(f.lead):
        f.semantics, f.decided, f.strong = "total", m.group(), True
        # "the depth of the cleared belt was not uniform; it ranged from 30 to 50 li": the
        # depth the sentence named, not a width
        before = f.sentence[: f.m_start - (len(f.lead) - m.start())]
        if re.match(r"it\b", m.group(), _I) and _IT_IS_A_DEPTH.search(before):
            f.semantics = "depth"
    elif (m := _IN_PLACES.search(f.lead)) and re.search(
        r"\b(?:wide|width|broad|breadth)\b", f.sentence[: f.m_start - len(f.lead) + m.start()], _I
    ):
        # "the strip will be as wide as the gorge allows, at places only 800 metres": how wide
        f.semantics, f.decided, f.strong = "total", m.group(), True
    elif (m := _BEFORE_DEPTH.search(f.lead)) and re.search(
        # "a wreck which lies in a depth of 40 metres": how deep the water is, not a zone
        r"\b(?:lies|lie|lying|lay|rests?|resting|sunk|sank|anchored|moored)\s+(?:\w+\s+){0,2}?"
        r"(?:in|at)\s+(?:a\s+)?depth\s+of\s+$",
        f.lead,
        _I,
    ):
        return True
    elif m := _BEFORE_DEPTH.search(f.lead):
        f.semantics, f.decided, f.strong = "depth", m.group(), True
    elif f.radius:
        # "within 10 km of the plant", "stay at least 50 miles from the plant": a radius
        words = f.radius.group() + " " + (f.point_after.group() if f.point_after else "")
        f.semantics, f.decided, f.strong = "depth", _ws(words), True
    elif (m := _RING_BEFORE.search(f.lead)) and not (
        # ("the ring between 1 and 2 miles of the wreck": read with the thing it is about)
        _AFTER_FROM.match(f.after) or _AFTER_DIR.match(f.after) or _ACROSS_AFTER.match(f.after)
    ):
        f.semantics, f.decided, f.strong = "depth", m.group(), True
    elif _as_the_figure_before(f):
        f.semantics, f.decided, f.strong = "unspecified", "as the figure it changed", True
    return False


def a_line_after_the_figure(f: Figure) -> None:
    """Reads a line, a direction or a side after a figure no strong cue read ("from the border")."""
    f.weak = None
    if f.semantics is None:
        for pattern in (_AFTER_FROM, _AFTER_DIR, _AFTER_INTO, _AFTER_NAMED_SIDE):
            if m := pattern.match(f.after):
                f.weak = m
                break
