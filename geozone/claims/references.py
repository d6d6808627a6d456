"""What a width is measured from, in the words the text uses: a road, a line, a border, a river.

Each function takes the normalised words next to a figure (and the report's
text before it, for names given earlier) and returns the reference as the
text names it, or None.
"""

from __future__ import annotations

import re

_COMPASS_ADJ = (
    r"(?:eastern|western|northern|southern|north-eastern|north-western|south-eastern|south-western)"
)
_NAMED_LINE = re.compile(
    r"\b(?:(?P<contact>lines?\s+of\s+contact|contact\s+line)|(?P<sep>lines?\s+of\s+separation|"
    r"separation\s+line)|(?P<control>line\s+of\s+control|LoC\b)|"
    r"(?P<demarcation>lines?\s+of\s+demarcation)|"
    r"(?P<kind>(?:military\s+)?demarcation|cease-?fire|armistice|withdrawal|front|purple|blue|"
    r"green|administrative\s+boundary)\s+line|(?P<own>(?:party's|parties'|their|its)\s+own\s+line))",
    re.I,
)
REFERENCE = re.compile(
    r"(?:\b(?:from|of|off|along|beyond|behind|astride|around)\s+(?:(?:either|each|both)\s+sides?\s+of\s+)?"
    r"(?:the\s+|this\s+|that\s+|its\s+|their\s+|our\s+|each\s+)?(?:whole\s+|entire\s+|same\s+)?"
    # "750 metres on each bank": the river's two banks
    r"|\bon\s+(?=(?:each|either|both)\s+banks?\b)(?:each\s+|either\s+|both\s+))"
    r"(?:(?P<road>[A-Z]{1,2}-?\d{1,3})\b"
    r"|(?P<named>(?-i:[A-Z])[\w'-]+(?:\s*-\s*(?-i:[A-Z])[\w'-]+)?\s+"
    r"(?:road|highway|motorway|railway|canal))\b"
    r"|(?P<acronym>(?-i:[A-Z]{1,4}L))\b(?![\w-])"
    r"|(?P<feature>(?:(?!(?:from|of|the|on|each|either|both)\b)[\w'-]+\s+){0,2}?(?:track|watershed|"
    r"median|thalweg|ridge|crest|trail|corridor|channel|canal|pipeline|railway|road|highway|"
    # "the western rim", "the border fence", "the boundary stones", "the mid-line"
    r"rim|escarpment|fence|wall|berm|mid-?line|stones|markers|pillars|cairns|"
    # "0.25 nautical miles north and south of the cable": a cable laid on the seabed
    r"(?<=the\s)cable|"
    # "the cable route", "the centreline of airway UL610"
    r"(?<=\s)route|cent(?:re|er)\s*-?\s*line(?:\s+of\s+(?:the\s+)?(?:airway|route|track|channel)"
    r"\s+(?-i:[A-Z]{1,3}\d{1,4}[A-Z]?))?)s?)\b"
    r"|(?P<zone>(?:zone|area)\s+of\s+separation|(?:neutral|buffer|demilitari[sz]ed)\s+zone)\b"
    # "beyond the outer limit of LV-D87": the edge of an area known by its designator
    r"|(?P<edge>(?:outer\s+|inner\s+)?(?:edge|limit)s?\s+of\s+(?-i:[A-Z]{1,4}-?[A-Z]?\d{1,4}[A-Z]?))\b"
    r"|(?P<line>(?:[\w'-]+\s+){0,3}?(?:lines?|LoC)\b(?:\s+of\s+(?:contact|separation|control|fire|"
    # "the Line of Disengagement": a line known by its name
    r"(?-i:[A-Z][a-z]+)\b))?)"
    r"|(?P<border>(?:[\w'-]+\s+)?(?:border|frontier|boundary)s?)\b"
    # "from the right bank", "from the northern bank": a bank of the river named before
    # ("THE RIVER ON EITHER BANK" in a telex: a word, not the river's name)
    r"|(?P<river>(?:(?-i:[A-Z])[\w'-]+\s+){0,2}river(?:\s+(?!(?:on|of|in|at|to|and|or|for|by|the|"
    r"either|each|both|is|was|shall|will|must|may|between|from|with|where|which|that)\b)"
    r"(?-i:[A-Z])[\w'-]+)?"
    rf"|(?:(?:right|left|near|far|{_COMPASS_ADJ}|north|south|east|west)\s+)?banks?)\b"
    r"|(?P<coast>(?:(?-i:[A-Z])[\w'-]+\s+)?(?:coast(?:line)?|shore(?:line)?)s?)\b"
    # "on either side of the beck": a stream, by the name the report gave it before
    r"|(?P<stream>(?:brook|beck|creek|burn|stream))\b"
    # "measured from straight baselines": the lines a sea zone is counted from
    r"|(?P<base>(?:straight\s+)?baselines?)\b"
    # "from their present forward positions", "of its own defence localities": each side's own
    r"|(?P<own>(?:own|present|current|existing|forward)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:positions|localities|posts))\b"
    # "from the Harn", "from the Median": a line known by its name alone
    r"|(?P<proper>(?-i:[A-Z][a-z])[\w'-]*(?:\s+(?-i:[A-Z][a-z])[\w'-]*)?)\b)",
    re.I,
)


