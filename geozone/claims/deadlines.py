"""Dates in reports: the report's own date, and the deadlines it states.

A deadline ("by October 15", "by the end of the year", "within 48 hours")
is resolved to a calendar date when the text gives what it needs: a year
in the deadline itself, or the report's own date. Otherwise it is kept as
written ("relative"). Each deadline says what it is for, read from the
words around it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from .headers import header_date, short_line_date
from .notams import notam_times
from .numbers import digit_value, word_value
from .tables import column_cells

_I = re.I
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
# "the first of July", "the twenty-third of May": a day in words (only before "of")
_DAY_WORD = (
    r"(?:(?:twenty|thirty)[\s-]+)?(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
    r"|twentieth|thirtieth"
)
_YEAR = r"(?:19|20)\d\d"
# "by the 30th", "on the 14th": a day of the month alone (not "the 3rd Battalion", "the 38th
# parallel", "the 2nd phase")
_DAY_ALONE = (
    r"(?<=\bthe\s)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s*(?:of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b|day|century|"
    r"anniversary|parallel|meridian|floor|round|time|session|meeting|sitting|edition|amendment|"
    r"article|stage|phase|brigade|division|battalion|regiment|corps|army|fleet)\b|\s+(?-i:[A-Z]))"
)
# a year right after a day and month may be older ("on 3 October 1893", not a clock "1800 hours")
_DATE_YEAR = r"(?:1[89]|20)\d\d(?!\s*(?:hours|hrs|h|Z|UTC|GMT|LT)\b)"
DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_DATE_YEAR}))?"
    rf"|(?P<d2>{_DAY}|(?<=\bthe\s)(?:{_DAY_WORD})(?=\s+of\s))\s+(?:of\s+)?(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<y2>{_DATE_YEAR}))?"
    rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d))(?![\w-])"
)
_DATE_RE = re.compile(DATE)
_DATE_ANY_CASE = re.compile(DATE, re.I)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "by midnight on 20 February", "at 0800 UTC on 11 September"
_CLOCK_EARLY = (
    # ("by 2O:OO tonight", "no later than l4:OO today": a scan's O for 0 and l for 1)
    r"(?:(?:\d{1,2}[:.]\d{2}|(?-i:(?:\d|[Ol](?=[\dO]))[\dO]?[:.][\dO]{2})|\d{4}|"
    r"\d{1,2}\s*[ap]\.?\s?m\.?|midnight|noon|dawn|dusk|first\s+light|nightfall|sunset|sunrise|daybreak)"
    r"(?:\s*(?:hours|hrs|h|[ap]\.?m\.?|GMT|UTC|Z|local(?:\s+time)?))*\s*,?\s*(?:on\s+)?)"
)

_PERIOD = (
    rf"(?:the\s+)?end\s+of\s+(?:(?P<this>the|this|next)\s+(?P<unit>year|month|week)(?!\s+(?:19|20)\d\d)"
    rf"|(?:the\s+year\s+)?(?P<eyear>{_YEAR})"
    rf"|(?P<emonth>{_MONTH})(?:\s+(?P<emyear>{_YEAR}))?)"
    rf"|this\s+(?P<thisunit>year|month|week)\b"
    rf"|(?P<yearend>year-end|year's\s+end|the\s+year's\s+end)|(?P<today>today|to-day|tonight|tomorrow"
    # "told to go before nightfall": the day of the report, its night
    rf"|(?<=\bbefore\s)(?:nightfall|dusk|sundown|dark)(?=\s*[,.;]))"
    rf"|mid-?\s*(?P<mid>{_MONTH})(?:\s+(?P<midyear>{_YEAR}))?"
)
_TRIGGER = (
    r"(?:\bwithin\s+(?=this\s+(?:year|month|week)\b)|"
    # "would remain closed at least through Monday"
    r"\bat\s+least\s+through\s+(?:the\s+)?|"
    # "Schools will stay closed through Tuesday": a state to come, held to a day
    r"(?:(?<=closed\s)|(?<=shut\s)|(?<=open\s)|(?<=suspended\s)|(?<=force\s)|(?<=place\s))"
    r"through\s+(?!\w+'s\b)|"
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|"
    r"at\s+the\s+latest\s+by|deadline\s+(?:of|is|for|on)|deadline\s*:|due\s+(?:by|on)|expires?\s+on|"
    r"ahead\s+of)\s+(?:the\s+)?)"
)
# "by 1800 hrs 20 AUG": a military time between the trigger and the date
_ABSOLUTE = re.compile(
    # ("until at least Tuesday 12 August")
    rf"{_TRIGGER}(?:(?<=until\s)at\s+least\s+)?"
    rf"(?:\d{{4}}\s*(?:hours|hrs|h)\b\s*,?\s*(?:on\s+)?|{_CLOCK_EARLY})?"
    # "by Sunday the 23rd": a weekday and the day of the month
    rf"(?:(?:{_WEEKDAY},?\s+(?:the\s+)?)?{DATE}|{_PERIOD}"
    rf"|(?:next\s+)?(?P<wd>{_WEEKDAY})\b(?:,?\s+the\s+(?P<wdd>{_DAY})\b)?"
    # "It must be finished by the 30th": a day of the month alone
    rf"|(?P<od>{_DAY_ALONE}))",
    _I,
)
_NUM = (
    # ("10 (ten) days": a figure echoed in words)
    r"(?P<num>\d+(?:\.\d+)?(?:\s*\(\s*[a-z]+(?:-[a-z]+)?\s*\))?|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|[a-z]+-[a-z]+)"
    r"(?:\s*\(\s*(?P<echo>\d+)\s*\))?)"
)
_WITHIN = re.compile(
    rf"\b(?:within|in\s+the\s+next|over\s+the\s+next|no\s+later\s+than|not\s+later\s+than|NLT|"
    # "finished 30 days after ratification"
    rf"(?:finished|completed|complete|done|over|ended|ready|out|conven\w*|meet|begin|start|"
    # ("most provisions take effect 60 days after signature": a start counted from an act)
    rf"withdraw|leave|(?:take|takes)\s+effect)"
    rf"(?=\s+\S+\s+(?:days?|weeks?|months?|hours?|hrs)\s+(?:after|following)\b)"
    # "gave the two governments six months from ratification to demolish", "have a month from"
    rf"|(?P<given>(?:have|has|had|get|gets|got|gave|given|allowed|allows)(?:\s+(?!(?:a|an)\s)[\w'-]+){{0,3}}?)"
    rf"(?=\s+(?:a|an|\w+|\w+\s*\(\d+\))\s*-?\s*(?:hours?|days?|weeks?|months?)\s+(?:from|after|of|following)\b))\s+"
    rf"(?:the\s+next\s+)?{_NUM}\s*-?\s*(?P<span>hours?|hrs|days?|weeks?|fortnights?|months?|years?|minutes?|mins)\b"
    # "within 7 days thereafter": after the act just named, not the report
    # ("30 days from the day it appears to lodge a claim": the count ends before its purpose)
    r"(?P<anchor>\s+(?:of|after|from|following|since)\s+"
    # ("WITHIN 12 DAYS OF SIGNATURE (SIGNATURE SET FOR 4 JUN)": the day in brackets is a deadline
    # of its own)
    r"(?:(?!\s+to\s+(?:lodge|file|submit|claim|appeal|apply|object|register)\b)"
    rf"(?!\s*\([^()]{{0,40}}?\b{_MONTH}(?![\w.]))[^,.;:]){{1,80}}"
    r"|\s+thereafter\b)?",
    _I,
)
_CLOCK = (
    # ... "1200 UTC today", "1200 LT 04 AUG 2022": a notice's time with its zone
    # ("from 0800 on 15 September": four figures before "on")
    # ("from 2200 tonight": four figures before the day they fall on)
    # ("FIRING TO STOP AT 2359 LOCAL 19 OCT": a telex's local hour)
    r"(?:(?:\d{4}\s*Z\b|\d{4}(?=\s*(?:UTC|GMT|LT|local|hours|hrs)\b|\s+on\s|"
    r"\s+(?:tonight|today|tomorrow)\b)|"
    r"\d{1,2}[:.]\d{2}|"
    r"\d{1,2}\s*[ap]\.?\s?m\.?|"
    r"midnight|noon|one\s+minute\s+past\s+midnight)"
    r"(?:\s*(?:hours|hrs|h|[ap]\.?m\.?|GMT|UTC|LT|local(?:\s+time)?|\([^()]{0,20}\)))*\s*,?\s*"
    r"(?:on\s+)?)"
)
# the start of a ceasefire, of patrols or of a rule: "patrols shall begin on 15 March",
# "starting from 00:01 on 6 March 2020", "a general ceasefire from 00:00 on 15 February"
_STARTS = re.compile(
    r"\b(?:(?:begin|begins|start|starts|commence|commences|resume|resumes|cease|ceases|"
    # "FIRING TO STOP AT 2359 LOCAL 19 OCT": the end of firing, a ceasefire's start
    r"(?-i:(?<=TO\s)STOP|(?<=\bto\s)stop))"
    r"(?!\s+(?:by|before|until)\b)|"
    r"(?:take|takes)\s+effect|(?:come|comes|enter|enters)\s+into\s+(?:force|effect)|"
    r"(?:go|goes)\s+into\s+effect|starting|beginning|commencing|effective|with\s+effect|"
    # ("applies as from 0001Z 15 April")
    r"(?:apply|applies|valid|(?:is|are|be|remains?)\s+in\s+force|in\s+effect)(?=\s+(?:as\s+)?from\b)|"
    r"(?:is|are|been)\s+(?:now\s+)?(?:planned|scheduled|set|due|moved)\b(?!\s+out)|"
    # "extended to 18 February", not "extended to 50 nautical miles on 1 September 1972"
    r"(?:postponed|extended|deferred|pushed\s+back)(?=\s+(?:again\s+)?(?:to|until)\b"
    r"(?!\s+(?:\S+\s+){0,2}?(?:nautical|miles?|km|kilomet\w*|met(?:re|er)s?)\b))|(?:cease-?fire|truce|patrols?|patroll(?:ed|ing)|exercises?|moratorium|"
    # "will hold fire along the corridor from 06:00 on Thursday"
    r"hold\s+(?:their\s+|its\s+)?fire)\b"
    r"(?=[^.;]{0,60}?\bfrom\b)|"
    # "residents must remain indoors from 09:00 on Sunday", "the centre will be open from 06:00
    # on Sunday": a duty or a service from an hour of a day
    r"(?:must|shall|are\s+to|is\s+to|will\s+be)\b(?=[^.;\d]{0,80}?\bfrom\s+\d{1,2}[:.]\d{2}\b))"
    # (not across a blank line: "4. Effective dates" over "The Act was signed on 14 February")
    r"(?:(?:(?!\n[ \t]*\n)\s)+(?!(?:by|before|until|no|not|after|since)\b)[\w'()-]+){0,20}?\s+"
    r"(?P<prep>on|from|at|for|to|as\s+of)\s+"
    rf"(?:the\s+)?{_CLOCK}?(?:{DATE.replace('?P<', '?P<s')}"
    r"|(?P<stoday>today|to-day|tonight|tomorrow)\b"
    rf"|(?P<sod>{_DAY_ALONE})"
    # "start pulling back at 06:00 on Friday": the next such day after the report's date
    rf"|(?<=\bon\s)(?P<swd>{_WEEKDAY})\b)",
    _I,
)
# a rule or a service to come, from a day: "Permits will be issued from Monday", "the stretch
# should be open to buses from the 15th", "reopens to civilian traffic under escort from 1 July"
# (not a span, "from Monday to Friday", nor "Monday's positions")
_FROM_DAY = re.compile(
    # ("land offices have been told to refuse all new entries from June 1": an instruction)
    r"\b(?:will|shall|should|would|must|(?:is|are|has|have|need|needs)\s+to|again|(?:re)?opens|"
    # (not "were told to", an instruction told)
    r"(?:(?:have|has)\s+been|(?:is|are)(?:\s+being)?)\s+(?:told|ordered|instructed|directed)\s+to|"
    # a telex's duty in capitals: "OBSERVATION POSTS TO BE MANNED BY OURS FROM 16 OCT"
    r"(?-i:TO\s+BE\s+[A-Z]{3,})|"
    # "has called a 48-hour strike from Monday": a stoppage from a day
    r"(?:strikes?|walk-?outs?|stoppages?|boycotts?|blockades?)(?=\s+from\b))\b"
    # (not a count, "six weeks from today")
    r"[^.;:!?]{0,120}?(?<!days)(?<!weeks)(?<!months)(?<!hours)(?<!years)\s(?P<prep>from)\s+"
    r"(?:the\s+)?"
    # ("will move back to Stage 3 from midnight on Wednesday": an hour first)
    # ("from 12:00 noon on October 23": an hour and its name)
    r"(?:(?:midnight|noon|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|noon|midnight)?|\d{1,2}\s*[ap]\.?m\.?)\s+on\s+"
    r"(?:the\s+)?)?"
    rf"(?:{DATE.replace('?P<', '?P<s')}|(?P<swd>{_WEEKDAY})\b(?!['’])|(?P<sod>{_DAY_ALONE})"
    # "will be able to cross without visas from today"
    r"|(?<!the\s)(?P<stoday>today|tomorrow)\b(?!['’]))"
    # (a span, "from Monday to Friday", is no start; "from the 10th until 22 July" is, with its
    # end a date; "from Friday to carry civilians out" is, its purpose after it)
    r"(?!\s*(?:-|–|to(?!\s+(?!(?:the|a|an|mid|end|early|late|next|this|midnight|noon|dawn|dusk|"
    r"today|tomorrow|tonight)\b)(?-i:[a-z]{2,})\b)|through|and)\b"
    r"|\s*(?:until|till)\s+(?!(?:the\s+)?\d"
    rf"|{_MONTH}\s+\d|(?:next\s+)?{_WEEKDAY}\b))",
    _I,
)
# a sentence that opens with the hour a rule starts: "From 8pm tonight a curfew will apply",
# "From midnight on Friday all crossings shall be closed"
_OPENS_FROM = re.compile(
    # ("3.1 From today all sheep ... shall be culled": a numbered paragraph's)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?P<prep>From)\s+"
    r"(?:(?:midnight|noon|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s+(?:on\s+)?)?"
    rf"(?:(?P<stoday>tonight|today|tomorrow)\b(?!['\u2019])|(?P<swd>{_WEEKDAY})\b(?!['\u2019])"
    rf"|{DATE.replace('?P<', '?P<s')}|(?P<sod>(?!)))"
    r"(?=[^.;!?]{0,160}?\b(?:will|shall|must|may|is\s+to|are\s+to)\b)",
    re.M,
)
# "CEASEFIRE EFFECTIVE 0600 LOCAL 13 JUNE 1987": a start with no "on" before its date
_EFFECTIVE = re.compile(
    # ("CEASEFIRE TAKES EFFECT 0600 LOCAL 21 JUN": a telex's time and day, no "on")
    # ("It opens online beginning Dec. 21": a start told by its day alone, after what starts)
    rf"\b(?P<prep>effective|with\s+effect\s+from|takes?\s+effect(?=\s+\d)|"
    rf"(?<=[a-z]\s)(?:beginning|starting|commencing)(?=\s+{_MONTH}\s+\d|\s+\d{{1,2}}\s+{_MONTH}))"
    rf"\s+(?:from\s+)?"
    rf"{_CLOCK_EARLY}?"
    rf"(?:{DATE.replace('?P<', '?P<s')}|(?P<stoday>(?!))|(?P<swd>(?!))|(?P<sod>(?!)))",
    _I,
)
# a window given by its two ends, each a day with perhaps a time: "from 0800 LT 19 May 2025 to
# 1700 LT 23 May 2025", "FROM 1200 UTC 19 JAN UNTIL 2359 UTC 21 JAN 2025"
_WINDOW = re.compile(
    rf"\b(?P<prep>from|between)\s+(?:the\s+)?{_CLOCK}?(?:{DATE.replace('?P<', '?P<a')})"
    rf"\s*,?\s+(?P<to>(?:to|until|till|through|and)\s+(?:the\s+)?{_CLOCK}?"
    rf"(?:{DATE.replace('?P<', '?P<b')}))",
    _I,
)
# something set to happen on a day: "opens to traffic at 0800 UTC on 11 September", "are to
# open on Tuesday", "expected in Halm on Thursday", "due in Verne on Wednesday", "runs until"
_DUE_ON = re.compile(
    r"\b(?:(?:re)?opens|closes|ends|expires|arrives|arrive|runs|lasts|due|expected|scheduled|"
    # a present tense for what is to come: "We sign on Friday", "the first patrol goes out on
    # 10 May", "The observers go in on Monday", "proposed that both sides meet on Thursday"
    r"(?<!\ba\s)(?<!\bthe\s)sign|meet|meets|reconvenes?|go(?:es)?\s+(?:in|out)|"
    # "The signing is set for Tuesday", "The vote was set for 12 February"
    r"(?:set|planned|fixed|slated)(?=\s+for\b)|"
    # "shall hold its first meeting on 10 March", "will examine it at its meeting on 18 December"
    r"(?:hold|holds|(?:will|shall|would|to)\s+(?:[\w'-]+\s+){1,4}?at)\s+(?:its|their|the|a)\s+"
    r"(?:(?:first|next|second|third|last|final|"
    r"regular|monthly|weekly|joint|special)\s+)?meeting|"
    # a telex's "REVIEW MEETING IN ESSEL 31 MAR", and "Corridors open at 06:00 on 13 December"
    # ("Entries close on Friday at midnight": a plural's present tense)
    r"(?-i:MEETING)(?=\s+(?:IN|AT)\s+(?-i:[A-Z]{2,}))|(?<=[a-z]s\s)open(?=\s+(?:at|on)\s)|"
    r"(?-i:(?<=[a-z]s\s)(?:close|end|expire))(?=\s+(?:at|on)\s)|"
    # "Schools in the area reopen on Monday the 14th": a reopening always a verb
    r"(?<=[a-z]\s)(?<!\bdid\snot\s)reopen(?=\s+(?:at|on)\s)|"
    # "he would announce on Monday which workplaces would close": a word to be given on a day
    r"(?:will|would|shall|to)\s+(?:announce|decide|publish|unveil|present|vote|rule)(?=\s+on\s)|"
    # "would review the alert level on Monday", "will debate the text on Thursday": a matter to be
    # taken up on a day (not "met to review the plan on Monday", a meeting told)
    r"(?:will|would|shall|is\s+to|are\s+to)\s+(?:review|debate|discuss|consider|examine|"
    r"reassess|reconsider|revisit)|"
    # "he would take a decision on that advice on Saturday": the decision, what it is on
    r"(?:will|would|shall|to)\s+(?:take|make|reach|give|announce)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:final\s+)?(?:decision|ruling|verdict)(?:\s+(?:on|about)\s+(?:that|this|the|these|those|"
    r"its|his|her|their)(?:\s+(?!on\b)[\w'-]+){1,3}?(?=\s+on\s))?|"
    # "The matter is listed for review on 13 January 2017": a court's listing
    r"(?:is|are|been)\s+(?:now\s+)?(?:listed|adjourned)(?=\s+(?:for|to|until|till|on)\b)|"
    # "will be replaced on 1 June 2025": whatever is to be done on a day
    # ("will be laid before the House on Tuesday", "will be launched in Tessa on 6 March")
    # ("said the results would be published on Thursday": a plan told in reported speech)
    r"(?:will|shall|would|is\s+to|are\s+to)\s+be\s+(?:[a-z]+ed|laid|held|sent|given|taken|shown|made|"
    r"set|put|built|done|begun|read|paid|sworn|drawn|won|withdrawn)"
    # ("A further statement will be issued at 10:00 tomorrow")
    r"(?=(?:\s+(?!on\b)[\w'-]+){0,4}?\s+(?:on\b|at\s+\d{1,2}[:.]\d{2}\s+(?:today|tonight|"
    r"tomorrow)\b))|"
    # "The procession shall take place on 23 November 2024"
    # ("will now take place on 8 October", "shall instead open on")
    r"(?:will|shall|would|to|is\s+to|are\s+to)\s+(?:now\s+|still\s+|instead\s+|then\s+)?"
    r"take\s+place(?=\s+on\b)|"
    r"(?:will|shall|would|to|is\s+to|are\s+to)\s+(?:now\s+|still\s+|instead\s+|then\s+)?"
    r"(?:be\s+)?(?:(?:re)?open|close|end|expire|arrive|run|"
    r"last|signed|initialled|initialed|held|convened|ratified|abolished|dissolved|disbanded|"
    r"lifted|handed\s+over|meet|reconvene|resume|"
    # "shall be reopened to civilian traffic on 1 January 1954"
    r"be\s+(?:re)?opened|be\s+closed|be\s+completed|be\s+dismantled|be\s+removed|be\s+cleared))\b"
    # "Schools will open as planned on Monday": the plan kept
    r"(?:,?\s+as\s+(?:originally\s+)?(?:planned|scheduled|agreed|announced|arranged|foreseen),?)?"
    # not past events told on the way ("the campaign that began on 24 March")
    # ("will be held inside Libya, at Ghadames, on November 2": a place set off by commas)
    # ("laid before the House on Tuesday": before a body, not a time)
    r"(?:,?\s+(?!(?:by|before(?!\s+the\s+(?-i:[A-Z])[a-z]+\s+on\b)|until|no|not|after|since|on|began|"
    r"was|were|had|has|have|did)\b)"
    # (a word that ends in "ed" but is no past tense: "RED CROSS CONVOYS")
    r"(?![\w'-]{2,}ed\b)[\w'()-]+){0,8}?,?\s+"
    # ("expires when the police lift the cordon and in any case at 24:00 on": the latest end)
    r"(?:(?:\w+\s+){0,8}?and\s+in\s+any\s+case\s+)?"
    r"(?:(?P<prep>on|at|until|till|through|"
    r"(?:(?<=\sset\s)|(?<=\splanned\s)|(?<=\sfixed\s)|(?<=\sslated\s)|(?<=\sscheduled\s))for)\s+"
    # a telex's "TO MEET AT PELL 20 AUG": the date right after the place
    # ... or after a time: "CIVIL FLIGHTS TO RESUME 0800 23 JUN"
    r"|(?<=(?-i:[A-Z]{2})\s)(?P<eplace>)(?=(?:\d{4}\s+)?\d{1,2}\s+(?-i:[A-Z]{3})))"
    rf"(?:the\s+)?{_CLOCK_EARLY}?"
    # ("on Monday 4 September": the day and its date, the date read)
    rf"(?:(?:{_WEEKDAY},?\s+(?:the\s+)?(?=\d))?{DATE.replace('?P<', '?P<e')}"
    rf"|(?:(?<=\bon\s)|(?<=\bfor\s))(?P<ewd>{_WEEKDAY})\b"
    # "is to end at noon to-day"
    r"|(?P<etoday>today|to-day|tonight|tomorrow)\b"
    rf"|(?P<eod>{_DAY_ALONE}))",
    _I,
)
# a meeting or a start set for a weekday with no "on", as wires and cables write it: "TALKS
# RESUME MONDAY", "The council meets Tuesday to vote" (not "resumed Monday", "Monday's", nor a
# span, "opens Monday to Friday")
_BARE_WEEKDAY = re.compile(
    r"\b(?:(?:will|shall|to|would)\s+)?(?:resumes?|reconvenes?|meets?|reopens?|begins?|starts?)"
    rf"\s+(?P<bwd>{_WEEKDAY})\b"
    rf"(?!['\u2019]|\s*(?:-|\u2013|to|until|till|through|and|or)\s*{_WEEKDAY}\b)",
    _I,
)
# "cease all attacks immediately upon signature": the date the document is signed
_UPON_SIGNATURE = re.compile(
    r"\b(?:immediately\s+)?(?:upon|on|from\s+the\s+(?:moment|date|day)\s+of)\s+(?:the\s+|its\s+)?"
    r"(?:signature|signing)(?:\s+of\s+(?:this|the\s+present)\s+\w+)?\b",
    _I,
)
# a date set, then moved: "the March arrangement had set 1 October for the removal ...;
# the Commission has moved that date to 15 October"
# an hour of the report's own day, no day given: "Please register there by 22:OO so that the
# Council knows" (a scan's O for 0 read as 0)
_BARE_HOUR = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?-i:(?:\d|[Ol](?=[\dO]))[\dO]?[:.][\dO]{2})(?:\s*(?:hours|hrs|h|[ap]\.?m\.?))?"
    r"(?![\w:]|\.\d)(?!\s*(?:,\s*)?(?:on|at|in|of|the|this|next|tomorrow|today|tonight|local|UTC|GMT|"
    rf"LT|Z|{_WEEKDAY}|{_MONTH}|\d)\b)",
    _I,
)
# a time counted from each event of a series: "Notice of each week's firing is published by 12:00
# on the preceding Thursday" (the words, not a date)
_SERIES_WEEKDAY = re.compile(
    rf"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:{_CLOCK_EARLY})?"
    rf"(?:on\s+)?the\s+(?:preceding|previous|following)\s+(?:{_WEEKDAY}|day|working\s+day)\b",
    _I,
)
# a window of weekdays in a week the report names: "meet again from Monday to Thursday next week"
# (its first day; not "from Monday to Friday", every week)
_WEEKDAY_WINDOW = re.compile(
    rf"\b(?P<prep>from)\s+(?P<wd>{_WEEKDAY})\s+(?:to|until|till|through)\s+{_WEEKDAY}\s+"
    r"(?P<week>next|this)\s+week\b",
    _I,
)
# "Withdrawal begins at noon on the day after signature": the day after a signing the report dates
# "at midnight on the sixth day after signature": that many days after it
_DAY_AFTER_SIGNING = re.compile(
    r"\bon\s+the\s+(?:(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"[1-9]\d?(?:st|nd|rd|th))\s+)?day\s+(?:after|following)\s+(?:the\s+|its\s+)?"
    r"(?:signature|signing)\b(?P<this>\s+of\s+(?:this|the\s+present)\s+[A-Za-z]+)?",
    _I,
)
# an agreement's own words: "Each Party shall", "the Parties", "this Protocol"
_THE_INSTRUMENT = re.compile(
    r"\b(?-i:(?:[Ee]ach\s+Party|[Tt]he\s+Parties)\s+(?:shall|undertake|agree)|"
    r"[Tt]his\s+(?:Agreement|Protocol|Treaty|Convention|Accord|Arrangement|Memorandum))\b"
)
_NTH_DAY = {
    w: k
    for k, w in enumerate(
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 2
    )
}
_SET_FOR = re.compile(
    rf"\b(?:had|has|have)\s+(?:\w+\s+)?(?:set|fixed)\s+(?:the\s+)?(?:{DATE.replace('?P<', '?P<f')})"
    r"\s+(?:as\s+the\s+(?:deadline|date|target|target\s+date)\s+)?for\b",
    _I,
)
_MOVED_TO = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|postpon\w+|extend(?:s|ed|ing)?|defer(?:s|red|ring)?|"
    r"push(?:es|ed|ing)?\s+back|br(?:ing|ings|ought)\s+forward|put(?:s|ting)?\s+back)\s+"
    r"(?:that|the|this|its|their)\s+(?:\w+\s+)?(?:date|deadline)\s+(?:again\s+)?(?:to|until)\s+"
    rf"(?:the\s+)?(?:{DATE.replace('?P<', '?P<t')})",
    _I,
)
# a date given up: "promised for 20 March, has been put back to 15 May", "on 3 May, not on
# 25 April as first planned", "The date of 10 September announced yesterday no longer applies"
_GIVEN_UP = re.compile(
    rf"\b(?:promised|planned|scheduled|announced|set|fixed|due|foreseen)\s+for\s+(?:the\s+)?"
    rf"(?:{DATE.replace('?P<', '?P<g')})(?=[^.;]{{0,120}}?\b(?:has|have|had|was|were|is|are)\s+"
    r"(?:now\s+)?(?:been\s+)?(?:put\s+back|moved|postponed|pushed\s+back|deferred|delayed|"
    r"brought\s+forward)\b)"
    rf"|\bnot\s+(?:on|by|for)\s+(?:the\s+)?(?:{DATE.replace('?P<', '?P<h')})\s*,?\s+as\s+"
    r"(?:first|originally|initially|earlier|previously|once)\s+(?:planned|announced|scheduled|"
    r"agreed|promised|foreseen|intended)\b"
    rf"|\b(?:the|that)\s+(?:date|deadline)\s+of\s+(?:the\s+)?(?:{DATE.replace('?P<', '?P<i')})"
    r"(?=[^.;]{0,80}?\b(?:no\s+longer\s+(?:applies|holds|stands)|(?:has|have)\s+been\s+"
    r"(?:dropped|withdrawn|cancelled|abandoned)|is\s+(?:dropped|withdrawn|cancelled|void))\b)",
    _I,
)
# the new date: "has been put back to 15 May"
_PUT_BACK_TO = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:put\s+back|moved|"
    r"postponed|pushed\s+back|deferred|delayed|brought\s+forward)\s+(?:again\s+)?(?:to|until)\s+"
    rf"(?:the\s+)?(?:{DATE.replace('?P<', '?P<p')})",
    _I,
)
_NAMED_DEADLINE = re.compile(
    rf"\b(?:an?|the|its)\s+(?P<nd>{DATE.replace('?P<', '?P<n')})\s+deadline\b", _I
)

_WHAT = [
    ("heavy weapons withdrawn",
     r"heavy\s+weapon\w*|tanks?|artillery|mortars?|rocket\s+launchers?|MLRS|heavy\s+arms|weapons?",
     r"withdr\w*|remov\w*|pull\w*|out\b|taken\s+out|moved|clear\w*"),
    ("radical groups out",
     r"radical\w*|terror\w*|extremist\w*|jihadist\w*|Nusra|HTS|Tahrir|militant\s+groups?",
     r"withdr\w*|remov\w*|leave|left|out\b|expel\w*|pull\w*|clear\w*|evacuat\w*"),
    ("routes restored",
     r"routes?|roads?|highways?|transit|traffic|M\d{1,2}\b|motorways?|railways?|crossings?|corridors?",
     r"restor\w*|reopen\w*|open\w*|resum\w*|unblock\w*"),
    ("forces withdrawn",
     r"forces|troops|fighters|units|militias?|soldiers|personnel|YPG|SDF|combatants|armed\s+groups|"
     r"sides|parties|armies",
     r"withdr\w*|pull\w*|leave|left|out\b|retreat\w*|redeploy\w*|disengag\w*"),
    ("prisoners exchanged", r"prisoners?|detainees?|hostages?|captives?", r"\w+"),
    ("ceasefire in force", r"cease-?fire|truce|hostilities|fighting",
     r"begin\w*|start\w*|effect|force|hold|halt\w*|cease|stop\w*|end\w*|runs?|lasts?"),
    ("zone established",
     r"zones?|buffer|DMZ|strip|corridor|belt|area|lines?",
     r"establish\w*|creat\w*|set\s+up|in(?:to)?\s+force|into\s+effect|effect|implement\w*|demarcat\w*|draw\w*|"
     r"mark\w*|complet\w*|ready|in\s+place|operational"),
    ("patrols begin", r"patrol\w*", r"\w+"),
    ("mines cleared", r"mines?|demin\w*|explosives?", r"\w+"),
    ("elections held", r"elections?|vote|referendum", r"\w+"),
]  # fmt: skip
_WHAT_RE = [
    (label, re.compile(rf"\b(?:{thing})", _I), re.compile(rf"\b(?:{act})", _I))
    for label, thing, act in _WHAT
]
_ACTION = re.compile(
    r"\b(?:deadline|due|complet\w*|confirm\w*|invit\w*|launch\w*|announc\w*|in\s+effect|"
    # "The restrictions will stay in place until September 13"
    r"(?:stay|remain)\w*\s+in\s+(?:place|force)|"
    # "It stays until 23 August", "would remain sealed to walkers until": a state that is to last
    r"(?:stays?|remains?)(?=\s+(?:[\w'-]+\s+){0,4}?(?:until|till)\b)|"
    # "The mandate runs until 31 January 2032", "the exhibition runs until 30 April": a term
    # that is to end ("ran until" is told)
    r"runs(?=\s+(?:until|till)\b)|"
    # "Eurostar is running extra trains until Friday": a service kept up to a day
    r"(?:is|are)\s+running\b(?=[^.;]{0,80}?\b(?:until|till)\b)|"
    # "said it would ask for consular access within 48 hours"
    r"ask\w*\s+for|request\w*|"
    # "he would take a decision on that advice on Saturday"
    r"(?:take|make|reach|give|announce)\w*\s+(?:a|an|its|his|her|their)\s+(?:final\s+)?"
    r"(?:decision|ruling|verdict)|"
    r"establish\w*|withdr\w*|remov\w*|restor\w*|reopen\w*|implement\w*|"
    r"hand\w*\s+over|releas\w*|disarm\w*|evacuat\w*|leave|deploy\w*|demarcat\w*|exchang\w*|"
    r"comes?\s+into\s+force|take\s+effect|begin\w*|start\w*|finish\w*|clear\w*|set\s+up|creat\w*|"
    # an order's "ACK: Bn COs by 222000Z"
    r"ACK|acknowledg\w*|"
    r"dismantl\w*|destroy\w*|demolish\w*|return\w*|hand\w*\s+back|take\s+back|transfer\w*|"
    r"conven\w*|sign\w*|ratif\w*|submit\w*|draw\w*\s+up|agree\w*|adopt\w*|lift\w*|"
    r"disband\w*|abolish\w*|dissolv\w*|demobili[sz]\w*|surrender\w*|occup\w*|resum\w*|conclud\w*|approv\w*|"
    r"pay|paid|vacat\w*|hand\w*|open\w*|clos\w*|install\w*|mark\w*|stop\w*|halt\w*|"
    r"hold|held|meet\w*|met|reconven\w*|disengag\w*|lay|laid|buil[dt]\w*|send|sent|cease\w*|"
    r"be\s+(?:on\s+the\s+ground|in\s+place|ready|out|back|deployed|operational|present|behind|"
    r"beyond|outside|vacated)|"
    r"arriv\w*|patrol\w*|monitor\w*|inspect\w*|exchang\w*|publish\w*|extend\w*|"
    r"postpon\w*|appl(?:y|ies)|commenc\w*|effective|in\s+force|repl(?:y|ies|ied)|respond\w*|"
    r"answer\w*|prepar\w*|review\w*|notif\w*|present\w*|provid\w*|decid\w*|finali[sz]\w*|"
    r"settl\w*|move\s+out|pull\w*\s+(?:back|out)|go(?:es)?\s+(?:in|out)|"
    # "told people ... to go before nightfall": an order to leave by a time
    r"(?<=\bto\s)go(?=\s+(?:before|by)\b)|"
    # "live firing will take place from ... to ...", "the zone is enlarged from ... until ..."
    r"take\s+place|takes\s+place|enlarg\w*|expan\w*|"
    # "will update this brief within a week of the pause ending"
    r"updat\w*|"
    # "ordered all foreign ships out of the gulf by midnight on Wednesday"
    r"(?:order\w*|told|sent|want\w*)\s+(?:[\w'-]+\s+){0,4}?out\s+of|expir\w*|laps(?:e|es|ed|ing)\b|"
    # "This notice will be cancelled or reissued by 31 August"
    r"cancel\w*|reissu\w*|renew\w*|revok\w*|"
    # "would accept comments until December 31", "have the wagons emptied by Thursday", "lodge a
    # claim within 30 days"
    r"accept\w*|empt(?:y|ies|ied|ying)|lodg\w*|shut|fil(?:e|es|ing)\s+(?:an?|the|their|its)\b|"
    # "that the parties report to the Mission on their heavy weapons"
    r"report\s+(?:back\s+)?(?:to|on)\b|"
    # a notice's instruction to its reader: "Call 811 at least three working days before you dig"
    r"(?-i:Call|Contact|Phone|Ring)\s+(?:us|\d+|the)\b)\b",
    _I,
)


@dataclass(frozen=True)
class DocumentDate:
    """A report's own date as far as the text gives it."""

    date: dt.date | None
    month_day: tuple[int, int] | None
    weekday: int | None
    basis: str | None
    year_hint: int | None = None


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    if m := re.match(r"\d+", word):
        return int(m.group())
    parts = re.split(r"[\s-]+", word.lower())
    tens = {"twenty": 20, "thirty": 30}
    if parts[-1] in ("twentieth", "thirtieth"):
        return 20 if parts[-1] == "twentieth" else 30
    return tens.get(parts[0], 0) * (len(parts) > 1) + _ORDINALS.index(parts[-1]) + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _parts(m: re.Match, prefix: str = "") -> tuple[int | None, int, int] | None:
    g = m.groupdict()
    if g.get(prefix + "iso"):
        y, mo, d = (int(x) for x in g[prefix + "iso"].split("-"))
        return y, mo, d
    if g.get(prefix + "m1"):
        y = g.get(prefix + "y1")
        return (int(y) if y else None), _month(g[prefix + "m1"]), _day(g[prefix + "d1"])
    if g.get(prefix + "m2"):
        y = g.get(prefix + "y2")
        return (int(y) if y else None), _month(g[prefix + "m2"]), _day(g[prefix + "d2"])
    return None


