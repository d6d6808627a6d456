"""Kinds of wording behind the misses of field-holdout-414 to -417.

- "A buffer zone shall surround each camp. It shall extend 5 km from the outer edge of the camp":
  a zone named in the sentence before, its reach out from a thing.
- "has considered the hon. Member's proposal of a half-mile setback and has decided against it",
  "A proposal for corridors 10 nautical miles wide was considered during the negotiations and not
  adopted", a written question turned down in the answer's second paragraph: refused.
- "goes from four hundred metres on each side in the wadi beds up to three kilometres on each
  side": one width on each side that varies along the ground.
- "their missiles, which reach about forty kilometres": a weapon's reach after a comma.
"""

from __future__ import annotations

from claimrows import MI, NMI, RJ, D, P, S, T, U, rounded, rows_test, widths

ZONE_BEFORE_IT = [
    (
        "A buffer zone shall surround each camp. It shall extend 5 km from the outer edge of the "
        "camp, and no armed forces may enter it.",
        [(5, 5, D, S)],
    ),
    # "It" with no zone before it is not read from the zone
    (
        "The camp was moved last year. It lies 5 km from the outer edge of the town.",
        [],
    ),
]

REFUSED = [
    (
        "New housing may not be built within 250 metres of the retention dikes. The Department "
        "has considered the hon. Member's proposal of a half-mile setback and has decided "
        "against it.",
        [(0.25, 0.25, D, S), (0.5 * MI, 0.5 * MI, U, RJ)],
    ),
    (
        "A proposal for corridors 10 nautical miles wide was considered during the negotiations "
        "and not adopted.",
        [(10 * NMI, 10 * NMI, T, RJ)],
    ),
    (
        "Written Answers\n\nQuestion 3308, Ms Petra Lindqvar (Saltenby South): To ask the "
        "Minister for Transport whether he will extend Noise Zone 1 at Saltenby Airport to 3 km "
        "either side of the extended runway centreline.\n\n"
        "Answer, Mr Oskar Dahlberg, Minister for Transport: Under the Noise Order 2009, Noise "
        "Zone 1 covers land within 1 km either side of the extended centreline.\n\n"
        "Crane Hill lies outside both zones. The Government has considered the 3 km proposal and "
        "has decided not to adopt it.",
        [(3, 3, P, RJ), (1, 1, P, S), (3, 3, P, RJ)],
    ),
]

VARIES_EACH_SIDE = [
    (
        "That cleared strip goes from four hundred metres on each side in the wadi beds up to "
        "three kilometres on each side on the open plain.",
        [(0.4, 3, P, S)],
    ),
]

WEAPON_AFTER_A_COMMA = [
    (
        "MINISTER: We could not accept that zone; it would have put our frigates inside the "
        "range of their missiles, which reach about forty kilometres.",
        [],
    ),
]

test_zone_before_it = rows_test(ZONE_BEFORE_IT, widths, rounded)
test_refused = rows_test(REFUSED, widths, rounded)
test_varies_each_side = rows_test(VARIES_EACH_SIDE, widths, rounded)
test_weapon_after_a_comma = rows_test(WEAPON_AFTER_A_COMMA, widths, rounded)
