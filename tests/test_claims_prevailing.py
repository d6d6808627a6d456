"""A bare figure in a report of depths is a depth; where a rule puts a thing is a radius about it.

Two kinds of wording that new reports kept bringing and the reader left
unspecified or did not read at all:

- in a report whose widths are mostly depths (setback rules, limits at
  sea, danger areas), a later figure named bare ("raising the minimum to
  700 metres", "many states settled on three nautical miles") measures
  what the report's widths measure (:mod:`geozone.claims.prevailing`);
- a rule's distance from a thing, said by where the rule puts the thing
  ("Turbines must stand 500 metres from homes") or by the distance's own
  noun ("The minimum distance from homes is now 700 metres").

Look-alikes keep what they were: bare figures in a report whose widths
lie on both sides of a line, a report with no width that says what it
measures, where a place lies. A figure that names its own zone is left
to the semantics model (:mod:`geozone.claims.learned_semantics`).
"""

from __future__ import annotations

from claimrows import FT, NMI, D, P, S, T, U, rounded, rows_test, width_rows, widths

from geozone.claims import document

KINDS = {
    "a bare figure in a report whose widths are mostly depths": [
        (
            "Spraying is banned within 20 metres of a school. In 2019 many farmers settled on "
            "five metres.",
            [(0.02, 0.02, D, S), (0.005, 0.005, D, S)],
        ),
        (
            "Spraying is banned within 20 metres of a school. Farm unions floated five metres "
            "instead.",
            [(0.02, 0.02, D, S), (0.005, 0.005, D, "proposed")],
        ),
        (
            "Fishing is banned within 12 nautical miles of the coast. Before the war many states "
            "settled on three nautical miles.",
            [(12 * NMI, 12 * NMI, D, S), (3 * NMI, 3 * NMI, D, S)],
        ),
        # look-alike: a report whose widths lie on both sides of a line
        (
            "Each side withdraws 10 km from the line of contact; the zone is 20 km wide in all. "
            "The mediators floated 15 kilometres instead.",
            [(10, 10, P, S), (20, 20, T, S), (15, 15, U, "proposed")],
        ),
    ],
    "a bare figure put forward after a rule's distance": [
        (
            "Drones may not fly within 5 km of an airport. Pilots' unions called for 8 km.",
            [(5, 5, D, S), (8, 8, D, S)],
        ),
        (
            "Drones may not fly within 5 km of an airport. The ministry said it was considering "
            "8 km.",
            [(5, 5, D, S), (8, 8, D, S)],
        ),
        (
            "No building is allowed within 50 metres of the shore. In some districts the council "
            "allows 30 metres.",
            [(0.05, 0.05, D, S), (0.03, 0.03, D, S)],
        ),
        # look-alike: a distance with nothing put forward
        (
            "Drones may not fly within 5 km of an airport. The airport lies 8 km from the city.",
            [(5, 5, D, S)],
        ),
    ],
    "where a rule puts a thing, a distance from it": [
        ("Turbines must stand 500 metres from homes.", [(0.5, 0.5, D, S)]),
        ("Turbines must be 500 metres away from homes.", [(0.5, 0.5, D, S)]),
        # look-alikes: where a thing is
        ("The town lies 5 km from the airport.", []),
        ("The town is 5 km away from the airport.", []),
        ("The guns must be 30 km away.", []),
    ],
    "a rule's distance named before the figure": [
        ("The minimum distance from homes is now 700 metres.", [(0.7, 0.7, D, S)]),
        ("The separation distance between turbines and homes is 700 metres.", [(0.7, 0.7, D, S)]),
        ("The law sets the distance at 100 feet from the entrance.", [(100 * FT, 100 * FT, D, S)]),
        ("The safe distance from the crater was raised to 2 km.", [(2, 2, D, S)]),
        # look-alikes: how far apart two places are; a distance from a line
        ("The distance from the town to the border is 20 km.", []),
        ("The minimum distance from the line of contact is 20 km.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_a_figure_naming_its_zone_is_not_read_by_the_rule(monkeypatch):
    """ "a five-metre strip" names a zone of its own: the rule leaves it a figure and a noun
    (what the semantics model then reads of it changes as it is trained again)."""
    monkeypatch.setattr(document, "learned_semantics", lambda norm, starts, spans, claims: claims)
    text = "Spraying is banned within 20 metres of a school. Unions settled on a five-metre strip."
    assert widths(text) == [(0.02, 0.02, D, S), (0.005, 0.005, U, S)]
