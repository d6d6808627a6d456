"""What a figure measures when no cue right by it says: the wording around it decides, in order."""

from __future__ import annotations

import re

from .figure import NOT_A_WIDTH, Figure
from .outward import SEA_LIMIT
from .radii import _AROUND_THING, AROUND_A_NAME, AROUND_THING
from .sides import (
    _AFTER_ONE_SIDE,
    _BANK,
    _LATER_PER_SIDE,
    _OWN_LINES,
    _OWN_ZONE,
    _bank_side,
    _mirrored,
    _per_side_pair,
)
from .zonewords import _DIR, _I, _ZONE, CHANGE, MOVE_NOUN, ZONE_NOUN, _ws

Reading = tuple[str, str | None]
"""What a figure measures and the words that decided."""

# "extended their fishing zones to 200 nautical miles from their coasts": each state's own coast
_FROM_COASTS = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:from|off)\s+(?:their|its|the)\s+(?:[\w'-]+\s+)?"
    r"(?:coasts?|coastlines?|shores?|baselines?)\b",
    _I,
)


# "of the Line of Contact", "of the median line", "of the Line": a line two sides share
# (not a border, reached from one side, nor a side's own line)
_COMMON_LINE_AFTER = re.compile(
    # (not a shoreline, "the mean high-water line": land lies on one side of it)
    r"\s*of\s+the\s+(?!(?:[\w'-]+\s+)?(?:border|frontier|boundary|own|forward|front)\b)"
    r"(?!(?:[\w'-]+\s+){0,2}?(?:high|low)[- ]water\b"
    r"|(?:[\w'-]+\s+){0,2}?(?:shore|tide|coast)\s*-?line)"
    r"(?:[\w'-]+\s+){0,2}?(?:line|LoC)\b(?:\s+of\s+(?:contact|separation|control|disengagement|"
    r"demarcation))?",
    _I,
)


# each side's own line or coast right after the figure: "from its coast", "from their own
# shores", "from each side's own forward line"
_FROM_ITS_OWN = re.compile(
    r"\s*(?:back\s+|out\s+|away\s+)?from\s+(?:its|their|each\s+(?:side|party|state)'s)\s+"
    r"(?:own\s+)?(?:forward\s+|present\s+)?(?:coasts?|shores?|coastlines?|baselines?|lines?|"
    r"positions?|banks?)\b",
    _I,
)


# people on the two sides of a dispute, not the sides of a line: "nobody on either side"
_PEOPLE_BEFORE = re.compile(
    r"\b(?:nobody|no\s+one|anyone|anybody|everyone|everybody|people|officials|leaders|"
    r"politicians|negotiators|diplomats|hardliners|families|voices|many|few|those)\s+$",
    _I,
)


def _each_side_by_its_words(f: Figure) -> Reading | None:
    """Each side's width by the words around the figure ("on both sides", "each party's half")."""
    later = _LATER_PER_SIDE.search(f.clause_after[:120])
    if later and _PEOPLE_BEFORE.search(f.clause_after[: later.start()]):
        # "asked for 10, which nobody on either side took up": the parties, not the zone
        later = None
    if later and re.match(r"\s*'s\s+own\b", f.clause_after[later.end() :]):
        # "back 25 km from each side's own forward line": each from its own line
        later = None
    each = f.each_before
    if later and _per_side_pair(later):
        return "per_side", later.group()
    elif own_zone := _OWN_ZONE.search(f.clause_before):
        return "per_side", own_zone.group()
    elif (bank := _BANK.match(f.after)) and len(
        {_bank_side(b) for b in _BANK.finditer(f.sentence)}
    ) > 1:
        if _mirrored(f.sentence, f.m_start, f.m_end) and any(
            b.start() < f.m_start for b in _BANK.finditer(f.sentence)
        ):
            # "ours a kilometre from our bank": the same figure again for the other bank
            return NOT_A_WIDTH
        return "per_side", bank.group()
    elif (
        each
        and not (f.adjectival or re.search(rf"\b{ZONE_NOUN}\s*$", f.lead_core, _I))
        # "behind their own lines": each from its own line is a depth (as on the Golan)
        and not (f.weak is not None and _OWN_LINES.search(f.after[: f.weak.end() + 25]))
        # "each side keeps a fishing zone extending 35 nautical miles from its coast"
        and not _FROM_ITS_OWN.match(f.after)
    ):
        return "per_side", each.group()
    elif (
        f.weak is not None
        and re.search(r"\bwithin\s+$", f.near_before, _I)
        and (common := _COMMON_LINE_AFTER.match(f.after))
    ):
        # "No Party shall deploy ... within 30 km of the Line of Contact", "no flights within
        # 20 nm of the line": a reach from the line the two sides share, on both its sides
        return "per_side", common.group().strip()
    elif f.weak is not None and (
        by_each := re.match(
            r"\s*by\s+(?:both|each|either)\s+(?:of\s+the\s+)?(?:sides?|parties|party|armies)\b",
            f.after[f.weak.end() :],
            _I,
        )
    ):
        # "kept 20 km back from the line by both parties"
        return "per_side", f.weak.group() + by_each.group()
    return None


def _one_side_or_a_reach(f: Figure) -> Reading | None:
    """A reach from a line, on one side ("south of the line", "on their side")."""
    if f.full_again:
        # "widening again to the full 3 miles north of the light": where it is that wide,
        # not a side; the figure named before tells what it measures (read in the document)
        return "unspecified", f.full_again.group().strip()
    elif f.weak is not None:
        return "depth", f.weak.group()
    elif m := _AFTER_ONE_SIDE.search(f.clause_after[:120]):
        return "depth", m.group()
    elif f.adjectival and (
        m := re.match(
            # "a 20 nm exclusion zone south of the line", "a 25 km withdrawal by Dunholt
            # alone", "a 5-km pull-back on one side only": one side's zone or move
            rf"\s*(?:(?:to\s+the\s+)?{_DIR}\s+(?:of|from)\b|(?:by|for)\s+(?:the\s+)?"
            r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:alone|only)\b|on\s+(?:one|our|their|its)\s+"
            r"(?:\w+\s+)?side\s+only\b)",
            f.after[f.adjectival.end() :],
            _I,
        )
    ):
        return "depth", f.adjectival.group() + m.group()
    return None


