"""One report read into claims: widths, deadlines and routes, each with its quote.

Pure: text in, records out. Offsets (``start``/``end``) are character
offsets into the report's text as decoded, so ``text[start:end] == quote``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from .asked import asked_left_bare
from .claim import Claim
from .cues import _AFTER_DEPTH, _AFTER_TOTAL, _BETWEEN_TWO_THINGS
from .deadlines import document_date, find_deadlines, what_for
from .fates import (
    as_is,
    bygone,
    fates_around,
    moved_on,
    neither_taken,
    opened_at,
    opening_bid,
    refused_named_back,
    settled_on,
    told_after,
)
from .learned import LEARNED, context_model, features
from .learned_fates import learned_fates
from .learned_semantics import learned_semantics
from .mentions import AGAIN_WORDS, join_mentions, same_figure
from .notwidths import plainly_something_else, where_a_thing_lies, within_an_area
from .numbers import (
    KM_PER,
    NUMBER,
    UNIT,
    UNIT_WORDS,
    Measurement,
    at_sea,
    measurements,
    numbers,
)
from .outcomes import SLIP
from .outward import reaches_out
from .passages import SPEAKER, paragraph_after, sentence_of
from .prevailing import as_the_report_measures
from .radii import ZONE_RUNS_FROM
from .references import reference_before, reference_of, reference_of_it, reference_of_side
from .routes import find_routes
from .status import (
    ANSWER,
    DROPPED,
    NAMED_PUT,
    OWN_FIGURE,
    PROPOSAL,
    REJECT,
    SIDE_OWN,
    WRONG_SIZE,
    denied,
    fate,
    following,
    in_sentence,
)
from .text import Text, normalise, sentences
from .widths import (
    _QUALIFIER,
    _UNDER_A_PLAN,
    CHANGE,
    CONVERSION_HEDGE,
    FRAGMENT_AFTER,
    FRAGMENT_LEAD,
    ZONE_NOUN,
    WidthReading,
    conversion_end,
    fate_of_all,
    point_of,
    read_width_step,
    replaced_before,
    thing_around,
    thing_of,
)
from .zonewords import _APART, ZONE_LIES_BETWEEN, named_by

QUOTE_MAX = 300
"""Longest quote (characters): longer sentences are cut to the clause around the claim."""


@dataclass(frozen=True)
class Document:
    """A report and the claims read from it."""

    source: str
    date: dt.date | None
    date_basis: str | None
    claims: tuple[Claim, ...]
    notes: tuple[str, ...] = ()
    text: str = field(default="", repr=False)

    def of_kind(self, kind: str) -> list[Claim]:
        """The claims of one kind ("width", "deadline", "route")."""
        return [c for c in self.claims if c.kind == kind]

    def to_json(self) -> dict[str, Any]:
        """The document as the JSON object of docs/claims.md's interface."""
        return {
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "date_basis": self.date_basis,
            "notes": list(self.notes),
            "claims": [c.to_json() for c in self.claims],
        }


# a sentence that opens by pointing back at a proposal: "That draft asked for ...", "This plan
# put ..."
_POINTS_BACK = re.compile(
    r"\W*(?:(?-i:[A-Z][\w.]*):\s*)?(?:that|this|the|their|its)\s+(?:(?:first|earlier|original|"
    r"\w+ian|\w+ish)\s+)?(?:draft|proposal|plan|offer|demand|version|paper|idea|request)\b",
    re.I,
)


def _refused_before(norm: str, s_a: int, sentence: str) -> str | None:
    """ "It is, and we rejected it. That draft asked for 12 km": a fate told in the sentence
    just before the one that names the proposal's figure, which points back at it."""
    if not _POINTS_BACK.match(sentence):
        return None
    start = max(norm.rfind(". ", 0, s_a - 2), norm.rfind("\n", 0, s_a - 2), 0)
    before = norm[start:s_a]
    if re.search(r"\d", before) or len(before) > 160:
        return None
    told = fate(before)
    if told is None or not re.search(
        r"\b(?:it|that|this|them|draft|proposal|plan|offer|demand|version|paper|idea)\b",
        before,
        re.I,
    ):
        return None
    return told[0]


# a width for each side that names no line: "1 km on either side", "two kilometres each side"
_NO_LINE_NAMED = re.compile(
    r"\W{0,3}(?:on\s+)?(?:either|each|both)\s+sides?\b(?!\s+of\b)"
    # "between 5 and 12 kilometres out"
    r"|\s*(?:out|outwards?)\b(?!\s*(?:of|from|to|into|in|on|at)\b)"
    # "from 5 to 12 km below the dam", "from 12 km to 20 miles downwind"
    r"|\s*(?:below|above)\s+the\b|\s*(?:downwind|downstream|downrange)\b"
    # "fifteen kilometres, all of it on our side": one side of the report's line
    r"|\s*(?:-?\s*deep\s+)?,?\s*(?:(?:all\s+of\s+it|all|entirely|wholly|only)\s+)?on\s+(?:our|their|its|"
    r"one|the\s+other)\s+side\b(?!\s+of\b)",
    re.I,
)


def _quote(text: Text, sent: tuple[int, int], lo: int, hi: int) -> tuple[str, int, int]:
    """The words of a sentence around ``[lo, hi)``, trimmed, in source offsets."""
    a, b = sent
    norm = text.norm
    if b - a > QUOTE_MAX:
        a2 = max(a, lo - QUOTE_MAX // 2)
        b2 = min(b, hi + QUOTE_MAX // 2)
        while a2 > a and not norm[a2 - 1].isspace():
            a2 -= 1
        while b2 < b and not norm[b2].isspace():
            b2 += 1
        a, b = a2, b2
    while a < b and norm[a] in " \n\"'-*•":
        a += 1
    while b > a and norm[b - 1] in " \n":
        b -= 1
    return text.quote(a, b)


# (a river's two ways too: "1.5 miles upstream and 1.5 miles downstream of the outfall")
# (and a shore's: "5 metres seaward and 5 metres landward of the high-water line")
_DIR = (
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?|ern)?|upstream|downstream|"
    r"seawards?|landwards?|port|starboard|ahead|astern)"
)
_OPPOSITE = {
    "north": "south",
    "south": "north",
    "east": "west",
    "west": "east",
    "upstream": "downstream",
    "downstream": "upstream",
    "seaward": "landward",
    "landward": "seaward",
    # "150 metres to port and 150 metres to starboard of the line": a channel's sides
    "port": "starboard",
    "starboard": "port",
    # "300 m ahead of and 300 m astern of the vessel"
    "ahead": "astern",
    "astern": "ahead",
}
_PAIR_GAP = re.compile(
    rf"\s*-?\s*(?:(?:deep|wide)\s+)?(?:(?:to|towards?|on)\s+(?:the\s+)?)?(?P<d1>{_DIR})"
    r"(?:\s+side)?(?:\s+of)?\s*,?\s+(?:and|or)\s+(?:also\s+|a\s+further\s+|another\s+)?"
    # "Kolmari troops will move 6 km north and Sabreli troops 6 km south of": the other side named
    r"(?:(?:[A-Za-z][\w'-]*\s+){1,3}?(?:(?:will|would|shall|must|should|to|are\s+to)\s+)?"
    r"(?:(?:move|pull|withdraw|fall|go|stay|keep|redeploy)\w*\s+(?:back\s+)?)?)?",
    re.I,
)
_PAIR_AFTER = re.compile(
    rf"\s*-?\s*(?:(?:deep|wide)\s+)?(?:(?:to|towards?|on)\s+(?:the\s+)?)?(?P<d2>{_DIR})"
    r"(?:\s+side)?\s+(?:of|from)\b",
    re.I,
)
# "4 km to the north of the M4 and 4 km to its south"
_PAIR_GAP_NAMED = re.compile(
    rf"\s*-?\s*(?:(?:deep|wide)\s+)?(?:(?:to|towards?|on)\s+the\s+)?(?P<d1>{_DIR})(?:\s+side)?\s+"
    r"(?:of|from)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?\s*,?\s+and\s+",
    re.I,
)
_PAIR_AFTER_NAMED = re.compile(
    rf"\s*-?\s*(?:(?:deep|wide)\s+)?(?:(?:to|towards?|on)\s+(?:the|its|their)\s+(?P<d2>{_DIR})\b"
    rf"(?:\s+side)?|(?P<d3>{_DIR})\s+of\s+(?:it|them)\b)",
    re.I,
)
# "2 km on our side and 2 km on theirs"
_PAIR_GAP_SIDES = re.compile(
    r"\s*(?:(?:on|to)\s+(?:our|their|its|one|the\s+[\w'-]+)\s+side"
    # "five kilometres on our side of the frontier and five kilometres on theirs"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)?"
    # "3 km into our territory and 3 km into theirs"
    r"|into\s+(?:our|their|its|one\s+party's)\s+(?:own\s+)?(?:territory|country|land|soil))"
    r"\s*,?\s+and\s+(?:another\s+)?",
    re.I,
)
_PAIR_AFTER_SIDES = re.compile(
    r"\s*(?:(?:on|to)\s+(?:theirs|ours|the\s+other(?:\s+side)?|(?:the|our|their)\s+[\w'-]*\s*side)"
    r"|into\s+(?:theirs|ours|the\s+other(?:'s|\s+party's)?(?:\s+territory)?|"
    r"(?:their|our)\s+(?:own\s+)?(?:territory|country|land|soil)))\b",
    re.I,
)
_DIR_HERE = re.compile(
    rf"\s*-?\s*(?:back\s+|away\s+)?(?:(?:to|towards?|on)\s+the\s+)?(?P<d>{_DIR})\b(?:\s+side)?",
    re.I,
)
_DIR_AFTER_THING = re.compile(
    rf"\s*(?:from|of)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?(?:to|towards?|on)\s+the\s+(?P<d>{_DIR})\b"
    r"(?:\s+side)?",
    re.I,
)
_VARIES = re.compile(
    r"\b(?:width|wide|breadth|depth|deep)\s+(?:of\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,2}?)?"
    r"(?:there\s+|here\s+|in\s+places\s+)?(?:that\s+|which\s+)?(?:varies|vary|varying|varied|ranges?|ranging|ranged)\s*:?\s+(?:from|between)\s+(?:_Q)?$"
    # "in practice it varied between half a mile and 4 miles"
    # ("The fenced zone, ranging from about 10 km in farming districts to as much as 30 miles")
    # ("the setback varies from 2 m at the fountain to 4 metres outside the Guildhall")
    r"|\b(?:it|the\s+(?:[\w-]+\s+)?(?:zone|strip|belt|buffer|corridor|set-?back|margin|clearance|"
    r"separation|distance))\s*,?\s+(?:\w+\s+)?"
    r"(?:varies|varied|ranges|ranged|ranging|varying)\s*:?\s+(?:from|between)\s+(?:_Q)?$"
    # "Run-off at Turn 1 varies from 30 m at the apex to 60 m at the exit", "the barrier line
    # varies from 3 feet on level ground to 10 feet": how far back from a thing, place by place
    r"|\b(?:run-?offs?|run-?backs?|offsets?|barriers?|barrier\s+lines?|fences?|ropes?|"
    r"stand-?offs?)\b[^.;]{0,30}?\s+(?:varies|varied)\s+(?:from|between)\s+(?:_Q)?$"
    # "a zone whose width would follow the terrain, from 2,000 yards in the gorge to 12 km"
    r"|\b(?:width|breadth)\s+(?:would|will|shall|should|is\s+to|to)\s+(?:follow|fit|suit|match|vary\s+with)"
    r"\s+(?:the\s+)?[\w'-]+\s*,?\s+(?:from|between)\s+(?:_Q)?$"
    # "the zone narrows from 2 km in the plain to 500 m in the gorge" (a place to a place; not
    # "was widened from 10 km to 20 km", a change)
    # ("the corridor widens gradually from 0.5 nm to 2 nautical miles across")
    r"|(?<!\bwas\s)(?<!\bis\s)(?<!\bbe\s)\b(?:narrows|widens|tapers|narrowing|widening|tapering)\s+"
    r"(?:\w+ly\s+)?from\s+(?:_Q)?$"
    r"|\b(?:varies|vary|varying|varied|ranges?|ranging|ranged)\s+in\s+"
    r"(?:width|breadth|depth)\s+(?:from|between)\s+(?:_Q)?$".replace(
        "_Q",
        r"(?:about|some|around|roughly|approximately|nearly|almost|just|over|under|barely|"
        r"only|as\s+little\s+as|little\s+more\s+than|less\s+than)\s+",
    ),
    re.I,
)
_VARIES_GAP = re.compile(
    # "from 350 metres in the Lissen gap, where the embankment forms the line, to 4.5 km"
    # ("... on the northern flank to barely 1 km", "... in some directions and as much as
    # about 20 km in others")
    r"[^.;\d]{0,120}?\b(?:to|and)\s+(?:(?:about|some|around|roughly|approximately|"
    r"nearly|almost|over|more\s+than|as\s+much\s+as|up\s+to|barely|only|just|under|"
    r"less\s+than|little\s+more\s+than)\s+){0,2}",
    re.I,
)
# a width that varies, its zone named further back in the clause: "The width of that
# controlled area therefore varies from about 2.8 km", "a visual setback from the Skeld shore
# which varies from 400 m at the north end to half a mile", "It reaches back from the border
# anything from 200 yards in the village streets to two miles in the forest", "the setback
# runs from 10 ft for the smallest tanks to 100 ft for the largest", "the outer limit lies as
# little as about 7 km from the Kaaba in some directions and as much as about 20 km in others"
_VARIES_LOOSE = re.compile(
    r"\b(?:it|width|breadth|depth|zones?|strips?|belts?|buffers?|corridors?|set-?backs?|"
    r"margins?|clearances?|separations?|distances?|areas?|limits?|bands?|rings?|perimeters?)\b"
    r"(?:(?![.;!?]\s)(?!\b(?:length|long|population|number|cost|price|fine)\b)[^\d.;!?])*?"
    r"(?:\b(?:varies|vary|varying|varied|ranges?|ranging|ranged)\s*:?\s+(?:from|between)"
    r"|\b(?:runs|ran|running)\s+from"
    r"|\banything\s+(?:from|between)|\bas\s+little\s+as)"
    r"\s+(?:(?:about|some|around|roughly|approximately|barely|only|just)\s+)?$",
    re.I,
)


# after a width that varies: what it is measured from ("..., measured outward from the zone
# boundary", "counted from the high-water line")
_MEASURED_FROM = re.compile(
    r"[^.;\d]{0,60}?\b(?:measured|counted|reckoned)\s+(?:\w+\s+)?from\s+(?:the|its|their|each|any|an?)\b",
    re.I,
)


_VARIES_BARE = re.compile(
    r"\b(?:varies|vary|varying|varied|ranges?|ranging|ranged)\s+(?:from|between)\s+$", re.I
)
_IN_WIDTH_AFTER = re.compile(r"\s+(?:in\s+width|in\s+breadth|wide|across)\b", re.I)


def _varies_lead(norm: str, m: Measurement) -> str | None:
    """The words before ``m`` that say a width varies from place to place.

    Read from the zone named further back in the clause (``_VARIES_LOOSE``) only for
    one figure, not a range ("a corridor that varies: between 5 and 7 km wide in the
    valley, narrowing to about 3 km": a range, then another width).
    """
    window = norm[max(0, m.start - 80) : m.start]
    near = _VARIES.search(window)
    if near:
        return near.group()
    # "is about 180 kilometres long and varies from 3.3 metres in width in parts of old
    # Nicosia to 7.4 kilometres": the width named right after the first figure
    if (bare := _VARIES_BARE.search(window)) and (width := _IN_WIDTH_AFTER.match(norm, m.end)):
        return bare.group() + width.group()
    if m.low_km != m.high_km:
        return None
    clause = norm[max(0, m.start - 160) : m.start]
    clause = re.split(r"[.;!?]\s|\n\s*\n", clause)[-1]
    far = _VARIES_LOOSE.search(clause)
    return far.group() if far else None


_ZONE_WORD = re.compile(r"\b(?:zones?|buffers?|strips?|corridors?|belts?|DMZ|areas?)\b", re.I)
_BAND_BEFORE = re.compile(
    # ("an outer zonefrom 600 metres out": the zone's noun run into "from")
    r"(?:\b|(?<=zone))(?:between|from|beyond)\s+(?:(?:about|some|around|roughly)\s+)?$",
    re.I,
)
_RING_BEFORE = re.compile(
    r"\b(?:ring|band|belt|annulus|doughnut)\s+(?:[\w'-]+\s+)?(?:between|from)\s+"
    r"(?:(?:about|some|around|roughly)\s+)?$"
    rf"|{ZONE_LIES_BETWEEN}",
    re.I,
)
_BAND_AFTER = re.compile(
    rf"\s*(?:away\s+)?(?:(?:to\s+the\s+)?{_DIR}\s+)?(?:from|of|off|behind|beyond)\s+"
    r"(?:the|this|that|its|their|each|an?|any)\b"
    # "the band from 12 to 24 nautical miles offshore", "between 30 and 50 km inland"
    r"|\s*(?:offshore|inland|seawards?|out\s+to\s+sea)\b"
    # "between 5 and 12 kilometres out"
    r"|\s*(?:out|outwards?)\b(?!\s*(?:of|from|to|into|in|on|at)\b)"
    # "from 5 to 12 km below the dam", "from 12 km to 20 miles downwind"
    r"|\s*(?:below|above)\s+the\b|\s*(?:downwind|downstream|downrange)\b"
    # "a surveillance belt from five to twenty kilometres around Harl": a ring about a point
    r"|\s*(?:a?round|surrounding)\s+(?:(?:the|this|that|its|each|an?|any)\b|(?-i:[A-Z]))"
    # "fifteen kilometres, all of it on our side": one side of the report's line
    r"|\s*(?:-?\s*deep\s+)?,?\s*(?:(?:all\s+of\s+it|all|entirely|wholly|only)\s+)?on\s+(?:our|their|its|"
    r"one|the\s+other)\s+side\b(?!\s+of\b)",
    re.I,
)


# "15 metres before each island stop and 15 metres beyond it", "20 m in front of the gate and
# 20 m behind it": one figure on either side of a thing along a way
_BEFORE_AND = re.compile(
    r"\s*(?:before|ahead\s+of|in\s+front\s+of|on\s+the\s+approach\s+to|short\s+of)\s+"
    r"(?:(?!\s(?:and|or)\s)[^.;!?\d]){1,60}?,?\s+(?:and|or)\s+(?:(?:within|for)\s+)?(?:a\s+further\s+)?",
    re.I,
)
_BEYOND_IT = re.compile(r"\s*(?:beyond|after|behind|past)\s+(?:it|them|its|the)\b", re.I)


def _dir(word: str) -> str:
    return next(d for d in _OPPOSITE if word.lower().startswith(d))


# a figure's conversion a few words on: "twenty li of the city - roughly eleven kilometres",
# "two leagues, or a little over five miles"
_GLOSS = re.compile(
    r"[^.;:()\d]{0,40}?(?:\(|\s[-\u2013\u2014]\s|,\s*(?:or|that\s+is|i\.\s?e\.)?)\s*"
    rf"{CONVERSION_HEDGE}?\s*",
    re.I,
)
# units whose length varied from place to place and time to time: the stored length, and the
# lengths a report's own conversion may give (km)
_VARYING_UNITS = {
    "li": (0.4, 0.625),
    "league_land": (3.5, 6.0),
    "verst": (1.0, 1.1),
    "vara": (0.00075, 0.00092),
    "rod": (0.0045, 0.0055),
    "chain": (0.019, 0.021),
    # a cable of a tenth of a nautical mile, or of 200 yards or 120 fathoms as some count it
    "cable": (0.15, 0.25),
    # a sea league of three nautical miles, or of four as some reports count it
    "league": (5.0, 7.5),
    # a kos of one and a half to two and a half miles, as it was reckoned in one place or another
    "kos": (2.4, 4.1),
}
# how long one of them is, said of the unit itself: "(each league reckoned at three sea
# miles)", "the league being taken as three miles", "three miles to the league"
_UNIT_WORD = {
    "li": r"li",
    "league_land": r"leagues?",
    "verst": r"versts?",
    "vara": r"varas?",
    "rod": r"rods?",
    "chain": r"chains?",
    "cable": r"cables?",
    "league": r"(?:sea|marine|nautical)[\s-]+leagues?",
    "kos": r"(?:kos|coss)(?:es)?",
}
_UNIT_SINGULAR = {code: word.removesuffix("s?") for code, word in _UNIT_WORD.items()}
_ONE_UNIT_BEFORE = {
    code: re.compile(
        rf"(?:\b(?:each|every|one|a|the|this|that|1)\s+{word}|(?:^|[.;:(]\s*|\bSTOP\s+)"
        # "DECREE USES OLD DRAVINIAN LEAGUE, FIXED BY LAW OF 1911 AT 4 KM"
        rf"{_UNIT_SINGULAR[code]}|\b(?:uses?|using)\s+(?:(?:the|an?)\s+)?(?:[\w'-]+\s+){{0,2}}?"
        rf"{_UNIT_SINGULAR[code]})\b(?:"
        # "the league being reckoned for this purpose at five kilometres", "The league of the
        # Treaty is the Spanish legua, taken here as 5.57 km", "VERST HERE RECKONED AT 1.07 KM"
        r"[^.;\d]{0,50}?\b(?:reckon(?:ed|'d)|counted|taken|fixed|put|valued|set|understood|"
        # (and the law that fixed it: "FIXED BY LAW OF 1911 AT 4 KM")
        r"computed)\s+(?:by\s+(?:the\s+)?law\s+of\s+\d{4}\s+)?"
        r"(?:(?:here|for\s+this\s+purpose|throughout)\s+)?(?:at|as)"
        # "the league of this Province being 4,000 metres", "each league of three sea miles"
        r"|(?:\s+of\s+(?:this|the|that)\s+[\w'-]+)?\s+(?:(?:being|is|was|here)\s+)?"
        # ("A verst was 1.0668 km")
        r"(?:of|equal\s+to|equals|=|being|is|was))\s+(?:about\s+|some\s+|roughly\s+)?$",
        re.I,
    )
    for code, word in _UNIT_WORD.items()
}
_UNIT_ASIDE = re.compile(
    r"\s*\(\s*(?:each|every|one|the|a|1)\s+(?:leagues?|li|versts?|varas?|rods?|chains?|cables?)\b"
    r"[^()]{0,60}\)",
    re.I,
)
_ONE_UNIT_AFTER = {
    code: re.compile(rf"\s+(?:to\s+the|(?:in\s+)?(?:a|each|every|one))\s+{word}\b", re.I)
    for code, word in _UNIT_WORD.items()
}


def _as_the_report_gives_them(norm: str, found: list[Measurement]) -> list[Measurement]:
    """The report's li and land leagues at the length its own conversion gives.

    A li ran from about 400 to 600 m before it was fixed at 500 m, and a league on land from
    about 3.9 km (the Spanish legua) to 4.8 km (the English league); a report that converts
    one ("within twenty li (11.5 km) of the city", "twenty li of the city - roughly eleven
    kilometres", "within five leagues (some 21 kilometres)") says which it means, and its
    other figures in that unit ("the 20-li limit", "the five-league interval") are of the
    same length. With no conversion, or conversions that disagree by more than a tenth, a
    li stays 500 m and a land league is not read.
    """
    out = list(found)
    for code, (shortest, longest) in _VARYING_UNITS.items():
        lengths, defined = [], []
        if any(m.unit_code == code for m in found):
            # a length given for the unit itself defines it and is no width
            for m in found:
                if m.unit_code == code or m.low_km != m.high_km or not m.high_km:
                    continue
                if (
                    _ONE_UNIT_BEFORE[code].search(norm[max(0, m.start - 100) : m.start])
                    or _ONE_UNIT_AFTER[code].match(norm[m.end : m.end + 30])
                ) and shortest <= m.high_km <= longest:
                    defined.append(m.high_km)
                    # ("(1 CABLE = 200 YARDS)": the one unit it defines is no width either)
                    out = [
                        x
                        for x in out
                        if x is not m
                        and not (
                            x.unit_code == code
                            and m.start - 40 <= x.start < m.start
                            and abs(x.high_km - KM_PER[code]) < 1e-9
                        )
                    ]
        for m, nxt in pairwise(found):
            if m.unit_code != code or nxt.unit_code == code or not m.high_km:
                continue
            length = nxt.high_km / m.high_km * KM_PER[code]
            if shortest <= length <= longest and (
                conversion_end(norm, m, nxt) is not None
                or _GLOSS.fullmatch(norm[m.end : nxt.start])
            ):
                lengths.append(length)
        # (a length the report gives the unit itself wins over its rough conversions: "the
        # league being reckoned for this purpose at five kilometres ... a full league, or
        # about three miles")
        lengths = defined or lengths
        if not lengths or max(lengths) > 1.1 * min(lengths):
            if code == "league_land":
                out = [m for m in out if m.unit_code != code]
            continue
        scale = sum(lengths) / len(lengths) / KM_PER[code]
        out = [
            replace(m, low_km=m.low_km * scale, high_km=m.high_km * scale)
            if m.unit_code == code
            else m
            for m in out
        ]
    return out


@dataclass(frozen=True)
class _Merged:
    """Two measurements read as one width: a directional pair, or a width that varies."""

    end: int
    low_km: float
    high_km: float
    value: str
    unit: str
    semantics: str | None
    words: str | None


# a width that follows the ground: "1.5 miles across along the marshes; in the foothills it
# reaches 6 km", "3 km wide in the gorge and widens to 9 km on the plain"
_GROUND_GAP = re.compile(
    r"(?:(?!\.\s)[^\d.!?]){0,120}?\b(?:widen\w*|narrow\w*|broaden\w*|reach\w*|grow\w*|swell\w*|"
    r"ris(?:es|ing)|expand\w*|increas\w*|shrink\w*|taper\w*|open\w*\s+out|is|measures?)"
    r"\s+(?:out\s+)?(?:to\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|as\s+much\s+as\s+|"
    r"up\s+to\s+|fully\s+|a\s+full\s+)?",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|at|along|on|near|across|through|around|over|below|above|among|beside)\s+the\b", re.I
)
_NOT_GROUND = re.compile(
    r"\b(?:later|then|now|since|will|would|shall|could|should|was|were|had|has|have|been|after|"
    r"before|until|year|month|week|day|each|either|both|side|sides|proposal|draft|offer|plan)\b"
    # "a strip of 30 m in total width, that is 15 m either side": the same width told again
    r"|\bthat\s+is\s*$|\bi\.\s?e\."
    # "a protection zone with a radius of 3 km around the farm and, beyond it, a surveillance
    # zone reaching 10 km": a second zone, not the first one widening
    r"|\bbeyond\b|\b(?:an?|the|another)\s+(?:[\w'-]+\s+)?(?:zone|buffer|strip|belt|corridor|ring|"
    r"cordon|area)\b"
    # "six nautical miles across in all, along the full length of the reef, which is about 38
    # kilometres": how long the thing is
    r"|\b(?:length|long)\b"
    # "some 250 metres across; the least depth in the channel at low water is 7.2 metres": how
    # deep or high a thing is, not the width again
    r"|\b(?:depths?|deep|heights?|high|draught|draft)\b",
    re.I,
)