_STANDALONE = re.compile(
    rf"^\s*(?:(?:Published|Posted|Updated|Dated|Date|Issued|Released)\s*(?:on)?\s*:?\s*"
    rf"|[A-Z][\w .,'()/-]{{1,60}}?(?:,|\s-)\s+)?"
    rf"(?:{_WEEKDAY},?\s+)?{DATE}(?:\s*(?:[-|,/]|at)?\s*\d{{1,2}}[:.]\d{{2}}.*)?"
    r"(?:\s*[\u00b7|\u2022]\s.*)?\s*$",
    _I | re.M,
)
_LABELLED = re.compile(
    rf"\b(?:Published|Posted|Updated|Dated|Issued|Released|Broadcast|Aired|Transmitted|Filed)\s*(?:on)?\s*:?\s*"
    rf"(?:{_WEEKDAY},?\s+)?{DATE}",
    _I,
)
# a treaty's opening or closing line: "Done at Meliva on 14 April 2019"
_DONE_AT = re.compile(
    rf"^\s*(?:Done|Signed|Concluded)\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w .,'-]{{1,40}}?\s+"
    rf"(?:on|this)\s+(?:the\s+)?(?:{_WEEKDAY},?\s+)?{DATE}",
    re.M,
)
_DATELINE = re.compile(
    rf"^[ \t\"']*[A-Z][\w .,'()/-]{{1,60}}?,\s+(?:{_WEEKDAY},?\s+)?{DATE}\s*"
    # ("Paris, August 15, 1893.": a line of its own, the place and the day with its year)
    r"(?:\([^()\n]{2,40}\)|-|--|:|/)",
    re.M,
)
# "Paris, August 15, 1893.": a line of its own, a place of one to three words and the day with
# its year
_PLACE_DATE_LINE = re.compile(
    rf"^[ \t]*(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),[ \t]+(?:{_WEEKDAY},?\s+)?{DATE}"
    r"(?<=\d\d\d\d)\.?[ \t]*$",
    re.M,
)
# a page header laid out in columns: "THE EVENING COURIER      MONDAY, JULY 27, 1953      Page 1"
_HEADER = re.compile(
    rf"^[^\n]*?\S(?:[ \t]{{3,}}|[ \t]+[-|\u00b7\u2022][ \t]+)(?:{_WEEKDAY},?\s+)?{DATE}"
    r"(?=[ \t]{3,}|[ \t]+[-|\u00b7\u2022\[(]|[ \t]*$)",
    _I | re.M,
)
# a ruling's running head or title naming its own day: "CASMIR v. VOLDEN — AWARD OF 20 NOVEMBER
# 2018", "Judgment of 3 May 2016" (the line ends with the date)
_RULING_OF = re.compile(
    r"^[^\n]{0,80}?\b(?:AWARD|Award|JUDGMENT|Judgment|JUDGEMENT|Judgement|DECISION|Decision|"
    r"ORDER|Order|RULING|Ruling|ADVISORY\s+OPINION|Advisory\s+Opinion)\s+(?:OF|of|DATED|dated)\s+"
    rf"(?:the\s+)?(?i:{DATE})[ \t]*$",
    re.M,
)
_EVENT_WEEKDAY = re.compile(
    rf"\b(?:on|said|announced|agreed|late|early|this|last)\s+(?P<wd>{_WEEKDAY})\b|\b(?P<wd2>{_WEEKDAY})'s\b",
    _I,
)