def _a_move_back(f: Figure) -> Reading | None:
    """A move back before the figure, by one side or each ("withdraw 10 km by each army")."""
    if (
        f.withdraw_before
        and not f.zone_before
        and not f.adjectival
        # "clear mines from the 600-metre marsh section": a figure used as an adjective names
        # a thing; it is not how far something moves
        and not (
            (
                re.search(
                    r"-\s*(?:km|kilomet|mile|met|yard|nautical)",
                    f.sentence[f.m_start : f.m_end],
                    _I,
                )
                or re.search(r"\bthe\s+$", f.sentence[: f.m_start], _I)
            )
            # ("withdrawal to the eight-kilometre line": the line at that distance)
            and re.match(r"\s+(?:[\w'-]+\s+){0,2}?(?:sections?|stretch\w*|lines?)\b", f.after, _I)
        )
    ):
        # "moved back one and a half kilometres by each army"
        if by_each := re.match(
            r"\s*by\s+(?:each|both|either)\s+(?:of\s+the\s+)?(?:sides?|parties|party|armies|army)\b",
            f.after,
            _I,
        ):
            return "per_side", f.withdraw_before.group() + " " + by_each.group()
        # "a both-sides pullback of six miles", "a two-sided withdrawal of 3 km": each side's
        if both := re.search(
            rf"\b(?:both|two)[\s-]+(?:sides?|sided)\s+(?:[\w'-]+\s+)?{MOVE_NOUN}\s+(?:of\s+)?"
            r"(?:(?:some|about|around|roughly)\s+)?$",
            f.clause_before,
            _I,
        ):
            return "per_side", both.group().strip()
        return "depth", f.withdraw_before.group()
    return None


