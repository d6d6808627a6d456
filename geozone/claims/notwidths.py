"""Figures that are not a zone's width: names, amounts, areas, heights, speeds, lengths, ranges."""

from __future__ import annotations

import re

from .cues import _AFTER_DEPTH, _AFTER_DIR, _AFTER_FROM, _AFTER_INTO
from .figure import Figure
from .places import _LOCATED, _RULE_WORD, _STANDING, _numbered_place_lies
from .zonewords import (
    _APART,
    _BORDER,
    _DIR,
    _I,
    _ZONE,
    KEPT_CHANNEL,
    PLACE_ON_A_RIVER,
    ZONE_NOUN,
    _words_before,
)

# "the 80-km middle course, from Hollin weir to the delta": the length of a stretch of a river
# or a road, from one place to another
_STRETCH_FROM_TO = (
    r"\s*-?\s*(?:[\w'-]+\s+){0,2}?(?:course|stretch(?:es)?|sections?|reach(?:es)?|segments?|"
    r"legs?)\s*,?\s+from\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,40}?\s+to\s+\w"
)

_AFTER_LENGTH = re.compile(
    rf"{_STRETCH_FROM_TO}|"
    r"\s*-?\s*(?:long\b|in\s+length\b|of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:border|frontier|front|line|coast|coastline|road|roads|highway|railway|pipeline|river|"
    r"fence|wall|track|territory|frontline|boundary)s?\b)",
    _I,
)

_BEFORE_LENGTH = re.compile(
    r"\b(?:runs?|running|ran|stretch\w*|spans?|spanning|spanned|along|alongside|length\s+of|"
    r"totall?ing|travel\w*|drove|driven|walk\w*|marched|flew|fly|flight|journey|trip|route\s+of)"
    r"\s+(?:for\s+|some\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"approximately\s+|around\s+|a\s+|the\s+|another\s+|an\s+additional\s+|of\s+)*$",
    _I,
)

# "STRIP ONE HALF MILE EACH SIDE OF RIVER FOR TWELVE (12) MILES DOWNSTREAM", "for 3 miles it
# runs beside the B-road": how far a strip or a way runs (not "cleared for 50 metres on each
# side")
_FOR_A_LENGTH = re.compile(r"\bfor\s+(?:some\s+|about\s+|another\s+|a\s+further\s+)?$", _I)
_RUNS_ON_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:downstream|upstream|downriver|upriver|along\b|"
    r"(?P<runs>,?\s*(?:it|they)\s+(?:runs?|follows?|goes|passes|lies|skirts?|hugs?)\b))",
    _I,
)


def _runs_on(before: str, after: str) -> bool:
    """ "for 3 miles it runs beside the road", or "for twelve miles downstream" after a strip's
    width on each side: how far a way or a strip runs (not "for 12 km downstream of the dam
    toe" alone, a reach)."""
    m = _RUNS_ON_AFTER.match(after)
    if not m:
        return False
    return bool(
        m.group("runs")
        or re.search(
            r"\b(?:(?:each|either|both)\s+(?:sides?|banks?)|wide|across)\b[^.;\d]*$",
            before,
            _I,
        )
    )


# "no coffin shall lie within four (4) feet of the surface": how deep below ground
_BELOW_THE_SURFACE = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:of|below|beneath|under)\s+the\s+(?:ground\s+|land\s+)?"
    r"surface\b",
    _I,
)

# "the river, which forms the boundary between the Parties over 62 kilometres": how far a
# line runs (the context model's gate only; a rule reads no width there)
_LINE_OVER = re.compile(
    r"\b(?:boundary|border|frontier|front|coast(?:line)?)\b[^.;,\d]{0,50}?\bover\s+"
    r"(?:some\s+|about\s+|roughly\s+|nearly\s+|almost\s+)?$",
    _I,
)

# weapons whose reach or size a figure gives
_WEAPON = (
    r"(?:mortars?|guns?|artillery|howitzers?|rockets?|missiles?|shells?|launchers?|cannons?|"
    r"rifles?|weapons?|pistols?|rounds|munitions|projectiles?|bullets?)"
)

_RANGE = re.compile(
    # (not "within a range of 100 metres around the entrance", nor "a closed reach of 200 metres
    # in all", a stretch of a river)
    r"(?<!\bwithin\sa\s)(?<!\bwithin\sthe\s)(?<!closed\s)(?<!protected\s)(?<!spawning\s)"
    r"(?<!fishing\s)(?<!restricted\s)\b(?:range|reach)\s+of\s+"
    r"(?:up\s+to\s+|about\s+|some\s+|around\s+|over\s+|more\s+than\s+)*$"
    # "a heavy mortar reaches about seven kilometres": how far a weapon fires
    # ("ITS GUNS (75 MM) DO NOT REACH BEYOND 8 MILES")
    # ("the mortars on both sides reach eight kilometres", "rocket systems supplied to Kyiv can
    # strike at 70 km")
    rf"|\b{_WEAPON},?\s+(?:\([^()]{{0,20}}\)\s*)?(?:\w+\s+){{0,5}}?(?:reach(?:es|ed)?|fire[sd]?|"
    r"carr(?:y|ies|ied)|hit|hits|cover(?:s|ed)?|strike[s]?(?:\s+(?:at|out\s+to|to))?)\s+"
    r"(?:up\s+to\s+|about\s+|some\s+|around\s+|"
    r"over\s+|more\s+than\s+|beyond\s+|past\s+|as\s+far\s+as\s+|nearly\s+|almost\s+|"
    r"roughly\s+)*$"
    # "Snipers with 12.7 mm rifles, effective out to 1,500 metres": a weapon's reach
    rf"|\b{_WEAPON}\b[^.;]{{0,20}}?,?\s+(?:lethal|effective|accurate|deadly)\s+(?:out\s+)?(?:to|at)\s+"
    r"(?:up\s+to\s+|about\s+|some\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)*$"
    # "Their radars see out to 40 km": how far a sensor sees
    r"|\b(?:radars?|sensors?|cameras?|sonars?|lidars?)\s+(?:\w+\s+){0,2}?(?:see|sees|saw|detect\w*|"
    r"reach\w*|cover\w*)\s+(?:out\s+)?(?:to\s+)?(?:about\s+|some\s+|around\s+|over\s+|"
    r"more\s+than\s+|nearly\s+)*$"
    # "It is buried with a cover of at least 1.2 m": how deep a pipe lies
    r"|\b(?:(?:depth\s+of\s+)?cover|burial\s+depth)\s+of\s+$"
    # "Vessels longer than 100 feet": a length
    r"|\b(?:longer|shorter)\s+than\s+$"
    # "has a perimeter of roughly 90 kilometres": how long a boundary runs
    r"|\b(?:has|had|with)\s+a\s+perimeter\s+of\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$"
    # "The outfall pipe extends 120 m into the bay", "its jetty extends 600 m into water": how far
    # a built thing reaches
    r"|\b(?:pipes?|pipelines?|outfalls?|jett(?:y|ies)|piers?|breakwaters?|moles?|groynes?|"
    r"wharf|wharves|quays?|cables?|causeways?)\s+(?:\w+\s+)?(?:extends?|runs?|reach(?:es)?|"
    r"stretch(?:es)?|projects?|juts?)\s+(?:out\s+)?(?:about\s+|some\s+|roughly\s+|around\s+)?$"
    r"|(?<!\bwithin\sa\s)(?<!\bwithin\sthe\s)\b(?:ranges?|capable\s+of\s+\w+ing)\s+(?!(?:from|between)\b)(?:\w+\s+){0,2}$",
    _I,
)

_AFTER_RANGE = re.compile(
    # ("one cable is taken as 185 metres": a unit defined)
    rf"\s*is\s+(?:taken|reckoned|counted)\s+as\b|\s*(?:equals|is\s+equal\s+to)\s+(?:about\s+)?\d|"
    rf"\s*-?\s*(?:range|radius(?!\s+(?:of|around|round|about|cent(?:red|ered)\s+on)\s+(?!action\b))|limit\s+on\s+(?:the\s+|their\s+|its\s+)?(?:range|calibre|caliber|speed)|"
    rf"away\b(?!\s+from\s+(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){{0,3}}?"
    rf"{_BORDER})|high\b|tall\b|"
    # ("from 5 to 12 km below the dam": downstream of it, not a height)
    # ("Between 1 and 3 nautical miles below Kestle pierhead": below a named place on a river)
    rf"(?:above|below)\b(?!\s+(?:the|this|that|any|a|an|each|every)\s+(?:[\w'-]+\s+)?(?:dam|weir|"
    rf"barrage|bridge|falls|sluice|lock|confluence|reservoir|obstruction|mill|spillway|apron|"
    rf"powerhouse|tailrace|outfall|intake|gate|"
    # ("Between 500 m and 1.5 km below any release area", "1,000 feet below each charge point":
    # downslope of a point on a mountain)
    rf"release\s+areas?|charge\s+points?|start(?:ing)?\s+zones?|cornices?|crests?|summits?|ridges?|"
    rf"blasting\s+points?|avalanche\s+paths?|slopes?)s?\b)"
    rf"(?!\s+(?-i:[A-Z])[\w'-]+\s+(?:[\w'-]+\s+)?{PLACE_ON_A_RIVER}\b)"
    # ("within 50 yards above or 100 yards below any dam": up and down a river from it)
    rf"(?!\s+(?:or|and)\s+(?:[\w'-]+\s+){{1,3}}?(?:above|below)\b)|altitude|"
    r",?\s*(?:the\s+)?(?:highest|lowest)\b)",
    _I,
)

# "40 km² of farmland", "12 sq km": an area, not a width
_AREA_AFTER = re.compile(r"\s*(?:2|²|sq\b|square\b)", _I)

# a river or a place known by its name, and how wide it is: "the Tessel, which is some 400 metres
# wide", "The Mekong itself, which forms the frontier, is more than a kilometre wide"
# ("the Oss, whose bed is some 300 m wide": the same, said of its bed or its channel)
_NAMED_WHICH_IS = re.compile(
    r"\b(?-i:[A-Z])[\w'-]+\s*,\s*(?:which|whose\s+(?:bed|channel|course|stream|waters?|mouth)"
    r")\s+(?:is|was)\s+(?:\w+\s+){0,2}?$",
    _I,
)

