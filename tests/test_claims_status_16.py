"""Kinds of narrative behind the status misses of the sixteenth and seventeenth blind sets.

Like ``test_claims_kinds_15.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
rule or draft ended after its figure, a rule named back and ended in the next
sentence, a figure of earlier drafts, the old figure of a change, a rule
replaced later by its year, a refusal or an objection told after a demand, a
transcript's answer on a figure asked about, a zone moved on in the same
paragraph, a later formula the speaker came back with, a transcript's question on a
figure named again, a figure named as the subject of its fate, an offer's fate in
a clause before its figure, an earlier change told after the newer one) and not
one sentence.
The guards are live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import MI, NMI, RJ, D, P, S, T, U, rounded, rows_test, width_rows, widths

DR, SU, PR = "dropped", "superseded", "proposed"

KINDS = {
    "a rule holding the figure, ended after it: 'which set a 2 km zone, is revoked'": [
        (
            "Order No. 4 of 2022, which set a 2 km exclusion zone around the Vell quarry, is "
            "revoked.",
            [(2, 2, D, SU)],
        ),
        (
            "The decree of 3 May established a 6-kilometre zone around the Harn depot; it was "
            "superseded by the decree of 19 June.",
            [(6, 6, D, SU)],
        ),
    ],
    "the next sentence names the rule back and ends it: 'That permit has since been withdrawn'": [
        (
            "Between March and May, fishing boats were allowed, under a special permit, to work "
            "within 200 metres of the Tolv reef. That permit has since been withdrawn.",
            [(0.2, 0.2, D, DR)],
        ),
        (
            "Until last week residents could remain in a zone of 4 km around the Drenn plant "
            "under a waiver. That waiver was cancelled on Monday.",
            [(4, 4, D, SU)],
        ),
    ],
    "a figure, 'but the figure was cut': changed afterwards": [
        (
            "Early versions of the plan had spoken of a 12-kilometre corridor, but the figure was "
            "cut after objections from farmers.",
            [(12, 12, U, SU)],
        ),
        (
            "Officials had at first talked of a 5 km ring around the site, but the figure was "
            "reduced in the final text.",
            [(5, 5, D, SU)],
        ),
    ],
    "a figure of earlier drafts: 'Previous drafts of the order gave the area as 600 metres'": [
        (
            "Previous drafts of the order gave the exclusion area as 600 metres around each mast.",
            [(0.6, 0.6, D, SU)],
        ),
        (
            "Earlier versions of the plan set a buffer of 250 metres around each school.",
            [(0.25, 0.25, D, SU)],
        ),
    ],
    "the old figure of a change: 'up from 9 km', 'reduced from the 250 metres sought by'": [
        (
            "The evacuation radius is now 14 km, up from 9 km on Tuesday.",
            [(14, 14, D, S), (9, 9, D, SU)],
        ),
        (
            "The buffer around the clinic is reduced from the 250 metres sought by the city, which "
            "the judge found excessive.",
            [(0.25, 0.25, D, RJ)],
        ),
    ],
    "a rule named by its year, replaced or repealed later: 'replaced the 1979 decree'": [
        (
            "In 1979 a royal decree created a marine reserve of 6 nautical miles around the Vessa "
            "islands. In 2004 a new act replaced the 1979 decree and set the outer limit at 20 "
            "nautical miles.",
            [(6 * NMI, 6 * NMI, D, SU), (20 * NMI, 20 * NMI, D, S)],
        ),
        (
            "In 1961 the Ostel law created a hunting-free belt of 3 km around the lake. "
            "Parliament repealed the 1961 law in 1998.",
            [(3, 3, D, SU)],
        ),
    ],
    "a refusal in the next sentence's first clause: 'The ministry refused, citing ...'": [
        (
            "The fishermen's union had pressed for weeks to extend the closed area to 6 nautical "
            "miles. The ministry refused, citing the cost to the ferry routes.",
            [(6 * NMI, 6 * NMI, U, RJ)],
        ),
        (
            "Several councillors had urged the board to keep a buffer of 3 km around the "
            "landfill. The board objected, arguing that the plant would have to close.",
            [(3, 3, D, RJ)],
        ),
        (
            "At first we asked for 700 metres around the site. The landowners objected, the court "
            "agreed with them, and we came down to 300.",
            # the 300 is the same zone's radius: the report's one width is a depth
            [(0.7, 0.7, D, RJ), (0.3, 0.3, D, S)],
        ),
    ],
    "an objection saying what the figure would have done: 'but the board said ... would have'": [
        (
            "The rangers had asked for 4 km, but the park board said the larger zone would have "
            "closed the only road to the lodge.",
            [(4, 4, U, RJ)],
        ),
        (
            "Kesta's envoys had sought a belt of 12 km on each side of the river, but the "
            "mediators argued that such a belt would have emptied the valley.",
            [(12, 12, P, RJ)],
        ),
    ],
    "in a transcript, a request owned in the answer and then ended: 'There was such a request'": [
        (
            "MS HOLM: Is it true that the Varn side asked at one stage for a no-fly zone of 30 "
            "nautical miles around the port?\n\nMINISTER: There was such a request. It was "
            "withdrawn before the last round.",
            [(30 * NMI, 30 * NMI, D, DR)],
        ),
        (
            "MR DALE: Did the Varn side ask at one stage for a buffer of 12 km around the dam?\n\n"
            "MINISTER: There was such a demand. It was dropped at the last round.",
            [(12, 12, D, DR)],
        ),
    ],
    "in a transcript, 'What happened to the 25 km?' and an answer that gave the demand up": [
        (
            "MR BRAND: The minister promised a withdrawal of 25 km by Osk alone. Now she brings "
            "back 6 km each side. What happened to the 25 km?\n\nMINISTER: Osk offered 4 km each "
            "side at the second round. We refused that, and we gave up our demand for a one-sided "
            "withdrawal in exchange for a wider belt.",
            [(25, 25, D, DR), (6, 6, P, S), (25, 25, D, DR), (4, 4, P, RJ)],
        ),
    ],
    "in a transcript, 'What happened to that figure?' after it, and the answer": [
        (
            "MR KANE: In May the minister insisted on a zone of 12 kilometres. What happened to "
            "that figure?\n\nMINISTER: I did say so, and I argued for it at three rounds. Dorn "
            "would not entertain it.",
            [(12, 12, U, RJ)],
        ),
        (
            "Q: Last year you promised a zone of 9 km along the canal. What became of that "
            "promise?\n\nA: We dropped it when the survey came in.",
            [(9, 9, U, DR)],
        ),
    ],
    "in a transcript, a figure the next speaker names again at once with its fate": [
        (
            "HOST: Critics say you gave up the eight-kilometre zone you promised in March.\n\n"
            "ENVOY: We proposed eight kilometres, yes. Marl turned it down at once.",
            [(8, 8, U, RJ), (8, 8, U, RJ)],
        ),
        (
            "REPORTER: The opposition says you gave away the 6-mile buffer promised in the "
            "election.\n\nMINISTER: We offered six miles, yes. Tavel refused it the same "
            "afternoon.",
            [(6 * MI, 6 * MI, U, RJ), (6 * MI, 6 * MI, U, RJ)],
        ),
    ],
    "a demand its makers 'let go': 'let that demand go'": [
        (
            "Sarn had pushed for 20 km on each side of the line, but its envoys let that demand go "
            "in exchange for the airfield clause.",
            [(20, 20, P, DR)],
        ),
        (
            "Mellin first called for a buffer of 6 km around the base; its negotiators later let "
            "the request drop.",
            [(6, 6, D, DR)],
        ),
    ],
    "in a transcript, 'So the 6 km on each side is gone?' and an answer about it": [
        (
            "HOST: You first offered 6 km on each side of the canal. Where does that stand?\n\n"
            "ENVOY: We started there, yes.\n\nHOST: So the 6 km on each side is gone?\n\n"
            "ENVOY: It is gone. We dropped it in the third week.",
            [(6, 6, P, DR), (6, 6, P, DR)],
        ),
        (
            "REPORTER: Your party once wanted a buffer of 20 km around the base.\n\nMINISTER: "
            "Some did.\n\nREPORTER: So the 20 km is off?\n\nMINISTER: That is right. It was "
            "abandoned in May.",
            # "the 20 km" named again is the buffer around the base
            [(20, 20, D, DR), (20, 20, D, DR)],
        ),
    ],
    "a figure named again as the subject of its fate: 'The 25 kilometres is now off the table'": [
        (
            "At the first round Marsk asked for a zone 25 kilometres deep on our side. We refused. "
            "The 25 kilometres is now off the table; Marsk dropped it last week.",
            [(25, 25, D, RJ), (25, 25, D, DR)],
        ),
    ],
    "an offer's fate in a clause before its figure: 'which we abandoned in March, was'": [
        (
            "Our own opening proposal, which we abandoned in March, was a buffer of 4 km on each "
            "side of the river. The final text sets 3 km.",
            [(4, 4, P, DR), (3, 3, U, S)],
        ),
    ],
    "a stated zone the same paragraph then moves: 'the evacuation order was widened to 6 km'": [
        (
            "On Sunday night the authorities told people within 2 km of the dam to leave. On "
            "Monday the evacuation order was widened to 6 km, and on Tuesday it was pushed out to "
            "10 km.",
            [(2, 2, D, SU), (6, 6, D, SU), (10, 10, D, S)],
        ),
        (
            "In early May boats had to keep 1 nautical mile from the spill. A week later the "
            "limit was extended to 3 nautical miles, and on 30 May it was pushed out to 5 "
            "nautical miles.",
            [(NMI, NMI, D, SU), (3 * NMI, 3 * NMI, D, SU), (5 * NMI, 5 * NMI, D, S)],
        ),
    ],
    "an earlier change told after the newer one: 'two days after they had reduced it to'": [
        (
            "Officials extended the cordon around the warehouse to 800 metres on Friday, two days "
            "after they had reduced it to 300 metres.",
            # a cordon around a building is measured out from it; "it" is that cordon
            [(0.8, 0.8, D, S), (0.3, 0.3, D, SU)],
        ),
        # look-alike: a change only talked of leaves open what the figure measures
        (
            "The strip is 2 km wide. An officer suggested widening it to 3 km.",
            [(2, 2, T, S), (3, 3, U, PR)],
        ),
        (
            "The police extended the cordon to 600 metres on Sunday, two days after they had "
            "narrowed it to 250 metres.",
            [(0.6, 0.6, D, S), (0.25, 0.25, D, SU)],
        ),
    ],
    "an offer the speaker later came back from with a different formula": [
        (
            "We started with an offer of 3 km. Kell said that was not enough. Then we came back "
            "with a different formula: 5 km on each side of the river, which both sides signed.",
            [(3, 3, U, SU), (5, 5, P, S)],
        ),
    ],
    "a demand the government 'saw no need for'": [
        (
            "Residents and several mayors have demanded that the zone be extended to 25 km. The "
            "governor said on Friday that the government saw no need for that.",
            [(25, 25, U, RJ)],
        ),
        (
            "The union has called for a buffer of 2 km around the depot. The minister said on "
            "Monday that she saw no need for it.",
            [(2, 2, D, RJ)],
        ),
    ],
}

GUARDS = {
    "a figure named as the subject of words that tell no fate": [
        (
            "The 5 km belt is the one both sides signed, and it stays in force.",
            [(5, 5, U, S)],
        ),
    ],
    "a zone in force with an objection or a 'would have' after it": [
        (
            "The council set an evacuation zone of 5 km, but officials said a wider one would have "
            "closed the hospital.",
            [(5, 5, D, S)],
        ),
        (
            "The army withdrew 3 km from the river, but the mayor said the town would have "
            "preferred more.",
            [(3, 3, D, S)],
        ),
        (
            "Residents within 2 km of the plant must leave. The company objected, saying the risk "
            "was small.",
            [(2, 2, D, S)],
        ),
    ],
    "in a transcript, a figure the next speaker names again with no fate": [
        (
            "HOST: The new zone is 4 km wide along the canal.\n\nENVOY: Yes, 4 km wide, and both "
            "sides signed it.",
            [(4, 4, "total", S), (4, 4, "total", S)],
        ),
    ],
    "a zone narrower in one place, not changed in time": [
        (
            "A corridor extends 300 metres either side of the pipeline. Near the harbour wall the "
            "corridor is reduced to 100 metres in total.",
            [(0.3, 0.3, P, S), (0.1, 0.1, "total", S)],
        ),
    ],
    "a change still to come leaves the present zone in force": [
        (
            "The zone now covers 5 km around the plant. It will be widened next month if "
            "readings rise.",
            [(5, 5, D, S)],
        ),
    ],
    "a change told as earlier than the present figure": [
        (
            "Boats may fish up to 12 nautical miles off the coast from Tuesday, a week after the "
            "navy cut the limit to 9 nautical miles off the coast.",
            [(12 * NMI, 12 * NMI, D, S), (9 * NMI, 9 * NMI, D, S)],
        ),
    ],
    "another notice cancelled, or a rule that remains in force": [
        (
            "Notice No. 7, which sets a 2 nm exclusion zone around the wreck, remains in force. "
            "Notice No. 5 is cancelled.",
            [(2 * NMI, 2 * NMI, D, S)],
        ),
        (
            "Under an exemption, tour boats may approach within 100 metres of the colony. That "
            "exemption remains in force until May.",
            [(0.1, 0.1, D, S)],
        ),
    ],
    "a first draft with no later one, a demand still open": [
        (
            "Their first draft asked for a zone of 10 km on the eastern bank alone.",
            [(10, 10, D, PR)],
        ),
        (
            "The fire service has asked for a 20 km zone, and the council said it would decide "
            "on Friday.",
            [(20, 20, U, PR)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
test_guards = rows_test(width_rows(GUARDS), widths, rounded)