def _a_move_noun(f: Figure) -> Reading | None:
    """A move noun the figure qualifies, by each side or in all ("a 10-km pullback by each")."""
    if (
        f.adjectival
        and re.search(rf"{MOVE_NOUN}\W*$", f.adjectival.group(), _I)
        and (
            both := re.search(
                r"\b(?:both|each|the\s+two)\s+(?:sides|side|parties|party|armies|army)\b"
                r"[^.;]{0,40}?\b(?:agree\w*|accept\w*|carr\w+\s+out|make|made|complet\w*|"
                r"begin|began|start\w*|will|shall|must)\b",
                f.clause_before,
                _I,
            )
        )
    ):
        # "Both sides agreed to a 4-km pull-back": each side's move back
        return "per_side", both.group() + " " + f.adjectival.group().strip()
    elif f.adjectival and (
        m := re.match(
            r"\s*(?:by|for|on\s+the\s+part\s+of)\s+(?:each|both|either)\s+(?:of\s+the\s+)?"
            r"(?:two\s+)?(?:sides?|parties|party|armies|army|forces)\b",
            f.after[f.adjectival.end() :],
            _I,
        )
    ):
        # "a 10-km pullback by each side"
        return "per_side", f.adjectival.group() + m.group()
    elif f.adjectival and (
        m := re.match(
            # "a sixteen-kilometre separation zone in all": the noun after a move noun too
            rf"\s*(?:{ZONE_NOUN}\s+)?(?:in\s+all(?!\s+directions)|in\s+total|altogether|"
            r"all\s+told|overall)\b",
            f.after[f.adjectival.end() :],
            _I,
        )
    ):
        return "total", m.group()
    return None


def _an_answer_a_comparison_or_a_result(f: Figure) -> Reading | None:
    """An answer, a comparison, a result or sides named first ("the resulting strip")."""
    if f.asked:
        wide = f.asked.group(1).lower() in ("wide", "broad")
        return ("total" if wide else "depth"), f.asked.group().strip()
    elif f.comparative:
        deep = re.search(r"deeper|shallower", f.comparative.group(), _I)
        return ("depth" if deep else "total"), f.comparative.group().strip()
    elif result := re.search(
        # "RESULTING BUFFER 4 KM", "the resulting strip is some 2 miles": what the sides'
        # widths make together
        rf"\bresulting\s+(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\s+(?:(?:of|is|was|will\s+be|"
        rf"would\s+be|measures|:)\s+)?(?:(?:only|just|about|some|roughly|around|nearly)\s+)?$",
        f.lead,
        _I,
    ):
        return "total", result.group().strip()
    elif fronted := re.match(
        # "On both sides of the border, the zone extends 10 km"
        r"\W*(?:on|to)\s+(?:both|either|each)\s+sides?\s+of\s+[^,;.]{1,60},",
        f.sentence[: f.m_start],
        _I,
    ):
        return "per_side", fronted.group()
    return None


def _a_changed_figure(f: Figure) -> Reading | None:
    """A changed figure: as the one it changed, off coasts, for zones ("reduced the figure to")."""
    if f.changed and (
        re.search(
            r"\b(?:the|its|their|our|his|her|this|that)\s+(?:\w+\s+)?(?:figure|demand|proposal|"
            r"offer|request|number|distance)\s+(?:\w+\s+){0,2}?to(?:\s+the)?\s*$",
            f.lead,
            _I,
        )
        # "(it was 2 km deep, though in places) it was pushed out to 4 km": the zone named
        # before, changed
        or re.search(
            r"\b(?:it|they)\s+(?:was|were|is|are|(?:had|has|have|would|will|could)\s+been?)\s+"
            rf"(?:\w+\s+)?{CHANGE}\s+(?:back\s+|out\s+|down\s+|up\s+)?to\s*$",
            f.lead,
            _I,
        )
    ):
        # "their second paper reduced the figure to 20 km": the figure it changed
        # measured something; the new one measures the same (read in the document)
        return "unspecified", "as the figure it changed"
    elif f.changed and (coasts := _FROM_COASTS.match(f.after)):
        # "extended their fishing zones to 200 nautical miles from their coasts": each
        # state's zone out to sea from its own coast
        return "depth", coasts.group().strip()
    elif f.changed and (
        plural := re.search(
            r"\b(?:the|both|their|its)\s+(?:two\s+)?(?:[\w'-]+\s+)?(?:zones|belts|strips|buffers|"
            r"areas)\s+to\s*$",
            f.lead,
            _I,
        )
    ):
        # "to extend the restricted zones to 20 km": the zones of a line, one on each side
        return "per_side", plural.group()
    return None