_NAMED_ITSELF = re.compile(
    r"\W*(?:the\s+)?(?:(?-i:[A-Z])[\w'-]+\s+){0,2}(?-i:[A-Z])[\w'-]+\s+itself\s*(?:,[^,]{1,80},)?\s+(?:is|was|are|were)\s+"
    r"(?:\w+\s+){0,3}?$",
    _I,
)

# how far animals go: "penguins forage within 20 to 30 km of their nests"
_HABIT_BEFORE = re.compile(
    r"\b(?:forag\w*|feed(?:s|ing)?|fed|hunt(?:s|ed|ing)?|graz\w*|roam\w*|migrat\w*)\s+"
    r"(?:\w+\s+)?(?:within|up\s+to|as\s+far\s+as)?\s*$",
    _I,
)

# "no aircraft shall fly lower than 3,000 metres": a height
_HEIGHT_BEFORE = re.compile(
    r"\b(?:lower|higher|taller)\s+than\s*$"
    # "the Tizi n'Test pass, which climbs to 2,100 metres": how high a road or a pass goes
    # (not "the distance rises to 150 feet", a rule's figure raised)
    r"|\b(?:climbs?|climbing)\s+to\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$"
    # "AIRSPACE CLOSED TO 18,000 FEET": how high a closure reaches
    r"|\b(?:airspace|flights?|flying)\b[^.;\d]{0,30}?\b(?:to|up\s+to|below|above)\s+$"
    # "the viaduct's low arch (clearance 4.1 m)": how much headroom a bridge leaves
    r"|\b(?:bridge|arch|viaduct|tunnel|underpass)\b[^.;]{0,40}?\b(?:clearance|headroom)\s*"
    r"(?:of\s+)?(?:only\s+|just\s+)?$"
    # "no new building may rise above 12 metres": how tall a thing may be
    r"|\b(?:rise|rises|rising|rose)\s+"
    r"(?:(?:no\s+)?(?:higher|more)\s+than|above|over)\s*$"
    # "not to fly below 1,000 metres over the area", "flying above 400 feet": a height flown at
    r"|\b(?:fly|flies|flying|flew|flown|overfly|overflying)\s+(?:(?:no|any)\s+)?"
    r"(?:below|above|under|over|beneath)\s*$"
    # "Aircraft are asked to stay above 3,000 metres": a height kept to
    r"|\b(?:stay|stays|staying|remain|remains|keep|keeps)\s+(?:well\s+)?(?:above|below)\s*$"
    # "helicopters may fly at up to 3,000 feet over the zone", "flying at 500 feet": a height
    r"|\b(?:fly|flies|flying|flew|flown|cruise|cruises|cruising|hover|hovers|hovering)\s+at\s+"
    r"(?:(?:up\s+to|no\s+more\s+than|not\s+more\s+than|about|around|some|roughly|least)\s+)?$"
    # "to lower the ceiling from 3,000 to 1,500 feet", "an altitude of 2,000 m": a height
    # "No military aircraft below 5,000 metres over the zone": a height aircraft keep to
    r"|\b(?:aircraft|aeroplanes?|airplanes?|planes?|jets?|helicopters?|drones?|flights?)\s+"
    r"(?:(?:may|shall|must|will|can|are\s+to|is\s+to)\s+(?:not\s+)?(?:\w+\s+)?)?"
    r"(?:below|above|beneath)\s*$"
    # "The zone, which reaches from the surface to 10,000 feet": how high an air zone reaches
    r"|\bfrom\s+(?:the\s+)?(?:surface|ground(?:\s+level)?|sea\s+level)\s+(?:up\s+)?to\s+(?:a\s+height\s+of\s+|"
    r"an\s+altitude\s+of\s+)?$"
    # "a vertical clearance of 13 ft 6 in": the height left free under something
    r"|\b(?:vertical|overhead|head)\s+clearance\s+(?:of\s+)?(?:at\s+least\s+)?$"
    # "The clear height above every bed shall be no less than 7.3 metres": headroom
    r"|\b(?:clear|free|minimum|ceiling)\s+heights?\s+(?:(?:above|over|under|of)\s+[^.;\d]{1,40}?)?"
    r"(?:shall\s+be\s+|must\s+be\s+|is\s+|of\s+)(?:(?:no|not)\s+less\s+than\s+|at\s+least\s+)?$"
    r"|\b(?:ceilings?|altitudes?|heights?|flight\s+levels?)\s+(?:(?:of|at|to|from|below|above|"
    r"under|over)\s+)?(?:(?:some|about|around|roughly|up\s+to|not\s+less\s+than|no\s+less\s+than|"
    r"at\s+least|not\s+more\s+than|more\s+than|less\s+than)\s+)?"
    r"(?:[\d,.]+\s*(?:feet|ft|metres?|meters?|m)?\s+(?:to|and)\s+)?$",
    _I,
)

# "his capital would have settled for 5", "they might have accepted 10 km": a figure that only
# might have been, no claim
_MIGHT_HAVE = re.compile(
    r"\b(?:would|could|might)\s+(?:well\s+|even\s+|easily\s+)?have\s+(?:\w+\s+)?"
    r"(?:settled|accepted|agreed|taken|gone|lived|made\s+do|been\s+(?:content|happy|satisfied))\s+"
    r"(?:(?:for|with|to|at)\s+)?(?:(?:as\s+little\s+as|as\s+much\s+as|even|just|only)\s+)?(?:an?\s+)?$",
    _I,
)

# "a 200-metre turbine", "a 150-metre-high mast": what stands that tall (not a zone around it)
_TALL_THING = re.compile(
    r"\s*(?:-?\s*(?:high|tall)\s+)?(?:wind\s+)?(?:turbines?|machines?|masts?|towers?|chimneys?|"
    r"pylons?|skyscrapers?|spires?|smokestacks?|stacks?|peaks?|summits?|mountains?|volcano(?:es)?|"
    r"massifs?|ridges?|cliffs?|crags?|"
    # "for a 25-metre conifer": how tall a tree is
    r"trees?|conifers?|oaks?|pines?|spruces?|beech(?:es)?|firs?|poplars?|cranes?|"
    # "fenced on both sides with 1.2 m hurdles": how tall a fence is
    r"hurdles?|hoardings?|railings?|palisades?|"
    # "the 30-metre steel sculpture", "a 50 m wheel": how tall a work or a ride is
    r"(?:[\w'-]+\s+)?(?:sculptures?|statues?|monuments?|obelisks?|(?:observation\s+|big\s+|"
    r"ferris\s+)?wheels?))\b"
    r"(?!\s*-?\s*(?:zone|buffer|radius|exclusion|setback|distance|rule|belt|strip|line)s?\b)",
    _I,
)

# "a landing zone near the 2,900-metre level", "above the 500-foot contour": a height on a slope
# ("the 20-metre depth contour", "the 1,500-foot ceiling", "SFC TO 2000 FT AMSL", "the 12 km
# depth of the earthquake's focus")
_LEVEL_AFTER = re.compile(
    r"\s*-?\s*(?:(?:depth|height|water)\s+)?(?:level|contour|elevation|altitude|height\s+mark|"
    r"ceiling|isobath|amsl|agl|asl|depth\s+of\s+(?:the|its|their)\s+(?:[\w'-]+\s+)?"
    r"(?:focus|hypocentre|hypocenter|quake|earthquake|well|shaft|mine|borehole|wreck))\b"
    r"(?!\s*-?\s*(?:zone|buffer|"
    r"radius|strip|belt)\b)",
    _I,
)

# "a width of at least 20 feet for two-way traffic": how wide a road or a lane is
_FOR_TRAFFIC = re.compile(
    r"\s*(?:for|to\s+(?:allow|carry|take))\s+(?:(?:two|one|2|1)-way\s+|through\s+)?(?:traffic|"
    r"vehicles|lorries|trucks|fire\s+engines|cars|carriageways?)\b",
    _I,
)

# "about 3,000 schools and 1,400 clinics are within a quarter mile of farmland": where a
# number of things lie, counted
_COUNTED_WITHIN = re.compile(
    r"\b\d[\d,.]*\s+(?:[\w'-]+\s+){0,3}?(?:are|were|lie|lay|sit|sat|stand|stood)\s+"
    r"(?:all\s+|now\s+)?within\s+$",
    _I,
)


def _counted_within(before: str) -> bool:
    """Whether the words before a figure count things lying within it (not a cap on them)."""
    counted = _COUNTED_WITHIN.search(before[-80:])
    # "No more than 3 guns are within 10 km of the line": a cap, a rule's zone
    return bool(
        counted
        and not re.search(
            r"\b(?:no|not|never|at\s+most|up\s+to|fewer\s+than|more\s+than|only|may|shall|must)\s*$"
            r"|\b(?:no|not|may|shall|must|allowed|permitted)\b",
            before[-80:][: counted.start()] + " " + counted.group(),
            _I,
        )
    )


# "not exceed 25 miles per hour", "at 10 km/h": a speed
# ... or a rate of change: "retreated at between 1.2 and 1.6 m a year", "loses 2 m per annum"
_SPEED_AFTER = re.compile(
    r"\s*(?:per\s+hour|an\s+hour|/\s*h(?:our|r)?\b|(?:a|per|each|every)\s+(?:year|decade)\b|"
    r"per\s+annum\b|annually\b|/\s*(?:yr|year)\b)",
    _I,
)

# "in waters less than half a mile wide", "rivers under 200 metres wide": how wide water is
_WATER_BEFORE = re.compile(
    # ("streams 1 to 5 m wide: a reserve of 5 m each side": how wide a stream is; not "a clear
    # channel 300 metres wide", a lane kept open)
    r"\b(?:streams?|brooks?|creeks?|watercourses?|ditch(?:es)?)\s+$|"
    # ("Where the watercourse is more than 5 metres wide", "a brook whose natural bed is less
    # than 2 m wide")
    r"\b(?:waters?|rivers?|streams?|brooks?|creeks?|channels?|canals?|inlets?|lakes?|lochs?|"
    r"straits?|estuar(?:y|ies)|fjords?|lagoons?|watercourses?|(?:natural\s+|river\s+|stream\s+)?"
    r"beds?)\s+(?:(?:that\s+)?(?:is|are|was|were)"
    r"\s+)?(?:(?:less|more|narrower|wider)\s+than|under|over|below|of\s+(?:only|about)?"
    # "where the lake is only 3.5 km wide": how wide the water is there
    r"|(?:is|was|are|were)\s+(?:only\s+|just\s+|barely\s+|about\s+|some\s+|roughly\s+|"
    r"nearly\s+|scarcely\s+)?)\s*$",
    _I,
)

