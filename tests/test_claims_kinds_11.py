"""Kinds of wording behind the misses of the eleventh blind set, each in new phrasings.

Like ``test_claims_kinds_10.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
wire story's year in its closing copyright line, a written answer's
"Answered on" line, a signal's date-time group without a year over a dated
reference, a radius about a point, a date a text says "was to" come, a
count from a notice's date of issue or a dated entry into force, a headline
told again in the story, a dateline's year in its file's name) and not one
sentence.
"""

from __future__ import annotations

import pytest
from claimrows import (
    MI,
    NMI,
    D,
    P,
    S,
    references,
    report_date,
    report_deadlines,
    rounded,
    rows_test,
    width_rows,
    widths,
)

from geozone.claims import read_texts

KINDS = {
    "a radius about a point: within a distance of it, around it, kept clear of it": [
        ("Travel within 15 km of Orsk airfield needs a permit from the garrison.",
         [(15, 15, D, S)]),
        ("All residents within 4 miles of the Dunmoor reactor were moved out on Friday.",
         [(4 * MI, 4 * MI, D, S)]),
        ("Yachts must keep at least 3 cables clear of the Tarn light buoy.",
         [(0.3 * NMI, 0.3 * NMI, D, S)]),
        ("The embassy told its nationals to stay at least 40 km from the plant.",
         [(40, 40, D, S)]),
    ],
    "a radius's zone named again by its figure": [
        ("Farms inside a radius of 12 km around the depot were cleared. The 12-km zone is "
         "still closed.", [(12, 12, D, S), (12, 12, D, S)]),
        ("People living within 5 km of the dam left first. Later the 5-kilometre zone was "
         "fenced.", [(5, 5, D, S), (5, 5, D, S)]),
    ],
    "how deep the water is where a wreck lies: no zone": [
        ("Keep 3 cables clear of the Orma wreck, which lies in a depth of 25 metres.",
         [(0.3 * NMI, 0.3 * NMI, D, S)]),
        ("The hulk rests at a depth of 60 metres off the point; divers keep out.", []),
    ],
    "each state's zone out to sea from its own coasts": [
        ("In 1979 both states extended their fishery zones to 50 nautical miles from their "
         "coasts.", [(50 * NMI, 50 * NMI, D, S)]),
        ("The island states widened their exclusion areas to 20 km from their shores.",
         [(20, 20, D, S)]),
    ],
    "a telex's number word scanned with a zero": [
        ("B0TH ARMIES T0 PULL BACK TW0 (2) MILES FR0M THE RIVER.", [(2 * MI, 2 * MI, P, S)]),
        ("EACH SIDE WITHDRAWS TW0 KM FR0M THE CEASEFIRE LINE.", [(2, 2, P, S)]),
    ],
}  # fmt: skip


test_kinds = rows_test(width_rows(KINDS), widths, rounded)


# (report text, [reference of each width]): the point a radius is counted from
REFERENCES = [
    ("Travel within 15 km of Orsk airfield needs a permit.", ["Orsk airfield"]),
    ("The exclusion area was set as a circle with a radius of 8 km centred on Velna.",
     ["Velna"]),
    ("A safety zone with a radius of 300 metres is in force around the Kell A oil platform.",
     ["Kell A oil platform"]),
    ("Farms inside a radius of 12 km around the depot were cleared. The 12-km zone is still "
     "closed.", ["depot", "depot"]),
    ("Boats must stay at least 2 miles from the town centre.", ["town centre"]),
    # the text's own word for the shore line
    ("In 1979 both states extended their fishery zones to 50 nautical miles from their "
     "coasts.", ["coasts"]),
    ("The closed belt extends 2 km from the shoreline.", ["shoreline"]),
    ("Trawling is banned within 3 miles of the shore.", ["shore"]),
]  # fmt: skip


test_references = rows_test(REFERENCES, references)


# (report, its own date)
DATELINES = [
    # a dateline without a year, the year in the story's closing line; the weekdays in the
    # story are days of other events
    ("ORLEN, Mar 3 (wire) - Envoys meeting late into Friday night agreed to pull back.\n\n"
     "The talks resume on Monday.\n\n(c) 2019", "2019-03-03"),
    ("VESS, Oct 12 (NWS) - Under a deal signed on Tuesday both armies will withdraw.\n\n"
     "(Reporting by NWS staff; editing by the Vess desk) 2022", "2022-10-12"),
    ("KARA, June 2 - The monitors arrived on Monday, officials said.\n\n"
     "Copyright 1998 Northern Wire Service", "1998-06-02"),
    # a written answer's "Answered on" line
    ("ASSEMBLY OF NORLAND - WRITTEN ANSWERS\nAnswered on 4 February 2025\n\nQuestion 12, "
     "tabled by Mr A. Berg:\nTo ask the Minister how wide the strip is.", "2025-02-04"),
    ("Written answers to questions\nAnswered: 17 November 2023\n\nThe buffer is 2 km deep.",
     "2023-11-17"),
    # a signal's date-time group with no year, over a dated reference
    ("ZCZC ORR012\nFM MISSION ORRA\nTO MINISTRY\nDTG 031200Z MAR\nREF A. CEASEFIRE SIGNED AT "
     "VELL 1 MARCH 2019\n\n1. TEXT FOLLOWS.", "2019-03-03"),
    ("ZCZC VLX 7\nFM HQ OBSERVERS\nT0 NEW Y0RK\nDTG l5O9OOZ OCT\nREF Y0UR TEL 4 0F 2 OCTOBER "
     "l998\n\nl. SUMMARY.", "1998-10-15"),
]  # fmt: skip


