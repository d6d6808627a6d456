"""Per-side wording: "on each side", "into each country", one bank and the other, two directions."""

from __future__ import annotations

import re

from .figure import Figure
from .zonewords import _BORDER, _DIR, _I, _OPPOSITE, ZONE_NOUN

_AFTER_PER_SIDE = re.compile(
    # "at least 25 km, on both sides": the sides after a comma
    # ("keep 4 metres clear on either side of the centre line")
    r"\s*(?:(?:back|away)\s*,\s*|,\s*)?(?:back\s+|each\s+|away\s+|clear\s+|free\s+)?"
    r"(?:(?:on|to|from|at|along|for)\s+)?"
    r"(?:either|each|both)\s+"
    r"(?:sides?|banks?|ways?|directions?)\b(?!')"
    # "within 3 nm of either coast"
    r"|\s*(?:off|of|from)\s+(?:either|each|both)\s+(?:coasts?|shores?|banks?)\b"
    # "within 250 m of either side of the pipeline centreline"
    r"|\s*(?:of|from|on)\s+(?:either|each|both)\s+sides?\s+of\b"
    # "to a distance of 20 km from it on each side": from the zone just named
    r"|\s*(?:from|of|beyond)\s+(?:it|them|its\s+edges?|its\s+limits?)\s*,?\s+(?:on\s+)?(?:either|each|both)\s+"
    r"sides?\b"
    r"|\s*(?:back\s+)?(?:on\s+)?(?:either|each|both)\s+side\b"
    r"|\s*(?:per|a)\s+side\b"
    # "twelve kilometres for each of us", "3 km to each of the two parties": each side's share
    r"|\s*,?\s*(?:for|to|from)\s+each\s+of\s+(?:us|them|you|the\s+(?:two\s+)?(?:sides|parties|"
    r"countries|states|armies|forces|belligerents))\b"
    r"|\s*each\b(?=\s+(?:from|back|behind|away)\b|\s*(?:[.;]|,\s|$))"
    r"|\s*(?:in\s+)?(?:each|either|both)\s+directions?\b"
    # "reaches 20 km into each country"
    r"|\s*(?:-?\s*deep\s+)?(?:into|inside|in|within)\s+(?:each|either|both)\s+(?:of\s+the\s+\w+\s+)?"
    r"(?:country|countries|country's|side|sides|state|states|party|parties|party's|territory|"
    r"territories)\b"
    # "10 km into the territory of each party", "on the soil of either state"
    # ("25 km into the airspace of each Party", "into the waters of either state")
    r"|\s*(?:-?\s*deep\s+)?(?:into|inside|in|within|on)\s+the\s+(?:territory|territories|soil|land|"
    r"airspace|(?:territorial\s+)?waters)\s+"
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

# "Each side's zone runs 1.5 miles inland", "each party's half measures 3.5 km": each side's own
_OWN_ZONE = re.compile(
    rf"\beach\s+(?:side|party|country|state|army)'s\s+(?:[\w'-]+\s+)?(?:{ZONE_NOUN}|half|share|"
    r"part|portion)\b",
    _I,
)

# "1,000 yards ahead of and astern of the cable ship", "2 km upstream and downstream of the
# dam", "within 150 metres upstream or downstream of the mouth": the same reach both ways
# along one line
_BOTH_WAYS = re.compile(
    r"\s*(?:ahead\s+(?:of\s+)?and\s+astern|astern\s+(?:of\s+)?and\s+ahead|"
    r"up(?:stream|river)\s+(?:of\s+)?(?:and|or)\s+down(?:stream|river)|"
    r"down(?:stream|river)\s+(?:of\s+)?(?:and|or)\s+up(?:stream|river))\s+of\b"
    # "a clear zone of 3 metres in front of and behind the seats"
    r"|\s*(?:in\s+front\s+of\s+and\s+behind|behind\s+and\s+in\s+front\s+of)\b"
    # "a gap of 1 metre from any parking bay in front of it and behind it"
    r"|[^.;:\d]{0,50}?\b(?:in\s+front\s+of\s+(?:it|them)\s+and\s+behind\s+(?:it|them)|"
    r"behind\s+(?:it|them)\s+and\s+in\s+front\s+of\s+(?:it|them))\b",
    _I,
)

# "800 metres on the Arlenian bank": one named side's width (each side's, when the other side
# is given its own)
_AFTER_NAMED_SIDE = re.compile(r"\s*on\s+the\s+(?-i:[A-Z])[\w'-]+\s+(?:side|bank|shore)\b", _I)

_AFTER_ONE_SIDE = re.compile(
    r"\bon\s+(?:the|their|its|our)\s+(?:[\w'-]+\s+){0,2}?side\b"
    # "12 km on the northern bank only"
    r"|\bon\s+(?:the|their|its|our)\s+(?:[\w'-]+\s+){0,2}?(?:bank|shore)\s+(?:only|alone)\b"
    # "A 10 KM ZONE ON VARNA SIDE ONLY": one party's side, the article left out
    r"|\bon\s+[\w'-]+\s+(?:side|bank|shore)\s+(?:only|alone)\b"
    r"|\b(?:inside|into)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:territory|side|(?-i:[A-Z])[\w'-]+)\b",
    _I,
)

_LATER_PER_SIDE = re.compile(
    r"\b(?:on|to|from|along)\s+(?:either|each|both)\s+(?:sides?|banks?)\b|\b(?:either|each)\s+side\s+of\b"
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

_BEFORE_EACH_SIDE = re.compile(
    r"\b(?:each|both|either|neither|the\s+two)\s+"
    r"(?:of\s+the\s+)?(?:two\s+)?(?:sides?|parties|party|armies|army|"
    r"forces?|belligerents|states?|countries|country|governments?|nations?|powers?|flags?|"
    r"navies|navy|fleets?)\b[^.;]{0,80}?\b(?:withdr[ae]w\w*|pull\w*|mov\w*|retreat\w*|redeploy\w*|"
    r"retir\w*|disengag\w*|"
    r"fall\w*|keep\w*|kept|remain\w*|stay\w*|stand\w*|stood|halt\w*|hold\w*|step\w*|draw\w*|"
    r"(?:shall|must|will|are\s+to|is\s+to)\s+be|"
    r"approach\w*|fl(?:y|ies|ights?)|enter\w*|come|comes|venture\w*|"
    r"station\w*|deploy\w*|plac\w*|maintain\w*|"
    # "neither side may build defence works within 150 yards of the border on its own side"
    r"build\w*|built|construct\w*|erect\w*|dig|digs|digging|dug|patrol\w*|position\w*)\b|\b(?:mutual(?:ly)?|reciprocal(?:ly)?)\s+(?:withdr\w*|pull\w*)"
    # "Red and Blue forces will each pull back"
    r"|\beach\s+(?:withdr\w*|pull\w*|mov\w*|retreat\w*|fall\w*|keep\w*|stay\w*|remain\w*)\b"
    r"|\b(?:kept|held|withdrawn|pulled\s+back|moved\s+back)\s+(?:\w+\s+){0,3}?by\s+(?:each|both|"
    r"either)\s+(?:of\s+the\s+)?(?:sides?|part(?:y|ies))\b",
    _I,
)

# "from each side of the structure": every side of a building, a reach all round it
_SIDES_OF_A_BUILDING = re.compile(
    r"\s+of\s+(?:the|a|an|any|each|every|their|its|your)\s+(?:[\w'-]+\s+){0,2}?(?:structures?|"
    r"buildings?|houses?|homes?|dwellings?|residences?|cabins?|barns?|sheds?|tanks?|huts?)\b",
    _I,
)

_DIR_REF = re.compile(rf"\s*(?:to\s+the\s+)?({_DIR})\s+(?:of|from)\s+(?:the\s+)?([\w'-]+)", _I)

# "two restricted areas, each 30 km wide"
_EACH_OF_TWO = re.compile(
    rf"\b(?:two|both)\s+(?:[\w'-]+\s+)?{ZONE_NOUN},?\s+each\s+(?:of\s+them\s+)?$", _I
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


def _per_side_pair(m: re.Match) -> bool:
    d1, d2 = m.groupdict().get("d1"), m.groupdict().get("d2")
    if not d1:
        return True
    a, b = re.match(r"[a-z]+", d1.lower()).group(), re.match(r"[a-z]+", d2.lower()).group()
    return _OPPOSITE.get(a) == b


# "wide" or "deep" between a figure and the sides it says of itself
_WIDE_WORD = re.compile(r"(?:\s+(?:wide|deep|broad|in\s+width|in\s+depth)\b)?")


def a_depth_on_both_sides(f: Figure) -> None:
    """Reads a depth as each side's when its clause says "on both sides" ("to a depth of 5 km")."""
    # "on both sides of the line, to a depth of 5 km": the depth is each side's
    # (not the sides of a later figure of the clause: "within 1 km of either crack ..., and
    # vehicles must keep a margin of 200 metres on each side of the marked line")
    stop = f.c_stop
    # ("within 50 m of the midstream boundary, that is 50 metres on either side": the same
    # figure said again)
    between = f.sentence[f.m_end : f.next_start]
    # ("300 metres beyond the target line and 25 metres on either side": the first figure says
    # itself where it is counted from, however near the next one is)
    own_anchor = re.search(
        r"\b(?:beyond|behind|past|from|off|north|south|east|west|upstream|downstream|inland)\b",
        between,
        _I,
    )
    if (
        f.m_end < f.next_start < stop
        and (f.m_end + 30 < f.next_start or own_anchor)
        and not re.search(r"\b(?:that\s+is|i\.\s?e\.|namely|in\s+other\s+words)\W*$", between, _I)
    ):
        stop = f.next_start
    start = f.c_start
    # ("a strip of 1 km on each side of the line, and ... an inner cordon of 250 yards around
    # the crater": the sides the figure before said of itself)
    if (
        0 < f.prev_end < f.m_start
        and f.prev_end >= f.c_start
        and (
            own := _AFTER_PER_SIDE.match(
                f.sentence,
                # ("a strip 50 metres wide on either side of the pipeline")
                f.prev_end + len(_WIDE_WORD.match(f.sentence, f.prev_end).group()),
            )
        )
    ):
        start = own.end()
    whole_clause = f.sentence[start:stop]
    if (
        f.semantics == "depth"
        and re.search(
            r"\b(?:on|to|into|in)\s+(?:both|each|either)\s+sides?\b"
            r"|\b(?:into|in)\s+each\s+(?:party|side|country)'s\b",
            whole_clause,
            _I,
        )
        and not re.search(r"\b(?:own|respective)\s+(?:\w+\s+)?lines?\b", whole_clause, _I)
        # "50 metres on either side of any dwelling": all round a building, still a depth
        and not re.search(r"\bsides?" + _SIDES_OF_A_BUILDING.pattern, whole_clause, _I)
    ):
        side = re.search(
            r"\b(?:on|to|into|in)\s+(?:both|each|either)\s+sides?\b|\beach\s+\w+'s\b",
            whole_clause,
            _I,
        )
        f.semantics, f.decided = "per_side", side.group() if side else f.decided
    elif (
        f.semantics == "depth"
        and (own_side := _OWN_SIDE_OF_ONE_LINE.search(whole_clause))
        and _EACH_PARTY.search(f.sentence[: f.m_start])
    ):
        # "Each state shall clear a belt five versts deep on its own side of the frontier":
        # each party's strip on its side of one common line
        f.semantics, f.decided = "per_side", own_side.group()


# "on its own side of the frontier": one side of a line the parties share
_OWN_SIDE_OF_ONE_LINE = re.compile(
    rf"\bon\s+(?:(?:its|their|his|her)\s+)?own\s+side\s+of\s+(?:the\s+)?(?:common\s+)?{_BORDER}\b",
    _I,
)
# each of the parties: "Each state", "both sides", "either party"
_EACH_PARTY = re.compile(
    r"\b(?:each|both|either)\s+(?:of\s+the\s+(?:two\s+)?)?(?:sides?|part(?:y|ies)|states?|"
    r"countr(?:y|ies)|governments?|armies|army|forces?|belligerents?|nations?|republics?)\b",
    _I,
)


def a_depth_answered_on_the_other_side(f: Figure) -> None:
    """Reads a depth as each side's when the other direction is named too ("east of it")."""
    # "one runs west of the berm, the other lies 5 to 35 km east of it": the two sides
    if f.semantics == "depth" and f.decided and (d := _DIR_REF.match(f.decided)):
        base = re.match(r"[a-z]+", d.group(1).lower()).group()
        others = f.sentence[: f.m_start] + " " + f.sentence[f.m_end + len(f.decided) :]
        # "4 km to the north of the Orm; ... 6 km to the south of it"
        ref = d.group(2)
        ref = r"[\w'-]+" if ref.lower() in ("it", "them") else rf"(?:{re.escape(ref)}|it|them)"
        if re.search(
            rf"\b{_OPPOSITE[base]}\w*\s+(?:of|from)\s+(?:the\s+)?{ref}\b"
            rf"|\bto\s+(?:its|their|the)\s+{_OPPOSITE[base]}\w*\b(?!\s+(?:of|from)\b)",
            others,
            _I,
        ):
            f.semantics = "per_side"