# "The swept channel is 800 yards wide", "that transit channel, about 1,000 yards wide": a
# channel kept open for ships (swept, buoyed, reserved) is a zone, not the width of the water
_KEPT_CHANNEL_BEFORE = re.compile(
    rf"\b{KEPT_CHANNEL}\b(?:\s+(?:is|was|are|were|shall\s+be|will\s+be)\b)?[^.;\d]{{0,30}}$", _I
)
_WIDE_AFTER = re.compile(r"\s*-?\s*(?:wide|broad|across|in\s+width)\b", _I)


def _water_before(near_before: str) -> bool:
    """Whether the words before a figure name water whose own width it gives (a river, a
    lake, a natural channel), not a channel kept open for ships."""
    return bool(_WATER_BEFORE.search(near_before)) and not _KEPT_CHANNEL_BEFORE.search(near_before)


# "straits used for navigation, such as those narrower than 24 miles": how wide the water is
_WATER_NARROWER = re.compile(
    r"\b(?:straits?|channels?|rivers?|lakes?|estuar(?:y|ies)|sounds?|fjords?|inlets?|passages?|"
    r"streams?|brooks?|creeks?|watercourses?|ditch(?:es)?)\b"
    r"[^.;\d]{0,70}?\b(?:narrower|wider|broader)\s+than\s*$",
    _I,
)

_CURRENCY = re.compile(r"[$€£¥]\s*$|\b(?:USD|EUR|GBP|dollars?|euros?)\s*$", _I)

# spacing, not a width: "posts at intervals of 30 km", "a checkpoint every 10 km"
_SPACING = re.compile(r"\b(?:intervals?\s+of|every|spaced)\s*$", _I)
# "WHITE POSTS AT 500 METRE INTERVALS", "Posts shall stand not more than 400 metres apart": how
# far apart the marks along a line stand
_MARKS_APART = re.compile(
    r"\b(?:posts?|pillars?|buoys?|beacons?|stakes?|cairns?|pylons?|sentr(?:y|ies)|sentinels?|"
    r"pickets?|boundary\s+(?:stones?|markers?)|watchtowers?|checkpoints?|turbines?|masts?)\b"
    r"[^.;\d]{0,50}$",
    _I,
)


def _spacing(lead: str, after: str) -> bool:
    """Whether a figure is how far apart marks or posts stand along a line ("posts at 500
    metre intervals", "pillars not more than 400 metres apart")."""
    return bool(
        _SPACING.search(lead)
        or (
            re.match(r"\s*(?:apart\b|-?\s*intervals\b)", after, _I)
            and _MARKS_APART.search(lead)
            # (not "the two lines of posts stand 2 km apart": two lines a zone lies between)
            and not re.search(r"\b(?:lines|rows|fences|cordons)\b", lead, _I)
        )
    )


# how far something lies from a zone: "flew from a base some 90 km from the zone"
_FROM_A_ZONE = re.compile(
    rf"\s*(?:away\s+)?(?:from|outside)\s+(?:the|this|that)\s+(?:[\w'-]+\s+)?{ZONE_NOUN}\b"
    # "from the zone of separation" names the line a band is measured from
    r"(?!\s+of\s+(?:separation|contact))",
    _I,
)

_FEATURE_BEFORE = re.compile(
    r"\b(?:gorges?|canyons?|ravines?|valleys?|trench(?:es)?|craters?|pits?|shafts?|wells?|caves?|"
    r"lakes?|seas?|bays?|harbou?rs?|channels?|wadis?|pools?|ponds?|lagoons?|lochs?|fjords?|"
    r"sinkholes?|manholes?)\s*,?\s*(?:\w+\s+){0,2}$",
    _I,
)

# the size of a hole or a dug thing: "a crater 3 m across and 1 m deep", "a ditch 2 m wide"
_HOLE_SIZE = re.compile(
    r"\b(?:craters?|holes?|shell[- ]?holes?|potholes?|pits?|trench(?:es)?|ditch(?:es)?|"
    r"cavit(?:y|ies)|sinkholes?|breach(?:es)?)\s+(?:some\s+|about\s+|roughly\s+)?"
    r"(?:[\d.,]+\s*[a-z]+\s+(?:across|wide|long|deep|in\s+diameter)\s+(?:and|by|x)\s+)?$",
    _I,
)
# "a 90-foot gap in the Hadley River levee", "a 40-metre breach in the dyke": how big a break
# in a bank or a wall is (not "a 6 km gap between the lines")
_BREAK_IN = re.compile(
    r"\s*-?\s*(?:wide\s+)?(?:gap|breach|break|hole|rupture|crack|tear|split|opening)s?\s+"
    r"(?:in|through)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:levees?|dykes?|"
    r"dikes?|dams?|embankments?|banks?|walls?|sea-?walls?|fences?|barriers?|bunds?|berms?|"
    r"hulls?|roofs?|pipes?|pipelines?)\b",
    _I,
)
_SIZE_AFTER = re.compile(r"\s*(?:across|wide|long|deep|in\s+diameter|in\s+depth)\b", _I)


def _a_hole_size(before: str, after: str) -> bool:
    """ "a crater 3 m across and 1 m deep": how big a hole or a dug thing is."""
    return bool(_HOLE_SIZE.search(before[-80:]) and _SIZE_AFTER.match(after))


# a sentence about a sea, a strait or a valley: "The Sea of Aland", "The strait", "Lake Orm"
_WATER_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){0,3}?(?:sea|strait|straits|gulf|sound|channel|lake|"
    r"river|valley|gap|pass|gorge|bay|fjord|estuary|lagoon|island|peninsula|plateau|isthmus)\b"
    # ("The river Osta is": a river named after its noun)
    r"(?:\s+(?-i:[A-Z])[\w'-]+(?=\s+(?:is|was|are|were)\b))?"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])[\w'-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'-]*)?)?"
    r"(?:\s*,[^,]{1,80},)?\s+(?:is|was|are|were|measures|measured|lies)\b"
    r"|\W*(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){0,3}?(?:sea|strait|straits|gulf|sound|channel|lake|"
    r"river|valley|gap|pass|gorge|bay|fjord|estuary|lagoon|isthmus)"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])[\w'-]*)?\s*,\s*(?:(?:some|about|only|barely|roughly|"
    r"nearly|around|just)\s+)?is\b",
    _I,
)

_VAGUE = re.compile(r"\b(?:few|several|many|couple\s+of|dozens?\s+of|hundreds\s+of)\s*$", _I)

# "the 250-kilometre border", "a 5-km march": the length of a line or of a trip (not "a 250 km
# border zone")
_LENGTH_NOUN_AFTER = re.compile(
    # ("boats under 12 metres overall length", "12 m in overall length")
    r"\s*-?\s*(?:long\b|(?:in\s+)?(?:overall|total)\s+length\b|(?:[\w'-]+\s+)?(?:border|frontier|front|frontline|coast|coastline|road|"
    r"highway|railway|pipeline|river|fence|wall|track|boundary|march|journey|drive|trip|flight|"
    # "a 12 mile stretch" of a road, "a 5 km section"
    r"convoy|column|stretch|section|"
    # "the 168-km race", "the 6.4 km extension", "the 29-km first phase", "the 9.5-metre tunnel"
    r"race|circuit|lap|stage|route|extension|phase|tunnel|runway|viaduct|canal|"
    # "the 315-metre Simon Bolivar bridge", "a 900-metre spur": how long a bridge or a road is
    r"bridge|spur|siding|causeway|bypass|span|"
    # "the 1.8-metre storm sewer": a sewer's or a culvert's bore
    r"sewer|culvert|"
    # "at the 500 m buoy", "the 19 km mark": a point named by how far along it lies
    r"buoy|marker|milestone|milepost|pole|"
    # "whose 2,000-metre course runs along the northern shore": a rowing course's length
    r"course)(?:s|es)?\b"
    r"(?![\s-]*(?:zones?|strips?|belts?|areas?|buffers?|bands?|margins?)\b)"
    # "the 3.2-km Gams run", "a 2 km trail": a ski run's or a path's length (not "6 km wide runs
    # along the shore")
    r"|\s*-?\s*(?:(?-i:[A-Z])[\w'-]+\s+|ski\s+)?(?:run|piste|trail)s?\b(?!\s+(?:along|from|to|through|between|past)\b)"
    # "a 182-metre bulk carrier", "the 300-metre tanker": a ship's length (not "300 m of the
    # barge")
    r"|\s*-\s*(?:(?!(?:of|from|to|off|around|round|the|a|an|any|each)\b)[\w'-]+\s+)?(?:ship|"
    r"vessel|carrier|tanker|freighter|trawler|barge|yacht|ferry|liner|boat|skiff|dinghy)s?\b"
    # "the 120-km Blue Line": a named line's length
    r"|(?-i:[A-Z][\w'-]+\s+Line)\b"
    rf"|{_STRETCH_FROM_TO}"
    # "almost the full 440 km from the Euphrates to the Iraqi frontier": from one place to another
    r"|(?:\s+[\w'-]+){0,2}?\s+from\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,40}?\s+to\s+(?:the\s+)?"
    r"(?-i:[A-Z]))",
    _I,
)

# "the full 440 km", "the entire 90 miles": all of a length
_WHOLE_OF = re.compile(r"\b(?:the\s+)?(?:full|entire|whole)\s*$", _I)
# "the whole cove, all 1.2 kilometres of it": all of a length
_ALL_OF_IT = re.compile(r"\s*of\s+(?:it|them)\b", _I)


def _all_of_it(lead: str, after: str) -> bool:
    """ "all 1.2 kilometres of it": the whole length of a thing named before."""
    return bool(re.search(r"\ball\s*$", lead, _I) and _ALL_OF_IT.match(after))


