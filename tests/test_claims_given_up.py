"""A figure put forward and given up keeps only the measure its own words give it.

The field conventions (tests/reports/field-README.md, from field-holdout-364 on) read a
figure only put forward in talks and then refused, dropped or superseded as ``unspecified``
unless its own words say how it is measured, and a later mention that names it back as
the measure an earlier mention gave in its own words, or none.

- Put forward in the sentence before it, in words other than a verb right before the
  figure: "The operator's request to reduce the zone to 300 metres was refused", "Our
  first recommendation was 30 kilometres", "asked for the red zone to be cut to 300
  metres", "proposed that the cordon be widened to 1,000 yards".
- Put forward by the words after it: "the five-mile strip recommended by the Defence
  Force", "put 20 kilometres to public consultation".
- Named back: "Thirty kilometres was never workable" after a bare 30 km recommendation
  stays unspecified; "ten kilometres would have emptied the pastures" after "wanted 10
  kilometres north and south of the river" is per side; "12 miles would have shut down
  the fleet" after "a ban reaching 12 nautical miles from the coast" is a depth.
- Look-alikes keep their reading: a figure put forward with its own measure ("a radius of
  40 kilometres", "within 1 km of the boundary"), and a zone in force that was replaced.
"""

from __future__ import annotations

from claimrows import NMI, YD, D, P, S, U, rounded, rows_test, width_rows, widths

MI = 1.609344

KINDS = {
    "put forward in the sentence before the figure": [
        (
            "Since the blowout the site has been surrounded by an exclusion zone of 800 metres "
            "from the wellhead. The operator's request to reduce the zone to 300 metres was "
            "refused by the Chief Inspector.",
            [(0.8, 0.8, D, S), (0.3, 0.3, U, "rejected")],
        ),
        (
            "What we adopted today is an evacuation zone with a radius of 12 kilometres around "
            "the plant. The Safety Authority's first recommendation was 30 kilometres; we did "
            "not accept it.",
            [(12, 12, D, S), (30, 30, U, "rejected")],
        ),
        (
            "A red zone covers everyone within 800 metres of the foot of the slide. The mayor "
            "had asked for the red zone to be cut to 300 metres; the canton refused.",
            [(0.8, 0.8, D, S), (0.3, 0.3, U, "rejected")],
        ),
        (
            "The police had set a cordon of 200 yards around the tip boundary. Cllr Pell "
            "proposed that the cordon be widened to 1,000 yards. The motion fell.",
            [(200 * YD, 200 * YD, D, S), (1000 * YD, 1000 * YD, U, "rejected")],
        ),
    ],
    "put forward by the words after the figure": [
        (
            "The strip will run 150 metres back from the river. Cabinet did not accept the "
            "five-mile strip recommended by the Defence Force.",
            [(0.15, 0.15, D, S), (5 * MI, 5 * MI, U, "rejected")],
        ),
    ],
    "named back to a figure given up": [
        (
            "The zone reaches 12 kilometres around the plant. The Authority's first "
            "recommendation was 30 kilometres; we did not accept it.\n\nQUESTION: Why not?\n\n"
            "MINISTER: Thirty kilometres was never workable.",
            [(12, 12, D, S), (30, 30, U, "rejected"), (30, 30, U, "rejected")],
        ),
        (
            "Our troops stay 4 kilometres south of the river and theirs 4 kilometres north of "
            "it. The Bressinger side wanted 10 kilometres north and south of the river. We "
            "turned that down; ten kilometres would have emptied the summer pastures.",
            [(4, 4, P, S), (10, 10, P, "rejected"), (10, 10, P, "rejected")],
        ),
        (
            "The Government has banned set nets within four nautical miles of the shore. "
            "Conservation groups had pressed for a ban reaching 12 nautical miles from the "
            "coast. The Minister said 12 miles would have shut down the inshore fleet, and the "
            "proposal was rejected.",
            [
                (4 * NMI, 4 * NMI, D, S),
                (12 * NMI, 12 * NMI, D, "rejected"),
                (12 * NMI, 12 * NMI, D, "rejected"),
            ],
        ),
    ],
    "look-alikes: its own measure, a zone in force": [
        (
            "We have set up a control zone of 25 kilometres around the place where the fox was "
            "found. Originally we were planning a radius of 40 kilometres, but we dropped that "
            "plan.",
            [(25, 25, D, S), (40, 40, D, "dropped")],
        ),
        (
            "No housing may be built within 500 metres of the works. Officers had first "
            "proposed that no new housing be permitted within 1 km of the boundary; the "
            "committee refused.",
            [(0.5, 0.5, D, S), (1, 1, D, "rejected")],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
