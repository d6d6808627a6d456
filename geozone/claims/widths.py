"""Zone widths stated in a report, and what each width measures (its semantics).

A distance is a width only when the words around it tie it to a zone or a
withdrawal: "a 20-km zone", "the zone would be 15 to 25 km wide", "withdraw
30 km from the border", "2 km on either side of the line". Everything else
with a unit (lengths of a front, weapon ranges, distances that locate a
place, areas, calibres) is left out. What decided each claim is kept.

:func:`read_width` runs the steps of :data:`STEPS` in order (earlier rules
win); each step lives with the wording it reads: :mod:`.notwidths` and
:mod:`.places` (what is not a width), :mod:`.radii`, :mod:`.cues`,
:mod:`.links`, :mod:`.anchors`, :mod:`.fallbacks`, :mod:`.sides`,
:mod:`.outward` and :mod:`.outcomes`. Every step reads and fills one :class:`~.figure.Figure`;
the words several steps share are in :mod:`.zonewords`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import anchors, cues, fallbacks, links, notwidths, outcomes, outward, places, radii, sides
from .figure import Figure, WidthReading, read_clause
from .links import FRAGMENT_AFTER, FRAGMENT_LEAD
from .notwidths import plainly_not_width
from .numbers import Measurement
from .outcomes import _UNDER_A_PLAN as _UNDER_A_PLAN
from .outcomes import fate_of_all, replaced_before
from .radii import AROUND_THING, POINT, point_of, thing_around, thing_of
from .zonewords import _I, CHANGE, FULL_AGAIN, MOVE_NOUN, ZONE_NOUN
from .zonewords import _QUALIFIER as _QUALIFIER

STEPS: tuple[Callable[[Figure], bool | None], ...] = (
    # not widths: names, amounts, areas, heights, speeds (a figure the one before replaced is read)
    notwidths.a_name_an_amount_or_a_height,
    outcomes.replaced_by_the_figure_before,
    notwidths.a_depth_of_water,
    notwidths.how_near_forces_stand,
    # not widths: lengths, ranges, features of the land and sea, trips, where places lie
    radii.words_of_a_reach,
    notwidths.a_length_or_a_range,
    notwidths.a_feature_of_the_land_or_sea,
    notwidths.a_trip,
    notwidths.where_boats_work,
    places.where_a_town_lies,
    places.where_a_numbered_place_lies,
    places.where_a_thing_is_located,
    places.a_place_in_the_zone,
    # radii: a reach about a point or a thing
    read_clause,
    radii.a_radius_about_a_point,
    radii.a_rule_keeping_away,
    radii.both_banks_of_a_line,
    radii.a_reach_from_every_point,
    radii.a_rule_fronted_by_its_radius,
    radii.a_reach_from_a_point,
    radii.a_reach_out_from_a_thing,
    radii.a_reach_a_zone_runs_over,
    radii.a_band_out_from_a_place,
    radii.a_line_set_out_from_a_place,
    # totals, depths, per-side widths: cues right by the figure
    cues.a_cue_right_by_the_figure,
    notwidths.a_length_along_a_line,
    cues.a_line_after_the_figure,
    # what ties the figure to a zone
    links.a_zone_noun_after,
    links.a_zone_before,
    links.a_move_back_before,
    links.a_linking_word,
    places.where_a_thing_sits_within,
    links.a_rule_within_or_a_zone_after,
    links.a_proposal,
    links.an_answer_to_a_question,
    links.zone_talk_or_a_comparison,
    links.a_change,
    links.a_band,
    links.an_event,
    anchors.no_closer_than,
    anchors.set_back_or_clear_of,
    anchors.a_radius_kept_back,
    anchors.across,
    anchors.anchored,
    anchors.not_anchored,
    anchors.the_second_of_a_pair,
    # fallbacks: what the wording around a figure no cue read says it measures
    fallbacks.what_the_words_around_say,
    sides.a_depth_on_both_sides,
    sides.a_depth_answered_on_the_other_side,
    outward.a_reach_out_from_one_thing,
    # stated, proposed, rejected: the reading settled
    outcomes.the_reading,
)
"""The steps of :func:`read_width`, in order: each reads one kind of wording into the
:class:`~.figure.Figure`; the first to return True settles the reading (None: not a width)."""


def read_width(
    sentence: str, m_start: int, m_end: int, prev_end: int, next_start: int, context: str = ""
) -> WidthReading | None:
    """Read one measurement as a zone width, or return None if it is not one.

    Parameters
    ----------
    sentence : str
        The normalised sentence holding the measurement.
    m_start, m_end : int
        The measurement's span within the sentence, after any conversion in
        brackets that follows it.
    prev_end, next_start : int
        Where the previous measurement of the sentence ends and the next one
        starts (0 and ``len(sentence)`` if none): cues are not looked for
        past them.
    context : str
        The text just before the sentence (same paragraph), for figures
        that only a proposal ties to a zone ("a second version that said
        20 km").

    Returns
    -------
    WidthReading or None
    """
    return read_width_step(sentence, m_start, m_end, prev_end, next_start, context)[0]


def read_width_step(
    sentence: str, m_start: int, m_end: int, prev_end: int, next_start: int, context: str = ""
) -> tuple[WidthReading | None, str | None]:
    """:func:`read_width`, and the name of the step of ``STEPS`` that settled it.

    The name is None when no step settled the figure. A figure that is no width
    because a step said what else it is ("a weapon's range") is told apart from one
    that nothing tied to a zone (``not_anchored``): the context model may read only
    the latter (see :mod:`.document`).
    """
    f = Figure.of(sentence, m_start, m_end, prev_end, next_start, context)
    for step in STEPS:
        if step(f):
            return f.reading, step.__name__
    return f.reading, None


# the words that may open a figure's conversion into other units: "(about 8 km)", ", or a little
# over five miles"
CONVERSION_HEDGE = (
    r"(?:about|approximately|approx\.|around|roughly|some|nearly|almost|just\s+over|just\s+under|"
    r"over|more\s+than|less\s+than|or|c\.|ca\.|~|=|a\s+little\s+(?:over|under|more\s+than|"
    r"less\s+than))"
)


def conversion_end(norm: str, m: Measurement, nxt: Measurement | None) -> int | None:
    """End of a conversion of ``m`` into other units that follows it, if ``nxt`` is one.

    "15 to 25 kilometers [about 9 to 15 miles]", "32 km (20 miles)",
    "20 miles, or 32 km,".
    """
    if nxt is None:
        return None
    gap = norm[m.end : nxt.start]
    # "four kilometres (4 km)": the same figure again in digits
    if nxt.unit_code == m.unit_code and not (
        re.fullmatch(r"\s*[(\[]\s*", gap)
        and abs(nxt.low_km - m.low_km) < 1e-9
        and abs(nxt.high_km - m.high_km) < 1e-9
    ):
        return None
    opener = re.fullmatch(
        # ("twenty li of the city - roughly eleven kilometres -": a conversion between dashes)
        rf"\s*(?:[(\[]|,?\s*or|,|\s[-\u2013\u2014]\s)\s*{CONVERSION_HEDGE}?\s*",
        gap,
        _I,
    )
    if not opener:
        return None
    ratio = nxt.high_km / m.high_km if m.high_km else 0
    if not 0.8 < ratio < 1.25:
        return None
    close = re.match(r"\s*-?\s*(?:wide|deep|long)?\s*[)\]]|,", norm[nxt.end :], _I)
    if "(" in gap or "[" in gap:
        return nxt.end + close.end() if close else nxt.end
    if gap.lstrip().startswith(",") and norm[nxt.end : nxt.end + 1] == ",":
        # "stay at least 150 feet, or 50 yards, from seals": the comma closing the aside
        return nxt.end + 1
    return nxt.end


__all__ = [
    "AROUND_THING",
    "CHANGE",
    "CONVERSION_HEDGE",
    "FRAGMENT_AFTER",
    "FRAGMENT_LEAD",
    "FULL_AGAIN",
    "MOVE_NOUN",
    "POINT",
    "STEPS",
    "ZONE_NOUN",
    "WidthReading",
    "conversion_end",
    "fate_of_all",
    "plainly_not_width",
    "point_of",
    "read_width",
    "replaced_before",
    "thing_around",
    "thing_of",
]