# a wire story's closing line naming its year: "(c) 1994", "Copyright 1998 Northern Wire",
# "(Reporting by NWS staff; editing by the Halden desk) 2026"
_CLOSING_YEAR = re.compile(
    rf"(?:\(c\)|\u00a9|\bcopyright)[ \t]*(?:\u00a9[ \t]*)?({_YEAR})\b|\)[ \t]*({_YEAR})[ \t]*\Z",
    _I,
)


_SAID_WEEKDAY = re.compile(
    r"\b(?:said|says|announced|told\s+(?:\w+\s+){0,2}?|stated|confirmed|declared|reported)\s+"
    rf"(?:late\s+|early\s+)?on\s+(?P<wd>{_WEEKDAY})\b(?P<wd2>)",
    _I,
)


def document_date(norm: str, source: str = "") -> DocumentDate:
    """The report's own date from its text: a date line, a "Published" label or a dateline.

    Dates inside the article (past events, photo captions) are not taken.
    A dateline without a year ("Sochi, Sep 17 (AFP)") gives month and day
    only; "on Monday" gives the weekday of the reported event.
    """
    head = norm[:3000]
    ahead = re.findall(
        rf"\b(?:end\s+of|by|before|until|in\s+early|in\s+late|so\s+far\s+in|"
        rf"since\s+the\s+start\s+of)\s+(?:{_MONTH}\s+(?:{_DAY},?\s+)?)?({_YEAR})\b"
        rf"|\b(?:by|before|until)\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}),?\s+({_YEAR})\b",
        norm,
        _I,
    )
    years = [int(a or b) for a, b in ahead]
    hint = max(years) if years else None
    weekday = None
    # "is due to leave on Saturday, the United Nations said on Wednesday": the day of the saying
    if wm := (_SAID_WEEKDAY.search(norm[:1500]) or _EVENT_WEEKDAY.search(norm)):
        weekday = WEEKDAYS.index((wm.group("wd") or wm.group("wd2")).lower())
    if found := header_date(norm, source):
        date, basis = found
        return DocumentDate(
            date, (date.month, date.day), weekday, f"stated in the report ({basis})"
        )
    for pattern, basis in (
        (_STANDALONE, "a date line"),
        (_LABELLED, "its publication label"),
        (_DONE_AT, "its 'Done at' line"),
        (_RULING_OF, "its title"),
        (_HEADER, "its page header"),
        (_DATELINE, "its dateline"),
        (_PLACE_DATE_LINE, "its dateline"),
    ):
        where = head[:400] if pattern in (_HEADER, _RULING_OF) else head
        for m in pattern.finditer(
            where
            if pattern in (_STANDALONE, _DATELINE, _PLACE_DATE_LINE, _HEADER, _RULING_OF)
            else norm
        ):
            parts = _parts(m)
            if parts is None:
                continue
            y, mo, d = parts
            if y is not None:
                date = _safe_date(y, mo, d)
                if date:
                    return DocumentDate(date, (mo, d), weekday, f"stated in the report ({basis})")
            elif pattern is _DATELINE or (
                # "Statement by the Minister, Port Ansel, 14 April": a head line of its own, a
                # place and a day with no year, read as a dateline
                pattern is _STANDALONE and m.start() < 300 and "," in m.group()
            ):
                # "VERNE, June 14 (Nordwire)" under "Nordwire | Fri 14 Jun 2024": the year above
                top = short_line_date(norm, source)
                if top and (top[0].month, top[0].day) == (mo, d):
                    return DocumentDate(
                        top[0], (mo, d), weekday, f"stated in the report ({top[1]})"
                    )
                # "BRUSSELS, April 23 (wire)" over a closing "(c) 1994": the year below (the
                # weekdays in the story are days of other events)
                last = _CLOSING_YEAR.search(norm.rstrip()[-200:])
                if last and (date := _safe_date(int(last.group(1) or last.group(2)), mo, d)):
                    return DocumentDate(
                        date,
                        (mo, d),
                        None,
                        "stated in the report (its dateline; the year from its closing line)",
                    )
                if (
                    hint is not None
                    and weekday is not None
                    and (day := _safe_date(hint, mo, d))
                    and day.weekday() != weekday
                    and any(
                        (other := _safe_date(int(y), mo, d)) and other.weekday() == weekday
                        for y in re.findall(rf"\b({_YEAR})\b", norm)
                    )
                ):
                    # "not expected to report before 2026": a year ahead, which the weekday of
                    # the dateline's day denies while another year the report names fits it
                    hint = None
                if (
                    hint is not None
                    and weekday is not None
                    and (day := _safe_date(hint, mo, d))
                    and day.weekday() != weekday
                    and (before := _safe_date(hint - 1, mo, d))
                    and before.weekday() == weekday
                ):
                    # "must register by Feb. 19, 2016" under "Dec. 14", "said on Monday": a
                    # year ahead, the report the year before it (where the weekday fits)
                    hint -= 1
                if hint is None and weekday is not None:
                    fits = {
                        y
                        for y in map(int, re.findall(rf"\b({_YEAR})\b", norm))
                        if (day := _safe_date(y, mo, d)) and day.weekday() == weekday
                    }
                    hint = fits.pop() if len(fits) == 1 else None
                    if hint is None and not fits and wm.start() < m.end() + 300:
                        # no year named fits the weekday: the report is later than the latest
                        # year it names ("pulled out in November 1998" under "Jan 20", "on
                        # Sunday"): the first year after it where the day falls on that weekday
                        # (only for a weekday in the dateline's own sentence)
                        named = [int(y) for y in re.findall(rf"\b({_YEAR})\b", norm)]
                        later = [
                            y
                            for y in range(max(named, default=0) + 1, max(named, default=0) + 8)
                            if named and (day := _safe_date(y, mo, d)) and day.weekday() == weekday
                        ]
                        hint = later[0] if later else None
                    if hint is None:
                        # the weekday is some other day's: the latest year the report names
                        named = [int(y) for y in re.findall(rf"\b({_YEAR})\b", norm)]
                        hint = max(named) if named else None
                        weekday = None if hint else weekday
                elif hint is None:
                    # the latest year the report mentions (the basis says so)
                    years = [int(y) for y in re.findall(rf"\b({_YEAR})\b", norm)]
                    hint = max(years) if years else None
                return DocumentDate(None, (mo, d), weekday, None, hint)
    if found := short_line_date(norm, source):
        date, basis = found
        return DocumentDate(
            date, (date.month, date.day), weekday, f"stated in the report ({basis})"
        )
    return DocumentDate(None, None, weekday, None, hint)


