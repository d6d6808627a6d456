"""Radii: the point or thing a zone's reach is counted from, and the wording of a reach about it."""

from __future__ import annotations

import re

from .cues import _AFTER_FROM, _OUT_FROM
from .figure import Figure
from .references import REFERENCE
from .zonewords import (
    _CHANGED_TO,
    _DIR,
    _I,
    _IF_IT_LIES,
    _IN_THE_ZONE_AFTER,
    _RING,
    _RING_OR_ZONE,
    _RULE,
    _ZONE,
    MUST,
    PLACE_ON_A_RIVER,
    ZONE_NOUN,
    _ws,
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
    r"VOR(?:/DME)?|VORTAC|TACAN|NDB|beacon|"
    # the middle of an old town, a fortress or a spring a cordon is drawn round: "two leagues
    # from the Market Cross", "half a league beyond the glacis", "one league around the spring"
    r"market\s+cross|cross|church|cathedral|chapel|mosque|temple|shrine|fort|fortress|castle|"
    r"citadel|palace|spring|wellhead|glacis)"
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


def thing_around(after: str) -> str | None:
    """What a zone surrounds, named a few words after its figure: "around each clinic on
    Mattock Lane" -> "clinic on Mattock Lane", "around every installation" -> "installation".
    None if not said.
    """
    m = _AROUND_THING.match(after)
    if m is None:
        named = AROUND_A_NAME.match(after)
        return _ws(named.group("name")) if named else None
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
    # ("300 feet away from her residence": a person's own place)
    r"(?:the\s+|an?\s+|any\s+|all\s+|(?:his|her|their|your|our)\s+(?=(?-i:[a-z])[\w'-]{3,}\b)|"
    # ("within 400 metres of each school", "of each of the three schools")
    r"(?:each|every)\s+(?:(?:one\s+)?of\s+(?:the|its|their)\s+(?:(?:two|three|four|five|six|\d+)\s+)?)?"
    r"(?!other\b|side\b|bank\b))?"
    r"(?:(?-i:[a-z])[\w'-]*\s+(?=(?-i:[A-Z])))?"
    rf"(?P<thing>(?:(?!{_LINE_WORD}\b)(?!(?:under|as|and|or|for|in|on|at|by|while|when|to|is|are|"
    # ("the guard vessel stationed on its edge": where the thing is, not its name)
    r"stationed|moored|anchored|positioned|located|lying|based|deployed|has|have|had|"
    r"was|were|must|may|shall|will|with|than|unless|until|during|without|if|near|beyond|inside|"
    r"outside|around|except|where|which|that|who|a|an|the)\b)"
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


# what makes an area a zone rather than a place: "the restricted area", "the danger area"
_ZONE_KIND = re.compile(
    r"\b(?:buffer|restricted|protected|border|frontier|exclusion|prohibited|closed|danger|"
    r"security|safety|demilitari[sz]ed|neutral|controlled|military|training|separation|no-go|"
    r"evacuation|special|designated|conservation|regulated)\s*$",
    re.I,
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
    area = re.match(r"\s*(areas?)\b", after[m.end() :], _I) if m is not None else None
    if area and not _ZONE_KIND.search(m.group("thing")):
        # "from a populated area", "of the tank wagon standing area": a place of some use
        # (not "of the restricted area", a zone)
        return _ws(m.group("thing") + " " + area.group(1))
    # ("from the nest where the activity ...": a clause about the thing, not a line after it)
    if m is None or re.match(
        rf"(?!(?:where|which|that|who)\b){_LINE_WORD}\b", after[m.end() :].strip(), _I
    ):
        return None
    # ("of CFL", "from the Harn watershed": a line the reference reader knows)
    line = REFERENCE.match(after.lstrip())
    if line and not (line.group("proper") or line.group("stream")):
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
    # ("We asked everyone to get at least 50 metres away": an instruction to move off)
    r"(?:\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping|remain|remains|remaining|get|"
    r"move)\s+"
    # "keeping houses about 1,857 feet away": what a rule keeps away, named before the figure
    r"(?:(?:houses|homes|people|dwellings|buildings|the\s+public|spectators|visitors|walkers|"
    r"boats|vessels|vehicles|crowds|traffic|everyone|everybody|anyone|others|bystanders|"
    r"onlookers|workers|staff|children|pets|dogs|animals|livestock|the\s+crowd)\s+)?"
    # "people should keep a distance of at least 330 feet from the nest"
    r"(?:an?\s+(?:safe\s+|minimum\s+|clear\s+)?distance\s+of\s+)?"
    # "turbines must be 500 metres away from homes": where a rule puts them
    rf"|\b{MUST}\s+(?:be|stand|sit|lie|be\s+\w+ed)\s+"
    # "must keep half a mile from any residence and be located at least one mile from a
    # populated area": the rule's second verb
    r"|\band\s+be\s+(?:located|sited|situated|placed|built|kept|set\s+back)\s+"
    # "Fences are set back at least 30 metres from the scrape"
    r"|\b(?:set|sets|setting|sited|built|placed)\s+back\s+)"
    r"(?:at\s+least\s+|some\s+)?$",
    re.I,
)

# what a zone surrounds, named a few words after its figure: "100 metres around each clinic",
# "may be declared around a turbine" (not a line: a zone "around the border" says no side)
AROUND_THING = (
    # (not "the final round of talks", "a round of consultations")
    r"(?P<around>(?:a?round(?!\s+of\b)|surrounding|encircling)\s+"
    r"(?!(?:(?:each|every|any|all|a|an|the|its|their)\s+)?(?:clock|world|globe|country|region|"
    r"area|border|frontier|boundary|line|coast|shore|river|road|route|canal|perimeter|edge)s?\b)"
    r"(?:(?:each|every|any|all|a|an|the)\s+)?(?!(?:each|every|any|all|a|an|the|its|their)\b)(?P<thing>(?-i:[a-z])[\w'-]+))"
)

# a place a zone surrounds, known by its name: "(100 li) surrounding the Bay of Kiautschou",
# "around Moscow" (not a month: "set up around May")
AROUND_A_NAME = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?P<around>(?:a?round|surrounding|encircling)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'-]+){0,3}))",
    _I,
)

