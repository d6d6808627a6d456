"""Zone widths stated in a report, and what each width measures (its semantics).

A distance is a width only when the words around it tie it to a zone or a
withdrawal: "a 20-km zone", "the zone would be 15 to 25 km wide", "withdraw
30 km from the border", "2 km on either side of the line". Everything else
with a unit (lengths of a front, weapon ranges, distances that locate a
place, areas, calibres) is left out. What decided each claim is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import Measurement
from .references import REFERENCE, reference_of
from .status import DROPPED, PROPOSAL, REJECT, SOFT_DROPPED, SUPERSEDED, fate, in_sentence

_FATE_WORDS = re.compile(rf"{DROPPED.pattern}|{REJECT.pattern}", re.I)

_I = re.I

ZONE_NOUN = (
    r"(?:zones?|buffers?|strips?|corridors?|belts?|bands?|DMZ|cordons?|perimeters?|"
    r"no[- ]man'?s[- ]land|no-go\s+(?:zone|area)|areas?\s+of\s+separation|safe\s+areas?|"
    r"areas?|withdrawal\s+(?:zone|line)|vistas?|swath(?:e)?s?|slash(?:es)?|margins?|"
    r"(?:surrounding|territorial|adjacent|coastal|prohibited|restricted|closed|protected)\s+waters|"
    r"territorial\s+seas?)"
)
_ZONE = re.compile(rf"\b{ZONE_NOUN}\b", _I)
# words that end a noun phrase: "a 5-km march to the zone" does not name the zone
_NOT_LINKING = (
    r"(?!(?:to|into|from|of|in|at|on|for|towards?|inside|near|through|across|along|around|by|"
    r"with|was|were|is|are)\b)"
)
# "the 20-kilometre withdrawal", "a 5 km pullback": a figure naming a move back
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
    r"keep\w*\s+(?:\w+\s+){0,3}?(?:away|back|out)|clear\w*|remov\w*|evacuat\w*|"
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
    r"armistice\s+line|coast|coastline|shore|shoreline|(?:straight\s+)?baselines?|lake|fence|wall|berm|canal|perimeter|"
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
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}

# cues right after the figure (after any bracketed conversion)
_AFTER_TOTAL = re.compile(
    r"\s*-?\s*(?:wide|in\s+width|width|breadth|in\s+breadth|broad|thick|in\s+all|in\s+total|"
    r"all\s+told|altogether|between\s+them|apart\s+from\s+each\s+other|"
    r"(?:from\s+)?edge\s+to\s+edge|(?:from\s+)?side\s+to\s+side|"
    # "separated by a 6 km gap": the gap between two lines
    r"gap|"
    r"from\s+each\s+other|from\s+one\s+another|"
    # "a buffer of 10 km between forward positions": the gap between two lines
    r"between\s+(?:the\s+)?(?:two\s+|opposing\s+|rival\s+|their\s+)?(?:forward\s+|front\s+)?"
    r"(?:lines|forces|armies|positions|troops|sides|parties)|"
    # "so that 4 miles separate them": the gap between the two
    r"(?:would\s+|will\s+|now\s+)?(?:separate|separates|divide|divides)\s+(?:them|the\s+(?:two\s+)?"
    r"(?:armies|forces|sides|lines|parties|positions))|"
    # "a belt of 8 km, divided evenly": shared between the sides
    r",?\s*(?:divided|split|shared)\s+(?:evenly|equally)?)\b",
    _I,
)
# the particle of a reach out from a thing: "20 nautical miles out from", "4 km downrange of"
_OUT_FROM = r"(?:out|outwards?|downrange|downwind|downstream|offshore)"
_NAMED_RADIUS = (
    r"(?:evacuation|exclusion|safety|security|cordon|danger|no-go|protection|keep-out)\s+radius"
)
# "12 nm offshore": measured from the coast, one side
_AFTER_DEPTH = re.compile(
    # "20 nautical miles in radius around the island": a reach out from it
    r"\s*-?\s*(?:deep|in\s+depth|depth|offshore|out\s+to\s+sea|in\s+radius|radius|"
    # "a belt from 12 km to 20 miles downwind" (but "4 km downrange of the pad": from a thing)
    r"(?:downwind|downstream|downrange)(?!\s*,?\s*(?:of|from)\b)|"
    # "a 1,000-metre evacuation radius": the radius a zone is named by
    rf"{_NAMED_RADIUS}|"
    # "extends 12 nm seaward from the range head", "200 metres inward from the frontier"
    # ("extends 9 nautical miles to seaward of the head")
    r"(?:to\s+)?(?:seawards?|landwards?)|inwards?|outwards?(?=\s*,?\s*(?:\w+\s+)?(?:from|of)\b))\b",
    _I,
)
_AFTER_PER_SIDE = re.compile(
    # "at least 25 km, on both sides": the sides after a comma
    r"\s*(?:(?:back|away)\s*,\s*|,\s*)?(?:back\s+|each\s+|away\s+)?(?:(?:on|to|from|at|along|for)\s+)?"
    r"(?:either|each|both)\s+"
    r"(?:sides?|banks?|ways?|directions?)\b(?!')"
    # "within 3 nm of either coast"
    r"|\s*(?:off|of|from)\s+(?:either|each|both)\s+(?:coasts?|shores?|banks?)\b"
    # "to a distance of 20 km from it on each side": from the zone just named
    r"|\s*(?:from|of|beyond)\s+(?:it|them|its\s+edges?|its\s+limits?)\s*,?\s+(?:on\s+)?(?:either|each|both)\s+"
    r"sides?\b"
    r"|\s*(?:back\s+)?(?:on\s+)?(?:either|each|both)\s+side\b"
    r"|\s*(?:per|a)\s+side\b"
    r"|\s*each\b(?=\s+(?:from|back|behind|away)\b|\s*(?:[.;]|,\s|$))"
    r"|\s*(?:in\s+)?(?:each|either|both)\s+directions?\b"
    # "reaches 20 km into each country"
    r"|\s*(?:-?\s*deep\s+)?(?:into|inside|in|within)\s+(?:each|either|both)\s+(?:of\s+the\s+\w+\s+)?"
    r"(?:country|countries|country's|side|sides|state|states|party|parties|party's|territory|"
    r"territories)\b"
    # "10 km into the territory of each party", "on the soil of either state"
    r"|\s*(?:-?\s*deep\s+)?(?:into|inside|in|within|on)\s+the\s+(?:territory|territories|soil|land)\s+"
    r"of\s+(?:each|either|both)\s+(?:of\s+the\s+\w+\s+)?(?:country|countries|side|sides|state|"
    r"states|party|parties|nations?)\b"
    # "half a kilometre on our bank and the same on theirs"
    r"|\s*on\s+(?:our|their|its|one|this|the\s+[\w'-]+)\s+(?:side|bank|shore)\s+and\s+"
    r"(?:the\s+same|as\s+much|likewise|again)\s+on\s+(?:theirs|ours|the\s+other(?:\s+(?:side|bank|"
    r"shore))?)\b"
    # "within 10 km of the other country's airspace": each keeps that far from the other
    r"|\s*(?:away\s+)?(?:of|from|to)\s+(?:the\s+)?other\s+(?:side|party|country|state|nation)'s\s+"
    r"(?:airspace|territory|border|frontier|line|positions|soil)\b"
    rf"|\s*(?:(?:to|on)\s+the\s+)?(?P<d1>{_DIR})(?:\s+sides?)?\s+and\s+"
    rf"(?:(?:to|on)\s+the\s+)?(?P<d2>{_DIR})(?:\s+sides?)?\s+(?:of|from)\b",
    _I,
)
_AFTER_FROM = re.compile(
    # ("extend two nautical miles out from the coast")
    rf"\s*(?:\([^()]{{0,40}}\)\s*)?(?:back\s+|away\s+|back\s+away\s+|behind\s+|clear\s+|out\s+(?=from\b)"
    # "a belt of 4 nautical miles measured from straight baselines"
    rf"|,?\s*(?:measured|counted|reckoned)\s+)?"
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
    rf"(?:(?:[\w'-]+\s+){{0,3}}?(?:{_BORDER}|peninsula|island|islands|cape|headland|enclave)\b"
    r"|the\s+(?-i:[A-Z])[\w'-]+|(?:it|them)\b)"
    # "... and 3 nautical miles to the north and west -": the place left out the second time
    rf"|\s*to\s+the\s+{_DIR}(?:\s+and\s+{_DIR})?(?=\s*(?:[-,;)]|\.\s|$))"
    # "2 nautical miles seaward of the low-water line"
    rf"|\s*(?:seaward|landward|inland)s?\s+(?:of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{_BORDER}\b",
    _I,
)
# "800 metres on the Arlenian bank": one named side's width (each side's, when the other side
# is given its own)
# "Each side's zone runs 1.5 miles inland", "each party's half measures 3.5 km": each side's own
_FROM_COASTS = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:from|off)\s+(?:their|its|the)\s+(?:[\w'-]+\s+)?"
    r"(?:coasts?|coastlines?|shores?|baselines?)\b",
    _I,
)
_OWN_ZONE = re.compile(
    rf"\beach\s+(?:side|party|country|state|army)'s\s+(?:[\w'-]+\s+)?(?:{ZONE_NOUN}|half|share|"
    r"part|portion)\b",
    _I,
)
# "1,000 yards ahead of and astern of the cable ship", "2 km upstream and downstream of the
# dam": the same reach both ways along one line
_BOTH_WAYS = re.compile(
    r"\s*(?:ahead\s+(?:of\s+)?and\s+astern|astern\s+(?:of\s+)?and\s+ahead|"
    r"up(?:stream|river)\s+(?:of\s+)?and\s+down(?:stream|river)|"
    r"down(?:stream|river)\s+(?:of\s+)?and\s+up(?:stream|river))\s+of\b",
    _I,
)
_AFTER_NAMED_SIDE = re.compile(r"\s*on\s+the\s+(?-i:[A-Z])[\w'-]+\s+(?:side|bank|shore)\b", _I)
_AFTER_ONE_SIDE = re.compile(
    r"\bon\s+(?:the|their|its|our)\s+(?:[\w'-]+\s+){0,2}?side\b"
    # "12 km on the northern bank only"
    r"|\bon\s+(?:the|their|its|our)\s+(?:[\w'-]+\s+){0,2}?(?:bank|shore)\s+(?:only|alone)\b"
    r"|\b(?:inside|into)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:territory|side|(?-i:[A-Z])[\w'-]+)\b",
    _I,
)
_LATER_PER_SIDE = re.compile(
    r"\b(?:on|to|from)\s+(?:either|each|both)\s+(?:sides?|banks?)\b|\b(?:either|each)\s+side\s+of\b"
    r"|,\s*(?:both|either|each)\s+(?:sides|banks)\b"
    rf"|\b(?P<d1>{_DIR})\s+and\s+(?P<d2>{_DIR})\s+of\b",
    _I,
)
# "behind their own lines", "from their present forward positions", "of its own defence
# localities": each side's own line, so a depth from it
_OWN_LINES = re.compile(
    r"\b(?:own|respective)\s+(?:[\w'-]+\s+){0,2}?lines?\b"
    # "from the present line of contact", "from the current front line": one line common to
    # both, not each side's own
    r"|\b(?:own|respective|present|current|existing|forward)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:positions|localities|posts)\b",
    _I,
)
# "1,200 yards from the right bank and 800 yards from the left bank", "a kilometre from their
# bank, ours a kilometre from our bank": one figure for each of two banks of one river
_BANK = re.compile(
    r"\s*(?:back\s+|away\s+)?(?:from|of|off|behind)\s+(?:the|their|our|its|his)\s+"
    r"(?:([\w'-]+)\s+)?(?:bank|shore)\b",
    _I,
)
_COPULA = r"(?:is|was|will\s+be|shall\s+be|would\s+be|should\s+be|is\s+to\s+be|of|at)"
_BEFORE_WIDTH = re.compile(
    rf"\b(?:(?:width|wide|breadth)\s+(?:of|from|between)|(?:width|breadth)\s+{_COPULA})\s+$"
    # "in practice it varied between half a mile and 4 miles"
    rf"|\b(?:it|{ZONE_NOUN})\s+(?:\w+\s+)?(?:varies|varied|vary|ranges|ranged)\s*:?\s+(?:from|between)\s+$"
    # "the zone's width - 1.5 km in the towns", "at its widest the zone measured 19 km"
    r"|\b(?:width|breadth)\s*[-–:(]\s*$"
    r"|\bat\s+its\s+(?:widest|narrowest|broadest)\b[^.;]{0,40}$"
    # "(total 4 km)", "overall: 6 km"
    r"|(?:^|[(,;]\s*|\b(?:a|the|in)\s+)(?:total|overall)\s*:?\s*(?:of\s+)?$"
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
    # "Total width of SZ is", "the overall breadth of the belt will be"
    r"|\b(?:width|breadth)\s+of\s+(?:the\s+|its\s+)?(?:[\w'()-]+\s+){1,4}?(?:is|was|shall\s+be|"
    r"will\s+be|would\s+be)\s+$",
    _I,
)
_BEFORE_DEPTH = re.compile(
    # ("a danger area of radius 6 nautical miles")
    rf"\b(?:depth\s+of|deep|depth\s+{_COPULA}|radius\s+of|radius\s+{_COPULA}|(?<=\bof\s)radius"
    r"|depth\s+(?:\w+\s+)?(?:varies|vary|varying|ranges|ranging)\s+(?:from|between))\s+$",
    _I,
)
_BEFORE_EACH_SIDE = re.compile(
    r"\b(?:each|both|either|neither|the\s+two)\s+"
    r"(?:of\s+the\s+)?(?:two\s+)?(?:sides?|parties|party|armies|army|"
    r"forces?|belligerents|states?|countries|country|governments?|nations?|powers?|flags?|"
    r"navies|navy|fleets?)\b[^.;]{0,80}?\b(?:withdr[ae]w\w*|pull\w*|mov\w*|retreat\w*|redeploy\w*|"
    r"retir\w*|disengag\w*|"
    r"fall\w*|keep\w*|kept|remain\w*|stay\w*|stand\w*|stood|halt\w*|hold\w*|step\w*|draw\w*|"
    r"(?:shall|must|will|are\s+to|is\s+to)\s+be|"
    r"approach\w*|fl(?:y|ies|ights?)|enter\w*|come|comes|venture\w*|"
    r"station\w*|deploy\w*|plac\w*|maintain\w*)\b|\b(?:mutual(?:ly)?|reciprocal(?:ly)?)\s+(?:withdr\w*|pull\w*)"
    # "Red and Blue forces will each pull back"
    r"|\beach\s+(?:withdr\w*|pull\w*|mov\w*|retreat\w*|fall\w*|keep\w*|stay\w*|remain\w*)\b"
    r"|\b(?:kept|held|withdrawn|pulled\s+back|moved\s+back)\s+(?:\w+\s+){0,3}?by\s+(?:each|both|"
    r"either)\s+(?:of\s+the\s+)?(?:sides?|part(?:y|ies))\b",
    _I,
)

# not widths
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
# "the river, which forms the boundary between the Parties over 62 kilometres": how far a
# line runs (the context model's gate only; a rule reads no width there)
_LINE_OVER = re.compile(
    r"\b(?:boundary|border|frontier|front|coast(?:line)?)\b[^.;,\d]{0,50}?\bover\s+"
    r"(?:some\s+|about\s+|roughly\s+|nearly\s+|almost\s+)?$",
    _I,
)
_RANGE = re.compile(
    r"\b(?:range|reach)\s+of\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|over\s+|more\s+than\s+)*$"
    # "a heavy mortar reaches about seven kilometres": how far a weapon fires
    r"|\b(?:mortars?|guns?|artillery|howitzers?|rockets?|missiles?|shells?|launchers?|cannons?|"
    r"rifles?|weapons?)\s+(?:\w+\s+){0,2}?(?:reach(?:es|ed)?|fire[sd]?|carr(?:y|ies|ied)|hit|hits|"
    r"cover(?:s|ed)?)\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|over\s+|more\s+than\s+|"
    r"as\s+far\s+as\s+|nearly\s+|almost\s+|roughly\s+)*$"
    r"|\b(?:ranges?|capable\s+of\s+\w+ing)\s+(?!(?:from|between)\b)(?:\w+\s+){0,2}$",
    _I,
)
_AFTER_RANGE = re.compile(
    rf"\s*-?\s*(?:range|radius(?!\s+(?:of|around|round|about|cent(?:red|ered)\s+on)\s+(?!action\b))|limit\s+on\s+(?:the\s+|their\s+|its\s+)?(?:range|calibre|caliber|speed)|"
    rf"away\b(?!\s+from\s+(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){{0,3}}?"
    rf"{_BORDER})|high\b|tall\b|"
    # ("from 5 to 12 km below the dam": downstream of it, not a height)
    rf"(?:above|below)\b(?!\s+(?:the|this|that)\s+(?:[\w'-]+\s+)?(?:dam|weir|barrage|bridge|"
    rf"falls|sluice|lock|confluence|reservoir)s?\b)|altitude|"
    r",?\s*(?:the\s+)?(?:highest|lowest)\b)",
    _I,
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
    r"\b(?:lower|higher)\s+than\s*$"
    # "not to fly below 1,000 metres over the area", "flying above 400 feet": a height flown at
    r"|\b(?:fly|flies|flying|flew|flown|overfly|overflying)\s+(?:(?:no|any)\s+)?"
    r"(?:below|above|under|over|beneath)\s*$"
    # "to lower the ceiling from 3,000 to 1,500 feet", "an altitude of 2,000 m": a height
    r"|\b(?:ceilings?|altitudes?|heights?|flight\s+levels?)\s+(?:(?:of|at|to|from|below|above|"
    r"under|over)\s+)?(?:(?:some|about|around|roughly|up\s+to)\s+)?"
    r"(?:[\d,.]+\s*(?:feet|ft|metres?|meters?|m)?\s+(?:to|and)\s+)?$",
    _I,
)
# "not exceed 25 miles per hour", "at 10 km/h": a speed
_SPEED_AFTER = re.compile(r"\s*(?:per\s+hour|an\s+hour|/\s*h(?:our|r)?\b)", _I)
# "in waters less than half a mile wide", "rivers under 200 metres wide": how wide water is
_WATER_BEFORE = re.compile(
    r"\b(?:waters?|rivers?|streams?|brooks?|creeks?|channels?|canals?|inlets?)\s+(?:that\s+(?:is|are)"
    r"\s+)?(?:(?:less|more|narrower|wider)\s+than|under|over|below|of\s+(?:only|about)?)\s*$",
    _I,
)
_CURRENCY = re.compile(r"[$€£¥]\s*$|\b(?:USD|EUR|GBP|dollars?|euros?)\s*$", _I)

_INSTEAD = re.compile(
    r"\b(?:instead\s+of|rather\s+than|not\s+the|down\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$",
    _I,
)
# a point a radius is counted from: "within 10 km of the plant", "around the Ferran B gas
# platform", "clear of the wreck buoy", "from the town centre"
POINT = (
    r"(?:plant|power\s+station|station|reactor|airbase|air\s+base|airfield|airport|base|"
    r"platform|rig|town\s+cent(?:re|er)|city\s+cent(?:re|er)|cent(?:re|er)|capital|town|city|"
    r"village|site|camp|port|harbour|harbor|buoy|wreck|lighthouse|embassy|barracks|depot|dam|"
    # a volcano's or an atoll's zone: "20 km from the summit", "12 nautical miles of the atoll"
    r"heliport|summit|crater|vent|volcano|atoll|island|reef|"
    # a radio beacon an airspace is drawn around: "30 NM of the DCA VOR/DME"
    r"VOR(?:/DME)?|VORTAC|TACAN|NDB|beacon)"
    # ("the buoy line", "the town road": a line, not a point)
    r"(?!\s+(?:lines?|roads?|route|boundary|border|frontier|fence|track|zone|area)\b)"
)
_POINT_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:away\s+)?(?:of|from|around|clear\s+of)\s+(?:both\s+)?(?:the\s+)?"
    # ("of the damaged Three Mile Island nuclear plant": a word before the name)
    rf"(?:(?-i:[a-z])[\w'-]*\s+(?=(?-i:[A-Z])))?"
    # ("of both the Minamidake and Showa craters": two named points)
    r"(?:(?-i:[A-Z])[\w'-]*\s+(?:and|or)\s+)?"
    rf"(?:(?-i:[A-Z])[\w'-]*\s+){{0,3}}(?:[a-z][\w'-]*\s+)?{POINT}s?\b",
    re.I,
)
_POINT_NAMED = re.compile(
    # ("a 30 nautical mile radius of the VOR": the point after the word radius)
    r"(?:^\s*(?:\([^()]{0,30}\)\s*)?(?:-?\s*radius\s+)?(?:away\s+)?(?:of|from|clear\s+of)|"
    r"\b(?:around|round))\s+"
    rf"(?:both\s+)?(?:the\s+)?(?:(?-i:[a-z])[\w'-]*\s+(?=(?-i:[A-Z])))?"
    rf"(?P<name>(?:(?-i:[A-Z])[\w'-]*\s+(?:and|or)\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){{0,3}}"
    rf"(?:[a-z][\w'-]*\s+)?{POINT}s?)\b"
    r"|\bcent(?:red|ered)\s+on\s+(?P<proper>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?"
    # "centred on 61°12'N 004°40'E": a position
    r"|\d{1,2}°\s*\d{1,2}(?:[.,]\d+)?['′]\s*[NS],?\s+\d{1,3}°\s*\d{1,2}(?:[.,]\d+)?['′]\s*[EW])",
    re.I,
)


def _ws(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()


def thing_around(after: str) -> str | None:
    """What a zone surrounds, named a few words after its figure: "around each clinic on
    Mattock Lane" -> "clinic on Mattock Lane", "around every installation" -> "installation".
    None if not said.
    """
    m = _AROUND_THING.match(after)
    if m is None:
        return None
    rest = re.match(
        r"(?:\s+(?!(?:that|which|who|while|where|when|is|are|was|were|may|must|shall|will|to|for|"
        r"stays?|remains?|lies|has|have|had|"
        r"with|and|or|in|on|at|by|from|of|under|during|until|within|near|after|before)\b)(?-i:[a-z])[\w'-]+){0,2}"
        # ("around the reactor on Monday": when, not where)
        r"(?:\s+(?:on|in|at)(?:\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|"
        r"February|March|April|May|June|July|August|September|October|November|December)\b)"
        r"(?-i:[A-Z])[\w'-]+)+)?",
        after[m.end() :],
        _I,
    )
    return _ws(m.group("thing") + rest.group())


# what a rule keeps people a distance from, named right after the figure: "within 5 km of
# airport runways", "at least 100 yards away from the whales" (not a line, not a pronoun)
_LINE_WORD = (
    r"(?:border|frontier|boundary|line|LoC|coast|coastline|shore|river|bank|road|highway|"
    r"motorway|route|railway|canal|track|fence|wall|baseline|zone|area|strip|"
    r"corridor|belt|buffer|watershed|median|thalweg|ridge|crest|trail|channel|pipeline|rim|"
    r"escarpment|berm|mid-?line|stones|markers|pillars|cairns|positions|localities|posts|"
    r"side|party|parties|it|them|this|that|these|those|each|other|one|"
    r"here|there|where|which|home|us|you|me|him|her)s?"
)
_THING_OF = re.compile(
    r"\s*(?:away\s+)?(?:of|from)\s+(?:(?:each|every|any)\s+(?:point|part)\s+(?:of|on)\s+)?"
    r"(?:the\s+|an?\s+|any\s+|all\s+)?"
    r"(?:(?-i:[a-z])[\w'-]*\s+(?=(?-i:[A-Z])))?"
    rf"(?P<thing>(?:(?!{_LINE_WORD}\b)(?!(?:under|as|and|or|for|in|on|at|by|while|when|to|is|are|"
    # ("the guard vessel stationed on its edge": where the thing is, not its name)
    r"stationed|moored|anchored|positioned|located|lying|based|deployed|has|have|had|"
    r"was|were|must|may|shall|will|with|than|unless|until|during|without|if|near|beyond|inside|"
    r"outside|around|except|a|an|the)\b)"
    r"[A-Za-z][\w'-]*\s*){1,4})",
    _I,
)


_OWN_HOME = re.compile(
    r"\s*(?:away\s+)?(?:of|from)\s+(?:(?:their|his|her|your|our|one's|an?y?)\s+)?(?P<thing>homes?)\b",
    _I,
)
_POINT_WHERE = re.compile(
    r"\s*(?:away\s+)?(?:of|from)\s+(?:any|every|each|the)\s+"
    r"(?P<thing>(?:point|place|spot|location)s?\s+(?:where|at\s+which)\s+[^.,;:()]{1,50}?)"
    r"(?=\s*(?:[.,;:()]|$|\s(?:and|or|but|until|while|for|unless|is|are|was|were|must|may|shall|"
    r"along|in|on|at|off|near|around|within|during|from|to|by|with)\b))",
    _I,
)


def thing_of(after: str) -> str | None:
    """What a rule keeps a distance from, named right after the figure: "of airport runways"
    -> "airport runways", "away from the endangered Southern Resident killer whales" ->
    "Southern Resident killer whales". None if not said, or if it is a line or a pronoun.
    """
    # "within 5 km of their home": each person's own home
    if own := _OWN_HOME.match(after):
        return own.group("thing").lower()
    # "300 metres from any point where lava enters the sea": every place where a thing happens
    if where := _POINT_WHERE.match(after):
        return _ws(where.group("thing"))
    m = _THING_OF.match(after)
    if m is None or re.match(rf"{_LINE_WORD}\b", after[m.end() :].strip(), _I):
        return None
    # ("of CFL", "from the Harn watershed": a line the reference reader knows)
    line = REFERENCE.match(after.lstrip())
    if line and not line.group("proper"):
        return None
    return _ws(m.group("thing"))


def point_of(after: str, first: bool = False) -> str | None:
    """The point a radius is counted from, named right after the figure: "of the plant" ->
    "plant", "around the Ferran B gas platform", "centred on Tskhinvali". None if not said.

    ``first``: only a point named first thing after the figure ("from the summit").
    """
    m = _POINT_NAMED.search(after[:90])
    if m is None or (first and m.start() > 0) or re.search(r"[;]|\.\s", after[: m.start()]):
        return None
    name = _ws(m.group("name") or m.group("proper"))
    return name if name[0].isupper() or name[0].isdigit() else name.lower()


# who or what a radius keeps out or moves: "everyone living within", "movement within",
# "citizens to stay at least"
_RADIUS_CONTEXT = re.compile(
    r"\b(?:evacuat\w*|residents?|living|inhabitants|population|people|citizens|movement|"
    r"clearance|access|entry|enter|stay|keep|kept|remain|travel\w*|permits?|airspace)\b",
    re.I,
)
_KEEP_AWAY = re.compile(
    r"\b(?:stay|stays|stayed|keep|keeps|kept|remain|remains)\s+(?:at\s+least\s+|some\s+)?$",
    re.I,
)


_RULE = re.compile(
    r"\b(?:no|not|never|must|shall|may|banned|prohibited|forbid\w*|forbade|allowed|permitted|barred|"
    # "creel fishing is suspended within 1,500 yards of the wreck"
    r"suspended|closed\s+to|"
    r"off-limits|free\s+of|cleared?|withdr\w*|pull\w*)\b",
    _I,
)
CHANGE = (
    r"\b(?:reduc|cut|narrow|widen|broaden|expand|extend|increas|rais|enlarg|shr[iu]nk|trimm?|"
    r"lower|halv|doubl|revis|chang|scal|push|par|brought|amend|adjust|water|"
    # "the second paper came down to 25 km"
    r"(?:came|come|comes|coming|went|go|goes)\s+(?:down|up)|"
    r"(?:climb|climbed|climbs)\s+down)\w*"
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
# events at a distance, not zones: "the shelling hit positions 10 km deep inside"
_EVENT = re.compile(
    # ("struck down a law": a court's refusal, not a blow)
    r"\b(?:hit|shell\w*|struck(?!\s+(?:\w+\s+){0,3}?down\b)|strikes?(?!\s+(?:\w+\s+){0,3}?down\b)|attack\w*|fired|(?<!in\s)advanc\w*|captur\w*|seiz\w*|"
    r"raid\w*|bomb(?:s|ed|ing|ings)?|killed|wounded|spotted|sighted|infiltrat\w*|ambush\w*|landed)\b",
    _I,
)
# the distance between two lines: "the lines are 4 km apart"
# what a zone surrounds, named a few words after its figure: "100 metres around each clinic",
# "may be declared around a turbine" (not a line: a zone "around the border" says no side)
AROUND_THING = (
    r"(?P<around>(?:a?round|surrounding|encircling)\s+"
    r"(?!(?:(?:each|every|any|all|a|an|the|its|their)\s+)?(?:clock|world|globe|country|region|"
    r"area|border|frontier|boundary|line|coast|shore|river|road|route|canal|perimeter|edge)s?\b)"
    r"(?:(?:each|every|any|all|a|an|the)\s+)?(?P<thing>(?-i:[a-z])[\w'-]+))"
)
_AROUND_THING = re.compile(
    rf"(?:\s+(?!(?:to|from|into(?!\s+being)|of|at|and|or|but)\b)[\w'-]+){{0,5}}?\s+{AROUND_THING}",
    _I,
)
_APART = re.compile(r"\s*-?\s*apart\b", _I)
# a ring about a point: "the outer ring", "vessels in the ring between 1 and 2 miles of the wreck"
_RING = re.compile(r"\b(?:rings?|annulus)\b(?!\s+(?:road|main|fence)\b)", _I)
_RING_OR_ZONE = r"(?:zones|areas|ring|belt|band)"
_BETWEEN_LINES = re.compile(
    r"\b(?:distance|gap|space)\s+between\s+(?:the\s+)?(?:two\s+|opposing\s+|rival\s+)?"
    r"(?:lines|forces|armies|positions|sides|forward\s+positions|them)\b[^.;]{0,20}?\b(?:is|was|of|"
    r"will\s+be|shall\s+be|at)\s+(?:(?:therefore|thus|then|now|only|just)\s+)?$"
    # "Forces will separate to a distance of 3 km": how far apart the sides stand
    r"|\b(?:forces|armies|troops|sides|parties|units)\s+(?:\w+\s+){0,2}?separat\w*\s+(?:by|to)\s+"
    r"(?:a\s+distance\s+of\s+)?(?:(?:at\s+least|some|about|roughly)\s+)?$",
    _I,
)
_DIR_REF = re.compile(rf"\s*(?:to\s+the\s+)?({_DIR})\s+(?:of|from)\s+(?:the\s+)?([\w'-]+)", _I)
# "two restricted areas, each 30 km wide"
_EACH_OF_TWO = re.compile(
    rf"\b(?:two|both)\s+(?:[\w'-]+\s+)?{ZONE_NOUN},?\s+each\s+(?:of\s+them\s+)?$", _I
)
# spacing, not a width: "posts at intervals of 30 km", "a checkpoint every 10 km"
_SPACING = re.compile(r"\b(?:intervals?\s+of|every|spaced)\s*$", _I)
# how far something lies from a zone: "flew from a base some 90 km from the zone"
_FROM_A_ZONE = re.compile(
    rf"\s*(?:away\s+)?(?:from|outside)\s+(?:the|this|that)\s+(?:[\w'-]+\s+)?{ZONE_NOUN}\b"
    # "from the zone of separation" names the line a band is measured from
    r"(?!\s+of\s+(?:separation|contact))",
    _I,
)
_FEATURE_BEFORE = re.compile(
    r"\b(?:gorges?|canyons?|ravines?|valleys?|trench(?:es)?|craters?|pits?|shafts?|wells?|caves?|"
    r"lakes?|seas?|bays?|harbou?rs?|channels?|wadis?)\s*,?\s*(?:\w+\s+){0,2}$",
    _I,
)
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
_VAGUE = re.compile(r"\b(?:few|several|many|couple\s+of|dozens?\s+of|hundreds\s+of)\s*$", _I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas|although|though)\b|\s+but\s+|\.\s", _I)


@dataclass(frozen=True)
class WidthReading:
    """How a measurement was read: semantics, the words that decided, qualifier, status."""

    semantics: str
    decided_by: str | None
    qualifier: str | None
    status: str
    proposal: str | None = None


def _lies_there(lead: str) -> bool:
    """Whether the words before a figure say where something lies ("the vessel, lying 3 km
    from the reef"), not where zones lie ("the zones lying between 4 km and 4 miles from")."""
    lying = re.search(r"\b(?:lies|lying|lay|located|situated)\b", lead, _I)
    return bool(
        lying
        and not re.search(rf"\b{_RING_OR_ZONE}\s*,?\s*(?:which\s+)?$", lead[: lying.start()], _I)
    )


def _bank_side(m: re.Match) -> str:
    """Which bank a match of ``_BANK`` names: its adjective, else whose it is."""
    return (m.group(1) or re.search(r"(\w+)\s+(?:bank|shore)\W*$", m.group(), _I).group(1)).lower()


def _mirrored(sentence: str, m_start: int, m_end: int) -> bool:
    """Whether the figure at ``m_start:m_end`` was written the same way earlier in the sentence."""
    figure = re.sub(r"\s+", " ", sentence[m_start:m_end].strip().lower())
    return figure in re.sub(r"\s+", " ", sentence[:m_start].lower())


def _opposite_later(after: str) -> bool:
    """Whether a figure "to the north of" a line is answered later by "to the south"."""
    d = re.match(r"\s*(?:to\s+the\s+)?(north|south|east|west)\w*\s+(?:of|from)\b", after, _I)
    if d is None:
        return False
    other = _OPPOSITE[d.group(1).lower()]
    return bool(re.search(rf"\bto\s+(?:the|its|their)\s+{other}\w*\b", after[d.end() :], _I))


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


def _per_side_pair(m: re.Match) -> bool:
    d1, d2 = m.groupdict().get("d1"), m.groupdict().get("d2")
    if not d1:
        return True
    a, b = re.match(r"[a-z]+", d1.lower()).group(), re.match(r"[a-z]+", d2.lower()).group()
    return _OPPOSITE.get(a) == b


# "the 250-kilometre border", "a 5-km march": the length of a line or of a trip (not "a 250 km
# border zone")
_LENGTH_NOUN_AFTER = re.compile(
    r"\s*-?\s*(?:long\b|(?:[\w'-]+\s+)?(?:border|frontier|front|frontline|coast|coastline|road|"
    r"highway|railway|pipeline|river|fence|wall|track|boundary|march|journey|drive|trip|flight|"
    r"convoy|column)s?\b(?![\s-]*(?:zones?|strips?|belts?|areas?|buffers?|bands?|margins?)\b)"
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
# "Some guard posts stand inside the zone, a few within 1 km": where things stand, said earlier
_STANDING = re.compile(
    r"\b(?:lie|lies|lying|lay|located|situated|stand|stands|standing|sit|sits|sitting|based|"
    r"stationed|positioned)\b"
    r"(?!\s+back\b)",
    _I,
)
_RULE_WORD = re.compile(r"\b(?:no|not|never|nor|must|shall|may|should|will|to\s+be)\b", _I)
# "its artillery about 40 km from Dunsk, out of range of the town": how far guns stand from a
# place they can no longer reach, not a zone
_OUT_OF_RANGE = re.compile(
    r"\s*(?:away\s+)?from\s+(?:the\s+)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s*,?\s*"
    r"(?:well\s+|safely\s+|just\s+)?(?:out\s+of|beyond|outside)\s+(?:the\s+)?(?:\w+\s+)?range\b",
    _I,
)
# "where the route passes within 300 yards of the breakwater": where a route or a line runs
_PASSES = re.compile(
    r"\b(?:pass(?:es|ed|ing)?|runs?|ran|running|flows?|flowed|skirts?|skirted)\s+"
    r"(?:(?:to\s+)?within|as\s+close\s+as|close\s+to)\s*$",
    _I,
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


def plainly_not_width(sentence: str, m_start: int, m_end: int) -> bool:
    """Whether the words next to a distance say it is something else than a zone's width.

    A range, a length, an area, a sum, a spacing, or where a thing lies:
    the cues :func:`read_width` also knows, checked alone, so that a
    distance no rule reads as a width is not read as one from its context
    either (see :mod:`.learned`).

    Parameters
    ----------
    sentence : str
        The normalised sentence holding the distance.
    m_start, m_end : int
        The distance's span within the sentence.
    """
    lead = sentence[max(0, m_start - 60) : m_start]
    after = sentence[m_end : m_end + 80]
    before = sentence[:m_start]
    # "a 10-mile radius", "the 2 km strip": a zone's reach, or a zone named by its figure
    radius = re.match(r"\s*-?\s*radius\b", after, _I)
    named = re.match(rf"\s*-?\s*(?:[\w'-]+\s+)?{ZONE_NOUN}\b", after, _I)
    standing = [*_STANDING.finditer(before)]
    # "No troops may be stationed within 15 km" is a rule, not where troops are
    where = bool(_LOCATED.search(lead)) or (bool(standing) and not named)
    if where and standing:
        verb = standing[-1].start()
        where = not _RULE_WORD.search(before[max(0, verb - 15) : verb])
    elif where:
        where = not _RULE_WORD.search(lead)
    return bool(
        _VAGUE.search(lead)
        or _HEIGHT_BEFORE.search(lead)
        # "the first 300 km should be finished": a stretch of a line, counted along it
        or re.search(r"\bthe\s+(?:first|last|next|remaining)\s*$", lead, _I)
        or _HABIT_BEFORE.search(lead)
        or _WHOLE_OF.search(lead)
        or _CURRENCY.search(lead)
        or _AREA_AFTER.match(after)
        or _SPEED_AFTER.match(after)
        or (_WATER_BEFORE.search(lead) and re.match(r"\s*-?\s*(?:wide|broad|across)\b", after, _I))
        or (_AFTER_RANGE.match(after) and not radius)
        or _RANGE.search(lead)
        or _SPACING.search(lead)
        or _BEFORE_LENGTH.search(lead)
        or _LENGTH_NOUN_AFTER.match(after)
        or _OUT_OF_RANGE.match(after)
        or _PASSES.search(lead)
        or _LINE_OVER.search(lead)
        or _width_of_water(sentence, m_start, after, lead)
        or _numbered_place_lies(lead, after)
        or where
    )


def read_width(
    sentence: str, m_start: int, m_end: int, prev_end: int, next_start: int, context: str = ""
) -> WidthReading | None:
    """Read one measurement as a zone width, or return None if it is not one.

    Parameters
    ----------
    sentence : str
        The normalised sentence holding the measurement.
    m_start, m_end : int
        The measurement's span within the sentence, after any conversion in
        brackets that follows it.
    prev_end, next_start : int
        Where the previous measurement of the sentence ends and the next one
        starts (0 and ``len(sentence)`` if none): cues are not looked for
        past them.
    context : str
        The text just before the sentence (same paragraph), for figures
        that only a proposal ties to a zone ("a second version that said
        20 km").

    Returns
    -------
    WidthReading or None
    """
    before_all = sentence[prev_end:m_start]
    after = sentence[m_end:next_start]
    # in a list ("10, 20 and 25 km") the words before the first figure apply to all
    before_all = re.sub(
        r"(?:\d+(?:\.\d+)?\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+))+$", "", before_all
    )
    near_before = before_all[-60:]
    lead = near_before
    qual = _QUALIFIER.search(lead)
    if qual:
        lead = lead[: qual.start()]
    lead_core = re.sub(
        # ("reaches out 12 nm": the particle of its verb)
        r"(?:\b(?:a|an|the|of|its|their|to|only|just|merely|still|now|even|out|outwards?)\s*|-\s*)+$",
        "",
        lead,
        flags=_I,
    )

    # not widths: names ("the 14 Mile Area"), areas, currencies, lengths, weapon ranges, heights
    if re.search(r"\b[A-Z][a-z]+$", sentence[m_start:m_end]) and re.match(r"\s+[A-Z][a-z]", after):
        return None
    if _VAGUE.search(near_before) or _CURRENCY.search(lead) or _AREA_AFTER.match(after):
        return None
    if _HEIGHT_BEFORE.search(sentence[max(0, m_start - 60) : m_start]) or _HABIT_BEFORE.search(
        near_before
    ):
        return None
    if _SPEED_AFTER.match(after) or (
        _WATER_BEFORE.search(near_before)
        and re.match(r"\s*-?\s*(?:wide|broad|across)\b", after, _I)
    ):
        return None
    # "everyone within 12 km of the fire front must leave, up from 8 km this morning": the
    # figure the one before it in the sentence replaced, measuring what that one does
    if (
        prev_end > 0
        and re.search(r",\s*(?:up|down)\s+from\s+$", sentence[:m_start], _I)
        and (
            _ZONE.search(sentence)
            or _CONTEXT.search(sentence)
            or re.search(r"\bwithin\b", sentence[:prev_end], _I)
        )
    ):
        qual = _QUALIFIER.search(near_before)
        return WidthReading(
            "unspecified",
            "as the figure it changed",
            qual and _ws(qual.group()).lower(),
            "rejected",
            "superseded",
        )
    # "the wreck lies in the Outer Roads, in a depth of 21 metres.": how deep the water is
    if (
        re.search(r"\b(?:in|at)\s+a\s+depth\s+of\s+$", near_before, _I)
        and re.match(r"\s*(?:[.;,)]|$|of\s+water\b|below\b)", after, _I)
        and not _ZONE.search(sentence[:m_start])
    ):
        return None
    # "too narrow at the hill, where positions are less than 1 km apart": how near the forces
    # stand at one place, not a width
    if _APART.match(after) and re.search(
        r"\bwhere\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:are|were|is|was|stand|lie)\s+(?:\w+\s+){0,3}$",
        near_before,
        _I,
    ):
        return None
    within_lead = re.search(r"\bwithin\s*(?:a\s+distance\s+of\s*)?$", lead, _I)
    # "within 5 km of the line", "pulled back beyond 30 km of the line": not a length of it
    # "between 6 and 15 nautical miles of the line": a band by it
    near_of = within_lead or re.search(
        r"\b(?:beyond|outside|past)\s*$|(?<!\bof\s)\bbetween\s*$", lead, _I
    )
    # "a safety zone of 500 metres radius is established around each turbine": a zone's radius
    zone_radius = re.match(r"\s*-?\s*radius\b", after, _I) and (
        re.search(rf"\b{ZONE_NOUN}\s+of\s+(?:\w+\s+)?$", near_before, _I)
        # "the no-go area had been a 6-kilometre radius": what a zone is
        or re.search(
            rf"\b{ZONE_NOUN}\s+(?:(?:is|was|were|are|had\s+been|has\s+been|have\s+been|"
            r"will\s+be|would\s+be|became|becomes|remains|remained)\s+)(?:now\s+|still\s+)?"
            r"(?:a|an)\s+(?:(?:about|some|roughly|around|nearly)\s+)?$",
            near_before,
            _I,
        )
    )
    # "replaced the 10 km radius of its plans with a 20 km radius": a radius like the one before
    zone_radius = zone_radius or (
        re.match(r"\s*-?\s*radius\b", after, _I)
        and re.search(
            r"\b\d[\d.,]*\s*-?\s*(?:km|kilomet\w*|m|met(?:re|er)s?|miles?|nm|nautical\s+miles?|yards?)"
            r"\s+radius\b",
            sentence[:m_start],
            _I,
        )
        and not re.search(
            r"\b(?:missiles?|rockets?|guns?|artillery|mortars?|launchers?|weapons?|shells?|range)\b",
            sentence,
            _I,
        )
    )
    # "boaters will have to keep at least 1,000 yards away from the whales": a rule's radius
    keep_away = _KEEP_AWAY.search(lead) and re.match(r"\s*away\s+from\b", after, _I)
    if (_AFTER_LENGTH.match(after) and not near_of) or (
        _AFTER_RANGE.match(after) and not zone_radius and not keep_away
    ):
        return None
    if _RANGE.search(lead) or _SPACING.search(lead) or _FROM_A_ZONE.match(after):
        return None
    if _OUT_OF_RANGE.match(after) or _PASSES.search(lead):
        return None
    # the depth of a feature of the land, not of a zone: "crosses the gorge, some 400 m deep"
    # (a zone "along the lake, 3 km deep" is measured from it: still a width)
    feature = _FEATURE_BEFORE.search(near_before)
    if (
        feature
        and _AFTER_DEPTH.match(after)
        and not re.search(
            r"\b(?:along|alongside|beside|off|from|behind|beyond|around)\s+(?:the\s+|its\s+)?"
            r"(?:[\w'-]+\s+)?$",
            near_before[: feature.start()],
            _I,
        )
    ):
        return None
    # "the shelf, which in places runs more than 100 km offshore": how far a feature of the sea
    # bed reaches out, not a zone
    if _AFTER_DEPTH.match(after) and re.search(
        r"\b(?:shelf|shelves|reefs?|shoals?|sandbanks?|banks|grounds|plateau|ridge|slope)\b"
        r"[^.;]{0,50}?\b(?:runs?|extends?|stretch(?:es)?|reach(?:es)?|lies|lie)\s+(?:\w+\s+){0,4}$",
        near_before,
        _I,
    ):
        return None
    # "The Sea of Aland, which separates ..., is about 40 km wide": how wide a sea, a strait or a
    # valley is (a zone named in the sentence before the figure keeps it a zone's width)
    if _width_of_water(sentence, m_start, after, near_before):
        return None
    # "Our patrol boats went 20 miles out to sea": a trip, not a zone
    if re.search(
        r"\b(?:went|sailed|steamed|cruised|flew|drove|travell?ed|ventured|headed|motored|rowed)\s+"
        r"(?:(?:some|about|only|just|roughly|around|nearly|another|a\s+further)\s+)?$",
        near_before,
        _I,
    ) and re.match(r"\s*(?:out|offshore|off\s+the\s+coast|further|farther|on)\b", after, _I):
        return None
    # "the town of Brel, 12 km from the river, ...": how far a named place lies
    if re.search(
        r"\b(?:town|city|village|hamlet|post|base|camp|airfield|airport|port|harbou?r|capital|"
        r"settlement|checkpoint|crossing|bridge|dam|plant|mine|station)s?\s+(?:of\s+|at\s+)?"
        r"(?:(?-i:[A-Z])[\w'-]+\s*){1,3},\s*(?:(?:some|about|only|just|roughly|around|nearly)\s+)?$",
        near_before,
        _I,
    ) and (_AFTER_LOCATING.match(after) or _AFTER_FROM.match(after) or _AFTER_DIR.match(after)):
        return None
    # "Sector 12 of the zone is 30 km from the coast", "Post 7 lies 3 km from the line": where a
    # numbered place lies
    if _numbered_place_lies(near_before, after):
        return None
    located = _LOCATED.search(lead)
    # "units stationed within 100 km of the border on each side": a zone on both sides
    if (
        located
        and re.search(r"\bwithin\s*$", lead, _I)
        and _LATER_PER_SIDE.search(after[:120])
        and _per_side_pair(_LATER_PER_SIDE.search(after[:120]))
    ):
        located = None
    # "a district lying between 2 and 8 km from the boundary on each side": a band on both sides
    if (
        located
        and re.search(r"\bbetween\s*$", lead, _I)
        and _LATER_PER_SIDE.search(after[:120])
        and _per_side_pair(_LATER_PER_SIDE.search(after[:120]))
    ):
        located = None
    # "may take in land lying between 3 and 8 km from the frontier": a band of ground, not where
    # a place lies
    if located and re.search(
        r"\b(?:land|ground|territory|terrain|areas?|farmland|districts?|villages)\s+"
        r"(?:lying|situated|located)\s+between\s*$",
        lead,
        _I,
    ):
        located = None
    # "each army is to stand 2 km off the ridge": where each side must stand is a rule
    if located and _BEFORE_EACH_SIDE.search(_words_before(sentence, m_start)):
        located = None
    # "No troops may be stationed within 15 km of the border" is a rule, not a place
    if located and re.search(r"\b(?:no|not|never|nor)\b", _words_before(sentence, m_start), _I):
        located = None
    if (
        located
        and not _ZONE.search(sentence[: m_start - len(lead) + located.start()])
        # "the outer ring, lying between 3 and 10 km from the outbreak": where a ring lies
        and not (
            _RING.search(sentence[: m_start - len(lead) + located.start()])
            and re.search(r"\bbetween\s*$", lead, _I)
        )
        and not (_AFTER_TOTAL.match(after) or _AFTER_DEPTH.match(after))
    ):
        return None

    # "some 20 km inside the zone", "advanced 15 km into the zone": a place in the zone
    if (
        re.match(
            rf"\s*(?:-?\s*deep\s+)?(?:inside|within|into|in)\s+(?:the\s+|this\s+)?(?:[\w'-]+\s+)?"
            rf"{ZONE_NOUN}\b",
            after,
            _I,
        )
        and not _WITHDRAW.search(lead)
        and not _ZONE.search(_words_before(sentence, m_start))
    ):
        return None
    c_start, c_stop = _clause(sentence, m_start, m_end)
    clause_before = sentence[max(c_start, prev_end) : m_start]
    # "reaches 10 km into A and 5 km into B": the second figure shares the first one's verb
    shared = prev_end > c_start and re.fullmatch(r"[^.;,\d]{0,40}?\b(?:and|or)\s+", before_all)
    if shared:
        clause_before = sentence[c_start:m_start]
    clause_after = sentence[m_end : min(c_stop, next_start)]

    semantics, decided = None, None
    strong = False
    point_after = _POINT_AFTER.match(after)
    radius = (
        (within_lead or _KEEP_AWAY.search(lead))
        if point_after and _RADIUS_CONTEXT.search(sentence)
        else None
    )
    # "drones are banned within 5 km of airport runways", "boats must keep at least 300 yards
    # away from the whales": a rule keeping out of a reach around something, a radius
    if (
        radius is None
        and (
            (
                within_lead
                and (
                    _RULE.search(sentence[c_start:m_start])
                    # "everyone within 12 km of the fire front must leave": the rule after it
                    or (
                        re.search(
                            r"\b(?:everyone|everybody|anyone|anybody|all\s+residents)\s+$",
                            lead[: within_lead.start()],
                            _I,
                        )
                        and re.search(
                            r"\b(?:must|shall|are\s+to|have\s+to|has\s+to)\s+"
                            r"(?:leave|go|move|evacuate|get\s+out)\b",
                            clause_after[:80],
                            _I,
                        )
                    )
                    # "nobody could approach within 8 feet of", "a crime to stand within"
                    or re.search(
                        r"\b(?:approach|come|go|get|crime|offence|offense|illegal|unlawful)\b",
                        sentence[c_start:m_start],
                        _I,
                    )
                )
            )
            or _KEEP_AWAY.search(lead)
        )
        and thing_of(after)
    ):
        point_after = point_after or _OWN_HOME.match(after) or _THING_OF.match(after)
        radius = within_lead or _KEEP_AWAY.search(lead)
    # "must stay 12 km from the Ashe on both banks": both sides of a line, not a radius
    if radius is not None and re.match(
        r"\s*(?:away\s+)?(?:from|of)\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?on\s+(?:both|either|each)\s+"
        r"(?:banks?|sides?|shores?)\b",
        after,
        _I,
    ):
        radius = None
    # "a safety zone may extend up to 500 metres from each point of the structure's outer
    # edge": a zone's reach from every point of what it surrounds
    if (
        radius is None
        and _ZONE.search(sentence)
        and re.match(r"\s*from\s+(?:each|every|any)\s+(?:point|part)\s+(?:of|on)\s", after, _I)
        and thing_of(after)
    ):
        point_after, radius = _THING_OF.match(after), re.search(r"$", lead)
    # "WITHIN 12 NM NO VESSEL MAY ENTER": a rule fronted by the radius it holds in
    if (
        radius is None
        and within_lead
        and re.fullmatch(r"\W*within\s*", sentence[:m_start], _I)
        and not re.match(r"\s*(?:of|from)\b", after, _I)
        and _RULE.search(clause_after[:80])
    ):
        radius = within_lead
    # "widened the danger zone to 20 km from the summit", "between 15 and 20 km from the
    # crater": a zone's reach from a point is a radius too
    if (
        radius is None
        and point_after
        and (
            re.match(r"\s*(?:\([^()]{0,30}\)\s*)?(?:away\s+)?from\b", after, _I)
            # "the ring between 1 and 2 nautical miles of the wreck"
            or (
                re.match(r"\s*of\b", after, _I)
                and re.search(r"\bbetween\s*$", lead_core + " ", _I)
                and _RING.search(sentence)
            )
            # "the no-fly zone the alliance imposed within 30 km of the airbase"
            or (within_lead and _ZONE.search(sentence))
        )
        and (_ZONE.search(sentence) or re.search(r"\bbetween\s*$", lead_core + " ", _I))
        # "villages lying beyond its edge, as far as 60 km from the plant": where places are
        # "the vessel was stopped 11 nautical miles from the reef", "the line passes within 3 km
        # of the town": where something was or runs, not a zone
        and not re.search(
            r"\b(?:as\s+far\s+as|stopped|intercepted|boarded|"
            r"sighted|spotted|seen|found|pass(?:es|ed)?|runs?|ran|comes|came)\b",
            lead,
            _I,
        )
        and not _lies_there(lead)
    ):
        radius = within_lead or re.search(r"$", lead)
    # "half circles reaching 20 nautical miles out from the harbour entrance", "the danger area
    # reaches 4 km downrange of the firing point": a zone's reach out from a thing it names
    if (
        radius is None
        and _ZONE.search(sentence)
        # ("extends 700 metres from the wire": a line, read as one below)
        and not _AFTER_FROM.match(after)
        and (
            reach := re.match(
                rf"\s*(?:{_OUT_FROM}\s+(?:from|of)|from|below|above)\s+(?:the\s+|its\s+|their\s+)?",
                after,
                _I,
            )
        )
        and (
            re.search(
                r"\b(?:reach\w*|extend\w*|stretch\w*|run|runs|ran|running)\s*(?:from\s*)?$"
                if re.match(rf"\s*(?:{_OUT_FROM}|below|above)\s", after, _I)
                else r"\b(?:reach\w*|extend\w*)\s*$",
                lead_core,
                _I,
            )
            # "widened the safety zone to 2 kilometres from the quarry face"
            or _CHANGED_TO.search(lead)
        )
        and (thing := thing_of(" from " + after[reach.end() :]))
        # "stretches 40 km from Harl to Veny": a length from one place to another
        and not re.match(
            rf"\s*{re.escape(thing)}\s+(?:to|as\s+far\s+as|until)\b",
            after[reach.end() :],
            _I,
        )
    ):
        point_after = re.match(
            rf"{re.escape(after[: reach.end()])}(?:[\w']+\s+){{0,2}}?{re.escape(thing)}", after, _I
        )
        radius = re.search(r"$", lead)
    # "the outer band between 12 and 20 nautical miles from the range head": a band counted out
    # from a place of any name, in a sentence about a zone
    if (
        radius is None
        and point_after is None
        and (
            (
                re.search(r"\bbetween\s*$", lead_core + " ", _I)
                and re.search(r"\sand\s", sentence[m_start:m_end])
            )
            # "the band from 300 metres out to half a nautical mile from an entry"
            or (
                re.search(rf"\b{ZONE_NOUN}\s+from\s*$", lead_core + " ", _I)
                and re.search(r"\s(?:out\s+)?to\s", sentence[m_start:m_end])
            )
        )
        and (_ZONE.search(sentence) or _RING.search(sentence))
        and not _AFTER_FROM.match(after)
        # ("the zones lying between 4 km and 4 miles from the dome": where the zones lie)
        and not _lies_there(lead)
        and (
            named := re.match(
                r"\s*(?:from|of)\s+(?:the|an?|any)\s+(?:[\w'/-]+\s+){0,3}?(?-i:[a-z])[\w'/-]+\b",
                after,
                _I,
            )
        )
    ):
        point_after, radius = named, re.search(r"$", lead)
    # "placed the intercept line 800 nautical miles from Cuba", "the line was drawn in to 500
    # nautical miles from the eastern tip of the island": a line set out at a distance from a place
    if (
        radius is None
        and (
            re.search(
                r"\b(?:plac|drew|draw|set|fix|mov|push)\w*\s+(?:the|a|an|its|their)\s+"
                r"(?:[\w'-]+\s+)?line\s+(?:(?:some|about|roughly|around|only)\s+)?$",
                lead,
                _I,
            )
            or re.search(
                r"\bline\s+(?:was|is|were|would\s+be|will\s+be)\s+(?:\w+\s+)?"
                r"(?:placed|drawn|set|fixed|moved|pushed|pulled)\s+"
                r"(?:in\s+|out\s+|back\s+|closer\s+|nearer\s+|further\s+out\s+)?"
                r"(?:to|at)\s+$",
                lead,
                _I,
            )
        )
        and (named := re.match(r"\s*(?:away\s+)?from\s+(?:the\s+)?[\w'-]+", after, _I))
    ):
        point_after, radius = named, re.search(r"$", lead)
    if (
        (
            (m := _APART.match(after))
            and re.search(
                r"\b(?:lines|forces|armies|positions|troops|sides)\b", sentence[:m_start], _I
            )
        )
        or (m := _BETWEEN_LINES.search(lead))
        or (m := _AFTER_TOTAL.match(after))
    ):
        semantics, decided, strong = "total", m.group(), True
        # "5 km wide on each side of the river": each side's strip is that wide
        # "a 10-kilometre-wide zone on each side of the border": so is each side's zone
        named = re.match(rf"(?:\s+[\w'-]+){{0,2}}?\s+{ZONE_NOUN}\b", after[m.end() :], _I)
        if (
            re.match(r"\s*-?\s*wide\b", m.group(), _I)
            and (
                (side := _AFTER_PER_SIDE.match(after, m.end()))
                or (named and (side := _AFTER_PER_SIDE.match(after, m.end() + named.end())))
            )
            and not side.group("d1")
        ):
            semantics, decided = "per_side", after[: side.end()]
        # "two restricted areas, each 30 km wide": one area on each side
        elif each := _EACH_OF_TWO.search(near_before):
            semantics, decided = "per_side", each.group() + m.group()
        # "three nautical miles wide measured from the low-water line": a reach from one line
        elif re.match(r"\s*-?\s*(?:wide|broad)\b", m.group(), _I) and (
            measured := re.match(
                r"\s*,?\s*(?:as\s+)?(?:measured|counted|reckoned|calculated|taken)\s+(?:\w+\s+)?"
                r"(?:from|off)\b",
                after[m.end() :],
                _I,
            )
        ):
            semantics, decided = "depth", m.group() + measured.group()
    elif m := _AFTER_DEPTH.match(after):
        semantics, decided, strong = "depth", m.group(), True
        # "6 km deep on each side of the road": the depth is each side's
        if (side := _AFTER_PER_SIDE.match(after, m.end())) and not side.group("d1"):
            semantics, decided = "per_side", after[: side.end()]
    elif ((m := _AFTER_PER_SIDE.match(after)) and _per_side_pair(m)) or (
        m := _BOTH_WAYS.match(after)
    ):
        semantics, decided, strong = "per_side", m.group(), True
    elif m := _BEFORE_WIDTH.search(lead):
        semantics, decided, strong = "total", m.group(), True
    elif (m := _BEFORE_DEPTH.search(lead)) and re.search(
        # "a wreck which lies in a depth of 40 metres": how deep the water is, not a zone
        r"\b(?:lies|lie|lying|lay|rests?|resting|sunk|sank|anchored|moored)\s+(?:\w+\s+){0,2}?"
        r"(?:in|at)\s+(?:a\s+)?depth\s+of\s+$",
        lead,
        _I,
    ):
        return None
    elif m := _BEFORE_DEPTH.search(lead):
        semantics, decided, strong = "depth", m.group(), True
    elif radius:
        # "within 10 km of the plant", "stay at least 50 miles from the plant": a radius
        words = radius.group() + " " + (point_after.group() if point_after else "")
        semantics, decided, strong = "depth", _ws(words), True
    elif re.search(
        # "In the hill districts the zone reaches 2 km back from the border. In the lowlands it
        # goes to 5 kilometres": the same zone's reach elsewhere, measured as the figure before
        r"\bit\s+(?:goes|reaches|extends|runs|stretches)\s+(?:out\s+)?to\s+$",
        lead,
        _I,
    ) and _ZONE.search(context[-300:] + " " + sentence[:m_start]):
        semantics, decided, strong = "unspecified", "as the figure it changed", True
    # "would run 30 km into Syria": how deep, not how long
    spans_zone = re.search(r"\bspan(?:s|ned|ning)?\s+$", lead, _I) and _ZONE.search(
        _words_before(sentence, m_start)
    )
    if (
        not strong
        and not (spans_zone and not re.match(r"\s*(?:along|of|from)\b", after, _I))
        and _BEFORE_LENGTH.search(lead)
        and not _AFTER_INTO.match(after)
        and not (_AFTER_DIR.match(after) and not re.search(r"\balong\b", lead[-20:], _I))
        # "the security zone stretches up to 15 km from the contact line": its reach
        and not (
            _ZONE.search(_words_before(sentence, m_start))
            and (reach := _AFTER_FROM.match(after))
            and not re.match(r"\s+(?:to|as\s+far\s+as)\b", after[reach.end() :], _I)
        )
    ):
        return None
    weak = None
    if semantics is None:
        for pattern in (_AFTER_FROM, _AFTER_DIR, _AFTER_INTO, _AFTER_NAMED_SIDE):
            if m := pattern.match(after):
                weak = m
                break

    adjectival = re.match(
        rf"\s*-?\s*(?:wide|deep)?\s*-?\s*(?:\([^()]*\)\s*)?(?:of\s+(?={MOVE_NOUN}\b))?[\"']?"
        rf"(?:{_NOT_LINKING}[\w'-]+\s+){{0,3}}?"
        # "the 400-metre limit", "a 12-mile limit": the edge of a zone, named by its figure
        rf"(?:{ZONE_NOUN}|{MOVE_NOUN}|limits?\b(?!\s+(?:of|on)\s+(?:the\s+)?(?:range|speed)))\b",
        after,
        _I,
    )
    zone_before = (
        _ZONE.search(clause_before)
        or (
            # "It reaches five kilometres beyond ...": the zone of the sentence before
            (
                re.match(r"\W*(?:it|its\s+(?:width|depth|breadth))\b", clause_before, _I)
                # "on the Ebrinian bank, where the floodplain is wider, it extends 5 km"
                or re.search(
                    r"\b(?:it|its\s+(?:width|depth|breadth))\s+(?:\w+\s+){0,2}?(?:extend\w*|reach\w*|"
                    r"run\w*|stretch\w*|measur\w*|is|was|would\s+be|will\s+be|shall\s+be|"
                    r"var(?:ies|ied|y)\s+(?:from|between)|rang(?:es|ed)\s+(?:from|between))\s+"
                    r"(?:only\s+|just\s+|some\s+|about\s+|to\s+|up\s+to\s+|as\s+far\s+as\s+|"
                    r"nearly\s+|almost\s+)?$",
                    clause_before,
                    _I,
                )
            )
            and _ZONE.search(context[-300:] + " " + sentence[:m_start])
        )
    )
    # a calibre or a list before the figure does not cut it off from its verb
    wide_before = sentence[max(c_start, m_start - 120) : m_start]
    withdraw_before = (
        _WITHDRAW.search(clause_before)
        or (_WITHDRAW.search(wide_before) if prev_end > c_start else None)
        # "pull its troops 1,000 metres back"
        or (
            re.match(r"\s*(?:back|away)\b", after, _I)
            and re.search(r"\b(?:pull|mov|draw|fall|push|keep|kept|set)\w*\b", clause_before, _I)
        )
    )
    each_before = _BEFORE_EACH_SIDE.search(clause_before) or (
        _BEFORE_EACH_SIDE.search(wide_before) if prev_end > c_start else None
    )
    if weak is None and semantics is None and (withdraw_before or each_before):
        # "each side withdraw 10 km from the Harn": a move back from a line named by its name
        weak = re.match(
            r"\s*(?:back\s+|away\s+)?(?:from|behind|beyond)\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\b",
            after,
        )
    link = (
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
            lead_core + " ",
            _I,
        )
        or lead_core.strip() == ""
        # "the buffer zone (12 km) shall be", "Zone B: 5-15 km from the line"
        or re.search(rf"\b{ZONE_NOUN}(?:\s+(?-i:[A-Z0-9]{{1,3}}))?\s*[:–(-]?\s*$", lead_core, _I)
        or (shared and weak is not None)
    )
    if within_lead and re.search(
        r"\b(?:sit|sits|sitting|lie|lies|lying|located|situated|stand|stands|standing|based)"
        r"\s+within\s*$",
        lead,
        _I,
    ):
        return None
    within = (
        within_lead
        and _CONTEXT.search(sentence)
        and _RULE.search(sentence[max(c_start, prev_end) : m_start])
    )
    zone_after = re.search(
        rf"^[^,;]{{0,60}}?\b(?:as|into|becomes?|forms?|creat\w*)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){{0,3}}?{ZONE_NOUN}\b",
        clause_after,
        _I,
    )
    # "widening again to the full 3 miles", "returns to its full 5 km": the zone's whole width
    # named before, again
    full_again = re.search(FULL_AGAIN, near_before, _I)
    proposal_link = (
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
            lead_core + " ",
            _I,
        )
        or re.search(
            r"\b(?:version|draft|proposal|plan|offer|figure|text|demand|bid|position|request)\b"
            r"[^,;.]{0,50}?\b(?:said|says|of|for|"
            r"spoke|speaks|talked|talks|mentioned|mentions|envisaged|envisages|foresaw|foresees|"
            r"with|at|put|named|gave|proposed|was|is|were|became|read|reads|stood\s+at|came\s+to)\s*$",
            lead_core + " ",
            _I,
        )
        or re.search(
            r"\b(?:memorandum|agreement|accord|protocol|deal|treaty|text|document|annex|article)\b"
            r"[^,;.]{0,30}?\b(?:says|said|states|stated|sets|set|fixes|fixed|specifies|specified|"
            r"stipulates|stipulated|provides\s+for|provided\s+for|gives|gave|puts|put|settles|"
            r"settled)(?:\s+(?:it|the\s+\w+))?(?:\s+at)?\s*$",
            lead_core + " ",
            _I,
        )
        # "the opening offer of 3 km" ("of" is cut from lead_core), "Our first proposal, 2 km
        # each side, they rejected"
        or re.search(
            r"\b(?:proposal|plan|offer|draft|version|demand|idea|suggestion|request|bid)s?\s*,?\s*$",
            lead_core,
            _I,
        )
        # "agreed on 5 km, not the 10 km the mediators had asked for"
        or (_INSTEAD.search(lead) and re.match(r"[^.;]{0,40}?\bhad\b", after))
        or re.search(
            r"\b(?:compromise|agreed|final|proposed|new|revised|original)\s+(?:figure|width|depth|"
            r"distance)\s*$",
            lead_core,
            _I,
        )
        or re.search(
            r"\bin\s+the\s+(?:\w+\s+)?(?:text|version|draft|agreement|deal|memorandum|protocol)"
            r"\s*,\s*$",
            lead_core,
            _I,
        )
        # "in the end 7 km was agreed"
        or re.match(
            r"\s*(?:was|were|is)\s+(?:\w+\s+)?(?:agreed|accepted|settled\s+on|chosen|adopted)\b",
            after,
            _I,
        )
        or re.match(
            r"\s*-?\s*(?:(?:wide|deep)\s+)?(?:plan|proposal|draft|version|offer|figure|compromise|"
            r"demand|request|suggestion|bid)\b",
            after,
            _I,
        )
        # "Thirty was our opening position"
        or re.match(
            # ("Five kilometres was Tarn's opening figure")
            r"\s*(?:was|were|is|had\s+been)\s+(?:(?:our|their|his|her|its|the|my|"
            r"(?-i:[A-Z])[\w-]+'s)\s+)?(?:[\w'-]+\s+)?"
            r"(?:position|offer|proposal|figure|demand|bid|request|plan|idea|suggestion|draft)\b",
            after,
            _I,
        )
    )
    # "The other side wanted a lot more, didn't they? Thirty kilometres, I read.": a bare
    # figure after a sentence that asks for something is what was asked for
    fragment = (
        # (after a speaker's name and a yes: "A: They did - fifteen kilometres.")
        FRAGMENT_LEAD.fullmatch(lead_core)
        and FRAGMENT_AFTER.match(after)
        and PROPOSAL.search(re.split(r"(?<=[.!?])\s+", context.rstrip())[-1])
    )
    proposal_link = proposal_link or fragment
    # "How wide is that in total? - Eight kilometres of valley floor.": the answer to a question
    # on the zone's width
    asked = (
        re.fullmatch(r"\s*(?:(?-i:[A-Z])[\w.' ()-]{0,40}:\s*)?", lead_core)
        and re.match(
            r"\s*(?:(?:of|across|wide|deep|in\s+all|in\s+total)\b[\w' -]{0,30}?)?\s*(?:[,.?!;]|$)",
            after,
        )
        and re.search(
            r"\bhow\s+(wide|broad|deep)\b[^.?!]*\?\s*$",
            question := re.split(r"(?<=[.!])\s+", context.rstrip())[-1],
            _I,
        )
    )
    # ... a question on the zone, not on a sea or a river ("How deep is the river there?")
    if asked and (
        _WATER_SUBJECT.search(question.split(":")[-1] + " is")
        or re.search(
            r"\b(?:sea|strait|gulf|lake|river|valley|channel|bay|town|city)\b", question, _I
        )
        or not (
            _ZONE.search(question)
            or _ZONE.search(context[-600:])
            or _CONTEXT.search(context[-600:])
        )
    ):
        asked = None
    zone_talk = (_CONTEXT.search(sentence) or _CONTEXT.search(context)) and not re.search(
        # "Nobody ever proposed 60 km" (but "we will never accept 2 km" is a refusal)
        r"\b(?:nobody|no\s+one|never)\b(?!\s+(?:accept|agree|sign|live\s+with)\b)",
        clause_before,
        _I,
    )
    # "in the valley it's narrower, about a kilometre and a half": the zone's width at a place
    comparative = re.search(
        r"\b(?:narrower|wider|broader|deeper|shallower)(?:\s+(?:there|here|still|again|now))?\s*(?:,|:|-|–)\s*(?:(?:only|just|about|some|"
        r"roughly|around|nearly|barely|perhaps|maybe)\s+)?$",
        near_before,
        _I,
    ) and (_ZONE.search(sentence) or _ZONE.search(context[-300:]))
    # "was later reduced to 15 km", "widened from 10 km to 20 km": a zone's figure changed
    changed = (
        _CHANGED_TO.search(lead)
        or (
            # "reduced to 800 metres on one bank and to 1 km on the other": the verb shared
            re.fullmatch(r"\s*to\s*", lead) and _CHANGED_TO.search(wide_before)
        )
        or re.search(
            rf"{CHANGE}\s+(?:\w+\s+){{0,4}}?to\s+[^.;]{{1,80}}?\b(?:and|or)\s+to\s*$",
            wide_before,
            _I,
        )
    )
    # "reduced the figure to 20 km but still placed the whole zone on our side": the zone
    # may come after the figure
    if not (
        _ZONE.search(sentence)
        or _ZONE.search(context[-300:])
        # "cut the figure to 25 km" after "asked that our troops pull back 40 km"
        or (
            re.search(r"\b(?:figure|demand|offer|proposal)\s+(?:\w+\s+)?to\s*$", lead, _I)
            and _CONTEXT.search(context[-300:])
        )
    ):
        changed = None
    # a band: "from 15 to 30 km behind the front", "between 10 and 20 km from the line"
    band = (
        weak is not None
        and re.search(r"\b(?:from|between)\s*$", lead_core + " ", _I)
        and re.search(r"\s(?:to|and)\s|\d\s*-\s*\d", sentence[m_start:m_end])
        and (
            _ZONE.search(sentence)
            or _CONTEXT.search(sentence)
            # "a district between 2 and 8 km from the boundary on each side"
            or _LATER_PER_SIDE.search(after[:120])
            # "The zone is narrow. ... take in land lying between 3 and 8 km from the frontier":
            # a band from a line, after a sentence on the zone
            or (_ZONE.search(context[-300:]) and reference_of(after, context))
        )
    )
    if (
        _EVENT.search(clause_before)
        and not _ZONE.search(sentence)
        and not (withdraw_before or each_before or proposal_link)
    ):
        return None
    closer = (
        semantics is None
        and weak is None
        and re.search(r"\b(?:closer|nearer)\s+than\s*$", near_before, _I)
        and _RULE.search(clause_before)
        # "Checkpoints shall stand no nearer than 300 metres to ...": posts kept back too
        and (_CONTEXT.search(sentence) or re.search(r"\bcheckpoints?\b", clause_before, _I))
    )
    # "a new well must be no closer than 1,000 feet to a school", "must be set back at least
    # 2,500 feet from any occupied building": a rule keeping a thing back from another, a radius
    # about that other thing
    setback = (
        semantics is None
        and weak is None
        and not closer
        and re.search(
            r"\b(?:closer|nearer)\s+than\s*$|\b(?:be|been|set\s+back|sited|placed|built|drilled|"
            r"located)\s+(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$",
            near_before,
            _I,
        )
        and re.search(
            r"\b(?:must|shall|should|required|requires?|is\s+to|are\s+to|has\s+to|have\s+to)\b",
            # ("must be at least 500 feet from a home and no closer than 1,000 feet to a school":
            # the rule shared)
            sentence[:m_start],
            _I,
        )
        and (thing := thing_of(re.sub(r"^\s*to\s", " of ", after)))
    )
    # "all vessels shall keep clear of the cable ship by no less than 5 cables": a radius about
    # the thing, the figure after it
    clear = (
        semantics is None
        and not setback
        and re.search(
            r"\b(?:keep|keeps|kept|stay|stays|remain|remains|pass|passes)\s+(?:well\s+)?clear\s+of\s+"
            r"(?:the\s+|an?\s+|any\s+|all\s+)?(?P<thing>(?:[\w'-]+\s+){1,4}?)by\s+(?:at\s+least\s+|"
            r"(?:no|not)\s+less\s+than\s+|a\s+minimum\s+of\s+)?$",
            near_before,
            _I,
        )
    )
    if clear:
        semantics, strong = "depth", True
        decided = _ws(f"clear of {clear.group('thing')}")
    if setback:
        semantics, strong = "depth", True
        closer_word = re.search(r"\b(?:closer|nearer)\s+than\s*$", near_before, _I)
        decided = _ws(f"closer than {thing}" if closer_word else f"from {thing}")
    if closer and (
        m := re.match(
            # ("to the road's crossing of the Line of Contact": a point on the line)
            rf"\s*(?:to|of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,5}}?{_BORDER}\b",
            after,
            _I,
        )
    ):
        weak = m
    elif closer and (thing := thing_of(re.sub(r"^\s*to\s", " of ", after))):
        # "keep no closer than 5 cables to the guard vessel": a radius about a thing
        semantics, strong = "depth", True
        decided = _ws(f"closer than {thing}")
    if semantics is None and re.match(r"\s*across\b", after, _I) and zone_before:
        semantics, decided, strong = "total", "across", True
    anchored = bool(
        # "each party's half measures about 3.5 km"
        (_OWN_ZONE.search(clause_before) and link)
        or
        # "the zone's outer limit lies 25 km from the coast"
        (
            weak is not None
            and zone_before
            and re.search(
                r"\b(?:limit|edge|boundary|line|border)s?\s+(?:\w+\s+)?(?:lies|lie|lying|runs?|"
                r"sits?|is|are|will\s+be|shall\s+be|would\s+be)\s*$",
                lead_core,
                _I,
            )
        )
        or
        # "argued for a separation of at least 20 km"
        (
            re.search(r"\bseparation\s*$", lead_core, _I)
            and (_CONTEXT.search(sentence) or _ZONE.search(context[-300:]))
        )
        or (closer and weak is not None)
        or full_again
        or (
            weak is not None
            # "the exclusion zone France has declared within 12 nautical miles of the atoll"
            and re.search(rf"\b{ZONE_NOUN}\s+(?:\w+\s+){{0,3}}?within\s*$", lead, _I)
            and not _LOCATED.search(lead[: -len("within ")])
        )
        or (semantics == "total" and decided and re.search(r"apart|between", decided, _I))
        or (proposal_link and zone_talk)
        or comparative
        or asked
        or changed
        or band
        or adjectival
        or withdraw_before
        or (zone_before and link)
        # "a closed area was declared. ... it reached inland for 100 km from the coast": the
        # reach of the zone the paragraph names
        or (
            weak is not None
            and re.search(
                r"\b(?:reach\w*|extend\w*|ran|runs?|stretch\w*)\s+(?:inland|seawards?|out\s+to\s+sea)"
                r"(?:\s+for)?\s*$",
                lead_core,
                _I,
            )
            and (_ZONE.search(sentence) or _ZONE.search(context[-600:]))
        )
        # "the limit was pushed out to 12 nautical miles from the baselines": a limit at sea
        or (
            weak is not None
            and (link or re.search(r"\b(?:to|of|at)\s*$", clause_before, _I))
            and re.search(r"\blimits?\b", clause_before, _I)
            and not re.search(r"\b(?:speed|range|time)\b", clause_before, _I)
        )
        or within
        or radius
        or zone_after
        or (each_before and weak is not None)
        # "4.5 km to the north of the crest line, and 4.5 to the south": a zone on both sides
        or (weak is not None and _opposite_later(after))
        or (
            weak is not None
            and _RULE.search(clause_before)
            and _CONTEXT.search(clause_before)
            and re.search(
                r"\b(?:may|shall|must|not|no)\s+(?:\w+\s+){0,2}?(?:reach|fly|approach|enter|"
                r"penetrate|come|go|operate|patrol)\b",
                clause_before,
                _I,
            )
        )
        or (
            weak is not None
            and _CONTEXT.search(sentence)
            and (
                # "advised to keep within 20 nm of the west coast"
                re.search(
                    r"\b(?:keep|keeps|kept|remain\s+at\s+a\s+distance\s+of)\s+(?:within\s+)?$",
                    lead,
                    _I,
                )
                # "kept at a distance of ten miles from", "moved to 30 km behind the front"
                or re.search(
                    r"\b(?:at|to|beyond)\s+a\s+(?:minimum\s+|safe\s+)?distance\s+of\s+$"
                    r"|\b(?:mov|withdr[ae]w|pull|relocat|redeploy|push|sent|taken|fall|fell)\w*\s+"
                    r"(?:back\s+)?(?:to|beyond|behind)\s+$",
                    lead,
                    _I,
                )
                or re.search(
                    # "the ships would remain at least 12 nautical miles from the coast"
                    r"\b(?:shall|must|will|would|should|may|are\s+to|is\s+to|to)\s+(?:\w+\s+){0,2}?"
                    r"(?:remain|stay|keep|be|be\s+(?:kept|held|positioned|stationed|deployed|placed|moved|"
                    r"withdrawn|relocated|redeployed))"
                    r"\s+$",
                    lead,
                    _I,
                )
            )
        )
        or (
            weak is not None
            and (_CONTEXT.search(sentence) or _ZONE.search(context[-200:]))
            and (later_side := _LATER_PER_SIDE.search(clause_after[:120]))
            and _per_side_pair(later_side)
        )
        # "a line drawn 50 km east of the river": the zone's edge, at a depth from the line
        or (
            weak is not None
            and re.search(
                r"\blines?\s+(?:drawn|running|traced|set|fixed|laid\s+down)\s+(?:\w+\s+)?$"
                # "the zone extends from the canal to a line 58 km east of it"
                r"|\b(?:to|up\s+to|as\s+far\s+as)\s+a\s+line\s+(?:some\s+|about\s+)?$"
                # "between the outer edge of the zone and a line 20 km from the line of contact"
                r"|\bbetween\s*the\s+[^.;]{0,80}?\s+and\s+a\s+line\s+(?:some\s+|about\s+)?$",
                lead,
                _I,
            )
        )
        # "between the edge of the separation zone and that 25-km line": a line named by its
        # distance, the outer edge of a band
        or (
            re.search(r"\bbetween\s*the\s+[^.;]{0,80}?\s+and\s+(?:that|the|this)\s+$", lead, _I)
            and re.match(r"\s*-?\s*line\b", after, _I)
        )
    )
    if _AFTER_LOCATING.match(after) and not (weak or strong or full_again):
        return None
    if weak is not None and not anchored:
        return None
    if weak is None and not strong and not anchored:
        return None
    if (
        strong
        and not anchored
        and not _CONTEXT.search(sentence)
        and not _ZONE.search(context)
        # "inside a radius of 12 km around the depot": a radius about a point is a zone
        and not (re.match(r"radius", decided or "", _I) and point_of(clause_after))
        # "a 1,000-metre evacuation radius": a zone by its name
        and not re.match(rf"\s*-?\s*{_NAMED_RADIUS}", decided or "", _I)
        and not setback
    ):
        return None
    if (
        not strong
        and weak is None
        and _LOCATING_BEFORE.search(lead)
        and not (adjectival or withdraw_before or (proposal_link and zone_talk) or changed)
        and not re.search(
            rf"\b{ZONE_NOUN}\s+(?:is|was|were|are|will\s+be|would\s+be|shall\s+be)\s+$", lead, _I
        )
    ):
        return None

    # "6 km to the west of the fence, ... 6 km to its east": the pair, read at its first figure
    if (
        (mirror := re.match(rf"\s*(?:back\s+)?to\s+(?:its|their)\s+({_DIR})\b", after, _I))
        and _mirrored(sentence, m_start, m_end)
        and re.search(
            rf"\b{_OPPOSITE[re.match(r'[a-z]+', mirror.group(1).lower()).group()]}\w*"
            r"\s+(?:of|from)\b",
            sentence[:m_start],
            _I,
        )
    ):
        return None
    if semantics is None:
        later = _LATER_PER_SIDE.search(clause_after[:120])
        each = each_before
        if later and _per_side_pair(later):
            semantics, decided = "per_side", later.group()
        elif own_zone := _OWN_ZONE.search(clause_before):
            semantics, decided = "per_side", own_zone.group()
        elif (bank := _BANK.match(after)) and len(
            {_bank_side(b) for b in _BANK.finditer(sentence)}
        ) > 1:
            if _mirrored(sentence, m_start, m_end) and any(
                b.start() < m_start for b in _BANK.finditer(sentence)
            ):
                # "ours a kilometre from our bank": the same figure again for the other bank
                return None
            semantics, decided = "per_side", bank.group()
        elif (
            each
            and not (adjectival or re.search(rf"\b{ZONE_NOUN}\s*$", lead_core, _I))
            # "behind their own lines": each from its own line is a depth (as on the Golan)
            and not (weak is not None and _OWN_LINES.search(after[: weak.end() + 25]))
        ):
            semantics, decided = "per_side", each.group()
        elif weak is not None and (
            by_each := re.match(
                r"\s*by\s+(?:both|each|either)\s+(?:of\s+the\s+)?(?:sides?|parties|party|armies)\b",
                after[weak.end() :],
                _I,
            )
        ):
            # "kept 20 km back from the line by both parties"
            semantics, decided = "per_side", weak.group() + by_each.group()
        elif full_again:
            # "widening again to the full 3 miles north of the light": where it is that wide,
            # not a side; the figure named before tells what it measures (read in the document)
            semantics, decided = "unspecified", full_again.group().strip()
        elif weak is not None:
            semantics, decided = "depth", weak.group()
        elif m := _AFTER_ONE_SIDE.search(clause_after[:120]):
            semantics, decided = "depth", m.group()
        elif adjectival and (
            m := re.match(
                # "a 20 nm exclusion zone south of the line", "a 25 km withdrawal by Dunholt
                # alone", "a 5-km pull-back on one side only": one side's zone or move
                rf"\s*(?:(?:to\s+the\s+)?{_DIR}\s+(?:of|from)\b|(?:by|for)\s+(?:the\s+)?"
                r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:alone|only)\b|on\s+(?:one|our|their|its)\s+"
                r"(?:\w+\s+)?side\s+only\b)",
                after[adjectival.end() :],
                _I,
            )
        ):
            semantics, decided = "depth", adjectival.group() + m.group()
        elif (
            withdraw_before
            and not zone_before
            and not adjectival
            # "clear mines from the 600-metre marsh section": a figure used as an adjective names
            # a thing; it is not how far something moves
            and not (
                (
                    re.search(
                        r"-\s*(?:km|kilomet|mile|met|yard|nautical)", sentence[m_start:m_end], _I
                    )
                    or re.search(r"\bthe\s+$", sentence[:m_start], _I)
                )
                # ("withdrawal to the eight-kilometre line": the line at that distance)
                and re.match(r"\s+(?:[\w'-]+\s+){0,2}?(?:sections?|stretch\w*|lines?)\b", after, _I)
            )
        ):
            semantics, decided = "depth", withdraw_before.group()
            # "moved back one and a half kilometres by each army"
            if by_each := re.match(
                r"\s*by\s+(?:each|both|either)\s+(?:of\s+the\s+)?(?:sides?|parties|party|armies|army)\b",
                after,
                _I,
            ):
                semantics, decided = "per_side", withdraw_before.group() + " " + by_each.group()
        elif (
            adjectival
            and re.search(rf"{MOVE_NOUN}\W*$", adjectival.group(), _I)
            and (
                both := re.search(
                    r"\b(?:both|each|the\s+two)\s+(?:sides|side|parties|party|armies|army)\b"
                    r"[^.;]{0,40}?\b(?:agree\w*|accept\w*|carr\w+\s+out|make|made|complet\w*|"
                    r"begin|began|start\w*|will|shall|must)\b",
                    clause_before,
                    _I,
                )
            )
        ):
            # "Both sides agreed to a 4-km pull-back": each side's move back
            semantics, decided = "per_side", both.group() + " " + adjectival.group().strip()
        elif adjectival and (
            m := re.match(
                r"\s*(?:by|for|on\s+the\s+part\s+of)\s+(?:each|both|either)\s+(?:of\s+the\s+)?"
                r"(?:two\s+)?(?:sides?|parties|party|armies|army|forces)\b",
                after[adjectival.end() :],
                _I,
            )
        ):
            # "a 10-km pullback by each side"
            semantics, decided = "per_side", adjectival.group() + m.group()
        elif adjectival and (
            m := re.match(
                # "a sixteen-kilometre separation zone in all": the noun after a move noun too
                rf"\s*(?:{ZONE_NOUN}\s+)?(?:in\s+all|in\s+total|altogether|all\s+told|overall)\b",
                after[adjectival.end() :],
                _I,
            )
        ):
            semantics, decided = "total", m.group()
        elif asked:
            wide = asked.group(1).lower() in ("wide", "broad")
            semantics, decided = ("total" if wide else "depth"), asked.group().strip()
        elif comparative:
            deep = re.search(r"deeper|shallower", comparative.group(), _I)
            semantics, decided = ("depth" if deep else "total"), comparative.group().strip()
        elif result := re.search(
            # "RESULTING BUFFER 4 KM", "the resulting strip is some 2 miles": what the sides'
            # widths make together
            rf"\bresulting\s+(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\s+(?:(?:of|is|was|will\s+be|"
            rf"would\s+be|measures|:)\s+)?(?:(?:only|just|about|some|roughly|around|nearly)\s+)?$",
            lead,
            _I,
        ):
            semantics, decided = "total", result.group().strip()
        elif fronted := re.match(
            # "On both sides of the border, the zone extends 10 km"
            r"\W*(?:on|to)\s+(?:both|either|each)\s+sides?\s+of\s+[^,;.]{1,60},",
            sentence[:m_start],
            _I,
        ):
            semantics, decided = "per_side", fronted.group()
        elif changed and re.search(
            r"\b(?:the|its|their|our|his|her|this|that)\s+(?:\w+\s+)?(?:figure|demand|proposal|"
            r"offer|request|number|distance)\s+(?:\w+\s+){0,2}?to(?:\s+the)?\s*$",
            lead,
            _I,
        ):
            # "their second paper reduced the figure to 20 km": the figure it changed
            # measured something; the new one measures the same (read in the document)
            semantics, decided = "unspecified", "as the figure it changed"
        elif changed and (coasts := _FROM_COASTS.match(after)):
            # "extended their fishing zones to 200 nautical miles from their coasts": each
            # state's zone out to sea from its own coast
            semantics, decided = "depth", coasts.group().strip()
        elif changed and (
            plural := re.search(
                r"\b(?:the|both|their|its)\s+(?:two\s+)?(?:[\w'-]+\s+)?(?:zones|belts|strips|buffers|"
                r"areas)\s+to\s*$",
                lead,
                _I,
            )
        ):
            # "to extend the restricted zones to 20 km": the zones of a line, one on each side
            semantics, decided = "per_side", plural.group()
        elif off_coast := re.search(
            # "widen the fishing zone off the Gaza Strip to 15 nautical miles", "the exclusion
            # area off Cape Rell is 8 km": a zone at sea off a coast reaches out from it
            rf"\b{ZONE_NOUN}\s+off\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?"
            r"(?:to|is|was|at|of|will\s+be|would\s+be|shall\s+be)\s+"
            r"(?:(?:only|just|about|some|roughly|around|nearly)\s+)?$",
            wide_before,
            _I,
        ):
            semantics, decided = "depth", off_coast.group()
        elif changed and re.search(r"\b(?:widen|narrow|broaden)", lead + " " + wide_before, _I):
            # "to widen the strip to 3 km", "the zone shall narrow to 2 km": a width; but
            # "suggested widening it to 3 km", a change only talked of, leaves open what the
            # figure measures (the sets' convention)
            talked = re.search(
                r"\b(?:widening|broadening|narrowing)\s+(?:it|them|(?:the|this|that|its)\s+"
                r"(?:\w+\s+){0,2}?\w+)\s+to\s*$",
                wide_before,
                _I,
            )
            semantics = "unspecified" if talked else "total"
            decided = changed.group()
            # "The zone extends 200 metres inward from the line. New rules widen it to 2 km":
            # the zone named before, changed; its figure measures what that one did
            if not talked and re.search(
                r"\b(?:widen|narrow|broaden)(?:s|ed)?\s+(?:it|them)\s+to\b",
                lead + " " + wide_before,
                _I,
            ):
                decided = "as the figure it changed"
                semantics = "unspecified"
        elif adjectival and (
            own_zone := re.search(
                # "both sides will keep a 7-km strip"
                r"\b(?:each|both|either)\s+(?:sides?|part(?:y|ies)|countr(?:y|ies)|states?|armies|army)\s+"
                r"(?:will\s+|shall\s+|would\s+|is\s+to\s+|are\s+to\s+)?"
                r"(?:ha(?:ve|s)|gets?|keeps?|maintains?|holds?)\s+(?:a|an|its\s+own|their\s+own)\s+$",
                near_before,
                _I,
            )
        ):
            # "each side will have a 5 km zone"
            semantics, decided = "per_side", own_zone.group()
        elif prev_end > 0 and (
            result := re.search(
                # "800 yards into each country, giving a neutral belt of nearly a mile",
                # "3 km to the west and 3 km to the east, creating a 6 km buffer": what the sides'
                # widths make together
                rf"\b(?:giv|creat|form|mak|produc|leav|yield)(?:e|es|ed|ing|s)?\s+(?:a|an)\s+"
                rf"(?:(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\s+(?:of\s+)?)?$",
                lead,
                _I,
            )
        ):
            # (only after a figure of the same sentence: "to create a zone of 50 km" alone
            # says nothing of the sides)
            semantics, decided = "total", result.group()
        elif adjectival and (
            around := re.match(
                # "a 65-foot safety zone around all boom and response vessels", "the 20-km
                # evacuation zone around the plant": a reach out from what it surrounds
                r"\s*(?:zones?\s+|areas?\s+)?(?:(?:which|that)\s+\w+\s+|(?:(?:was|is|were|are|has\s+been|"
                r"have\s+been|will\s+be)\s+)?(?:declared|set\s+up|established|imposed|drawn)\s+)?"
                r"(?:a?round|surrounding|encircling)\s+(?!(?:the\s+)?(?:clock|world|country|"
                r"region|area|globe)\b)",
                after[adjectival.end() :],
                _I,
            )
        ):
            semantics, decided = "depth", adjectival.group() + around.group()
        elif separation := re.search(
            # "a zone of separation of at least 600 metres": the gap between the two forces
            r"\b(?:zones?|areas?|belts?|strips?)\s+of\s+separation\s+(?:of\s+)?$",
            lead,
            _I,
        ):
            semantics, decided = "total", separation.group()
        elif divides := re.search(
            # "a no-man's-land of 800 metres now divides the two armies"
            r"\b(?:divid|separat)(?:es|ed|ing|e)\s+(?:the\s+)?(?:two\s+|opposing\s+|rival\s+)?"
            r"(?:armies|forces|sides|lines|parties|positions|troops)\b",
            clause_after[:80],
            _I,
        ):
            semantics, decided = "total", divides.group()
        elif (
            sector := re.match(
                # "the zone was pushed out to 8 km, and to 10 km in the north-northeast and
                # southeast sectors": a zone's reach in some directions from its centre
                r"\s*(?:in|into|to|towards?|for)\s+(?:the|its|their)\s+(?:[\w'-]+,?\s+){0,8}?"
                r"(?:sectors?|quadrants?)\b",
                after,
                _I,
            )
        ) and _ZONE.search(sentence):
            semantics, decided = "depth", _ws(sector.group())
        elif (surrounds := _AROUND_THING.match(clause_after)) and _ZONE.search(sentence):
            # "a zone of 100 metres around each clinic", "a 500-metre zone comes into being
            # around every installation": a reach out from what it surrounds
            semantics, decided = "depth", _ws(surrounds.group("around"))
        else:
            semantics = "unspecified"

    # "on both sides of the line, to a depth of 5 km": the depth is each side's
    whole_clause = sentence[c_start:c_stop]
    if (
        semantics == "depth"
        and re.search(
            r"\b(?:on|to|into|in)\s+(?:both|each|either)\s+sides?\b"
            r"|\b(?:into|in)\s+each\s+(?:party|side|country)'s\b",
            whole_clause,
            _I,
        )
        and not re.search(r"\b(?:own|respective)\s+(?:\w+\s+)?lines?\b", whole_clause, _I)
    ):
        side = re.search(
            r"\b(?:on|to|into|in)\s+(?:both|each|either)\s+sides?\b|\beach\s+\w+'s\b",
            whole_clause,
            _I,
        )
        semantics, decided = "per_side", side.group() if side else decided
    # "one runs west of the berm, the other lies 5 to 35 km east of it": the two sides
    if semantics == "depth" and decided and (d := _DIR_REF.match(decided)):
        base = re.match(r"[a-z]+", d.group(1).lower()).group()
        others = sentence[:m_start] + " " + sentence[m_end + len(decided) :]
        # "4 km to the north of the Orm; ... 6 km to the south of it"
        ref = d.group(2)
        ref = r"[\w'-]+" if ref.lower() in ("it", "them") else rf"(?:{re.escape(ref)}|it|them)"
        if re.search(
            rf"\b{_OPPOSITE[base]}\w*\s+(?:of|from)\s+(?:the\s+)?{ref}\b"
            rf"|\bto\s+(?:its|their|the)\s+{_OPPOSITE[base]}\w*\b(?!\s+(?:of|from)\b)",
            others,
            _I,
        ):
            semantics = "per_side"
    instead = _INSTEAD.search(sentence[max(prev_end, m_start - 40) : m_start])
    proposed = PROPOSAL.search(sentence[max(c_start, prev_end) : m_start])
    # the first cue after a proposal in its sentence, else a refusal in its clause
    drafted = re.search(
        r"\b(?:plan|draft|version|offer|bid)s?\b", sentence[max(c_start, prev_end) : m_start], _I
    ) or re.match(
        # "A 15-km zone was discussed but never adopted"
        r"[^.;\d]{0,30}?\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:discussed|considered|mooted|"
        r"floated|tabled|proposed|suggested|put\s+forward|raised|debated)\b",
        sentence[m_end:],
        _I,
    )
    tail = in_sentence(sentence, m_end, bool(proposed or drafted))
    # a cue belongs to the nearest figure: none past a neighbouring figure counts
    # (after another figure, a cue before this one may be that figure's: "30 km, a demand
    # they rejected, before accepting 20 km")
    own_start = max(c_start, prev_end)
    if prev_end > 0:
        own_start += max(
            (m.end() for m in re.finditer(r"[,;]", sentence[own_start:m_start])), default=0
        )
    own = sentence[own_start : min(c_stop, next_start)]
    if prev_end > 0:
        proposed = PROPOSAL.search(sentence[own_start:m_start])
    cue = (
        REJECT.search(own)
        or DROPPED.search(sentence[m_start : min(c_stop, next_start)])
        # "the north dropped its demand for a 30 km zone"
        or re.search(
            DROPPED.pattern + r"\s+(?:\w+\s+){0,2}?(?:demand|proposal|plan|idea|offer|request|"
            r"call|draft)s?\b",
            sentence[own_start:m_start],
            _I,
        )
        # "no longer insists on a 20 km zone"
        or re.search(
            DROPPED.pattern + r"\s+(?:on\s+|for\s+)?(?:a|an|the|its|their)?\s*$",
            sentence[own_start:m_start],
            _I,
        )
    )
    if cue is None:
        cue = fate_of_all(sentence, m_start)
    status, proposal = "stated", None
    # "The Tribunal does not consider that a withdrawal of 25 kilometres by one Party alone is
    # required": a measure a court or a body finds not called for
    not_needed = re.search(
        r"\b(?:does|did|do)\s+not\s+(?:consider|find|believe|accept)\s+that\b[^.;]*$",
        sentence[:m_start],
        _I,
    ) and re.match(
        r"[^.;]{0,80}?\b(?:is|are|was|were|would\s+be)\s+(?:\w+\s+)?(?:required|necessary|"
        r"needed|justified|warranted|called\s+for)\b",
        sentence[m_end:],
        _I,
    )
    if instead or not_needed:
        status, proposal = "rejected", "rejected"
    elif tail and tail[0] != "superseded":
        status, proposal = "rejected", tail[0]
    elif cue or (proposed and REJECT.search(sentence[own_start:next_start])):
        label = fate(cue.group())[0] if cue else "rejected"
        status, proposal = "rejected", label
    elif (
        proposed
        or drafted
        or re.match(
            r"\s*-?\s*(?:[\w'-]+\s+)?(?:idea|proposal|plan|offer|demand|draft|suggestion|request)s?\b",
            sentence[m_end:],
            _I,
        )
    ) and SOFT_DROPPED.search(sentence[m_end : min(c_stop, next_start)]):
        # "That offer of a 6 km zone lapsed", "The 10 km zone proposal was withdrawn"
        status, proposal = "rejected", "dropped"
    elif re.match(
        r"\s*-?\s*(?:[\w'-]+\s+)?(?:idea|proposal|plan|offer|demand|draft|suggestion|request)s?\s+"
        r"(?:now\s+)?(?:withdrawn|retracted|taken\s+back|abandoned)\b",
        sentence[m_end:],
        _I,
    ):
        # a telex's "OUR 3 KM PROPOSAL WITHDRAWN 12 MAY"
        status, proposal = "rejected", "dropped"
    rejected = status == "rejected"
    clause_rest = sentence[m_end:c_stop]
    replaced = replaced_before(lead, sentence[c_start:m_start])
    if replaced and not rejected:
        status, proposal = "rejected", "superseded"
    elif not rejected:
        # "first agreed but later doubled to 4 km": past "but", before the next figure
        rest = re.split(r"\d", sentence[m_end : m_end + 80], maxsplit=1)[0]
        later = re.search(r"\blater\s+" + CHANGE[2:], rest, _I)
        if later or (
            (sup := SUPERSEDED.search(clause_rest[:80]))
            and not re.fullmatch(r"replac(?:es|ing)|supersed(?:es|ing)", sup.group(), _I)
        ):
            status, proposal = "rejected", "superseded"
        elif (
            (
                proposed
                or fragment
                or _UNDER_A_PLAN.search(sentence[:m_start])
                # "The second draft cut the figure to 25 km": a draft's changed figure
                or (
                    drafted
                    and changed
                    and not re.search(
                        r"\b(?:final|agreed|signed|adopted)\s+(?:\w+\s+)?(?:draft|version|text)\b",
                        sentence[:m_start],
                        _I,
                    )
                )
            )
            and not re.search(
                # "lowered their demand to 12 km, which the government accepted"
                r"^[^.;]{0,40}?\b(?:which|that)\s+(?:\w+\s+){0,3}?(?:accepted|agreed\s+to|signed|approved|"
                r"adopted)\b",
                sentence[m_end:],
                _I,
            )
        ):
            proposal = "proposed"
    qualifier = _clean(qual.group()).lower() if qual else None
    if qualifier:
        qualifier = re.sub(r"\s+(?:of|between|from)$", "", qualifier)
    return WidthReading(
        semantics, _clean(decided) if decided else None, qualifier or None, status, proposal
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


def replaced_before(lead: str, clause_before: str) -> bool:
    """Whether the words before a figure name it as the one a newer rule replaced.

    ``lead`` is the few words right before the figure, ``clause_before`` its
    clause up to the figure: "replaces the old limits of 300 yards", "Until then
    the no-go area had been a 6-kilometre radius", "the old 3 km limit".
    """
    return bool(
        re.search(
            r"\b(?:replaces|replacing|replaced|supersedes|superseding|superseded|in\s+place\s+of)\s+"
            r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:earlier|previous|old|former|original|existing)\s+"
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
    )


def conversion_end(norm: str, m: Measurement, nxt: Measurement | None) -> int | None:
    """End of a conversion of ``m`` into other units that follows it, if ``nxt`` is one.

    "15 to 25 kilometers [about 9 to 15 miles]", "32 km (20 miles)",
    "20 miles, or 32 km,".
    """
    if nxt is None:
        return None
    gap = norm[m.end : nxt.start]
    # "four kilometres (4 km)": the same figure again in digits
    if nxt.unit_code == m.unit_code and not (
        re.fullmatch(r"\s*[(\[]\s*", gap)
        and abs(nxt.low_km - m.low_km) < 1e-9
        and abs(nxt.high_km - m.high_km) < 1e-9
    ):
        return None
    opener = re.fullmatch(
        r"\s*(?:[(\[]|,?\s*or|,)\s*(?:about|approximately|approx\.|around|roughly|some|nearly|"
        r"almost|just\s+over|just\s+under|over|more\s+than|less\s+than|or|c\.|ca\.|~|=)?\s*",
        gap,
        _I,
    )
    if not opener:
        return None
    ratio = nxt.high_km / m.high_km if m.high_km else 0
    if not 0.8 < ratio < 1.25:
        return None
    close = re.match(r"\s*-?\s*(?:wide|deep|long)?\s*[)\]]|,", norm[nxt.end :], _I)
    if "(" in gap or "[" in gap:
        return nxt.end + close.end() if close else nxt.end
    return nxt.end


__all__ = [
    "FRAGMENT_LEAD",
    "FULL_AGAIN",
    "MOVE_NOUN",
    "ZONE_NOUN",
    "WidthReading",
    "conversion_end",
    "fate_of_all",
    "read_width",
    "replaced_before",
    "thing_around",
    "thing_of",
]