# the words by which a speaker takes a figure back and says another at once: "within 1,000
# metres - sorry, feet, 1,000 feet - of", "about ten metres - sorry, I mean up to ten metres"
_SLIP_GAP = re.compile(
    r"\s*" + SLIP + r"\s*,?\s*"
    # the unit said again first: "sorry, feet, 1,000 feet"
    r"(?:[a-z]+\s*,\s*)?(?:(?:up\s+to|about|some|only|just)\s+)?",
    re.I,
)


_OR_MORE = re.compile(
    r"\s*,?\s*(?:or\s+(?:more|less|so|further|greater|over|above|under|below|thereabouts)|"
    r"and\s+(?:more|over|above|upwards)|plus|at\s+(?:the\s+)?(?:least|most|minimum|maximum))\b,?",
    re.I,
)


# a width told as it widens along the zone: "250 feet widening to 450 feet"
_WIDENING_TO = re.compile(
    r"\s*,?\s*\b(?:widening|narrowing|tapering|broadening)\s+(?:out\s+|gradually\s+)?to\s+"
    r"(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)


def _with_ground(norm: str, m: Measurement, nxt: Measurement, gap: str) -> _Merged | None:
    """A width that varies along the ground, stated as two figures at two places."""
    grow = _GROUND_GAP.fullmatch(gap)
    if grow is None or _NOT_GROUND.search(gap) or m.unit_code is None:
        return None
    after = norm[nxt.end : nxt.end + 40]
    before = norm[max(0, m.start - 60) : m.start]
    # "an inner width of 250 feet widening to 450 feet": the figure's own width, widening
    gerund = _WIDENING_TO.fullmatch(gap) and re.search(
        r"\b(?:width|breadth)\s+of\s+(?:about\s+|some\s+)?$", before, re.I
    )
    if not (
        gerund
        or _PLACE.search(gap)
        or (_PLACE.match(after.lstrip()) and _PLACE.search(before[before.rfind(",") + 1 :]))
    ):
        return None
    near = norm[max(0, m.start - 200) : nxt.end]
    if not re.search(
        r"\b(?:wide|across|broad|width|breadth|zone|buffer|strip|belt|corridor)\b", near, re.I
    ):
        return None
    if re.match(
        r"\s*(?:(?:on|to|from)\s+)?(?:each|either|both)\b|\s*-?\s*(?:wide|across|broad|deep|in\s+width)\b"
        # ("the HVDC line ... is some 610 km long": how long a thing is)
        r"|\s*-?\s*(?:long|in\s+length)\b",
        norm[nxt.end : nxt.end + 20],
        re.I,
    ):
        # each figure says what it measures on its own: two widths
        return None
    deep = re.match(r"\s*-?\s*(?:deep|in\s+depth)\b", norm[m.end :], re.I)
    words = re.sub(r"\s+", " ", grow.group().strip(" ,;"))
    return _Merged(
        nxt.end,
        min(m.low_km, nxt.low_km),
        max(m.high_km, nxt.high_km),
        f"{m.value} {m.unit} to {nxt.value}",
        nxt.unit,
        "depth" if deep else "total",
        f"varies with the ground: {words}",
    )


_ON_EACH_SIDE_AFTER = re.compile(r"\s+on\s+(?:each|either|both)\s+sides?\b", re.I)
_EACH_SIDE_TO = re.compile(
    r"\s+on\s+(?:each|either|both)\s+sides?\b[^.;\d]{0,60}?\b(?:up\s+)?to\s+"
    r"(?:about\s+|some\s+|as\s+much\s+as\s+)?",
    re.I,
)


def _merge(norm: str, m: Measurement, nxt: Measurement | None) -> _Merged | None:
    """ "6 km north and 6 km south of", "varies in width from 3.3 metres to 7.4 km"."""
    if nxt is None:
        return None
    gap = norm[m.end : nxt.start]
    pair = _PAIR_GAP.fullmatch(gap)
    if pair and (m.low_km, m.high_km) == (nxt.low_km, nxt.high_km):
        after = _PAIR_AFTER.match(norm, nxt.end)
        if after and _OPPOSITE[_dir(pair.group("d1"))] == _dir(after.group("d2")):
            words = re.sub(r"\s+", " ", norm[m.start : after.end()])
            return _Merged(after.end(), m.low_km, m.high_km, m.value, m.unit, "per_side", words)
    pair = _PAIR_GAP_SIDES.fullmatch(gap)
    if pair and (m.low_km, m.high_km) == (nxt.low_km, nxt.high_km):
        after = _PAIR_AFTER_SIDES.match(norm, nxt.end)
        if after:
            words = re.sub(r"\s+", " ", norm[m.start : after.end()])
            return _Merged(after.end(), m.low_km, m.high_km, m.value, m.unit, "per_side", words)
    # "a no-stopping zone of 15 metres before each island stop and 15 metres beyond it": the
    # same figure on the near and the far side of one thing
    if (m.low_km, m.high_km) == (nxt.low_km, nxt.high_km) and _BEFORE_AND.fullmatch(gap):
        after = _BEYOND_IT.match(norm, nxt.end)
        if after:
            words = re.sub(r"\s+", " ", norm[m.start : after.end()])
            return _Merged(after.end(), m.low_km, m.high_km, m.value, m.unit, "per_side", words)
    # "Syrian forces will remain 10 km away from the line, Israeli forces 10 km away on the
    # other side": the same figure on each side
    other = re.match(
        r"\s*(?:back\s+|away\s+)?(?:on|to|from)\s+the\s+other\s+side\b", norm[nxt.end :], re.I
    )
    if (
        other
        and (m.low_km, m.high_km) == (nxt.low_km, nxt.high_km)
        and re.fullmatch(r"(?:(?![.;!?]\s)[^\d]){1,80}", gap)
    ):
        words = re.sub(r"\s+", " ", norm[m.start : nxt.end + other.end()])
        return _Merged(
            nxt.end + other.end(), m.low_km, m.high_km, m.value, m.unit, "per_side", words
        )
    pair = _PAIR_GAP_NAMED.fullmatch(gap)
    if pair and (m.low_km, m.high_km) == (nxt.low_km, nxt.high_km):
        after = _PAIR_AFTER_NAMED.match(norm, nxt.end)
        d2 = after and (after.group("d2") or after.group("d3"))
        if after and _OPPOSITE[_dir(pair.group("d1"))] == _dir(d2):
            words = re.sub(r"\s+", " ", norm[m.start : after.end()])
            return _Merged(after.end(), m.low_km, m.high_km, m.value, m.unit, "per_side", words)
    # "Dunholt's forces will withdraw 3 km to the west of the ridge and Tolvany's 3 km to the
    # east", "Norvik's forces two miles to the east, Pellas's forces two miles to the west":
    # the same figure in opposite directions, each side named between them
    # ("extends 3 miles from the plant fence to the north and 3 miles to the south")
    d1 = _DIR_HERE.match(norm, m.end) or _DIR_AFTER_THING.match(norm, m.end)
    d2 = _DIR_HERE.match(norm, nxt.end)
    if (
        d1
        and d2
        and (m.low_km, m.high_km) == (nxt.low_km, nxt.high_km)
        and _OPPOSITE[_dir(d1.group("d"))] == _dir(d2.group("d"))
        and re.fullmatch(r"(?:(?![.;!?]\s)[^\d]){1,90}", gap)
        and re.search(r",|\b(?:and|while|whereas)\b", gap[d1.end() - m.end :])
    ):
        words = re.sub(r"\s+", " ", norm[m.start : d2.end()])
        return _Merged(d2.end(), m.low_km, m.high_km, m.value, m.unit, "per_side", words)
    # "goes from four hundred metres on each side in the wadi beds up to three kilometres on
    # each side": a width on each side that varies along the ground
    if (
        re.search(r"\bfrom\s+(?:about\s+|some\s+)?$", norm[max(0, m.start - 20) : m.start], re.I)
        and _EACH_SIDE_TO.fullmatch(gap)
        and (after := _ON_EACH_SIDE_AFTER.match(norm, nxt.end))
    ):
        return _Merged(
            after.end(),
            min(m.low_km, nxt.low_km),
            max(m.high_km, nxt.high_km),
            f"{m.value} {m.unit} to {nxt.value}",
            nxt.unit,
            "per_side",
            after.group().strip(),
        )
    said = _varies_lead(norm, m)
    # ("as little as 7 km ... and as much as 20 km": both ends told)
    if (
        said
        and _VARIES_GAP.fullmatch(gap)
        and not (
            re.search(r"as\s+little\s+as", said, re.I)
            and not re.search(r"\bas\s+(?:much|far)\s+as\b", gap, re.I)
        )
    ):
        lead = said.lower()
        return _Merged(
            nxt.end,
            min(m.low_km, nxt.low_km),
            max(m.high_km, nxt.high_km),
            f"{m.value} {m.unit} to {nxt.value}",
            nxt.unit,
            # ("The grazing belt, which varies from ...": the zone, not its width, varies)
            "depth"
            if "dep" in lead
            # ("a strip that varies from about 4 km deep near Marjayoun to some 30 km")
            or re.match(r"\s*-?\s*deep\b", norm[m.end :], re.I)
            or re.search(
                r"\b(?:run-?offs?|run-?backs?|offsets?|barriers?|fences?|ropes?|stand-?offs?)\b",
                lead,
            )
            # ("a setback from the Skeld shore which varies from", "reaches back from the
            # border anything from", "lies as little as 7 km from the Kaaba", "it runs from
            # 800 metres ... to 1.5 km along the ridge, measured outward from the zone
            # boundary"): measured out from one thing
            or re.search(r"\bfrom\s+(?:the|its|their|each|any|an?)\b|\bas\s+little\s+as\b", lead)
            or _MEASURED_FROM.match(norm, nxt.end)
            else "unspecified"
            if (
                re.search(r"ranging|which|varying", lead)
                and not re.search(r"width|wide|breadth", lead)
            )
            # ("the setback varies from 2 m ...": how far, from what the text does not say)
            or re.search(r"set-?back|margin|clearance|separation|distance", lead)
            else "total",
            re.sub(r"\s+", " ", said),
        )
    if ground := _with_ground(norm, m, nxt, gap):
        return ground
    # "not less than 500 yards and not more than 1 mile across": two bounds of one width
    low = re.search(
        r"\b(?:not|no)\s+less\s+than\s+$|\bat\s+least\s+$|\ba\s+minimum\s+of\s+$",
        norm[max(0, m.start - 20) : m.start],
        re.I,
    )
    high = re.fullmatch(
        r"\s*,?\s*(?:and|but)\s+(?:(?:not|no)\s+more\s+than|at\s+most|a\s+maximum\s+of)\s*",
        gap,
        re.I,
    )
    if low and high and nxt.high_km > m.low_km:
        after = re.match(
            r"\s*-?\s*(?:(?P<t>across|wide|in\s+width)|(?P<d>deep|in\s+depth))\b",
            norm[nxt.end :],
            re.I,
        )
        sem = None if after is None else ("total" if after.group("t") else "depth")
        return _Merged(
            nxt.end,
            m.low_km,
            nxt.high_km,
            f"{m.value} {m.unit} to {nxt.value}",
            nxt.unit,
            sem,
            after.group().strip() if after else None,
        )
    # "as narrow as 3.3 metres in Nicosia and as wide as 7.4 km": a width that varies
    # "it narrows to about 400 yards in the town, ... and widens to some 6 miles in the hills"
    narrow = re.search(
        r"\b(?:as\s+narrow\s+as|narrow(?:s|ed|ing)?\s+(?:down\s+)?to|shrinks?\s+to|"
        r"(?:at\s+)?its\s+narrowest\s*,?)\s+(?:about\s+|just\s+|some\s+|only\s+|barely\s+)?$",
        norm[max(0, m.start - 40) : m.start],
        re.I,
    )
    wide = re.fullmatch(
        r"[^.;]{0,160}?\b(?:as\s+(?:wide|broad)\s+as|(?:widen|broaden)(?:s|ed|ing)?\s+(?:out\s+)?to|"
        # "... and reaches 11 km in the hills", "rises to", "grows to"
        r"(?:and|but|while)\s+(?:it\s+)?(?:reach(?:es|ed)?|ris(?:es|ing)\s+to|grows?\s+to|swells?\s+to|"
        r"extends?\s+to)|"
        r"(?:at\s+)?its\s+widest\s*,?)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?",
        gap,
        re.I,
    )
    # ... or the other way round: "it widens to 8 miles on the plain but narrows to 300 yards"
    if not (narrow and wide):
        narrow = re.search(
            r"\b(?:widen|broaden)(?:s|ed|ing)?\s+(?:out\s+)?to\s+(?:about\s+|some\s+|nearly\s+|"
            r"almost\s+|up\s+to\s+)?$",
            norm[max(0, m.start - 40) : m.start],
            re.I,
        )
        wide = re.fullmatch(
            r"[^.;]{0,160}?\bnarrow(?:s|ed|ing)?\s+(?:down\s+)?to\s+(?:about\s+|just\s+|some\s+|"
            r"only\s+|barely\s+)?",
            gap,
            re.I,
        )
        if narrow and wide and nxt.low_km < m.high_km:
            return _Merged(
                nxt.end,
                nxt.low_km,
                m.high_km,
                f"{m.value} {m.unit} to {nxt.value}",
                nxt.unit,
                "total",
                "widens to ... narrows to",
            )
        narrow = wide = None
    if narrow and wide and nxt.high_km > m.low_km:
        return _Merged(
            nxt.end,
            m.low_km,
            nxt.high_km,
            f"{m.value} {m.unit} to {nxt.value}",
            nxt.unit,
            "total",
            "as narrow as ... as wide as"
            if "as" in narrow.group().split()
            else "narrows to ... widens to",
        )
    # a range written in two units: "200 m to 1 km wide", "between 500 m and 2 km from"
    between = re.search(
        r"\b(?:between|from)\s+(?:\w+\s+)?$", norm[max(0, m.start - 20) : m.start], re.I
    )
    changed = between and re.search(
        rf"{CHANGE}\w*\s+(?:\w+\s+){{0,2}}?$",
        norm[max(0, m.start - 60) : m.start - len(between.group())],
        re.I,
    )
    if changed and re.match(r"\w+ed\b|cut\b", changed.group(), re.I):
        # "the inner zone is widened from 1 km to 2 km from the fence": a change, not a band
        # (not "a restricted area extends from 2 km to 10 km off the coast")
        between = None
    # ... or in one unit written twice: "between 3 km and 15 km from the line"
    # ("the band from 3 km out to 10 km", "applies from 19 m out to 25 m": a band named, or
    # a reach out to the far end)
    named_band = between and (
        re.search(
            r"\b(?:bands?|rings?|belts?)\s+(?:(?:that\s+)?(?:runs?|reach(?:es)?|lies|running|"
            r"reaching|lying|stretching)\s+)?$",
            norm[max(0, m.start - 60) : m.start - len(between.group())],
            re.I,
        )
        or (
            between.group().lower().startswith("from")
            and re.fullmatch(rf"\s*out\s+to\s*{_ROUGHLY}", gap, re.I)
        )
    )
    same_unit_band = (
        m.unit_code == nxt.unit_code
        and between
        and (_BAND_AFTER.match(norm, nxt.end) or named_band)
        and re.fullmatch(rf"\s*(?:and|(?:out\s+)?to)\s*{_ROUGHLY}", gap, re.I)
    )
    # "Beyond 30 m and out to 100 m from the home": a band from the first to the second
    beyond = re.search(
        r"\bbeyond\s+$", norm[max(0, m.start - 12) : m.start], re.I
    ) and re.fullmatch(rf"\s*,?\s*(?:and\s+)?(?:out|up)\s+to\s*{_ROUGHLY}", gap, re.I)
    # ("between half a mile and 600 feet from the animal": "between" either way round)
    either_way = (
        between is not None
        and between.group().lower().startswith("between")
        and m.unit_code != nxt.unit_code
        and m.low_km > nxt.high_km
    )
    if (
        (m.unit_code != nxt.unit_code or same_unit_band or beyond)
        and (m.high_km < nxt.low_km or either_way)
        # ("from 300 metres out to half a nautical mile")
        and (
            beyond
            or re.fullmatch(rf"\s*(?:-|(?:out\s+)?to)\s*{_ROUGHLY}", gap, re.I)
            # ("between 1,000 ft and roughly 2 miles from the threshold")
            # ("BETWEEN 250 M AND 1.5 KM FROM THE PILLAR LINE": a telex in capitals)
            or (between and re.fullmatch(rf"\s*and\s*{_ROUGHLY}", gap, re.I))
        )
    ):
        return _Merged(
            nxt.end,
            min(m.low_km, nxt.low_km),
            max(m.high_km, nxt.high_km),
            f"{m.value} {m.unit}{gap}{nxt.value}",
            nxt.unit,
            None,
            None,
        )
    return None


# a figure's hedge, as the gap before the far end of a band may hold it
_ROUGHLY = r"(?:(?:about|roughly|around|some|approximately|nearly|almost)\s+)?"


_STAGE_NOUN = (
    r"(?:draft|proposal|version|plan|offer|figure|text|demand|idea|position|bid|request|formula)"
)
_EARLY = re.compile(
    rf"\b(?:first|initial|original|earlier|opening|previous|old|former)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"{_STAGE_NOUN}s?\b|\b(?:initially|originally|at\s+first|at\s+the\s+outset)\b"
    r"|\bfirst\s+(?:propos|offer|suggest|float|demand|ask|want|put|tabl|set|call)\w*"
    r"|\b(?:draft|proposal|offer|suggestion|demand)s?\b"
    r"|\b(?:first|initial|original|earlier|opening)\s*$"
    rf"|{CHANGE}\s+(?:\w+\s+){{0,2}}?from\s*$",
    re.I,
)
_MIDDLE = re.compile(
    r"\b(?:second|third|revised|new|next|later|subsequent|amended|counter|different|fresh)[- ]?"
    rf"(?:[\w'-]+\s+){{0,2}}?{_STAGE_NOUN}s?\b|\bcounter-?(?:offer|proposal)|\bcountered\b"
    # "In September we came back with a different formula: 12 km on each side"
    r"|\b(?:came|come|comes|coming)\s+back\s+with\b",
    re.I,
)
_FINAL = re.compile(
    r"\b(?:final|finally|eventually|in\s+the\s+end|ultimately|at\s+last|settled|agreed|"
    r"compromis\w*|met\s+in\s+the\s+middle|signed|instead|"
    # "The figure in the text, one and a half kilometres, sits between the two positions"
    r"(?:figure|number)\s+in\s+the\s+(?:final\s+|agreed\s+|signed\s+)?text)\b",
    re.I,
)
_CHANGED = re.compile(
    rf"{CHANGE}\s+(?:\w+\s+){{0,2}}?(?:from\s+[^.;]{{1,40}}?\s+)?to(?:\s+the)?\s*$", re.I
)
_ASKED_AFTER = re.compile(
    r"\s*,?\s*(?:was|were|had\s+been)\s+(?:first\s+|initially\s+)?(?:proposed|offered|"
    r"suggested|demanded|put\s+forward|tabled|floated)\b",
    re.I,
)
_NEGOTIATED = re.compile(
    r"\b(?:wanted|preferred|ask(?:ed|ing)\s+for|demanded|offered|proposed|suggested|sought|called\s+for|"
    r"pushed\s+for|insisted\s+on|floated|tabled|would\s+(?:only\s+)?(?:agree\s+to|accept)|"
    r"countered\s+with|came\s+back\s+with|"
    # "Brolland moved to a kilometre each side ... and we came down to two"
    r"(?:came|went|moved|climbed)\s+(?:down\s+|up\s+)?to)\b",
    re.I,
)
# "We asked for ten kilometres. They offered two. We settled on four.": a unit carried over
_CARRIED = re.compile(
    r"\b(?:offered|proposed|asked\s+for|wanted|demanded|suggested|countered\s+with|"
    r"came\s+back\s+with|settled\s+(?:on|at|for)|agreed\s+on|accepted|insisted\s+on|"
    r"compromised\s+on|met\s+in\s+the\s+middle\s+at|"
    # "Lendria answered with two", "the Scandinavian countries claimed four"
    r"(?:answered|replied|responded|opened|started|began)\s+with|claimed|floated|sought|"
    r"put\s+forward|pressed\s+for|held\s+out\s+for|"
    # "Pilots' unions called for 8 km", "the ministry is considering 8 km", "Hunters want 150"
    r"call(?:s|ed)?\s+for|push(?:es|ed)?\s+for|argued\s+for|want(?:s|ed)?|tabled|backed|"
    r"recommend(?:s|ed)?|urg(?:es|ed)|favou?r(?:s|ed)?|prefer(?:s|red)?|"
    r"(?:is|are|was|were)\s+considering|considered|allow(?:s|ed)?|permit(?:s|ted)?|"
    # "In March we came down to twenty": a figure lowered or raised in a negotiation
    r"(?:came|come|went|gone)\s+(?:down|up)\s+to|"
    # "Our second proposal was twelve", "we met them at three"
    r"(?:proposal|offer|counter-?offer|demand|answer|position|bid)\s+(?:was|is)|"
    r"met\s+(?:them\s+|us\s+)?at)\s+(?:just\s+|only\s+|on\s+|"
    # "Chile had pressed for the full twelve miles"
    r"(?:the|a)\s+(?:full|whole)\s+)?$",
    re.I,
)


def _asked(lead: str) -> str | None:
    """Who asked for a figure in negotiation: "own" ("we asked for"), "other" or None."""
    verbs = list(_NEGOTIATED.finditer(lead[-60:]))
    if not verbs:
        return None
    verb = verbs[-1]
    return "own" if re.search(r"\b(?:we|our|I)\b", lead[-60:][: verb.start()], re.I) else "other"


def _stage(lead: str) -> float | None:
    """Where a figure stands in a narrative of versions.

    0 first ("our initial proposal was"), 1 a later version ("the second
    draft said"), 1.5 a change ("was later cut to"), 2 final ("the final
    text says", "settled on"). None when the words say nothing of it.
    """
    if _FINAL.search(lead):
        return 2
    if _CHANGED.search(lead):
        return 1.5
    if _MIDDLE.search(lead):
        return 1
    if _EARLY.search(lead):
        return 0
    return None


_REPEAT_AFTER = re.compile(
    r"\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:(?:our|their|his|her|its|the|my)\s+)?"
    r"(?:[\w'-]+\s+)?(?:position|offer|proposal|figure|demand|bid|request|plan|idea|number|"
    r"suggestion|draft|starting\s+point)\b",
    re.I,
)


def _carried(norm: str, found: list[Measurement]) -> list[Measurement]:
    """Bare numbers that take the unit of a width just before them.

    "We asked for ten kilometres. They offered two. We settled on four." and
    "a ten-kilometre zone, five on each side of the line".
    """
    out = []
    for n in numbers(norm):
        if any(m.start <= n.start < m.end for m in found):
            continue
        side = re.match(
            r"\s+(?:on\s+|to\s+)?(?:each|either|both)\s+sides?\b|\s+(?:per|a)\s+side\b"
            # "Ten miles each, twenty in all": the whole, after its half
            r"|\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b",
            norm[n.end :],
        )
        if side is not None:
            prior = [m for m in found if n.start - 60 < m.end <= n.start]
            gap = norm[prior[-1].end : n.start] if prior else ""
            if not prior or not re.fullmatch(
                r"[^.;\d]*?,\s*(?:or\s+|i\.e\.\s+|that\s+is\s+)?", gap
            ):
                continue
        elif _REPEAT_AFTER.match(norm, n.end) and re.search(
            r"(?:^|[.!?:]\s+|\n\s*)[\"']?$", norm[max(0, n.start - 20) : n.start]
        ):
            # "Thirty was our opening position": a figure named again, by its number alone
            same = [
                m
                for m in found
                if n.start - 800 < m.end <= n.start
                and abs(m.low_km - m.high_km) < 1e-9
                and any(abs(x.value - n.value) < 1e-9 for x in numbers(norm[m.start : m.end]))
            ]
            if same:
                p = same[-1]
                km = round(n.value * KM_PER[p.unit_code], 6)
                out.append(Measurement(n.start, n.end, km, km, n.text, p.unit, p.unit_code))
            continue
        elif not _CARRIED.search(norm[max(0, n.start - 40) : n.start]) or not re.match(
            r"\s*(?:[.;!?,\"']|$|\s*(?:instead|in\s+the\s+end|eventually)\b)", norm[n.end :]
        ):
            continue
        prior = [m for m in found if n.start - 400 < m.end <= n.start]
        if not prior or "\n\n" in norm[prior[-1].end : n.start].replace(" ", ""):
            continue
        p = prior[-1]
        km = round(n.value * KM_PER[p.unit_code], 6)
        out.append(Measurement(n.start, n.end, km, km, n.text, p.unit, p.unit_code))
    return out


# "will shrink the distance within which householders can block a turbine, from two kilometres
# to one kilometre", "raised the distance visitors must keep from gorillas from seven metres
# to 10 metres": a change whose verb and noun come further back in the clause
_CHANGED_NOUN = re.compile(
    rf"{CHANGE}\s+(?:the|its|their|a)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>distance|radius|limit|"
    rf"width|depth|zone|buffer|setback|cordon|strip|belt|area|minimum|maximum|figure|rule|ban)\b"
    rf"[^.;:\d]{{0,100}}?\bfrom\s+$",
    re.I,
)
# what a changed noun says its figure measures (a zone's own figure says nothing of it)
_CHANGED_MEASURES = {
    "distance": "depth",
    "radius": "depth",
    "setback": "depth",
    "cordon": "depth",
    "depth": "depth",
    "width": "total",
}


def _change_reading(
    norm: str, m: Measurement, changes: list[tuple[Measurement, Measurement]]
) -> WidthReading | None:
    """A figure of a change of a zone's figure that no rule reads: "cut the exclusion zone
    around the plant, set up after the leak, from two kilometres to one kilometre" (the old
    figure ``superseded``, the new one stated)."""
    for old, new in changes:
        if m.start not in (old.start, new.start):
            continue
        said = _CHANGED_NOUN.search(norm[max(0, old.start - 160) : old.start])
        if said is None:
            return None
        semantics = _CHANGED_MEASURES.get(said.group("noun").lower(), "unspecified")
        if re.search(r"\b(?:a?round|about)\s+(?:the|a|an|its|each)\b", said.group(), re.I):
            # "the exclusion zone around the plant": a reach out from a thing
            semantics = "depth"
        words = plain(said.group()).strip()
        if m.start == old.start:
            return WidthReading(semantics, words, None, "rejected", "superseded")
        return WidthReading(semantics, words, None, "stated")
    return None


def _split_change(norm: str, m: Measurement) -> list[Measurement]:
    """ "widened from 10 km to 20 km": the old and the new figure, not a range."""
    verb = re.search(
        # ("extended from the present 90 m to 240 m")
        rf"{CHANGE}\s+(?:\w+\s+){{0,2}}?from\s+(?:the\s+(?:present|current|existing|old)\s+)?$",
        norm[max(0, m.start - 60) : m.start],
        re.I,
    ) or _CHANGED_NOUN.search(norm[max(0, m.start - 160) : m.start])
    if m.low_km == m.high_km or not verb:
        return [m]
    # "the corridor widens gradually from 0.5 nm to 2 nautical miles across": from place to
    # place, not a change
    if _VARIES.search(norm[max(0, m.start - 80) : m.start]):
        return [m]
    # "a restricted area extends from 2 to 10 nautical miles off the coast": a band, not a change
    if not re.match(r"\w+ed\b|cut\b", verb.group(), re.I) and _BAND_AFTER.match(norm, m.end):
        return [m]
    to = re.search(r"\s+to\s+", norm[m.start : m.end])
    if to is None:
        return [m]
    first = NUMBER.match(norm, m.start)
    second = NUMBER.match(norm, m.start + to.end())
    if first is None or second is None:
        return [m]
    a_end = m.start + to.start()
    v1, v2 = first.group().strip(), second.group().strip()
    lo, hi = (m.low_km, m.high_km)
    n1, n2 = numbers(v1), numbers(v2)
    if not n1 or not n2:
        return [m]
    k1, k2 = (lo, hi) if n1[0].value <= n2[0].value else (hi, lo)
    return [
        Measurement(m.start, a_end, k1, k1, v1, m.unit, m.unit_code),
        Measurement(m.start + to.end(), m.end, k2, k2, v2, m.unit, m.unit_code),
    ]


def _numbered_before(norm: str, m: Measurement) -> list[Measurement]:
    """ "widen the strip in Sector 4 to 5 km": a numbered place, then the figure, not a range."""
    if m.low_km == m.high_km or m.unit_code not in KM_PER:
        return [m]
    # (a designator in capitals: "in areas 3 to 5 km from the border" is a range)
    if not re.search(
        r"\b(?:Sector|Zone|Post|Area|Section|Phase|Stage|Article|Paragraph|SECTOR|ZONE)\s+$",
        norm[max(0, m.start - 20) : m.start],
    ):
        return [m]
    to = re.search(r"\s+to\s+", norm[m.start : m.end])
    second = NUMBER.match(norm, m.start + to.end()) if to else None
    found = numbers(second.group().strip()) if second else []
    if not found:
        return [m]
    km = found[0].value * KM_PER[m.unit_code]
    value = second.group().strip()
    return [Measurement(m.start + to.end(), m.end, km, km, value, m.unit, m.unit_code)]


def _pair_end(found: list[Measurement], m: Measurement) -> int:
    """End of the measurement after ``m`` (the second figure of a pair)."""
    i = found.index(m)
    return found[i + 1].end if i + 1 < len(found) else m.end


def _pairs_with(found: list[Measurement], m: Measurement) -> list[tuple[Measurement, Measurement]]:
    """``m`` with the measurement after it, then the one before it with ``m``, in text order."""
    i = next((k for k, x in enumerate(found) if x is m), None)
    if i is None:
        return []
    return [(found[a], found[b]) for a, b in ((i, i + 1), (i - 1, i)) if a >= 0 and b < len(found)]


def _uneven_pair(norm: str, found: list[Measurement], m: Measurement) -> str | None:
    """The words of an uneven directional pair ``m`` is part of, or None.

    "3 km to the north and 1.5 km to the south of the Line": each figure is
    one side's width from the same line (``per_side``), not one zone.
    """
    for first, second in _pairs_with(found, m):
        if (first.low_km, first.high_km) == (second.low_km, second.high_km):
            continue
        pair = _PAIR_GAP.fullmatch(norm[first.end : second.start])
        after = _PAIR_AFTER.match(norm, second.end)
        if pair and after and _OPPOSITE[_dir(pair.group("d1"))] == _dir(after.group("d2")):
            return re.sub(r"\s+", " ", norm[first.start : after.end()])
    return None


_UP = r"(?:above|upstream|upriver|uphill|upslope)"
_DOWN = r"(?:below|downstream|downriver|downhill|downslope)"
_UP_DOWN_GAP = re.compile(rf"\s*(?:(?P<u>{_UP})|{_DOWN})\s*,?\s+(?:and|or)\s+", re.I)


def _up_and_down(norm: str, found: list[Measurement], m: Measurement) -> str | None:
    """The words of a reach up and down from one thing ``m`` is part of, or None.

    "within 50 yards above and 100 yards below the weir", "within 50 yards above or
    100 yards below any dam": two reaches from the weir, each a depth.
    """
    for first, second in _pairs_with(found, m):
        gap = _UP_DOWN_GAP.fullmatch(norm[first.end : second.start])
        if gap is None:
            continue
        other = _DOWN if gap.group("u") else _UP
        after = re.compile(
            rf"\s*{other}\s+(?:(?:of|from)\s+)?(?:the|its|each|every|any)\b", re.I
        ).match(norm, second.end)
        if after:
            return re.sub(r"\s+", " ", norm[first.start : after.end()])
    return None


# in a transcript, a later question on whether a proposal was taken, and a "no" for answer:
# "Did they accept it in the end?" / "They did not."
_TAKEN_QUESTION = re.compile(
    r"\b(?:did|do|does|has|have|had|will|would|could)\s+(?:\w+\s+){1,3}?(?:accept|agree\s+to|"
    r"take\s+up|approve|sign(?:\s+up\s+to)?|buy|like)\s+(?:it|that|this|them|the\s+(?:\w+\s+)?"
    r"(?:proposal|offer|idea|plan|figure|text|draft|paper))\b[^?\n]{0,60}\?",
    re.I,
)
_NO_REPLY = re.compile(
    r"\W*(?:no\b|not\s+at\s+all\b|never\b|(?:they|he|she|we|it|the\s+\w+)\s+(?:did|do|does|would|"
    r"will|has|have|had|could)\s*(?:not\b|n't\b|never\b))",
    re.I,
)


def _answered_no(norm: str, s_b: int, found: list[Measurement]) -> bool:
    """A proposal in a transcript asked about later ("Did they accept it?") and answered no,
    within the next few paragraphs and before any other figure."""
    nxt = min((x.start for x in found if x.start >= s_b), default=len(norm))
    window = norm[s_b : min(nxt, s_b + 800)]
    paras = [p for p in re.split(r"\n\s*\n", window) if p.strip()]
    for i, para in enumerate(paras[:5]):
        if _TAKEN_QUESTION.search(para) and i + 1 < len(paras):
            reply = paras[i + 1]
            label = SPEAKER.match(reply)
            return bool(_NO_REPLY.match(reply[label.end() :] if label else reply))
    return False


# the sentence after a zone's figure says the zone is shared out between the sides
_SHARED_NEXT = re.compile(
    r"\s*(?:It|This|That|The\s+(?:[\w'-]+\s+)?(?:zone|belt|strip|buffer|area))\s+"
    r"(?:is|will\s+be|shall\s+be|is\s+to\s+be|would\s+be|was)\s+(?:to\s+be\s+)?"
    r"(?:divided|split|shared)\s+(?:equally|evenly|in\s+half|in\s+two|half\s+and\s+half)",
    re.I,
)


# "a 20-kilometer zone", "the 5 km strip": a figure that only names a zone says nothing of what
# it measures, whatever the words around it (see docs/claims.md). Narrower than
# mentions._NAMES_ZONE, which also takes lines, sections and moves to carry an earlier
# mention's meaning; here those words are left to the model.
# ("a zone of 10 km", "the buffer is 600 m", "BUFFER ZONE 4 KM" before the figure)
_FIGURE_NOUN, _NOUN_FIGURE = named_by(ZONE_NOUN)
# "the 500-metre request", "the five-kilometre figure": a figure naming what was put forward
_FIGURE_PUT, _ = named_by(
    r"(?:requests?|figures?|demands?|offers?|proposals?|ideas?|options?|suggestions?)", 0
)


# "the zone stood at 3 km", "Since 2022 it is 300 m": a zone's figure, told with no word of
# what it measures
_ZONE_IS = re.compile(
    rf"(?:\b{ZONE_NOUN}\s+(?:stood|stands|remained|remains|was\s+set|is\s+set)\s+at|"
    r"(?:^|[,;]\s*|\b(?:since|until|from)\s+\d{4},?\s+)it\s+(?:is|was)(?:\s+now)?)\s+$",
    re.I,
)


def _names_a_zone(norm: str, sentence: tuple[int, int], m: Measurement) -> bool:
    """Whether the figure only names a zone, or a proposal: a figure and its noun, side by
    side ("the 20-kilometre zone", "a zone of 10 km", "the 500-metre request")."""
    lead = norm[max(sentence[0], m.start - 60) : m.start]
    return bool(
        _FIGURE_NOUN.match(norm, m.end)
        or _NOUN_FIGURE.search(lead)
        or _FIGURE_PUT.match(norm, m.end)
    )


# "Neither the 20 km nor the 15 km proposal survived", "the 3 km or the 5 km buffer": a
# figure listed before one that names its zone or proposal shares that noun
_LISTED_BEFORE = re.compile(
    rf"\s*(?:,\s*|\s(?:nor|or|and)\s+)(?:the\s+)?{NUMBER.pattern}{UNIT.pattern}\s*-?\s*"
    rf"(?:{ZONE_NOUN}|proposals?|plans?|offers?|demands?|drafts?|ideas?|options?)\b",
    re.I,
)


# after a figure: how far out from a thing it reaches ("from the shore"; "inland" and
# "offshore" are the rules' own depth cues, cues._AFTER_DEPTH)
_OUT_FROM = re.compile(
    # (not "from the border to the capital", a stretch between two places)
    r"\s*(?:\(\w[^)]{0,30}\)\s*)?(?:(?:out|downslope|upslope|downhill|uphill)\s+)?(?:from|off)\s+(?:the|its|their|a|an|any|each)\b"
    r"(?!\s+\w+\s+of\b)(?![^.;,]{0,40}\bto\b)",
    re.I,
)


# where a shell, a bomb or a blow fell
_LANDED = re.compile(r"\b(?:landed|exploded|impacted)\s+(?:[\w'-]+\s+){0,4}$", re.I)


# the rules' verdicts the context model overrules at its own threshold: nothing tied the figure
# to a zone, or it seemed to say where a thing stands ("no kiosk could stand within 50 feet of
# a school gate"); a figure a step said is something else ("the missile has a 300 km radius")
# needs the model surer, at least _VETOED
_UNTIED = (None, "not_anchored", "where_a_thing_is_located", "where_a_thing_sits_within")
_VETOED = 0.85
# the context model's probability that overrules where_a_thing_lies, in a sentence that names a
# zone or sets a rule (_ZONE_OR_RULE)
_PLAINLY = 0.97
_ZONE_OR_RULE = re.compile(
    rf"\b(?:{ZONE_NOUN}|radius|radii|rings?|circles?|limits?|rules?|shall|must|should|required?|"
    # a notice's order: "ALL HIVES STANDING WITHIN THREE (3) KM OF ANY SPRAYED FIELD TO BE CLOSED"
    r"to\s+be\s+\w+ed)\b",
    re.I,
)
# the second figure of a pair the rules read at its first ("ours two kilometres from our
# shore"): the model is not asked
_PAIRED = ("the_second_of_a_pair", "what_the_words_around_say")


def _zone_near(
    norm: str, claims: list[Claim], text_pos: dict[int, int], s_a: int, start: int
) -> bool:
    """Whether a width was read in the same paragraph, in the figure's sentence or the one
    before it (``text_pos``: where each claim's figure starts in ``norm``)."""
    paragraph = norm.rfind("\n\n", 0, s_a)
    return any(
        c.kind == "width"
        and paragraph < text_pos.get(id(c), -1) < start
        and _sentences_apart(norm, text_pos[id(c)], start) <= 1
        for c in claims
    )


# a figure that opens its sentence or quote as what the clause speaks of: "Two kilometres is
# half the neighbourhood", "\"Five miles is what the experts tell us is safe\"", "But a mile
# would take in the hospital"
_SUBJECT_LEAD = re.compile(
    # ("Critics say twelve kilometres is nothing": the clause said, after who says it)
    r"(?:^|[\"'\u201c(]|\n|\b(?:say|says|said|argue|argues|argued|claim|claims|claimed|note|"
    r"notes|noted|think|thinks|thought|insist|insists|insisted)\s+(?:that\s+)?)"
    r"\s*(?:(?:but|and|so|well|no|yes|now)\W+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:full|whole|extra)\s+)?$",
    re.I,
)
_SUBJECT_VERB = re.compile(
    r"\s+(?:is|was|would|will|could|might|means|meant|takes|took|makes|made)\b", re.I
)


def _said_again(
    norm: str, s_a: int, m: Measurement, found: list[Measurement], vetoed: bool
) -> str | None:
    """Whether a figure names again a distance the report gives elsewhere, so that it is a
    width however little else the words around it say.

    A bare figure that opens its clause as what it speaks of ("Two kilometres
    is half the neighbourhood"), or, unless a rule said what else it is
    (``vetoed``), a figure joined to a noun after "the" ("The court later
    relaxed the 500-metre rule", "Pilots who enter the 30-nautical-mile ring").
    Returns "subject" or "named" for the two, None for neither.
    """
    if not any(
        o is not m and math.isclose(o.low_km, m.low_km) and math.isclose(o.high_km, m.high_km)
        for o in found
    ):
        return None
    if _SUBJECT_LEAD.search(norm[s_a : m.start]) and _SUBJECT_VERB.match(norm, m.end):
        return "subject"
    if (
        not vetoed
        and "-" in norm[m.start : m.end]
        and _NAMED_BACK_LEAD.search(norm[max(s_a, m.start - 20) : m.start])
        and re.match(r"\s*(?:[a-z][\w'-]*\s+)?[a-z][\w'-]+", norm[m.end : m.end + 40])
    ):
        return "named"
    return None


# "the 500-metre rule", "its 10-km circle", "the same 150-mile radius"
_NAMED_BACK_LEAD = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:(?:same|old|new|uniform|full|whole|current|existing|"
    r"present|federal|original)\s+)?$",
    re.I,
)


_NO_LONGER = re.compile(
    r"^[^.;,]{0,80}?\b(?:no\s+longer\s+(?:applies|apply|stands|holds|in\s+force)|ceased\s+to\s+apply)\b",
    re.I,
)


def _learned_width(
    norm: str,
    sentence: tuple[int, int],
    m: Measurement,
    zone_near: bool = False,
    vetoed: bool = False,
    said_again: str | None = None,
) -> WidthReading | None:
    """A width the rules passed over, when the context model is sure of it.

    ``zone_near``: a zone was read in the same paragraph, in this sentence or
    the one before; an offer named by its bare figure there is a version of it.
    ``vetoed``: a rule said what else the figure is; the model must be surer
    (``_VETOED``) to overrule it. ``said_again``: the figure names again a
    distance the report gives elsewhere (:func:`_said_again`); one that opens
    its clause ("subject"), or that the model alone would not take, reads as
    that earlier mention. A cue next to the figure that says it is something else
    (:func:`.notwidths.plainly_something_else`) stops it; one that says where a thing
    lies (:func:`.notwidths.where_a_thing_lies`) stops it unless the model gives it a
    probability of a width of at least ``_PLAINLY`` and the sentence names a zone or sets
    a rule (``_ZONE_OR_RULE``), or the figure tells the reach of an area, whatever lies
    in it (:func:`.notwidths.within_an_area`), which the model then reads at its usual bar.
    """
    s_a, s_b = sentence
    model = context_model()
    feats = features(norm, sentence, m.start, m.end)
    sent, a, b = norm[s_a:s_b], m.start - s_a, m.end - s_a
    # a cue next to the figure says it is something else; where a thing lies, the model
    # overrules it when all but certain and the sentence names a zone or sets a rule ("Daini
    # lies 12 km south of Daiichi, so most of the land inside the 8-km radius": "lies" tells
    # of another figure; not "Our farm is land lying within 2 km of the river")
    p_width = model.width_probability(feats)
    if plainly_something_else(sent, a, b) or (
        where_a_thing_lies(sent, a, b)
        and not (p_width >= _PLAINLY and _ZONE_OR_RULE.search(sent))
        # "the settlements lying within five kilometres of the training ground": whatever lies
        # within the figure, an area's reach, which the model reads as it reads any figure
        and not within_an_area(sent, a)
    ):
        return None
    if _LANDED.search(norm[max(s_a, m.start - 60) : m.start]) and not _ZONE_WORD.search(
        norm[s_a:s_b]
    ):
        # "The shell landed no closer than 5 km to the town": where a blow fell
        return None
    # "The owners' proposal of 500 metres is refused", after a zone: a version of the zone
    # ("Their answer, in December, was fifteen kilometres": the other side's version)
    offered = (
        zone_near
        and (
            _OFFER_OF.search(norm[max(s_a, m.start - 40) : m.start])
            or ANSWER.search(norm[max(s_a, m.start - 60) : m.start])
            # "..., and we came down to 300": a figure the talks moved to, after the zone's
            or _CARRIED.search(norm[max(s_a, m.start - 40) : m.start])
            # "Five kilometres was floated at a defence council": put forward, said after it
            or _ASKED_AFTER.match(norm, m.end, s_b)
        )
    )
    listed = (
        _LISTED_BEFORE.match(norm, m.end, s_b)
        # "between the 0.6-mile line and the 1.9-mile line": a band's lines (_between_two_lines)
        or _a_line_between(norm, s_a, s_b, m)
        or (
            # "every pig within a one-kilometre radius ... is culled. From one to seven kilometres
            # out, farms are placed under surveillance": a band out from the zone's thing
            zone_near
            and m.low_km != m.high_km
            and re.search(
                r"(?:^|\W)(?:from|between)\s+$", norm[max(s_a, m.start - 12) : m.start], re.I
            )
            and re.match(r"\s*(?:out|outwards?|away)\b", norm[m.end : s_b], re.I)
        )
    )
    threshold = max(model.detect_threshold, _VETOED) if vetoed else model.detect_threshold
    unsure = p_width < threshold
    if not (listed or offered or said_again) and unsure:
        return None
    # a figure named again alone, or one only its earlier mention makes a width, reads as that
    # mention (_again_as_before)
    as_before = said_again == "subject" or bool(said_again and unsure)
    semantics, p = model.semantics(feats)
    if _names_a_zone(norm, sentence, m) or (
        # "Until 2019 the zone stood at 3 km. It is 5 km now.": the zone's figure, named again
        zone_near and _ZONE_IS.search(norm[max(s_a, m.start - 40) : m.start])
    ):
        semantics = "unspecified"
    qual = _QUALIFIER.search(norm[max(s_a, m.start - 40) : m.start])
    lead = norm[max(s_a, m.start - 60) : m.start]
    if lead_qual := _QUALIFIER.search(lead):
        # ("replaces the old limits of up to 300 yards": the words before the qualifier)
        lead = lead[: lead_qual.start()]
    # "replaces the old limits of 300 yards": the rule a newer one replaced
    label = "superseded" if replaced_before(lead, norm[s_a : m.start]) else None
    if label is None and offered and (told := fate(norm[m.end : s_b][:120], retracted=True)):
        # "The owners' proposal of 500 metres is refused"
        label = told[0]
    side_own = SIDE_OWN.search(norm[max(s_a, m.start - 40) : m.start])
    put = PROPOSAL.search(norm[s_a : m.start]) or ANSWER.search(norm[s_a : m.start]) or side_own
    if label is None and (told := in_sentence(norm[s_a:s_b], m.end - s_a, bool(put))):
        # "Their answer, in December, was fifteen kilometres, ..., which we could not accept"
        label = told[0] if told[0] != "superseded" else None
    named_put = NAMED_PUT.match(norm[m.end : s_b])
    if label is None and named_put:
        # "The 8-kilometre idea fell away": a proposal named by its figure, and its fate
        told = fate(norm[m.end : s_b][:120], retracted=True)
        label = told[0] if told else None
    if label is None:
        # "The limit of 15 nautical miles requested by the Fishermen's Cooperative ... was not
        # adopted": the figure in the subject, its fate in the verb
        label = _fate_in_the_verb(norm[s_a : m.start], norm[m.end : s_b])
    if label is None and _NO_LONGER.search(norm[m.end : s_b]):
        # "The 30 km radius shown in the consultation draft no longer applies"
        label = "superseded"
    if label is None and named_put:
        # "the Court rejected the three-mile contention": its fate told right before it
        told = re.search(
            rf"(?:{REJECT.pattern}|{DROPPED.pattern})\s+(?:the|its|their|that|this)\s+$",
            norm[max(s_a, m.start - 60) : m.start],
            re.I,
        )
        label = fate(told.group())[0] if told else None
    if label is None and re.search(
        # "SOUTH rejected 12 km again": refused right before it; "The Council considered and
        # rejected a wider exclusion of 400 m around the Moss": refused, named by its noun
        rf"{REJECT.pattern}\s+(?:(?:an?|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:[\w'-]+\s+of\s+)?)?$"
        # "We never accepted Virasol's 30 kilometres", "would not hear of our 5 kilometres"
        rf"|{REJECT.pattern}\s+{SIDE_OWN.pattern}"
        # "Nor have I accepted the company's suggestion that a 1-km ring ... would be enough"
        rf"|{REJECT.pattern}\s+(?:an?|the|their|its|his|her)\s+(?:[\w'-]+\s+){{0,3}}?"
        # ("has rejected the proposal, made at the 1997 AGM, to allow spectators within 75 m")
        r"(?:suggestion|proposal|idea|demand|request|offer|call|claim)\s*(?:,[^,.;]{1,40},\s*)?"
        # ("rejected a proposal from the guides' association to close the basin only within")
        r"(?:from\s+[^,.;\d]{1,40}?\s+)?"
        r"(?:that|of|for|to)\s+[^.;\d]{0,40}?$",
        norm[max(s_a, m.start - 90) : m.start],
        re.I,
    ):
        label = "rejected"
    # "Neither the 20 km nor the 15 km proposal survived": one fate for every figure named
    if label is None and (cue := fate_of_all(norm[s_a:s_b], m.start - s_a)):
        label = fate(cue.group())[0]
    # a version of the zone named near it ("Their answer, in December, was fifteen
    # kilometres") measures what the zone measures, which its own words do not say: the
    # report-wide reading (learned_semantics) may tell
    # (a figure named again alone reads as its earlier mention: _again_as_before)
    semantics = (
        semantics
        if p >= model.semantics_threshold and not (offered or as_before)
        else "unspecified"
    )
    each_side = re.match(
        r"[^.;\d]{0,60}?\bon\s+(?:both|each|either)\s+(?:banks?|sides?)\b", norm[m.end : s_b], re.I
    )
    if (_AFTER_TOTAL.match(norm, m.end, s_b) or _APART.match(norm, m.end, s_b)) and not re.match(
        r"\s*-?\s*gap\s+between\s+[^.;]{1,60}?\s+and\s", norm[m.end : s_b], re.I
    ):
        # "at least three feet apart", "500 metres between loaded trucks": the whole gap, said
        # right after the figure, whatever the model reads (not "a 30-metre gap between the
        # graves and the field ditch", a reach from one thing to another)
        semantics = "total"
    elif semantics == "unspecified" and each_side:
        # "Militias must remain 5 km from the Sava on both banks": each bank's
        semantics = "per_side"
    elif (
        semantics == "unspecified"
        and (
            _OUT_FROM.match(norm, m.end, s_b)
            or _AFTER_DEPTH.match(norm, m.end, s_b)
            # "at least 8 metres between the audience and the firework": a reach from a thing
            or _BETWEEN_TWO_THINGS.match(norm, m.end, s_b)
            or reaches_out(
                norm[s_a : m.start], norm[m.start : m.end], norm[m.end : s_b], norm[s_a:s_b]
            )
        )
    ):
        # "waters reaching about 50 nautical miles from the islands", "30 km inland",
        # "extended its territorial sea to twelve nautical miles"
        semantics = "depth"
    return WidthReading(
        semantics,
        LEARNED,
        qual and re.sub(r"\s+", " ", qual.group()).strip().lower(),
        "rejected" if label else "stated",
        label,
    )


# a figure in a sentence's subject and the verb that tells its fate: "The limit of 15 nautical
# miles requested by the Fishermen's Cooperative ... was not adopted"
_SUBJECT_BEFORE = re.compile(
    r"\W*(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w'-]+\s+){0,4}?(?:of\s+)?", re.I
)
_FATE_VERB_AFTER = re.compile(
    r"[^.;:\d]{0,80}?\b((?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:not\s+(?:adopted|"
    r"accepted|approved|retained|taken\s+up)|rejected|refused|turned\s+down|dropped|"
    r"withdrawn|abandoned))\b",
    re.I,
)


def _fate_in_the_verb(before: str, after: str) -> str | None:
    """The fate of a figure named in its sentence's subject, told by the sentence's verb.

    ``before`` is the sentence up to the figure, ``after`` the rest of it.
    """
    verb = _FATE_VERB_AFTER.match(after)
    if not verb or not _SUBJECT_BEFORE.fullmatch(before):
        return None
    told = fate(verb.group(1))
    return told[0] if told else None


_POINT_WORDS = re.compile(r"(?:within|radius|a?round|closer|keep|stay|remain)\b", re.I)


def _about_a_point(fields: dict[str, Any]) -> bool:
    """Whether a width is a radius about a point ("within 40 km of the airfield"), whose
    point is not a line other widths keep back from."""
    return fields["semantics"] == "depth" and bool(
        _POINT_WORDS.match(fields.get("semantics_words") or "")
    )


def caps_lines_joined(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of a text in capitals (a telex) run on over a line break with no stop.

    "NO CLOSER THAN 15 KM\\nTO THE LINE OF CONTACT.": each line is a sentence
    to the splitter; a line in capitals that ends without a stop goes on
    in the next line in capitals.
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if (
            out
            and re.search(r"[A-Z0-9,)-]\n$", norm[out[-1][0] : out[-1][1]])
            and not re.search(r"[a-z]", norm[out[-1][0] : b])
            and re.search(r"[A-Z]{2}", norm[a:b])
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# "a 30-nautical-mile radius", "the mile-and-a-half zone": a figure joined to its unit by hyphens
_HYPHENED = re.compile(
    r"\b(?:(?P<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)-nautical-miles?"
    r"|(?P<unit>mile|kilomet(?:re|er))-and-a-half)\b",
    re.I,
)


def _hyphened(norm: str, found: list[Measurement]) -> list[Measurement]:
    """Figures joined to their unit by hyphens that :func:`measurements` passes over."""
    out = []
    for h in _HYPHENED.finditer(norm):
        if any(m.start < h.end() and h.start() < m.end for m in found):
            continue
        if h.group("digits"):
            value, unit, code = float(h.group("digits").replace(",", "")), "nautical mile", "nmi"
        else:
            unit = h.group("unit").lower()
            value, code = 1.5, "mi" if unit == "mile" else "km"
        km = value * KM_PER[code]
        out.append(Measurement(h.start(), h.end(), km, km, h.group(), unit, code))
    return out


def _width_claims(text: Text, spans: list[tuple[int, int]]) -> list[Claim]:
    norm = text.norm
    lines = caps_lines_joined(norm, spans)
    split = [_split_change(norm, m) for m in at_sea(norm, measurements(norm))]
    found = [y for pieces in split for x in pieces for y in _numbered_before(norm, x)]
    # each change split in two: (old, new)
    changes = [(pieces[0], pieces[1]) for pieces in split if len(pieces) == 2]
    found = sorted(found + _hyphened(norm, found), key=lambda m: m.start)
    found = sorted(found + _carried(norm, found), key=lambda m: m.start)
    # a name, not a figure: "Three Mile Island", "the Eight Mile Road" (it does not end the
    # words after the figure before it)
    found = [
        m
        for m in found
        if not (
            re.search(r"\b[A-Z][a-z]+$", norm[m.start : m.end])
            and re.match(r"\s+[A-Z][a-z]", norm[m.end :])
        )
    ]
    found = _as_the_report_gives_them(norm, found)
    items: list[tuple[Measurement, int, Measurement | None, _Merged | None]] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        merged = _merge(norm, m, nxt)
        end = conversion_end(norm, m, nxt) if merged is None else None
        if merged is not None:
            skip.add(i + 1)
            items.append((m, nxt.end, None, merged))
        elif end is not None:
            skip.add(i + 1)
            items.append((m, end, nxt, None))
        else:
            items.append((m, m.end, None, None))
    claims = []
    stages: list[tuple[int, float | None, str | None]] = []
    text_pos: dict[int, int] = {}
    ends: list[tuple[int, int]] = []
    for m, end, conv, merged in items:
        s_a, s_b = sentence_of(lines, m.start)
        sentence = norm[s_a:s_b]
        # listed figures ("10, 20 and 25 km") share their unit: they do not bound each other
        inside = [(mm, e) for mm, e, _, _ in items if s_a <= mm.start < s_b and mm is not m]
        prev_end = max([e - s_a for mm, e in inside if e <= m.start], default=0)
        next_start = min([mm.start - s_a for mm, e in inside if mm.start >= end], default=s_b - s_a)
        context = norm[max(s_a - 1500, 0) : s_a]
        if merged is not None:
            end = max(end, min(merged.end, s_b))
        # "10 km or more wide", "20 km or more from the line": a bound after the figure
        post = _OR_MORE.match(norm, end) if merged is None else None
        if post is not None:
            end = post.end()
        # "within three leagues (each league reckoned at three sea miles) of the fort": the
        # unit's own length, told in brackets, belongs with the figure
        aside = _UNIT_ASIDE.match(norm, end) if merged is None else None
        if aside is not None:
            end = aside.end()
        if any(_SLIP_GAP.fullmatch(norm[end : mm.start]) for mm, _ in inside if mm.start >= end):
            # a figure the speaker takes back at once is no claim
            continue
        taken = [mm for mm, e in inside if e <= m.start and _SLIP_GAP.fullmatch(norm[e : m.start])]
        if taken:
            # the figure said instead reads with the words before the one taken back, and
            # without the dash that closes the aside ("1,000 feet - of an occupied dwelling")
            at, rel_end = taken[0].start - s_a, end - s_a
            said = (
                sentence[:at]
                + sentence[m.start - s_a : rel_end]
                + re.sub(r"^\s+-\s+", " ", sentence[rel_end:])
            )
            shift = len(sentence) - len(said)
            before = max([e - s_a for mm, e in inside if e <= taken[0].start], default=0)
            reading, settled_by = read_width_step(
                said, at, rel_end - (m.start - s_a - at), before, next_start - shift, context
            )
        else:
            reading, settled_by = read_width_step(
                sentence, m.start - s_a, end - s_a, prev_end, next_start, context
            )
        if merged is not None:
            if reading is None and merged.semantics is None:
                # "Homes between 800 m and 1.36 km from the nearest turbine": a band in two
                # units that no rule reads; the learned model may, as it may one in one unit
                reading = _learned_width(
                    norm,
                    (s_a, s_b),
                    replace(m, end=end),
                    _zone_near(norm, claims, text_pos, s_a, m.start),
                    settled_by not in _UNTIED,
                )
                if reading is None:
                    continue
            if reading is None and (
                merged.semantics == "per_side"
                or re.search(r"width|depth|breadth", merged.words)
                or _ZONE_WORD.search(context + sentence)
                # ("a visual setback from the shore which varies from 400 m ... to half a mile")
                or (merged.words and _VARIES_LOOSE.match(merged.words))
            ):
                put = (
                    PROPOSAL.search(norm[s_a : m.start])
                    or PROPOSAL.search(
                        re.split(r"[.;]\s", norm[max(s_a, m.start - 200) : m.start])[-1]
                    )
                    # "Under the plan, northern units would move 600 metres northwards, ..."
                    or _UNDER_A_PLAN.search(norm[s_a : m.start])
                )
                reading = WidthReading(
                    merged.semantics, None, None, "stated", "proposed" if put else None
                )
            if reading is None:
                continue
            qual = _QUALIFIER.search(norm[max(s_a, m.start - 40) : m.start])
            reading = WidthReading(
                merged.semantics or reading.semantics,
                merged.words or reading.decided_by,
                reading.qualifier or (qual and re.sub(r"\s+", " ", qual.group()).strip().lower()),
                reading.status,
                reading.proposal,
            )
        if reading is None:
            reading = _gapped(norm, claims, ends, s_a, m, end, s_b)
        if reading is None and merged is None:
            reading = _change_reading(norm, m, changes)
        further = _further(norm, claims, s_a, m, end) if merged is None else None
        if further is not None:
            status = reading.status if reading else "stated"
            reading = WidthReading(further[0]["semantics"], further[1], None, status)
        refused = _refused_again(norm, claims, s_a, m, end) if reading is None else None
        again = refused[0] if refused else None
        if reading is None and again is None:
            again = _named_again(norm, claims, s_a, m, end)
        if reading is None and again is not None:
            # "That is why 25 km matters to us": the earlier figure, named again
            quote, q_a, q_b = _quote(text, (s_a, s_b), m.start, end)
            figure, f_a, f_b = text.quote(m.start, m.end)
            fields = {
                **again.fields,
                "semantics_words": f"{AGAIN_WORDS} {m.value} {m.unit}",
                "figure": figure,
                "figure_start": f_a,
                "figure_end": f_b,
            }
            fields.pop("conversion", None)
            if refused:
                fields["status"], fields["proposal"] = "rejected", refused[1]
            # "Twenty kilometres was never realistic, and we dropped it": its fate, told here
            elif fields["status"] != "rejected" and (told := fate(norm[end:s_b], retracted=True)):
                fields["status"], fields["proposal"] = "rejected", told[0]
            claims.append(Claim("width", fields, quote, q_a, q_b))
            text_pos[id(claims[-1])] = m.start
            ends.append((m.start, m.end))
            stages.append((m.start, None, None))
            continue
        if reading is None and merged is None and (up_down := _up_and_down(norm, found, m)):
            # "within 50 yards above and 100 yards below the weir": a reach each way
            reading = WidthReading("depth", up_down, None, "stated")
        if reading is None and merged is None and settled_by not in _PAIRED:
            # no rule reads a width here: the learned model may, from the words around it
            zone_near = _zone_near(norm, claims, text_pos, s_a, m.start)
            reading = _learned_width(
                norm,
                (s_a, s_b),
                m,
                zone_near,
                settled_by not in _UNTIED,
                _said_again(norm, s_a, m, found, settled_by not in _UNTIED),
            )
        if reading is None:
            continue
        if reading.semantics == "unspecified" and (shared := _SHARED_NEXT.match(norm, s_b)):
            # "... a neutral belt of 9 km. It is to be divided equally": the zone both sides share
            reading = WidthReading(
                "total", shared.group().strip(), reading.qualifier, reading.status, reading.proposal
            )
        status, proposal = reading.status, reading.proposal
        # a demand the other side refused may still be dropped by those who made it, later on
        # ("which the minister called a non-starter. ... they had dropped the demand")
        refused = status == "rejected" and proposal == "rejected"
        if status != "rejected" or refused:
            # the sentence may run on past a full stop the splitter kept ("20 km. They ...")
            rest = re.search(
                # ("I.E." and "e.g." are not full stops)
                r"(?:(?<!\.[A-Za-z])\.\s+(?=[A-Z\"'])|;\s*|,\s+but\s+(?=the|that|this|it)\b)(.*)",
                sentence[end - s_a :],
                re.S,
            )
            talk = bool(SPEAKER.match(norm, norm.rfind("\n\n", 0, s_a) + 1))
            after = paragraph_after(norm, spans, s_b, replies=talk)
            ahead = " ".join([rest.group(1) if rest else "", *after])
            # (a paragraph break ends a sentence whatever starts the next: "round.\n\n2.5 Nav")
            ahead = re.split(
                r"(?<=[.!?])(?<![A-Za-z]\.[A-Za-z]\.)[\"']?\s+(?=[\"']?[A-Z])"
                r"|(?<=[.!?])\s*\n\s*\n\s*",
                ahead.strip(),
            )
            if talk:
                ahead = [x[label.end() :] if (label := SPEAKER.match(x)) else x for x in ahead]
            said = sentence
            if FRAGMENT_AFTER.match(norm[end:s_b]) and FRAGMENT_LEAD.fullmatch(norm[s_a : m.start]):
                # a bare figure: the sentence before says what it was
                said = norm[max(0, s_a - 300) : s_b]
            later = following(said, ahead) or _refused_before(norm, s_a, sentence)
            if refused:
                if later == "dropped":
                    proposal = "dropped"
            elif later:
                status, proposal = "rejected", later
            elif talk and proposal == "proposed" and _answered_no(norm, s_b, found):
                status, proposal = "rejected", "rejected"
        quote, q_a, q_b = _quote(text, (s_a, s_b), m.start, end)
        figure, f_a, f_b = text.quote(m.start, m.end)
        low, high = (merged.low_km, merged.high_km) if merged else (m.low_km, m.high_km)
        if further is not None:
            # "a further 12 km beyond it": a band from the zone's edge outwards
            inner = further[0]["max_km"]
            low, high = inner, round(inner + m.high_km, 6)
        fields: dict[str, Any] = {
            "min_km": low,
            "max_km": high,
            "semantics": reading.semantics,
            "value": merged.value if merged else m.value,
            "unit": merged.unit if merged else m.unit,
            "qualifier": reading.qualifier
            or (re.sub(r"\s+", " ", post.group()).strip(" ,").lower() if post else None),
            "semantics_words": reading.decided_by,
            "status": status,
            "figure": figure,
            "figure_start": f_a,
            "figure_end": f_b,
        }
        if proposal:
            fields["proposal"] = proposal
        if (
            reading.decided_by == "as the figure it changed"
            and reading.semantics == "unspecified"
            and claims
            and text_pos.get(id(claims[-1]), -1) >= s_a
        ):
            # "within 12 km of the fire front, up from 8 km": as the figure before it, now
            fields["semantics"] = claims[-1].fields["semantics"]
        after = norm[end : min(s_b, end + 120)]
        if merged is not None and merged.semantics == "per_side":
            after = norm[_pair_end(found, m) : min(s_b, end + 120)]
        if further is not None:
            fields["band"] = True
        if (
            low != high
            # ("between 500 m and 2 nautical miles from the platform": two units, one band)
            and (merged is None or (merged.semantics is None and merged.low_km == m.low_km))
            and reading.semantics in ("depth", "per_side")
            and _BAND_BEFORE.search(norm[max(s_a, m.start - 20) : m.start])
            and (
                _BAND_AFTER.match(after)
                # "the ring between 300 m and 800 m": a ring or a band named as one
                or _RING_BEFORE.search(norm[max(s_a, m.start - 40) : m.start])
                # "an intermediate zone runs from 5 km to 10 km"
                or ZONE_RUNS_FROM.search(norm[max(s_a, m.start - 60) : m.start])
            )
        ):
            fields["band"] = True
        elif (
            low != high
            and reading.semantics == "unspecified"
            and _RING_BEFORE.search(norm[max(s_a, m.start - 40) : m.start])
        ):
            # "a yellow band between 400 and 650 metres": a ring is a reach from a thing
            fields["band"] = True
            fields["semantics"] = "depth"
            fields["semantics_words"] = plain(
                _RING_BEFORE.search(norm[max(s_a, m.start - 40) : m.start]).group()
            ).strip()
        reference = None
        if reading.semantics == "depth" and (
            re.match(
                r"(?:(?:in\s+)?radius|within|stay|keep|remain)", reading.decided_by or "", re.I
            )
            or re.search(r"\bwithin\s*$", norm[max(s_a, m.start - 20) : m.start], re.I)
        ):
            # "within 10 km of the plant", "a radius of 30 km around the station", "1 km in
            # radius around the gas jetty"
            reference = (
                point_of(after)
                or thing_of(after)
                # "within a 5-mile radius of the fire"
                or thing_of(re.sub(r"^\s*-?\s*radius\b", "", after, flags=re.I))
            )
            if reference is None and re.match(r"(?:in\s+)?radius", reading.decided_by or "", re.I):
                reference = thing_around(after)
        elif reading.semantics == "depth" and (reading.decided_by or "").startswith("closer than"):
            # "no closer than 5 cables to the guard vessel"
            reference = thing_of(re.sub(r"^\s*to\s", " of ", after))
        elif reading.semantics == "depth" and re.match(
            r"(?:away\s+|(?:out|outwards?|downrange|downwind|downstream|offshore|downslope|upslope|downhill|uphill)\s+)?(?:from|of)\s"
            r"|(?:below|above)\s",
            reading.decided_by or "",
            re.I,
        ):
            # ("5 to 12 km below the dam": downstream of it)
            after = re.sub(r"^\s*(?:below|above)\s", " from ", after, flags=re.I)
            # "to 20 km from the summit", "4 km downrange of the firing point": a zone's reach
            # from a point
            there, particle = re.subn(
                r"^\s*(?:out|outwards?|downrange|downwind|downstream|offshore|downslope|upslope|downhill|uphill)\s+(?=(?:of|from)\b)",
                " ",
                after,
                flags=re.I,
            )
            if not particle:
                reference = point_of(there, first=True) or thing_of(there)
            else:
                # ("out from the harbour entrance": the whole name, not its first noun)
                reference = thing_of(there) or point_of(there, first=True)
        elif reading.semantics == "depth" and re.match(
            r"(?:a?round|surrounding|encircling)\s", reading.decided_by or "", re.I
        ):
            # "a zone of 100 metres around each clinic": what the zone surrounds
            reference = thing_around(after)
        if reference is None and (
            first := re.search(
                r"\bfrom\s+(?:the|its|their|each|every|any)\s+(.+?)\s+(?:out\s+)?to$",
                reading.decided_by or "",
            )
        ):
            # "a red zone from the foot of the couloir out to 400 m": the thing, named first
            reference = first.group(1)
        if reference is None and (reading.decided_by or "").startswith("clear of "):
            # "keep clear of the cable ship by no less than 5 cables"
            reference = reading.decided_by[len("clear of ") :]
        if reference is None:
            reference = reference_of(after, norm[: m.start])
        if (
            reference is None
            and reading.semantics == "depth"
            and re.match(r"\s*(?:away\s+)?from\s", after, re.I)
        ):
            # "a closure out to ten nautical miles from the leaks", however its depth was read:
            # the point its reach is counted from
            reference = point_of(after, first=True) or thing_of(after)
        if reference is None and re.search(
            r"\b(?:closer|nearer)\s+than\s*$", norm[max(s_a, m.start - 30) : m.start], re.I
        ):
            # "no closer than 15 km to the line of contact"
            to = re.sub(r"^\s*to\s", " from ", after, flags=re.I)
            reference = reference_of(to, norm[: m.start])
        if reference is None and merged is not None:
            reference = reference_of(norm[m.end : merged.end], norm[: m.start])
        if reference is None:
            reference = reference_before(norm[s_a : m.start], norm[: m.start])
        if reference is None:
            reference = reference_of_side(after, norm[: m.start])
        if reference is None:
            reference = reference_of_it(norm[s_a : m.start], after, norm[: m.start])
        if (
            reference is None
            and reading.semantics == "depth"
            and re.match(
                # ("a 500-metre safety zone around the platform": the zone named by its figure)
                rf"\s*(?:-?\s*(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\s+)?(?:a?round|surrounding|"
                r"encircling)\s",
                after,
                re.I,
            )
        ):
            # "extends 500 yards around the vessel in every direction": what a radius surrounds
            reference = thing_around(after)
        if (
            reference is None
            and claims
            and "reference" in claims[-1].fields
            # ("within 40 km of the airfield ... a 10 km pullback on each side": a point a
            # radius is drawn about is not the line two sides keep back from)
            and not (reading.semantics == "per_side" and _about_a_point(claims[-1].fields))
        ):
            # "... 6 km north and south of the M4 ... 12 km in all": the same zone's line
            prev = claims[-1]
            gap = text.norm[text_pos.get(id(prev), m.start) : m.start]
            if len(gap) < 600 and "\n\n" not in gap.replace(" ", ""):
                reference = prev.fields["reference"]
        if reference is None and _NO_LINE_NAMED.match(after):
            # "a strip of just 1 km on either side", "ten kilometres each side": the line of
            # the report's zones, when every earlier width that names one names the same
            named = {
                c.fields["reference"]
                for c in claims
                if "reference" in c.fields and not _about_a_point(c.fields)
            }
            if len(named) == 1:
                reference = named.pop()
        if reference:
            fields["reference"] = reference
        if conv is not None:
            fields["conversion"] = {
                "value": conv.value,
                "unit": conv.unit,
                "min_km": conv.low_km,
                "max_km": conv.high_km,
            }
        if _denied(norm, spans, s_b, m):
            continue
        if merged is None and (uneven := _uneven_pair(norm, found, m)):
            fields["semantics"], fields["semantics_words"] = "per_side", uneven
        same_here = _SAME_HERE.match(norm, end, s_b)
        # (a radius about a point both sides keep to is still one radius: "would not fire
        # within a radius of 40 km of the crash site, and called on the separatists to do the
        # same")
        radius = re.match(r"radius\b", fields.get("semantics_words") or "", re.I)
        if fields["semantics"] == "depth" and same_here and not radius:
            # "Ruvian troops will pull back 5 km, and Dorn's forces will do likewise"
            fields["semantics"] = "per_side"
            fields["semantics_words"] = plain(same_here.group()).strip(" ,")
        elif (
            fields["semantics"] == "depth"
            and not radius
            and _SAME_AHEAD.search(norm[s_b : s_b + 200])
        ):
            # "We will pull our troops back five kilometres. The other side must do the same."
            fields["semantics"] = "per_side"
            fields["semantics_words"] = plain(
                _SAME_AHEAD.search(norm[s_b : s_b + 200]).group()
            ).strip("\"' ")
        claims.append(Claim("width", fields, quote, q_a, q_b))
        text_pos[id(claims[-1])] = m.start
        ends.append((m.start, m.end))
        lead = norm[max(s_a + prev_end, m.start - 120) : m.start]
        if re.fullmatch(r"\s*(?:to|and|or|-)?\s*", lead):
            lead = norm[max(s_a, m.start - 120) : m.start]
        asked = _asked(lead)
        # "A zone of 10 km was proposed by the north": asked for, in the words after it
        if asked is None and _ASKED_AFTER.match(norm, end):
            asked = "other"
        # ("the RPZ widens from 1,000 feet at its inner edge to 1,750 feet", "an inner width
        # of 250 feet widening to 450 feet": from place to place, not versions)
        spatial = _VARIES.search(lead) or _WIDENING_TO.search(lead)
        stages.append((m.start, None if spatial else _stage(lead), asked))
    claims, ends = _both_of_change(text, claims, ends, changes)
    claims = _beyond(norm, claims, ends)
    claims = _put_forward(norm, spans, claims, ends)
    claims = _motion_carried(norm, spans, claims, ends)
    claims = _one_zone_one_fate(norm, claims, ends)
    claims = _answered_in_kind(norm, spans, claims, ends)
    claims = _halves_of_a_total(norm, claims, ends)
    claims = _sides_of_a_list(norm, claims, ends)
    claims = _from_a_zone_edge(norm, claims, ends)
    claims = _supersede(norm, claims, stages)
    claims = bygone(norm, claims, ends)
    claims = opened_at(norm, claims, ends)
    claims = opening_bid(norm, claims, ends)
    claims = _one_state_alone(norm, claims)
    claims = _headline_as_story(norm, claims, ends)
    claims = told_after(norm, spans, claims, ends)
    claims = moved_on(norm, claims, ends)
    claims = fates_around(norm, spans, claims, ends)
    claims = settled_on(norm, claims, ends)
    claims = refused_named_back(norm, claims, ends)
    claims = as_is(norm, claims, ends)
    claims = neither_taken(norm, spans, claims, ends)
    claims, ends = _between_two_lines(norm, claims, ends)
    return join_mentions(norm, claims, ends)


def _both_of_change(
    text: Text,
    claims: list[Claim],
    ends: list[tuple[int, int]],
    changes: list[tuple[Measurement, Measurement]],
) -> tuple[list[Claim], list[tuple[int, int]]]:
    """Both figures of a change, when the rules read only one: the same kind of width.

    "will shrink the distance within which householders can block a turbine, from two
    kilometres to one kilometre", "raised the distance visitors must keep from gorillas from
    seven metres to 10 metres": the figure the rules passed over measures what the other
    does. The old figure is ``superseded``, and so is the old figure where the report gives
    it again for the same kind of width ("no turbine could be built within 2 km of a
    dwelling"), unless its fate is told otherwise.
    """
    starts = {a for a, _ in ends}
    old_at = {o.start: (o, n) for o, n in changes}
    new_at = {n.start: (o, n) for o, n in changes}

    def twin(c: Claim, m: Measurement, old: bool) -> Claim:
        figure, f_a, f_b = text.quote(m.start, m.end)
        fields = {k: v for k, v in c.fields.items() if k not in ("conversion", "proposal")}
        side = "new" if old else "old"
        fields.update(
            min_km=m.low_km,
            max_km=m.high_km,
            value=m.value,
            unit=m.unit,
            figure=figure,
            figure_start=f_a,
            figure_end=f_b,
            status="rejected" if old else "stated",
            semantics_words=f"as the {side} figure of its change, {c.fields['figure']}",
        )
        if old:
            fields["proposal"] = "superseded"
        return Claim("width", fields, c.quote, c.start, c.end)

    out, out_ends = [], []
    for c, (a, b) in zip(claims, ends, strict=True):
        if c.kind == "width" and a in new_at and new_at[a][0].start not in starts:
            old = new_at[a][0]
            out.append(twin(c, old, True))
            out_ends.append((old.start, old.end))
        out.append(c)
        out_ends.append((a, b))
        if c.kind == "width" and a in old_at and old_at[a][1].start not in starts:
            new = old_at[a][1]
            out.append(twin(c, new, False))
            out_ends.append((new.start, new.end))
    # the old figure of a change whose new figure is in force, here and wherever else the
    # report gives it for the same kind of width
    gone = [
        (new_at[a][0].low_km, new_at[a][0].high_km, c.fields["semantics"])
        for c, (a, _) in zip(out, out_ends, strict=True)
        if c.kind == "width" and a in new_at and c.fields["status"] == "stated"
    ]
    for i, c in enumerate(out):
        f = c.fields
        if c.kind != "width" or f["status"] != "stated" or f.get("proposal") == "proposed":
            continue
        if any(
            math.isclose(f["min_km"], lo)
            and math.isclose(f["max_km"], hi)
            and f["semantics"] in (kind, "unspecified")
            for lo, hi, kind in gone
        ):
            fields = {**f, "status": "rejected", "proposal": "superseded"}
            out[i] = Claim("width", fields, c.quote, c.start, c.end)
    return out, out_ends


def _headline_as_story(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A headline's width that the story below gives again ("Danger zone widened to 8 km" over
    "... widened the danger zone to 8 kilometres from the crater") measures what the story's
    does: a headline is too short to say it."""
    head = re.match(r"\s*([^\n]{10,160})\n[ \t]*\n", norm)
    if head is None or re.search(r"[.;:]\s*$", head.group(1)):
        return claims
    out = list(claims)
    for i, c in enumerate(claims):
        f = c.fields
        if ends[i][0] >= head.end(1) or f["status"] != "stated" or f.get("proposal"):
            continue
        body = [
            o.fields
            for o, (o_start, _) in zip(claims, ends, strict=True)
            if o_start >= head.end(1) and same_figure(o.fields, f)
        ]
        if not body or any(o["status"] != "stated" or o.get("proposal") for o in body):
            continue
        kinds = {o["semantics"] for o in body} - {"unspecified"}
        if len(kinds) != 1 or kinds == {f["semantics"]}:
            continue
        first = next(o for o in body if o["semantics"] in kinds)
        fields = {**f, "semantics": first["semantics"], "semantics_words": "as the story below"}
        if first.get("reference") and not f.get("reference"):
            fields["reference"] = first["reference"]
        out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


# one state closing a strip of its own land: "Poland will close a strip of land along part of its
# border with Belarus", "the government has declared a zone along its own frontier"
_ONE_STATE_ALONE = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|has|have|had|to|plans\s+to)\s+(?:\w+\s+)?(?:clos|set\w*\s+up|"
    r"establish|creat|declar|impos|introduc|seal|fenc)\w*\b[^.;]{0,100}?\b(?:along|on)\s+"
    r"(?:(?:a\s+|the\s+)?(?:part|parts|stretch|section|length|whole)\s+of\s+)?its\s+"
    r"(?:own\s+)?(?:side\s+of\s+the\s+)?(?:border|frontier|boundary)\b",
    re.I,
)


def _one_state_alone(norm: str, claims: list[Claim]) -> list[Claim]:
    """ "Poland will close a strip of land along part of its border with Belarus. The buffer zone
    will be 200 metres wide": a zone one state sets on its own side of its border reaches that
    far into its land (a depth), when no width of the report is given for both sides."""
    cue = _ONE_STATE_ALONE.search(norm)
    if cue is None or any(c.fields["semantics"] == "per_side" for c in claims):
        return claims
    out = []
    for c in claims:
        f = c.fields
        if (
            f["semantics"] in ("total", "unspecified")
            and f["status"] == "stated"
            and not f.get("proposal")
            and re.search(r"border|frontier|boundary", f.get("reference") or "border")
        ):
            said = "a zone one state sets on its own side of its border"
            c = Claim(c.kind, {**f, "semantics": "depth", "semantics_words": said}, c.quote,
                      c.start, c.end)  # fmt: skip
        out.append(c)
    return out


# a proposal told over several figures and sentences: "a belt of 8 km, so that each side would
# stand 4 km off the line"; "The Commission recommends that a strip be kept. The strip shall be
# 20 metres wide ..."; "... acceptance of these recommendations"
_RECOMMENDS = re.compile(
    r"\b(?:recommend\w*|propos(?:es|ed|ing)|suggest(?:s|ed|ing))\s+that\b"
    r"|\b(?:our|its|their|the)\s+(?:own\s+)?(?:recommendation|proposal)\s+is\b",
    re.I,
)
_AWAITS = re.compile(
    r"\b(?:acceptance|approval|adoption|ratification)\s+of\s+(?:these|the|its|our|this|those)\s+"
    r"(?:recommendations?|proposals?)\b",
    re.I,
)
_MODAL = re.compile(r"\b(?:shall|should|would|will|to\s+be)\b", re.I)
_IN_FORCE = re.compile(
    r"\b(?:agreed|accepted|signed|settled|in\s+force|has\s+been|have\s+been|was|were|now|"
    r"current|existing|instead)\b",
    re.I,
)


_ANSWER = re.compile(
    r"\b(?:offer(?:ed|s)?|counter(?:ed|s)?(?:\s+with)?|came\s+back\s+with|proposed|suggested|"
    r"(?:would|will|could)\s+(?:only\s+)?(?:accept|agree\s+to|go\s+to)|wanted|asked\s+for|"
    r"insisted\s+on|demanded)\s+(?:only\s+|just\s+|no\s+more\s+than\s+|at\s+most\s+|"
    r"at\s+least\s+)?$",
    re.I,
)


# "between the outer edge of the Zone of Separation and a line 20 km from the Line of Contact",
# "between the edge of the separation zone and that 25-km line": a band out from a zone's edge
_FROM_ZONE_EDGE = re.compile(
    r"\bbetween\s*the\s+(?:outer\s+|far\s+)?(?:edges?|limits?|boundar(?:y|ies))\s+of\s+"
    r"(?:the\s+|that\s+|this\s+)?(?:[\w'-]+\s+){0,2}?(?:zone|area|belt|strip|buffer)s?"
    r"(?:\s+of\s+separation)?\s+and\s+(?:a|the|that|this)\s+(?:line\s+)?"
    r"(?:(?:some|about|roughly|around)\s+)?$",
    re.I,
)


# a zone's width told only for a stretch of it: "the Zone is reduced to 1.5 km on either bank",
# "narrows to 2 km where the road crosses"
_LOCAL_VARIANT = re.compile(
    r"\b(?:narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|(?:is|are)\s+reduced|shrinks?)\s+to(?:\b|(?=\d))",
    re.I,
)


def _defining(widths: list[Claim]) -> list[Claim]:
    """The widths that define a zone, leaving out those told for a stretch of it only."""
    return [x for x in widths if not _LOCAL_VARIANT.search(x.quote)] or widths


# "between the 0.6-mile line and the 1.9-mile line", "between the one-mile line and 3 km from
# the site": a band between two lines named by their distances
_BETWEEN_THE_LINE = re.compile(r"\bbetween\s+the\s+$", re.I)
# "... line and the ...", "... limit and a distance of ...": between the two lines' figures
_LINE_AND_THE = (
    r"\s*-?\s*(?:line|limit|mark|ring|circle|boundary|contour)\s+and\s+"
    r"(?:the\s+|a\s+distance\s+of\s+)?"
)
_LINE_AND = re.compile(rf"{_LINE_AND_THE}$", re.I)
_FIRST_LINE = re.compile(rf"{_LINE_AND_THE}{NUMBER.pattern}", re.I)
_SECOND_LINE = re.compile(
    rf"\bbetween\s+the\s+{NUMBER.pattern}{UNIT.pattern}{_LINE_AND_THE}$", re.I
)


def _a_line_between(norm: str, s_a: int, s_b: int, m: Measurement) -> bool:
    """Whether a figure names one of the two lines a band lies between ("between the 0.6-mile
    line and the 1.9-mile line"), which :func:`_between_two_lines` makes one band."""
    first = _BETWEEN_THE_LINE.search(norm[max(s_a, m.start - 20) : m.start]) and _FIRST_LINE.match(
        norm, m.end, s_b
    )
    return bool(first or _SECOND_LINE.search(norm[max(s_a, m.start - 80) : m.start]))


def _between_two_lines(
    norm: str, claims: list[Claim], ends: list[tuple[int, int]]
) -> tuple[list[Claim], list[tuple[int, int]]]:
    """One band for two figures that name the lines it lies between, the nearer one first."""
    out, out_ends, skip = [], [], False
    for i, c in enumerate(claims):
        if skip:
            skip = False
            continue
        if i + 1 < len(claims) and c.kind == claims[i + 1].kind == "width":
            a, b = c.fields, claims[i + 1].fields
            (s1, e1), (s2, _) = ends[i], ends[i + 1]
            if (
                _BETWEEN_THE_LINE.search(norm[max(0, s1 - 20) : s1])
                and _LINE_AND.fullmatch(norm[e1:s2])
                and a["max_km"] < b["min_km"]
                and a["status"] == b["status"]
            ):
                semantics = b["semantics"] if b["semantics"] != "unspecified" else a["semantics"]
                fields = {
                    **b,
                    "min_km": a["max_km"],
                    "semantics": "depth" if semantics == "unspecified" else semantics,
                    "semantics_words": "between two lines named by their distances",
                    "band": True,
                    "figure": a["figure"],
                    "figure_start": a["figure_start"],
                    "value": f"{a['value']} {a['unit']} to {b['value']}",
                }
                out.append(Claim(c.kind, fields, c.quote, c.start, c.end))
                out_ends.append((s1, ends[i + 1][1]))
                skip = True
                continue
        out.append(c)
        out_ends.append(ends[i])
    return out, out_ends


def _one_side(f: dict) -> float:
    """How far a zone reaches on one side of its line, in km: a total is halved."""
    return f["max_km"] / 2 if f["semantics"] == "total" else f["max_km"]


def _from_a_zone_edge(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """ "Heavy guns are barred between the outer edge of the zone of separation and a line
    20 km from the line of contact": a band on each side, from the zone's own width on that
    side (its per-side figure, or half its total) out to the figure."""
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        lead = norm[max(0, ends[i][0] - 160) : ends[i][0]]
        if f.get("band") or f["status"] == "rejected" or not _FROM_ZONE_EDGE.search(lead):
            continue
        edge = _FROM_ZONE_EDGE.search(lead)
        # the zone named there: a width whose words name it too ("Zone of Separation"), else
        # the nearest width before
        names = set(re.findall(r"[a-z]{4,}", edge.group().lower())) - {
            "between", "outer", "edge", "edges", "limit", "limits", "boundary", "zone", "area",
            "belt", "strip", "buffer", "line", "that", "this", "some", "about", "around",
        }  # fmt: skip
        widths = [
            x
            for x in out[:i]
            if x.fields["status"] != "rejected"
            and not x.fields.get("band")
            and x.fields["min_km"] == x.fields["max_km"]
            and x.fields["semantics"] in ("per_side", "total", "depth")
            # the zone's edge lies inside the band's outer line
            and _one_side(x.fields) < f["max_km"]
        ]
        named = [x for x in widths if names and any(n in x.quote.lower() for n in names)]
        if not (named or widths):
            continue
        # the zone as first defined, not where it narrows or widens later
        b = _defining(named or widths)[0].fields
        inner = _one_side(b)
        words = edge.group().strip()
        out[i] = Claim(
            c.kind,
            {
                **f,
                "min_km": inner,
                "semantics": "depth" if b["semantics"] == "depth" else "per_side",
                "semantics_words": words,
                "band": True,
            },
            c.quote,
            c.start,
            c.end,
        )
    return out


_EACH_SIDE = re.compile(r"\b(?:on\s+)?(?:each|either|both)\s+sides?\b", re.I)


def _sides_of_a_list(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A list of figures by class that says once they lie on each side of a line.

    "The distance is 5 metres for lines of 1 to 10 kV, 10 m for 35 to 110 kV and 20 m for
    500 kV, on each side": every figure of the list lies on each side, the first one too
    (which the rules or the model read on its own).
    """
    out = list(claims)
    i = 0
    while i < len(out):
        j = i
        while (
            j + 1 < len(out)
            and out[j + 1].kind == "width"
            and (out[j + 1].fields.get("semantics_words") or "").endswith(_LIST_WORDS)
        ):
            j += 1
        if j == i or out[i].kind != "width":
            i = j + 1
            continue
        # the list and the rest of its sentence
        tail = re.match(r"[^.;!?]*", norm[ends[j][1] :]).group()
        if _EACH_SIDE.search(norm[ends[i][0] : ends[j][1]] + tail):
            for k in range(i, j + 1):
                f = out[k].fields
                if f["semantics"] != "per_side":
                    fields = {
                        **f,
                        "semantics": "per_side",
                        "semantics_words": "on each side, as its list says",
                    }
                    out[k] = Claim(out[k].kind, fields, out[k].quote, out[k].start, out[k].end)
        i = j + 1
    return out


def _halves_of_a_total(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """ "withdraw their forces 2 km from the line, thus creating a zone of 4 km": a move back
    that makes a zone twice as wide is each side's half of it (per side, and the zone total)."""
    out = list(claims)
    for i in range(len(out) - 1):
        a, b = out[i].fields, out[i + 1].fields
        if a["semantics"] != "depth" or b["semantics"] not in ("unspecified", "total"):
            continue
        if abs(2 * a["max_km"] - b["max_km"]) > 1e-9 or abs(2 * a["min_km"] - b["min_km"]) > 1e-9:
            continue
        # ("withdraw 3 km back from its own forward positions, so that a 6 km zone": each side
        # from its own line, a depth as on the Golan)
        if re.search(
            r"\b(?:own|respective)\s+(?:[\w'-]+\s+){0,2}?(?:lines?|positions|localities|posts)\b",
            f"{a.get('semantics_words')} {a.get('reference')}",
            re.I,
        ):
            continue
        gap = norm[ends[i][1] : ends[i + 1][0]]
        if re.search(r"[.;!?]", gap) or not re.search(
            r"\b(?:creating|create|creates|forming|form|forms|giving|leaving|making|so\s+that|"
            r"which\s+(?:creates|gives|leaves|makes|forms))\b",
            gap,
            re.I,
        ):
            continue
        said = f"half of the {km_words(b)} zone the move creates"
        out[i] = Claim(
            out[i].kind,
            {**a, "semantics": "per_side", "semantics_words": said},
            out[i].quote,
            out[i].start,
            out[i].end,
        )
        if b["semantics"] == "unspecified":
            words = f"twice the {km_words(a)} each side moves back"
            c = out[i + 1]
            out[i + 1] = Claim(
                c.kind,
                {**b, "semantics": "total", "semantics_words": words},
                c.quote,
                c.start,
                c.end,
            )
    return out


def _answered_in_kind(
    norm: str, spans: list[tuple[int, int]], claims: list[Claim], ends: list[tuple[int, int]]
) -> list[Claim]:
    """A bare counter-figure answers the proposal just before it in the same terms: "Halvia
    wants each army to pull back 15 km. Dornet has offered only 5 km." (5 km each side)."""
    out = list(claims)
    for i in range(1, len(out)):
        f, prev = out[i].fields, out[i - 1].fields
        if f["semantics"] != "unspecified" or prev["semantics"] not in ("per_side", "depth"):
            continue
        start = ends[i][0]
        s_a, _ = sentence_of(spans, start)
        p_a, _ = sentence_of(spans, ends[i - 1][0])
        before = [a for a, _ in spans if a < s_a]
        if (
            not before
            or p_a != before[-1]
            or not _ANSWER.search(norm[max(s_a, start - 60) : start])
        ):
            continue
        if re.match(
            r"\s*-?\s*(?:wide\s+|deep\s+)?(?:[\w'-]+\s+)?(?:zone|buffer|strip|belt|area|"
            r"corridor)",
            norm[ends[i][1] :],
            re.I,
        ):
            continue
        said = f"in the terms of the {km_words(prev)} just before it"
        fields = {**f, "semantics": prev["semantics"], "semantics_words": said}
        if prev.get("reference") and not f.get("reference"):
            fields["reference"] = prev["reference"]
        c = out[i]
        out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


def _one_zone_one_fate(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    """A total and its halves told together share one fate: "a zone 20 km wide, 10 km on each
    bank - was rejected"."""
    out = list(claims)
    for i in range(len(out) - 1):
        a, b = out[i].fields, out[i + 1].fields
        if {a["semantics"], b["semantics"]} != {"total", "per_side"}:
            continue
        tot, side = (a, b) if a["semantics"] == "total" else (b, a)
        if (
            abs(2 * side["min_km"] - tot["min_km"]) > 1e-9
            or abs(2 * side["max_km"] - tot["max_km"]) > 1e-9
        ):
            continue
        gap = norm[ends[i][1] : ends[i + 1][0]]
        if len(gap) > 60 or re.search(r"[;.!?]|\bbut\b|\binstead\b", gap):
            continue
        fates = [(f["status"], f.get("proposal")) for f in (a, b)]
        if fates[0] == fates[1]:
            continue
        # the stronger word decides: a refusal over a proposal over a plain statement
        rank = {"rejected": 2, "proposed": 1, None: 0}
        best = max(fates, key=lambda x: rank.get(x[1], 2) if x[0] == "rejected" else rank[x[1]])
        for k in (i, i + 1):
            fields = {**out[k].fields, "status": best[0]}
            fields.pop("proposal", None)
            if best[1]:
                fields["proposal"] = best[1]
            c = out[k]
            out[k] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


# "moved that the zone be 200 yards wide; the motion was carried" (or "... wide. The motion was
# carried."): a motion that became the rule
_MOTION_CARRIED = re.compile(
    r"^[^.]{0,80}?(?:[;,.]|\band\b)\s*(?:the\s+)?(?:motion|amendment|resolution|proposal|which|it)\s+"
    r"(?:was\s+)?(?:carried|agreed|adopted|passed)\b",
    re.I,
)


def _motion_carried(
    norm: str, spans: list[tuple[int, int]], claims: list[Claim], ends: list[tuple[int, int]]
) -> list[Claim]:
    """A motion's figure no longer only put forward once the sentence says it was carried."""
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        if c.kind != "width" or f.get("proposal") != "proposed" or f["status"] != "stated":
            continue
        _, s_b = sentence_of(spans, ends[i][0])
        # (or the next sentence: "... be cut to 250 m. The motion was carried.")
        if _MOTION_CARRIED.match(norm[ends[i][1] : s_b + 60]):
            fields = {k: v for k, v in f.items() if k != "proposal"}
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


def _put_forward(
    norm: str, spans: list[tuple[int, int]], claims: list[Claim], ends: list[tuple[int, int]]
) -> list[Claim]:
    out = list(claims)
    awaits = [m.start() for m in _AWAITS.finditer(norm)]
    for i, c in enumerate(out):
        f = c.fields
        if f["status"] != "stated" or f.get("proposal"):
            continue
        start = ends[i][0]
        s_a, s_b = sentence_of(spans, start)
        own = norm[s_a:start]
        prev = out[i - 1].fields if i else None
        gap = norm[ends[i - 1][1] : start] if i else ""
        same_sentence = i and s_a <= ends[i - 1][0]
        put = (
            same_sentence
            and prev.get("proposal") == "proposed"
            and not re.search(r";|\.\s+[A-Z]|\bbut\b|\bwhile\b|\bwhereas\b", gap)
            and not _IN_FORCE.search(gap)
            and not _FINAL.search(gap)
            and not _IN_FORCE.search(re.split(r"[;.]\s", norm[ends[i][1] : s_b], maxsplit=1)[0])
        )
        if not put and _MODAL.search(norm[s_a:s_b]) and not _IN_FORCE.search(own):
            para = norm.rfind("\n\n", 0, s_a)
            before = norm[max(para, s_a - 600, 0) : s_a]
            put = bool(_RECOMMENDS.search(before)) or any(a > s_b for a in awaits)
        if put:
            out[i] = Claim(c.kind, {**f, "proposal": "proposed"}, c.quote, c.start, c.end)
    return out


# "Beyond the neutral zone and up to a distance of 15 km from the line": a band whose inner
# edge is the zone set before it
_BEYOND_ZONE = re.compile(
    r"\b(?:(?:beyond|outside|past)\s+|from\s+the\s+(?:outer\s+)?(?:edge|limit|boundary)\s+of\s+)"
    r"(?:the|this|that|its)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:zones?|buffers?|strips?|belts?|areas?|DMZ)\b[^.;\d]{0,60}?\b(?:up\s+to|to|as\s+far\s+as|"
    r"out\s+to)\s+(?:a\s+(?:distance|depth)\s+of\s+)?$",
    re.I,
)


def _beyond(norm: str, claims: list[Claim], ends: list[tuple[int, int]]) -> list[Claim]:
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        start = ends[i][0]
        if f["semantics"] not in ("per_side", "depth") or f["min_km"] != f["max_km"]:
            continue
        if not _BEYOND_ZONE.search(norm[max(0, start - 120) : start]):
            continue
        # "to a distance of 20 km from it on each side": counted from the zone, not a band
        if re.match(r"\s*(?:from|of)\s+(?:it|them)\b", norm[ends[i][1] : ends[i][1] + 20], re.I):
            continue
        inner = [
            o.fields
            for o in _defining(
                [
                    o
                    for o in out[:i]
                    if o.fields["semantics"] == f["semantics"]
                    and o.fields["status"] != "rejected"
                    and o.fields["max_km"] < f["min_km"]
                ]
            )
        ]
        if inner:
            said = f"{f['semantics_words'] or ''}; beyond the zone of {km_words(inner[-1])}".strip(
                "; "
            )
            fields = {
                **f,
                "min_km": inner[-1]["max_km"],
                "band": True,
                "semantics_words": said,
            }
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|an\s+additional|another|an\s+extra)\s+$", re.I)
_FURTHER_AFTER = re.compile(
    r"\s*(?:beyond|outside|past)\s+(?:it|them|that|this|the\s+(?:[\w'-]+\s+)?"
    r"(?:zone|buffer|strip|belt|area|line|border|boundary|river))\b",
    re.I,
)


def _further(
    norm: str, claims: list[Claim], s_a: int, m: Measurement, end: int
) -> tuple[dict, str] | None:
    """The zone a figure adds to: "a security zone 12 km on each side of the river, with a
    restricted weapons zone extending a further 12 km beyond it"."""
    before = norm[max(s_a, m.start - 30) : m.start]
    after = _FURTHER_AFTER.match(norm, end)
    if not _FURTHER_BEFORE.search(before) or after is None:
        return None
    prior = [
        c.fields
        for c in claims
        if c.fields["semantics"] in ("per_side", "depth")
        and c.fields["status"] != "rejected"
        and c.start >= norm.rfind("\n\n", 0, s_a)
    ]
    if not prior:
        return None
    words = _FURTHER_BEFORE.search(before).group() + m.value + " " + m.unit + after.group()
    return prior[-1], re.sub(r"\s+", " ", words)


# a figure named again as the subject of a short judgement: "That is why 25 km matters to us",
# "For us, 10 km is the minimum", "Five kilometres would not protect the town"
_AGAIN_BEFORE = re.compile(
    r"(?:^|[:,]\s*|\b(?:why|that|because|so|since|and|but|for\s+us,?|to\s+us,?|frankly,?|"
    r"only)\s+)(?:the\s+)?(?:figure\s+of\s+)?$",
    re.I,
)
_AGAIN_AFTER = re.compile(
    r"\s+(?:matters?|mattered|counts|keeps|protects|puts|saves|gives)\b"
    r"|\s+(?:is|was|remains?|would|will|must|has\s+to|had\s+to)\b"
    r"(?:\s+(?:not|never|still|simply|really|just|only|absolutely))*\s+"
    r"(?:matter|essential|vital|necessary|needed|enough|sufficient|the\s+minimum|the\s+least|"
    r"non-negotiable|acceptable|unacceptable|too\s+\w+|a\s+red\s+line|our\s+\w+|the\s+\w+\s+we|"
    r"realistic|unrealistic|possible|impossible|workable|unworkable|practical|on\s+the\s+table|"
    r"protect|keep|save|put|be\s+(?:enough|sufficient|acceptable|too\s+\w+))\b"
    # "Thirty kilometres would have emptied the town": what the figure would have done
    r"|\s+would\s+(?:(?:simply|surely|just|also)\s+)?have\s+(?!been\b)\w+(?:ed|en|t)\b",
    re.I,
)


def _named_again(
    norm: str, claims: list[Claim], s_a: int, m: Measurement, end: int
) -> Claim | None:
    """The earlier width a figure names again, when its own words give it no other reading."""
    if not _AGAIN_BEFORE.search(norm[s_a : m.start]) or not _AGAIN_AFTER.match(norm, end):
        return None
    same = [
        c
        for c in claims
        if abs(c.fields["min_km"] - m.low_km) < 1e-9 and abs(c.fields["max_km"] - m.high_km) < 1e-9
    ]
    return same[-1] if same else None


# "Pellas turned the ten miles down flat", "Norvik would not hear of one mile", "they rejected
# the 20 km outright": a refusal of a figure named before, with no zone words of its own
_REFUSED_BEFORE = re.compile(
    rf"(?:{REJECT.pattern}|{DROPPED.pattern})\s+(?:(?:the|their|our|his|her|its|that|this|any|"
    r"even)\s+)?(?:(?:idea|figure|demand|offer)\s+of\s+)?$"
    r"|\bturn\w*\s+(?:the|their|our|his|her|its|that|this)\s+$",
    re.I,
)
_REFUSED_AFTER_CUE = re.compile(
    r"\s+(?:was|is|were|are|would\s+be|had\s+been|has\s+been)\s+(?:(?:simply|flatly|quickly|"
    r"always|also|plainly)\s+)?(?:out\s+of\s+the\s+question|unacceptable|not\s+acceptable|"
    r"a\s+non-starter|rejected|refused|turned\s+down|dismissed|dropped|abandoned|shelved|"
    r"ruled\s+out)\b",
    re.I,
)
_REFUSED_AFTER = re.compile(
    r"\s*(?:down\b|out\b)?\s*(?:flat\b|outright\b|at\s+once\b)?\s*(?:[.,;!?]|$)"
)


_REFUSED_IT = re.compile(
    r"\b(?:refused|rejected|turned\s+down|declined)\s+(?:it|that|this|them|the\s+(?:proposal|offer|"
    r"idea|demand|request|figure))\b[^.;,]{0,20}[;,:]\s*$",
    re.I,
)


# a figure named again and judged, right before it and right after it: "COURT FOUND 40 KM
# DISPROPORTIONATE", "the board thought 500 metres excessive"
_FOUND_BEFORE = re.compile(
    r"\b(?:found|judged|held|deemed|considered|thought|called)\s+(?:the\s+|that\s+)?$", re.I
)
_WRONG_SIZE_AFTER = re.compile(
    r"\s+(?:to\s+be\s+|as\s+)?(?:wholly\s+|quite\s+|clearly\s+|plainly\s+|far\s+|much\s+)?"
    + WRONG_SIZE
    + r"\b",
    re.I,
)


def _refused_again(
    norm: str, claims: list[Claim], s_a: int, m: Measurement, end: int
) -> tuple[Claim, str] | None:
    """The earlier width a refusal names again by its figure, and the refusal's kind."""
    clause = re.split(r"[,;:]\s", norm[s_a : m.start])[-1]
    same = [
        c
        for c in claims
        if abs(c.fields["min_km"] - m.low_km) < 1e-9 and abs(c.fields["max_km"] - m.high_km) < 1e-9
    ]
    if (
        same
        and same[-1].fields["status"] == "rejected"
        and _REFUSED_IT.search(norm[s_a : m.start - len(clause)])
    ):
        # "Dravnik refused it flatly; their people said that ten kilometres would hand over half
        # the valley": the refused figure, named again in the refusers' reason
        return same[-1], same[-1].fields.get("proposal") or "rejected"
    if (
        same
        and _FOUND_BEFORE.search(clause)
        and (judged := _WRONG_SIZE_AFTER.match(norm, end))
        and not re.search(r"\d", judged.group())
    ):
        # "PROSECUTOR HAD ASKED FOR 40 KM. COURT FOUND 40 KM DISPROPORTIONATE": the figure
        # named again and judged the wrong size
        return same[-1], "rejected"
    cue = _REFUSED_BEFORE.search(clause)
    if cue is None or not _REFUSED_AFTER.match(norm, end):
        # "We told them that 30 km was out of the question": the refusal after the figure
        cue = _REFUSED_AFTER_CUE.match(norm, end)
        if cue is None or not re.search(r"(?:^|\b(?:that|but|and|so)\s+)$", clause, re.I):
            return None
    if cue.group().lower().startswith("turn") and not re.match(r"\s*down\b", norm[end:], re.I):
        return None
    if not same:
        return None
    told = fate(cue.group())
    return same[-1], told[0] if told else "rejected"


# "keep tanks 15 km from the line on each side, and rocket launchers beyond a distance of 25 km":
# the second figure's verb and line are left out (gapped); it shares the first one's reading
_GAPPED = re.compile(
    r"[^.;]{0,60}?,?\s+(?:and|while)\s+(?:[\w'-]+\s+){1,5}?(?:(?:at\s+least|at\s+most|no\s+closer"
    r"\s+than|not\s+less\s+than|beyond|within|up\s+to)\s+)?(?:a\s+distance\s+of\s+)?",
    re.I,
)


_ELLIPSIS = re.compile(
    # the first figure's line may come between ("15 km from the line; lighter weapons, 5 km")
    r"(?:\s+(?:back\s+)?(?:from|of|behind|beyond|off)\s+[^;,.\d]{1,40}?"
    r"|\s*-?\s*(?:deep|wide|across|in\s+depth|in\s+width))?"
    r"\s*[;,]\s*(?:and\s+|while\s+|whereas\s+)?(?:the\s+|their\s+|its\s+)?[\w'-]+(?:\s+[\w'-]+)?"
    r"(?:\s*,\s*|\s+)(?:(?:only|just|about|some|around)\s+)?",
    re.I,
)


# a verb of its own after "and": not a gapped clause ("and the front is 200 km")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|runs?|ran|lies?|lay|stretch\w*|measur\w*|"
    r"covers?|spans?|reach\w*|extends?|fl(?:y|ew)|fires?|travel\w*)\b",
    re.I,
)


# the words that mark a figure read as the next of a list by class (weapon, voltage, use)
_LIST_WORDS = "(a list by weapon)"


# a second reach that shares the "within" of the one before: "within 400 metres of any school,
# and 250 metres of a youth club", "... of any school. And 250 metres of a youth club"
_WITHIN_SHARED_GAP = re.compile(
    r"\s+(?:of|from)\s+[^;:.\d()\n]{1,60}?(?:,\s*|\.\s+|\s+)(?:and|or|nor)\s+"
    r"(?:(?:only|just|also)\s+)?"
    # a figure in words taken back on the way: "And two hundred - sorry, I mean two hundred
    # and fifty - metres of a youth club"
    r"(?:(?:[a-z]+[\s-]+){1,4}?-?\s*sorry\b[^.;\d]{0,30}?)?",
    re.I,
)
_OF_A_THING = re.compile(r"\s+(?:of|from)\s+(?:an?|the|any|each|every)\s", re.I)


def _within_shared(
    norm: str, prev: dict, prev_span: tuple[int, int], m: Measurement, end: int
) -> WidthReading | None:
    """The reading of a reach listed after one read from its "within" (see above)."""
    if prev["semantics"] != "depth" or not str(prev.get("semantics_words") or "").startswith(
        "within"
    ):
        return None
    if not (
        _WITHIN_SHARED_GAP.fullmatch(norm[prev_span[1] : m.start]) and _OF_A_THING.match(norm, end)
    ):
        return None
    words = f"within, as {prev['value']} {prev['unit']} before it (the same verb)"
    put = "proposed" if prev.get("proposal") == "proposed" else None
    return WidthReading("depth", words, None, "stated", put)


def _gapped(
    norm: str,
    claims: list[Claim],
    ends: list[tuple[int, int]],
    s_a: int,
    m: Measurement,
    end: int,
    s_b: int,
) -> WidthReading | None:
    """The reading of a figure whose verb and line are those of the width just before it."""
    if claims and (shared := _within_shared(norm, claims[-1].fields, ends[-1], m, end)):
        return shared
    if not claims or ends[-1][0] < s_a:
        return None
    prev = claims[-1].fields
    gap = norm[ends[-1][1] : m.start]
    # "The north proposed 30 km; the south, 10 km.": the verb left out after a new subject
    # "50 km for artillery of 100 mm and over; 70 km for MLRS; 140 km for Tornado-S"
    if re.fullmatch(r"\s+for\s+[^;.]{1,80}?[;,]\s*(?:and\s+)?", gap) and re.match(
        r"\s+for\b", norm[end:s_b]
    ):
        words = f"as {prev['value']} {prev['unit']} before it {_LIST_WORDS}"
        return WidthReading(prev["semantics"], words, None, "stated", prev.get("proposal"))
    ends_there = re.match(r"\s*(?:[.;]|$)", norm[end:s_b])
    listed = re.match(r"\s*(?:[.;,]|and\b|$)", norm[end:s_b])
    # "10 km deep; the Kuwaiti side, 5 km" (but not "5 km wide; the lake, 10 km")
    part_of_zone = not re.match(r"\s*-?\s*(?:deep|wide|across|in\s)", gap, re.I) or re.search(
        r"\b(?:side|bank|shore|part|section|sector|half|end|stretch)\s*,", gap, re.I
    )
    if (
        part_of_zone
        and _ELLIPSIS.fullmatch(gap)
        and (
            ends_there
            or (listed and not _FINITE.search(gap) and prev["semantics"] != "unspecified")
        )
    ):
        words = f"as {prev['value']} {prev['unit']} before it (the same verb)"
        put = "proposed" if prev.get("proposal") == "proposed" else None
        return WidthReading(prev["semantics"], words, None, "stated", put)
    # (a figure refused before it still says what the zone measures: "moved to a kilometre
    # each side, which we turned down, and we came down to two")
    # ("turned the ten miles down flat, and Norvik would not hear of one mile": a fate of its
    # own, told right before the figure)
    own_fate = fate(re.split(r",|\band\b", gap)[-1])
    if prev["semantics"] == "unspecified" or (prev["status"] == "rejected" and own_fate):
        return None
    if not _GAPPED.fullmatch(gap) or _FINITE.search(gap.rsplit(" and ", 1)[-1]):
        return None
    if not re.match(r"\s*(?:[.;]|$)", norm[end:s_b]):
        return None
    words = f"as {prev['value']} {prev['unit']} before it (the same verb and line)"
    return WidthReading(prev["semantics"], words, None, "stated")


_SAME_HERE = re.compile(
    r"[^.;]{0,80}?,?\s+(?:and|while)\s+[^.;]{0,60}?\b(?:do|does|will\s+do|must\s+do|shall\s+do|"
    r"is\s+to\s+do|are\s+to\s+do)\s+(?:the\s+same|likewise)\b|[^.;]{0,80}?\bvice\s+versa\b"
    # "... 6 km back; the Orvan army will do the same"
    r"|[^.;]{0,40}?;\s*[^.;]{0,60}?\b(?:army|forces|troops|side|party)\s+(?:will\s+|must\s+|shall\s+|is\s+to\s+)?"
    r"do(?:es)?\s+(?:the\s+same|likewise)\b",
    re.I,
)
_SAME_AHEAD = re.compile(
    r"^\W*(?:the\s+other\s+(?:side|party|army)|they|the\s+\w+\s+(?:side|army|forces|troops|party)|"
    r"(?-i:[A-Z])[\w'-]+(?:'s)?\s+(?:army|forces|troops|side))\b[^.]{0,30}?"
    r"\b(?:do|does|will\s+do|must\s+do|shall\s+do|is\s+to\s+do)\s+(?:the\s+same|likewise)\b",
    re.I,
)


# what a denial says nobody did with a figure: "Nobody ever proposed 40 km", "put fifty on the
# table", "no one has ever asked for ..."
_PUT_VERB = (
    r"\b(?:put|puts|propos\w*|suggest\w*|offer\w*|ask\w*|mention\w*|discuss\w*|spoke|speak\w*|"
    r"tabl\w*|rais\w*|float\w*|agree\w*|talk\w*|demand\w*|sought|seek\w*|said|says|wanted|"
    r"accept\w*|signed|called)\b"
)


# the words of each unit, as a denial may name a figure again in another spelling
_UNIT_WORDS = {
    code: "(?:" + "|".join(f"(?:{w})" for w, c in UNIT_WORDS.items() if c == code) + ")"
    for code in {c for c in UNIT_WORDS.values() if isinstance(c, str)}
}


def _denied(norm: str, spans: list[tuple[int, int]], s_b: int, m: Measurement) -> bool:
    """A figure the text says nobody proposed ("Nobody ever put forward 40 km", "denies
    reports of a 50 km zone; no such figure was discussed")."""
    ahead = norm[s_b : s_b + 400]
    figure = re.escape(norm[m.start : m.end])
    # "a fifty-kilometre buffer" ... "Nobody ever put fifty on the table": the number alone
    number = m.value.split()[-1] if m.value.split() else ""
    if number.lower() not in ("", "a", "an", "one", "half"):
        # (not "a kilometre" ... "Nobody may be within 300 m of a charge": "a" is no figure)
        # ("a five-kilometre plan" ... "There is no five-kilometre plan. Nobody has proposed
        # five kilometres": the number with its unit, however written)
        unit = _UNIT_WORDS.get(m.unit_code or "", r"(?!)")
        figure = (
            rf"(?:{figure}|\b{re.escape(number)}\b(?!\s*-?\s*\w*(?:km|kilomet|mile|met))"
            rf"|\b{re.escape(number)}\s*-?\s*{unit}\b)"
        )
    if re.search(
        # (not "nobody who has seen a motel fall into the sea thinks 50 feet is enough": an
        # opinion of the figure, not a denial that it was put forward)
        rf"\b(?:nobody|no\s+one|no\s+side|never)\b[^.;]{{0,80}}?{_PUT_VERB}[^.;]{{0,40}}?{figure}"
        # "There was never a ten-mile compromise on the table"
        # (not "is never less than 1.5 m", a bound)
        rf"|\b(?:was|were|is|has\s+been|had\s+been)\s+(?:never|no)\b(?!\s+(?:less|more|fewer|"
        rf"greater|smaller|larger|closer|nearer|further|farther|narrower|wider|shorter|longer)\b)"
        rf"[^.;]{{0,40}}?{figure}",
        ahead,
        re.I,
    ):
        return True
    s_a = sentence_of(spans, m.start)[0]
    rest = re.split(r"[;]|(?<=[.!?])\s+", norm[m.end : s_b], maxsplit=1)
    after = [rest[1]] if len(rest) > 1 else []
    # the denial may follow a short question and a speaker's name: "Did it?" "GEN. REYNE: No."
    after += [
        p
        for p in re.split(r"(?<=[.!?:])[\"']?\s+(?=[\"']?[A-Z])", ahead[:200].strip())
        if p.strip()
    ][:6]
    # "... within 30 km. Some claimed we would accept 60 km. No such figure was put forward":
    # a denial belongs to the figure nearest before it
    for k, part in enumerate(after):
        if OWN_FIGURE.search(part):
            after = after[:k]
            break
    return denied(norm[s_a : m.start], after)


def _supersede(
    norm: str, claims: list[Claim], stages: list[tuple[int, float | None, str | None]]
) -> list[Claim]:
    """Earlier versions of a figure, followed in the same paragraph by a later one.

    "Our initial proposal was 30 km. The second version said 20 km. In the
    final text the figure is 12 km.": 30 and 20 km are superseded. A figure
    someone asked for or offered and then settled otherwise is "dropped"
    when the speaker asked for it ("We asked for ten kilometres"), and
    "rejected" when the other side offered it.
    """
    out = list(claims)
    for i, (pos, stage, asked) in enumerate(stages):
        f = out[i].fields
        if f["status"] == "rejected":
            continue
        rank = stage if stage is not None else (0.5 if asked else None)
        label = "superseded" if stage is not None else ("dropped" if asked == "own" else "rejected")
        if rank is None or rank >= 2:
            continue
        for j in range(i + 1, len(stages)):
            pos_j, stage_j, _ = stages[j]
            if "\n\n" in norm[pos:pos_j].replace(" ", "") or pos_j - pos > 800:
                break
            g = out[j].fields
            if (
                stage_j is not None
                and stage_j > rank
                and g["status"] != "rejected"
                and (g["min_km"], g["max_km"]) != (f["min_km"], f["max_km"])
            ):
                out[i] = Claim(
                    "width",
                    {**f, "status": "rejected", "proposal": label},
                    out[i].quote,
                    out[i].start,
                    out[i].end,
                )
                break
        else:
            # "In the end they settled on 6 km, after the rebels had proposed 15 km"
            if not _EARLIER.search(norm[max(0, pos - 80) : pos]):
                continue
            for j in range(i - 1, -1, -1):
                pos_j, stage_j, _ = stages[j]
                if "\n\n" in norm[pos_j:pos].replace(" ", "") or pos - pos_j > 800:
                    break
                g = out[j].fields
                settled = stage_j == 2 or (
                    stage_j is None
                    and stages[j][2] is None
                    and g["status"] != "rejected"
                    and not g.get("proposal")
                )
                if settled and (g["min_km"], g["max_km"]) != (f["min_km"], f["max_km"]):
                    fields = {**f, "status": "rejected", "proposal": label}
                    out[i] = Claim("width", fields, out[i].quote, out[i].start, out[i].end)
                    break
    return out


# a figure put forward before the final one was settled: "had proposed", "had asked for"
_EARLIER = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:propos|ask|offer|want|demand|suggest|sought|push|call|float|tabl|"
    r"insist)\w*",
    re.I,
)


def _deadline_claims(
    text: Text, spans: list[tuple[int, int]], anchor: dt.date | None, basis: str | None
) -> list[Claim]:
    norm = text.norm
    found = find_deadlines(norm, spans, anchor, basis)
    claims: list[Claim] = []
    at: list[int] = []
    last_what: dict[int, str] = {}
    for k, d in enumerate(found):
        s_a, s_b = sentence_of(spans, d.start)
        lo = max([x.end for x in found[:k] if s_a <= x.start < s_b], default=s_a)
        hi = min([x.start for x in found[k + 1 :] if s_a <= x.start < s_b], default=s_b)
        segment = norm[lo:hi]
        what = d.what or what_for(segment, d.start - lo)
        if (
            what is None
            and lo == s_a
            and re.search(r"[A-Za-z]\s*\n\s*$", norm[max(0, s_a - 3) : s_a])
            and not any(sentence_of(spans, s_a - 1)[0] <= x.start < s_a for x in found[:k])
        ):
            # a sentence cut at a line break (a telex's "... TO THE COMMISSION\nWITHIN TEN DAYS"):
            # the words of the line before it (when that line holds no deadline of its own)
            prev = sentence_of(spans, s_a - 1)[0]
            what = what_for(norm[prev:hi], d.start - prev)
        if (
            what is None
            and hi < s_b
            and re.match(r"\s*(?:until|till|to)\b", norm[d.end : hi + 6], re.I)
        ):
            # "From 10 March until 14 March 2025 a large area is closed": a span's first day,
            # read with the rest of its sentence
            what = what_for(norm[lo:s_b], d.start - lo)
        if what is None:
            # "... by Nov. 15, Agdam by Nov. 20": a list sharing one verb
            what = last_what.get(s_a)
        if what is None:
            continue
        last_what[s_a] = what
        quote, q_a, q_b = _quote(text, (s_a, s_b), d.start, d.end)
        words, w_a, w_b = text.quote(d.start, d.end)
        fields = {
            "date": d.date.isoformat() if d.date else None,
            "relative": re.sub(r"\s+", " ", d.relative) if d.relative else d.relative,
            "what": what,
            "words": words,
            "basis": d.basis,
            "words_start": w_a,
            "words_end": w_b,
        }
        if d.start_of:
            fields["begins"] = True
        if d.status:
            fields["status"] = d.status
        claims.append(Claim("deadline", fields, quote, q_a, q_b))
        at.append(d.start)
    return _headline_again(norm, claims, at)


def _headline_again(norm: str, claims: list[Claim], at: list[int]) -> list[Claim]:
    """A headline's deadline that the story below gives again ("NATO gives Serbs until Sunday"
    over "... until 0001 GMT on Sunday") is the story's: one claim, from the story."""
    head = re.match(r"\s*([^\n]{10,160})\n[ \t]*\n", norm)
    if head is None or re.search(r"[.;:]\s*$", head.group(1)):
        return claims
    end = head.end(1)
    body = {
        c.fields["date"] for c, a in zip(claims, at, strict=True) if c.fields["date"] and a >= end
    }
    return [c for c, a in zip(claims, at, strict=True) if a >= end or c.fields["date"] not in body]


def _route_claims(text: Text, spans: list[tuple[int, int]]) -> list[Claim]:
    """Each pair of places once per report (a question and its answer name it twice)."""
    claims, seen = [], set()
    for r in find_routes(text.norm):
        s_a, s_b = sentence_of(spans, r.start)
        key = frozenset((r.origin.lower(), r.destination.lower()))
        if key in seen:
            continue
        seen.add(key)
        quote, q_a, q_b = _quote(text, (s_a, s_b), r.start, r.end)
        fields = {
            "from": r.origin,
            "to": r.destination,
            "name": r.name,
            "known_route": None,
            "flag": None,
        }
        if r.stretch:
            # the road's name as the report writes it ("R-12", "the Sarn–Kolm road"), on one line
            road = re.sub(r"\s+", " ", r.name)
            spelt = re.search(
                r"\s+".join(re.escape(w).replace("\\-", "[-\u2013\u2014]") for w in road.split()),
                text.source,
            )
            fields["road"] = re.sub(r"\s+", " ", spelt.group()) if spelt else road
        claims.append(Claim("route", fields, quote, q_a, q_b))
    return claims


def extract(
    source_text: str,
    source: str,
    date: dt.date | None = None,
    date_basis: str | None = None,
    notes: tuple[str, ...] = (),
) -> Document:
    """Read one report's claims.

    Parameters
    ----------
    source_text : str
        The report as decoded.
    source : str
        Its name (a file path) for the record.
    date, date_basis : datetime.date and str, optional
        The report's date, if known from outside its text, and where it
        came from; by default the date the text itself gives.
    notes : tuple of str
        Notes to keep with the document (e.g. how it was decoded).

    Returns
    -------
    Document
    """
    text = normalise(source_text)
    if date is None:
        own = document_date(text.norm, text.source)
        date, date_basis = own.date, own.basis
    return extract_text(text, source, date, date_basis, notes)


def extract_text(
    text: Text,
    source: str,
    date: dt.date | None,
    date_basis: str | None,
    notes: tuple[str, ...] = (),
) -> Document:
    """Read the claims of a report already normalised (see :func:`extract`)."""
    spans = sentences(text.norm)
    claims = [
        *_width_claims(text, spans),
        *_deadline_claims(text, spans, date, date_basis),
        *_route_claims(text, spans),
    ]
    claims.sort(key=lambda c: (c.start, ("width", "deadline", "route").index(c.kind)))
    claims = _totals_of_per_side(claims)
    claims = _again_as_before(text.source, claims)
    claims = _named_before_told(text.source, claims)
    claims = _offers_for_the_zone(text.source, claims)
    claims = as_the_report_measures(text.source, claims)
    lines = caps_lines_joined(text.norm, spans)
    claims = learned_fates(text.norm, text.starts, lines, claims)
    claims = learned_semantics(text.norm, text.starts, lines, claims)
    claims = asked_left_bare(text.norm, text.starts, claims)
    return Document(source, date, date_basis, tuple(claims), notes, text.source)


def _again_as_before(source: str, claims: list[Claim]) -> list[Claim]:
    """A figure named again reads as the last earlier mention that says what it measures.

    Besides the re-mentions the rules mark, a bare figure no rule could read
    ("PRESENTER: So 6 km is the final figure", "Compromise of 2 km agreed")
    is one when an earlier width of the report has the same figure; a figure
    that names a zone of its own ("The 25-kilometre zone") is left as read.
    """
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        if c.kind != "width" or f["semantics"] != "unspecified":
            continue
        if (f.get("semantics_words") or "") == "as the figure it changed":
            # "reduced the figure to 20 km": what the last figure before it measured
            before = [
                o.fields
                for o in out[:i]
                if o.kind == "width" and o.fields["semantics"] != "unspecified"
            ]
            if before:
                out[i] = Claim(
                    c.kind, {**f, "semantics": before[-1]["semantics"]}, c.quote, c.start, c.end
                )
            continue
        words = f.get("semantics_words") or ""
        # a figure only the context model read, named again ("The 25 kilometres is now
        # off the table"): a re-mention as much as one the rules saw
        # (a figure that names a zone or a limit of its own, "the 25-kilometre zone", "the
        # 400-metre limit", is no bare one)
        named = _FIGURE_NOUN.match(source, f["figure_end"]) or re.match(
            r"\s*-?\s*limits?\b", source[f["figure_end"] :]
        )
        # "The 12 km zone is patrolled daily" after "The buffer extends 12 km into Varesh
        # territory": a zone named again by its figure, with the definite article
        again = named and re.search(
            r"\b(?:the|this|that|its|their)\s+(?:same\s+)?$",
            source[max(0, f["figure_start"] - 12) : f["figure_start"]],
            re.I,
        )
        bare = not words and (not named or again)
        if not (words.startswith(AGAIN_WORDS) or words == LEARNED or bare):
            continue
        earlier = [
            o.fields
            for o in out[:i]
            if o.kind == "width"
            and o.fields["semantics"] != "unspecified"
            and same_figure(o.fields, f)
        ]
        if earlier:
            fields = {**f, "semantics": earlier[-1]["semantics"]}
            if bare:
                fields["semantics_words"] = f"{AGAIN_WORDS} {km_words(f)}"
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


_DEFINITE = re.compile(r"\b(?:the|this|that|its)\s+$", re.I)


def _named_before_told(source: str, claims: list[Claim]) -> list[Claim]:
    """A zone named by its figure before the report says what the figure measures.

    "whether he will extend the 2-nautical-mile zone to 6 nautical miles ... a
    no-take zone extending 2 nautical miles from the low-water mark": "the"
    points to a zone the reader is meant to know, told further on; the first
    later mention of the same figure that says what it measures decides.
    """
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        if c.kind != "width" or f["semantics"] != "unspecified" or f.get("semantics_words"):
            continue
        if not _DEFINITE.search(source[max(0, f["figure_start"] - 30) : f["figure_start"]]):
            continue
        later = [
            o.fields
            for o in out[i + 1 :]
            if o.kind == "width"
            and o.fields["semantics"] != "unspecified"
            and abs(o.fields["min_km"] - f["min_km"]) < 1e-9
            and abs(o.fields["max_km"] - f["max_km"]) < 1e-9
        ]
        if later:
            words = f"as the later mention of {km_words(later[0])}"
            fields = {**f, "semantics": later[0]["semantics"], "semantics_words": words}
            if not f.get("reference") and later[0].get("reference"):
                fields["reference"] = later[0]["reference"]
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


# "UP FROM ITS EARLIER OFFER OF 1 KM", "The Respondents' proposal of 50 metres": a bare
# figure put forward for the zone the passage is about
# ("Cllr Dane moved an amendment for 1 km": a motion puts a figure forward as an offer does)
_OFFER_OF = re.compile(
    r"\b(?:offer|proposal|demand|request|counter-?offer|idea|plan|bid|suggestion|amendment|"
    r"motion)s?\s+"
    r"(?:of|for)\s+(?:only\s+|just\s+|some\s+)?$",
    re.I,
)


# after an offer's figure: the one side it lies on ("500 metres, and only on our side of the line")
_ONE_SIDE_AFTER = re.compile(
    r"[^.;\n]{0,60}?\b(on\s+(?:our|their|its|his|her|one|your)\s+(?:own\s+)?side)\b", re.I
)
# a figure of the talks said bare: "Their counter-offer was four kilometres", "Our own first
# offer was eight", "we came down to ten; they came up to six", "Skovald came back with two",
# "We moved to six"
_BARE_OFFER = re.compile(
    r"\b(?:(?:counter-?)?offer|proposal|demand|bid|answer|position)\s+(?:was|is|had\s+been)\s+"
    r"(?:(?:only|just|some|about)\s+)?$"
    r"|\b(?:we|they|he|she|it|I)\s+(?:then\s+|later\s+|finally\s+)?(?:came\s+(?:down|up|back)\s+"
    r"(?:to|with)|moved\s+to|went\s+(?:down|up)\s+to|offered|countered\s+with)\s+"
    r"(?:(?:only|just|some|about)\s+)?$",
    re.I,
)


def _sentences_apart(source: str, a: int, b: int) -> int:
    """How many full stops (or ! and ?) stand between two offsets of a text."""
    lo, hi = min(a, b), max(a, b)
    return len(re.findall(r"[.!?][\"')]*\s", source[lo:hi]))


def _offers_for_the_zone(source: str, claims: list[Claim]) -> list[Claim]:
    """A figure offered, proposed or demanded for a zone measures what that zone does.

    "A STRIP 3 KM EACH SIDE OF THE RIVER, UP FROM ITS EARLIER OFFER OF 1 KM": an
    offer named by its bare figure, in a paragraph whose other widths all say
    what they measure, in its sentence or the one next to it, (and agree)
    measures the same; where they disagree or there are none, it stays
    unspecified.
    """
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        if c.kind != "width" or f["semantics"] != "unspecified":
            continue
        if f.get("semantics_words") not in (None, LEARNED):
            continue
        at = f["figure_start"]
        lead = source[max(0, at - 40) : at]
        bare = _BARE_OFFER.search(lead)
        if not (_OFFER_OF.search(lead) or bare):
            continue
        if side := _ONE_SIDE_AFTER.match(source, at + len(f["figure"])):
            # "Brolland's first answer was 500 metres, and only on our side of the line": the
            # offer says itself how it lies
            words = " ".join(side.group(1).split())
            fields = {**f, "semantics": "depth", "semantics_words": words}
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
            continue
        paragraph = source.rfind("\n\n", 0, at)
        paragraph_end = source.find("\n\n", at) % (len(source) + 1)
        told = {
            o.fields["semantics"]
            for o in claims
            if o.kind == "width"
            and o is not c
            and o.fields["semantics"] != "unspecified"
            and paragraph < o.fields["figure_start"] < paragraph_end
            and _sentences_apart(source, o.fields["figure_start"], at) <= 1
        }
        if not told and bare and f["status"] != "rejected":
            # "Our second proposal was twelve", "In April we came down to ten": a figure of the
            # talks still on the table, in a report whose widths all measure one way (a refused
            # one keeps no measure it was not given: asked.py)
            told = {
                o.fields["semantics"]
                for o in claims
                if o.kind == "width" and o is not c and o.fields["semantics"] != "unspecified"
            }
        if len(told) == 1:
            (semantics,) = told
            words = "as the zone the offer is for"
            fields = {**f, "semantics": semantics, "semantics_words": words}
            out[i] = Claim(c.kind, fields, c.quote, c.start, c.end)
    return out


# words that make a figure the whole of what each side's figures leave between them: "so there
# will be thirty kilometres of empty ground between the two armies"
_SO_THERE = re.compile(
    r"\b(?:so|thus|hence|giving|making|leaving|creating|forming|which\s+(?:gives|makes|leaves|"
    r"creates|forms))\b[^.;:\d]{0,40}$",
    re.I,
)
_BETWEEN_AFTER = re.compile(r"^[^.;:\d]{0,40}?\bbetween\s+(?:the\s+)?(?:two|both|opposing)\b", re.I)
# a figure and each side's half of it right after it: "thirty kilometres, fifteen on each side"
_HALF_AFTER = re.compile(
    rf"^\s*,\s*(?:that\s+is\s+|i\.\s?e\.\s+|or\s+)?(?:{NUMBER.pattern})(?:{UNIT.pattern})?\s+"
    r"(?:on\s+)?(?:each|either|per)\s+side\b",
    re.I,
)


def _whole_of_each_side(c: Claim, o: Claim) -> bool:
    """Whether ``c``, read per side like ``o`` by the same words (or by a model), is the whole
    zone each side's ``o`` makes ("so there will be thirty kilometres ... between the two
    armies", "thirty kilometres, fifteen on each side")."""
    f, g = c.fields, o.fields
    if f["semantics"] != "per_side" or f["status"] != g["status"]:
        return False
    if f.get("semantics_words") not in (g.get("semantics_words"), LEARNED):
        return False
    a, b = f.get("figure_start"), f.get("figure_end")
    if a is None or b is None:
        return False
    before, after = c.quote[: a - c.start], c.quote[b - c.start :]
    return bool(_SO_THERE.search(before) or _BETWEEN_AFTER.match(after) or _HALF_AFTER.match(after))


def _totals_of_per_side(claims: list[Claim]) -> list[Claim]:
    """ "5 km on each side of the line, a 10 km zone": the 10 km is the total width."""
    out = []
    for c in claims:
        f = c.fields
        if c.kind == "width" and (
            (f["semantics"] == "unspecified" and f["status"] != "rejected")
            or f["semantics"] == "per_side"
        ):
            for o in claims:
                g = o.fields
                if (
                    o.kind == "width"
                    and o is not c
                    and g["semantics"] == "per_side"
                    and (o.start, o.end) == (c.start, c.end)
                    and abs(2 * g["min_km"] - f["min_km"]) < 1e-9
                    and abs(2 * g["max_km"] - f["max_km"]) < 1e-9
                    and (f["semantics"] == "unspecified" or _whole_of_each_side(c, o))
                ):
                    words = f"twice the {km_words(g)} on each side in the same sentence"
                    c = Claim(
                        c.kind,
                        {**f, "semantics": "total", "semantics_words": words},
                        c.quote,
                        c.start,
                        c.end,
                    )
                    break
        out.append(c)
    return out


def km_words(f: dict[str, Any]) -> str:
    """``"5 km"`` or ``"5-6 km"`` for a width's fields."""
    lo, hi = f["min_km"], f["max_km"]
    return f"{lo:g} km" if lo == hi else f"{lo:g}-{hi:g} km"


def plain(words: str) -> str:
    """Collapse whitespace in quoted words for one-line display."""
    return re.sub(r"\s+", " ", words).strip()


__all__ = ["Claim", "Document", "extract", "extract_text", "plain"]