_AROUND_THING = re.compile(
    rf"(?:\s+(?!(?:to|from|into(?!\s+being)|of|at|and|or|but)\b)[\w'-]+){{0,5}}?\s+{AROUND_THING}",
    _I,
)


def _lies_there(lead: str) -> bool:
    """Whether the words before a figure say where something lies ("the vessel, lying 3 km
    from the reef"), not where zones lie ("the zones lying between 4 km and 4 miles from")."""
    lying = re.search(r"\b(?:lies|lying|lay|located|situated)\b", lead, _I)
    return bool(
        lying
        and not re.search(rf"\b{_RING_OR_ZONE}\s*,?\s*(?:which\s+)?$", lead[: lying.start()], _I)
        # "covers the ground lying between 30 and 100 feet from the house": a band of ground
        and not re.search(
            r"\b(?:the|all)\s+(?:land|ground|terrain|territory)\s+$", lead[: lying.start()], _I
        )
    )


def words_of_a_reach(f: Figure) -> None:
    """Reads "within", "beyond" or "between" before the figure, a zone's radius, "keep away"."""
    # ("homes inside one kilometre of a proposed turbine")
    f.within_lead = re.search(r"\b(?:within|inside)\s*(?:a\s+distance\s+of\s*)?$", f.lead, _I)
    # "within 5 km of the line", "pulled back beyond 30 km of the line": not a length of it
    # "between 6 and 15 nautical miles of the line": a band by it
    f.near_of = f.within_lead or re.search(
        r"\b(?:beyond|outside|past)\s*$|(?<!\bof\s)\bbetween\s*$", f.lead, _I
    )
    # "a safety zone of 500 metres radius is established around each turbine": a zone's radius
    f.zone_radius = re.match(r"\s*-?\s*radius\b", f.after, _I) and (
        re.search(rf"\b{ZONE_NOUN}\s+of\s+(?:\w+\s+)?$", f.near_before, _I)
        # "the no-go area had been a 6-kilometre radius": what a zone is
        or re.search(
            rf"\b{ZONE_NOUN}\s+(?:(?:is|was|were|are|had\s+been|has\s+been|have\s+been|"
            r"will\s+be|would\s+be|became|becomes|remains|remained)\s+)(?:now\s+|still\s+)?"
            r"(?:a|an)\s+(?:(?:about|some|roughly|around|nearly)\s+)?$",
            f.near_before,
            _I,
        )
    )
    # "replaced the 10 km radius of its plans with a 20 km radius": a radius like the one before
    f.zone_radius = f.zone_radius or (
        re.match(r"\s*-?\s*radius\b", f.after, _I)
        and re.search(
            r"\b\d[\d.,]*\s*-?\s*(?:km|kilomet\w*|m|met(?:re|er)s?|miles?|nm|nautical\s+miles?|yards?)"
            r"\s+radius\b",
            f.sentence[: f.m_start],
            _I,
        )
        and not re.search(
            r"\b(?:missiles?|rockets?|guns?|artillery|mortars?|launchers?|weapons?|shells?|range)\b",
            f.sentence,
            _I,
        )
    )
    # "boaters will have to keep at least 1,000 yards away from the whales": a rule's radius
    # ("civilians would in practice be kept at least 500 metres away, because ...": a rule's
    # radius about the thing the sentence is about; not "The guns must be 30 km away", where a
    # rule puts them)
    keep = _KEEP_AWAY.search(f.lead)
    f.keep_away = keep and (
        re.match(r"\s*away\s+from\b", f.after, _I)
        or (
            re.match(
                r"\s*away(?=\s*(?:[,;.)]|and\b|but\b|because\b|when\b|while\b|until\b|$))",
                f.after,
                _I,
            )
            and re.match(r"(?:stay|keep|kept|remain|get|move)", keep.group(), _I)
        )
    )


