"""A report's own date written the way headers write it: numbers, signal times, signing lines.

These are forms the prose date patterns of ``deadlines`` do not read:
"filed 24.04.1997", "Transcript - 14.05.2025", a fax line "16/08/04 23:10",
a signal's date-time group "DTG 140930Z JUN 93", "Issued at Wenlow, 12 April
2023", "Sitting of Wednesday 5 March 2025", "Done at Harwick, this 10th day
of March, 1961" and a newspaper header "MONDAY EVENING, MAY 27, 1907". Scanned
digits ("l6/O8/O4", "l96l") are read as digits first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_I = re.I
_MONTHS = {
    **{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
    **{name.lower(): i for i, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# a token that is a number with scanned letters in it: "l6", "O8", "l96l", "l4O93OZ"
# the run is taken whole (possessive), so a long run of digits costs linear time per start
_OCR_NUMBER = re.compile(r"(?<![A-Za-z\dlIO])(?=[\dlIO]*\d)[\dlIO]++(?=Z\b|th\b|st\b|nd\b|rd\b|\b)")

# labelled: signing or issuing lines, sittings, signal date-time groups (searched first)
_LABELLED = [
    re.compile(
        # (at a line's start, or in a column of a header line: "Ref. 07      Signed at Tamm, ...")
        # ... or after the last sentence of a text: "... on signature. Done at Tarrow on 3 May 2011"
        # ... or with no place: "Made 9 April 2026 under section 4 of the Act", "Given at Torvel,
        # 12 April 1957."
        rf"(?:(?:^|[ \t]{{3}}|(?<=\.)[ \t])[ \t]*(?:Done|Signed|Made|Concluded|Given)|"
        rf"\b(?:Issued|Dated))"
        rf"\s+(?:(?:at|in)\s+[A-Z][\w'. -]{{1,40}}?,?\s+)?"
        rf"(?:on\s+)?(?:this\s+)?(?:the\s+)?(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:day\s+of\s+)?"
        rf"{_MONTH},?\s+{_YEAR}\b",
        _I | re.M,
    ),
    # a court's sitting: "Before Mrs Justice Fenwright, sitting at Dunmorrow, on Friday 4 November
    # 2016", "sitting in Arlow on the 2nd day of May 2019"
    re.compile(
        rf",\s+sitting\s+(?:at|in)\s+(?-i:[A-Z])[\w'. -]{{1,40}}?,?\s+(?:on\s+)?(?:the\s+)?"
        rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:day\s+of\s+)?{_MONTH},?\s+{_YEAR}\b",
        _I,
    ),
    re.compile(
        rf"\b(?:Sitting|Session|Meeting|Hearing|Debate)\s+of\s+(?:{_WEEKDAY},?\s+)?{_DAY}\s+"
        rf"{_MONTH},?\s+{_YEAR}\b",
        _I,
    ),
    re.compile(
        # ... and a warning's "Issued 030915 UTC AUG 22"
        rf"\b(?:DTG|Issued)\s*:?\s+(?P<day>[0-3]\d)\d{{4}}\s*(?:Z|UTC)\s+{_MONTH}\s+"
        rf"(?P<yy>\d{{4}}|\d{{2}})\b",
        _I,
    ),
]
# an approval at the foot of an order, its date set apart at the end of the line: "Approved: Maj
# Gen T. Okafor, Force Commander                 20 Apr 2021"
_APPROVED = re.compile(
    rf"^[ \t]*(?:Approved|Authori[sz]ed|Authenticated|Signed)\s*(?:by)?\s*:[^\n]*?[ \t]{{3,}}"
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}[ \t]*$",
    _I | re.M,
)
# a letter's place and date set apart at the end of a head line: "Ref. MFA/OS/2024/1187
#        Belgrad-on-Ost, 12 November 2024"
_LETTER_PLACE_DATE = re.compile(
    rf"(?:^|[ \t]{{3,}})(?-i:[A-Z])[\w'. -]{{1,40}}?,[ \t]+{_DAY}\s+{_MONTH},?\s+{_YEAR}[ \t]*$"
)
# unlabelled, only in the first lines: a numeric date, a weekday-headed date
_FIRST_LINES = [
    re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)[./](?P<mo>[01]?\d)[./](?P<yy>\d{4}|\d{2})(?![\d./])"),
    # a signal's date-time group with no label, as a telex heads it: "ZCZC MIR0412 120915Z JUN 87",
    # or a coastal warning under its "ZCZC NA14" line: "141130 UTC OCT 25"
    re.compile(
        rf"(?<!\w)(?P<day>[0-3]\d)[0-2]\d[0-5]\d\s?(?:Z|UTC)\s+{_MONTH}\s+(?P<yy>\d{{4}}|\d{{2}})\b",
        _I,
    ),
    # a telex's date then its time of origin: "08 FEB 79  1730Z"
    re.compile(
        rf"(?<![\w/])(?P<day>[0-3]?\d)\s+{_MONTH}\s+(?P<yy>\d{{4}}|\d{{2}})\s+[0-2]\d[0-5]\dZ\b", _I
    ),
    re.compile(
        # set apart in a column layout, not a caption's "on Tuesday, Nov. 21, 2017."
        rf"(?:^|[ \t]{{3,}}){_WEEKDAY}(?:\s+(?:MORNING|AFTERNOON|EVENING|NIGHT))?,?\s+{_MONTH}\s+"
        rf"{_DAY},?\s+{_YEAR}(?=[ \t]{{3,}}|[ \t]*$)",
        _I,
    ),
]


_PLACE_WEEKDAY_DATE = re.compile(
    rf",\s+{_WEEKDAY},?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}"
    r"(?:\s*\([^()\n]{0,40}\))?[ \t]*$",
    _I,
)


# a full date in a short header line: "Nordwire | Fri 14 Jun 2024 09:12 GMT", "Broadcast of
# 6 May 2021 - transcript", a telex's "D3 16 NOV 1998"
def _short_line_date(line: str) -> dt.date | None:
    labelled = re.match(
        r"\W*(?:Delivered|Broadcast|Published|Posted|Filed|Issued|Released|Recorded|Updated|"
        # ("Passed by the Township Council on 3 May 2022": a bylaw's passing)
        r"Written|Sent|Dated|Transmitted|Answered|Passed|Adopted|Enacted)\b",
        line,
        _I,
    )
    # "Thursday 4 April 2024. Interview with ...": a line that opens with its date
    if m := re.match(
        rf"\W*(?:{_WEEKDAY},?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\.\s",
        line + " ",
        _I,
    ):
        return _date(m)
    # "Transcript: press conference of Foreign Minister L. Vashkova, Tarnagrad, Wednesday 11
    # March 2026 (abridged)": a place and its weekday and date closing a long heading line
    if (m := _PLACE_WEEKDAY_DATE.search(line)) and not re.search(r"[.;]\s+[A-Z]", line):
        return _date(m)
    if len(line.split()) > 12 or re.search(r"[.;]\s+[A-Z]", line):
        return None
    if not labelled and re.search(r"\b(?:on|since|until|by|from|before|after)\s+\d", line, _I):
        return None
    for m in re.finditer(
        rf"(?<![\w.])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b", line, _I
    ):
        if date := _date(m):
            return date
    for m in re.finditer(
        rf"(?<![\w.]){_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,\s+{_YEAR}\b", line, _I
    ):
        if date := _date(m):
            return date
    return None


def _digits(text: str) -> str:
    return _OCR_NUMBER.sub(lambda m: m.group().translate(str.maketrans("lIO", "110")), text)


def _date(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    if g.get("year"):
        year = int(g["year"])
    else:
        yy = g["yy"]
        year = int(yy) if len(yy) == 4 else (1900 if int(yy) >= 30 else 2000) + int(yy)
    month = _MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["mo"])
    try:
        return dt.date(year, month, int(g["day"]))
    except ValueError:
        return None


def header_date(norm: str, source: str = "") -> tuple[dt.date, str] | None:
    """The report's date from a header form, and how it was found, or None.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    source : str
        The report as decoded (headers the normalised text leaves out as page
        furniture, scanned digits as scanned); optional.

    Returns
    -------
    (datetime.date, str) or None
        The date and a basis ("a signing or issuing line", "the first lines").
    """
    texts = [_digits(t) for t in (source, norm) if t]
    for pattern in _LABELLED:
        for text in texts:
            for m in pattern.finditer(text):
                if date := _date(m):
                    return date, "a signing, issuing or signal line"
    for text in texts:
        for m in _APPROVED.finditer(text):
            if date := _date(m):
                return date, "its approval line"
    for text in texts:
        for line in [ln for ln in text.split("\n") if ln.strip()][:6]:
            if (m := _LETTER_PLACE_DATE.search(line)) and (date := _date(m)):
                return date, "a letter's place and date"
    for k, pattern in enumerate(_FIRST_LINES):
        # a telex heads its date below its routing lines (FM, TO, INFO): the signal patterns
        # look a little further down
        lines = 8 if k in (1, 2) else 4
        for text in texts:
            for line in [ln for ln in text.split("\n") if ln.strip()][:lines]:
                for m in pattern.finditer(line):
                    if date := _date(m):
                        return date, "the report's first lines"
    for text in texts:
        if found := _telex_day(text):
            return (
                found,
                "the report's first lines (a telex's day and time; its year from a date below it)",
            )
    return None


# a telex's day, month and time of origin with no year: "12 MARCH 1040Z"
_TELEX_DAY = re.compile(rf"^[ \t]*(?P<day>[0-3]?\d)\s+{_MONTH}\s+[0-2]\d[0-5]\d\s*Z[ \t]*$", _I)
# a signal's date-time group with no year: "DTG 211400Z JUN"
_DTG_NO_YEAR = re.compile(
    rf"^[ \t]*DTG\s*:?\s+(?P<day>[0-3]\d)[0-2]\d[0-5]\dZ\s+{_MONTH}[ \t]*$", _I
)
# a signal's precedence and its date-time group with no year: "PRIORITY 081420Z APR" (a scanned
# "0B1420Z": B for 8)
_PRECEDENCE_DTG = re.compile(
    rf"^[ \t]*(?:PRIORITY|ROUTINE|IMMEDIATE|FLASH)\s+(?P<day>[0-3][\dB])[0-2][\dB][0-5][\dB]Z\s+"
    rf"{_MONTH}[ \t]*$",
    _I,
)
# a telex's opening line with its day and time only: "ZCZC VNX0417 210930Z"
_ZCZC_DAY = re.compile(r"^[ \t]*ZCZC\s+\S+\s+(?P<day>[0-3]\d)[0-2]\d[0-5]\dZ[ \t]*$")


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _telex_day(text: str) -> dt.date | None:
    """ "12 MARCH 1040Z" (or "DTG 121040Z MAR") over "REF YOUR TEL 38 OF 5 MARCH 1968": the day
    of the telex, in the year of the date the next lines give (or the year after, when that
    date would follow it)."""
    lines = [ln for ln in text.split("\n") if ln.strip()][:12]
    for k, line in enumerate(lines[:8]):
        if not (
            m := _TELEX_DAY.match(line)
            or _DTG_NO_YEAR.match(line)
            or _ZCZC_DAY.match(line)
            or _PRECEDENCE_DTG.match(line)
        ):
            continue
        # (a day alone, "ZCZC VNX0417 210930Z": its month too from the date below, within the
        # routing and subject lines)
        far = 10 if m.re in (_ZCZC_DAY, _PRECEDENCE_DTG) else 4
        for below in lines[k + 1 : k + far]:
            ref = re.search(rf"(?<![\w.])(?P<day>[0-3]?\d)\s+{_MONTH},?\s+{_YEAR}\b", below, _I)
            if ref and (then := _date(ref)):
                if m.re is _ZCZC_DAY:
                    day = _safe(then.year, then.month, int(m.group("day")))
                    if day is not None and 0 <= (day - then).days <= 20:
                        return day
                    return None
                month = _MONTHS[m.group("mon").lower().rstrip(".")]
                for year in (then.year, then.year + 1):
                    try:
                        day = dt.date(year, month, int(m.group("day").replace("B", "8")))
                    except ValueError:
                        break
                    if day >= then:
                        return day
        return None
    return None


def short_line_date(norm: str, source: str = "") -> tuple[dt.date, str] | None:
    """The report's date from a full date in one of its first short lines (a last resort:
    a news wire's "Nordwire | Fri 14 Jun 2024 09:12 GMT", "Broadcast of 6 May 2021", a telex's
    "D3 16 NOV 1998", "Delivered on 21 May 2021"), or None."""
    for text in [_digits(t) for t in (source, norm) if t]:
        for line in [ln for ln in text.split("\n") if ln.strip()][:6]:
            if date := _short_line_date(line):
                return date, "a short line at the top of the report"
    return None