# "(20 nm) around the nesting sites": what the reach is drawn about, right after the figure
_AROUND_RIGHT_AFTER = re.compile(
    r"\s*(?!(?:a?round)\s+(?:(?:the\s+)?(?:noon|midnight|dawn|dusk|midday|then|now|time)\b|\d))"
    + AROUND_THING,
    _I,
)


def _off_a_coast_or_widened(f: Figure) -> Reading | None:
    """A zone off a coast, or a zone widened or narrowed ("widen the strip to 3 km")."""
    if off_coast := re.search(
        # "widen the fishing zone off the Gaza Strip to 15 nautical miles", "the exclusion
        # area off Cape Rell is 8 km": a zone at sea off a coast reaches out from it
        rf"\b{ZONE_NOUN}\s+off\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?"
        r"(?:to|is|was|at|of|will\s+be|would\s+be|shall\s+be)\s+"
        r"(?:(?:only|just|about|some|roughly|around|nearly)\s+)?$",
        f.wide_before,
        _I,
    ):
        return "depth", off_coast.group()
    elif f.changed and re.search(
        # "two days after they had reduced it to 300 metres": the zone named before, changed
        # (not "suggested widening it to 3 km", a change only talked of)
        rf"{CHANGE}(?<!ing)\s+(?:it|them)\s+(?:back\s+|out\s+|down\s+)?to\s*$",
        f.wide_before,
        _I,
    ):
        return "unspecified", "as the figure it changed"
    elif f.changed and (
        around := re.match(
            rf"\s*-?\s*(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\s+(?:a)?round\s+(?:the|a|an|its|each)\b",
            f.after,
            _I,
        )
    ):
        # "we widened that to a one-mile evacuation zone around the site": the new zone's own
        # words say it reaches out around a thing
        return "depth", _ws(around.group())
    elif f.changed and re.search(r"\b(?:widen|narrow|broaden)", f.lead + " " + f.wide_before, _I):
        # "to widen the strip to 3 km", "the zone shall narrow to 2 km": a width; but
        # "suggested widening it to 3 km", a change only talked of, leaves open what the
        # figure measures (the sets' convention)
        talked = re.search(
            r"\b(?:widening|broadening|narrowing)\s+(?:it|them|(?:the|this|that|its)\s+"
            r"(?:\w+\s+){0,2}?\w+)\s+to\s*$",
            f.wide_before,
            _I,
        )
        decided = f.changed.group()
        # "The zone extends 200 metres inward from the line. New rules widen it to 2 km":
        # the zone named before, changed; its figure measures what that one did
        if not talked and re.search(
            r"\b(?:widen|narrow|broaden)(?:s|ed)?\s+(?:it|them)\s+to\b",
            f.lead + " " + f.wide_before,
            _I,
        ):
            return "unspecified", "as the figure it changed"
        # "a belt that would widen to 20 nm around the nesting sites": a reach about things
        # (not "around noon", a time)
        if not talked and (
            around := _AROUND_RIGHT_AFTER.match(f.after) or AROUND_A_NAME.match(f.after)
        ):
            return "depth", _ws(decided + " " + around.group())
        # "The exclusion zone around the crater was widened from 4 km to 6 km", "the radius
        # was widened to 3 km": a zone about a thing grows in its reach
        if not talked and (
            about := re.search(
                rf"\b(?:{ZONE_NOUN}\s+(?:a?round|surrounding|encircling)\s+(?:the\s+|its\s+)?"
                r"(?:[\w'-]+\s+){0,3}?|radius\b[^.;]{0,60}?)"
                r"(?:is|was|were|has\s+been|had\s+been|will\s+be)?\s*"
                rf"{CHANGE}",
                f.wide_before,
                _I,
            )
        ):
            return "depth", _ws(about.group())
        return ("unspecified" if talked else "total"), decided
    return None


# "many states settled on three nautical miles", "Norway claimed four": what states claimed
_STATES_CLAIMED = re.compile(
    r"\b(?:states?|countries|nations|governments?|powers)\s+(?:\w+\s+)?(?:claimed|claim|"
    r"settled\s+on|adopted|kept\s+to|held\s+to|insisted\s+on)\s+(?:(?:only|just|some)\s+)?$",
    _I,
)