def a_radius_about_a_point(f: Figure) -> None:
    """Reads a point named right after the figure ("of the plant") and a reach about it."""
    f.point_after = _POINT_AFTER.match(f.after)
    f.radius = (
        (f.within_lead or _KEEP_AWAY.search(f.lead))
        if f.point_after and _RADIUS_CONTEXT.search(f.sentence)
        else None
    )


def a_rule_keeping_away(f: Figure) -> None:
    """Reads a rule keeping out of a reach about a thing ("banned within 5 km of runways")."""
    # "drones are banned within 5 km of airport runways", "boats must keep at least 300 yards
    # away from the whales": a rule keeping out of a reach around something, a radius
    between = None
    if (
        f.radius is None
        and (
            (
                f.within_lead
                and (
                    _RULE.search(f.sentence[f.c_start : f.m_start])
                    # "everyone within 12 km of the fire front must leave": the rule after it
                    or (
                        re.search(
                            r"\b(?:everyone|everybody|anyone|anybody|all\s+residents)\s+$",
                            f.lead[: f.within_lead.start()],
                            _I,
                        )
                        and re.search(
                            r"\b(?:must|shall|are\s+to|have\s+to|has\s+to)\s+"
                            r"(?:leave|go|move|evacuate|get\s+out)\b",
                            f.clause_after[:80],
                            _I,
                        )
                    )
                    # "A parcel that lies within 1,000 ft of a lake is in the zone", "is referred
                    # to the airport if it lies within 13 km of the aerodrome"
                    or _IN_THE_ZONE_AFTER.match(f.after)
                    or _IF_IT_LIES.search(f.lead)
                    # "nobody could approach within 8 feet of", "a crime to stand within"
                    or re.search(
                        r"\b(?:approach|come|go|get|crime|offence|offense|illegal|unlawful)\b",
                        f.sentence[f.c_start : f.m_start],
                        _I,
                    )
                )
            )
            or _KEEP_AWAY.search(f.lead)
            or (between := _a_band_in_a_rule(f))
        )
        and thing_of(f.after)
    ):
        f.point_after = f.point_after or _OWN_HOME.match(f.after) or _THING_OF.match(f.after)
        f.radius = f.within_lead or _KEEP_AWAY.search(f.lead) or between
    elif f.radius is None and f.keep_away and not re.match(r"\s*away\s+from\b", f.after, _I):
        f.radius = _KEEP_AWAY.search(f.lead)


