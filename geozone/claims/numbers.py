"""Numbers and distances in running text: "15-20 km", "eight kilometres", "three (3) miles".

Works on normalised text (see :mod:`geozone.claims.text`). A *measurement*
is a number, or a range of two, followed by a distance unit; it keeps the
words it was written with and its value in km.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..units import KM_PER_UNIT

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
_FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
_WORD = "|".join(sorted([*_SMALL, *_SCALES, *_FRACTION_WORDS], key=len, reverse=True))
_WORD_NUMBER = (
    # "and" joins only after a scale or before a part ("two hundred and fifty", "one and a
    # half"): "between ten and fifteen" is two numbers
    rf"(?:(?:a\s+)?(?:{_WORD})(?:(?:\s*-\s*|"
    # ("the four-and-a-half-kilometre line")
    r"\s*-\s*and\s*-\s*(?:a\s*-\s*)?(?=(?:half|quarter)\b)|"
    rf"\s+(?:(?:(?<=hundred\s)|(?<=thousand\s))and\s+|"
    # ("1.5 (one and one-half) kilometres": a half as "one-half")
    rf"and\s+(?=(?:a\s+|one\s*-\s*)?(?:half|quarter)\b))?(?:a\s+)?)(?:{_WORD}))*"
    # ("six and two-thirds miles": thirds only after "and", never a number alone)
    r"(?:\s+and\s+(?:a|one|two)[\s-]+thirds?\b)?"
    rf"(?:\s+a\b)?)"
)
# "1,200", "2 000" (a space between thousands), "2.5", "2,5", "7 1/2"
_DIGIT_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d.,])"
    r"|\d+(?:\.\d+)?(?:,\d{1,2}(?!\d))?(?:\s+\d/\d)?(?!/)|\d/\d{1,2}|\.\d+)"
)
NUMBER = re.compile(
    # "5 (five) km": the words after the digits only repeat them
    rf"(?<![\w.,/$€£])(?:(?P<digits>{_DIGIT_NUMBER})(?:\s*[(\[]\s*(?:{_WORD_NUMBER})\s*[)\]])?"
    rf"|(?P<words>{_WORD_NUMBER})"
    # ("one-quarter (1/4) mile")
    rf"(?:\s*[(\[]\s*(?P<echo>\d+(?:\.\d+)?(?:/\d+)?)\s*[)\]])?)(?![\w/]|[.,]\d)",
    re.I,
)

UNIT_WORDS: dict[str, str] = {
    r"kilo-?met(?:re|er)s?": "km",
    r"kms?": "km",
    r"klms?": "km",
    # ("a 12-nautical-mile zone")
    r"nautical[\s-]+miles?": "nmi",
    r"(?:sea|marine)[\s-]+miles?": "nmi",
    # a geographical mile: a minute of arc on the equator, as a nautical mile within 0.2 %
    r"geographical[\s-]+miles?": "nmi",
    # ("the 5 n.m. approaches": with its stops)
    r"nmi|nm|n\.\s?m\.": "nmi",
    # "20 English miles", "statute miles": the mile on land, whatever the text says of the sea
    r"(?:statute|land|English)[\s-]+miles?": "mi",
    r"miles?": "mi",
    r"mi": "mi",
    r"met(?:re|er)s?": "m",
    r"m": "m",
    r"feet|foot|ft": "ft",
    r"yards?|yds?": "yd",
    # ("24 inches each side of the mark": a tolerance zone on each side of a buried line)
    r"inch(?:es)?": "inch",
    # ("a 450 mm set-back from the kerb", "a ditch 20 centimetres wide")
    r"millimet(?:re|er)s?|mm": "mm",
    r"centimet(?:re|er)s?|cm": "cm",
    # a cable's length at sea: a tenth of a nautical mile
    r"cables?(?:'?\s*lengths?)?": "cable",
    # a marine league of old treaties: three nautical miles
    r"(?:marine|sea|nautical)[\s-]+leagues?": "league",
    # a league on land, of no one length: read only when the report converts one
    r"leagues?": "league_land",
    # the Russian verst of 500 sazhen
    r"versts?": "verst",
    # the Spanish vara (of Burgos, 0.8359 m) and the English rod, pole or perch (16.5 feet),
    # a rod only as a distance ("300 Rods to any Dwelling", not "a licence for three rods")
    r"varas?": "vara",
    r"rods?|perch(?:es)?": "rod",
    # Gunter's chain of 66 feet, a road or river reserve's measure ("a road reserve three chains
    # wide"), only as a distance (not "a chain of islands")
    r"chains?": "chain",
    # the Chinese li, as fixed at 500 m (older li ran from about 400 to 600 m)
    r"(?:Chinese\s+)?li": "li",
    # the Japanese ri of 36 cho (3.927 km, about 2.44 miles)
    r"(?:Japanese\s+)?ri": "ri",
    # the furlong of 220 yards, an eighth of a mile
    r"furlongs?": "furlong",
    # the kos (coss) of South Asia, of no one length: two miles until the report says otherwise
    r"kos|coss": "kos",
}
KM_PER = {
    **KM_PER_UNIT,
    "ft": 0.0003048,
    "yd": 0.0009144,
    "inch": 0.0000254,
    "mm": 0.000001,
    "cm": 0.00001,
    "cable": 0.1852,
    "league": 3 * KM_PER_UNIT["nmi"],
    # the English league of three miles, until the report says which league it means
    "league_land": 3 * KM_PER_UNIT["mi"],
    "verst": 1.0668,
    "vara": 0.0008359,
    "rod": 0.0050292,
    "chain": 0.0201168,
    "li": 0.5,
    "ri": 36 * 60 * 6 * 10 / 33 / 1000,
    "furlong": 0.201168,
    "kos": 2 * KM_PER_UNIT["mi"],
}
UNIT = re.compile(
    r"\s*-?\s*(?P<unit>" + "|".join(f"(?:{k})" for k in UNIT_WORDS) + r")(?![\w'])", re.I
)
# ("from 30 out to 40 kilometres from the bridges")
_RANGE_SEP = re.compile(
    r"\s*(?:-|(?:-\s*)?(?:to|or|and|through|till|until|out\s+to)(?:\s*-)?)\s*$", re.I
)


def word_value(words: str) -> float | None:
    """The value of a number written in words ("twenty-five", "one and a half")."""
    # "six and two-thirds": a whole number and thirds
    if thirds := re.search(r"\s+and\s+(a|one|two)[\s-]+thirds?\s*$", words, re.I):
        whole = word_value(words[: thirds.start()])
        count = 2 if thirds.group(1).lower() == "two" else 1
        return None if whole is None else whole + count / 3
    # "one and one-half": "and" then a count of one half is "and a half"
    words = re.sub(r"\band\s+one\s*-\s*(?=half|quarter)", "and a ", words, flags=re.I)
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t not in ("and", "a")]
    if not tokens:
        return None
    # "one-half mile", "three quarters": a count of halves or quarters (no "and" between)
    if (
        len(tokens) == 2
        and tokens[0] in _SMALL
        and tokens[1] in ("half", "halves", "quarter", "quarters")
        and not re.search(r"\band\b", words, re.I)
    ):
        return _SMALL[tokens[0]] * _FRACTION_WORDS[tokens[1].rstrip("s").replace("halve", "half")]
    total, current = 0.0, 0.0
    for tok in tokens:
        if tok in _SMALL:
            current += _SMALL[tok]
        elif tok in _SCALES:
            current = max(current, 1.0) * _SCALES[tok]
            if _SCALES[tok] >= 1000:
                total, current = total + current, 0.0
        elif tok in _FRACTION_WORDS:
            current = current + _FRACTION_WORDS[tok] if current else _FRACTION_WORDS[tok]
        else:
            return None
    return total + current


def digit_value(text: str) -> float:
    """The value of a number written in digits ("1,200", "2.5", "7 1/2", "2,5")."""
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", text.strip())
    whole, _, frac = re.sub(r"\s+", " ", text).partition(" ")
    if "/" in whole:  # a fraction alone: "1/2 mile"
        num, den = whole.split("/")
        return int(num) / int(den) if int(den) else 0.0
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", whole):
        value = float(whole.replace(",", ""))
    else:
        value = float(whole.replace(",", "."))
    if frac:
        num, den = frac.split("/")
        value += int(num) / int(den) if int(den) else 0.0
    return value


@dataclass(frozen=True)
class Number:
    """A number in the text: span in the normalised text, value and words."""

    start: int
    end: int
    value: float
    text: str


# "a mile-wide strip", "a kilometre back from the line": "a" for one before a unit
_HALF_UNIT = re.compile(r"\s*-?\s*(?:mile|kilomet|km\b|nautical)", re.I)
# "three-quarters of a mile", "two thirds of a kilometre", "half of a mile"
_PART_OF_ONE = re.compile(
    r"(?<![\w.,])(?P<n>a|one|two|three|four|five|seven|nine)?[\s-]*"
    r"(?P<part>quarters?|thirds?|half|fifths?|eighths?|tenths?)\s+of\s+an?\s+"
    r"(?=(?:kilomet(?:re|er)|mile|nautical\s+mile|yard|met(?:re|er)|league|furlong|verst)\b)",
    re.I,
)
_PARTS = {"quarter": 0.25, "third": 1 / 3, "half": 0.5, "fifth": 0.2, "eighth": 0.125, "tenth": 0.1}
_ONE_UNIT = re.compile(
    # ("a full kilometre", "a whole mile": the adjective belongs to the figure)
    r"(?<![\w.,])(?<!half )(?<!quarter )(?<!and )(?<!of )[Aa](?:\s+(?:full|whole|single|clear))?"
    r"(?=\s+(?:kilomet(?:re|er)|mile|"
    r"nautical\s+mile|sea\s+mile|yard|met(?:re|er))\b)"
)
# "within a furlong of the dome", "a Guard kept at a League": "a" for one before an old unit,
# only as a distance after a word that sets one out (not "A league was not everywhere
# reckoned the same": the unit itself)
_ONE_OLD_UNIT = re.compile(
    # (not "a quarter of a league": read as a part of one)
    r"(?<!half\s)(?<!quarter\s)(?<!third\s)(?<!quarters\s)(?<!thirds\s)(?<!eighth\s)"
    r"\b(?:within|of|at|to|beyond|than|about|some|for|inside|outside|past|by|be|is|was)\s+"
    r"(?P<a>[Aa](?:\s+(?:full|whole|single))?)"
    r"(?=\s+(?:furlong|league|(?:sea|marine)\s+league|verst|kos)\b)"
)


# "five hundred and eight hundred": the same scale twice, joined by "and"
_TWO_SCALED = re.compile(r"\b(hundred|thousand)(\s+and\s+)(?:[a-z]+[\s-]+){0,2}?\1\b", re.I)


def numbers(norm: str) -> list[Number]:
    """Every number written in digits or words in a normalised text."""
    found = [Number(m.start(), m.end(), 1.0, m.group()) for m in _ONE_UNIT.finditer(norm)]
    found += [
        Number(m.start("a"), m.end("a"), 1.0, m.group("a")) for m in _ONE_OLD_UNIT.finditer(norm)
    ]
    parts = []
    for m in _PART_OF_ONE.finditer(norm):
        counts = {
            "a": 1,
            "one": 1,
            "two": 2,
            "three": 3,
            "four": 4,
            "five": 5,
            "seven": 7,
            "nine": 9,
        }
        count = counts.get((m.group("n") or "one").lower(), 1)
        value = round(count * _PARTS[m.group("part").lower().rstrip("s")], 6)
        parts.append(Number(m.start(), m.end(), value, m.group().strip()))
    found += parts
    for m in NUMBER.finditer(norm):
        if m.group("words") and (two := _TWO_SCALED.search(m.group("words"))):
            # "between five hundred and eight hundred yards": two numbers, each with its
            # hundreds, not one
            cut_a, cut_b = m.start() + two.start(2), m.start() + two.end(2)
            for a, b in ((m.start(), cut_a), (cut_b, m.end())):
                value = word_value(norm[a:b])
                if value is not None:
                    found.append(Number(a, b, value, norm[a:b]))
            continue
        if m.group("digits"):
            value = digit_value(m.group("digits"))
        else:
            words = m.group("words").strip()
            if words.lower() == "a" or (
                # "an hour and a half" is no distance; "a half-mile strip" is one
                words.lower() == "a half" and not _HALF_UNIT.match(norm, m.end())
            ):
                continue
            value = word_value(words)
            if value is None:
                continue
            if m.group("echo"):
                value = digit_value(m.group("echo"))
        if any(p.start <= m.start() < p.end for p in parts):
            continue
        found.append(Number(m.start(), m.end(), value, m.group().strip()))
    return sorted(found, key=lambda n: n.start)


@dataclass(frozen=True)
class Measurement:
    """A distance in the text: one figure or a range, with its unit.

    ``start``/``end`` span the figure and unit in the normalised text;
    ``value`` and ``unit`` are the words as written ("15-20", "kilometer").
    """

    start: int
    end: int
    low_km: float
    high_km: float
    value: str
    unit: str
    unit_code: str


def _unit_code(word: str) -> str:
    for pattern, code in UNIT_WORDS.items():
        if re.fullmatch(pattern, word, re.I):
            return code
    raise ValueError(word)


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and|or)?|,?\s+(?:and|or))\s*$", re.I)
# the name of a numbered place or thing right before a number: "Area 7", "Sector 3", "Hill 412"
_LABEL_BEFORE = re.compile(
    r"\b(?-i:Area|Sector|Zone|Box|Block|Grid|Post|Hill|Point|Route|Road|Highway|Pier|Berth|"
    r"Gate|Section|Article|Annex|Map|Phase|Stage|Camp|Site|No\.|Nos\.|Number)\s+$"
)


def _listed(
    norm: str, nums: list[Number], i: int, end: int, unit: str, code: str
) -> list[Measurement]:
    """Bare numbers listed before ``nums[i]`` that share its unit: "10, 20 and 25 km"."""
    members = []
    j = i - 1
    while j >= 0 and _LIST_SEP.fullmatch(norm[nums[j].end : nums[j + 1].start]):
        if _LABEL_BEFORE.search(norm, max(0, nums[j].start - 20), nums[j].start):
            # "at anchor in Area 7, eleven miles offshore": a numbered place, not a figure
            break
        members.append(nums[j])
        j -= 1
    km = KM_PER[code]
    return [
        Measurement(
            n.start, end, round(n.value * km, 6), round(n.value * km, 6), n.text, unit, code
        )
        for n in reversed(members)
    ]


# after a figure in millimetres or centimetres: a calibre, a bore, rain or snow, a part's size
_NO_SPAN_IN_MM = re.compile(
    r"\s*(?:\)\s*)?(?:(?:[\w'-]+\s+){0,2}?(?:calib(?:re|er)s?|guns?|howitzers?|mortars?|"
    r"rockets?|shells?|rounds?|cannons?|artillery|rifles?|bore|ammunition|munitions?|"
    r"pipes?|pipework|tubes?|bolts?|screws?|rods?|bars?|thick|thickness|diameter|"
    r"rain|rainfall|snow|snowfall|precipitation|"
    # "its existing 165 mm rigs", "a 76 mm drill bit", "115 mm blastholes"
    r"rigs?|drills?|bits?|blastholes?|boreholes?|holes?|cables?|wires?|hoses?|mains?)\b|"
    r"of\s+(?:rain|snow|water|precipitation)\b)",
    re.I,
)
# before it: the weapons, rain or things whose size it is
_NO_SPAN_IN_MM_BEFORE = re.compile(
    r"\b(?:calib(?:re|er)s?|guns?|howitzers?|mortars?|rockets?|shells?|cannons?|artillery|"
    r"weapons?|rain|rainfall|snow|snowfall|pipes?)\s+(?:of\s+|above\s+|over\s+|up\s+to\s+|"
    # "a calibre greater than 7.62 mm", "calibres of more than 12.7 mm"
    r"(?:of\s+)?(?:greater|larger|more|less|smaller)\s+than\s+)?$",
    re.I,
)


def measurements(norm: str) -> list[Measurement]:
    """Every distance (number or range, then a unit) in a normalised text.

    A range is two numbers joined by "-", "to", "or" or, after "between",
    "and"; the unit may follow each number or only the second.
    """
    nums = numbers(norm)
    units = {}
    for n in nums:
        u = UNIT.match(norm, n.end)
        if u:
            units[n.start] = u
    out: list[Measurement] = []
    for i, n in enumerate(nums):
        u = units.get(n.start)
        if u is None:
            continue
        code = _unit_code(u.group("unit"))
        # ("amber (wavelength 590 nm or longer)": nanometres of light, not nautical miles)
        if (
            code == "nmi"
            and re.search(
                r"\b(?:wavelengths?|light|lamps?|LEDs?|amber|red|spectrum)\b[^.;\d]{0,25}$",
                norm[max(0, n.start - 40) : n.start],
                re.I,
            )
            and re.fullmatch(r"nm", u.group("unit").strip(), re.I)
        ):
            continue
        if code in ("mm", "cm") and _NO_SPAN_IN_MM.match(norm, u.end(), u.end() + 30):
            # ("mortars of 120 mm calibre", "30 mm of rain", "a 20 mm pipe"): a bore, rain
            # or a part's size, not a distance
            continue
        if code in ("mm", "cm") and _NO_SPAN_IN_MM_BEFORE.search(
            norm[max(0, n.start - 30) : n.start]
        ):
            continue
        start, low, value = n.start, n.value, n.text
        prev = nums[i - 1] if i > 0 else None
        if prev is not None and (
            not out or out[-1].end <= prev.start or out[-1].start == prev.start
        ):
            prev_unit = units.get(prev.start)
            gap = norm[(prev_unit.end() if prev_unit else prev.end) : n.start]
            sep = _RANGE_SEP.fullmatch(gap) if len(gap) < 12 else None
            same_unit = prev_unit is None or _unit_code(prev_unit.group("unit")) == code
            before = norm[max(0, prev.start - 30) : prev.start]
            # ("extended at 09:00 to 1.5 kilometres": a clock time, not a range's first figure)
            clock = re.search(r"\d[:.]$", before) and prev_unit is None
            if sep and same_unit and not clock:
                word = gap.strip().lower()
                if word != "and" or re.search(r"\bbetween\s+(?:\w+\s+){0,2}$", before, re.I):
                    start, low = prev.start, prev.value
                    value = (
                        norm[prev.start : n.end]
                        if prev_unit is None
                        else f"{prev.text} {word} {n.text}"
                    )
                    if out and out[-1].start == prev.start:
                        out.pop()
        if code in _AS_A_DISTANCE and not _AS_A_DISTANCE[code].match(norm, u.end()):
            # "a licence for three rods", "a chain of islands": not a length
            continue
        factor = KM_PER[code]
        # "a kilometre and a half", "a mile and a quarter": the part comes after the unit
        end = u.end()
        half = re.match(r"\s+and\s+(?:a|one|three)\s+(half|quarters?)\b", norm[end:], re.I)
        # (not "between 1,000 feet and a quarter mile": a second figure with its own unit)
        if half and (
            UNIT.match(norm, end + half.end())
            or re.match(r"\s+of\s+an?\b", norm[end + half.end() :])
        ):
            half = None
        if half:
            end += half.end()
            part = {"half": 0.5, "quarter": 0.25}[half.group(1).lower().rstrip("s")]
            part *= 3 if re.match(r"\s+and\s+three", half.group(), re.I) else 1
            if low == n.value:
                low += part
            n = Number(n.start, n.end, n.value + part, n.text)
        if start == n.start:
            out.extend(_listed(norm, nums, i, u.end(), u.group("unit"), code))
        out.append(
            Measurement(
                start=start,
                end=end,
                low_km=round(min(low, n.value) * factor, 6),
                high_km=round(max(low, n.value) * factor, 6),
                value=value,
                unit=u.group("unit"),
                unit_code=code,
            )
        )
    return out


# a rod or a chain as a length, followed by what it is measured from or across, or by its own
# length in brackets ("300 Rods to any Dwelling", "a road reserve three chains wide", "five
# chains (a chain being twenty-two yards)"); not "a licence for three rods", "a chain of islands"
_AS_A_DISTANCE = {
    "rod": re.compile(
        r"\s*\((?:a|the|each)\s+rod\b|\s+(?:of|from|to|away|wide|long|round|around|distant|beyond|"
        r"in\s+(?:width|length|breadth))\b",
        re.I,
    ),
    "chain": re.compile(
        r"\s*\((?:a|the|each)\s+chain\b|\s*-?\s*(?:wide|broad|deep|from|away|back|inland|"
        r"either\s+side|each\s+side|on\s+(?:each|either|both)\s+sides?|in\s+(?:width|breadth|depth))\b",
        re.I,
    ),
}
_LAND_MILE = re.compile(r"\b(?:statute|land|English|Roman)\s+miles?\b", re.I)
# a report saying which mile it counts in: "The mile is the geographical mile of sixty to a
# degree", "all miles in this Convention are nautical miles"
_SEA_MILE_DEFINED = re.compile(
    r"\b(?:the|all|its|these|such)\s+miles?\s+(?:\w+\s+){0,3}?(?:is|are|being|shall\s+be|to\s+be)\s+"
    r"(?:reckoned\s+(?:as|in)\s+|understood\s+as\s+|taken\s+as\s+)?(?:the\s+)?"
    r"(?:geographical|nautical|sea|marine)\s+miles?\b",
    re.I,
)


def at_sea(norm: str, found: list[Measurement]) -> list[Measurement]:
    """Bare miles read as nautical miles after the text has counted in nautical miles.

    "a zone of 3 nautical miles ... the 6-mile zone": a "mile" spelled out
    whose nearest mile before it was a nautical mile is one too, unless the
    text names statute or land miles; so is a mile whose figure the text
    gives later in nautical miles ("extends fishing limit to 50 miles" in a
    headline, then "out to 50 nautical miles"), and the miles of a limit at
    sea named by them ("outside the 200-mile limit", "the 12-mile zone",
    in a clause with words of the sea). Another mile before any
    nautical mile ("2 miles wide" on land, then "At sea, 6 nautical miles")
    stays a statute mile, and so does "mi". In a report that never speaks of the sea, a
    nautical mile is one of the air and the miles after it stay miles. In either, a bare mile
    whose figure the report has already given in nautical miles is that figure again ("for
    24 nautical miles around Diego Garcia ... the 24-mile ring"), even after the same figure
    stood bare in a headline, and in a report that names statute miles elsewhere.
    """
    ratio = KM_PER["nmi"] / KM_PER["mi"]
    if _SEA_MILE_DEFINED.search(norm):
        # "The mile is the geographical mile of sixty to a degree": every bare mile is one
        return [_nautical(m, ratio) if _bare_mile(m) else m for m in found]
    ordered = sorted(found, key=lambda x: x.start)
    # where each figure given in nautical miles is given last
    # (each end of a range too: "50 MILES" in a headline, then "between 12 and 50 nautical
    # miles from the baselines")
    last_nautical: dict[tuple[float, float], int] = {}
    first_nautical: dict[tuple[float, float], int] = {}
    for o in ordered:
        if o.unit_code == "nmi":
            low, high = _figure(o, "nmi")
            for key in ((low, high), (low, low), (high, high)):
                last_nautical[key] = o.start
                first_nautical.setdefault(key, o.start)

    def again(m: Measurement) -> bool:
        # a bare mile whose figure the report has already given in nautical miles: the same
        # distance again ("for 24 nautical miles around Diego Garcia ... the 24-mile ring")
        return _bare_mile(m) and first_nautical.get(_figure(m, "mi"), m.start) < m.start

    if _LAND_MILE.search(norm):
        # a report that names statute miles keeps its other bare miles as they are, but not
        # one the report has given in nautical miles and never in statute ones ("6 nautical
        # miles from the low-water line ... 2 statute miles off the patrol line ... The
        # 6-mile zone")
        told = {_figure(m, "mi") for m in found if m.unit_code == "mi" and not _bare_mile(m)}
        return [
            _nautical(m, ratio) if again(m) and _figure(m, "mi") not in told else m for m in found
        ]
    if not SEA_WORDS.search(norm):
        # in the air, only such a figure: "a ten-nautical-mile radius ... So the ten-mile
        # circle stays?"
        return [_nautical(m, ratio) if again(m) else m for m in found]
    out, last = [], None
    # figures already given in bare miles that stayed statute miles: "closed belt six miles
    # wide in all ... Is the six-mile belt the same all the way?" is the same belt
    statute: set[tuple[float, float]] = set()
    for i, m in enumerate(ordered):
        bare_mile = _bare_mile(m)
        told = _mile_by_its_conversion(norm, m, ordered[i + 1] if i + 1 < len(ordered) else None)
        if told is not None:
            # "from about 25 to 50 miles (40 to 80 km) seaward": the report's own conversion
            # says which mile it means
            m = _nautical(m, ratio) if told == "nmi" else m
            if told == "mi":
                statute.add(_figure(m, "mi"))
            out.append(m)
            continue
        if again(m) or (
            bare_mile
            and (last == "nmi" or _a_mile_at_sea(norm, m, last_nautical))
            and _figure(m, "mi") not in statute
        ):
            m = _nautical(m, ratio)
        elif m.unit_code in ("mi", "nmi"):
            last = m.unit_code
            if bare_mile:
                statute.add(_figure(m, "mi"))
        out.append(m)
    return out


_CONVERSION_GAP = re.compile(
    r"\s*(?:\(|\[|,\s*or|,|\s[-\u2013\u2014]\s)\s*(?:about|approximately|approx\.|around|"
    r"roughly|some|nearly|almost|c\.|ca\.|~|=)?\s*",
    re.I,
)


def _mile_by_its_conversion(norm: str, m: Measurement, nxt: Measurement | None) -> str | None:
    """Which mile a bare mile is ("mi" or "nmi"), when the report converts it into metric
    units right after it ("25 to 50 miles (40 to 80 km)", "three miles, or 5.6 km"); None
    when it does not, or when the conversion fits neither mile within 5 %."""
    if nxt is None or not _bare_mile(m) or nxt.unit_code not in ("km", "m") or not m.high_km:
        return None
    if not _CONVERSION_GAP.fullmatch(norm[m.end : nxt.start]):
        return None
    ratio = nxt.high_km / m.high_km * KM_PER["mi"]
    for code in ("mi", "nmi"):
        if abs(ratio / KM_PER[code] - 1) < 0.05:
            return code
    return None


def _bare_mile(m: Measurement) -> bool:
    """A figure in miles that does not say which ("6 miles", "the 24-mile ring"; not "mi")."""
    return m.unit_code == "mi" and bool(re.match(r"miles?$", m.unit, re.I))


def _nautical(m: Measurement, ratio: float) -> Measurement:
    """A figure in bare miles read as nautical miles."""
    return replace(
        m, low_km=round(m.low_km * ratio, 6), high_km=round(m.high_km * ratio, 6), unit_code="nmi"
    )


def _figure(m: Measurement, unit: str) -> tuple[float, float]:
    """A measurement's figures in ``unit`` (as written), rounded for comparing."""
    return round(m.low_km / KM_PER[unit], 6), round(m.high_km / KM_PER[unit], 6)


def _a_mile_at_sea(norm: str, m: Measurement, last_nautical: dict) -> bool:
    """Whether a bare mile before any nautical mile is one, by the words of the sea about it."""
    clause = re.split(r"[.;\n]", norm[max(0, m.start - 120) : m.start])[-1]
    clause += re.split(r"[.;\n]", norm[m.start : m.end + 120])[0]
    # "Corbane extends fishing limit to 50 miles" in a headline, before "out to 50 nautical
    # miles from its baselines": the same figure, given later in nautical miles; so is a limit
    # named by its miles, or a headline's, where the words of the sea are only in the report
    # ("ICELAND'S TWELVE-MILE LIMIT IN FORCE", then "moved out to twelve (12) nautical miles")
    later = last_nautical.get(_figure(m, "mi"), -1) > m.start
    if later and (
        SEA_WORDS.search(clause)
        or _LIMIT_AFTER.match(norm, m.end)
        or not re.search(r"[a-z]", clause)
        or _a_heading(norm, m)
    ):
        return True
    if not SEA_WORDS.search(clause):
        # ("2 miles wide" on land, then "a 2 nm zone" at sea, stays)
        return False
    # "Canada seizes trawler outside 200-mile limit": the limits of the law of the sea
    # (territorial sea, fishing zones) are reckoned in nautical miles
    return bool(
        m.low_km == m.high_km
        and any(abs(m.low_km - n * KM_PER["mi"]) < 1e-6 for n in _SEA_LIMITS)
        and _LIMIT_AFTER.match(norm, m.end)
    )


_LIMIT_AFTER = re.compile(
    r"\s*-?\s*(?:(?:fish\w*|territorial|exclusive|economic|contiguous|coastal)\s+)?"
    # ("kept the three-mile sea", "a 12-mile territorial sea")
    # ("THE 12-MILE AREA IS ADEQUATE FOR LIVE FIRING")
    r"(?:limits?|line|zones?|belt|seas?|waters|areas?)\b",
    re.I,
)


def _a_heading(norm: str, m: Measurement) -> bool:
    """Whether a figure stands in a heading: a short line of its own, with no stop at its end
    ("Three miles and twelve", "Two hundred miles" over a section)."""
    a = norm.rfind("\n", 0, m.start) + 1
    b = norm.find("\n", m.end)
    line = norm[a : len(norm) if b < 0 else b].strip()
    return 0 < len(line) <= 60 and not re.search(r"[.;:!?,]$", line)


# the miles of the limits at sea (territorial sea, contiguous and fishing zones, economic zone)
_SEA_LIMITS = (3, 4, 6, 12, 24, 50, 200)

# words of the sea: a report without them never speaks of the sea, and its nautical mile is one
# of the air ("airspace is closed within a 5-nautical-mile radius of the fire"); the miles after
# it stay miles (also the words of the sea around a limit named by its miles, outward.py)
SEA_WORDS = re.compile(
    r"\b(?:seas?|waters|coast\w*|shores?|maritime|marine|territorial|naval|navy|vessels?|ships?|"
    r"shipping|boats?|fish\w*|harbou?rs?|ports?|islands?|bays?|gulf|strait|ocean|offshore|"
    r"mariners?|baselines?|trawl\w*|cape|anchor\w*|channel|reefs?|buoys?|wrecks?|tankers?|"
    r"sail\w*)\b",
    re.I,
)


__all__ = ["SEA_WORDS", "Measurement", "Number", "at_sea", "measurements", "numbers", "word_value"]