def _a_sea_states_claimed(f: Figure) -> Reading | None:
    """The sea states claimed off their coasts ("many states settled on three nautical miles")."""
    # ("the width of coastal waters had been argued over": a sea a state claims off its coast)
    if (m := _STATES_CLAIMED.search(f.lead)) and SEA_LIMIT.search(
        f.context[-300:] + " " + f.sentence
    ):
        return "depth", m.group()
    return None


def _what_the_sides_keep_or_make(f: Figure) -> Reading | None:
    """Each side's own zone, or what the sides' widths make ("giving a neutral belt of")."""
    if f.adjectival and (
        own_zone := re.search(
            # "both sides will keep a 7-km strip"
            r"\b(?:each|both|either)\s+(?:sides?|part(?:y|ies)|countr(?:y|ies)|states?|armies|army)\s+"
            r"(?:will\s+|shall\s+|would\s+|is\s+to\s+|are\s+to\s+)?"
            r"(?:ha(?:ve|s)|gets?|keeps?|maintains?|holds?)\s+(?:a|an|its\s+own|their\s+own)\s+$",
            f.near_before,
            _I,
        )
    ):
        # "each side will have a 5 km zone"
        return "per_side", own_zone.group()
    elif f.prev_end > 0 and (
        result := re.search(
            # "800 yards into each country, giving a neutral belt of nearly a mile",
            # "3 km to the west and 3 km to the east, creating a 6 km buffer": what the sides'
            # widths make together
            rf"\b(?:giv|creat|form|mak|produc|leav|yield)(?:e|es|ed|ing|s)?\s+(?:a|an)\s+"
            rf"(?:(?:[\w'-]+\s+){{0,2}}?{ZONE_NOUN}\s+(?:of\s+)?)?$",
            f.lead,
            _I,
        )
    ):
        # (only after a figure of the same sentence: "to create a zone of 50 km" alone
        # says nothing of the sides)
        return "total", result.group()
    return None


def _what_a_zone_surrounds_or_separates(f: Figure) -> Reading | None:
    """What a zone surrounds or separates ("around each clinic", "divides the two armies")."""
    if f.adjectival and (
        around := re.match(
            # "a 65-foot safety zone around all boom and response vessels", "the 20-km
            # evacuation zone around the plant": a reach out from what it surrounds
            r"\s*(?:zones?\s+|areas?\s+)?(?:(?:which|that)\s+\w+\s+|(?:(?:was|is|were|are|has\s+been|"
            r"have\s+been|will\s+be|must\s+be|shall\s+be)\s+)?(?:declared|set\s+up|established|imposed|"
            # ("A 150-foot buffer is required around each CEF")
            r"drawn|required|kept|maintained|left)\s+)?"
            r"(?:a?round|surrounding|encircling)\s+(?!(?:the\s+)?(?:clock|world|country|"
            r"region|area|globe)\b)",
            f.after[f.adjectival.end() :],
            _I,
        )
    ):
        return "depth", f.adjectival.group() + around.group()
    elif f.adjectival and (
        measured := re.match(
            # "a 200-metre no-swim buffer, measured from the outfall head": a reach from a thing
            r"\s*,?\s*(?:measured|counted|reckoned|taken)\s+(?:out(?:wards?)?\s+)?from\s+"
            r"(?:the|its|their|each|any|every|a|an)\s",
            f.after[f.adjectival.end() :],
            _I,
        )
    ):
        return "depth", _ws(f.adjectival.group() + measured.group())
    elif (
        around_first := re.match(
            # "Around it, aircraft may not enter a buffer of 60 nautical miles": the clause
            # opens with what the zone it names surrounds
            r"\s*(?:[A-Z]+:\s*)?(?:a?round|surrounding|encircling)\s+(?:it|them|the\s+[\w'-]+|"
            r"(?-i:[A-Z])[\w'-]+)\s*,",
            f.sentence[: f.m_start],
            _I,
        )
    ) and (zone_of := re.search(rf"\b{ZONE_NOUN}\s+of\s+$", f.lead, _I)):
        return "depth", _ws(around_first.group() + " " + zone_of.group())
    elif separation := re.search(
        # "a zone of separation of at least 600 metres": the gap between the two forces
        r"\b(?:zones?|areas?|belts?|strips?)\s+of\s+separation\s+(?:of\s+)?$",
        f.lead,
        _I,
    ):
        return "total", separation.group()
    elif divides := re.search(
        # "a no-man's-land of 800 metres now divides the two armies"
        r"\b(?:divid|separat)(?:es|ed|ing|e)\s+(?:the\s+)?(?:two\s+|opposing\s+|rival\s+)?"
        r"(?:armies|forces|sides|lines|parties|positions|troops)\b",
        f.clause_after[:80],
        _I,
    ):
        return "total", divides.group()
    elif (
        sector := re.match(
            # "the zone was pushed out to 8 km, and to 10 km in the north-northeast and
            # southeast sectors": a zone's reach in some directions from its centre
            r"\s*(?:in|into|to|towards?|for)\s+(?:the|its|their)\s+(?:[\w'-]+,?\s+){0,8}?"
            r"(?:sectors?|quadrants?)\b",
            f.after,
            _I,
        )
    ) and _ZONE.search(f.sentence):
        return "depth", _ws(sector.group())
    elif (
        surrounds := _AROUND_THING.match(f.clause_after)
        # "a zone of 50 km (100 li) surrounding the Bay of Kiautschou", "a zone of 100 km
        # around Moscow": a reach out from a place known by its name
        or AROUND_A_NAME.match(f.clause_after)
    ) and _ZONE.search(f.sentence):
        # "a zone of 100 metres around each clinic", "a 500-metre zone comes into being
        # around every installation": a reach out from what it surrounds
        return "depth", _ws(surrounds.group("around"))
    return None


