"""Several mentions of one figure in a report: what one mention says holds for the others.

A report often names a figure more than once: "the Mirelan side put
forward a zone 40 km wide ... the 40 km proposal was rejected ... a 40 km
zone would have emptied our villages". Three rules join such mentions:

- fate: a mention that is only a demand, an offer or a might-have-been
  ("would never accept less than 40 km", "a 40 km zone would have") takes
  the fate another mention of the same figure is given (refused, dropped);
- meaning: a mention that names the zone by its figure ("a 40 km zone",
  "the 150-yard belt") and says nothing of what it measures takes the
  semantics of an earlier mention of the same figure, if they all agree
  on a total or a per-side width (a depth belongs to the side the earlier
  words name, which a bare mention does not);
- sides: a rule measured "from the river" that names no side ("guns shall
  be kept 20 km from the river") is per side when the report has already
  set a per-side zone about the same line; and "10 km into Iraq and 5 km
  into Kuwait" gives each side its own width (two per-side figures).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .learned import LEARNED
from .status import PROPOSAL
from .widths import CHANGE, FULL_AGAIN, MOVE_NOUN, ZONE_NOUN

AGAIN_WORDS = "as the earlier mention of"
"""How ``semantics_words`` begin for a width read as an earlier mention of its figure."""

_MIGHT_HAVE_BEEN = re.compile(
    rf"{PROPOSAL.pattern}|\b(?:would|'d)\s+have\s+(?!been\s+(?:agreed|signed|accepted))\w+"
    # "so five kilometres would mean giving it up": what the figure would do, had it been taken
    # ("5O m would place the bays on the public footway")
    r"|\bwould\s+(?:mean|leave|cut|shut|close|swallow|empty|kill|ruin|wipe|cost|place|put|push|"
    r"block|force|take\s+(?:in|out))\b"
    # "your government was talking about a buffer of 40 km": a figure only spoken of
    r"|\btalk(?:s|ed|ing)?\s+(?:about|of)\b|\bspo(?:ke|ken)\s+(?:about|of)\b"
    # "Norvik's first position was ten miles", "Pellas countered with a mile"
    r"|\b(?:first|opening|initial|original|starting)\s+(?:\w+\s+)?(?:position|bid|figure)\b"
    r"|\bcounter(?:ed|s|ing)?\s+with\b",
    re.I,
)
_IN_FORCE = re.compile(
    r"\b(?:agreed|signed|settled|final|in\s+force|accepted\s+it|both\s+(?:sides|delegations)"
    r"\s+accepted)\b",
    re.I,
)
_NAMES_ZONE = re.compile(
    rf"\s*-?\s*(?:wide\s+|deep\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{ZONE_NOUN}|{MOVE_NOUN}|"
    # "the 600-metre marsh section", "withdrawal to the eight-kilometre line"
    # ("The 12-metre lane is well inside that": a cleared lane named by its width)
    r"sections?|stretch(?:es)?|lines?|lanes?)\b",
    re.I,
)
# "the 30-kilometre demand": a proposal named by its figure (the zone it proposed, when that
# zone was drawn about a line the report names)
_NAMES_PROPOSAL = re.compile(
    r"\s*-?\s*(?:[\w'-]+\s+)?(?:demands?|proposals?|offers?|requests?|figures?)\b", re.I
)
# "the 12-mile limit": the edge of a zone out to sea, named by its figure
_NAMES_LIMIT = re.compile(r"\s*-?\s*(?:[\w'-]+\s+)?limits?\b", re.I)
# "the 5-kilometre radius": a radius named by its figure
_NAMES_RADIUS = re.compile(r"\s*-?\s*(?:[\w'-]+\s+)?(?:radius|radii|circle)\b", re.I)
# a depth out to sea: from a coast or from baselines, always on the sea's side
_OUT_TO_SEA = re.compile(
    # ("the fishing zone off the Gaza Strip to": a zone at sea off a coast)
    r"coast|shore|baseline|low-water|offshore|seaward|out\s+to\s+sea|"
    r"\b(?:zones?|areas?|limits?|waters)\s+off\b",
    re.I,
)


# a proposal gone from the talks, in words that do not say who ended it
_OFF_THE_TABLE = re.compile(
    r"[^.;?!\d]{0,60}?\b(?:(?:off|no\s+longer\s+on|not\s+on)\s+the\s+table|dead)\b", re.I
)


# the words of a depth that name the side it lies on
_INTO_SIDE = re.compile(
    r"\W*(?:-?\s*deep\s+)?(?:inside|into|in|on|behind|back|beyond)\b|.*\b(?:side|territory|own)\b",
    re.I,
)


def same_figure(a: dict, b: dict) -> bool:
    """Whether two widths' fields give the same figure (``min_km`` and ``max_km``, km)."""
    return abs(a["min_km"] - b["min_km"]) < 1e-9 and abs(a["max_km"] - b["max_km"]) < 1e-9