_OTHER_EVENT = re.compile(
    r"\b(?:after|following|once|from\s+the\s+(?:start|beginning|moment|day)|of\s+the\s+"
    r"(?:start|beginning|signing|entry))\b",
    _I,
)
# a duty on each event of a kind: "Any incident in the Zone shall be reported to the Commission
# within six hours" (counted from each incident, not from the report's day)
_EACH_EVENT = re.compile(
    r"^\s*(?:\(?\w{1,3}[.)]\s+)?(?:any|each|every)\s+[a-z][^.;:]*?\b(?:shall|must|is\s+to|are\s+to)"
    r"\s+be\s+(?:reported|notified|investigated|referred|communicated|signalled|signaled)\b",
    _I,
)
_LATER_EVENT = re.compile(
    r"\b(?:ratif\w*|approv\w*|deploy\w*|arrival|withdrawal|cease-?fire|truce|exchange|"
    r"completion|start|beginning|establishment|publication|vote|referendum)\b",
    _I,
)
# a time ahead of an event that is not dated: "must file a flight plan at least 2 hours before
# departure", "hand over the lists 24 hours before each convoy sets off" (a duty: "must", "shall",
# "are to"; not a standing notice "before any movement", nor a date, "two days before 1 May")
_AHEAD_OF = re.compile(
    r"\b(?:must|shall|should|(?:is|are|has|have)\s+to|required\s+to|"
    # a guide's instruction to its reader: "Apply for a permit at least 10 days before your visit"
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?-i:Apply|Submit|Send|Register|Notify|Book|"
    r"Request|Tell|Inform|Call|Contact|Phone)|"
    # a standing rule in the present: "Notices are issued not less than seven days before"
    r"(?:is|are)\s+(?:always\s+)?(?:issued|given|sent|published|posted|served|made|announced))"
    r"\b[^.;:!?]{0,100}?\s"
    r"(?P<rel>(?:(?P<least>at\s*least|no\s+less\s+than|not\s+less\s+than)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|"
    r"forty-eight|seventy-two)\s*-?\s*(?:(?:working|business|clear)\s+)?(?:hours?|hrs|days?|weeks?)\s+"
    r"(?:before|prior\s+to|ahead\s+of)\s+"
    rf"(?!any\b|(?:the\s+)?(?:\d|{_MONTH}\b|{_WEEKDAY}\b))"
    # ("before your visit through the online portal": the event ends before the means)
    r"[^,.;:!?]{1,60}?)(?=\s+and\s+|\s+or\s+|\s+(?:through|via|using|online)\s|[,.;:!?)]|\s*$)",
    _I,
)
# a plan told in the past, a history's "was to hand the canal over at noon on 31 December 1999",
# "were to hold consultations from 20 July 1955 onwards": the day set, with its year
_WAS_TO = re.compile(
    r"\b(?:was|were)\s+to\s+(?!be\s+(?:seen|found|known)\b)(?:[\w'-]+\s+){1,8}?"
    rf"(?P<wrel>(?:at\s+{_CLOCK_EARLY})?(?:on|from)\s+(?:the\s+)?{DATE.replace('?P<', '?P<w')})"
    r"(?:\s+onwards)?",
    _I,
)
# a cable's timetable item, an event then its day: "A. CEASEFIRE 0001 HRS 15 FEB.", "C. FIRST
# JOINT PATROL 20 FEB." (not an event told, "CEASEFIRE BROKEN 12 FEB")
_TIMETABLE_ITEM = re.compile(
    r"^[ \t]*(?:[A-Z]|\d{1,2})[.)][ \t]+"
    r"(?P<what>(?:(?![A-Z]*(?:ED|EN)\b)[A-Z]+[ \t]+){0,3}?"
    r"(?:CEASE-?FIRE|TRUCE|(?:JOINT[ \t]+)?PATROLS?|WITHDRAWAL|PULLBACK|DEPLOYMENT|HANDOVER|"
    r"EXCHANGE|SIGNING|SIGNATURE|MEETING)"
    r"(?:[ \t]+(?![A-Z]*(?:ED|EN)\b)[A-Z]+){0,3}?)[ \t]+"
    r"(?:\d{4}[ \t]*(?:HRS|HOURS|Z|UTC|LT|LOCAL)?[ \t]+)?"
    r"(?P<tday>[0-3]?\d)[ \t]+(?P<tmon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)"
    r"(?:[ \t]+(?P<tyear>(?:19|20)\d\d))?\.?[ \t]*$",
    re.M,
)
# a month's name split by a scan's stray space: "by Ma y 25", "before Octo ber 3"
_SPLIT_MONTH = re.compile(
    rf"{_TRIGGER}(?P<sm>(?-i:[A-Z][a-z]{{0,6}}) (?-i:[a-z]{{1,7}}))\s+(?P<sd>{_DAY})\b"
    r"(?!\s*(?:km|%))",
    _I,
)
# a start on the day an undated event happens: "shall patrol the Zone from the day on which the
# withdrawal is completed", "will be open from the moment the last post is handed over"
_FROM_EVENT_DAY = re.compile(
    r"\b(?:shall|will|must|(?:is|are)\s+to)\s+(?:[\w'-]+\s+){1,8}?"
    r"(?P<rel>(?:as\s+)?from\s+the\s+(?:day|date|moment|hour)\s+"
    r"(?:on\s+which|on\s+which\s+the|when|that|at\s+which|in\s+which)\s+[^,.;:!?]{3,90}?)"
    r"(?=\s+and\s+(?!the\s)|[,.;:!?)]|\s*$)",
    _I,
)
# a time counted from an event the text does not date, with no "within": "the withdrawal to take
# effect two years after its notice was deposited", "enters into force thirty days after the
# exchange of the instruments", "have a further fortnight after the heavy weapons have left"
# (the words from the count on; not a count from a day, "two days after 3 May", nor from the
# signing, the entry into force or the report, which other rules resolve)
_AFTER_EVENT = re.compile(
    r"\b(?:must|shall|will|(?:is|are)\s+to|to\s+take\s+effect|takes?\s+effect|"
    r"(?:enters?|enter|comes?|come)\s+into\s+(?:force|effect)|(?:have|has)(?=\s+(?:a|an)\s+))"
    r"[^.;:!?]{0,60}?\s(?:(?:a|an)\s+(?:further\s+|more\s+|other\s+)?)?"
    r"(?P<rel>(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty-five|forty|sixty|ninety)\s+)?"
    r"(?:hours?|days?|weeks?|fortnights?|months?|years?)\s+after\s+"
    r"(?!(?:the\s+|its\s+)?(?:\d|date\b|day\b|sign\w*|entry|coming|this\b|today|"
    rf"{_MONTH}\b|{_WEEKDAY}\b))"
    r"[^,.;:!?()]{3,80}?)(?=\s+to\s+[a-z]+\b|\s+and\s+|\s+or\s+|[,.;:!?)]|\s*$)",
    _I,
)
_ORDINAL_DAY = re.compile(
    r"\b(?:no|not)\s+later\s+than\s+(?:the\s+)?(?:\w+|\d+(?:st|nd|rd|th))\s+day\s+"
    r"(?:after|of|following)\s+[^,.;:]{1,80}?(?=\s+and\s+|\s+within\b|[,.;:]|$)",
    _I,
)


def _sentence_end(spans: list[tuple[int, int]], pos: int) -> int:
    """Where the sentence (one of ``spans``) holding ``pos`` ends."""
    return next((b for a, b in spans if a <= pos < b), pos)


# "within 14 days of that date", "six months after that day"
_OF_THAT_DATE = re.compile(
    r"(?:of|after|from|following)\s+(?:that|the\s+same)\s+(?:date|day)\b", _I
)


def _date_told_before(
    norm: str, spans: list[tuple[int, int]], pos: int, anchor: dt.date | None
) -> tuple[dt.date, str] | None:
    """The last date told in the sentence holding ``pos`` (before it) or the one before,
    with how it was found; a day and month alone take the year nearest the report's date
    ``anchor`` (None without one)."""
    here = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), None)
    if here is None:
        return None
    start = spans[max(0, here - 1)][0]
    for m in reversed(list(_DATE_RE.finditer(norm, start, pos))):
        line_start = norm.rfind("\n", 0, m.start()) + 1
        line_end = norm.find("\n", m.end())
        if len(norm[line_start : line_end if line_end >= 0 else None].split()) < 6:
            # a dateline or heading ("Velde, 4 June 2025"), not a date the text tells of
            continue
        if not (p := _parts(m)):
            continue
        y, mo, d = p
        day = _safe_date(y, mo, d) if y else (_nearest(anchor, mo, d) if anchor else None)
        return (day, f"counted from {m.group().strip()}, the date told before") if day else None
    return None


def _sentence_before(norm: str, spans: list[tuple[int, int]], start: int) -> str:
    """The words of the sentence (one of ``spans``) before ``start``."""
    a = next((a for a, b in spans if a <= start < b), 0)
    return norm[a:start]


