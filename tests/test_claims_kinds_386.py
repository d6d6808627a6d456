"""Kinds of wording behind the misses of field-holdout-386 to -389.

- "... over its whole length of 64 km.\\n4.2 At the request of ...": a numbered clause on the
  next line starts a new sentence after a unit's point, so the next clause's fate ("The draft
  was withdrawn") is not the zone's.
- "no weapon of a calibre greater than 7.62 mm": a calibre named before its figure.
- "The plane shot down by North Korean jets": an aircraft shot down is no proposal refused.
- "back 25 km from each side's own forward line", "each side keeps an exclusive fishing zone
  extending 35 nautical miles from its coast": each side from its own line is a depth.
- "FLOODPLAIN STRIP BETWEEN DIKES, l-3 KM WIDE": an l read for a 1 before a hyphen.
- "that swept channel, about 1,000 yards wide", "The swept channel is 800 yards wide": a
  channel kept open for ships is a zone, not the width of the water.
- "a circle with a diameter of no more than three kilometers": a diameter before its figure.
- "The order closed the shore for about 10 miles either side of the plant": a closure is talk
  of a zone for a figure on each side.
- "kept clear of lines, droppers and anchors": a mussel farm's droppers are no fate.
"""

from __future__ import annotations

from claimrows import DR, MI, NMI, RJ, YD, D, P, S, T, U, rounded, rows_test, widths

from geozone.claims import extract


def by_rule(text: str) -> list[tuple]:
    """The widths a rule reads in ``text`` (not the context model), as ``widths`` gives them."""
    out = []
    for c in extract(text, "t").of_kind("width"):
        f = c.fields
        if not str(f.get("semantics_words") or "").startswith("learned"):
            status = f.get("proposal") or ("rejected" if f["status"] == "rejected" else "stated")
            out.append((round(f["min_km"], 3), round(f["max_km"], 3), f["semantics"], status))
    return out


NUMBERED_CLAUSE = [
    (
        "Article 4 - Demilitarised corridor\n4.1 The corridor extends2 km on each side of the "
        "centre-\nline of the highway, so that the corridor is 4 km wide over its whole length\n"
        "of 64 km.\n4.2 At the request of the Gorvand Party, a draft providing for1 km on each "
        "side\nof the highway was examined and was not accepted. The draft was withdrawn on 3 "
        "June.\n",
        [(2, 2, P, S), (4, 4, T, S), (1, 1, P, DR)],
    ),
]

CALIBRE_BEFORE = [
    (
        "Within the corridor no weapon of a calibre greater than 7.62 mm may be carried. The "
        "strip is 5 km wide.",
        [(5, 5, T, S)],
    ),
]

SHOT_DOWN = [
    (
        "The plane shot down by North Korean jets on Tuesday was under standing orders to "
        "remain at least 50 nautical miles off the coast.",
        [(50 * NMI, 50 * NMI, D, S)],
    ),
    (
        "The zone is 2 km deep. The proposal for a 5 km zone was shot down by the council.",
        [(2, 2, D, S), (5, 5, "unspecified", RJ)],
    ),
]

OWN_LINE = [
    ("VOSS: Artillery goes back 25 km from each side's own forward line.", [(25, 25, D, S)]),
    (
        "Each side keeps an exclusive fishing zone extending 35 nautical miles from its coast.",
        [(35 * NMI, 35 * NMI, D, S)],
    ),
    # one line the two share: each side's
    ("Each side withdraws 5 km from the line of contact.", [(5, 5, P, S)]),
    ("Troops stay 2 km from each side of the road.", [(2, 2, P, S)]),
]

OCR_RANGE = [
    ("WATERFOWL SHOOTING BANNED IN FLOODPLAIN STRIP BETWEEN DIKES, l-3 KM WIDE.", [(1, 3, T, S)]),
]

KEPT_CHANNEL = [
    (
        "Minesweepers kept that swept channel, about 1,000 yards wide, open until the convoy "
        "had passed.",
        [(1000 * YD, 1000 * YD, T, S)],
    ),
    (
        "The swept channel is 800 yards wide and is buoyed at each mile.",
        [(800 * YD, 800 * YD, T, S)],
    ),
    (
        "The navigation channel, some 400 metres wide, stays open to merchant traffic.",
        [(0.4, 0.4, T, S)],
    ),
    # the water's own width or depth stays no width
    ("The river channel, some 400 metres wide, was dredged in 1931.", []),
    ("The channel was 1,000 yards wide at the narrows.", []),
    ("The approach channel is 14 metres deep at low water.", []),
]

DIAMETER_OF = [
    (
        "The exclusion zone is a circle with a diameter of no more than three kilometers.",
        [(3, 3, T, S)],
    ),
    # a built thing's size stays no width
    ("The largest dish has a diameter of 64 m and stands inside the restricted area.", []),
]

CLOSED_EITHER_SIDE = [
    (
        "The order closed the shore for about 10 miles either side of the plant.",
        [(10 * MI, 10 * MI, P, S)],
    ),
    ("The beach was closed for 2 miles on either side of the outfall.", [(2 * MI, 2 * MI, P, S)]),
    (
        "The notice closed the foreshore for 800 yards either side of the sewage outfall.",
        [(800 * YD, 800 * YD, P, S)],
    ),
]

test_numbered_clause = rows_test(NUMBERED_CLAUSE, widths, rounded)
test_calibre_before = rows_test(CALIBRE_BEFORE, widths, rounded)
test_shot_down = rows_test(SHOT_DOWN, widths, rounded)
test_own_line = rows_test(OWN_LINE, widths, rounded)
test_ocr_range = rows_test(OCR_RANGE, widths, rounded)
DROPPERS = [
    (
        "A navigation lane 60 metres wide on each side of the cable route shall be kept clear "
        "of lines, droppers and anchors; taken together the cleared lane is 120 m in width.",
        [(0.06, 0.06, P, S), (0.12, 0.12, T, S)],
    ),
    ("The 2 km zone was dropped in May.", [(2, 2, U, DR)]),
]

test_droppers = rows_test(DROPPERS, widths, rounded)

# read by a rule, not only by the context model
test_kept_channel = rows_test(KEPT_CHANNEL, by_rule, rounded)
test_diameter_of = rows_test(DIAMETER_OF, by_rule, rounded)
test_closed_either_side = rows_test(CLOSED_EITHER_SIDE, by_rule, rounded)