# a trip's verb: "sailed", "flies", "travelled"
_TRIP_VERB = (
    r"(?:went|headed|sails|sailed|steams|steamed|cruises|cruised|flies|flew|drives|drove|"
    r"travels|travell?ed|ventured|motored|rowed)"
)
# right before its figure, "sails either 50 nautical miles", "flew some 20 km", or before the
# next figure of its list, "sails either 50 nautical miles from the coast or"
_TRIP_BEFORE = re.compile(
    rf"\b{_TRIP_VERB}\s+(?:either\s+)?"
    r"(?:(?:(?:some|about|only|just|roughly|around|nearly|another|a\s+further)\s+)?"
    r"|[^.;]{0,60}?\b(?:or|and)\s+)$",
    _I,
)
# "pressed for the full twelve miles": a demand for all of a figure, not a whole length
_ASKED_WHOLE = re.compile(
    r"\b(?:for|on|wanted|demanded|sought)\s+(?:the\s+)?(?:full|entire|whole)\s*$", _I
)

# "its artillery about 40 km from Dunsk, out of range of the town": how far guns stand from a
# place they can no longer reach, not a zone
_OUT_OF_RANGE = re.compile(
    r"\s*(?:away\s+)?from\s+(?:the\s+)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s*,?\s*"
    r"(?:well\s+|safely\s+|just\s+)?(?:out\s+of|beyond|outside)\s+(?:the\s+)?(?:\w+\s+)?range\b",
    _I,
)

# "keep the full 200 feet", "a full half mile from every house": a reach kept whole; not "the
# full 640 m length of the Quay", "the full 96 metres of the tower", "along its full 380 km"
_FULL_BEFORE = re.compile(r"\bfull\s*$", _I)
_ALONG_FULL = re.compile(r"\balong\s+(?:the|its|their)\s+full\s*$", _I)
_LENGTH_AFTER_FULL = re.compile(
    r"\s*-?\s*(?:[\w-]+\s+)?(?:length|course|run|rake|stretch|section|route|front|border|"
    r"frontier)\b|\s*(?:of\s+(?:the|its|their|this|that)\b|[?.])",
    _I,
)


def _full_reach(lead: str, after: str) -> bool:
    """ "the full 200 feet", "a full half mile from every house": a reach kept whole, not the
    whole length of a thing."""
    return bool(
        _FULL_BEFORE.search(lead)
        and not _ALONG_FULL.search(lead)
        and not _LENGTH_AFTER_FULL.match(after)
    )


# words that speak of whatever thing lies or passes somewhere ("whose premises lie within",
# "wherever they pass within"), not of one thing
_ANY_THING = re.compile(
    r"\b(?:whose|where|wherever|whether|if|when|whenever|unless|no|nobody|none|any|every|all|"
    r"those)\b",
    _I,
)
# "closed where it passes within 250 yards of the working face", "no trail pass within 75
# feet", "Airboats passing within 1,000 feet ... shall proceed at idle": wherever a way passes
# there, a rule on the area (not "The B6271, which passes within half a mile of the face")
_PASS_RULED = re.compile(
    r"\b(?:(?:shall|must|would|should|to)\s+(?:not\s+)?(?:be\s+)?(?:\w+\s+)?(?:pass|run)\w*|"
    r"passing)\s+within\s*$",
    _I,
)


def _passes_anywhere(lead: str) -> bool:
    """Whether "passes within" tells of wherever a way may pass, not where one way runs."""
    clause = re.split(r"[,;:(]", lead)[-1]
    return bool(_ANY_THING.search(clause) or _PASS_RULED.search(lead))


# "told spectators to stand 5 metres away", "keep their boats 200 feet away from docks": a
# distance kept, not how far off a place is ("Luhansk, some 15 km away")
_KEEP_BEFORE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain\w*|stand|stands|stop|sit|"
    r"sits|held|hold|move\s+off)\b(?:\s+[\w'-]+){0,4}?\s+(?:at\s+least\s+|no\s+less\s+than\s+|"
    r"more\s+than\s+|only\s+|some\s+|about\s+)?$",
    _I,
)


# "He must stay 300 feet away from her": one person kept from another, no place
_PERSON_FROM_PERSON = re.compile(
    r"\b(?:he|she|they|you|i)\s+(?:(?:must|shall|will|should|has\s+to|have\s+to|is\s+to|are\s+"
    r"to)\s+)?(?:stay|stays|keep|keeps|remain|remains|stand|stands)\b",
    _I,
)


def _kept_away(lead: str, after: str) -> bool:
    """ "keep three kilometres away": a distance kept away from something (not one person
    from another)."""
    person = re.match(r"\s*away\s+from\s+(?:him|her|them|me|us|you)\b", after, _I)
    return bool(
        re.match(r"\s*away\b", after, _I)
        and _KEEP_BEFORE.search(lead)
        and not (person and _PERSON_FROM_PERSON.search(lead))
    )


# "where the route passes within 300 yards of the breakwater": where a route or a line runs
_PASSES = re.compile(
    # (not "No trail may pass within 75 feet of a private well": a rule on where it may run)
    r"(?<!\bmay\s)(?<!\bmust\s)(?<!\bshall\s)(?<!\bnot\s)(?<!\bcannot\s)(?<!\bshould\s)"
    r"\b(?:pass(?:es|ed|ing)?|runs?|ran|running|flows?|flowed|skirts?|skirted)\s+"
    r"(?:(?:to\s+)?within|as\s+close\s+as|close\s+to)\s*$",
    _I,
)


def _width_of_water(sentence: str, m_start: int, after: str, near_before: str) -> bool:
    """Whether a figure says how wide a sea, a strait, a river or a valley is, not a zone.

    "The Sea of Aland, which separates ..., is about 40 km wide", "The strait, 34 km wide at
    this point, is patrolled", "The Dardanelles are about 61 km long and between 1.2 and 6 km
    wide". A zone named in the sentence before the figure keeps it a zone's width.

    Parameters
    ----------
    sentence : str
        The normalised sentence.
    m_start : int
        Where the figure starts in it.
    after, near_before : str
        The words right after the figure, and up to 60 characters before it.
    """
    return bool(
        re.match(r"\s*-?\s*(?:wide|broad|across)\b", after, _I)
        and not _ZONE.search(sentence[:m_start])
        and (
            # "the Tessel, which is some 400 metres wide", "The Mekong itself, ..., is a
            # kilometre wide": a thing known by its name
            _NAMED_WHICH_IS.search(near_before)
            or _NAMED_ITSELF.match(sentence[:m_start])
            or (
                _WATER_SUBJECT.match(sentence)
                and re.search(
                    r"\b(?:is|was|are|were|measures|measured)\s+(?:\w+\s+){0,2}?$", near_before, _I
                )
            )
            or _WATER_SUBJECT.match(sentence[:m_start] + " is")
            or re.search(r"\blong\s*,?\s+and\s+(?:[\w.,]+\s+){0,4}$", sentence[:m_start], _I)
        )
    )


# "in a depth of 21 metres": how deep the water is where something lies
# ("lies in a charted depth of 14 metres")
_AT_A_DEPTH_OF = re.compile(
    r"\b(?:in|at)\s+a\s+(?:charted\s+|mean\s+|minimum\s+|maximum\s+|least\s+)?depth\s+of\s+$"
    # "The channel carries a least depth of 11.5 metres", "a charted depth of 9 m": how deep
    # the water is
    r"|\b(?:least|charted|controlling|dredged|maintained|navigable)\s+depths?\s+of\s+$"
    # "holds water to a depth of 120 metres"
    r"|\bwater\s+to\s+a\s+(?:maximum\s+|greatest\s+)?depth\s+of\s+$"
    # "The seabed falls to a depth of 1,200 m within a few miles": how deep the sea bed lies
    r"|\b(?:falls?|fell|drops?|dropped|shelves|shelving|plunges?|descends?)\s+(?:away\s+|off\s+)?"
    r"(?:steeply\s+|sharply\s+|quickly\s+)?to\s+a\s+depth\s+of\s+(?:about\s+|some\s+|over\s+|"
    r"more\s+than\s+)?$"
    r"|\b(?:sea\s*bed|bottom|floor|reef|shelf|slope|wall|cliff)\s+(?:\w+\s+)?(?:falls?|fell|drops?|"
    r"dropped|shelves|plunges?|descends?)\s+(?:away\s+|off\s+)?(?:steeply\s+|sharply\s+)?to\s+"
    r"(?:about\s+|some\s+|over\s+|more\s+than\s+)?$"
    # "the pier approach, which is dredged to a depth of 6 metres": how deep it was dug
    r"|\b(?:dredged|deepened|excavated|dug|scoured)\s+to\s+a\s+(?:\w+\s+)?depth\s+of\s+$"
    # "with a maximum depth of 31 m", "reaches a depth of 1,645 feet": how deep a lake is
    r"|\b(?:with|has|had|have)\s+a\s+(?:maximum|greatest|mean|average)\s+depth\s+of\s+"
    r"(?:about\s+|some\s+)?$"
    r"|\breach(?:es|ed)?\s+a\s+(?:maximum\s+|greatest\s+)?depth\s+of\s+(?:about\s+|some\s+)?$",
    _I,
)

# "WATER DEPTH IN AREA 80 TO 120 M", "water depths of 40 m": how deep the water is
_WATER_DEPTH_BEFORE = re.compile(
    r"\bwater\s+depths?\s*:?\s+(?:in\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?)?(?:(?:is|are|was|were|of)\s+)?"
    r"(?:about\s+|some\s+|from\s+|between\s+|around\s+)?$",
    _I,
)
# "the 155 mm battery", "12.7 mm machine guns": a calibre
_CALIBRE_AFTER = re.compile(
    r"\s*-?\s*(?:calibre\s+|caliber\s+|self-propelled\s+|towed\s+|anti-\w+\s+|heavy\s+|field\s+)?"
    r"(?:batter(?:y|ies)|guns?|howitzers?|mortars?|cannons?|rifles?|rounds?|shells?|artillery|"
    r"machine[- ]guns?|ammunition|calibre|caliber)\b",
    _I,
)
# "Ploughing may continue to a depth of not more than 0.3 m": how deep the soil is worked
_WORKED_TO_A_DEPTH = re.compile(
    r"\b(?:plough\w*|plow\w*|till(?:s|ed|ing|age)?|cultivat\w*|subsoil\w*|harrow\w*|dig(?:s|ging)?|"
    r"dug|excavat\w*|trench(?:es|ed|ing)|drain(?:s|ed|ing|age))\b[^.;\d]{0,40}?\bto\s+a\s+(?:\w+\s+)?"
    r"depth\s+of\s+(?:(?:not\s+|no\s+)?(?:more|less)\s+than\s+|about\s+|some\s+|at\s+most\s+|"
    r"up\s+to\s+)?$",
    _I,
)