def _a_band_in_a_rule(f: Figure) -> re.Match[str] | None:
    """ "An operation located between 1,000 and 2,640 feet of a dwelling shall file a plan",
    "No blasting shall take place between 250 m and half a mile from a dwelling"."""
    if not (
        re.search(r"\sand\s", f.sentence[f.m_start : f.m_end])
        and re.match(r"\s*(?:of|from)\b", f.after, _I)
        and (
            _RULE.search(f.sentence[f.c_start : f.m_start])
            or re.match(r"[^.;]{0,60}?\b(?:shall|must|is\s+required|are\s+required)\b", f.after, _I)
        )
    ):
        return None
    return re.search(r"(?<!\bof\s)\bbetween\s*$", f.lead, _I)


def both_banks_of_a_line(f: Figure) -> None:
    """Drops the radius of a reach on both banks of a line ("12 km from the Ashe on both banks")."""
    # "must stay 12 km from the Ashe on both banks": both sides of a line, not a radius
    if f.radius is not None and re.match(
        # ("within 120 metres of the centre line of the railway on either side")
        r"\s*(?:away\s+)?(?:from|of)\s+(?:the\s+)?(?:[\w'-]+\s+){1,6}?on\s+(?:both|either|each)\s+"
        r"(?:banks?|sides?|shores?)\b",
        f.after,
        _I,
    ):
        f.radius = None


def a_reach_from_every_point(f: Figure) -> None:
    """Reads a zone's reach from every point of what it surrounds ("from each point of")."""
    # "a safety zone may extend up to 500 metres from each point of the structure's outer
    # edge": a zone's reach from every point of what it surrounds
    if (
        f.radius is None
        and _ZONE.search(f.sentence)
        and re.match(r"\s*from\s+(?:each|every|any)\s+(?:point|part)\s+(?:of|on)\s", f.after, _I)
        and thing_of(f.after)
    ):
        f.point_after, f.radius = _THING_OF.match(f.after), re.search(r"$", f.lead)


def a_rule_fronted_by_its_radius(f: Figure) -> None:
    """Reads a rule fronted by the radius it holds in ("WITHIN 12 NM NO VESSEL MAY ENTER")."""
    # "WITHIN 12 NM NO VESSEL MAY ENTER": a rule fronted by the radius it holds in
    if (
        f.radius is None
        and f.within_lead
        and re.fullmatch(r"\W*within\s*", f.sentence[: f.m_start], _I)
        and not re.match(r"\s*(?:of|from)\b", f.after, _I)
        and _RULE.search(f.clause_after[:80])
    ):
        f.radius = f.within_lead


def a_reach_from_a_point(f: Figure) -> None:
    """Reads a zone's reach from a point ("widened the danger zone to 20 km from the summit")."""
    # "widened the danger zone to 20 km from the summit", "between 15 and 20 km from the
    # crater": a zone's reach from a point is a radius too
    if (
        f.radius is None
        and f.point_after
        and (
            re.match(r"\s*(?:\([^()]{0,30}\)\s*)?(?:away\s+)?from\b", f.after, _I)
            # "the ring between 1 and 2 nautical miles of the wreck"
            or (
                re.match(r"\s*of\b", f.after, _I)
                and re.search(r"\bbetween\s*$", f.lead_core + " ", _I)
                and _RING.search(f.sentence)
            )
            # "the no-fly zone the alliance imposed within 30 km of the airbase"
            or (f.within_lead and _ZONE.search(f.sentence))
        )
        and (_ZONE.search(f.sentence) or re.search(r"\bbetween\s*$", f.lead_core + " ", _I))
        # "villages lying beyond its edge, as far as 60 km from the plant": where places are
        # "the vessel was stopped 11 nautical miles from the reef", "the line passes within 3 km
        # of the town": where something was or runs, not a zone
        and not re.search(
            r"\b(?:as\s+far\s+as|stopped|intercepted|boarded|"
            r"sighted|spotted|seen|found|pass(?:es|ed)?|runs?|ran|comes|came)\b",
            f.lead,
            _I,
        )
        and not _lies_there(f.lead)
    ):
        f.radius = f.within_lead or re.search(r"$", f.lead)


def _zone_named_before_it(f: Figure) -> bool:
    """Whether the figure's sentence opens with "It" for a zone the sentence before names:
    "A buffer zone shall surround each camp. It shall extend 5 km from the outer edge"."""
    return bool(
        re.match(r"\W*(?:it|this)\s", f.sentence, _I)
        and _ZONE.search(re.split(r"[.!?]\s+(?=[A-Z])", f.context.strip())[-1])
    )


