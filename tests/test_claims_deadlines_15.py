"""Kinds of deadline and route wording behind the misses of the fifteenth blind set.

Like ``test_claims_kinds_14.py``: every text was written for this test, with
other places, dates and word orders, so that a rule must read the kind (a
count from a signing whose day is told elsewhere, a present tense for what is
to come, a day something is "set for", a meeting to come, a rule coming into
force or a thing to be done on a day, a time counted from an undated event, a
rule or a service "from" a day, a duty some hours before an undated event, a
bridleway or footpath, a place named with its kind, a hyphenated road after a
route "from A to B", a road's full name or its number beside it) and not one
sentence. Each report is dated Wednesday 4 June 2025; the expected days were
counted on a calendar.
"""

from __future__ import annotations

from claimrows import report_deadlines, roads, routes, rows_test

HEAD = "Velde, 4 June 2025\n\n"

# a count from signature, from the day the text gives for the signing: one to come by its
# weekday or "set for" a day (before or after the count, in its sentence), one told by its
# weekday or by "last night"
SIGNING = [
    (
        HEAD + "The two delegations sign on Monday in Aska. All artillery must be withdrawn "
        "within 10 days of signature.\n",
        [("2025-06-09", None), ("2025-06-19", None)],
    ),
    (
        HEAD + "Signature of the accord is scheduled for Friday. Checkpoints are to be "
        "dismantled within 14 days of the signature.\n",
        [("2025-06-06", None), ("2025-06-20", None)],
    ),
    (
        HEAD + "The ministers signed the truce in Ostra on Monday. Militias must leave the "
        "valley within seven days of signing.\n",
        [("2025-06-09", None)],
    ),
    (
        HEAD + "Late last night in Ostra both governments signed the accord. Each side must "
        "pull back its guns within 12 days of the signature.\n",
        [("2025-06-15", None)],
    ),
    (
        HEAD + "The signing is set for Thursday, and all guns must be gone within a week of "
        "signature.\n",
        [("2025-06-05", None), ("2025-06-12", None)],
    ),
    (
        HEAD + "All guns must be gone within 9 days of signature; the signing is set for Friday.\n",
        [("2025-06-15", None), ("2025-06-06", None)],
    ),
    (
        HEAD + "The ministers signed the pact in Brask on Monday. Parliament has to approve it "
        "within thirty days of its signature.\n",
        [("2025-07-02", None)],
    ),
    # guards: a signing with its date, a sign that is a noun, a signing long past
    (
        HEAD + "The accord was signed on 2 June. Troops leave within 5 days of signature.\n",
        [("2025-06-07", None)],
    ),
    (HEAD + "They put up a sign on Monday at the gate.\n", []),
]

# a present tense for what is to come (not a past one, nor a habit)
PRESENT = [
    (HEAD + "The first convoy goes out on 12 June.\n", [("2025-06-12", None)]),
    (HEAD + "The inspectors go in on Saturday, the ministry said.\n", [("2025-06-07", None)]),
    (
        HEAD + "Officials proposed that the liaison officers meet on Tuesday in Brask.\n",
        [("2025-06-10", None)],
    ),
    (HEAD + "The liaison officers met on Tuesday in Brask.\n", []),
    (HEAD + "The commission meets on Tuesdays in Brask.\n", []),
]

# a day something is set for
SET_FOR = [
    (
        HEAD + "The handover of the border posts is fixed for the 21st.\n",
        [("2025-06-21", None)],
    ),
    (HEAD + "A vote in parliament is now slated for Thursday.\n", [("2025-06-05", None)]),
    (HEAD + "The price was set for the whole year.\n", []),
]

# a rule or a service to come, from a day (not a span "from Monday to Wednesday")
FROM_DAY = [
    (HEAD + "The ferry to Lenn Island will run again from Monday.\n", [("2025-06-09", None)]),
    (HEAD + "Buses should be allowed on the bridge from the 20th.\n", [("2025-06-20", None)]),
    (
        HEAD + "Fishing licences for the inner bay will be handed out from 16 June at the "
        "harbour office.\n",
        [("2025-06-16", None)],
    ),
    (HEAD + "The road will be shut from Monday to Wednesday.\n", []),
]

# a duty some time before an event that has no date: kept as words (not a standing notice
# "before any crossing", nor a past event)
AHEAD_OF = [
    (
        HEAD + "Boat owners must register with the harbour master at least 6 hours before "
        "sailing.\n",
        [(None, "at least 6 hours before sailing")],
    ),
    (
        HEAD + "Each team is to notify the commission 48 hours prior to a site visit.\n",
        [(None, "48 hours prior to a site visit")],
    ),
    (
        HEAD + "Pilots shall file their route no less than 3 days before the exercise, and "
        "again on arrival.\n",
        [(None, "no less than 3 days before the exercise")],
    ),
    (HEAD + "Requests must be sent 24 hours before any crossing.\n", []),
    (HEAD + "The mines were laid two days before the ceasefire.\n", []),
]

