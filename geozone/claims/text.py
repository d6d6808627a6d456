"""Report text: decoding, a normalised copy that maps back to the source, sentences.

Reports arrive copied from web pages and PDFs: typographic dashes and quotes,
non-breaking spaces, HTML entities and tags, soft hyphens, words run
together ("least20 kilometres"). The rules read a normalised copy; every
character of it remembers the span of the source it came from, so a quote's
offsets always point into the text as the user has it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from ..errors import InputError

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\uff07"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
_FRACTIONS = {
    "\u00bd": " 1/2",
    "\u00bc": " 1/4",
    "\u00be": " 3/4",
    "\u2153": " 1/3",
    "\u2154": " 2/3",
    "\u215b": " 1/8",
}

_CHAR_MAP = {
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): "'" for c in _SINGLE_QUOTES},
    **{ord(c): '"' for c in _DOUBLE_QUOTES},
    **{ord(c): " " for c in _SPACES},
    **{ord(c): "" for c in _INVISIBLE},
    **{ord(c): str(i) for i, c in enumerate(_DIGITS)},
    **{ord(c): s for c, s in _FRACTIONS.items()},
    ord("\u2026"): "...",
    ord("\r"): "\n",
}

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>|<!--.*?-->", re.S)
_BROKEN_WORD = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")
# a word in capitals broken at a line's end ("ESTAB-\nLISHED"), joined when the whole is a word
_BROKEN_CAPS = re.compile(r"\b([A-Z]{2,})-\n[ \t]*([A-Z]{2,})\b")
_RUN_TOGETHER = re.compile(
    r"(?<=[a-z])(?<!km)(?<!\bm)(?<!\bmi)(?<!\bsq)(?=\d)"
    # "between 10and 30 km", "from 2to 12 km": a joining word run into a number
    r"|(?<=\d)(?=(?:and|to|or)\s+\d)"
    r"|(?<=\d)(?=(?:kilomet|kms?\b|miles?\b|metres?\b|meters?\b|mi\b|nmi\b|nm\b|yds?\b|"
    r"yards?\b|ft\b|feet\b|mm\b|cm\b|millimet|centimet"
    # "15NM", "5KM EITHER SIDE": a notice's unit in capitals run into its figure
    r"|(?:KMS?|NMI?|FT|YDS?|MILES?|METRES?|METERS?)\b"
    # ("WITHIN 300M OF THE SITE")
    r"|M\b(?=\s*-?\s*(?:WIDE|DEEP|ACROSS|FROM|BACK|AWAY|BEHIND|BEYOND|OFF|EITHER|EACH|INSIDE|"
    r"INTO|WITHIN|OF\s+THE|ZONE|STRIP|BELT|BUFFER|CORRIDOR|EXCLUSION|RADIUS)\b)"
    # "500m wide", "200m from the fence" (not "5m people")
    r"|m\b(?=\s*-?\s*(?:wide|deep|across|from|back|away|behind|beyond|off|on\s+(?:each|either|both)|"
    r"either|each|inside|into|within|of\s+the|zone|strip|belt|buffer|corridor|exclusion)\b)))"
)
# a notice's abbreviations around figures: "BTN 15NM AND 25NM FM GRANTHOLM"
_NOTICE_BETWEEN = re.compile(r"\bBTN(?=\s+\d)")
_NOTICE_FROM = re.compile(r"(?<=\d(?:NM|KM) )FM(?=\s+[A-Z])|(?<=\d (?:NM|KM) )FM(?=\s+[A-Z])")
# scanned and PDF text: "atleast20 km", "A25-kilometre", "Memorandum,which"
_GLUED_PHRASE = re.compile(r"\b(?:at|no|not)(?=(?:least|more|less)\b)", re.I)
# "ofnot less than", "demilitarisedzone": a short word or a zone's adjective run into the next
_GLUED_WORD = re.compile(
    r"\b(?:of|at|to|by|and|the)(?=(?:not|no|least|less|more|most|about|some|up)\b)"
    # "andat least 1/2 mile"
    r"|\b(?:and|or)(?=at\s+least\b)"
    r"|\b(?:[Dd]emilitari[sz]ed|[Bb]uffer|[Ss]ecurity|[Nn]eutral|[Rr]estricted|[Ee]xclusion|"
    r"[Ss]eparation|[Ll]imited|[Ss]afe|[Bb]order|[Ff]rontier|[Cc]ontrolled|[Tt]he|[Aa])"
    r"(?=(?:zone|strip|buffer|corridor|area|belt)s?\b)"
)
# "fivekilometres": a number in words run into its unit
_GLUED_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred)(?=(?:kilomet\w+|miles?|metres?|meters?|yards?)\b)",
    re.I,
)
_GLUED_ARTICLE = re.compile(
    r"\b[Aa](?=\d+\s*-?\s*(?:kilomet|km\b|mile|met(?:re|er)|f(?:oo|ee)t\b|ft\b|yards?\b|nautical))"
)
# "Zonewhere": a capitalised word run into "where"/"which" (not "Somewhere", "Elsewhere")
_GLUED_CLAUSE = re.compile(r"\b(?!(?:Some|Else|Any|Every|No)where)([A-Z][a-z]{2,}?)(where|which)\b")
_GLUED_COMMA = re.compile(r"(?<=[a-z]{3}),(?=[a-z]{3})")
# "the full twelve miles.Neither insistence": a full stop run into the next sentence (not
# "U.S.", "e.g.", a web address: a lower-case word of three letters or more before it)
_GLUED_STOP = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,}\b)")
# "i.e.5 km in total", "approx.3 miles": an abbreviation's full stop run into a number
_GLUED_ABBREVIATION = re.compile(
    r"(?:(?<=\bi\.e\.)|(?<=\be\.g\.)|(?<=\bviz\.)|(?<=\bapprox\.)|(?<=\bca\.)|(?<=\bc\.))(?=\d)",
    re.I,
)
# OCR: letters read for digits in a number ("l5 km", "8OO metres", "(l0)", "l964")
_OCR_NUMBER = re.compile(
    # ("(l/4) mile": a fraction's numerator)
    r"(?<![\w.,])(?:(?=[0-9lIO.,]*\d|[lI]/\d)[0-9lIO]+(?:[.,][0-9lIO]+)*"
    # ... with no digit left, in thousands ("l,OOO feet")
    r"|[lI1-9][0-9lIO]{0,2}(?:,[0-9O]{3})+)"
    # ... also run into its unit ("l0km")
    # ... or a signal's time ("l8OOZ")
    # ... or an ordinal day ("the l9th day of")
    r"(?:(?![\w])|(?<=[0-9lIO]{4})(?=Z\b)|(?=(?:kms?|kilomet\w*|miles?|mi|m|metres?|meters?|nm|nmi|yds?|ft)\b)"
    r"|(?<=\d)(?=(?:st|nd|rd|th)\b))"
)
# OCR: digits read for letters in a word ("ki1ometers", "Artil1ery", "wi11")
_OCR_WORD = re.compile(
    r"\b[A-Za-z]+[10][A-Za-z10]*\b|\b[10]+[A-Z][A-Z10]*\b|\b[10][a-z][A-Za-z10]*\b"
)
# a number in words doubled in OCR-damaged digits: "one (l)", "eleven (ll)", "ten (lO)"
_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "ninety",
    "hundred",
]
_OCR_ONE = re.compile(
    # (the first lookbehind only makes the search fail fast where no bracket opens)
    r"(?<=\()(?:"
    + "|".join(rf"(?<=\b{w} \()" for w in _NUMBER_WORDS)
    # ("five (S)", "eighteen (lB)": an S read for a 5 and a B for an 8 as well)
    + r")(?-i:[lIOSB0-9]*[lIOSB][lIOSB0-9]*)(?=\))",
    re.I,
)
# a lone "l" read for "1" before a unit: "l mile", "l km"
# ... and a number with no true digit left before a unit: "lO metres", "ll km", "lOO yards"
# OCR: a number with letters for digits run into the word before it ("withinl0 metres",
# "atleastl5O m")
_OCR_GLUED_NUMBER = re.compile(
    r"(?:(?<=\bwithin)|(?<=least)|(?<=\bupto)|(?<=\bthan)|(?<=\bWITHIN)|(?<=LEAST)|(?<=THAN))"
    r"(?=[0-9lIO,.]*\d)[0-9lIO][0-9lIO,.]*"
    r"(?=\s*-?\s*(?:kms?|kilomet\w*|miles?|m|metres?|meters?|nm|nmi|yds?|yards?|ft|feet)\b)",
    re.I,
)
# OCR: "rn" read for "m" in a unit ("12 nautical rniles", "300 rnetres", "5 krn", "kilornetres")
_OCR_RN = re.compile(
    r"\b(?:rn|RN)(?=(?:iles?|etres?|eters?|ILES?|ETRES?|ETERS?)\b)"
    r"|(?<=\d[ -]k)rn\b|(?<=\dk)rn\b|(?<=kilo)rn(?=et)|(?<=KILO)RN(?=ET)"
    # ... and a metre alone after its figure ("within 3 rn of the edge")
    r"|(?<=\d )rn(?=\s+(?:of|from|wide|deep|back|beyond|around|either|each|on|in|to)\b)"
)
_OCR_LONE_ONE = re.compile(
    # ... and "l,OOO yards", "the l,OOO-foot distance"
    r"(?<![\w.,])(?:l|[lI][lIO]{1,3}|[lI][lIO]{0,2},[lIO]{3})(?=\s*-?\s*(?:miles?|km|kms|kilomet\w+|met(?:re|er)s?|yards?|"
    r"feet|foot|ft|nautical|nm|nmi|versts?|leagues?|cables?)\b"
    # ("a strip lOO m wide")
    r"|(?<=[lIO]{2})(?=\s*-?\s*m\b))"
    # ... and a half written "l/2" after a whole number: "34 l/2 miles"
    r"|(?<=\d )[lI](?=/[248]\b)"
    # ... and a lone one before a metre and the word after it ("set back at least l m from the
    # toe", "BETWEEN l M AND 3 M")
    r"|(?<![\w.,])l(?=\s+m\s+(?:from|of|and|to|or|back|wide|deep|beyond|behind|outside|inside|"
    r"either|each|on|in|off|away)\b)"
    # ... and the first of two: "Between l and 3 nautical miles", "from l to 5 km", "FR0M lO T0
    # 3O KM"
    r"|(?<=\bbetween )(?:l|[lI][lIO0-9]{1,3})(?= and [0-9lIO]*\d)"
    r"|(?<=\bfrom )(?:l|[lI][lIO0-9]{1,3})(?= t[o0] [0-9lIO]*\d)"
    # ... and a range's first end before a hyphen: "l-3 KM WIDE"
    r"|(?<![\w.,])(?-i:l)(?=-[0-9]+(?:\.[0-9]+)?\s*(?:miles?|km|kms|kilomet\w+|met(?:re|er)s?|yards?|"
    r"feet|ft|nautical|nm|nmi)\b)",
    re.I,
)
# a day before its month with no true digit left: "l January l954", "lO May"
_OCR_DAY = re.compile(
    r"(?<![\w.,])l[lO0-9]?(?=\s+(?i:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b)"
)
# ... the minutes of a clock time ("l3:OO today", after its hour is read) and an ordinal day
# ("the lst day of May")
_OCR_MINUTES = re.compile(r"(?<=\d[:.])(?=[0-9]?O)[0-9O]{2}\b|(?<![\w.,])l(?=st\b)")
# ... and a day after its month: "April l", "May lO"
_OCR_DAY_AFTER = re.compile(
    r"\b(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? )"
    r"(?P<day>l[lO0-9]?)(?![\w-])"
)
# a signal time with no true digit left: "OOOlZ"
_OCR_SIGNAL_TIME = re.compile(r"(?<![\w.,])(?=[0-9lIO]{0,3}[0-9O])[0-9lIO]{4}(?=Z\b)")
# OCR: a capital I read for an l inside a word in lower case ("miIes", "kiIometres")
_OCR_INNER_I = re.compile(r"\b[a-z]+I[a-z]*\b")
# ... and a small l read for a capital I inside a word in capitals ("MlLES", "KlLOMETRES")
# ... and one that opens a word in capitals among capitals ("WIDE lN ALL", "lS ESTABLISHED")
_OCR_INNER_L = re.compile(
    r"\b[A-Z]+l[A-Zl]*[A-Z]\b|\b[A-Z]{2,}l\b"
    # ("lNSlDE TREVENlAN": more than one)
    r"|(?:(?<=[A-Z]\s)|^|(?<=\n))l[A-Z][A-Zl]*\b(?=\s+[A-Z0-9][A-Z0-9l]+\b)"
)
_OCR_DIGITS = str.maketrans("lIO", "110")
_OCR_DOUBLED = str.maketrans("lIOSB", "11058")
_OCR_LETTERS = str.maketrans("10", "lo")
_OCR_LETTERS_I = str.maketrans("10", "io")
_OCR_CAPITALS = str.maketrans("10", "IO")
# words a line-end hyphen often splits in zone texts
_JOINED = {
    "between", "kilometres", "kilometers", "kilometre", "kilometer", "demilitarised",
    "demilitarized", "withdrawal", "withdraw", "territory", "established", "distance",
    "boundary", "separation", "disengagement", "extends", "extend", "reaching", "either",
    "metres", "meters", "nautical", "corridor", "buffer", "neutral", "within", "upstream",
    "downstream", "without", "outside", "inside", "further",
}  # fmt: skip
# words of zone texts a scan may hold only in damaged form ("1ine", "fr0m", "ki1ometres")
_VOCABULARY = {
    "line", "lines", "limit", "limits", "least", "less", "land", "lake", "long", "lying", "lie",
    "lies", "length", "level", "from", "of", "on", "to", "kilometre", "kilometres", "kilometer",
    "kilometers", "mile", "miles", "metre", "metres", "meter", "meters", "nautical", "yard",
    "yards", "feet", "foot", "neutral", "zone", "belt", "within",
    # old units a scan reads with a 1 for their l ("half a 1eague", "two cab1es")
    "league", "leagues", "cable", "cables", "half",
    "military", "political", "control", "demilitarised", "demilitarized", "withdrawal", "boundary",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
    # words of deadlines ("not 1ater than", "shal1", "unti1")
    "later", "latest", "until", "till", "shall", "will", "all", "complete", "completed",
    # short words of a telex in capitals ("0UR SIDE 0NLY", "N0T")
    "our", "ours", "only", "one", "other", "own", "over", "out", "not", "both", "side", "sides",
    "off", "once", "into", "onto", "north", "south", "east", "west", "coast", "point",
    # number words a scan ends in 0 ("TW0 (2) KM")
    "two", "zero",
    # a proposal's fate in a scan ("PR0P0SAL WITHDRAWN", "rejected", "c0unter-proposal")
    "proposal", "proposals", "proposed", "propose", "offer", "counter", "demand", "rejected",
    "refused", "dropped", "withdrawn", "declined", "accepted", "final", "original",
}  # fmt: skip
_SHORT_WORDS = {"to", "of", "on", "in", "is", "it", "at", "or", "no", "so", "do", "go", "if"}
# a line wrapped inside a sentence (PDF, scans): the break is a space
# (also in capitals, as in cables: "FROM THE\nEMBANKMENT")
_WRAPPED_AFTER = "|".join(
    rf"(?<=\b{w})"
    for word in (
        "the",
        "of",
        "an",
        "to",
        "and",
        "from",
        "on",
        "in",
        "at",
        "by",
        "with",
        "for",
        "between",
    )
    for w in (word, word.upper())
)
_WRAPPED = re.compile(
    # (every line break joined is spaces and a newline: the lookahead makes the search fail
    # fast everywhere else)
    r"(?=[ \t]*\n)(?:"
    r"(?<=[a-z0-9,)])[ \t]*\n[ \t]*(?=[a-z(])"
    # ("extending Zone B\nto 2 km": a one-letter name before the break)
    r"|(?<=\s[A-Z])[ \t]*\n[ \t]*(?=[a-z])"
    rf"|(?:{_WRAPPED_AFTER})[ \t]*\n[ \t]*(?=[A-Z0-9])"
    # "no wider than\n1 km": a figure carried onto the next line (not a numbered item "1. The")
    r"|(?<=[a-z])[ \t]*\n[ \t]*(?=\d[\d.,]*\s*[a-z])"
    # in capitals (cables, telexes): a figure and its unit on two lines ("BELT OF 20\nKM",
    # "10 (TEN)\nKILOMETRES"), and a figure's adjective and its noun ("THE 20-KM\nBELT")
    r"|(?:(?<=[0-9)])|(?<=[0-9A-Z]-))[ \t]*\n[ \t]*"
    r"(?=(?:KMS?|KILOMET(?:RE|ER)S?|MILES?|NM|NAUTICAL|MET(?:RE|ER)S?|YARDS?)\b)"
    r"|(?:(?<=\d-KM)|(?<=\d-MILE)|(?<=\d-METRE)|(?<=\d-METER)|(?<=\d-NM))[ \t]*\n[ \t]*(?=[A-Z])"
    r")"
)


# a long line of running text broken before a name ("in any area of the Eastern\nPlanning Area
# lying within 125 miles"): the break is a space when the line before runs on (see below)
_WRAPPED_BEFORE_NAME = re.compile(r"(?<=[a-z,])[ \t]*\n[ \t]*(?=[A-Z][a-z])")
_NOT_RUNNING = re.compile(
    # a heading or a numbered item starts the next line, or the line before is a title
    r"(?:Article|Section|Chapter|Part|Annex|Schedule|Clause|Paragraph|Note|Page|Figure|Table|"
    r"Source|Sources|Notes|See|Q|A|HOST|PRESENTER)\b",
)
_RUNNING_LINE = 50  # characters: a line this long, ending inside a sentence, was wrapped


def _wrapped_before_name(m: re.Match) -> bool:
    """Whether a line break before a capital is a wrap inside a sentence: the line before is
    long, holds a lower-case word, and the next line starts no heading, item or speaker."""
    text = m.string
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    return (
        len(line) >= _RUNNING_LINE
        and re.search(r"\b[a-z]{3,}\b", line) is not None
        # (a table's row: cells apart by a bar or by runs of spaces)
        and not re.search(r"\||\S {2,}\S", line)
        and not _NOT_RUNNING.match(text, m.end())
        # ("Date of decision: 8 November 2022", "Site address: ..."): a field of a form
        and ":" not in text[m.end() : m.end() + 30].split("\n", 1)[0]
    )


# a page's running footer and header inside a sentence (PDF extracts): page numbers
# ("- 3 -", "Page 3 of 5", a reference code and a page number) and all-capital lines
_PAGE_NUMBER = r"(?:-\s*\d{1,3}\s*-|(?:Page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3})"
_FURNITURE_LINE = (
    rf"[ \t]*(?:{_PAGE_NUMBER}|[^\n]{{0,80}}?\S[ \t]{{3,}}{_PAGE_NUMBER}"
    # (the first capital is where the line's first letter is: one way to match, not one per
    # capital, or an all-capital telex takes seconds)
    r"|[^a-zA-Z\n]*[A-Z][^a-z\n]*+)[ \t]*"
)
_FURNITURE = re.compile(
    r"(?<=[a-z0-9,;(-])[ \t]*\n(?:[ \t]*\n)*"
    rf"(?:{_FURNITURE_LINE}\n(?:[ \t]*\n)*)+[ \t]*(?=[a-z0-9(])"
)


class _PageBreaks:
    """Footer and header lines that interrupt a sentence: they must hold a page number."""

    @staticmethod
    def finditer(text: str):
        for m in _FURNITURE.finditer(text):
            lines = [ln.strip() for ln in m.group().split("\n") if ln.strip()]
            if any(re.search(rf"(?:^|\S[ \t]{{3,}}){_PAGE_NUMBER}$", ln) for ln in lines):
                yield m


@dataclass(frozen=True)
class Text:
    """A report's normalised text, and where each of its characters came from.

    ``starts[i]``/``ends[i]`` are the source span of normalised character
    ``i`` (several normalised characters may share one source span).
    """

    source: str
    norm: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the normalised span ``[start, end)``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        """The source words behind a normalised span, with their source offsets."""
        a, b = self.span(start, end)
        return self.source[a:b], a, b


def _apply(
    text: str,
    starts: list[int],
    ends: list[int],
    pattern: re.Pattern,
    repl: Callable,
    where: Callable | None = None,
) -> tuple[str, list[int], list[int]]:
    # (``where``: only the matches it accepts are replaced)
    found = iter(pattern.finditer(text) if where is None else filter(where, pattern.finditer(text)))
    first = next(found, None)
    if first is None:
        # most passes change nothing: keep the offsets as they are, uncopied
        return text, starts, ends
    out, s_out, e_out = [], [], []
    last = 0
    for m in chain((first,), found):
        a, b = m.span()
        out.append(text[last:a])
        s_out.extend(starts[last:a])
        e_out.extend(ends[last:a])
        new = repl(m)
        if b > a:
            src_a, src_b = starts[a], ends[b - 1]
        else:  # an insertion: it belongs to the following character
            src_a = starts[a] if a < len(starts) else (ends[-1] if ends else 0)
            src_b = src_a
        out.append(new)
        s_out.extend([src_a] * len(new))
        e_out.extend([src_b] * len(new))
        last = b
    out.append(text[last:])
    s_out.extend(starts[last:])
    e_out.extend(ends[last:])
    return "".join(out), s_out, e_out


# words that end in a double l, read "11" in OCR ("fu11", "wi11", "sha11")
_LL_WORDS = {
    "all",
    "ball",
    "bell",
    "call",
    "drill",
    "fall",
    "fell",
    "fill",
    "full",
    "hall",
    "hill",
    "kill",
    "mall",
    "mill",
    "poll",
    "pull",
    "roll",
    "shall",
    "skill",
    "small",
    "spill",
    "still",
    "tall",
    "till",
    "toll",
    "wall",
    "well",
    "will",
}


def _ocr_word(m: re.Match, words: set[str]) -> str:
    word = m.group()
    if re.fullmatch(r"[A-Za-z]{2,}\d{2,}(?:[.,]\d+)?(?:km|kms|m|mi|ft|nm|nmi|yds?)", word):
        # "within100m": a word run into a figure and its unit, not a word misread
        return word
    letters = re.sub(r"[10]", "", word)
    # (an l among the capitals is an I misread too: "C0RRlD0R", "TERRlT0RY")
    if letters.replace("l", "").isupper() and (len(letters) >= 2 or len(word) == 2):
        # a word in capitals (cables, telexes): "FR0M", "0F", "C0NVOYS", "M1LES"
        fixed = word.translate(_OCR_CAPITALS).replace("l", "I")
        if len(word) == 2:
            # two letters: only the short words of running text ("T0", "0F", "0N"), not a
            # road or a grid square ("A1", "M1")
            return fixed if fixed.lower() in _SHORT_WORDS else word
        if fixed.lower() in words or re.search(r"[A-Z][10l]+[A-Z]", word):
            return fixed
        return word
    fixed = word.translate(_OCR_LETTERS)
    if len(word) == 2:
        # running text in lower case: "0f", "0n", "t0", "n0" are the short words, not figures
        return fixed if re.fullmatch(r"[a-z]0|0[a-z]", word) and fixed in _SHORT_WORDS else word
    if re.fullmatch(r"0[a-z]{3,}", word) and fixed.lower() not in words:
        # "0strova": a name's capital O read as a zero
        return "O" + word[1:]
    # "Mi11", "wi11", "Hi11": a double l read as 11 at a word's end
    # (not "with- in11 m": a short word run into a figure)
    inner = re.search(r"[A-Za-z][10]+[A-Za-z]", word) or (
        re.search(r"[a-z]11$", word)
        and (fixed.lower() in words or fixed.lower() in _LL_WORDS or word[0].isupper())
    )
    # ("with1n": a 1 read for an i)
    alt = word.translate(_OCR_LETTERS_I)
    if fixed.lower() not in words and alt.lower() in words:
        return alt
    if len(re.findall(r"[A-Za-z]", word)) >= 2 and (inner or fixed.lower() in words):
        return fixed
    return word


# OCR: an l read for an i in a number or a unit ("flve-mile", "nlne miles"): no English word
# turns into one of these when an l becomes an i
_L_FOR_I = {
    "five",
    "nine",
    "six",
    "eight",
    "fifty",
    "fifteen",
    "thirty",
    "thirteen",
    "sixty",
    "sixteen",
    "eighty",
    "eighteen",
    "ninety",
    "nineteen",
    "mile",
    "miles",
    "within",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
}
_OCR_L_WORD = re.compile(r"\b[a-z]*l[a-z]*\b")


def _l_for_i(m: re.Match) -> str:
    """The word with an l read back as the i it was ("flve" -> "five"), when that makes it a
    number or a unit of :data:`_L_FOR_I`; else the word as it is."""
    word = m.group()
    if word in _L_FOR_I:
        return word
    for k in range(len(word)):
        if word[k] == "l" and (alt := word[:k] + "i" + word[k + 1 :]) in _L_FOR_I:
            return alt
    alt = word.replace("l", "i")
    return alt if alt in _L_FOR_I else word


# a word hyphenated at a line end whose break became a space ("kilo- metres", "be- tween")
_HYPHEN_SPACE = re.compile(r"\b([A-Za-z]{2,})- ([a-z]{2,})\b")
# the apostrophe of a unit's plural before what it measures: "a circle of five miles' radius"
_UNIT_POSSESSIVE = re.compile(
    r"\b((?:kilomet(?:re|er)|met(?:re|er)|mile|yard|league|furlong|verst)s)'"
    # (not "a road of perhaps 7 metres' width": how wide a road is)
    r"(?=\s+(?:radius|distance)\b)",
    re.I,
)
# a unit split in two by a scan or a PDF ("kilo metres")
_SPLIT_UNIT = re.compile(
    r"(?<=\b[Kk]ilo) (?=met(?:re|er)s?\b)"
    # "the 150-\nkm ring", "the250- metre area": a figure's hyphen before its unit, and the
    # line break after it (or the space it became)
    r"|(?<=\d-)[ \t]*\n?[ \t]*"
    r"(?=(?:km|kilomet(?:re|er)|met(?:re|er)|mile|nautical|yard|foot|ft|nm)\b)"
)
# a unit run into the word after it ("50 feetwide in all", "Zone 15 kmwide", "200 mfrom the
# fence"): a space goes between them
_GLUED_UNIT = re.compile(
    r"(?<=\d)(?:\s?(?:kms?|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|foot|ft|yards?|yds?|"
    r"nm|nmi|m))(?=(?:wide|deep|across|long|from|back|away|beyond|either|each|inside|into|"
    r"offshore|around|round)\b)",
    re.I,
)
# "10 nauticalmiles on each side": a unit's two words run together
_GLUED_NAUTICAL = re.compile(r"\b(?:nautical|NAUTICAL|statute|STATUTE)(?=(?:miles?|MILES?)\b)")
# "with in 1,500 metres of any other cage": "within" split in two by a scan
_WITH_IN = re.compile(
    r"\b(with|WITH) (in|IN)(?=\s+(?:[0-9lIO][0-9lIO,.]*|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|fifty|hundred|half)\b)"
)
# a word hyphenated at a line's end and then run back onto one line ("with-in", "be-tween"),
# joined when the whole is a word of the text's language that the halves are not
_HYPHEN_RUN_ON = re.compile(r"\b(with|be|out|in|fur|dis)-(in|out|tween|side|ther|tance)\b", re.I)
# a unit's abbreviation point inside a sentence ("5 km. on each side")
_UNIT_POINT = re.compile(r"(?<=\d)(\s*(?:km|kms|mi|m|ft|yds|nm|nmi))\.(?=\s+[a-z])")


_TENS = re.compile(r"(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)$", re.I)


def _broken_word(m: re.Match) -> str:
    """A word broken at a line's end is joined; a compound number keeps its hyphen
    ("twenty-\nfive" is "twenty-five", "one-\nhalf" is "one-half")."""
    if _TENS.search(m.string[max(0, m.start() - 8) : m.start()]):
        return "-"
    part = re.match(r"(?:half|quarters?|thirds?)\b", m.string[m.end() : m.end() + 9], re.I)
    count = re.search(r"\b(?:one|two|three)$", m.string[max(0, m.start() - 6) : m.start()], re.I)
    return "-" if part and count else ""


def _hyphen_space(m: re.Match, words: set[str], caps: bool = False) -> str:
    joined = m.group(1) + m.group(2)
    if caps:
        # scanned capitals may read 0 for O ("ESTAB-\nLISHED", "DEMIL-\nITARISED")
        known = joined.lower() in words or joined.replace("0", "O").lower() in words
        return joined if known else m.group()
    if joined.lower() in words and m.group(2).lower() not in ("and", "or", "to", "nor"):
        return joined
    return m.group()


def _hyphen_run_on(m: re.Match) -> str:
    joined = m.group(1) + m.group(2)
    return joined if joined.lower() in _JOINED else m.group()


def _ocr(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """Undo OCR confusions of digits and letters, one character for one."""
    words = set(re.findall(r"\b[a-z]{2,}\b", text.lower())) | _VOCABULARY
    text, starts, ends = _apply(
        text, starts, ends, _OCR_NUMBER, lambda m: m.group().translate(_OCR_DIGITS)
    )
    text, starts, ends = _apply(text, starts, ends, _OCR_WORD, lambda m: _ocr_word(m, words))
    text, starts, ends = _apply(text, starts, ends, _OCR_L_WORD, _l_for_i)
    text, starts, ends = _apply(
        text, starts, ends, _OCR_LONE_ONE, lambda m: m.group().translate(_OCR_DIGITS)
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_SIGNAL_TIME, lambda m: m.group().translate(_OCR_DIGITS)
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_DAY, lambda m: m.group().translate(_OCR_DIGITS)
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_MINUTES, lambda m: m.group().translate(_OCR_DIGITS)
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_RN, lambda m: "M" if m.group() == "RN" else "m"
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_GLUED_NUMBER, lambda m: m.group().translate(_OCR_DIGITS)
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_INNER_I, lambda m: m.group().replace("I", "l")
    )
    text, starts, ends = _apply(
        text, starts, ends, _OCR_INNER_L, lambda m: m.group().replace("l", "I")
    )
    text, starts, ends = _apply(
        text,
        starts,
        ends,
        _OCR_DAY_AFTER,
        lambda m: m.group("month") + m.group("day").translate(_OCR_DIGITS),
    )
    # "one (l) kilometre"
    return _apply(text, starts, ends, _OCR_ONE, lambda m: m.group().translate(_OCR_DOUBLED))


def normalise(source: str) -> Text:
    """The normalised text of a report.

    Entities are decoded, tags become spaces, typographic dashes, quotes,
    spaces and Arabic-Indic digits become ASCII, invisible characters go,
    words broken across lines are joined and words run into numbers are
    separated. Case is kept.
    """
    text = source
    starts = list(range(len(source)))
    ends = list(range(1, len(source) + 1))
    text, starts, ends = _apply(text, starts, ends, _TAG, lambda m: " ")
    text, starts, ends = _apply(text, starts, ends, _ENTITY, lambda m: html.unescape(m.group()))
    chars = re.compile("[" + re.escape("".join(chr(k) for k in _CHAR_MAP)) + "]")
    text, starts, ends = _apply(text, starts, ends, chars, lambda m: _CHAR_MAP[ord(m.group())])
    text, starts, ends = _apply(text, starts, ends, _BROKEN_WORD, _broken_word)
    words = set(re.findall(r"\b[a-z]{3,}\b", text.lower())) | _VOCABULARY | _JOINED
    text, starts, ends = _apply(
        text, starts, ends, _HYPHEN_SPACE, lambda m: _hyphen_space(m, words)
    )
    text, starts, ends = _apply(
        text, starts, ends, _BROKEN_CAPS, lambda m: _hyphen_space(m, words, caps=True)
    )
    text, starts, ends = _apply(text, starts, ends, _HYPHEN_RUN_ON, _hyphen_run_on)
    text, starts, ends = _apply(text, starts, ends, _WITH_IN, lambda m: m.group(1) + m.group(2))
    text, starts, ends = _apply(text, starts, ends, _GLUED_NAUTICAL, lambda m: m.group() + " ")
    text, starts, ends = _apply(text, starts, ends, _UNIT_POINT, lambda m: m.group(1))
    text, starts, ends = _apply(text, starts, ends, _SPLIT_UNIT, lambda m: "")
    text, starts, ends = _apply(text, starts, ends, _UNIT_POSSESSIVE, lambda m: m.group(1))
    text, starts, ends = _apply(text, starts, ends, _GLUED_ABBREVIATION, lambda m: " ")
    text, starts, ends = _ocr(text, starts, ends)
    text, starts, ends = _apply(text, starts, ends, _RUN_TOGETHER, lambda m: " ")
    text, starts, ends = _apply(text, starts, ends, _GLUED_UNIT, lambda m: m.group() + " ")
    text, starts, ends = _apply(text, starts, ends, _NOTICE_BETWEEN, lambda m: "BETWEEN")
    text, starts, ends = _apply(text, starts, ends, _NOTICE_FROM, lambda m: "FROM")
    text, starts, ends = _apply(text, starts, ends, _GLUED_PHRASE, lambda m: m.group() + " ")
    text, starts, ends = _apply(text, starts, ends, _GLUED_ARTICLE, lambda m: m.group() + " ")
    text, starts, ends = _apply(
        text,
        starts,
        ends,
        _GLUED_NUMBER_WORD,
        # (not a name: "Tenmile first proposed a corridor")
        lambda m: (
            m.group()
            if m.group()[0].isupper() and m.string[m.end() : m.end() + 4] == "mile"
            else m.group() + " "
        ),
    )
    text, starts, ends = _apply(text, starts, ends, _GLUED_WORD, lambda m: m.group() + " ")
    text, starts, ends = _apply(text, starts, ends, _GLUED_COMMA, lambda m: ", ")
    text, starts, ends = _apply(
        text,
        starts,
        ends,
        _GLUED_STOP,
        # (a web address keeps its dots: "www.example.Com")
        lambda m: m.group() if re.search(r"(?:www\.|://)\S*$", m.string[: m.start()]) else ". ",
    )
    text, starts, ends = _apply(
        text, starts, ends, _GLUED_CLAUSE, lambda m: f"{m.group(1)} {m.group(2)}"
    )
    text, starts, ends = _apply(text, starts, ends, _PageBreaks, lambda m: " ")
    text, starts, ends = _apply(text, starts, ends, _WRAPPED, lambda m: " ")
    text, starts, ends = _apply(
        text, starts, ends, _WRAPPED_BEFORE_NAME, lambda m: " ", where=_wrapped_before_name
    )
    return Text(source, text, tuple(starts), tuple(ends))


_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|"
    r"Capt|Sgt|St|No|Nos|vs|etc|approx|est|Prof|Sen|Rep|Gov|Pres|i\.e|e\.g|U\.S|U\.K|U\.N|"
    r"km|mi|ca|c)\.|\b[A-Z]\.)$"
)
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u0600-\u06ff])|\n\s*\n|\n(?=\s*\S)")


def sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` of a normalised text.

    Lines are always boundaries (web text puts each paragraph on its own
    line); a full stop after a known abbreviation ("Oct.", "U.S.") is not.
    """
    spans, start = [], 0
    for m in _BOUNDARY.finditer(norm):
        head = norm[start : m.start() + 1]
        if m.group().startswith(".") and _ABBREVIATIONS.search(head):
            # "... 20 km. Later they ...": a unit's point before a capitalised word ends a
            # sentence (a figure does not follow "km." as it follows "No.")
            unit_end = (
                re.search(r"\d\s*(?:km|mi)\.$", head)
                and (
                    re.match(r"[\"']?[A-Z][a-z]", norm[m.end() : m.end() + 3])
                    # ... and so does a numbered clause on the next line ("... of 64 km.\n4.2 At
                    # the request of ...")
                    or (
                        "\n" in m.group()
                        and re.match(
                            r"\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z(]", norm[m.end() : m.end() + 12]
                        )
                    )
                )
            )
            if not unit_end:
                continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(norm):
        spans.append((start, len(norm)))
    return [(a, b) for a, b in spans if norm[a:b].strip()]


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of a report file, and a note when it was not plain UTF-8.

    Parameters
    ----------
    data : bytes
        The file's contents.
    name : str
        The file, for messages.

    Returns
    -------
    tuple of (str, str or None)
        The text, and a note such as ``"decoded as Windows-1252"``.

    Raises
    ------
    InputError
        If the file is empty or not text (NUL bytes, control characters).
    """
    if not data.strip():
        raise InputError(name, "is empty", "give a report with text in it")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(
                codec, errors="replace"
            ), None if codec == "utf-8-sig" else f"decoded as {codec.upper()}"
    if b"\x00" in data[:8192]:
        raise InputError(name, "is not a text file (it holds binary data)", "give a .txt report")
    try:
        text, note = data.decode("utf-8"), None
    except UnicodeDecodeError:
        text, note = data.decode("cp1252", errors="replace"), "not UTF-8; decoded as Windows-1252"
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(3, len(sample) // 100):
        raise InputError(
            name, "is not a text file (it holds control characters)", "give a .txt report"
        )
    return text, note


__all__ = ["Text", "decode", "normalise", "sentences"]