test_datelines = rows_test(DATELINES, report_date)


# (report text, [(date or None, relative words or None), ...])
DEADLINES = [
    # a date set then, told later: still the date it was set for
    ("Review of the settlement, 4 May 2015\n\nUnder the accord the truce was to take effect "
     "on 2 March 2001 and the monitors were to arrive on 20 March 2001.",
     [("2001-03-02", None), ("2001-03-20", None)]),
    ("History paper, 10 October 2012\n\nThe observer group was due to complete its deployment "
     "by 30 April 1999.", [("1999-04-30", None)]),
    # a count from the notice's own date of issue
    ("PORT NOTICE No. 9/2025\nIssued 3 April 2025\n\nObjections may be submitted within "
     "fourteen days of its date of issue.", [("2025-04-17", None)]),
    ("Issued 1 July 2024\n\nReplies are due within 30 days of the date of issue of this "
     "notice.", [("2024-07-31", None)]),
    # a count from an entry into force the report dates, or keeps as words when it does not
    ("FM OBSERVER TEAM\nDTG 101200Z MAR\nREF A. TRUCE SIGNED AT ORRA 9 MARCH 2023\n\n"
     "1. TRUCE ENTERS INTO FORCE 12 MARCH 0600 LOCAL.\n2. MORTARS WITHDRAWN WITHIN FIVE (5) "
     "DAYS OF ENTRY INTO FORCE.", [("2023-03-17", None)]),
    # a telex's word in capitals broken at a line's end
    ("BULLETIN 5 MAY 2022\n\n3. CHECKP0INT T0 BE ESTAB-\nLISHED BY 2O MAY.",
     [("2022-05-20", None)]),
    ("SITREP 1 MARCH 2021\n\n4. PATR0L BASE T0 BE ESTAB-\n   LISHED N0 LATER THAN 15 MARCH.",
     [("2021-03-15", None)]),
    # a headline's deadline given again in the story is one deadline; a headline's own stays
    ("Rebels given until Friday to quit the Orra valley\n\nVESS, March 4 (wire) - Mediators on "
     "Tuesday gave the rebels until Friday to quit the Orra valley.\n\n(c) 2021",
     [("2021-03-05", None)]),
    ("Militia told to leave Dunn by Sunday\n\nKARA, June 2 (NWS) - The militia must leave Dunn "
     "by Sunday and hand in its guns within a week, envoys said.\n\nCopyright 2019",
     [("2019-06-09", None), ("2019-06-09", None)]),
    ("Guns to go by Monday, monitors told\n\nORLEN, May 3 (wire) - Observers must be let in "
     "within two days, the envoys said.\n\n(c) 2018", [("2018-05-07", None), ("2018-05-05", None)]),
    # a list's item naming an event and its date
    ("Weekly note, 3 May 2024\n\nNext steps\n- Handover of the Orra checkpoint: 20 May\n"
     "- Mine clearance on the Kell road: 1 June 2024.",
     [("2024-05-20", None), ("2024-06-01", None)]),
    ("Field update 14 of 2 September 2023\n\nComing up\n* Monitors' visit to Dunn: 9 September.",
     [("2023-09-09", None)]),
    ("Memorandum of 3 May 1950\n\nThe batteries are to be dismantled within six months from "
     "the coming into force of the Convention.",
     [(None, "within six months from the coming into force of the Convention")]),
]  # fmt: skip


test_deadlines = rows_test(DEADLINES, report_deadlines)


# (file name, report, its own date): a dateline without a year, in a file named for its year
NAMED_FOR_A_YEAR = [
    ("orra-truce-2004-wire.txt", "VESS, Oct. 7 - Envoys on Thursday agreed to a truce.",
     "2004-10-07"),
    ("1987_kell_ceasefire.txt", "KELL, March 2 - The guns fell silent, officials said.",
     "1987-03-02"),
    # a weekday that does not fit the year named: no date
    ("orra-truce-2005-wire.txt", "VESS, Oct. 7 - Envoys on Thursday agreed to a truce.", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "want"), NAMED_FOR_A_YEAR, ids=[r[0] for r in NAMED_FOR_A_YEAR]
)
def test_year_of_file_name(name, text, want):
    (doc,) = read_texts([(name, text, ())]).documents
    assert (doc.date.isoformat() if doc.date else None) == want