def a_reach_out_from_a_thing(f: Figure) -> None:
    """Reads a zone's reach out from a thing it names ("reaches 4 km downrange of the pad")."""
    # "half circles reaching 20 nautical miles out from the harbour entrance", "the danger area
    # reaches 4 km downrange of the firing point": a zone's reach out from a thing it names
    if (
        f.radius is None
        and (_ZONE.search(f.sentence) or _zone_named_before_it(f))
        # ("extends 700 metres from the wire": a line, read as one below)
        and not _AFTER_FROM.match(f.after)
        and (
            reach := re.match(
                rf"\s*(?:{_OUT_FROM}\s+(?:from|of)|from|below|above)\s+(?:the\s+|its\s+|their\s+)?",
                f.after,
                _I,
            )
        )
        and (
            re.search(
                r"\b(?:reach\w*|extend\w*|stretch\w*|run|runs|ran|running)\s*(?:from\s*)?$"
                if re.match(rf"\s*(?:{_OUT_FROM}|below|above)\s", f.after, _I)
                else r"\b(?:reach\w*|extend\w*)\s*$",
                f.lead_core,
                _I,
            )
            # "widened the safety zone to 2 kilometres from the quarry face"
            or _CHANGED_TO.search(f.lead)
        )
        and (thing := thing_of(" from " + f.after[reach.end() :]))
        # "stretches 40 km from Harl to Veny": a length from one place to another
        and not re.match(
            rf"\s*{re.escape(thing)}\s+(?:to|as\s+far\s+as|until)\b",
            f.after[reach.end() :],
            _I,
        )
    ):
        f.point_after = re.match(
            rf"{re.escape(f.after[: reach.end()])}(?:[\w']+\s+){{0,2}}?{re.escape(thing)}",
            f.after,
            _I,
        )
        f.radius = re.search(r"$", f.lead)


# a zone and the verb of its reach: "a red zone (that runs)", "an intermediate zone runs"
_ZONE_RUNS = (
    rf"\b{ZONE_NOUN}\s+(?:(?:that|which|will|shall|would|now)\s+)?(?:runs?|running|extends?|"
    r"extending|stretch(?:es|ing)?|reach(?:es|ing)?|lies|lie|covers?|goes)\s+"
)
# "a red zone from the foot of the couloir out to 400 m": a zone's thing named first, then its
# reach
_FROM_A_THING_OUT_TO = re.compile(
    rf"(?:{_ZONE_RUNS}|\b{ZONE_NOUN}\s+)from\s+(?:the|its|their|each|every|any)\s+"
    r"(?:[\w'-]+\s+){0,4}?[\w'-]+\s+(?:out\s+)?to\s+$",
    _I,
)
# "an intermediate zone runs from 5 km to 10 km": a zone's band told by its two distances alone
# ("a middle zone from 250 m to 600 m", "an outer zonefrom 600 metres out to 1,200 yards": the
# zone named right before its band)
ZONE_RUNS_FROM = re.compile(rf"(?:{_ZONE_RUNS}|\b{ZONE_NOUN}\s*)(?:out\s+)?from\s+$", _I)


def a_reach_a_zone_runs_over(f: Figure) -> None:
    """Reads a zone's reach told by its verb: from its thing named first ("a zone from the pier
    out to 400 m"), or a band by its two distances alone ("a zone runs from 5 to 10 km")."""
    if f.radius is not None:
        return
    first = _FROM_A_THING_OUT_TO.search(f.lead)
    if first and not re.match(
        # ("a corridor from the bridge to 5 km wide", "... to 5 km from the gate": read elsewhere)
        r"\s*-?\s*(?:from|of|off|wide|long|across|in\s+(?:width|length))\b",
        f.after,
        _I,
    ):
        f.radius = first
    elif re.search(r"\s(?:out\s+)?to\s", f.sentence[f.m_start : f.m_end]) and (
        band := ZONE_RUNS_FROM.search(f.lead)
    ):
        f.radius = band


