"""A figure counted out from one thing is a depth; one kept on both sides of a line is not.

Each kind is a wording the reader read as ``unspecified`` (or not at all)
before :mod:`geozone.claims.outward` and the rule keeping things back from
a thing: limits at sea, counted from a coast; a zone put around a thing; a
cordon or an evacuation zone, drawn around a point by its nature; rules
keeping things "up to", "less than" or "closer than" a distance from a
thing. The gold of the field sets labels these ``depth`` (43 of 44 limits
at sea, every cordon). Look-alikes keep what they were: a figure from a
common line, a figure kept on both banks, a limit named by its miles with
no sea about it, a place's distance from another.
"""

from __future__ import annotations

from claimrows import (
    FT,
    MI,
    NMI,
    YD,
    D,
    P,
    S,
    T,
    U,
    references,
    rounded,
    rows_test,
    width_rows,
    widths,
)

KINDS = {
    "a limit at sea, counted seaward from the coast": [
        (
            "In 1964 the republic pushed its territorial waters out to twelve nautical miles.",
            [(12 * NMI, 12 * NMI, D, S)],
        ),
        (
            "A contiguous zone of 24 nautical miles was proclaimed the same year.",
            [(24 * NMI, 24 * NMI, D, S)],
        ),
        (
            # the limits at sea are reckoned in nautical miles (numbers.at_sea)
            "Trawlers were shut out of a 12-mile fishery zone around the archipelago.",
            [(12 * NMI, 12 * NMI, D, S)],
        ),
        (
            "Ships fishing in the bay stayed outside the three-mile limit.",
            [(3 * NMI, 3 * NMI, D, S)],
        ),
        # look-alike: a limit named by its miles, with nothing of the sea about it
        ("The twelve-mile limit was extended by the treaty.", [(12 * MI, 12 * MI, U, S)]),
    ],
    "counted from one thing that is not a line the parties share": [
        (
            "The decree claims an exclusive zone of 200 nautical miles from its coasts.",
            [(200 * NMI, 200 * NMI, D, S)],
        ),
        # look-alike: from a line named by its proper name, as read before
        (
            "Each side keeps its guns 15 km from the Tessel Line.",
            [(15, 15, P, S)],
        ),
    ],
    "a zone put around a thing, then sized": [
        (
            "The exclusion zone around the refinery was extended to 4 km on Friday.",
            [(4, 4, D, S)],
        ),
        (
            "The safety zone round the old mine shaft was set at 800 metres.",
            [(0.8, 0.8, D, S)],
        ),
    ],
    "a zone drawn around a point by its nature": [
        ("Officers threw a 250-metre cordon across the square.", [(0.25, 0.25, D, S)]),
        (
            "The inspectors drew emergency planning zones of 5 to 30 kilometres.",
            [(5, 30, D, S)],
        ),
        (
            "Building is forbidden inside a half-mile perimeter of the depot.",
            [(0.5 * MI, 0.5 * MI, D, S)],
        ),
        # look-alike: a strip is no zone about a point
        ("A 3-km strip was cleared of mines.", [(3, 3, U, S)]),
    ],
    "a rule keeping things back up to, less than or closer than a distance": [
        (
            "Shooting is prohibited up to 150 yards from any occupied house.",
            [(150 * YD, 150 * YD, D, S)],
        ),
        (
            "No shed is permitted closer than 40 metres to the well head.",
            [(0.04, 0.04, D, S)],
        ),
        (
            "Slurry may not be spread less than 50 feet from a watercourse's spring.",
            [(50 * FT, 50 * FT, D, S)],
        ),
        (
            "New pig farms must be set back 1,500 feet from schools and clinics.",
            [(1500 * FT, 1500 * FT, D, S)],
        ),
        # look-alikes: kept on both banks of a river (one per-side width); where a place lies
        (
            "Armed patrols must stay at least 3 km from the Orvel on both banks.",
            [(3, 3, P, S)],
        ),
        ("The farm lies less than 50 feet from the spring.", []),
        ("The orchard lies up to 300 yards from the manor.", []),
    ],
    "a zone's size set or fixed at a figure": [
        ("The safety zone was later fixed at 2 km.", [(2, 2, U, S)]),
        # look-alike: where a place was set is no zone
        ("The village was set at 800 metres from the road.", []),
    ],
    "a total beside them is still a total": [
        (
            "The cordon around the embassy, 400 metres wide, was lifted at noon.",
            [(0.4, 0.4, T, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


REFERENCES = [
    # a border in the text's own word
    ("Heavy guns stay 20 km back from the frontier on both sides.", ["frontier"]),
    ("Each party keeps 3 km from the boundary.", ["boundary"]),
    # each bank of a river named after it, a telex's capitals in ordinary letters
    ("N0 GUNS WITHIN 4OO YARDS 0N EITHER BANK 0F THE VESNA.", ["Vesna"]),
    ("No patrols within 300 metres on each bank of the Tarn river.", ["Tarn river"]),
    # "THE RIVER ON EITHER BANK": "ON" is no river's name
    ("TROOPS TO STAY WITHIN 8 KM 0F THE RIVER 0N EITHER BANK.", ["river"]),
]


test_references = rows_test(REFERENCES, references)