def _same_zone(a: dict, b: dict) -> bool:
    """The same figure measuring the same thing ("20 km wide in total" is not "20 km deep")."""
    sems = {a["semantics"], b["semantics"]} - {"unspecified"}
    return same_figure(a, b) and len(sems) <= 1


# a clause break before a figure: the words of another clause do not put it in force
# ("asked what width had been agreed, and whether they had first asked for 12 miles")
_CLAUSE = re.compile(r";|,\s+(?:and|but|or)\s+|\bwhether\b|\bif\b", re.I)


def _sentence_before(norm: str, pos: int) -> str:
    start = max(norm.rfind(". ", 0, pos), norm.rfind("\n\n", 0, pos), norm.rfind("?", 0, pos))
    return norm[start + 1 : pos]


def _sentence_after(norm: str, pos: int) -> str:
    m = re.search(r"[.?!;]\s|\n\n", norm[pos:])
    return norm[pos : pos + (m.start() if m else 200)]


def join_mentions(norm: str, claims: list, spans: list[tuple[int, int]]) -> list:
    """Width claims with fate and meaning carried between mentions of one figure.

    Parameters
    ----------
    norm : str
        The report's normalised text.
    claims : list of Claim
        The report's width claims, in order.
    spans : list of (int, int)
        Each claim's figure as a span of ``norm``, in the same order.

    Returns
    -------
    list of Claim
        The claims in the same order, some with a new ``status``,
        ``proposal``, ``semantics`` or ``semantics_words``.
    """
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        start, end = spans[i]
        if f["status"] == "rejected":
            # a supersession read from the words around it gives way to a later mention that
            # says outright the figure was refused ("Pellas turned the ten miles down flat")
            later = {
                o.fields.get("proposal")
                for o, (o_start, _) in zip(claims, spans, strict=True)
                if o_start > start
                and o.fields.get("proposal") in ("rejected", "dropped")
                and (o.fields.get("semantics_words") or "").startswith("as the earlier mention")
                and _same_zone(o.fields, f)
            }
            if f.get("proposal") == "superseded" and len(later) == 1:
                out[i] = replace(c, fields={**f, "proposal": later.pop()})
            # "Is the 30-kilometre demand off the table?": gone, but not said by whom; a
            # figure the other side refused before stays refused
            elif (
                f.get("proposal") == "dropped"
                and (_NAMES_ZONE.match(norm, end) or _NAMES_PROPOSAL.match(norm, end))
                and _OFF_THE_TABLE.match(_sentence_after(norm, end))
                and any(
                    o.fields.get("proposal") == "rejected" and _same_zone(o.fields, f)
                    for o, (o_start, _) in zip(claims, spans, strict=True)
                    if o_start < start
                )
            ):
                out[i] = replace(c, fields={**f, "proposal": "rejected"})
            continue
        before = _sentence_before(norm, start)
        clause = [m.end() for m in _CLAUSE.finditer(before)]
        before = before[clause[-1] :] if clause else before
        words = before + " " + _sentence_after(norm, end)
        if not _MIGHT_HAVE_BEEN.search(words) or _IN_FORCE.search(words):
            continue
        fates = {
            o.fields.get("proposal")
            for o in claims
            if o is not c and o.fields["status"] == "rejected" and _same_zone(o.fields, f)
        }
        if len(fates) == 1 and None not in fates:
            out[i] = replace(c, fields={**f, "status": "rejected", "proposal": fates.pop()})
    for i, c in enumerate(out):
        f = c.fields
        start, end = spans[i]
        full = re.search(FULL_AGAIN, norm[max(0, start - 60) : start], re.I)
        proposal = _NAMES_PROPOSAL.match(norm, end) and not _NAMES_ZONE.match(norm, end)
        # "The 5-kilometre radius": a radius named by its figure, read from its words alone
        named_radius = (
            _NAMES_RADIUS.match(norm, end)
            and f["semantics"] == "depth"
            and f.get("semantics_words") == LEARNED
            and "reference" not in f
        )
        # "The 12-metre lane is well inside that": a zone named by its figure, whose semantics
        # only the context model guessed, is read as its earlier mention
        guessed = f.get("semantics_words") == LEARNED and bool(_NAMES_ZONE.match(norm, end))
        if (f["semantics"] != "unspecified" and not named_radius and not guessed) or not (
            _NAMES_ZONE.match(norm, end)
            or _NAMES_LIMIT.match(norm, end)
            or full
            or proposal
            or named_radius
        ):
            continue
        before = [
            o.fields
            for o, (o_start, _) in zip(out, spans, strict=True)
            if o_start < start
            and o.fields["semantics"] != "unspecified"
            and same_figure(o.fields, f)
        ]
        earlier = {o["semantics"] for o in before}
        # "12 nautical miles from the baselines ... the 12-mile limit": a depth out to sea has
        # one side only, so a bare mention names it too
        at_sea = earlier == {"depth"} and all(
            _OUT_TO_SEA.search(f"{o.get('reference') or ''} {o.get('semantics_words') or ''}")
            for o in before
        )
        # "within 10 km of the plant ... the inner 10-km zone": a radius has one side only too
        # ... and so has a zone's reach out from what it is drawn about ("extends 1.5 km from the
        # depot fence ... the 1.5 km zone"), but not a depth into one side's land ("extending
        # 25 km inside Eritrean territory ... the 25-kilometre zone": which side, the bare
        # mention does not say)
        radius = earlier == {"depth"} and all(
            not _INTO_SIDE.match(o.get("semantics_words") or "") for o in before
        )
        # "within the 5 km limit", "the 5 km radius": the edge of a radius named before
        edge = radius and (_NAMES_LIMIT.match(norm, end) or _NAMES_RADIUS.match(norm, end))
        # "stay 12 km from the river on both banks ... The 12-km limit": the edge of a zone
        # on each side of a line, named again
        # (a limit kept away from it: not "a strip of 400 metres on either side ... the 400-metre
        # limit", which may name another rule)
        side_limit = (
            earlier == {"per_side"}
            and _NAMES_LIMIT.match(norm, end)
            and any(
                re.search(
                    r"\b(?:stay|stays|keep|keeps|kept|remain|remains|held)\b[^.;]{0,20}$",
                    norm[max(0, o_start - 40) : o_start],
                    re.I,
                )
                for o, (o_start, _) in zip(out, spans, strict=True)
                if o_start < start
                and o.fields["semantics"] == "per_side"
                and same_figure(o.fields, f)
            )
        )
        if not (at_sea or full or proposal or edge or side_limit or _NAMES_ZONE.match(norm, end)):
            continue
        # "The 500-metre margin": the line of the zone it names again
        lines = {
            o.fields["reference"]
            for o, (o_start, _) in zip(out, spans, strict=True)
            if o_start < start and o.fields.get("reference") and same_figure(o.fields, f)
        }
        if proposal and len(lines) != 1:
            continue
        if len(earlier) == 1 and (earlier <= {"total", "per_side"} or at_sea or radius):
            sem = earlier.pop()
            words = f"{AGAIN_WORDS} {f['value']} {f['unit']}"
            fields = {**f, "semantics": sem, "semantics_words": words}
            # ("the full 3 miles north of the Tarn light": the words after it say where, not
            # what it is measured from)
            if ("reference" not in f or full or radius or proposal) and len(lines) == 1:
                fields["reference"] = lines.pop()
            out[i] = replace(c, fields=fields)
    return _sides(norm, _changed_as_before(norm, out, spans), spans)