@dataclass(frozen=True)
class Deadline:
    """A deadline found in the text (spans in the normalised text)."""

    start: int
    end: int
    words: str
    date: dt.date | None
    relative: str | None
    basis: str | None
    start_of: bool = False
    status: str | None = None
    what: str | None = None
    """What the deadline is for, when the finding says it (a NOTAM's E) item)."""


def _next_on_or_after(anchor: dt.date, month: int, day: int) -> dt.date | None:
    date = _safe_date(anchor.year, month, day)
    if date and date < anchor - dt.timedelta(days=7):
        date = _safe_date(anchor.year + 1, month, day)
    return date


def _year_before(norm: str, pos: int) -> int | None:
    """The year of the last full date written before ``pos``, in the same report."""
    years = [
        p[0]
        # (a telex writes its months in capitals: "7 APRIL 1998")
        for x in _DATE_ANY_CASE.finditer(norm, max(0, pos - 1500), pos)
        if (p := _parts(x)) and p[0] is not None
    ]
    return years[-1] if years else None


def _as_read(words: str) -> str:
    """Words of a count as read: a telex's capitals in small letters, and "within 48 hrs of"
    as "within 48 hours of" (a count that is not "within" keeps its words)."""
    if not re.search(r"[a-z]", words):
        words = words.lower()
    if re.match(r"within\b", words, _I):
        words = re.sub(r"\bhrs\b", "hours", words, flags=_I)
    # a scan's number after the part it names: "provided for in paragraph l", "Article lO"
    return re.sub(
        r"\b((?:paragraph|para\.|article|art\.|section|clause)\s+)((?=[\dlO]*[lO])[\dlO]{1,3})\b",
        lambda m: m.group(1) + m.group(2).translate(str.maketrans("lO", "10")),
        words,
        flags=_I,
    )


def _count(m: re.Match) -> float | None:
    if m.group("echo"):
        return float(m.group("echo"))
    num = m.group("num").lower()
    if num in ("a", "an"):
        return 1.0
    if lead := re.match(r"\d+(?:\.\d+)?(?=\s*\(|$)", num):
        return digit_value(lead.group())
    return word_value(num)


def _day_of(
    parts: tuple[int | None, int, int],
    anchor: dt.date | None,
    via: str | None,
    norm: str,
    at: int,
) -> tuple[dt.date | None, str | None]:
    """A day and month (and perhaps year) as a date, and how its year was found.

    The year is the one stated; else the next such day on or after the
    report's date (``anchor``); else the year of the last full date before
    ``at`` in the text; else unknown (None, None).
    """
    y, mo, d = parts
    if y:
        return _safe_date(y, mo, d), "stated"
    if anchor:
        return _next_on_or_after(anchor, mo, d), via
    if year := _year_before(norm, at):
        basis = f"year {year} from the last full date before it (the report gives no date)"
        return _safe_date(year, mo, d), basis
    return None, None


def _day_alone(words: str, anchor: dt.date) -> tuple[dt.date | None, str | None]:
    """ "the 30th": the first such day of a month on or after the report's date."""
    day = int(re.match(r"\d+", words).group())
    y, mo = anchor.year, anchor.month
    if day < anchor.day:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    date = _safe_date(y, mo, day)
    return date, (f"the first {words} on or after the report's date {anchor}" if date else None)


def _next_weekday(name: str, anchor: dt.date) -> tuple[dt.date, str]:
    """The first day named ``name`` after the report's date ``anchor``, and how it was found."""
    target = WEEKDAYS.index(name.lower())
    day = anchor + dt.timedelta(days=(target - anchor.weekday() - 1) % 7 + 1)
    return day, f"the {name} after the report's date {anchor}"


def _nearest(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The day and month nearest the report's date ``anchor`` (that year, or next or last)."""
    days = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


def _weekday_after(
    name: str, anchor: dt.date, norm: str, spans: list[tuple[int, int]], pos: int
) -> tuple[dt.date, str]:
    """The day named ``name`` after the date its sentence tells of ("On Jan 9 he gave them until
    Saturday"), else after the report's date ``anchor``; and how it was found."""
    before = _sentence_before(norm, spans, pos)
    # (not a day set as a limit before it: "Schools stay shut until January 2, and the agency
    # would review the alert on Monday" is the Monday after the report's date)
    told = [
        p
        for x in _DATE_RE.finditer(before)
        if (p := _parts(x))
        and not re.search(
            r"\b(?:until|till|by|before|through)\s+(?:the\s+)?$", before[: x.start()], _I
        )
    ]
    if told:
        y, mo, d = told[-1]
        start = _safe_date(y, mo, d) if y else _nearest(anchor, mo, d)
        if start is not None:
            target = WEEKDAYS.index(name.lower())
            day = start + dt.timedelta(days=(target - start.weekday() - 1) % 7 + 1)
            return day, f"the {name} after {start}, the date its sentence tells of"
    return _next_weekday(name, anchor)


# when the text says it was (or will be) signed: "signed in Lesk on 24 March", "the treaty
# signed in Moscow late last night", "signed this morning"
_SIGNED_ON = re.compile(
    # ("the treaty it concluded with France at Bangkok on 3 October 1893")
    r"\b(?:signed|(?<=\bit\s)concluded|(?<=\bthey\s)concluded)\b(?:\s+(?!(?:by|before|until)\b)[\w'()-]+){0,4}?\s+"
    # ("SIGNED AT KREVO AT 1600 HRS 20 NOV", "AGREEMENT SIGNED 20 NOV 1974": a time, or no "on")
    rf"(?:(?:(?:on|at)\s+(?:the\s+)?{_CLOCK_EARLY}?|(?<=\bsigned\s))"
    rf"(?P<sdate>{DATE.replace('?P<', '?P<g')})"
    r"|(?P<yesterday>(?:late\s+)?(?:last\s+night|yesterday))"
    r"|(?P<today>today|to-day|this\s+(?:morning|afternoon|evening)))",
    _I,
)


# "on 29 March 1994, at the Embassy ..., representatives of both sides signed": the date first
_DATE_THEN_SIGNED = re.compile(
    rf"\bon\s+(?:the\s+)?(?P<sdate>{DATE.replace('?P<', '?P<g')})[^.;]{{0,250}}?\bsigned\b",
    _I,
)


# a signing to come, by its day: "We sign on Friday", "The signing is set for Tuesday",
# "SIGNATURE SET FOR 4 JUN"
_SIGNS_ON = re.compile(
    r"(?:(?<!\ba\s)(?<!\bthe\s)\bsign\b"
    r"(?:\s+(?!(?:by|before|until)\b)[\w'()-]+){0,4}?\s+on"
    r"|\b(?:signing|signature)(?:\s+of\s+(?:the|this|that)\s+[\w-]+)?\s+"
    r"(?:is\s+|was\s+|has\s+been\s+)?(?:now\s+)?"
    r"(?:set|scheduled|planned|fixed|due)\s+(?:for|on))\s+(?:the\s+)?"
    rf"(?:(?P<sdate>{DATE.replace('?P<', '?P<g')})|(?P<ahead>{_WEEKDAY})\b)",
    _I,
)
# a signing told by its day or by "last night": "the agreement we signed on Monday", "Last night
# in Aldor our delegation ... signed the agreement"
_SIGNED_WEEKDAY = re.compile(
    # ("the signing, which took place at the water station on Monday")
    r"\b(?:signed|signing,?\s+(?:which|that)\s+(?:took\s+place|was\s+held))\b"
    r"(?:\s+(?!(?:by|before|until)\b)[\w'()-]+){0,6}?\s+on\s+"
    rf"(?P<past>{_WEEKDAY})\b"
    r"|(?:^|[.;:!?]\s+|\n)\s*(?:[A-Z ]{2,40}:\s+)?(?:Late\s+)?(?P<eve>Yesterday|Last\s+night)\b"
    r"[^.;!?]{0,160}?\bsigned\b",
    _I,
)


def _signed_with_year(norm: str) -> tuple[dt.date, str] | None:
    """The last signing the text dates in full (day, month and year), for a report with no
    date of its own."""
    told = sorted(
        itertools.chain(_SIGNED_ON.finditer(norm), _DATE_THEN_SIGNED.finditer(norm)),
        key=lambda m: m.end(),
    )
    for m in reversed(told):
        if (
            m.group("sdate")
            and (p := _parts(m, "g"))
            and p[0] is not None
            and (date := _safe_date(*p))
        ):
            return date, f"counted from the signing on {date} ({m.group().strip()})"
    return None


# a dispatch's dateline with no year: "TIENTSIN, May 31. -", "ALDOR, 12 March (Nordwire) -"
_DISPATCH = re.compile(
    rf"(?m)^[ \t]*(?-i:[A-Z][A-Z .'-]{{2,30}}),\s+(?P<dl>{DATE.replace('?P<', '?P<dl')})\.?\s*"
    r"(?:\([^()\n]{2,30}\)\s*)?[-\u2013\u2014]"
)


def _dispatch_day(norm: str, pos: int, anchor: dt.date) -> dt.date | None:
    """The day of the dispatch whose dateline stands before ``pos`` ("TIENTSIN, May 31. -"),
    the one nearest the report's date, or None."""
    last = None
    for m in _DISPATCH.finditer(norm, 0, pos):
        last = m
    if last is None or (p := _parts(last, "dl")) is None:
        return None
    y, mo, d = p
    return _safe_date(y, mo, d) if y else _nearest(anchor, mo, d)


def _signing_date(norm: str, anchor: dt.date) -> tuple[dt.date, str] | None:
    """The date the text gives for the signing (its last mention), and how it was found."""
    told = sorted(
        itertools.chain(
            _SIGNED_ON.finditer(norm),
            _DATE_THEN_SIGNED.finditer(norm),
            _SIGNS_ON.finditer(norm),
            _SIGNED_WEEKDAY.finditer(norm),
        ),
        key=lambda m: m.end(),
    )
    for m in reversed(told):
        g = m.groupdict()
        if g.get("ahead"):
            date, _ = _next_weekday(g["ahead"], anchor)
            return date, f"counted from the signing on {date}, the {g['ahead']} after {anchor}"
        if g.get("past"):
            target = WEEKDAYS.index(g["past"].lower())
            date = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
            return date, f"counted from the signing on {date}, the {g['past']} before {anchor}"
        if g.get("eve"):
            date = anchor - dt.timedelta(days=1)
            return date, f"counted from the signing the day before the report's date {anchor}"
        if m.group("sdate"):
            y, mo, d = _parts(m, "g")
            date = _safe_date(y, mo, d) if y else _nearest(anchor, mo, d)
            if date:
                return date, f"counted from the signing on {date} ({m.group().strip()})"
        elif m.groupdict().get("yesterday"):
            day = _dispatch_day(norm, m.start(), anchor) or anchor
            date = day - dt.timedelta(days=1)
            return date, f"counted from the signing the day before {day}"
        else:
            # "TIENTSIN, May 31. - A truce ... was signed this morning" in a paper of June 1: the
            # day of the dispatch
            if (day := _dispatch_day(norm, m.start(), anchor)) and day != anchor:
                return day, f"counted from the signing on {day}, the day of the dispatch"
            return anchor, f"counted from the signing on the report's date {anchor}"
    return None


# an order's date-time groups: "NLT 250600Z JUL 19", "begins 230600Z JUL 19", "by 222000Z"
_DTG_DEADLINE = re.compile(
    r"\b(?P<prep>NLT|not\s+later\s+than|no\s+later\s+than|by|before|until|at|from|"
    r"(?P<starts>begins?|starts?|commences?|effective|wef))\s+"
    rf"(?P<dd>[0-3]\d)[0-2]\d[0-5]\d\s*(?:Z|UTC)\b(?:\s+(?P<mon>{_MONTH})\s+(?P<yy>\d{{4}}|\d{{2}})\b)?",
    _I,
)
# an hour with no day: "and shall disperse by 1600", "must be out by 18:00"
_BY_HOUR = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?:\d{4}(?:\s*(?:hrs|hours|h|Z|UTC))?|\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)"
    r"(?!\w|[:.]\d|\s*(?:,\s*)?(?:on|the|today|tonight|tomorrow|\d)\b|\s+(?:hrs|hours|UTC|GMT|LT)\b)",
    _I,
)
# a start set by the date just given: "shall be patrolled jointly from that date"
_THAT_DATE = re.compile(
    r"\b(?:shall|will|must|(?:is|are)\s+to)\b[^.;:!?]{0,80}?\s(?P<prep>(?:from|on|as\s+of)\s+"
    r"(?:that|the\s+same)\s+(?:date|day))\b",
    _I,
)
# "if possible in the course of the year 1940": by the year's end
_COURSE_OF_YEAR = re.compile(rf"\bin\s+the\s+course\s+of\s+(?:the\s+year\s+)?(?P<y>{_YEAR})\b", _I)


def _dtg_date(m: re.Match, anchor: dt.date | None) -> tuple[dt.date | None, str | None]:
    day = int(m.group("dd"))
    if m.group("mon"):
        yy = m.group("yy")
        year = int(yy) if len(yy) == 4 else (1900 if int(yy) >= 30 else 2000) + int(yy)
        return _safe_date(year, _month(m.group("mon")), day), "stated"
    if anchor is None:
        return None, None
    y, mo = anchor.year, anchor.month
    if day < anchor.day - 7:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return _safe_date(y, mo, day), f"month and year from the report's date {anchor}"