def _in_water_so_deep(lead: str, after: str) -> bool:
    """ "in water at least 200 m deep", "into water 40 to 60 metres deep": how deep water is."""
    # "it would have pushed ships into ninety metres of water"
    if re.search(r"\b(?:in|into)\s+(?:some\s+|about\s+|over\s+)?$", lead, _I) and re.match(
        r"\s*(?:of|of\s+open|of\s+deep)\s+water\b", after, _I
    ):
        return True
    return bool(
        re.search(
            # ("push anchorages into water 40 to 60 metres deep")
            r"\b(?:in|into|to)\s+(?:the\s+)?waters?\s+(?:(?:at\s+least|more\s+than|less\s+than|"
            r"over|under|deeper\s+than|shallower\s+than|of|about|some|between)\s+)?$",
            lead,
            _I,
        )
        and re.match(r"\s*-?\s*(?:deep|in\s+depth)\b", after, _I)
    )


# "a depression more than 3,000 metres deep", "The ice there is 1,800 metres thick", "draws
# water from a depth of 60 metres", "to drill to a total depth of 4,210 m": how deep or thick a
# thing is, down from the surface (not "a strip along the river 5 km deep", a zone, nor
# "withdraw to a depth of 30 km", a zone's reach)
_DEEP_THING = re.compile(
    r"\b(?:waters?|seas?|ocean|lakes?|lochs?|loughs?|fjords?|lagoon|ice|snow|slab|fracture|"
    # ("The strait is 60 metres deep", "The shafts are said to be a thousand metres deep")
    r"straits?|shafts|mines?|rivers?|bays?|harbou?rs?|channels|"
    r"trough|depression|trench|channel|canyon|gorge|crater|hole|pit|wells?|shaft|boreholes?|bores?|"
    r"seam|"
    r"layer|rock|subsoil|reservoir|basin|graves?|burials?|vaults?|niches?|foundations?|"
    r"trenches|ditch(?:es)?|pits|holes|cellars?|basements?|peat|soil|mud|silt|sediments?|"
    r"snowpack|drifts?)\b",
    _I,
)
_DEEP_AFTER = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?-?\s*(?:deep|thick|in\s+(?:depth|thickness))\b", _I
)
_DOWN_TO = re.compile(
    r"\b(?:(?:draws?|drawn|drawing|pumps?|pumped|takes?|taken|taking)\s+(?:\w+\s+)?from\s+a\s+"
    r"depth\s+of|(?:drill\w*|bor(?:e|ed|ing)|sunk|sink\w*|dug|dig\w*|excavat\w*)\s+[^.;]{0,40}?"
    r"\bto\s+a\s+(?:total\s+|maximum\s+|final\s+)?depth\s+of"
    # "The wells themselves go down to 2,200 metres"
    r"|\b(?:wells?|bores?|boreholes?|shafts?|mines?|pipes?|piles?)\s+(?:themselves\s+)?"
    r"(?:go|goes|went|reach|reaches|run|runs)\s+down\s+(?:to|as\s+far\s+as))\s+"
    r"(?:(?:about|some|around|roughly|nearly|over|more\s+than)\s+)?$",
    _I,
)


def _down_from_the_surface(lead: str, after: str) -> bool:
    """ "a depression more than 3,000 metres deep": how deep or thick a thing is."""
    near = lead[-60:]
    return bool(_DOWN_TO.search(lead)) or bool(
        _DEEP_AFTER.match(after) and _DEEP_THING.search(near) and not _ZONE.search(near)
    )


# "The ministry held talks 20 km off the coast": where a meeting or an exercise was held
_HELD_AT = re.compile(
    r"\b(?:held|hold|holds|holding|staged|stage|stages)\s+(?:(?:the|their|its|a|an)\s+)?"
    r"(?:talks|meetings?|exercises?|drills?|manoeuvres|maneuvers|rallies|rally|races?)\s+"
    r"(?:some\s+|about\s+)?$",
    _I,
)
# "The county closed the road for 3 km while it was resurfaced": a stretch of a road shut
_ROAD_SHUT_FOR = re.compile(
    r"\b(?:closed|shut|blocked|resurfaced|repaired|dug\s+up|reopened)\s+(?:(?:the|a|its)\s+)?"
    r"(?:[\w'-]+\s+)?(?:road|street|lane|highway|motorway|carriageway|track|railway|line|"
    r"route)\s+for\s+(?:some\s+|about\s+|nearly\s+)?$",
    _I,
)
# "The village was set at 800 metres from the road": where a place was put
_PLACE_SET_AT = re.compile(
    r"\b(?:village|town|city|hamlet|settlement|camp|house|farm|school|church|station|base|"
    r"post|plant|mill)s?\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:set|built|sited|placed|put|moved|rebuilt|relocated)\s+(?:at\s+)?(?:some\s+|about\s+)?$",
    _I,
)

_DISTANCE_FROM_TO = re.compile(
    r"\s*-?\s*(?:distance|drive|walk|ride|trip|journey)\s+from\s+(?:the\s+)?[\w'-]+"
    r"(?:\s+[\w'-]+){0,3}?\s+to\s+(?:the\s+)?\w"
    # "Two miles is the distance to the school": how far a place is, said after the figure
    r"|\s*(?:is|was)\s+(?:the\s+|its\s+|their\s+)?(?:distance|drive|walk|ride)\s+"
    r"(?:from|to|between)\b",
    _I,
)

# "Prices rose to 5 km": a quantity that is no zone went up or down
# a figure a quake's depth or a unit's definition names, told before it
_DEPTH_OR_DEFINITION_BEFORE = re.compile(
    # "one cable is taken as 185 metres": a unit defined
    r"\b(?:one|a)\s+(?:cable|nautical\s+mile|mile|league|fathom|verst)\s+(?:is\s+(?:taken|reckoned|"
    r"counted)\s+as|is\s+equal\s+to|equals)\s+(?:about\s+)?$"
    # "The tremor was centred near Defne ... at a depth of 10 km": how deep a quake's focus lay
    r"|\b(?:quake|earthquake|tremor|shock|aftershock|epicentre|epicenter|focus)\b[^.;]{0,80}?"
    r"\bat\s+a\s+depth\s+of\s+(?:about\s+|some\s+|roughly\s+)?$"
    # "No material shall be taken below a depth of 2.5 m beneath the natural bed": how deep a
    # dig may go
    r"|\b(?:below|beneath|under)\s+a\s+depth\s+of\s+(?:about\s+|some\s+|more\s+than\s+)?$",
    _I,
)
# "The unit watches a waterway of about 96 km": how long a river or a coast is; "A China Coast
# Guard vessel came within a metre of ramming": how near a ship came; "Walking distance: 400 m":
# how far people walk to a place
_WATERWAY_OR_NEAR_MISS_BEFORE = re.compile(
    r"\b(?:waterway|coastline|shoreline|seafront)\s+of\s+"
    r"(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$"
    r"|\bwalking\s+distance\s*(?::|of|is)?\s*(?:within\s*|up\s+to\s+|about\s+)?$"
    r"|\b(?:came|drew|closed\s+to)\s+(?:\"|')?within\s+"
    r"(?:(?:about|some|roughly|just)\s+)?(?:\"|')?$",
    _I,
)

_QUANTITY_CHANGED = re.compile(
    r"\b(?:prices?|costs?|rents?|fares?|rates?|wages?|taxes|inflation|sales|output|"
    r"temperatures?|numbers?|counts?|totals?|figures\s+for\s+\w+)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:rose|rise|rises|fell|fall|falls|climbed|dropped|jumped|increased|decreased|grew|"
    r"went\s+(?:up|down))\s+(?:to|by)\s+$"
    # "would lower the lake by 50 feet", "The snout has retreated about 40 metres": a level
    # changed or a front moved, not a zone
    r"|\b(?:lower|lowers|lowered|lowering|raise|raises|raised|raising|draw\s+down|drawn\s+down)\s+"
    r"(?:the\s+|its\s+)?(?:lake|reservoir|level|water|water\s+level|pool)\s+(?:\w+\s+)?by\s+"
    r"(?:about\s+|some\s+|roughly\s+|around\s+)?$"
    r"|\b(?:snout|glacier|front|ice|cliff|coast|coastline|shoreline|dune|edge)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:retreated|receded|advanced|moved\s+back)\s+"
    r"(?:by\s+)?(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|more\s+than\s+)?$"
    # "a lake in the Rolwaling valley lowered by 3 metres": a level changed, told after its lake
    r"|\b(?:lakes?|reservoirs?|levels?|water)\b[^.;\d]{0,40}?\b(?:lowered|raised|drawn\s+down)\s+by\s+"
    r"(?:about\s+|some\s+|roughly\s+|around\s+)?$"
    # "It's been drifting forty kilometres downwind": how far a plume or a cloud moved
    r"|\b(?:drift(?:s|ed|ing)?|blown|blowing)\s+(?:about\s+|some\s+|roughly\s+|around\s+|"
    r"nearly\s+|more\s+than\s+)?$"
    # "the distance grows by four inches for every additional 10,000 volts": a step, not a width
    r"|\b(?:grows?|grew|grown|growing|increases?|increased|increasing)\s+by\s+"
    r"(?:about\s+|some\s+|roughly\s+|another\s+|a\s+further\s+)?$",
    _I,
)


