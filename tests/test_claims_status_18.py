"""Kinds of narrative behind the status misses of the eighteenth blind set.

Like ``test_claims_status_16.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
rule or proposal ended by a verb before the clause that holds its figure, a
proposal whose main verb tells its end past the figures it holds, a figure put
as a question and answered no, a rule named back with a general word and
replaced, a refused figure named again with what it would have done, a refusal
told with an adverb or a figure struck out by someone else, a fate in words set
after the figure that name it again, a quoted figure of earlier drafts split off
its sentence, a telegraphic "CANCELLED AND REPLACED", a replaced figure named
again as never enforced, a request whose figure is refused when named again a
little later, a proposal refused and then taken back, a question put between a
figure and its fate in a transcript) and not one sentence.
Only the fate is checked (a figure's km and status), not what it measures.
The guards are live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, NMI, RJ, SU, S, fated, fates, rows_test, width_rows


def first_fate(text: str) -> list[tuple]:
    """:func:`fates` of the first width read from ``text`` only."""
    return fates(text)[:1]


def last_fate(text: str) -> list[tuple]:
    """:func:`fates` of the last width read from ``text`` only."""
    return fates(text)[-1:]


KINDS = {
    "a rule ended by a verb before the clause that holds its figure": [
        (
            "This order revokes Order No. 12 of 2019, under which the exclusion zone was set at "
            "3 km around the pit.",
            [(3, 3, SU)],
        ),
        (
            "The harbour authority has cancelled Notice 8, which closed waters within 600 metres "
            "of the wreck.",
            [(0.6, 0.6, SU)],
        ),
        (
            "Decree 44 replaces the emergency decree, in which no civilian could come within "
            "1.5 km of the barracks.",
            [(1.5, 1.5, SU)],
        ),
    ],
    "a proposal refused before the clause that would have set its figure": [
        (
            "Voters rejected Measure C, the initiative that would have required a 1,500-foot "
            "setback from homes.",
            [(0.457, 0.457, RJ)],
        ),
        (
            "The assembly has turned down Motion 9, the amendment that would have kept trawlers "
            "8 nautical miles off the coast.",
            [(8 * NMI, 8 * NMI, RJ)],
        ),
    ],
    "a refused figure named again with what it would have done": [
        (
            "Voters rejected Measure C, the initiative that would have required a 1,500-foot "
            "setback from homes. Critics said the 1,500-foot setback would have closed most of "
            "the county to drilling.",
            [(0.457, 0.457, RJ), (0.457, 0.457, RJ)],
        ),
    ],
    "a figure put as a question and answered no": [
        (
            "Ms Varo asked the Minister whether she will extend the firing range danger area to "
            "12 nautical miles.\n\nThe Minister for Defence (Mr Oleg Brant): No. The present area "
            "is enough.",
            [(12 * NMI, 12 * NMI, RJ)],
        ),
        (
            "Reporters asked whether the cordon might be widened to 5 km, as residents had "
            "urged. The police said there was no need for that.",
            [(5, 5, RJ)],
        ),
        (
            "Mr Dunne asked the Secretary whether he will reduce the Kell Point danger area to "
            "3 nautical miles.\n\nThe Secretary (Ms Hale): No, because the guns reach further.",
            [(3 * NMI, 3 * NMI, RJ)],
        ),
    ],
    "a rule named back with a general word and replaced": [
        (
            "Until May, boats were kept at least 400 metres from the colony. That restriction has "
            "since been replaced by a seasonal closure.",
            [(0.4, 0.4, SU)],
        ),
        (
            "The March minutes recorded that no vehicle may come within 900 metres of the dam. "
            "After a survey the board agreed that this distance is replaced by a fence line.",
            [(0.9, 0.9, SU)],
        ),
        (
            "We began with an evacuation radius of six kilometres, as a precaution. Once the leak "
            "was found and the wind had dropped, the first order was superseded by a smaller one.",
            [(6, 6, SU)],
        ),
    ],
    "a refusal with an adverb, a figure struck out by someone else": [
        (
            "The northern delegation repeated its demand that the south alone pull back 18 km "
            "from the river. The southern side refused outright and proposed joint patrols.",
            [(18, 18, RJ)],
        ),
        (
            "Tarvia asked that tanks be held 40 km back on each side; the chair struck it out of "
            "the draft.",
            [(40, 40, RJ)],
        ),
        (
            "The union asked that blasting be kept at least 2 km from the village. The company "
            "refused point-blank and offered a noise fund instead.",
            [(2, 2, RJ)],
        ),
    ],
    "a fate in words set after the figure that name it again": [
        (
            "The rebels' terms put government troops 15 km back from the ridge, a demand which "
            "the army flatly refused.",
            [(15, 15, RJ)],
        ),
        (
            "Local fishermen wanted the navy kept 12 km off Gull Point, a demand that was turned "
            "down within the hour.",
            [(12, 12, RJ)],
        ),
        (
            "The first circular gave the exclusion zone as 4 km around the depot, a figure the "
            "governor quietly abandoned in July.",
            [(4, 4, DR)],
        ),
    ],
    "a quoted figure of earlier drafts, split off its sentence, then set aside": [
        (
            "The Area of Separation (AOS) extends 1.5 km on each side of Line BRAVO. Earlier "
            'drafts of this SOP gave the AOS as\n"approximately 3 km", a figure the Force '
            "Commander set aside after the survey.",
            [(1.5, 1.5, S), (3, 3, SU)],
        ),
    ],
    "a telegraphic end: 'CANCELLED AND REPLACED'": [
        (
            "NOTAM B0455/24 DANGER AREA EG-D12 WITH RADIUS 25NM CANCELLED AND REPLACED BY "
            "B0460/24.",
            [(25 * NMI, 25 * NMI, SU)],
        ),
        (
            "PREVIOUS WARNING 118/23 CLOSING WATERS WITHIN 6NM OF SKARD ISLAND REVOKED AND "
            "SUPERSEDED BY THIS WARNING.",
            [(6 * NMI, 6 * NMI, SU)],
        ),
    ],
    "a request whose figure is refused when named again a little later": [
        (
            "In its application, Morvia asked the Court to order Ostrel to pull its police back "
            "to a distance of 12 kilometres from the river.\n\nThe Court does not consider "
            "that a pullback of 12 kilometres by one side alone is needed, and rejects it.",
            [(12, 12, RJ), (12, 12, RJ)],
        ),
    ],
    "a proposal refused, then taken back by those who made it": [
        (
            "The fishermen's union asked that trawlers be kept 6 km off the beach. The ministry "
            "could not accept a change of that size. After a long debate the union withdrew its "
            "request.",
            [(6, 6, DR)],
        ),
        (
            "Vessa asked for a corridor 4 km wide along the canal. The council turned that down. "
            "In the spring Vessa abandoned its demand.",
            [(4, 4, DR)],
        ),
    ],
    "a question put between a figure and its fate in a transcript": [
        (
            "Q (Daily Post): In May your government asked for nine kilometres each side. What "
            "changed?\n\nMINISTER ROSS: We did ask for that, and we gave it up in June, once it "
            "was clear it would never pass.",
            [(9, 9, DR)],
        ),
    ],
}

# (only the proposal's own figure is checked: "a mile wide" of a harbour is no zone)
SUBJECT = {
    "a proposal as the subject, its end in the main verb past the figures it holds": [
        (
            "A later proposal from the sailing clubs, to cut the inner ring to 80 yards in "
            "harbours less than a mile wide, was abandoned before the order was signed.",
            [(80 * 0.0009144, 80 * 0.0009144, DR)],
        ),
        (
            "A further request from the kayak clubs, to cut the outer ring to 200 metres in "
            "channels under 1 km wide, was turned down by the navy.",
            [(0.2, 0.2, RJ)],
        ),
    ],
}

# (only the last mention is checked: the figure named again)
AGAIN = {
    "a replaced figure named again as never enforced": [
        (
            "The army's original plan set the patrol line 300 nautical miles from the coast. At "
            "the request of the allies the line was drawn in to 200 nautical miles. The "
            "300-mile line was thus never enforced.",
            [(300 * NMI, 300 * NMI, SU)],
        ),
    ],
}

GUARDS = {
    "a figure named again by a rule still in force, a notice only amended": [
        (
            "The second circular gave the exclusion zone as 4 km around the depot, a figure the "
            "governor confirmed in July.",
            [(4, 4, S)],
        ),
        (
            "DANGER AREA EG-D12 WITH RADIUS 25NM ACTIVATED AND NOTIFIED BY B0460/24.",
            [(25 * NMI, 25 * NMI, S)],
        ),
    ],
    "a rule passed, approved or still in force": [
        (
            "The senate passed the bill that sets a 1,200-metre buffer around every school.",
            [(1.2, 1.2, S)],
        ),
        (
            "Until May, boats were kept at least 400 metres from the colony. That restriction "
            "remains in force.",
            [(0.4, 0.4, S)],
        ),
        (
            "This order replaces the interim order. The exclusion zone is set at 3 km around "
            "the pit.",
            [(3, 3, S)],
        ),
    ],
    "a request whose figure is granted when named again": [
        (
            "In its application, Morvia asked the Court to order Ostrel to pull its police back "
            "to a distance of 12 kilometres from the river.\n\nThe Court grants the request "
            "and orders a pullback of 12 kilometres.",
            [(12, 12, S), (12, 12, S)],
        ),
    ],
    "a question answered yes, a distance only reviewed": [
        (
            "Ms Varo asked the Minister whether the firing range danger area extends to 12 "
            "nautical miles.\n\nThe Minister for Defence (Mr Oleg Brant): Yes. It has done so "
            "since 2010.",
            [(12 * NMI, 12 * NMI, S)],
        ),
        (
            "The council confirmed that the zone around the works remains 2 km wide; this "
            "distance is reviewed every year.",
            [(2, 2, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_subject = rows_test(width_rows(SUBJECT), first_fate, fated)
test_again = rows_test(width_rows(AGAIN), last_fate, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