# "the exclusion zone will be extended to 2 nautical miles", "to extend the evacuation radius to
# 17 km": a zone's figure changed, the zone named just before it
_ZONE_CHANGED = re.compile(
    rf"\b(?P<noun>(?:[\w'-]+\s+)?(?:{ZONE_NOUN}|radius|rings?))\s+(?:\w+\s+){{0,4}}?{CHANGE}\s+"
    r"(?:\w+\s+){0,2}?to\s+(?:(?:about|some|around|roughly)\s+)?$"
    rf"|{CHANGE}\s+(?:the|its|their|this|that)\s+(?P<noun2>(?:[\w'-]+\s+)?(?:{ZONE_NOUN}|radius|"
    r"rings?))"
    r"\s+(?:\w+\s+){0,2}?to\s+(?:(?:about|some|around|roughly)\s+)?$",
    re.I,
)


def _changed_as_before(norm: str, claims: list, spans: list[tuple[int, int]]) -> list:
    """A zone's figure changed takes what the zone's earlier figures measure, when all of them
    are a reach out from a point ("a radius of 1 nautical mile around the wreck ... the
    exclusion zone will be extended to 2 nautical miles": a radius too, about the wreck)."""
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        # (or a reading the context model gave: "cut the outer ring to 250 yards")
        if f.get("semantics_words") != LEARNED and (
            f["semantics"] != "unspecified" or f.get("semantics_words")
        ):
            continue
        start = spans[i][0]
        m = _ZONE_CHANGED.search(_sentence_before(norm, start)[-120:])
        if m is None:
            continue
        noun = re.sub(r"\s+", " ", (m.group("noun") or m.group("noun2"))).lower()
        head = noun.split()[-1].rstrip("s")
        before = [
            (o.fields, o_start)
            for o, (o_start, _) in zip(out, spans, strict=True)
            if o_start < start and o.fields["status"] != "rejected"
        ]
        # the earlier figures of the same zone, named by the same words; else all earlier ones
        same = [
            o
            for o, o_start in before
            if re.search(rf"\b{re.escape(noun.rstrip('s'))}", _sentence_before(norm, o_start), re.I)
        ] or [o for o, _ in before]
        if not same or not all(
            o["semantics"] == "depth"
            and not _INTO_SIDE.match(o.get("semantics_words") or "")
            and not _OUT_TO_SEA.search(o.get("reference") or "")
            for o in same
        ):
            continue
        fields = {**f, "semantics": "depth", "semantics_words": f"as the {head} changed"}
        points = {o.get("reference") for o in same}
        if len(points) == 1 and None not in points and "reference" not in f:
            fields["reference"] = points.pop()
        out[i] = replace(c, fields=fields)
    return out