def find_deadlines(
    norm: str,
    spans: list[tuple[int, int]],
    anchor: dt.date | None,
    anchor_basis: str | None,
) -> list[Deadline]:
    """Every deadline in a normalised text, resolved against ``anchor`` when one is known.

    Parameters
    ----------
    norm : str
        Normalised report text.
    spans : list of (int, int)
        Its sentences (see :func:`geozone.claims.text.sentences`).
    anchor : datetime.date or None
        The report's date, if known.
    anchor_basis : str or None
        Where that date came from, for the record.
    """
    # ("within seventy-tw0 (72) h0urs 0f the cease-fire": a scan's words read as words)
    found: list[Deadline] = []
    via = f"year from the report's date {anchor} ({anchor_basis})" if anchor else None
    for m in _ABSOLUTE.finditer(norm):
        # "US troops patrolled until this month": how long something went on, not a deadline
        if (
            re.match(r"(?:until|till)\b", m.group(), _I)
            and re.search(
                r"\b(?!(?:extend|postpon|delay|prolong|defer)\w*)[a-z]+ed\s+(?:\w+\s+){0,2}$",
                norm[max(0, m.start() - 40) : m.start()],
            )
            # "will remain closed until Friday": a state to come, not one that went on
            and not re.search(
                r"\b(?:will|would|shall|to|must|should)\s+(?:remain|stay|be|be\s+kept)\s+"
                r"[a-z]+ed\s+(?:at\s+least\s+)?$"
                # "would stay closed to visitors until", "will be allowed the reduced distances
                # until": the state to come and what it covers
                r"|\b(?:will|would|shall|must|should)\s+(?:remain|stay|be|be\s+kept)\s+"
                r"[a-z]+ed\s+(?:(?!(?:and|but|or|since|after)\b)[\w'-]+\s+){1,4}$"
                # "Footpaths remain closed until 31 March": a state that holds now and to come
                r"|\b(?:remains?|stays?)\s+(?:\w+\s+)?[a-z]+ed\s+(?:at\s+least\s+)?$"
                # "Comments ... are invited until 31 March": a present passive, still open
                r"|\b(?:is|are)\s+(?:now\s+)?[a-z]+ed\s+$",
                norm[max(0, m.start() - 80) : m.start()],
            )
        ):
            continue
        if re.match(r"before\b", m.group(), _I) and re.search(
            r"\b(?:shortly|just|moments?|minutes)\s+$", norm[max(0, m.start() - 20) : m.start()], _I
        ):
            # "reached the sea shortly before midnight on 28 September": when a thing happened
            continue
        g = m.groupdict()
        words = m.group().strip()
        date, basis = None, None
        parts = _parts(m)
        if parts:
            date, basis = _day_of(parts, anchor, via, norm, m.start())
        elif g.get("eyear"):
            date, basis = dt.date(int(g["eyear"]), 12, 31), "stated"
        elif g.get("emonth"):
            mo = _month(g["emonth"])
            y = int(g["emyear"]) if g.get("emyear") else None
            if y:
                date, basis = dt.date(y, mo, calendar.monthrange(y, mo)[1]), "stated"
            elif anchor:
                last = calendar.monthrange(anchor.year, mo)[1]
                first = _next_on_or_after(anchor, mo, last) or anchor
                date, basis = dt.date(first.year, mo, calendar.monthrange(first.year, mo)[1]), via
        elif (g.get("unit") or g.get("thisunit")) and anchor:
            unit = (g.get("unit") or g["thisunit"]).lower()
            which = (g.get("this") or "this").lower()
            if unit == "year":
                year = anchor.year + (which == "next")
                date = dt.date(year, 12, 31)
            elif unit == "month":
                y, mo = anchor.year, anchor.month + (which == "next")
                y, mo = (y + 1, 1) if mo == 13 else (y, mo)
                date = dt.date(y, mo, calendar.monthrange(y, mo)[1])
            else:
                date = anchor + dt.timedelta(days=6 - anchor.weekday() + 7 * (which == "next"))
            basis = via
        elif g.get("today") and anchor:
            # "filed before to-day": a time before the report, not a deadline (but "before 6pm
            # today" is an hour still to come)
            if re.fullmatch(r"before\s+(?:the\s+)?(?:today|to-day)", m.group().strip(), _I):
                continue
            date, basis = anchor, f"the report's date {anchor}"
            if g["today"].lower() == "tomorrow":
                date, basis = (
                    anchor + dt.timedelta(days=1),
                    f"the day after the report's date {anchor}",
                )
        elif g.get("yearend") and anchor:
            date, basis = dt.date(anchor.year, 12, 31), via
        elif g.get("mid"):
            mo = _month(g["mid"])
            if g.get("midyear"):
                date, basis = (
                    dt.date(int(g["midyear"]), mo, 15),
                    "stated (mid-month taken as the 15th)",
                )
            elif anchor:
                date, basis = (
                    _next_on_or_after(anchor, mo, 15),
                    f"{via}; mid-month taken as the 15th",
                )
        elif g.get("od") and anchor:
            date, basis = _day_alone(g["od"], anchor)
        elif g.get("wd") and anchor:
            target = WEEKDAYS.index(g["wd"].lower())
            date, basis = _weekday_after(g["wd"], anchor, norm, spans, m.start())
            if g.get("wdd"):
                # the first such weekday falling on that day of a month, from the report's date
                day = _day(g["wdd"])
                days = (anchor + dt.timedelta(days=k) for k in range(0, 400))
                hit = next((x for x in days if x.day == day and x.weekday() == target), None)
                if hit is not None:
                    date = hit
                    basis = (
                        f"the first {g['wd']} the {g['wdd']} on or after the report's date {anchor}"
                    )
        found.append(Deadline(m.start(), m.end(), words, date, None if date else words, basis))
    for m in _WITHIN.finditer(norm):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        n = _count(m)
        if n is None:
            continue
        words = m.group().strip()
        if took := re.match(r"takes?\s+effect\s+", words, _I):
            # "take effect 60 days after signature": the count, not the verb before it
            words = words[took.end() :]
        if m.group("given"):
            # the time given, not who is given it
            words = norm[m.end("given") : m.end()].strip()
        span = m.group("span").lower().rstrip("s")
        span = {"hr": "hour", "min": "minute"}.get(span, span)
        if span == "minute" and not m.group("anchor"):
            # "within 30 minutes": a time for a reply, not a deadline, unless counted from an event
            continue
        if span == "fortnight":
            span, n = "week", 2 * n
        anchor_words = (m.group("anchor") or "").strip()
        # "within 30 days of its adoption and to present options by 1 September": the second
        # duty's day is not where the count starts
        anchor_words = re.split(
            rf"\s+and\s+(?:to|must|shall|will)\s|\s+(?:by|before|until)\s+(?=(?:the\s+)?(?:\d|{_MONTH}\b))",
            anchor_words,
            maxsplit=1,
            flags=_I,
        )[0]
        date, basis = None, None
        start_date = None
        if anchor_words:
            inner = _DATE_RE.search(anchor_words)
            if inner and (p := _parts(inner)):
                y, mo, d = p
                # "within six months of its entry into force on 2 March": the 2 March nearest
                # the report's date (a count may start before the report)
                start_date = (
                    _safe_date(y, mo, d) if y else (_nearest(anchor, mo, d) if anchor else None)
                )
                basis = f"counted from {inner.group()}"
            elif _OF_THAT_DATE.match(anchor_words) and (
                told := _date_told_before(norm, spans, m.start(), anchor)
            ):
                # "The Order comes into force on 1 May 2026 and the signs shall be erected
                # within 14 days of that date": counted from the date told just before
                start_date, basis = told
            elif (
                re.fullmatch(
                    # ("within sixty days of its signature")
                    r"(?:of|after|from|following)\s+(?:the\s+)?(?:(?:date\s+of\s+(?:the\s+)?)?(?:its\s+)?(?:signing|signature)|agreement|deal|accord|announcement|today|to-?night|now|this\s+\w+|(?:its\s+)?(?:entry|coming|entering)\s+into\s+force|(?:its\s+)?taking\s+effect|"
                    # "within 18 months of the date this bylaw takes effect"
                    r"(?:date|day)\s+(?:on\s+which\s+)?(?:this|the\s+present)\s+[a-z]+\s+(?:takes|shall\s+take)\s+effect|"
                    # "within sixty days of the date of this report"
                    r"date\s+(?:hereof|of\s+(?:this|these|the\s+present)\s+(?:report|letter|note|notice|document|memorandum|statement|"
                    r"minutes|record|order|signal|message|telex|communiqu\w+|brief\w*|"
                    # "within six months of the date of this Award", "of the date of this consent"
                    r"award|consent|decision|judg\w*ment|ruling|permit|licen[cs]e|resolution|"
                    # "within thirty (30) days of the date of this Decree"
                    r"decree|regulation|directive|instruction|proclamation|ordinance|answer|reply))|"
                    # "within thirty (30) days of the publication of this Decree": published on
                    # its date
                    r"(?:the\s+)?publication\s+of\s+(?:this|the\s+present)\s+[a-z]+|"
                    # "within 30 days of its adoption", "of the adoption of this resolution": the
                    # day the text reports it adopted
                    r"its\s+adoption|adoption\s+of\s+(?:this|the\s+present)\s+[a-z]+|"
                    # "within ten days of its date of issue": the notice's own date
                    r"(?:its|the)\s+date\s+of\s+(?:issue|publication)(?:\s+of\s+this\s+\w+)?)\b.*",
                    anchor_words,
                    _I,
                )
                # "of the agreement's ratification": counted from another event
                and not (
                    _LATER_EVENT.search(anchor_words)
                    and not re.search(
                        r"\btoday's\b|\bpublication\s+of\s+(?:this|the\s+present)\b",
                        anchor_words,
                        _I,
                    )
                )
                and anchor
            ):
                start_date, basis = anchor, f"counted from the report's date {anchor}"
                if (
                    re.search(r"\binto\s+force\b|\b(?:taking|takes?)\s+effect\b", anchor_words, _I)
                    and re.search(r"\b(?:this|the\s+present)\b", anchor_words, _I)
                    and (force := _IN_FORCE_ON.search(norm))
                    and (p := _parts(force))
                ):
                    # "of the entry into force of this Treaty" under "Entry into force: 12
                    # February 1974": counted from the day the text gives
                    y, mo, d = p
                    start_date = _safe_date(y, mo, d) if y else _nearest(anchor, mo, d)
                    basis = f"counted from the entry into force on {start_date}"
                elif re.search(
                    r"\binto\s+force\b|\btaking\s+effect\b", anchor_words, _I
                ) and not re.search(r"\b(?:this|the\s+present)\b", anchor_words, _I):
                    # "within ten days of entry into force" under "ENTERS INTO FORCE 22 JUNE":
                    # counted from that day; from an entry into force the report does not date,
                    # the words are kept
                    start_date, basis = None, None
                    if (force := _IN_FORCE_ON.search(norm)) and (p := _parts(force)):
                        y, mo, d = p
                        start_date = _safe_date(y, mo, d) if y else _nearest(anchor, mo, d)
                        basis = f"counted from the entry into force on {start_date}"
                    elif _IN_FORCE_ON_SIGNATURE.search(norm):
                        # in force on signature: counted from the day it is signed, the
                        # report's date when the text names no other
                        start_date, basis = _signing_date(norm, anchor) or (
                            anchor,
                            f"in force on signature: counted from the report's date {anchor}",
                        )
                # "within fourteen days of signature", after "will be signed in Lesk on 24
                # March": counted from that signing (not for "this Agreement", whose date is
                # the report's)
                if (
                    re.match(
                        r"(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?"
                        r"(?:its\s+)?sign",
                        anchor_words,
                        _I,
                    )
                    and not re.search(r"\b(?:this|the\s+present)\b", anchor_words, _I)
                    # (its sentence too: "WITHIN 12 DAYS OF SIGNATURE (SIGNATURE SET FOR 4 JUN)")
                    and (signed := _signing_date(norm[: _sentence_end(spans, m.start())], anchor))
                ):
                    start_date, basis = signed
            elif (
                anchor is None
                and re.match(
                    r"(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?"
                    r"(?:its\s+)?sign(?:ing|ature)\b(?!\s+of\s+(?:this|the\s+present)\b)",
                    anchor_words,
                    _I,
                )
                and (signed := _signed_with_year(norm[: _sentence_end(spans, m.start())]))
            ):
                # an article with no date of its own: "the treaty it concluded at Bangkok on 3
                # October 1893 ... within one month of the signature"
                start_date, basis = signed
        elif (
            anchor
            and not _OTHER_EVENT.search(_sentence_before(norm, spans, m.start()))
            and not _EACH_EVENT.search(_sentence_before(norm, spans, m.start()))
        ):
            start_date, basis = anchor, f"counted from the report's date {anchor} ({anchor_basis})"
        if start_date is not None:
            delta = {
                "hour": dt.timedelta(hours=n),
                "minute": dt.timedelta(minutes=n),
                "day": dt.timedelta(days=n),
                "week": dt.timedelta(weeks=n),
            }.get(span)
            if delta is not None:
                date = start_date + delta
            else:
                months = int(n) * (12 if span == "year" else 1)
                y, mo = divmod(start_date.month - 1 + months, 12)
                yy = start_date.year + y
                date = dt.date(yy, mo + 1, min(start_date.day, calendar.monthrange(yy, mo + 1)[1]))
        if not anchor_words and (
            ahead := re.match(
                r"\s+(?:before|prior\s+to|ahead\s+of)\s+"
                rf"(?!(?:the\s+)?(?:\d|{_MONTH}\b|{_WEEKDAY}\b)|any\b)"
                r"[^,.;:!?()]{1,60}?(?=\s+and\s+|\s+or\s+|[,.;:!?)]|\s*$)",
                norm[m.end() :],
                _I,
            )
        ):
            # "not later than three months before the first delivery": counted back from an
            # event the report does not date, not from the report's own day
            words = (words + ahead.group()).strip()
            date, basis = None, None
        # a telex's "WITHIN 48 HRS OF ...": the words in small letters
        relative = None if date else _as_read(words)
        found.append(Deadline(m.start(), m.end(), words, date, relative, basis))
    # a list's item naming an event and its date: "- Joint convoy to Bahr Kaleh: 12 March."
    for m in _LIST_ITEM_DATE.finditer(norm):
        a, b = m.start("when"), m.end("when")
        if any(d.start <= a < d.end or a <= d.start < b for d in found):
            continue
        parts = _parts(m)
        if not parts:
            continue
        y, mo, d = parts
        date = _safe_date(y, mo, d) if y else (_next_on_or_after(anchor, mo, d) if anchor else None)
        words = norm[a:b].strip()
        basis = "stated" if y else (f"year from the report's date {anchor}" if date else None)
        found.append(Deadline(a, b, words, date, None if date else words, basis))
    for m in _ORDINAL_DAY.finditer(norm):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        words = m.group().strip()
        found.append(Deadline(m.start(), m.end(), words, None, words, None))
    for m in _AHEAD_OF.finditer(norm):
        a, b = m.span("rel")
        if any(d.start <= a < d.end or a <= d.start < b for d in found):
            continue
        words = norm[a:b].strip()
        relative = re.sub(r"(?i)^at\s*least", "at least", re.sub(r"\s+", " ", words))
        # ("before your visit": the reader's visit, the one the rule is for)
        relative = re.sub(r"\byour\b", "the", relative)
        found.append(Deadline(a, b, words, None, relative, None))
    for m in _WAS_TO.finditer(norm):
        a = m.start("wrel")
        parts = _parts(m, "w")
        if parts is None or parts[0] is None or any(d.start <= a < d.end for d in found):
            continue
        if re.search(r"[.;:!?]", norm[m.start() : a]):
            continue
        date = _safe_date(*parts)
        words = norm[a : m.end()].strip()
        found.append(Deadline(a, m.end(), words, date, None if date else words, "stated"))
    for m in _SPLIT_MONTH.finditer(norm):
        month = MONTHS.get(m.group("sm").replace(" ", "").lower())
        if month is None or any(d.start <= m.start() < d.end for d in found):
            continue
        date, basis = _day_of((None, month, _day(m.group("sd"))), anchor, via, norm, m.start())
        words = m.group().strip()
        found.append(Deadline(m.start(), m.end(), words, date, None if date else words, basis))
    for m in _FROM_EVENT_DAY.finditer(norm):
        a, b = m.span("rel")
        words = norm[a:b].strip()
        if any(d.start <= a < d.end or a <= d.start < b for d in found) or (
            _DATE_ANY_CASE.search(words) or re.search(rf"\b{_YEAR}\b", words)
        ):
            continue
        found.append(Deadline(a, b, words, None, re.sub(r"\s+", " ", words), None, True))
    for m in _AFTER_EVENT.finditer(norm):
        a, b = m.span("rel")
        if any(d.start <= a < d.end or a <= d.start < b for d in found):
            continue
        words = norm[a:b].strip()
        # ("two months after the truce of 2 July 2022 ended the fighting": a dated event, told)
        if _DATE_ANY_CASE.search(words) or re.search(rf"\b{_YEAR}\b", words):
            continue
        found.append(Deadline(a, b, words, None, re.sub(r"\s+", " ", words), None))
    for m in _TIMETABLE_ITEM.finditer(norm):
        a = m.end("what") + 1
        if any(d.start <= a < d.end or a <= d.start < m.end() for d in found):
            continue
        year = int(m.group("tyear")) if m.group("tyear") else None
        parts = (year, _month(m.group("tmon")), int(m.group("tday")))
        date, basis = _day_of(parts, anchor, via, norm, a)
        words = norm[a : m.end()].strip().rstrip(".")
        found.append(Deadline(a, m.end(), words, date, None if date else words, basis, True))
    for m in _NAMED_DEADLINE.finditer(norm):
        if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
            continue
        parts = _parts(m, "n")
        if not parts:
            continue
        y, mo, d = parts
        date = _safe_date(y, mo, d) if y else (_next_on_or_after(anchor, mo, d) if anchor else None)
        basis = "stated" if y else (via if date else None)
        words = m.group().strip()
        found.append(Deadline(m.start(), m.end(), words, date, None if date else words, basis))
    if anchor is not None:
        for m in _UPON_SIGNATURE.finditer(norm):
            if any(d.start <= m.start() < d.end for d in found):
                continue
            # the document's own entry into force is not a deadline
            if re.search(
                r"\binto\s+(?:force|effect)\s*$", norm[max(0, m.start() - 40) : m.start()]
            ):
                continue
            words = m.group().strip()
            basis = f"the date of signature: the report's date {anchor} ({anchor_basis})"
            found.append(Deadline(m.start(), m.end(), words, anchor, None, basis, True))
    if anchor is not None:
        for m in _BARE_HOUR.finditer(norm):
            if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
                continue
            words = m.group().strip()
            basis = f"the report's date {anchor} (an hour with no day)"
            found.append(Deadline(m.start(), m.end(), words, anchor, None, basis))
    for m in _SERIES_WEEKDAY.finditer(norm):
        if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
            continue
        words = m.group().strip()
        found.append(Deadline(m.start(), m.end(), words, None, _as_read(words), None))
    if anchor is not None:
        for m in _WEEKDAY_WINDOW.finditer(norm):
            if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
                continue
            monday = anchor - dt.timedelta(days=anchor.weekday())
            later = 7 * (m.group("week").lower() == "next")
            day = monday + dt.timedelta(days=later + WEEKDAYS.index(m.group("wd").lower()))
            week = m.group("week").lower()
            basis = f"the {m.group('wd')} of {week} week from the report's date {anchor}"
            found.append(Deadline(m.start(), m.end(), m.group(), day, None, basis, True))
    for m in _DAY_AFTER_SIGNING.finditer(norm):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        signed = _signing_date(norm, anchor) if anchor is not None else None
        if (m.group("this") or _THE_INSTRUMENT.search(norm)) and anchor is not None:
            # "the third day after the signature of this Protocol": the document's own date,
            # unless the text dates its signing; so in an agreement's own text ("Each Party
            # shall ...", "the Parties"), whose signature is its own
            signed = signed or (anchor, f"signed on the report's date {anchor}")
        words = m.group().strip()
        if signed is None:
            found.append(Deadline(m.start(), m.end(), words, None, words, None, True))
            continue
        nth = (m.group("nth") or "first").lower()
        days = _NTH_DAY.get(nth) or (int(nth[:-2]) if nth[:-2].isdigit() else 1)
        date = signed[0] + dt.timedelta(days=days)
        found.append(
            Deadline(
                m.start(), m.end(), words, date, None, f"{days} day(s) after: {signed[1]}", True
            )
        )
    for m in _WINDOW.finditer(norm):
        first, last = _parts(m, "a"), _parts(m, "b")
        if first is None or last is None:
            continue
        if first[0] is None and last[0] is not None:
            # "from 19 JAN until 21 JAN 2025": the year the window's end gives
            first = (last[0] - (first[1] > last[1]), first[1], first[2])
        end_at = m.start("to")
        for (a, b), parts, start_of in (
            ((m.start("prep"), end_at), first, True),
            ((end_at, m.end()), last, False),
        ):
            if any(d.start <= a < d.end or a <= d.start < b for d in found):
                continue
            date, basis = _day_of(parts, anchor, via, norm, a)
            words = norm[a:b].strip()
            found.append(
                Deadline(a, a + len(words), words, date, None if date else words, basis, start_of)
            )
    for m in itertools.chain(
        _STARTS.finditer(norm), _EFFECTIVE.finditer(norm), _OPENS_FROM.finditer(norm)
    ):
        if any(d.start <= m.end() - 1 < d.end or m.start() <= d.start < m.end() for d in found):
            continue
        parts = _parts(m, "s")
        if m.group("swd"):
            if anchor is None:
                continue
            day, basis = _weekday_after(m.group("swd"), anchor, norm, spans, m.start())
            start = m.start("prep")
            found.append(
                Deadline(start, m.end(), norm[start : m.end()].strip(), day, None, basis, True)
            )
            continue
        if m.group("sod"):
            if anchor is None:
                continue
            date, basis = _day_alone(m.group("sod"), anchor)
            start = m.start("prep")
            found.append(
                Deadline(start, m.end(), norm[start : m.end()].strip(), date, None, basis, True)
            )
            continue
        if m.group("stoday"):
            if anchor is None:
                continue
            day = anchor + dt.timedelta(days=m.group("stoday").lower() == "tomorrow")
            y, mo, d = day.year, day.month, day.day
        elif not parts:
            continue
        else:
            y, mo, d = parts
        date, basis = _day_of((y, mo, d), anchor, via, norm, m.start())
        start = m.start("prep")
        if re.fullmatch(r"takes?\s+effect", m.group("prep"), _I):
            # "TAKES EFFECT 0001 HRS 18 NOV": the time and day, after the words that say what
            start = m.end("prep") + 1
        words = norm[start : m.end()].strip()
        # a deadline moved to a new date is a deadline; everything else here is a start
        moved = re.match(r"(?:postponed|extended|deferred|pushed)", m.group(), _I)
        found.append(
            Deadline(start, m.end(), words, date, None if date else words, basis, not moved)
        )
    for m in _DUE_ON.finditer(norm):
        if any(d.start <= m.end() - 1 < d.end or m.start() <= d.start < m.end() for d in found):
            continue
        start = m.start("prep") if m.group("prep") else m.start("eplace")
        if m.group("etoday"):
            if anchor is None:
                continue
            words = norm[start : m.end()].strip()
            day = anchor + dt.timedelta(days=m.group("etoday").lower() == "tomorrow")
            found.append(
                Deadline(start, m.end(), words, day, None, f"from the report's date {anchor}")
            )
            continue
        if m.group("eod"):
            if anchor is None:
                continue
            day, basis = _day_alone(m.group("eod"), anchor)
            found.append(Deadline(start, m.end(), norm[start : m.end()].strip(), day, None, basis))
            continue
        if m.group("ewd"):
            if anchor is None:
                continue
            day, basis = _weekday_after(m.group("ewd"), anchor, norm, spans, m.start())
            found.append(Deadline(start, m.end(), norm[start : m.end()].strip(), day, None, basis))
            continue
        parts = _parts(m, "e")
        if not parts:
            continue
        date, basis = _day_of(parts, anchor, via, norm, m.start())
        words = norm[start : m.end()].strip()
        found.append(Deadline(start, m.end(), words, date, None if date else words, basis))
    if anchor is not None:
        for m in _BARE_WEEKDAY.finditer(norm):
            start = m.start("bwd")
            if any(d.start <= start < d.end for d in found):
                continue
            day, basis = _weekday_after(m.group("bwd"), anchor, norm, spans, m.start())
            found.append(Deadline(start, m.end(), m.group("bwd"), day, None, basis))
    for m in _FROM_DAY.finditer(norm):
        start = m.start("prep")
        if any(d.start <= m.end() - 1 < d.end or start <= d.start < m.end() for d in found):
            continue
        if m.group("swd") or m.group("sod") or m.group("stoday"):
            if anchor is None:
                continue
            if m.group("swd"):
                date, basis = _weekday_after(m.group("swd"), anchor, norm, spans, m.start())
            elif m.group("stoday"):
                later = m.group("stoday").lower() == "tomorrow"
                date, basis = anchor + dt.timedelta(days=later), f"the report's date {anchor}"
            else:
                date, basis = _day_alone(m.group("sod"), anchor)
        elif parts := _parts(m, "s"):
            date, basis = _day_of(parts, anchor, via, norm, m.start())
        else:
            continue
        words = norm[start : m.end()].strip()
        found.append(Deadline(start, m.end(), words, date, None if date else words, basis, True))
    for m in itertools.chain(_SET_FOR.finditer(norm), _MOVED_TO.finditer(norm)):
        prefix = "f" if m.re is _SET_FOR else "t"
        if any(d.start <= m.start(prefix + "m1") < d.end for d in found if m.group(prefix + "m1")):
            continue
        parts = _parts(m, prefix)
        if parts is None:
            continue
        date, basis = _day_of(parts, anchor, via, norm, m.start())
        moved = m.re is _SET_FOR and _MOVED_TO.search(norm, m.end(), m.end() + 400)
        a = m.start(prefix + "d1") if m.group(prefix + "d1") else m.start(prefix + "d2")
        if m.group(prefix + "m1"):
            a = min(a, m.start(prefix + "m1"))
        if any(d.start <= a < d.end for d in found):
            continue
        b = max(
            m.end(prefix + g) for g in ("m1", "d1", "y1", "d2", "m2", "y2") if m.group(prefix + g)
        )
        b -= norm[b - 1] == "."
        words = norm[a:b].strip()
        status = "superseded" if moved else None
        found.append(Deadline(a, b, words, date, None if date else words, basis, False, status))
    for m in itertools.chain(_GIVEN_UP.finditer(norm), _PUT_BACK_TO.finditer(norm)):
        g = m.groupdict()
        prefix = next(p for p in "ghip" if g.get(p + "d1") or g.get(p + "d2"))
        parts = _parts(m, prefix)
        if parts is None:
            continue
        a = min(m.start(prefix + g) for g in ("m1", "d1", "d2", "m2") if m.group(prefix + g))
        b = max(
            m.end(prefix + g) for g in ("m1", "d1", "y1", "d2", "m2", "y2") if m.group(prefix + g)
        )
        date, basis = _day_of(parts, anchor, via, norm, a)
        status = None if prefix == "p" else "superseded"
        if status and date and anchor and parts[0] is None and (date - anchor).days > 180:
            # a day once promised, given up before the report: this year's, not next year's
            date = _safe_date(date.year - 1, date.month, date.day) or date
        # a date another rule took: that reading, now given up
        taken = [d for d in found if d.start <= a < d.end or a <= d.start < b]
        if taken:
            if status:
                # (its year as a day given up: "planned for 15 June" in a report of 30 June)
                found = [
                    Deadline(
                        d.start,
                        d.end,
                        d.words,
                        date or d.date,
                        d.relative,
                        basis if date else d.basis,
                        d.start_of,
                        status,
                    )
                    if d in taken
                    else d
                    for d in found
                ]
            continue
        words = norm[a:b].strip()
        found.append(Deadline(a, b, words, date, None if date else words, basis, False, status))
    for m in _DTG_DEADLINE.finditer(norm):
        if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
            continue
        date, basis = _dtg_date(m, anchor)
        words = m.group().strip()
        found.append(
            Deadline(
                m.start(),
                m.end(),
                words,
                date,
                None if date else words,
                basis,
                bool(m.group("starts")),
            )
        )
    for m in _COURSE_OF_YEAR.finditer(norm):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        words = m.group().strip()
        found.append(
            Deadline(
                m.start(),
                m.end(),
                words,
                dt.date(int(m.group("y")), 12, 31),
                None,
                "stated (the end of the year)",
            )
        )
    # "shall take place on 23 November 2024 and shall disperse by 1600": an hour on the day its
    # sentence has just named
    for m in _BY_HOUR.finditer(norm):
        a = m.start()
        if any(d.start <= a < d.end for d in found):
            continue
        s_a = next((x for x, y in spans if x <= a < y), 0)
        before = [d for d in found if s_a <= d.start and d.end <= a and d.date is not None]
        if not before:
            continue
        prior = max(before, key=lambda d: d.end)
        words = m.group().strip()
        basis = f"the day its sentence names ({prior.words.strip()})"
        found.append(Deadline(a, m.end(), words, prior.date, None, basis))
    # "... shall reopen on 15 April 2021. The stretch ... shall be patrolled jointly from that
    # date": the day the deadline just before it names
    for m in _THAT_DATE.finditer(norm):
        a = m.start("prep")
        if any(d.start <= a < d.end for d in found):
            continue
        before = [d for d in found if d.end <= a and d.date is not None]
        if not before:
            continue
        prior = max(before, key=lambda d: d.end)
        if a - prior.end > 400:
            continue
        words = norm[a : m.end()].strip()
        basis = f"the date named just before it ({prior.words.strip()})"
        found.append(Deadline(a, m.end(), words, prior.date, None, basis, True))
    if anchor is not None:
        past = anchor - dt.timedelta(days=7)
        # (a date given up may lie before the report: it was set earlier)
        found = [
            d
            for d in found
            if d.date is None
            or d.date >= past
            or d.status == "superseded"
            # "the ceasefire was to take effect on 28 June 1992": a date set then, told later
            or _SET_THEN.search(norm[max(0, d.start - 60) : d.start])
        ]
    found = sorted(found, key=lambda d: d.start)
    # a table's column of days: "Corridor | Route | Opening" over "C-1 | Belcaro - Hesk |
    # 12 Oct 2023"
    for start, cell, heading in column_cells(norm, _TABLE_HEADING):
        m = _DATE_ANY_CASE.fullmatch(cell.rstrip("."))
        if m is None or any(d.start <= start < d.end for d in found):
            continue
        parts = _parts(m)
        if parts is None:
            continue
        date, basis = _day_of(parts, anchor, via, norm, start)
        opens = not re.match(r"(?i)deadline|due|complet|to\s+be", heading)
        found.append(
            Deadline(start, start + len(cell), cell, date, None if date else cell, basis, opens)
        )
    # a NOTAM's B) and C) items: when it is in force (a day the report's words already give is
    # that deadline, told again)
    told = {d.date for d in found if d.date}
    for t in notam_times(norm):
        if t.date in told or any(d.start <= t.start < d.end for d in found):
            continue
        words = norm[t.start : t.end]
        basis = "stated (a NOTAM's date-time group, UTC)" if t.date else None
        found.append(
            Deadline(
                t.start,
                t.end,
                words,
                t.date,
                None if t.date else words,
                basis,
                t.begins,
                what=t.what,
            )
        )
    found.sort(key=lambda d: d.start)
    # "within 21 days of laying, that is, by 10 February 2025", "within ten days of the
    # signature, so by the 23rd": one deadline told twice, the count then its day
    return [
        d
        for d, nxt in zip(found, [*found[1:], None][: len(found)], strict=True)
        if not (
            nxt is not None
            and re.fullmatch(
                r"\s*,?\s*(?:that\s+is|i\.\s?e\.|so|which\s+is|or)\s*,?\s*",
                norm[d.end : nxt.start],
                _I,
            )
            and re.match(r"(?:by|before|no\s+later\s+than|not\s+later\s+than)\b", nxt.words, _I)
            and (nxt.date is not None or d.date is None)
        )
    ]


