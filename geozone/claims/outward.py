"""A figure otherwise read as unspecified that reaches out from one thing: a depth.

Three wordings say a zone lies on one side of what it is counted from,
though no cue right by the figure says "deep":

- the figure is counted from a thing that is not a common line the parties
  share ("200 nautical miles from its coasts", "15 nautical miles beyond the
  baselines", "3,200 feet from homes");
- it is a limit at sea, counted seaward from the coast ("its territorial sea
  to twelve nautical miles", "the old three-mile limit", "a 12-mile fishing
  zone");
- it is the reach of a zone the clause has put around a thing ("the exclusion
  zone around the plant was extended to 30 km"), or of a zone drawn around a
  point by its nature ("a 600-metre cordon", "emergency planning zones of
  about 8 to 10 kilometres").

A figure counted from a common line ("20 km from the line of contact", "5 km
from the river") is left as read: parties keep back on both sides of it.
"""

from __future__ import annotations

import re

from .figure import Figure
from .numbers import SEA_WORDS

_I = re.I

# lines the parties of an agreement face each other across, and lines a thing runs along
_SHARED_LINE = (
    r"(?:lines?|LoC|LoS|ACFL|borders?|frontiers?|boundar(?:y|ies)|rivers?|streams?|banks?|"
    r"roads?|highways?|motorways?|routes?|railways?|railroads?|canals?|tracks?|fences?|walls?|"
    r"medians?|mid-?lines?|thalwegs?|watersheds?|ridges?|crests?|fronts?|front\s+lines?|"
    r"ceasefire|cease-fire|armistice|demarcation|disengagement|contact|separation|trace|"
    r"sides?|edges?|parties|party|each\s+other|one\s+another|it|them|this|that|there|here)"
)

# "from its coasts", "beyond the baselines", "off the shore of Kerrin", "from homes":
# counted out from one thing (not "from the border to the capital", a stretch)
_FROM_A_THING = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:as\s+)?(?:measured|counted|reckoned|drawn)\s+)?"
    r"(?:(?:out|outwards?|seawards?|offshore|inland|away)\s+)?"
    r"(?:from|off|beyond|seawards?\s+of|around|surrounding|encircling|round)\s+"
    r"(?:(?:the|its|their|his|her|our|any|each|every|all|a|an|all\s+the)\s+)?"
    r"(?:(?:same|nearest|closest|respective|outer|inner|national|coastal|straight|normal|"
    r"low-water|occupied|residential|inhabited|nearby|existing)\s+)*"
    rf"(?!{_SHARED_LINE}\b)(?P<thing>[A-Za-z][\w'-]*)"
    r"(?P<rest>(?:\s+[\w'-]+){0,4})",
    _I,
)

# a line named by a proper name after a thing's first word ("the Dremmel Line")
_NAMED_LINE = re.compile(rf"^(?:\s+[\w'-]+){{0,3}}?\s+{_SHARED_LINE}\b", _I)

# limits at sea, counted seaward from the coast or its baselines
SEA_LIMIT = re.compile(
    r"\b(?:territorial\s+(?:sea|seas|waters|limits?|belt)|(?:coastal|national|inshore)\s+"
    r"(?:seas?|waters)|(?:exclusive\s+)?economic\s+zones?|"
    r"EEZs?|contiguous\s+zones?|fish(?:ing|ery|eries)\s+(?:zones?|limits?|belts?|boundar(?:y|ies)|"
    r"jurisdiction|waters)|(?:marine|maritime)\s+(?:limits?|belts?))\b",
    _I,
)

# "the old three-mile limit", "the 12-mile limit": a limit named by its figure
_MILE_LIMIT = re.compile(r"\s*-?\s*(?:nautical\s+)?(?:mile|league)s?\s*-?\s*limits?\b", _I)
_LIMIT_AFTER = re.compile(r"\s*-?\s*limits?\b", _I)