# a meeting to come ("shall hold its first meeting on", "will ... at its next meeting on"), and a
# day after a place set off by commas (not a meeting told as past)
MEETINGS = [
    (
        HEAD + "The border commission shall hold its first meeting on 11 June in Kask.\n",
        [("2025-06-11", None)],
    ),
    (
        HEAD + "The panel will discuss the map at its next meeting on Friday.\n",
        [("2025-06-06", None)],
    ),
    (
        HEAD + "The talks will resume in Ostra, at the old customs house, on 16 June.\n",
        [("2025-06-16", None)],
    ),
    (HEAD + "At the meeting of the commission on 2 June the envoy asked for maps.\n", []),
]

# a rule that comes into force on a day, whatever is to be done on a day (not a past act)
ON_A_DAY = [
    (
        HEAD + "The new speed limit, which comes into force on 20 June, replaces the old one.\n",
        [("2025-06-20", None)],
    ),
    (HEAD + "The toll booths shall be relocated on 15 June.\n", [("2025-06-15", None)]),
    (HEAD + "Two checkpoints are to be merged on Friday.\n", [("2025-06-06", None)]),
    (HEAD + "The toll booths were relocated on 2 June.\n", []),
]

# a time counted from an event the text does not date, with no "within": kept as its words (not
# a told past, nor a count from the signing, which is resolved)
AFTER_EVENT = [
    (
        HEAD + "The ban is to take effect six months after the census is published.\n",
        [(None, "six months after the census is published")],
    ),
    (
        HEAD + "The treaty enters into force ninety days after the last ratification is "
        "deposited.\n",
        [(None, "ninety days after the last ratification is deposited")],
    ),
    (
        HEAD + "The militias then have a further week after the guns have gone to leave the "
        "hills.\n",
        [(None, "week after the guns have gone")],
    ),
    (HEAD + "Two years after the war ended, the strip was planted with trees.\n", []),
    (HEAD + "The force will leave two weeks after signature.\n", [("2025-06-18", None)]),
]

test_signing = rows_test(SIGNING, report_deadlines)
test_on_a_day = rows_test(ON_A_DAY, report_deadlines)
test_after_event = rows_test(AFTER_EVENT, report_deadlines)
test_meetings = rows_test(MEETINGS, report_deadlines)
test_present = rows_test(PRESENT, report_deadlines)
test_set_for = rows_test(SET_FOR, report_deadlines)
test_from_day = rows_test(FROM_DAY, report_deadlines)
test_ahead_of = rows_test(AHEAD_OF, report_deadlines)


# a bridleway or footpath; a place named with its kind ("Aldby hamlet", "gate Kilo", "the Hask
# river crossing"); a hyphenated road after a route "from A to B", split across a line
ROUTES = [
    (
        "The footpath from Aldby hamlet to Crane Point is closed during firing.",
        [("Aldby hamlet", "Crane Point")],
    ),
    ("Riders may use the bridleway from Fenn to the Orrel farm.", [("Fenn", "Orrel farm")]),
    ("The patrol track runs from gate Kilo to gate Lima.", [("gate Kilo", "gate Lima")]),
    (
        "Convoys use the road from Marden to the Hask river crossing.",
        [("Marden", "Hask river crossing")],
    ),
    (
        "The railway from Ulm to Perrin station and the Kosk-\nVarna highway are to reopen.",
        [("Ulm", "Perrin station"), ("Kosk", "Varna")],
    ),
    # a hyphenated road, its number beside it, up to a place short of its end
    (
        "Aid follows the Varn-Osby highway, the E9, as far as the Tull bridge.",
        [("Varn", "Tull bridge")],
    ),
    # guard: a sea area is not a route
    ("The sea area from Cape Ulm to the Brenn lighthouse is not part of the Zone.", []),
]

test_routes = rows_test(ROUTES, routes)


# a road's whole name: with "Old", "County", a hyphen or a particle; a street; a route's code
# word; a road's number in brackets or after a comma
ROADS = [
    ("The Old Mill Road between Asby and Fenwick is closed.", ["Old Mill Road"]),
    ("County Route 12 from Ardley to Brenton reopens on Friday.", ["County Route 12"]),
    ("Mill Street is shut from Kessel Bridge to Anna Square.", ["Mill Street"]),
    ("The Trans-Kessel Highway between Ostby and Dunmar is open.", ["Trans-Kessel Highway"]),
    ("Trucks take the Bab al-Hawa road from Idra to Sarmin.", ["Bab al-Hawa road"]),
    ("Aid convoys use Route Falcon from Hask to Menno.", ["Route Falcon"]),
    # a road's number given beside the words for it
    ("The Morne-Ulla road (B7) is open again.", ["B7"]),
    ("The road from Tessin to Orvik (Highway 14) is open by day.", ["Highway 14"]),
    ("The mountain road between Kell and Asra, the N5, was shelled.", ["N5"]),
    ("Aid follows the Varn-Osby highway, the E9, as far as the Tull bridge.", ["E9"]),
    # guards: "the Old road" and "the Coast Highway" are not names of their own, nor is a
    # length in brackets
    ("The road from Tessin to Orvik (about 40 km) is open.", [None]),
    ("The Old road from Ashby to Fenwick is closed.", [None]),
    ("The Coast Highway from Ashby to Fenwick is closed.", [None]),
]

test_roads = rows_test(ROADS, roads)