_FROM_LINE = re.compile(r"(?:away\s+)?(?:from|of)\s|\s*(?:out|outwards?)\b", re.I)
# the side a depth reaches into: "into Iraq", "inside Ostrian territory", "on the Varn side"
_INTO = re.compile(
    # ("10 miles (16 km) into Arlen": past a conversion in brackets)
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:-?\s*deep\s+)?(?:(?:into|inside)\s+(?:the\s+)?([A-Z][\w'-]+)"
    r"|on\s+the\s+([A-Z][\w'-]+)\s+(?:side|bank))"
)
_SIDE_AFTER = re.compile(
    r"\s*-?\s*(?:wide|deep|broad|across)?\s*(?:(?:from|of|off)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s+)?"
    # "on the Vesk side", "on the northern side", "... and 5 km deep on the southern."
    r"on\s+the\s+(?:(?-i:([A-Z][\w'-]+))\s+(?:side|bank|shore)\b"
    r"|((?:north|south|east|west)(?:ern)?)(?:\s+(?:side|bank|shore)\b|(?=\s*[.;,])))",
    re.I,
)
_SIDE_BEFORE = re.compile(
    r"\b(?:on\s+)?the\s+(?-i:([A-Z][\w'-]+))\s+(?:side|bank|shore)\b(?:(?![.;!?])[^\d]){0,80}$",
    re.I,
)


_OTHER_SIDE_SAME = re.compile(
    r"[;,]\s*(?:while\s+|but\s+|and\s+)?on\s+the\s+(?:other|[A-Z][\w'-]+)\s+(?:side|bank)\b[^.;]{0,40}?"
    r"\b(?:unchanged|remains?|stays?|the\s+same|as\s+before)\b"
)


def _named_side(norm: str, span: tuple[int, int]) -> str | None:
    """The side a figure is given for, named right after it or earlier in its clause."""
    m = _SIDE_AFTER.match(norm, span[1])
    if m is None:
        m = _SIDE_BEFORE.search(norm[max(0, span[0] - 100) : span[0]])
    return (m.group(1) or (m.group(2) if m.re is _SIDE_AFTER else None)) if m else None


# the figure's own words keep it to one side: "between 5 and 12 km from the Contact Line on its
# side only"
_ON_ONE_SIDE = re.compile(
    r"[^.;]{0,60}?\bon\s+(?:its|their|his|her|our|the\s+[A-Z][\w'-]+)\s+(?:own\s+)?side\b", re.I
)
_OWN_SIDE = re.compile(r"\b(?:our|their|its|his|her|own)\b|\b[A-Z][\w'-]+(?:'s|\s+side)\b")


def _line_key(reference: str | None) -> str | None:
    """A line's name without the short form in brackets: "ceasefire line (CFL)" is the
    "ceasefire line"."""
    return re.sub(r"\s*\([^()]*\)$", "", reference).lower() if reference else None


def _sides(norm: str, claims: list, spans: list[tuple[int, int]]) -> list:
    out = list(claims)
    for i, c in enumerate(out):
        f = c.fields
        words = f.get("semantics_words") or ""
        if f["semantics"] != "depth" or not _FROM_LINE.match(words) or not f.get("reference"):
            continue
        start = spans[i][0]
        if _OWN_SIDE.search(_sentence_before(norm, start)) or _ON_ONE_SIDE.match(norm, spans[i][1]):
            continue
        if any(
            o.fields["semantics"] == "per_side"
            and _line_key(o.fields.get("reference")) == _line_key(f["reference"])
            and o.fields["status"] != "rejected"
            and spans[j][0] < start
            for j, o in enumerate(out)
        ):
            said = f"per side, as the zone about the {f['reference']} set earlier"
            out[i] = replace(c, fields={**f, "semantics": "per_side", "semantics_words": said})
    for i, c in enumerate(out):
        # "extends only 500 m on the A side; on the B side it is unchanged": one side's width
        if c.fields["semantics"] == "depth" and _named_side(norm, spans[i]):
            rest = re.split(r"[.!?]\s", norm[spans[i][1] : spans[i][1] + 200], maxsplit=1)[0]
            if _OTHER_SIDE_SAME.search(rest):
                said = f"on the {_named_side(norm, spans[i])} side (the other side as before)"
                fields = {**c.fields, "semantics": "per_side", "semantics_words": said}
                out[i] = replace(c, fields=fields)
    for i in range(len(out) - 1):
        a, b = out[i].fields, out[i + 1].fields
        gap = norm[spans[i][1] : spans[i + 1][0]]
        sa, sb = _named_side(norm, spans[i]), _named_side(norm, spans[i + 1])
        if (
            {a["semantics"], b["semantics"]} <= {"depth", "total", "unspecified"}
            and sa
            and sb
            and sa != sb
            and re.fullmatch(r"(?:(?![.!?]\s)[^\d]){0,160}", gap)
            and re.search(r"\band\b|;", gap)
        ):
            # "20 metres wide on the Feldarian side and 10 metres wide on the Cormainian side",
            # "On the A bank it extends 2 km ...; on the B bank it extends 5 km": one width a side
            for k, side in ((i, sa), (i + 1, sb)):
                said = f"on the {side} side (each side its own width)"
                fields = {**out[k].fields, "semantics": "per_side", "semantics_words": said}
                out[k] = replace(out[k], fields=fields)
            continue
        ma, mb = _INTO.match(norm, spans[i][1]), _INTO.match(norm, spans[i + 1][1])
        gap = norm[spans[i][1] : spans[i + 1][0]]
        if (
            a["semantics"] == b["semantics"] == "depth"
            and ma
            and mb
            and (ma.group(1) or ma.group(2)) != (mb.group(1) or mb.group(2))
            and re.fullmatch(r"[^.;]{0,60}?\band\s+", gap)
        ):
            for k in (i, i + 1):
                fields = {**out[k].fields, "semantics": "per_side"}
                out[k] = replace(out[k], fields=fields)
    return out


__all__ = ["join_mentions"]
