"""Kinds of wording behind the misses of the fourteenth blind set, each in new phrasings.

Like ``test_claims_kinds_13.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
zone drawn around what it protects, a rule keeping a distance from something
that is not a line, a radius named as what a zone is, a request cut "to the"
figure set out elsewhere, a figure named as the one a newer rule replaced, a
proposal that "fell away", a rule fronted by its radius, a law against coming
within a distance of something, a law a court "struck down", a reach "from
each point of" what a zone surrounds) and not one sentence.
"""

from __future__ import annotations

from claimrows import (
    DR,
    FT,
    MI,
    NMI,
    RJ,
    SU,
    YD,
    D,
    P,
    S,
    U,
    references,
    report_deadlines,
    rounded,
    routes,
    rows_test,
    width_rows,
    widths,
)

"""A foot, in km."""

KINDS = {
    "a zone drawn around what it protects: 'a zone of 150 metres around every school'": [
        (
            "The council has drawn a protest-free zone of 150 metres around every school in the "
            "borough.",
            [(0.15, 0.15, D, S)],
        ),
        (
            "A 300-metre exclusion area now applies automatically around each wind turbine under "
            "construction.",
            [(0.3, 0.3, D, S)],
        ),
        (
            "A safety zone of 60 metres around each rig is permanently closed to shipping.",
            [(0.06, 0.06, D, S)],
        ),
    ],
    "a rule keeping a distance from something that is not a line": [
        (
            "Drones are banned inside the restricted zone within 3 km of any prison.",
            [(3, 3, D, S)],
        ),
        (
            "Fishing boats may not enter the closed zone within 2 nautical miles of the spawning "
            "grounds.",
            [(2 * NMI, 2 * NMI, D, S)],
        ),
    ],
    "a radius named as what a zone is: 'an evacuation radius', 'the area had been a radius'": [
        (
            "The fire brigade set a 500-metre exclusion radius after the gas leak.",
            [(0.5, 0.5, D, S)],
        ),
        (
            "The restricted area had been a 3-mile radius since the spring.",
            [(3 * MI, 3 * MI, D, S)],
        ),
        (
            "Police imposed a 250-metre cordon radius while the device was examined.",
            [(0.25, 0.25, D, S)],
        ),
    ],
    "a request cut 'to the' figure named elsewhere: the first one superseded": [
        (
            "The army first asked for a 2-kilometre evacuation radius around the shell. After a "
            "closer look it cut its request to the 600 m set out in the closure notice for the "
            "zone.",
            [(2, 2, D, SU), (0.6, 0.6, D, S)],
        ),
        (
            "The harbour master first proposed a 5 km exclusion radius around the wreck. He later "
            "reduced his request to the 2 km shown on the chart of the closed area.",
            [(5, 5, D, SU), (2, 2, D, S)],
        ),
    ],
    "a figure named as the one a newer rule replaced: 'replaces the old zone of', 'until then'": [
        (
            "The decree replaces the old buffer zone of 2 km along the canal with a wider one.",
            [(2, 2, U, SU)],
        ),
        (
            "Before that the exclusion zone had been a 4-mile radius around the plant.",
            [(4 * MI, 4 * MI, D, SU)],
        ),
        (
            "Until now the closed area was a 10-kilometre strip along the coast; from May it "
            "doubles.",
            [(10, 10, U, SU)],
        ),
    ],
    "a proposal named by its figure that 'fell away' or 'fell by the wayside': dropped": [
        (
            "The mediator floated 6 km on each side. The 6-kilometre plan fell by the wayside "
            "when the talks resumed.",
            # the plan named again by its figure is the per-side plan before it
            [(6, 6, P, DR), (6, 6, P, DR)],
        ),
        ("The 4 km proposal fell away once the rebels withdrew.", [(4, 4, U, DR)]),
    ],
    "a rule to keep a distance 'away from' something: 'keep at least 1,000 yards away from'": [
        (
            "From June, kayakers will have to keep at least 200 metres away from the nesting seals "
            "on Skarv Island.",
            [(0.2, 0.2, D, S)],
        ),
        (
            "Drivers must stay 50 yards away from the herd while it crosses.",
            [(50 * YD, 50 * YD, D, S)],
        ),
    ],
    "(not this kind) a distance 'away' that is where a thing was": [
        ("The gun was fired from 20 km away.", []),
    ],
    "a rule fronted by the radius it holds in: 'WITHIN 12 NM NO VESSEL MAY ENTER'": [
        ("WITHIN 6 NM NO AIRCRAFT SHALL DESCEND BELOW 2000 FT.", [(6 * NMI, 6 * NMI, D, S)]),
        (
            "Within 300 metres, no boat may anchor without the harbour master's leave.",
            [(0.3, 0.3, D, S)],
        ),
    ],
    "a law against coming within a distance of something: 'nobody could approach within'": [
        (
            "Under the ordinance nobody may approach within 15 feet of a polling station to "
            "canvass voters.",
            [(15 * FT, 15 * FT, D, S)],
        ),
        (
            "The statute made it an offence to loiter within 50 metres of a school gate.",
            [(0.05, 0.05, D, S)],
        ),
    ],
    "a court that 'struck down' the law setting the distance: rejected": [
        (
            "Last year the appeals court struck down a city rule that made it a crime to picket "
            "within 20 feet of a vaccination site.",
            [(20 * FT, 20 * FT, D, RJ)],
        ),
    ],
    "a zone's reach 'from each point of' what it surrounds": [
        (
            "A closed zone extends 300 metres from each point of the wreck's hull.",
            [(0.3, 0.3, D, S)],
        ),
        (
            "The security zone may reach 200 metres from every point of the tanker's outer hull.",
            [(0.2, 0.2, D, S)],
        ),
    ],
    "a half written 'one-half' after 'and': '1.5 (one and one-half) kilometres'": [
        (
            "Each side shall pull its troops back 2.5 (two and one-half) kilometres from the "
            "ceasefire line.",
            [(2.5, 2.5, P, S)],
        ),
        (
            "The guns must stay one and one-half miles behind the armistice line.",
            [(1.5 * MI, 1.5 * MI, D, S)],
        ),
    ],
    "a zone's reach in some sectors: 'to 10 km in the south-west sector'": [
        (
            "The danger zone now reaches 6 km in the southern and western sectors.",
            [(6, 6, D, S)],
        ),
        (
            "The no-go zone runs to 4 miles in the north-east quadrant.",
            [(4 * MI, 4 * MI, D, S)],
        ),
    ],
    "a measure a court finds not called for: 'does not consider that ... is required'": [
        (
            "The Court does not consider that a buffer zone of 15 kilometres on the eastern side "
            "alone is necessary to protect the villages.",
            [(15, 15, D, RJ)],
        ),
        (
            "The commission did not find that a pull-back of 3 km from the canal was justified.",
            [(3, 3, D, RJ)],
        ),
    ],
    "the same zone's reach elsewhere, told by 'it': 'In the lowlands it goes to 5 kilometres'": [
        (
            "On the plain the closed zone runs 4 km back from the coast. In the dunes it goes to "
            "7 km.",
            [(4, 4, D, S), (7, 7, D, S)],
        ),
        (
            "On the plain the closed zone runs 4 km back from the coast. In the dunes it reaches "
            "to 7 km.",
            [(4, 4, D, S), (7, 7, D, S)],
        ),
    ],
    "(not this kind) a zone around a line says no side": [
        ("A 7 km buffer zone runs around the frontier posts.", [(7, 7, U, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


REFERENCES = [
    (
        "The council has drawn a protest-free zone of 150 metres around every school in the "
        "borough.",
        ["school"],
    ),
    (
        "A buffer area of 100 metres around a chapel on Vell Street was ordered in 2021.",
        ["chapel on Vell Street"],
    ),
    (
        "Fishing boats may not enter the closed zone within 2 nautical miles of the spawning "
        "grounds.",
        ["spawning grounds"],
    ),
    ("Drones are banned inside the restricted zone within 3 km of any prison.", ["prison"]),
    ("A closed zone extends 300 metres from each point of the wreck's hull.", ["wreck's hull"]),
]

test_references = rows_test(REFERENCES, references)


# an hour before the day: a rule's start or end, a duty or a service from an hour of a day
DEADLINES = [
    (
        "Orsa, 3 May 2025\n\nThe decree takes effect at 18:00 on 9 May 2025.\n",
        [("2025-05-09", None)],
    ),
    (
        "Orsa, 3 May 2025\n\nThe field kitchen will be open in the school yard from 07:30 on "
        "Saturday.\n",
        [("2025-05-10", None)],
    ),
    (
        "Orsa, 3 May 2025\n\nShops in the cordon must stay shut from 10:00 on Friday until "
        "further notice.\n",
        [("2025-05-09", None)],
    ),
    (
        "Orsa, 3 May 2025\n\nThe closure expires once the dam is inspected and in any case at "
        "20:00 on 12 May 2025.\n",
        [("2025-05-12", None)],
    ),
]

test_deadlines = rows_test(DEADLINES, report_deadlines)


# a tram or bus line from one stop to another; a ferry's "run" between two places, one of them
# named with a day's name
ROUTES = [
    ("Bus route 7 from Harlen to the Old Market is diverted.", [("Harlen", "Old Market")]),
    (
        "Tram line 12 from Vesby to the University Hospital runs every ten minutes.",
        [("Vesby", "University Hospital")],
    ),
    ("Crews on the Lummi-Orcas Island run report heavy fog.", [("Lummi", "Orcas Island")]),
    ("Boats on the Kessel-Sunday Bay run carry tourists in summer.", [("Kessel", "Sunday Bay")]),
]

test_routes = rows_test(ROUTES, routes)