def a_band_out_from_a_place(f: Figure) -> None:
    """Reads a band counted out from a place ("the band between 12 and 20 nm from the head")."""
    # "the outer band between 12 and 20 nautical miles from the range head": a band counted out
    # from a place of any name, in a sentence about a zone
    # "the band from 300 metres out to half a nautical mile from an entry", "an outer ring ...
    # runs from 10 to 30 km from the site" (whose place a point after it may have named already)
    ring_from = re.search(
        rf"\b(?:{ZONE_NOUN}|rings?)\s+(?:(?:[\w'-]+\s+){{0,3}}?(?:runs?|extends?|reaches?|"
        r"stretches?|spans?|goes)\s+)?from\s*$",
        f.lead_core + " ",
        _I,
    ) and re.search(r"\s(?:out\s+)?to\s", f.sentence[f.m_start : f.m_end])
    if (
        f.radius is None
        and (f.point_after is None or ring_from)
        and (
            (
                re.search(r"\bbetween\s*$", f.lead_core + " ", _I)
                and re.search(r"\sand\s", f.sentence[f.m_start : f.m_end], _I)
            )
            or ring_from
        )
        and (
            _ZONE.search(f.sentence)
            or _RING.search(f.sentence)
            or re.search(r"\bband\s+between\s*$", f.lead_core + " ", _I)
            # "the water between 300 and 800 metres downstream of the weir"
            or re.match(r"\s*(?:up|down)stream\b", f.after, _I)
            # "Between 1 and 3 nautical miles below Kestle pierhead the banks are closed", "Quad
            # bikes are banned between 500 yards and one mile north of the slipway": a rule's band
            or re.match(r"\s*(?:below|above)\s+(?-i:[A-Z])", f.after)
            or (_RULE.search(f.clause_before) and re.match(rf"\s*{_DIR}\s+of\s", f.after, _I))
        )
        and not _AFTER_FROM.match(f.after)
        # ("the zones lying between 4 km and 4 miles from the dome": where the zones lie)
        and not _lies_there(f.lead)
        and (
            named := re.match(
                # ("between 300 and 800 metres downstream of the weir")
                r"\s*(?:(?:up|down)stream\s+(?:(?:from|of)\s+)?|below\s+|above\s+|from\s+|of\s+|"
                rf"{_DIR}\s+of\s+)"
                r"(?:(?:the|an?|any)\s+(?:[\w'/-]+\s+){0,3}?(?-i:[a-z])[\w'/-]+\b"
                # ("below Kestle pierhead": a named place on a river)
                rf"|(?-i:[A-Z])[\w'-]+\s+(?:[\w'-]+\s+)?{PLACE_ON_A_RIVER}\b)",
                f.after,
                _I,
            )
            # "IN THE BAND BETWEEN 8 AND 12 NM FROM SKARHOLM LIGHT": a place in a text in capitals
            or (
                not re.search(r"[a-z]", f.sentence)
                and re.match(
                    r"\s*(?:FROM|OF)\s+(?:(?:THE|AN?|ANY)\s+)?(?:[\w'/-]+\s+){0,3}?[A-Z][\w'/-]+\b",
                    f.after,
                )
            )
        )
    ):
        f.point_after, f.radius = named, re.search(r"$", f.lead)


def a_line_set_out_from_a_place(f: Figure) -> None:
    """Reads a line set out at a distance from a place ("placed the line 800 nm from Cuba")."""
    # "placed the intercept line 800 nautical miles from Cuba", "the line was drawn in to 500
    # nautical miles from the eastern tip of the island": a line set out at a distance from a place
    if (
        f.radius is None
        and (
            re.search(
                r"\b(?:plac|drew|draw|set|fix|mov|push)\w*\s+(?:the|a|an|its|their)\s+"
                r"(?:[\w'-]+\s+)?line\s+(?:(?:some|about|roughly|around|only)\s+)?$",
                f.lead,
                _I,
            )
            or re.search(
                r"\bline\s+(?:was|is|were|would\s+be|will\s+be)\s+(?:\w+\s+)?"
                r"(?:placed|drawn|set|fixed|moved|pushed|pulled)\s+"
                r"(?:in\s+|out\s+|back\s+|closer\s+|nearer\s+|further\s+out\s+)?"
                r"(?:to|at)\s+$",
                f.lead,
                _I,
            )
        )
        and (named := re.match(r"\s*(?:away\s+)?from\s+(?:the\s+)?[\w'-]+", f.after, _I))
    ):
        f.point_after, f.radius = named, re.search(r"$", f.lead)