# "A woman was injured by shrapnel in Sellin, 2.5 km from the Line": where a named place lies
_PLACE_THEN_FIGURE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?,\s*"
    r"(?:some\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+|barely\s+)?$",
    _I,
)
# "keep dozens of them inside the zone, some within 1 km of the line": how near some of the
# things just named lie
_SOME_WITHIN = re.compile(
    r",\s*(?:some|many|most|several|a\s+few|others|one|two|three)\s+(?:of\s+them\s+)?"
    r"(?:only\s+|just\s+|barely\s+)?within\s*$",
    _I,
)


# ("22 m by 22 m": the words after the first side stop where the second figure starts)
_BY_DIMENSION_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:by|x|×)\s+(?:\d|$)", _I)
_BY_DIMENSION_BEFORE = re.compile(
    r"\d(?:[\d,.]*)\s*(?:-?\s*(?:m|metres?|meters?|ft|feet|foot|yards?|yds?|km|kilomet(?:re|er)s?|"
    r"miles?))?\s*(?:by|x|×)\s+$",
    _I,
)


# "My stall is 120 metres from Dadar station": where one's own place is
_OWN_PLACE_IS = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:[\w'-]+\s+)?(?:stalls?|shops?|house|home|homes|"
    r"farms?|business|kiosks?|office|flat|restaurant|bar|caf[eé]|school|church|yard|garden|"
    r"land|field|pitch|stand)\s+(?:is|was|are|were|sits?|stands?|lies)\s+(?:(?:only|just|"
    r"about|barely|some|less\s+than|more\s+than|under|over)\s+)?$",
    _I,
)


# "its largest dish is 64 m in diameter", "tanks of 80,000 m3 each, 76 m in diameter": how big
# round a built thing is
_THING_ACROSS = re.compile(
    r"\b(?:dish(?:es)?|tanks?|pipes?|pipelines?|shafts?|silos?|towers?|wheels?|domes?|tunnels?|"
    r"bores?|mirrors?|antennas?|antennae|telescopes?|reactors?|chimneys?|stacks?|columns?\s+of\s+"
    r"(?:steel|concrete)|drums?|rotors?|blades?|craters?|pits?|ponds?|pools?)\b",
    _I,
)
_IN_DIAMETER = re.compile(r"\s*(?:in\s+)?diameter\b", _I)
_DIAMETER_OF = re.compile(r"\bdiameter\s+of\s+(?:\w+\s+){0,3}$", _I)
# "not less than 30 metres in height": a height
_IN_HEIGHT = re.compile(r"\s*(?:in\s+height|in\s+depth\s+below)\b", _I)


_RULE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:shall|must)\s+(?:not\s+)?be|(?:are|is)\s+(?:\w+\s+)?(?:prohibited|"
    r"banned|forbidden|not\s+(?:permitted|allowed)))\b",
    _I,
)


# "the F-16s have a combat radius of 500 km": how far an aircraft flies
_FLIGHT_RADIUS = re.compile(
    r"\b(?:combat|operational|strike|flight|flying)\s+(?:radius|range)\s+of\s+$", _I
)
# "A drone at 50 metres up": a height; "move the pipe's outlet 1,000 yards further out": how far a
# thing is moved
_UP_OR_FURTHER = re.compile(
    r"\s*(?:up\b(?!\s+(?:to|the|river|stream|from|against|or)\b)|(?:further|farther)\b)", _I
)


def _a_size_a_height_or_a_move(sentence: str, m_start: int, after: str) -> bool:
    """Whether a distance is a thing's size, a height, a flight or how far a thing is moved.

    The sides of a rectangle ("a FATO of no less than 63 ft by 63 ft"), a
    built thing's size across ("its largest dish is 64 m in diameter"), an
    aircraft's reach ("a combat radius of 500 km"), a height ("a drone at 50
    metres up") or a move ("1,000 yards further offshore"). ``after`` is the
    sentence after the distance.
    """
    lead = sentence[max(0, m_start - 80) : m_start]
    return bool(
        _BY_DIMENSION_AFTER.match(after)
        or _BY_DIMENSION_BEFORE.search(lead)
        or (
            (
                _IN_DIAMETER.match(after)
                or re.search(r"\bdiameter\s+of\s+(?:\w+\s+){0,3}$", lead, _I)
            )
            and _THING_ACROSS.search(lead)
        )
        or _FLIGHT_RADIUS.search(lead)
        or _UP_OR_FURTHER.match(after)
        or _IN_HEIGHT.match(after)
    )


# "a stone refuge built in the 1960s at 780 metres": a height above the sea (not "It now stands
# at one and a half kilometres from the depot fence")
_BUILT_AT = re.compile(
    r"\b(?:built|perched|standing|stands|sits|situated|located|lies)\s+(?:[^.;,\d]{0,30}\s)?at\s+"
    r"(?:about\s+|some\s+|roughly\s+|around\s+)?$",
    _I,
)
_COUNTED_FROM_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:away\s+|back\s+|out\s+)?(?:from|of|off|beyond|inland|offshore|"
    r"inside|into|behind|on\s+(?:each|either|both))\b",
    _I,
)


def _a_habit(lead: str) -> bool:
    """ "penguins forage within 20 km of their nests": how far animals go (not "No goat may
    graze within 150 metres of the reservoir", a rule)."""
    return bool(_HABIT_BEFORE.search(lead)) and not _RULE_WORD.search(lead)


def _a_calibre(figure: str, after: str) -> bool:
    """ "the 155 mm battery", "12.7 mm machine guns": a calibre in millimetres."""
    return bool(
        re.search(r"(?:mm|millimet(?:re|er)s?)$", figure, _I) and _CALIBRE_AFTER.match(after)
    )


def _a_size_in_inches(figure: str, after: str) -> bool:
    """ "3-inch shells", "a 36-inch line", "6-inch guns": a bore or a calibre in inches (not
    "the 18-inch rule", "24 inches each side")."""
    return bool(
        re.search(r"-\s*inch(?:es)?$", figure, _I)
        and not re.match(
            r"\s*-?\s*(?:rule|zone|buffer|strip|margin|tolerance|clearance|distance|setback)s?\b",
            after,
            _I,
        )
    )


def _a_layer_in_inches(sentence: str, m_start: int, m_end: int) -> bool:
    """ "at least 4 inches for walking, 5 to 7 inches for a snowmobile": how thick ice, snow or a
    layer is, in a sentence about one."""
    return bool(
        re.search(r"\binch(?:es)?\b", sentence[m_start:m_end], _I)
        and re.search(
            r"\b(?:ice|snow|thick(?:ness)?|mulch|surfacing|gravel|wood\s+chips?|topsoil|concrete)\b",
            sentence,
            _I,
        )
    )


def _told_as_something_else(lead: str) -> bool:
    """A depth, a unit's definition, a waterway's length or a near miss told right before the
    figure ("at a depth of", "one cable is taken as", "a waterway of about", "came within")."""
    return bool(
        _DEPTH_OR_DEFINITION_BEFORE.search(lead) or _WATERWAY_OR_NEAR_MISS_BEFORE.search(lead)
    )


_NEW_CLAUSE = re.compile(
    r",\s*(?:and|but|while|whereas)\s+(?:the|a|an|its|their|this|that|his|her)\s", _I
)


_WEAPON_BEFORE = re.compile(
    rf"\b(?:{_WEAPON}|bombs?|warheads?)\b[^.;:]{{0,60}}$",
    _I,
)


def plainly_not_width(sentence: str, m_start: int, m_end: int) -> bool:
    """Whether the words next to a distance say it is something else than a zone's width.

    A range, a length, an area, a sum, a spacing (:func:`plainly_something_else`),
    or where a thing lies (:func:`where_a_thing_lies`): the cues :func:`read_width`
    also knows, checked alone, so that a distance no rule reads as a width is not
    read as one from its context either (see :mod:`.learned`).

    Parameters
    ----------
    sentence : str
        The normalised sentence holding the distance.
    m_start, m_end : int
        The distance's span within the sentence.
    """
    return plainly_something_else(sentence, m_start, m_end) or where_a_thing_lies(
        sentence, m_start, m_end
    )


def where_a_thing_lies(sentence: str, m_start: int, m_end: int) -> bool:
    """Whether the words before a distance say where a thing stands or lies.

    "Our farm is land lying within 2 km of the river", "the post is located 3 km
    from the line"; not a rule about what may stand there ("No troops may be
    stationed within 15 km") nor a zone named by its figure. The parameters are
    those of :func:`plainly_not_width`.
    """
    lead = sentence[max(0, m_start - 60) : m_start]
    after = sentence[m_end : m_end + 80]
    before = sentence[:m_start]
    # "the 2 km strip": a zone named by its figure
    named = re.match(rf"\s*-?\s*(?:[\w'-]+\s+)?{ZONE_NOUN}\b", after, _I)
    # ("The find lies near the cathedral, and the 1.5-km circle takes in the town hall": a
    # thing lies in a clause of its own)
    standing = [s for s in _STANDING.finditer(before) if not _NEW_CLAUSE.search(before, s.end())]
    # "No troops may be stationed within 15 km" is a rule, not where troops are
    where = bool(_LOCATED.search(lead)) or (bool(standing) and not named)
    if where and standing:
        verb = standing[-1].start()
        where = not _RULE_WORD.search(before[max(0, verb - 15) : verb])
    elif where:
        where = not _RULE_WORD.search(lead)
    # "lights situated between 50 and 150 metres from the mark shall be shielded ...; lights
    # within 50 metres of the mark are prohibited outright": a rule about what lies there
    return where and not _RULE_AFTER.match(after)


# a figure right after "within" (within_an_area)
_WITHIN_BEFORE = re.compile(
    r"\bwithin\s+(?:(?:about|some|around|roughly|approximately|a|an|the)\s+)*$", _I
)
# what lies there, told as a class: "the settlements lying within", "development proposals
# located within"
_AREA_PARTICIPLE = re.compile(
    r"\b(?:lying|standing|sitting|located|situated|sited|placed|set)\s+(?:\w+\s+)?$", _I
)
# ... or as any thing that may lie there (_ANY_THING): "whose premises lie within",
# "whether the site lies within", "no part of the queue lie within"; or "balconies that lie
# within", "a highway that lies within" (not "the two posts that sit within", things named)
_AREA_THAT = re.compile(r"\bthat\b", _I)
# ... or as what may or must lie there: "no part of it would lie within", "nobody is to stand
# within"
_AREA_MODAL = re.compile(
    r"\b(?:shall|must|may|would|should|could|to)\s+(?:not\s+)?(?:\w+\s+)?(?:lie|stand|sit|be)"
    r"\s+(?:\w+\s+)?$",
    _I,
)


