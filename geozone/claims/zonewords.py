"""Words the width rules share: zone and move nouns, lines, directions, rules, changes, clauses."""

from __future__ import annotations

import re

_I = re.I

ZONE_NOUN = (
    # ("an APZ of 60 to 100 metres", "the RPZ", "each EPZ": a zone's initials, in capitals)
    r"(?:zones?|buffers?|strips?|corridors?|belts?|bands?|(?-i:[A-Z]{1,3}Zs?)|cordons?|perimeters?|setbacks?|"
    r"no[- ]man'?s[- ]land|no-go\s+(?:zone|area)|areas?\s+of\s+separation|safe\s+areas?|"
    r"areas?|withdrawal\s+(?:zone|line)|vistas?|swath(?:e)?s?|slash(?:es)?|margins?|"
    # "the Security Region", "a border region 45 km deep"
    r"(?:security|border|frontier|buffer|restricted|neutral|safety|demilitari[sz]ed)\s+regions?|"
    r"(?:surrounding|territorial|adjacent|coastal|prohibited|restricted|closed|protected)\s+waters|"
    r"territorial\s+seas?|"
    # "Iceland's fishery limit, which had stood at four nautical miles": a limit at sea
    r"(?:fish(?:ing|ery|eries)|territorial|sea|coastal|offshore)\s+limits?|"
    # "a marine reserve of 6 nautical miles around the islands", "a whale sanctuary"
    r"(?:marine|nature|wildlife|game|fish(?:ing|ery|eries)|ocean)\s+reserves?|sanctuar(?:y|ies))"
)

# a way at sea kept open for ships, whose width is a zone's ("the swept channel is 800 yards
# wide", "a transit lane 2 miles wide"), not the width of the water
KEPT_CHANNEL = (
    r"(?:swept|mine-?swept|cleared|navigation|shipping|transit|approach|access|buoyed|safe|"
    r"mine-?free|traffic|racing|working)\s+(?:transit\s+|access\s+)?(?:channels?|lanes?|fairways?)"
)

_ZONE = re.compile(rf"\b{ZONE_NOUN}\b", _I)


