"""A bare figure left unspecified, in a report whose widths mostly reach out from something.

Setback rules, limits at sea, danger areas and cordons are written about as
one kind of zone from start to finish: a report says once or twice that its
distances are counted out from homes, wells, the coast or the summit, and
then names the later figures bare ("raising the minimum to 700 metres",
"extendable to 50 km", "many states settled on three nautical miles").
Such a figure, which no rule could read, measures what the report's widths
measure: when at least half of the report's widths that say what they
measure are depths, it is a depth too.

A figure that names a zone of its own, or a version of one ("a
30-kilometre zone", "a buffer of 8 m", "a 2,500-foot setback", "a proposal
of 4 km"), is left unspecified: the words give only a figure and a noun,
and the same report may well hold a zone of another kind. A figure in a
headline (a first line in capitals with no full stop) is left as read too:
a headline cuts its words short. Reports whose widths lie mostly on both
sides of a line are left as read too: there a bare figure may as well be a
total as a width on each side.
"""

from __future__ import annotations

from collections import Counter

from .claim import Claim
from .zonewords import ZONE_NOUN, named_by

# nouns a figure names a zone, a rule or a version of one by, besides the zone nouns ("a
# 2,500-foot setback", "a proposal of 4 km", "the compromise figure of 40 km")
_OWN_NOUN = (
    rf"(?:{ZONE_NOUN}|set-?backs?|stand-?offs?|limits?|proposals?|offers?|counter-?offers?|"
    r"plans?|demands?|requests?|bids?|ideas?|suggestions?|compromises?|figures?)"
)

# "a 30-kilometre zone", "a 7-km extended danger zone", "a 2,500-foot setback"; "a buffer of
# only 8 m", "a standoff of 750 metres", "the zone is 5 km"
_FIGURE_NOUN, _NOUN_FIGURE = named_by(_OWN_NOUN, words_between=2)


def names_its_zone(source: str, figure_start: int, figure_end: int) -> bool:
    """Whether a figure names a zone or a rule of its own, by a noun right by it.

    Parameters
    ----------
    source : str
        The report's text.
    figure_start, figure_end : int
        Offsets of the figure and its unit in ``source``.
    """
    lead = source[max(0, figure_start - 60) : figure_start]
    return bool(_FIGURE_NOUN.match(source, figure_end) or _NOUN_FIGURE.search(lead))


def in_a_headline(source: str, at: int) -> bool:
    """Whether offset ``at`` lies in a headline: a first line in capitals with no full stop
    ("COMMONS TOLD OF ICELAND DEAL: TRAWLERS MAY FISH INSIDE 50 MILES"), whose figure says only
    itself."""
    start = source.rfind("\n", 0, at) + 1
    end = source.find("\n", at)
    line = source[start : end if end >= 0 else len(source)].strip()
    return (
        not source[:start].strip()
        and not any(ch.islower() for ch in line)
        and not line.endswith(".")
    )


def as_the_report_measures(source: str, claims: list[Claim]) -> list[Claim]:
    """Bare unspecified figures of a report whose widths are mostly depths, read as depths.

    Parameters
    ----------
    source : str
        The report's text.
    claims : list of Claim
        The report's claims, in reading order.

    Returns
    -------
    list of Claim
        The same claims; a bare unspecified width (see the module's
        docstring) becomes a ``depth`` with ``semantics_words`` saying why.
    """
    told = Counter(
        c.fields["semantics"]
        for c in claims
        if c.kind == "width" and c.fields["semantics"] != "unspecified"
    )
    depths, widths = told["depth"], sum(told.values())
    if not depths or 2 * depths < widths:
        return claims
    words = f"as most of the report's widths measure: {depths} of {widths} are depths"
    out = []
    for c in claims:
        f = c.fields
        if (
            c.kind == "width"
            and f["semantics"] == "unspecified"
            and not names_its_zone(source, f["figure_start"], f["figure_end"])
            and not in_a_headline(source, f["figure_start"])
        ):
            fields = {**f, "semantics": "depth", "semantics_words": words}
            c = Claim(c.kind, fields, c.quote, c.start, c.end)
        out.append(c)
    return out