# what befell the things there, not a measure on the area: "The villages lying within 5 km of
# the river were shelled"
_HAPPENED_THERE = re.compile(
    r"\b(?:shelled|flooded|bombed|struck|attacked|damaged|destroyed|looted|burnt|burned|"
    r"in\s+danger)\b",
    _I,
)


def within_an_area(sent: str, a: int) -> bool:
    """Whether a figure right after "within" tells the reach of an area, not where one
    thing lies.

    "the oyster beds lying within 250 yards either side of the outfall line", "whether
    the site lies within 1,000 feet of a military installation": whatever lies there, by
    a participle, a word for any thing in the figure's clause, or a modal verb; not "The
    depot lies within 2 km of the school", not one's own place ("Our farm is land lying
    within 2 km of the river") and not what befell the things there ("The villages lying
    within 5 km of the river were shelled").

    Parameters
    ----------
    sent : str
        The normalised sentence holding the figure.
    a : int
        The figure's start within the sentence.
    """
    within = _WITHIN_BEFORE.search(sent, 0, a)
    if within is None:
        return False
    lead = sent[: within.start()]
    clause = re.split(r"[,;:(]", lead)[-1]
    if _HAPPENED_THERE.search(sent) or re.match(r"\s*(?:our|my)\b", clause, _I):
        # ("Our farm is land lying within 2 km of the river": one's own place)
        return False
    that = any(
        "the" not in clause[: t.start()].lower().split()[-4:] for t in _AREA_THAT.finditer(clause)
    )
    return bool(
        _AREA_PARTICIPLE.search(lead)
        or _ANY_THING.search(clause)
        or that
        or _AREA_MODAL.search(lead)
    )


def plainly_something_else(sentence: str, m_start: int, m_end: int) -> bool:
    """Whether the words next to a distance say it is a range, a length, an area, a sum, a
    spacing or another quantity than a zone's width (the cues of :func:`plainly_not_width`
    but where a thing lies). The parameters are those of :func:`plainly_not_width`."""
    lead = sentence[max(0, m_start - 60) : m_start]
    after = sentence[m_end : m_end + 80]
    before = sentence[:m_start]
    # "a 10-mile radius": a zone's reach
    radius = re.match(r"\s*-?\s*radius\b", after, _I)
    return bool(
        _VAGUE.search(lead)
        or _a_size_in_inches(sentence[m_start:m_end], after)
        or _a_layer_in_inches(sentence, m_start, m_end)
        or _QUANTITY_CHANGED.search(lead)
        or _told_as_something_else(lead)
        # "The hulk rests at a depth of 60 metres off the point": how deep the water is
        or _AT_A_DEPTH_OF.search(lead)
        or _in_water_so_deep(lead, after)
        or _down_from_the_surface(lead, after)
        # "The 3 km distance from the border to the town", "Two miles is the distance to the
        # school": how far apart two places are
        or _DISTANCE_FROM_TO.match(after)
        or _HELD_AT.search(lead)
        or _ROAD_SHUT_FOR.search(lead)
        or _PLACE_SET_AT.search(lead)
        or _HEIGHT_BEFORE.search(lead)
        or _MIGHT_HAVE.search(lead)
        # "the first 300 km should be finished": a stretch of a line, counted along it
        or re.search(r"\bthe\s+(?:first|last|next|remaining)\s*$", lead, _I)
        or _a_habit(lead)
        or (
            _WHOLE_OF.search(lead)
            and not _ASKED_WHOLE.search(lead)
            and not _full_reach(lead, after)
        )
        or _all_of_it(lead, after)
        # "The ferry sails either 50 nautical miles from the coast or ...": how far a trip goes
        or _TRIP_BEFORE.search(lead)
        or _CURRENCY.search(lead)
        or _AREA_AFTER.match(after)
        or _SPEED_AFTER.match(after)
        or _LEVEL_AFTER.match(after)
        or _counted_within(before)
        or _FOR_TRAFFIC.match(after)
        or (_water_before(lead) and re.match(r"\s*-?\s*(?:wide|broad|across)\b", after, _I))
        or _WATER_NARROWER.search(before[-120:])
        or (_AFTER_RANGE.match(after) and not radius and not _kept_away(lead, after))
        # "The coast of Sicily and its minor islands, about 1,600 km in all, is covered by the
        # ban": how long a coast or a line is, its subject
        or (
            re.match(
                r"\W*(?:the\s+)?(?:[\w'-]+\s+)?(?:coast(?:line)?|shoreline|border|frontier|front|"
                r"river|road|railway|line|route|fence|wall)s?\b",
                sentence,
                _I,
            )
            and re.match(r"\s*(?:in\s+all|in\s+total|all\s+told|long|in\s+length)\b", after, _I)
            and not _ZONE.search(sentence[:m_start])
        )
        # "The missile has a 300 km radius and the older one a 200 km radius": a weapon's
        # reach (not "no missiles within a 300 km radius of the capital")
        or (
            radius
            and _WEAPON_BEFORE.search(before[-80:])
            and not re.search(r"\b(?:within|inside|beyond|outside)\b", before[-80:], _I)
        )
        or _RANGE.search(lead)
        or _spacing(lead, after)
        or _BEFORE_LENGTH.search(lead)
        or _LENGTH_NOUN_AFTER.match(after)
        or _OUT_OF_RANGE.match(after)
        or (_PASSES.search(lead) and not _passes_anywhere(lead))
        or _LINE_OVER.search(lead)
        or _width_of_water(sentence, m_start, after, lead)
        or _numbered_place_lies(lead, after)
        or _a_hole_size(lead, after)
        or _BREAK_IN.match(after)
        or (_FOR_A_LENGTH.search(lead) and _runs_on(before, after))
        or _BELOW_THE_SURFACE.match(after)
        or _OWN_PLACE_IS.search(lead)
        or _a_size_a_height_or_a_move(sentence, m_start, after)
        # "The 1,565-metre Bulusan is one of the most active volcanoes": how high a peak is
        or (
            "-" in sentence[m_start:m_end]
            and re.match(
                r"\s*(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+(?:is|was)\b[^.;]{0,50}?"
                r"\b(?:volcano(?:es)?|mountains?|peaks?|summits?)\b",
                after,
                _I,
            )
        )
        # "The dish has a 3 km radius of coverage": how far a device reaches
        or re.match(
            r"\s*-?\s*(?:radius|range|reach)\s+of\s+(?:coverage|action|operation|flight|fire|sight|"
            r"vision|detection|reception|transmission|audibility)\b",
            after,
            _I,
        )
        or (
            _PLACE_THEN_FIGURE.search(lead)
            and re.match(
                r"\s*(?:(?:from|of|off)\s|(?:down|up)(?:stream|river)\b|away\b|inland\b|"
                r"(?:to\s+the\s+)?(?:north|south|east|west)\w*\b)",
                after,
                _I,
            )
        )
        or _SOME_WITHIN.search(lead)
        # "For the return trip a distance of 12 km applies": how far a trip goes
        or re.search(
            r"\b(?:trip|journey|drive|walk|ride|voyage|flight|commute)\s+(?:[\w'-]+\s+){0,3}?"
            r"(?:a\s+)?(?:distance\s+of\s+|of\s+)$",
            lead,
            _I,
        )
    )


def a_name_an_amount_or_a_height(f: Figure) -> bool:
    """Not a width: a name ("the 14 Mile Area"), a vague figure, money, an area, a height."""
    # not widths: names ("the 14 Mile Area"), areas, currencies, lengths, weapon ranges, heights
    if re.search(r"\b[A-Z][a-z]+$", f.sentence[f.m_start : f.m_end]) and re.match(
        r"\s+[A-Z][a-z]", f.after
    ):
        return True
    if _VAGUE.search(f.near_before) or _CURRENCY.search(f.lead) or _AREA_AFTER.match(f.after):
        return True
    if _a_size_in_inches(f.sentence[f.m_start : f.m_end], f.after) or _a_calibre(
        f.sentence[f.m_start : f.m_end], f.after
    ):
        return True
    if _a_layer_in_inches(f.sentence, f.m_start, f.m_end):
        return True
    if _BUILT_AT.search(f.lead) and not _COUNTED_FROM_AFTER.match(f.after):
        return True
    lead_60 = f.sentence[max(0, f.m_start - 60) : f.m_start]
    if _QUANTITY_CHANGED.search(lead_60) or _told_as_something_else(lead_60):
        # "The snout has retreated about 40 metres", "lower the lake by 50 feet"
        return True
    if _a_size_a_height_or_a_move(f.sentence, f.m_start, f.after):
        return True
    if _HEIGHT_BEFORE.search(lead_60) or _a_habit(f.near_before):
        return True
    # "a typical 200-metre turbine", "a 250-metre machine": how tall a thing is
    if _TALL_THING.match(f.after) or _MIGHT_HAVE.search(f.lead):
        return True
    if _LEVEL_AFTER.match(f.after) or _FOR_TRAFFIC.match(f.after):
        return True
    if _all_of_it(f.lead, f.after):
        return True
    if _counted_within(f.sentence[: f.m_start]):
        return True
    return bool(
        _SPEED_AFTER.match(f.after)
        or _WATER_NARROWER.search(f.sentence[max(0, f.m_start - 120) : f.m_start])
        or (
            _water_before(f.near_before)
            and re.match(r"\s*-?\s*(?:wide|broad|across)\b", f.after, _I)
        )
    )


