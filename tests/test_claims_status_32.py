"""Fates of the kinds field-holdout-32 to -35 brought, with look-alikes.

A figure first set and later changed is superseded by the figure in force;
a rule that "no longer applies" is superseded. The rules read these alone
(the fate model is left out here, so that these rows test the rules). Each
look-alike reads as it did.
"""

from __future__ import annotations

import pytest
from claimrows import MI, SU, S, fated, fates, rows_test, width_rows

from geozone.claims import document

KINDS = {
    "a figure first set, then changed": [
        (
            "The fire service first set the cordon at a quarter of a mile. On Tuesday the "
            "cordon was widened to 600 metres.",
            [(MI / 4, MI / 4, SU), (0.6, 0.6, S)],
        ),
        (
            "In the first decision the exclusion zone reached 10 kilometres around the plant. "
            "On Monday the exclusion zone was cut to 5 km around the plant.",
            [(10, 10, SU), (5, 5, S)],
        ),
        # look-alike: a first zone and a second zone, both in force
        (
            "The first zone is 5 km wide and the second zone is 10 km wide.",
            [(5, 5, S), (10, 10, S)],
        ),
    ],
    "a rule that no longer applies": [
        (
            "The evacuation zone now reaches 2 km around the plant. The earlier 800-metre "
            "line no longer applies.",
            [(2, 2, S), (0.8, 0.8, SU)],
        ),
        # look-alike: ended for some only
        (
            "The 5 km zone no longer applies to farmers with permits, officials said; it "
            "remains for everyone else.",
            [(5, 5, S)],
        ),
    ],
}


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "learned_fates", lambda norm, starts, spans, claims: claims)


test_kinds = rows_test(width_rows(KINDS), fates, fated)