# the heading of a table's column of days to come
_TABLE_HEADING = (
    r"(?:opens|opening|opening\s+date|date\s+of\s+opening|starts|start\s+date|begins|"
    r"deadline|due|due\s+date|due\s+by|complete\s+by|to\s+be\s+completed\s+by|"
    r"in\s+force\s+from|effective\s+from)"
)


# the day a text enters into force: "ENTERS INTO FORCE 22 JUNE 0600 LOCAL", "came into force
# on 1 May 1999"
_IN_FORCE_ON = re.compile(
    rf"(?:\b(?:enters?|entered|entering|comes?|came|coming)\s+into\s+force\s+"
    # ... at an hour first: "shall enter into force at 1200 hours on 5 June 1951"
    rf"(?:at\s+\d{{1,2}}[:.]?\d{{2}}\s*(?:hours|hrs|h|[ap]\.?m\.?|GMT|UTC|Z|local(?:\s+time)?)?\s*,?\s+)?"
    rf"(?:on\s+)?"
    # "This SOP takes effect on 1 May 2021"
    rf"|\b(?:takes?|took)\s+effect\s+(?:on\s+)?"
    # a treaty's head: "Signed at Montevideo, 19 November 1973.  Entry into force: 12 February"
    rf"|\bEntry\s+into\s+force\s*:\s*){DATE}",
    _I,
)
# "This Agreement shall enter into force upon signature": in force from the day it is signed
_IN_FORCE_ON_SIGNATURE = re.compile(
    r"\b(?:enters?|entered|enter|comes?|came|come)\s+into\s+force\s+(?:up)?on\s+"
    r"(?:the\s+(?:date|day)\s+of\s+)?"
    r"(?:its\s+)?(?:signature|signing)\b",
    _I,
)
_LIST_ITEM_DATE = re.compile(
    rf"^[ \t]*[-\u2022*][ \t]+[A-Z][^:\n]{{3,80}}?:[ \t]+(?P<when>{DATE})\.?[ \t]*$", re.M
)
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-\u2022*]?[ \t]*([A-Z][^:\n]{3,80}?):[ \t]*$")
_SET_THEN = re.compile(
    r"\b(?:was|were)\s+(?:due\s+)?to\s+(?:[a-z]+\s+){1,3}?(?:(?:on|by)\s+)?$", re.I
)