# the words after a zone's figure that set it on one side of a thing: "a 150 m buffer from all
# dwellings", "a buffer of 500 yards to be kept clear outside the fence", "a cleared strip of
# roughly 30 yards inside the wire", "a protection margin of 5 metres measured back from the
# edge of the lawn", "a 1.5-metre protection zone in front of the scaffold" (not "a 30 km
# corridor from Saraqib to Latakia", a stretch between places)
_BY_A_THING = re.compile(
    r",?\s*(?:(?:to\s+be|is|are|must\s+be|shall\s+be|be)\s+(?:kept|left|maintained)\s+"
    r"(?:clear\s+|free\s+|open\s+)?)?(?:(?:measured|counted)\s+)?(?:back\s+)?"
    r"(?P<by>from|outside|inside|in\s+front\s+of|behind|below|above|beyond|(?:up|down)stream\s+of|"
    r"(?:up|down)slope\s+of)\s+(?:the|all|any|each|every|its|their|"
    r"his|her|our|a|an)\b(?![^.;:]{0,60}?\bto\s+(?-i:[A-Z]))(?:\s+(?!(?:and|or|but)\b)[\w'-]+){0,2}",
    _I,
)


def _a_zone_by_a_thing(f: Figure) -> Reading | None:
    """A zone named with its figure, set on one side of a thing ("a 150 m buffer from all
    dwellings", "a strip of 30 yards inside the wire"): a reach from that thing."""
    if f.adjectival:
        rest = f.after[f.adjectival.end() :]
        words = f.adjectival.group()
    elif re.search(
        rf"\b{ZONE_NOUN}\s+of\s+(?:(?:at\s+least|about|some|roughly|around|up\s+to)\s+)?$",
        f.lead,
        _I,
    ):
        rest, words = f.after, ""
    else:
        return None
    by = _BY_A_THING.match(rest)
    return ("depth", _ws(words + by.group())) if by else None


_FALLBACKS = (
    _each_side_by_its_words,
    _one_side_or_a_reach,
    _a_move_back,
    _a_move_noun,
    _an_answer_a_comparison_or_a_result,
    _a_changed_figure,
    _off_a_coast_or_widened,
    _a_sea_states_claimed,
    _what_the_sides_keep_or_make,
    _what_a_zone_surrounds_or_separates,
    _a_zone_by_a_thing,
)
"""The fallback rules, in order: the first that reads the figure wins."""


def what_the_words_around_say(f: Figure) -> bool:
    """Reads what a figure no cue right by it read measures, from the wording around it."""
    if f.semantics is not None:
        return False
    for rule in _FALLBACKS:
        found = rule(f)
        if found is NOT_A_WIDTH:
            return True
        if found is not None:
            f.semantics, f.decided = found
            return False
    f.semantics = "unspecified"
    return False
