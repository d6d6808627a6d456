"""A refused figure only asked for or offered keeps no measure the report did not give it.

The reader gave such figures the measure of the zone they were offered
for, from the report's other widths or from the learned models; the field
conventions keep them ``unspecified`` (:mod:`geozone.claims.asked`).
Look-alikes keep their reading: a change of the zone that was in force
before it was replaced, a figure whose own words say how it lies, and one
the report keeps. (A change only asked for and refused, "asked that it be
cut back to two kilometres", is put forward bare too: tests/test_claims_given_up.py.)
"""

from __future__ import annotations

from claimrows import NMI, YD, D, P, S, U, rounded, rows_test, width_rows, widths

MI = 1.609344

KINDS = {
    "a refused figure asked for or offered bare": [
        (
            "Drones may not fly within 3 km of the stadium. The club then asked us for two "
            "kilometres, which we refused.",
            [(3, 3, D, S), (2, 2, U, "rejected")],
        ),
        (
            "The exclusion reaches 5 km from the well. On Wednesday the coastguard argued for "
            "ten kilometres; that was refused.",
            [(5, 5, D, S), (10, 10, U, "rejected")],
        ),
        (
            "Vessels must keep 2 nautical miles from the platform. Their opening paper asked "
            "for 50 nautical miles, which we rejected.",
            [(2 * NMI, 2 * NMI, D, S), (50 * NMI, 50 * NMI, U, "rejected")],
        ),
        (
            "Protests are banned within 150 metres of the Assembly. The interior ministry had "
            "originally wanted half a mile, which the cabinet refused.",
            [(0.15, 0.15, D, S), (MI / 2, MI / 2, U, "rejected")],
        ),
        (
            "No turbine may stand within 500 metres of a dwelling. We then put one and a half "
            "kilometres on the table; that too was rejected.",
            [(0.5, 0.5, D, S), (1.5, 1.5, U, "rejected")],
        ),
        (
            "Fishing is closed within 4 km of the reef. The operator asked that the reef be "
            "closed with a buffer of 10 km; the Ministry refused this.",
            [(4, 4, D, S), (10, 10, U, "rejected")],
        ),
        (
            "No spraying within 1 km of a hive. The farmers' federation offered five hundred "
            "metres, which we could not accept either.",
            [(1, 1, D, S), (0.5, 0.5, U, "rejected")],
        ),
        (
            "Boats must keep to 5 knots within 100 yards of the pontoons. The jet-ski firms "
            "wanted us down to 50 yards, which we refused.",
            [(100 * YD, 100 * YD, D, S), (50 * YD, 50 * YD, U, "rejected")],
        ),
        (
            "No spraying within 1 km of a hive. Our own draft in January said two kilometres; "
            "that has now been replaced.",
            [(1, 1, D, S), (2, 2, U, "superseded")],
        ),
        (
            "Boats must stay 150 m from any dolphin. Operators had asked for a limit of 50 "
            "metres; the council refused.",
            [(0.15, 0.15, D, S), (0.05, 0.05, U, "rejected")],
        ),
        (
            "The respondent must stay 100 yards from her home. The petitioner asked for a "
            "distance of 500 yards, which the Court refused.",
            [(100 * YD, 100 * YD, D, S), (500 * YD, 500 * YD, U, "rejected")],
        ),
        (
            "Demolition will clear homes within 1 km of the depot. The municipality could not "
            "accept three kilometres, because it would have emptied the town.",
            [(1, 1, D, S), (3, 3, U, "rejected")],
        ),
        (
            "The strip is 4 km deep on the southern side. Their counter-offer of 2 km was "
            "withdrawn.",
            [(4, 4, D, S), (2, 2, U, "dropped")],
        ),
    ],
    "look-alikes: the zone changed in force, its measure told, a figure kept": [
        (
            "The exclusion reaches 5 km from the well. On Wednesday the fire officer widened it "
            "to 8 km; yesterday the county replaced that with a radius of 6 km.",
            [(5, 5, D, "superseded"), (8, 8, D, "superseded"), (6, 6, D, S)],
        ),
        (
            "Drones may not fly within 3 km of the stadium. The club asked for a radius of two "
            "kilometres, which we refused.",
            [(3, 3, D, S), (2, 2, D, "rejected")],
        ),
        (
            "Each side withdraws 10 km from the line. They offered two miles on each side, "
            "which we turned down.",
            [(10, 10, P, S), (2 * MI, 2 * MI, P, "rejected")],
        ),
        (
            "Drones may not fly within 5 km of an airport. Pilots' unions called for 8 km.",
            [(5, 5, D, S), (8, 8, D, S)],
        ),
        (
            "Turbines must stand 1 km from homes. The parish had asked for a minimum distance of "
            "2 km between turbines and homes, which was refused.",
            [(1, 1, D, S), (2, 2, D, "rejected")],
        ),
        (
            "Boats must keep to 5 knots within 100 yards of the pontoons. Our first draft said "
            "300 yards from the pontoons, which the clubs refused.",
            [(100 * YD, 100 * YD, D, S), (300 * YD, 300 * YD, D, "rejected")],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