def a_depth_of_water(f: Figure) -> bool:
    """Not a width: how deep the water is where something lies ("in a depth of 21 metres.",
    "in water at least 200 m deep")."""
    # "the wreck lies in the Outer Roads, in a depth of 21 metres.": how deep the water is
    if _in_water_so_deep(f.near_before, f.after) or _down_from_the_surface(f.near_before, f.after):
        return True
    if _WORKED_TO_A_DEPTH.search(f.near_before) or _WATER_DEPTH_BEFORE.search(f.near_before):
        return True
    return bool(
        _AT_A_DEPTH_OF.search(f.near_before)
        and re.match(r"\s*(?:[.;,)]|$|of\s+water\b|below\b)", f.after, _I)
        and not _ZONE.search(f.sentence[: f.m_start])
    )


def how_near_forces_stand(f: Figure) -> bool:
    """Not a width: how near forces stand at one place ("where positions are 1 km apart")."""
    # "too narrow at the hill, where positions are less than 1 km apart": how near the forces
    # stand at one place, not a width
    return bool(
        _APART.match(f.after)
        and re.search(
            r"\bwhere\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:are|were|is|was|stand|lie)\s+(?:\w+\s+){0,3}$",
            f.near_before,
            _I,
        )
    )


def a_length_or_a_range(f: Figure) -> bool:
    """Not a width: a length, a weapon's range, a spacing, how far a thing is from a zone."""
    if (_AFTER_LENGTH.match(f.after) and not f.near_of) or (
        _AFTER_RANGE.match(f.after) and not f.zone_radius and not f.keep_away
    ):
        return True
    if _RANGE.search(f.lead) or _spacing(f.lead, f.after) or _FROM_A_ZONE.match(f.after):
        return True
    # "a 4 km section of the canal", "a 12-mile stretch of the road": a length along a line
    if re.match(r"\s*-?\s*(?:stretch|section)(?:es|s)?\s+of\b", f.after, _I):
        return True
    if _FOR_A_LENGTH.search(f.near_before) and _runs_on(f.sentence[: f.m_start], f.after):
        return True
    return bool(_OUT_OF_RANGE.match(f.after) or _PASSES.search(f.lead))


def a_feature_of_the_land_or_sea(f: Figure) -> bool:
    """Not a width: a gorge's depth, a shelf's reach, how wide a sea or a river is."""
    # the depth of a feature of the land, not of a zone: "crosses the gorge, some 400 m deep"
    # (a zone "along the lake, 3 km deep" is measured from it: still a width)
    if _a_hole_size(f.sentence[: f.m_start], f.after):
        return True
    if _BREAK_IN.match(f.after) or _BELOW_THE_SURFACE.match(f.after):
        return True
    feature = _FEATURE_BEFORE.search(f.near_before)
    if (
        feature
        and not (_KEPT_CHANNEL_BEFORE.search(f.near_before) and _WIDE_AFTER.match(f.after))
        and _AFTER_DEPTH.match(f.after)
        and not re.search(
            r"\b(?:along|alongside|beside|off|from|behind|beyond|around)\s+(?:the\s+|its\s+)?"
            r"(?:[\w'-]+\s+)?$",
            f.near_before[: feature.start()],
            _I,
        )
    ):
        return True
    # "The old pit itself is about 2.5 km long and more than 400 metres deep": how deep a pit,
    # a mine or a lake is, told of it as the subject of its clause
    if re.match(r"\s*-?\s*deep\b", f.after, _I) and re.search(
        # (not "The zone around the lake is 3 km deep": the lake is not the subject)
        r"(?:^|[,;:]\s*)\W*(?:the|a|an|this|that|its|their)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:pits?|mines?|quarr(?:y|ies)|craters?|shafts?|lakes?|lagoons?|pools?|wells?|gorges?|"
        r"canyons?|trench(?:es)?|holes?|sinkholes?|caves?|meres?|ponds?|reservoirs?|tarns?|lochs?|"
        r"manholes?|chambers?|passages?|channels?|fairways?|straits?|harbou?rs?|basins?|bays?|"
        r"waters?|sounds?)\s+(?:itself\s+|themselves\s+)?"
        r"(?:is|are|was|were)\b(?:[^.;]|\.(?=\d)){0,60}$",
        f.sentence[: f.m_start],
        _I,
    ):
        return True
    # "Settling ponds, which may be up to 3 m deep, shall be built outside the buffer": how
    # deep a pond or a pit may be, told in a clause of its own
    if re.match(r"\s*-?\s*deep\b", f.after, _I) and re.search(
        r"\b(?:pits?|ponds?|lagoons?|trench(?:es)?|holes?|sumps?|shafts?|excavations?|"
        r"reservoirs?|tanks?|basins?)\s*,\s*which\s+(?:(?:may|must|can|will|shall)\s+be|is|are|"
        r"was|were)\s+[^.;,\d]{0,20}$",
        f.sentence[: f.m_start],
        _I,
    ):
        return True
    # "the shelf, which in places runs more than 100 km offshore": how far a feature of the sea
    # bed reaches out, not a zone
    if _AFTER_DEPTH.match(f.after) and re.search(
        r"\b(?:shelf|shelves|reefs?|shoals?|sandbanks?|banks|grounds|plateau|ridge|slope)\b"
        r"[^.;]{0,50}?\b(?:runs?|extends?|stretch(?:es)?|reach(?:es)?|lies|lie)\s+(?:\w+\s+){0,4}$",
        f.near_before,
        _I,
    ):
        return True
    # "... along the Rio de la Plata too, an estuary up to 220 kilometres wide at its mouth": a
    # body of water named in apposition, and how wide it is
    if re.search(
        r",\s+an?\s+(?:estuary|strait|gulf|inlet|sea|bay|lake|lagoon|fjord)\s+(?:(?:up\s+to|some|"
        r"about|roughly|nearly|almost|over|more\s+than|less\s+than)\s+)?$",
        f.near_before,
        _I,
    ) and re.match(r"\s*-?\s*(?:wide|broad|across)\b", f.after, _I):
        return True
    # "The Sea of Aland, which separates ..., is about 40 km wide": how wide a sea, a strait or a
    # valley is (a zone named in the sentence before the figure keeps it a zone's width; so
    # does a channel the sentence before reserves: "A navigation channel is reserved along the
    # leading line ... The channel is accordingly half a nautical mile wide in all")
    return bool(
        _width_of_water(f.sentence, f.m_start, f.after, f.near_before)
        and not _RESERVED_CHANNEL.search(f.context[-300:] + " " + f.sentence[: f.m_start])
        and not _KEPT_CHANNEL_BEFORE.search(f.near_before)
    )


_RESERVED_CHANNEL = re.compile(
    r"\b(?:navigation|shipping|fairway|access|approach|transit)\s+(?:channel|lane|corridor)s?\s+"
    r"(?:is|are|shall\s+be|will\s+be|must\s+be)\s+(?:reserved|kept\s+clear|kept\s+open|"
    r"maintained|marked)\b",
    _I,
)


# where boats work, not a zone: "AMETH FISHING FLEET WORKS 8-10 NM OFFSHORE", "US SHRIMP FLEET
# OPERATES OFF AMAPA, MAINLY 40 TO 90 NM OFFSHORE"
_BOATS_WORK = re.compile(
    r"\b(?:fleets?|vessels|boats|trawlers|fishermen|crews)\b[^.;]{0,60}?\b(?:works?|operates?|"
    r"fish(?:es)?|trawls?)\b[^.;]{0,50}$",
    _I,
)
_A_RULE_NEAR = re.compile(
    r"\b(?:within|beyond|inside|outside|limit|limits|zone|zones|may|must|shall|can|cannot|not|no|"
    r"banned|prohibited|closed|allowed|permitted|only)\b",
    _I,
)


def where_boats_work(f: Figure) -> bool:
    """Not a width: how far out a fleet works ("THE FLEET WORKS 8-10 NM OFFSHORE")."""
    lead = f.sentence[: f.m_start]
    return bool(
        _BOATS_WORK.search(lead)
        and re.match(r"\s*(?:offshore|off\s+the\s+coast|out\s+to\s+sea)\b", f.after, _I)
        and not _A_RULE_NEAR.search(lead[-80:])
    )


def a_trip(f: Figure) -> bool:
    """Not a width: how far a trip went ("Our patrol boats went 20 miles out to sea")."""
    # "Our patrol boats went 20 miles out to sea": a trip, not a zone
    return bool(
        re.search(
            rf"\b{_TRIP_VERB}\s+"
            r"(?:(?:some|about|only|just|roughly|around|nearly|another|a\s+further)\s+)?$",
            f.near_before,
            _I,
        )
        and re.match(r"\s*(?:out|offshore|off\s+the\s+coast|further|farther|on)\b", f.after, _I)
    )


# "an air safety zone stretching 25 km beyond it", "the other stretches 25 km east of the buffer
# strip": a zone's reach past another zone or its line
_PAST_A_ZONE = re.compile(
    rf"\s*(?:beyond\s+(?:it|them)\b|(?:beyond|past|outside)\s+the\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{ZONE_NOUN}|line|edge|limit)s?\b|(?:to\s+the\s+)?{_DIR}\s+of\s+the\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"{ZONE_NOUN}\b)",
    _I,
)


def a_length_along_a_line(f: Figure) -> bool:
    """Not a width: how far a line or a move runs ("would run 30 km"), unless a cue said more."""
    # "would run 30 km into Syria": how deep, not how long
    spans_zone = re.search(r"\bspan(?:s|ned|ning)?\s+$", f.lead, _I) and _ZONE.search(
        _words_before(f.sentence, f.m_start)
    )
    return bool(
        not f.strong
        and not (spans_zone and not re.match(r"\s*(?:along|of|from)\b", f.after, _I))
        and _BEFORE_LENGTH.search(f.lead)
        and not _AFTER_INTO.match(f.after)
        # "The protected buffer runs 50 feet back from the water on each side": its reach
        and not re.match(
            r"\s*(?:back|away|inland|seawards?|landwards?)\s+(?:from|of)\b", f.after, _I
        )
        and not (_AFTER_DIR.match(f.after) and not re.search(r"\balong\b", f.lead[-20:], _I))
        # "the security zone stretches up to 15 km from the contact line": its reach
        and not (
            _ZONE.search(_words_before(f.sentence, f.m_start))
            and (reach := _AFTER_FROM.match(f.after) or _PAST_A_ZONE.match(f.after))
            and not re.match(r"\s+(?:to|as\s+far\s+as)\b", f.after[reach.end() :], _I)
        )
    )