def _line_name(words: str) -> str | None:
    m = _NAMED_LINE.search(words)
    if m is None:
        return None
    if m.group("contact"):
        # the text's own words: a "contact line" stays one
        own = re.match(r"contact", m.group("contact"), re.I)
        return "contact line" if own else "line of contact"
    if m.group("sep"):
        return "line of separation"
    if m.group("demarcation"):
        return "line of demarcation"
    if m.group("control"):
        return "Line of Control"
    if m.group("own"):
        return "own line"
    return re.sub(r"\s+", " ", m.group()).lower().replace("cease-fire", "ceasefire")


# a river named without the word "river": "a belt along the Ossel", "the Tarn valley"
_BARE_RIVER = re.compile(
    r"\b(?i:along|across|up|down|beyond|crossing|cross|over|bank\s+of|banks\s+of)\s+the\s+"
    r"((?-i:[A-Z][a-z][\w'-]*))\b(?!\s+(?-i:[A-Z])|\s+(?:line|road|border|frontier|hills?|"
    r"mountains?|ridge|plain|gap|pass|coast|sea|lake|corridor|strip|zone|valley|bridge|crossing)\b)"
    r"|\b(?i:the)\s+((?-i:[A-Z][a-z][\w'-]*))\s+(?:valley|bridge|ford|estuary|delta|banks|crossing)\b",
)


def reference_before(lead: str, earlier: str) -> str | None:
    """What a width is measured from, named before it: "the zone along the Kosovo boundary is"."""
    near = lead[-120:]
    found = [
        m
        for m in REFERENCE.finditer(near)
        if re.match(r"along|astride|around", m.group())
        # "both shores of the Bosporus were demilitarized to a depth of 15 km"
        or re.search(
            r"\b(?:each|either|both)\s+(?:sides?|shores?|banks?)\s+$", near[: m.start()], re.I
        )
        # "reaches back from the border line for a depth of about 3 km": the line, then the figure
        or (
            re.match(r"from\b", m.group(), re.I)
            and re.fullmatch(
                r"\s*(?:for|to)\s+a\s+(?:depth|distance|width)\s+of\s+"
                r"(?:(?:about|some|roughly|around|nearly|up\s+to|at\s+least)\s+)?",
                near[m.end() :],
                re.I,
            )
        )
    ]
    if not found:
        return None
    # matched again on the words from the reference on, so its offsets count from there
    words = near[found[-1].start() :]
    return reference_of(words, earlier, match=REFERENCE.match(words))


def reference_of_it(lead: str, after: str, earlier: str) -> str | None:
    """The line "it" stands for in "on either side of it": "centred on the Line of Contact ...,
    that is 10 km on either side of it" -> "line of contact". ``lead`` is the figure's sentence
    up to it, ``after`` the words after it. None if no line is named before it."""
    if not re.match(
        r"\s*(?:on\s+)?(?:either|each|both)\s+sides?\s+of\s+(?:it|them)\b", after, re.I
    ):
        return None
    for at in reversed(
        [*re.finditer(r"\b(?:on|along|astride|around|about|from|of)\s+(?=the\s)", lead, re.I)]
    ):
        words = "of " + lead[at.end() :]
        if (m := REFERENCE.match(words)) and not m.group("proper"):
            return reference_of(words, earlier, match=m)
    return None


_ON_NAMED_SIDE = re.compile(
    r"\s*(?:-?\s*(?:deep|wide|in\s+depth)\s+)?on\s+the\s+(?-i:[A-Z])[\w'-]+\s+(bank|shore|side)\b",
    re.I,
)