# zones drawn around a point by their nature: a police cordon, a plant's evacuation zone
_RADIAL = (
    r"(?:cordons?|perimeters?|circles?|evacuation\s+(?:zones?|areas?|radius|radii)|"
    r"(?:emergency\s+)?planning\s+zones?|exclusion\s+radius|blast\s+radius)"
)
_RADIAL_AFTER = re.compile(rf"\s*-?\s*(?:[\w'-]+\s+){{0,2}}?{_RADIAL}\b", _I)
_RADIAL_BEFORE = re.compile(
    rf"\b{_RADIAL}\s+(?:[\w'-]+\s+){{0,4}}?(?:of|at|to)\s+"
    r"(?:(?:about|some|around|roughly|approximately|at\s+least|up\s+to)\s+)?$",
    _I,
)

# words of the sea around a limit named by its miles
_AT_SEA = SEA_WORDS

# "the exclusion zone around the plant was extended to", "a cordon round the site, of"
_ZONE_AROUND = re.compile(
    r"\b(?:zones?|cordons?|perimeters?|radius|areas?|buffers?|rings?|circles?)\s+"
    r"(?:\w+\s+){0,2}?(?:around|round|surrounding|encircling|about)\s+"
    r"(?:the|its|their|each|every|any|a|an)\s+(?!(?:border|frontier|line|river|coast)\b)"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been|will\s+be|would\s+be|to\s+be)?\s*"
    r"(?:\w+\s+)?(?:extended|widened|enlarged|expanded|increased|raised|reduced|cut|narrowed|"
    r"shrunk|set|fixed|pushed\s+out|drawn|declared|of|at|reaching|stretching|extending)\s+"
    r"(?:to|at|out\s+to|from\s+\S+\s+to)?\s*(?:\S+\s+)?$",
    _I,
)


# "... from the Velda on both banks": kept back on each side of a line, not from one thing
BOTH_SIDES_AFTER = re.compile(
    r"[^.;\d]{0,60}?(?:\b(?:on|along|to)\s+(?:both|each|either)\s+(?:banks?|sides?|shores?)\b|"
    r"\b(?:either|each)\s+(?:side|bank)\b)",
    _I,
)


def reaches_out(before: str, figure: str, after: str, sentence: str = "") -> str | None:
    """The words saying a figure reaches out from one thing, or None.

    Parameters
    ----------
    before : str
        The words of the clause before the figure (the same sentence).
    figure : str
        The figure's own words ("three-mile", "200 nautical miles").
    after : str
        The words after the figure, up to the next figure of the sentence.
    sentence : str
        The whole sentence, for words of the sea around a limit named by its miles.

    Returns
    -------
    str or None
        The deciding words ("from its coasts", "territorial sea", "zone around
        the plant"), or None when nothing says the zone lies on one side.
    """
    if BOTH_SIDES_AFTER.match(after):
        return None
    if m := _FROM_A_THING.match(after):
        rest = m.group("rest")
        stretch = re.match(r"\s+(?:[\w'-]+\s+){0,2}?(?:to|as\s+far\s+as|until)\b", rest, _I)
        if not stretch and not _NAMED_LINE.match(rest):
            return re.sub(r"\s+", " ", after[: m.start("rest")].strip(" ,"))
    if (
        _MILE_LIMIT.match(after)
        or (re.search(r"\bmiles?\b", figure, _I) and _LIMIT_AFTER.match(after))
    ) and (
        _AT_SEA.search(" ".join((sentence, before, after)))
        or re.search(r"nautical", figure + after[:20], _I)
    ):
        # "beyond the three-mile limit" in bays: a limit at sea (not "the 6-mile limit" kept
        # on both sides of a river)
        return "mile limit"
    if sea := SEA_LIMIT.search(before[-80:] + " " + after[:40]):
        return re.sub(r"\s+", " ", sea.group().lower())
    if radial := _RADIAL_AFTER.match(after) or _RADIAL_BEFORE.search(before[-80:]):
        return re.sub(r"\s+", " ", radial.group().strip(" -"))
    if around := _ZONE_AROUND.search(before[-120:]):
        return re.sub(r"\s+", " ", around.group().strip())
    return None


def a_reach_out_from_one_thing(f: Figure) -> bool:
    """Reads a figure no cue read, counted out from one thing, as a depth."""
    if f.semantics != "unspecified":
        return False
    words = reaches_out(f.clause_before, f.sentence[f.m_start : f.m_end], f.after, f.sentence)
    if words is not None:
        f.semantics, f.decided = "depth", words
    return False