def named_by(nouns: str, words_between: int = 1) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a figure that names something by a noun, not by what it measures.

    The first matches right after the figure ("a 20-kilometre zone", "a 7-km
    extended danger zone": up to ``words_between`` words between); the second
    ends right before it ("a zone of 10 km", "the buffer is 600 m", "the
    neutral belt (3 miles)"). ``nouns`` is a regex of the nouns.
    """
    after = re.compile(rf"\s*-?\s*(?:[\w'-]+\s+){{0,{words_between}}}{nouns}\b", _I)
    before = re.compile(
        rf"\b{nouns}\s*(?:(?:of|is|was|will\s+be|would\s+be|at|measuring|:|\(|,)\s*)?"
        r"(?:(?:only|just|about|some|roughly|around|nearly|almost|up\s+to)\s+)?$",
        _I,
    )
    return after, before


# "the 20-kilometre withdrawal", "a 5 km pullback": a figure naming a move back
# what a rule obliges: "must", "shall", "is to", "are required to"
MUST = (
    r"(?:must|shall|should|is\s+to|are\s+to|has\s+to|have\s+to|(?:is|are)\s+required\s+to|"
    r"required\s+to|obliged\s+to|needs?\s+to)"
)
MOVE_NOUN = r"(?:withdrawals?|pull-?backs?|pullbacks?|retreats?|separation|disengagement)"

_CONTEXT = re.compile(
    rf"\b(?:{ZONE_NOUN}|demilitari\w*|withdr[ae]w\w*|pull\w*\s+(?:back|out)|disengage\w*|"
    r"separation|weapons?|weaponry|artillery|troops|forces|patrol\w*|ceasefire|cease-fire|"
    r"truce|armistice|militar\w*|army|armies|fighters|militants?|soldiers|militias?|"
    r"rebels?|insurgents?|guerrillas?|combatants|belligerents|"
    r"peacekeep\w*|infantry|police|guards|mortars?|howitzers?|rockets?|launchers?|missiles?|defen[cs]\w*|"
    r"fortif\w*|exclusion|no-fly|aircraft|flights?|barred|banned|prohibited|naval|vessels?|"
    r"warships?|frigates?|destroyers?|cruisers?|submarines?|guns?|positions?|ships?|boats?|drones?|tanks?|personnel|units|helicopters?|"
    r"planes?|jets?|airplanes?|aeroplanes?|vehicles?|trawlers?|airspace|box(?:es)?|rings?)\b",
    _I,
)

_WITHDRAW = re.compile(
    r"\b(?:withdr[ae]w\w*|pull\w*\s+(?:\w+\s+){0,3}?(?:back|out)|pull-?back|retreat\w*|"
    r"retir(?:e|es|ed|ing)(?=\s+(?:to|behind|beyond|back)\b)|"
    r"disengag\w*|"
    r"push\w*\s+(?:the\s+)?(?:line|zone|boundary|border|front)\w*|"
    r"mov\w*\s+(?:\w+\s+){0,8}?back|mov\w*\s+(?:\w+\s+){0,3}?(?:beyond|behind|outside)|redeploy\w*|relocat\w*|fall\w*\s+back|push\w*\s+back|"
    # "clear the strip 5 km deep", "cleared to 10 km" (not "a clear path of 1.5 metres", "a
    # clearance of 36 inches", "leave clear a lane of 100 m": how wide a way is kept)
    r"keep\w*\s+(?:\w+\s+){0,3}?(?:away|back|out)|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bof\s)"
    r"clear(?:s|ed|ing)?\b(?!\s+(?:an?\s+)?(?:(?:pedestrian|walking|access|footway|floor)\s+)?(?:paths?|footways?|"
    r"routes?|corridors?|gaps?|aisles?|lanes?|width|space|strips?|zones?|passages?|walkways?|ways?|"
    r"areas?|margins?|distances?|footpaths?|pavements?)\b)|"
    # ("asked for a clear 200 yards": kept clear that far)
    r"(?<=\ba\s)clear(?=\s*$|\s+(?:\d|(?:[a-z-]+\s+){1,2}(?:met(?:re|er)s?|yards?|miles?|km|"
    r"kilomet\w+|feet|foot)\b))|remov\w*|evacuat\w*|"
    # "farmers are turned back up to 1.5 km from the fence": kept that far away
    r"turn(?:ed|ing|s)?\s+back|turn(?:ed|ing|s)?\s+away|stand(?:s|ing)?\s+back|stood\s+back)\b",
    _I,
)

_QUALIFIER = re.compile(
    r"(?:\b(?:at\s+least|at\s+most|not\s+less\s+than|no\s+less\s+than|not\s+more\s+than|"
    r"no\s+more\s+than|more\s+than|less\s+than|fewer\s+than|up\s+to|as\s+much\s+as|"
    r"as\s+far\s+as|approximately|approx\.|about|around|roughly|nearly|almost|some|"
    r"just\s+over|just\s+under|over|under|close\s+to|upwards\s+of|an\s+estimated|"
    r"(?:a\s+)?minimum\s+of|(?:a\s+)?maximum\s+of|minimum|maximum|circa|ca\.|c\.)|~)"
    r"\s*(?:of\s+)?(?:between\s+|from\s+)?$",
    _I,
)

_BORDER = (
    r"(?:border|borders|frontier|boundary|front|front\s*lines?|frontlines?|lines?\s+of\s+contact|"
    r"contact\s+line|lines?|LoC|demarcation\s+line|ceasefire\s+line|cease-fire\s+line|"
    r"armistice\s+line|coasts?|coastlines?|shores?|shorelines?|(?:straight\s+)?baselines?|lake|fence|wall|berm|canal|perimeter|"
    r"blue\s+line|green\s+line|river|bank|road|highway|MDL|embankment|railway|dyke|levee|"
    # lines on the ground and at sea a zone is drawn about
    r"track|trail|watershed|median|ridge\s*line|ridge|crest|thalweg|cent(?:re|er)\s*-?\s*line|"
    r"outskirts|city\s+limits|"
    r"axis|channel|route|trace|pipeline|"
    # a plateau's rim, the stones or pillars that mark a border, "the zone of separation"
    r"rim|escarpment|scarp|wire|(?:high|low)[- ]water\s+(?:mark|line)|"
    r"(?:boundary\s+|border\s+)?(?:stones|markers|pillars|cairns)|"
    r"(?:zone|area|line)\s+of\s+(?:separation|contact)|"
    r"[A-Z]{1,4}L\b|(?<!'\s)positions|"
    # a numbered road: "the R9", "the A-40"
    r"(?<=the\s)(?-i:[A-Z]{1,2}-?\d{1,4})\b|(?:defen[cs]e\s+)?localities)"
)

_DIR = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ward|ern)?s?"
# a named place on a river or a shore a reach is counted from: "below Kestle pierhead"
PLACE_ON_A_RIVER = (
    r"(?:pierhead|pier|bridge|weir|dam|lock|quay|harbour|harbor|falls|mouth|ferry|slipway|jetty)"
)
# a zone told as a ring by where it lies: "a middle zone lying between 250 m and 600 m", "A
# consultation zone lies between 1,350 m and 2,500 m from the western threshold"
ZONE_LIES_BETWEEN = (
    r"\b(?:zones?|areas?|bands?|belts?|rings?)\s+(?:lying|lies|lay|that\s+lies|which\s+lies)\s+"
    r"between\s*$"
)

_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}

_INSTEAD = re.compile(
    r"\b(?:instead\s+of|rather\s+than|not\s+the|down\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$",
    _I,
)


def _ws(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()


_RULE = re.compile(
    r"\b(?:no|not|never|must|shall|may|banned|prohibited|forbid\w*|forbade|allowed|permitted|barred|"
    # "creel fishing is suspended within 1,500 yards of the wreck"
    r"suspended|closed\s+to|"
    # "a bill that bars new wells within 3,200 feet of homes", "closed the river to all vessels
    # within 1,000 yards of the quay"
    r"bars|bans|barring|banning|closed\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?to\s+(?:all\s+)?\w+|"
    # "the measure closes the waters lying within 8 nautical miles of the estuary mouth"
    r"clos(?:e|es|ed|ing)\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){0,2}?(?:waters|seas?|areas?|"
    r"lands?|grounds?|roads?|airspace|rivers?|zones?|beach(?:es)?|coast(?:line)?)|"
    r"off-limits|free\s+of|cleared?|withdr\w*|pull\w*)\b",
    _I,
)

CHANGE = (
    r"\b(?:reduc|cut|narrow|widen|broaden|expand|extend|increas|rais|enlarg|shr[iu]nk|trimm?|"
    r"lower|halv|doubl|revis|chang|scal|push|par|brought|amend|adjust|water|"
    # "the second paper came down to 25 km"
    r"(?:came|come|comes|coming|went|go|goes)\s+(?:down|up)|"
    r"(?:climb|climbed|climbs)\s+down|"
    # "the fishery limit moved out to twelve nautical miles": a limit pushed out
    r"(?:mov|pull|draw|drew|brought)(?:e|ed|es|ing|s|n)?\s+(?:out|outwards?|seawards?|in|back))\w*"
)

FULL_AGAIN = (
    r"\b(?:widen\w*|broaden\w*|return\w*|back)\s+(?:again\s+)?to\s+(?:the|its)\s+"
    r"(?:full|normal|usual)\s+$"
)

_CHANGED_TO = re.compile(
    # ("reduced its request to the 400 m set out in § 1": the figure named elsewhere)
    rf"{CHANGE}\s+(?:\w+\s+){{0,4}}?(?:(?:from\s+[^.;]{{1,40}}?\s+)?to(?:\s+the)?|from)\s*$"
    # "widened the closed area off the Tarn peninsula to": a zone named with its coast
    rf"|{CHANGE}\s+(?:\w+\s+){{0,3}}?{ZONE_NOUN}\s+off\s+(?:[\w'-]+\s+){{1,4}}?to\s*$",
    _I,
)

# the distance between two lines: "the lines are 4 km apart"
_APART = re.compile(r"\s*-?\s*apart\b", _I)

# a ring about a point: "the outer ring", "vessels in the ring between 1 and 2 miles of the wreck"
_RING = re.compile(r"\b(?:rings?|annulus)\b(?!\s+(?:road|main|fence)\b)", _I)

_RING_OR_ZONE = r"(?:zones|areas|ring|belt|band)"

_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas|although|though)\b|\s+but\s+|\.\s", _I)


def _clean(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip(" ,-")


def _clause(sentence: str, pos: int, end: int) -> tuple[int, int]:
    """The clause of a sentence around ``[pos, end)`` (offsets within the sentence)."""
    start, stop = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= end:
            stop = m.start()
            break
    return start, stop


def _words_before(sentence: str, pos: int) -> str:
    """The words of ``sentence``'s clause before ``pos``."""
    return sentence[_clause(sentence, pos, pos)[0] : pos]


# "A parcel that lies even partly within 1,000 ft of a lake is in the zone": what lies within the
# reach makes up the zone
_IN_THE_ZONE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:is|are|falls?|comes?|lies)\s+(?:\w+\s+)?(?:in|inside|within|under)\s+"
    r"(?:the|this|that)\s+(?:[\w'-]+\s+)?(?:zone|area|district|belt|strip|buffer|corridor)\b",
    _I,
)

# "is referred to the airport if it lies within 13 km of the aerodrome": a rule for whatever lies
# there, not where one thing lies (not "whenever the front lies within 5 km", an event)
_IF_IT_LIES = re.compile(
    r"\b(?:if|where|when|whenever|wherever|unless)\s+(?:it|they|(?:a|an|any)\s+[\w'-]+)\s+"
    r"(?:\w+\s+)?(?:lies|lie|is|are|sits|sit|stands|stand|falls|fall)\s+(?:\w+\s+)?within\s*$",
    _I,
)