def reference_of_side(after: str, earlier: str) -> str | None:
    """ "fifteen kilometres on the Merrowin bank only", "2 km deep on the Pellgrave side": one
    party's bank of the river, or side of the boundary, the report named before."""
    m = _ON_NAMED_SIDE.match(after)
    if m is None:
        return None
    if m.group(1).lower() in ("bank", "shore"):
        rivers = re.findall(
            r"\b[A-Z][\w'-]+\s+[Rr]iver\b|\b[Rr]iver\s+[A-Z][\w'-]+", earlier[-3000:]
        )
        return rivers[-1] if rivers else None
    lines = re.findall(
        r"\b(?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+\s+(?i:boundary|border|frontier|line)\b",
        earlier[-3000:],
    )
    lines = [re.sub(r"^(?i:the|this|that|its|a|an)\s+", "", x) for x in lines]
    lines = [x for x in lines if len(x.split()) > 1]
    if not lines:
        return None
    *name, kind = lines[-1].split()
    # "THE TARN-ORM LINE" in a telex: the name in ordinary letters
    return " ".join([*(w.title() if w.isupper() else w for w in name), kind.lower()])


def reference_of(after: str, earlier: str, match: re.Match | None = None) -> str | None:
    """What a width is measured from, when the words right after it say so.

    "of the M4 highway" -> "M4", "from the line of contact" -> "line of
    contact", "from the frontier" -> "frontier", "from this line" -> the
    line named earlier in the report ("military demarcation line"), "from
    the river" -> the river named earlier ("Inguri"). None if not said.

    Parameters
    ----------
    after : str
        The words after the figure, to the end of its clause.
    earlier : str
        The report's text before the figure, to resolve "this line", "the river".
    """
    m = match or REFERENCE.search(after[:90])
    if m is None or (match is None and re.search(r"[;]|\.\s", after[: m.start()])):
        return None
    if m.group("proper"):
        # only right at the figure, and not a month or a capitalised common word
        if m.start() > 20 or re.fullmatch(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December|The|This|That|Article|Annex|Paragraph|Section)(?:\s.*)?",
            m.group("proper"),
        ):
            return None
        return m.group("proper")
    if m.group("zone"):
        return re.sub(r"\s+", " ", m.group("zone")).lower()
    if m.group("edge"):
        words = re.sub(r"\s+", " ", m.group("edge")).split(" ")
        return " ".join([*(w.lower() for w in words[:-1]), words[-1]])
    for group in ("own", "base"):
        if m.group(group):
            return re.sub(r"\s+", " ", m.group(group)).lower()
    if m.group("feature"):
        words = re.sub(r"\s+", " ", m.group("feature")).strip()
        if words.lower() in ("road", "highway") and match is None:
            # "the road" after "follows Route 11": the road the report numbered
            named = re.findall(r"\b((?:Route|Highway|Road)\s+\d{1,3}[A-Z]?)\b", earlier[-1500:])
            if named:
                return named[-1]
        if words[0].isupper():
            return words
        # ("the centreline of airway UL610": a code keeps its capitals)
        return " ".join(
            w if re.fullmatch(r"[A-Z]{1,3}\d{1,4}[A-Z]?", w) else w.lower() for w in words.split()
        )
    if m.group("road"):
        return m.group("road").replace("-", "")
    if m.group("named"):
        return re.sub(r"\s*-\s*", "-", m.group("named"))
    if m.group("line"):
        if re.search(r"\bLoC\b", m.group("line")):
            # "the LoC" after "Line of Contact (LoC)": the name the report spells out
            spelled = re.findall(
                r"\b([Ll]ine\s+of\s+[A-Z]?[a-z]+)\s*\(\s*LoC\s*\)", earlier[-5000:]
            )
            if spelled:
                return re.sub(r"\s+", " ", spelled[-1])
        own = _line_name(m.group("line"))
        if own:
            return own
        if re.search(r"\bline\s+of\s+fire$", m.group("line"), re.I):
            return "line of fire"
        if named := re.search(r"\b(?-i:Line\s+of\s+[A-Z][a-z]+)$", m.group("line")):
            return re.sub(r"\s+", " ", named.group())
        # "of the Morrow line": a line known by its name, as written
        if proper := re.search(
            r"\b((?-i:[A-Z][a-z][\w'-]*)(?:\s+(?-i:[A-Z][a-z][\w'-]*))?\s+(?-i:[Ll]ine))$",
            m.group("line"),
        ):
            return re.sub(r"\s+", " ", proper.group(1))
        if not re.search(r"\bline\b", m.group("line"), re.I):
            return None
        # "from the border line": a border's line, in the text's words
        if common := re.search(r"\b(?:border|frontier|boundary)\s+line$", m.group("line"), re.I):
            return re.sub(r"\s+", " ", common.group()).lower()
        names = [_line_name(x.group()) for x in _NAMED_LINE.finditer(earlier[-3000:])]
        return names[-1] if names else "line"
    if m.group("acronym"):
        # "the ACFL" after "the Agreed Cease-Fire Line (ACFL)": the name it stands for
        acronym = m.group("acronym")
        spelled = re.findall(
            rf"((?:[A-Z][\w'-]*\s+){{1,6}}?(?:[Ll]ine|[Bb]oundary|[Ll]imit|LINE|BOUNDARY|LIMIT))"
            rf"\s*\(\s*{acronym}\s*\)",
            earlier[-5000:],
        )
        if spelled:
            words = spelled[-1].split()[-len(acronym) :]
            # ("WITHDRAW 2 KM EITHER SIDE OF CEASEFIRE LINE (CFL)": not "OF CEASEFIRE LINE")
            while words and words[0].lower() in ("the", "of", "and", "side", "from", "to"):
                words = words[1:]
            name = " ".join(words)
            # "CEASEFIRE LINE (CFL)" in a telex: the name in ordinary letters
            return f"{name.lower() if name.isupper() else name} ({acronym})"
        return acronym
    if m.group("border"):
        named = re.match(rf"([A-Z][\w'-]+|{_COMPASS_ADJ})\s+(\w+)", m.group("border"))
        if named:
            return f"{named.group(1)} {named.group(2).lower()}"
        # "the boundary" after "the Kosovo boundary": the boundary named before
        kind = re.search(r"(border|frontier|boundary)", m.group("border"), re.I).group(1).lower()
        before = re.findall(rf"\b([A-Z][\w'-]+|{_COMPASS_ADJ})\s+{kind}\b", earlier[-3000:])
        before = [b for b in before if b not in ("The", "This", "That", "Its", "A", "An")]
        # (the text's own word: a frontier is not turned into a border)
        return f"{before[-1]} {kind}" if before else kind
    if m.group("river"):
        # "on each bank of Carver Creek": the stream a bank is of, by its name
        if re.fullmatch(r"banks?", m.group("river"), re.I) and (
            stream := re.match(
                r"\s+of\s+((?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+"
                r"(?-i:Creek|Brook|Stream|Burn|Beck|Run|Bayou|Canal))\b",
                after[m.end() :],
            )
        ):
            return stream.group(1)
        bank = re.fullmatch(r"(?:\w+\s+)?banks?", m.group("river"), re.I)
        if bank and (
            # "500 YARDS ON EITHER BANK OF THE ILVA", "on each bank of the Ossel": the river by
            # its name (a telex's capitals in ordinary letters)
            of_river := re.match(
                r"\s+of\s+(?:the\s+)?((?-i:[A-Z])[\w'-]+)\b(\s+(?:river|creek|brook|stream))?",
                after[m.end() :],
                re.I,
            )
        ):
            name, kind = of_river.group(1), (of_river.group(2) or "").lower()
            return (name.title() if name.isupper() else name) + re.sub(r"\s+", " ", kind)
        named = re.sub(r"\s*\briver\b\s*", " ", m.group("river"), flags=re.I).strip()
        if named and named[0].isupper() and not bank:
            return named
        rivers = re.findall(
            r"\b(?!(?:The|This|That|Our|Their|Its|A|An|Each|Either|Both)\b)([A-Z][\w'-]+)\s+[Rr]iver\b"
            r"|\b[Rr]iver\s+([A-Z][\w'-]+)",
            earlier[-3000:],
        )
        # "the river" after "the Lenna river": the text's word, and which river it is
        river = re.fullmatch(r"rivers?", m.group("river"), re.I) and "river"
        if rivers:
            name = rivers[-1][0] or rivers[-1][1]
            if not river:
                return name
            return f"{name} river" if rivers[-1][0] else f"River {name}"
        # a river known by its name alone: "along the Ossel", "the Tarn valley"
        bare = _BARE_RIVER.findall(earlier[-3000:])
        return (bare[-1][0] or bare[-1][1]) if bare else "river"
    if m.group("stream"):
        # "the beck" after "Harn Beck": the stream named before, or the text's word
        kind = m.group("stream").lower()
        before = re.findall(rf"\b((?:[A-Z][\w'-]+\s+){{1,2}}{kind.title()})\b", earlier[-3000:])
        before = [re.sub(r"^(?:The|This|That|A|An)\s+", "", b) for b in before]
        before = [b for b in before if " " in b.strip()]
        return re.sub(r"\s+", " ", before[-1]) if before else kind
    named = re.match(r"([A-Z][\w'-]+)\s+(\w+)", m.group("coast"))
    # the text's own word: "coast", "coasts", "shore", "coastline"
    return f"{named.group(1)} {named.group(2).lower()}" if named else m.group("coast").lower()