def what_for(segment: str, deadline_pos: int) -> str | None:
    """What a deadline is for, from the words of its sentence (None: not a deadline).

    ``segment`` is the part of the sentence that belongs to this deadline;
    ``deadline_pos`` is where the deadline's words start in it.
    """
    best: tuple[float, int, str] | None = None
    # "- Joint convoy to Bahr Kaleh: 12 March": the item's words before its colon
    if (item := _LIST_ITEM.search(segment[:deadline_pos])) and re.fullmatch(
        rf"\s*{DATE}\.?\s*", segment[deadline_pos:], _I
    ):
        return item.group(1).strip()
    # a day in a table's row, "C-1 | Belcaro - Hesk | 12 Oct 2023": the row's cells before it
    row = segment[segment.rfind("\n", 0, deadline_pos) + 1 : deadline_pos]
    if re.search(r"\S(?:\s*\|| {2,})\s*$", row) and re.match(
        rf"{DATE}\.?(?=\s*\||\s{{2,}}|\s*$)", segment[deadline_pos:].split("\n", 1)[0], _I
    ):
        return re.sub(r"\s*\|\s*|\s{2,}", " ", row).strip()
    for rank, (label, thing, act) in enumerate(_WHAT_RE):
        if not thing.search(segment):
            continue
        for a in act.finditer(segment):
            if a.start() < deadline_pos:
                dist = deadline_pos - a.end()
            else:
                dist = 2 * (a.start() - deadline_pos) + 40
            if best is None or (dist, rank) < best[:2]:
                best = (dist, rank, label)
    if best:
        return best[2]
    # a cable's timetable item, "A. TRUCE 0600 HRS 8 MAR.": the event it names
    line_start = segment.rfind("\n", 0, deadline_pos) + 1
    line_end = segment.find("\n", deadline_pos)
    line = segment[line_start : line_end if line_end >= 0 else len(segment)]
    if item := _TIMETABLE_ITEM.fullmatch(line):
        return re.sub(r"\s+", " ", item.group("what")).lower()
    # "shall inform the Commission ... not later than", "is expected in Halm on Thursday": an
    # act the words set for a day, whatever the verb
    if (
        not _ACTION.search(segment)
        # "the first permits will be issued from 16 October": a rule to come, from a day
        and not (
            re.match(r"from\b", segment[deadline_pos:], _I)
            and re.search(
                r"\b(?:will|would|(?:been|is|are|being)\s+(?:told|ordered|instructed|directed)\s+to)\b",
                segment[:deadline_pos],
                _I,
            )
        )
        # "From Friday all ferries shall sail by day only": a duty after the day that opens it
        # ("3.1 From today all sheep ... shall be culled": after a paragraph's number)
        and not (
            re.fullmatch(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?", segment[:deadline_pos])
            and re.search(r"\b(?:will|shall|must|(?:is|are)\s+to)\b", segment[deadline_pos:], _I)
        )
        # "The dockers' union has called a 48-hour strike from Monday": a stoppage from a day
        and not (
            re.match(r"from\b", segment[deadline_pos:], _I)
            and re.search(
                r"\b(?:strikes?|walk-?outs?|stoppages?|boycotts?|blockades?)\s+$",
                segment[:deadline_pos],
                _I,
            )
        )
        # a telex's duty in capitals: "PARTIES TO NAME MEMBERS OF THE COMMISSION BY 25 JUN"
        and not re.search(r"\bTO\s+(?:BE\s+)?[A-Z]{3,}\b", segment[:deadline_pos])
        and not re.search(
            r"\b(?:shall|must|should|are\s+to|is\s+to|has\s+to|have\s+to|expected|due|scheduled)\b"
            # "This Order takes effect at 06:00 on 28 April", "in any case expires at 24:00 on",
            # "a reception centre will be open from 06:00 on Sunday": a rule's start or end
            # (a treaty's entry into force stays the anchor of its counts, not a deadline)
            r"|\b(?:takes?\s+effect|expires?|"
            r"will\s+be\s+(?:open|closed|lifted))\b"
            # "The Flash Appeal will be launched in Tessa on 6 March": a thing to be done
            r"|\b(?:will|shall)\s+be\s+(?:[a-z]+ed|laid|held|sent|given|taken|made|set|done)\b"
            # "They have until the end of the month": a time given
            r"|\b(?:have|has|had|given|get|gets|got)\s+(?:only\s+|just\s+)?$"
            # "The next exercise is planned for 18 April": a thing set for a day
            r"|\b(?:is|are)\s+(?:now\s+)?(?:planned|slated|fixed|set|pencilled\s+in)\s+$"
            # "The laboratory will have the results by Friday": a thing to be had or known
            r"|\b(?:will|shall|would|should)\s+(?:[\w'-]+\s+){0,2}?(?:have|know|get|receive)\b"
            # "Register your boat at least 48 hours before your trip": a guide's instruction
            # ("Please register there by 22:00": the same, asked politely)
            r"|^\s*(?:(?-i:Please)\s+)?(?-i:Apply|Submit|Send|Register|Notify|Book|Request|Tell|"
            r"Inform)\b|^\s*(?-i:Please)\s+(?:apply|submit|send|register|notify|book|request|tell|"
            r"inform|call|contact|leave|return)\b",
            segment[:deadline_pos],
            _I,
        )
        and not (
            # "vessels may fish in the sector until 30 June": a leave that ends
            re.search(r"\bmay\s+(?:not\s+)?\w+\b[^.;]*$", segment[:deadline_pos], _I)
            and re.match(r"(?:until|till)\b", segment[deadline_pos:], _I)
        )
    ):
        return None
    # "will review the arrangement, with the envoy, by 10 May": the clause with the verb, not
    # an aside between commas
    pieces = [p.strip() for p in re.split(r"[,;:]|\n\s*\n", segment[:deadline_pos])]
    while len(pieces) > 1 and (
        not pieces[-1]
        or (
            re.fullmatch(
                r"(?:with|in|at|on|for|from|under|after|before|together\s+with)\b[^,;:]*",
                pieces[-1],
                _I,
            )
            and not _ACTION.search(pieces[-1])
        )
    ):
        pieces.pop()
    clause = pieces[-1]
    clause = re.sub(r"\s+", " ", clause)
    if len(clause) > 80:
        # whole words only: never a cut-off fragment
        clause = clause[-80:].split(" ", 1)[-1] if " " in clause[-80:] else clause[-80:]
    clause = re.sub(
        r"^(?:(?:and|but|that|he|she|they|it|who|which|provided|said|says)\s+)+",
        "",
        clause,
        flags=_I,
    )
    if not clause.strip():
        # "From 10 March until 14 March 2025 a large area ... is closed to civil aircraft": the
        # deadline opens its sentence, and the act follows its dates
        after = re.split(r"[,;:]|\.\s", segment[deadline_pos:])[0]
        dates = list(
            re.finditer(rf"{DATE}|\b(?:today|tonight|tomorrow|{_WEEKDAY})\b", after[:60], _I)
        )
        rest = after[dates[-1].end() :] if dates else ""
        if dates and not rest.strip() and re.match(r"\s*,", segment[deadline_pos + len(after) :]):
            # "From 15 July, two relief trains a day will run": the act after the day's comma
            rest = re.split(r"[,;:]|\.\s", segment[deadline_pos + len(after) :].lstrip(" ,"))[0]
        rest = re.sub(r"\s+", " ", rest).strip(" .")
        if (
            re.match(
                # ("From 7 January 2013 smoking will be banned", "From 1 July 2025 hives may
                # be placed within 30 metres of a road")
                r"(?:a|an|the|all|every|any|\w+s|\w+ing|\d+|two|three|four|five|six|seven|"
                r"eight|nine|ten)\b",
                rest,
                _I,
            )
            and re.search(r"\b(?:will|shall|must|may|is|are|to)\b", rest, _I)
            and not re.search(r"\b(?:was|were|had|did)\b", rest, _I)
        ):
            return rest[:80].rsplit(" ", 1)[0] if len(rest) > 80 else rest
    return clause or None


__all__ = ["Deadline", "DocumentDate", "document_date", "find_deadlines", "what_for"]
