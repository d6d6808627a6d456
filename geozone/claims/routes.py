"""Routes named in a report: "routes between Latakia and Aleppo", "the M4 (Aleppo-Latakia)".

A route claim is a pair of place names tied to a road word (route, road,
highway, corridor, transit, M4...). "Talks between Putin and Erdogan" has
no road word and is not a route.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .tables import column_cells

_I = re.I
_ROAD = (
    r"(?:routes?|roads?|highways?|motorways?|expressways?|freeways?|corridors?|causeways?|transit|"
    # "the traffic separation scheme from X to Y" is a sea area, not a route
    r"traffic(?!\s+separation)|"
    # ("the rai1 line from A to B" in a scan; "the main line between A and B", not "the main
    # line of defence")
    r"railways?|rai(?:l|\s?1)\s+lines?|main\s+lines?(?!\s+of\b)|railroads?|supply\s+lines?|arter(?:y|ies)|thoroughfares?|"
    r"crossings?|passages?|links?|lines\s+of\s+communication|(?:sea\s+|shipping\s+)?lanes?|"
    # "a ship sailing from Chornomorsk to Istanbul": a sea route
    r"sailing|sails|sailed|voyages?|"
    # "vessels that sail from Honolulu to the fishing grounds", "krill boats travel from A to B"
    r"(?<=\s)sail(?=\s+from\b)|travel(?:s|led|ed|ling|ing)?(?=\s+from\b)|"
    # "vessels bound from Cressel to Port Semmen": a ship's passage
    r"bound(?=\s+from\b)|"
    # "the suburban train from Moscow to Petushki": a train's run
    r"trains?(?=\s+from\b)|"
    # "buses would run from Torvik to Braska", "trains ran across the strip from A to B": a
    # vehicle's run, its verb between it and its ends
    # ("two trains a day will run from A to B": how often between; "empty wagons return from A
    # to B": the run back)
    r"(?:trains?|bus(?:es)?|coach(?:es)?|shuttles?|ferr(?:y|ies)|wagons?)(?=\s+(?:(?:a|per|each)\s+"
    r"(?:day|week|night)\s+)?(?:(?:would|will|could|still|now|to)\s+)?(?:run|ran|runs|operate[sd]?|"
    r"go|went|travel(?:led|ed|s)?|return(?:s|ed)?)\b)|"
    # "the branch from A to B": a branch line
    r"(?<=\bthe\s)branch(?:\s+lines?)?(?=\s+from\b)|(?<=\bThe\s)branch(?:\s+lines?)?(?=\s+from\b)|"
    # "tour boats on the run from A to B": a boat's or a bus's regular run
    r"(?<=\bthe\s)run(?=\s+from\b)|"
    # "the bus from Harl to Ostmere", "HEL SHUTTLE FM HARRSUND TO VESTBY": a bus's or a
    # shuttle's run
    r"(?:bus(?:es)?|coach(?:es)?|shuttles?)(?=\s+(?:from|fm)\b)|"
    # "the northern corridor led from A to B, the central one from C to B": another of the
    # ways named before it
    r"(?<=[a-z]\s)one(?=\s+from\b)|"
    # "the track from Oster to Hallin", "convoys are sent from A to B", "ferry service A-B"
    r"tracks?|trails?|paths?|convoys?|ferr(?:y|ies)(?:\s+services?)?|"
    # "the daily flights from Guayaquil to Baltra", "a regular service on the river from A to B"
    r"flights?|(?:regular|daily|weekly|steamer|boat|river|bus|rail|train|shuttle)\s+services?|"
    # "the bridleway from Carrow village to Moor End"
    r"bridleways?|bridle\s+paths?|footpaths?|towpaths?|cycleways?|cycle\s+paths?|"
    # "Tram line 4 from Nordtorg to the Central Station", "the number 12 bus route"
    r"(?:tram|bus|metro|trolleybus)\s+(?:lines?|routes?|services?)(?:\s+\d{1,3}[A-Z]?\b)?)"
)
# "M4", "Highway 6", and a main supply route by its name: "MSR BLUE"
_ROAD_ID = (
    # ("State Route 504", "US Highway 97")
    # ("Route M12", "Route N7": a lettered number with its word, not an air route's "ATS ROUTE
    # T617")
    # ("the B4520 between A and B": a British road's number of four digits)
    r"\b(?:(?:(?-i:(?<![A-Z]{2}\s)Route)\s+)?(?:[A-Z]{1,2}-?\d{1,3}|(?-i:[AB])\d{4})|(?:(?-i:State|Interstate|County|US|U\.S\.|Federal|National)\s+)?"
    r"(?:Highway|Route|Road)\s+\d{1,3}|MSR\s+[A-Z][A-Za-z]+"
    # ("along Interstate 95 between A and B": an interstate by its number alone)
    r"|(?-i:Interstate)\s+\d{1,3}"
    # a route known by a code word: "Route Amber"
    r"|(?-i:Route\s+(?!(?:From|To|Between|And|The|Of)\b)[A-Z][a-z]+)"
    # a road known by a name: "the Harrow road", "the Calder Road", "the Old Post Road", "the
    # Salah al-Din road", "the Pan-American Highway", "Harbour Street"
    r"|(?-i:(?<!-)(?:(?:Old|New|Great|Upper|Lower)\s+)?"
    r"(?!(?:The|This|That|Its|Their|Our|Main|Old|New|Ring|Coast|Coastal|"
    r"Border|Military|Supply|Access|Service|Mountain|Side|Back|Dirt|Only|Which|No)\b)"
    r"(?:Ma?c)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,}|\s+(?:al|el|ad|as|ar|ash|ez|ed)-[A-Z][a-z]{2,})?"
    # ("the Philadelphi route from A to B": a route known by a name, in small letters)
    r"\s+(?:[Rr]oad|Highway|Street|Avenue|route(?=\s+(?:from|between)\b)))"
    # a road named by a common word, both words capitalised after a small "the" in a sentence:
    # "closed the Coast Road", "along the Ring Road" (not "Coast road closed" in a headline,
    # nor a sentence's "The Coast Highway")
    r"|(?-i:(?<=\bthe\s)(?:Coast|Coastal|Ring|Border|Military|Mountain|Supply|Service)\s+Road)"
    # a way or a freeway by its name: "the Coastal Way", "the Hume Freeway"
    r"|(?-i:(?<!-)(?!(?:The|This|That|Its|Their|Our|Which|No|Each|Any|One)\b)[A-Z][a-z]{2,}\s+"
    r"(?:Way|Freeway|Motorway|Expressway|Parkway)))\b"
)
_ROAD_ID_RE = re.compile(_ROAD_ID)
_CONNECT = re.compile(
    rf"(?:\b{_ROAD}\b|{_ROAD_ID})[^.;:!?]{{0,60}}?\b(?P<how>between|btn|connecting|linking|joining|"
    r"links|connects|joins|link|connect|join|from|(?-i:fm))\s+",
    _I,
)
_HYPHENATED = re.compile(
    r"(?:\b(?P<id>[A-Z]{1,2}-?\d{1,3})\s*\(\s*(?P<a>[A-Z][\w' -]{1,40}?)\s*(?:-|/|to)\s*"
    r"(?P<b>[A-Z][\w' -]{1,40}?)\s*\))"
    # (not an article joined to a name, "the Al-Rashid road", and not a place on the road, "the
    # Kessin-Pol road junction")
    r"|(?:\b(?!(?:Al|El|Ad|As|Ar|Ash|Az|Ad|De|Le|La)\s*-)"
    r"(?P<a2>[A-Z][\w']+(?:\s+(?:al|el|as|ad|ar|ash|az|ez|ed|de)-?\s*[A-Z]?[\w']+)?)\s*-\s*"
    rf"(?P<b2>[A-Z][\w']+(?:\s+(?:al|el|as|ad|ar|ash|az|ez|ed|de)-?\s*[A-Z]?[\w']+)?"
    # "the Tarvik-Isle of Mourn route": a place named with "of"
    r"(?:(?:(?<=Isle)|(?<=Port)|(?<=Mount)|(?<=Cape)|(?<=Bay))\s+of\s+[A-Z][\w']+)?"
    # "the Anacortes-Friday Harbor run": a place of two words, and a ferry's run
    rf"(?:\s+(?-i:[A-Z])[a-z]+(?=\s+runs?\b))?)\s+(?:{_ROAD}|runs?)\b"
    r"(?!\s+(?:junctions?|interchanges?|roundabouts?|turn-?offs?|signs?)\b))"
    # "FERRY SERVICE ESSEL-VARRA": the road word first
    # "MAIN ROAD KESTRA-PORT AVRE": a place of two words after the hyphen
    rf"|(?:\b(?i:{_ROAD})\s+(?P<a3>[A-Z][\w']+)\s*-\s*(?P<b3>[A-Z][\w']+(?:\s+[A-Z][\w']+)?)\b)",
)
_STOP = re.compile(
    # (a notice's "CLSD": closed)
    r"[.;:!?()\[\]]|\b(?:clsd|closed|suspend(?:ed|s)?|(?:un)?affected|must|will|would|should|shall|are|is|were|was|be|been|being|by|have|has|"
    r"had|which|that|who|where|when|in\s+order|after|before|until|within|for|under|remain\w*|"
    r"reopen\w*|restor\w*|resum\w*|open\w*|to\s+be|can|could|may|might|through|via|along|"
    r"across|since|during|while|but|so|passing|running|runs|run|exempt|"
    # "use Route 9 between A and B rather than the Old Mill Road": a way not taken
    r"rather\s+than|instead\s+of)\b"
    r"|(?<!\bwell)\s+as\s+(?!well\s+as\b)(?=[a-z]*[A-Z]?[a-z]{3,}\s+[a-z])",
)
_PARTICLE = (
    r"(?:al|el|as|ad|ar|ash|az|ez|ed|es|at|an|de|del|della|des|dos|das|di|du|da|la|le|los|las|van|"
    r"von|der|den|sur|bin|ibn|abu|of|upon|on|am|an\s+der)"
)
_NAME_TOKEN = re.compile(rf"^(?:[A-Z][\w'’.-]*|{_PARTICLE}-[\w'’-]+)$")
_NOT_PLACES = {
    "the", "a", "an", "president", "minister", "russian", "turkish", "syrian", "iranian",
    "american", "us", "un", "eu", "nato", "government", "regime", "opposition", "rebels",
    "forces", "army", "troops", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "it", "they", "he", "she", "we", "i",
}  # fmt: skip
# organisations and bodies are not places ("Ministries of Defense - Federation")
_ORGANISATION = re.compile(
    r"\b(?:Ministr(?:y|ies)|Defen[cs]e|Federation|Republic|Kingdom|Council|Commission|Committee|"
    r"Government|Parliament|Assembly|Office|Department|Agency|Secretariat|Sides?|Part(?:y|ies)|"
    r"Forces|Command|Delegation|Mission|Organi[sz]ation|Union|Nations)\b"
)
# "from Trumba, a village just west of Saraqib, to ..." and "(2 km west of Saraqib)"
_APPOSITIVE = re.compile(r"\s*\([^()]{0,80}\)|,\s+(?:a|an|the)\s+[a-z][^,;.]{0,60},(?=\s+to\b)")
_LANDMARK = re.compile(
    r"bridge|ferry|ford|crossing|tunnel|junction|pass|dam|gate|checkpoint|station|airport|port|"
    r"roundabout|interchange|heliport|airfield|stadium|harbour|harbor|terminal|quay|pier|frontier"
)
# places a name is given with: "Carrow village", "Cobbet hospital", "Kestle falls"
_SETTLEMENT = re.compile(
    r"village|town|hamlet|hospital|falls|coast|school|camp|mine|farm|post|district|trailhead|"
    # ("from Orta to the Dzhangir hut", "from the Harib field", "the Marno waterworks")
    r"hut|field|oilfield|waterworks|works|depot|landing|jetty|church|market|plant|substation|airstrip|"
    r"anchorage|barracks|base"
)
# words before a name that say which part of the place: "central Tianjin", "eastern Velm"
_PART_OF = re.compile(r"central|northern|southern|eastern|western|downtown|inner|outer")
# a line or a shore named without a name, as the end of a way: "to the coast", "to the county
# boundary"
_UNNAMED_END = re.compile(
    r"(?:the\s+)?(?P<end>coast|frontier|(?:county|state|provincial|district|city)\s+"
    r"(?:boundary|border|line|limits?))"
)
_POST = re.compile(r"checkpoint|gate|post|pillar|camp")
_PAIR_GROUPS = re.compile(
    r",?\s+as\s+well\s+as\s+|,?\s+and\s+(?:also\s+)?between\s+|;\s*|,\s+plus\s+", _I
)


_AS_FAR_AS = re.compile(
    r"\s+(?:only\s+)?(?:as\s+far\s+as|up\s+to|until\s+it\s+reaches)\s+((?:the\s+)?"
    r"(?:[A-Z][\w'-]*\s+){1,3}?(?:crossing|junction|bridge|border|checkpoint|turn-?off|"
    r"[A-Z][\w'-]*)|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


_ON_ROAD_TOWARD = re.compile(
    # ("from the port of Invergordon along the A9 to Tore": a place named with its kind)
    r"\b(?:out\s+of|from)\s+(?P<a>(?:the\s+(?:port|town|city|village|harbou?r|depot|quarry)\s+of\s+)?"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*,?\s+(?:on|along|via|up|down)\s+"
    rf"(?:the\s+)?(?P<id>{_ROAD_ID})\s*,?\s+(?:toward|towards|to|for)\s+"
    r"(?P<b>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


# a road's number given beside the words for it: "the Kandy-Jaffna road (A9)", "the road from
# "ferries on the Velskar to Oddhamn route", "the Harl to Ostmere road": a way named by its two
# ends before its noun (not "the Monday to Friday service")
_NAMED_ENDS = re.compile(
    r"\b(?:the|a|an)\s+(?P<a>(?!(?:The|A|An)\b)[A-Z][\w'-]+(?:\s+(?!To\b)[A-Z][\w'-]+)?)"
    r"\s+to\s+(?P<b>(?!(?:The|A|An)\b)[A-Z][\w'-]+(?:\s+(?!(?i:route|road)\b)[A-Z][\w'-]+)?)\s+"
    r"(?i:routes?|roads?|highways?|railways?|ferry|ferries|ferry\s+services?|crossings?|"
    r"shipping\s+lanes?|sea\s+lanes?)\b"
)
_CALENDAR = re.compile(
    r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)"
)
# Merov to Kalsk (Highway 3)", "the coastal road between Belden and Carrow, the A3", "the
# Halm-Dunmere highway, the M4, as far as the Altava bridge"
_BESIDE = re.compile(
    rf"\s*(?:\(\s*(?:the\s+)?(?:(?i:road|highway)\s+|(?-i:route|ROUTE)\s+)?(?P<id>{_ROAD_ID})\s*\)"
    # "CONVOY ROUTE FROM KESS TO BRESSA VIA HIGHWAY 2": the road it goes by
    rf"|\s+(?i:via)\s+(?:the\s+)?(?P<id3>{_ROAD_ID})(?=\s*[,.;:)]|\s+(?:to|and|for|is|are|will)\b|\s*$)"
    rf"|,\s+the\s+(?P<id2>{_ROAD_ID})(?=\s*[,.;:)]|\s*$),?)"
)


def _beside(norm: str, pos: int) -> tuple[str, int] | None:
    """The road number given right after ``pos`` and where it ends, if any."""
    m = _BESIDE.match(norm, pos)
    if m is None:
        return None
    return (m.group("id") or m.group("id2") or m.group("id3")), m.end()


class _FromMatch:
    """A match whose "fm" (a signal's "from") reads as "from"."""

    def __init__(self, m: re.Match):
        self._m = m

    def group(self, name: str | int = 0) -> str:
        return "from" if name == "how" else self._m.group(name)

    def start(self, *a) -> int:
        return self._m.start(*a)

    def end(self, *a) -> int:
        return self._m.end(*a)


@dataclass(frozen=True)
class RouteMention:
    """A pair of places joined by a road word (spans in the normalised text)."""

    start: int
    end: int
    origin: str
    destination: str
    name: str | None
    stretch: bool = False


_PLACE_NOUN = r"(?:Harbou?r|Bay|Island|Isle|Point|Creek|Port|Beach|Lake|Springs?|Cove|Sound|Head)"


# words before a landmark that say which one, not what it serves ("the main gate")
_NOT_SERVED = {"main", "same", "other", "next", "first", "last", "only", "nearest", "border"}


# a town and the state or province it lies in: "Madison, Illinois", "Conway, Pennsylvania" (each
# a name of one or two words, the pair closed by a comma, "to" or the end)
_REGION = re.compile(
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?=\s*,\s+(?!and\b)[a-z]|\s+to\s|\s*$)"
)


def place_name(phrase: str) -> str | None:
    """The place a noun phrase names: its last run of capitalised words.

    "the key port of Latakia" -> "Latakia", "Ras al-Ain" -> "Ras al-Ain".
    """
    if _REGION.fullmatch(phrase.strip(" ,")) and not (
        _ORGANISATION.search(phrase)
        or any(w.lower() in _NOT_PLACES for w in re.findall(r"[\w'’-]+", phrase))
    ):
        # "Madison, Illinois": the town with its state
        return phrase.strip(" ,")
    # "the waters off New Jersey", "the fishing grounds north of the islands": a stretch of sea
    # named by where it lies, kept whole
    if sea := re.match(
        r"(?:the\s+)?(?P<sea>(?:(?:fishing|whaling|krill|sealing)\s+)?grounds|waters)\s+"
        r"(?P<how>off|around|(?:north|south|east|west)\s+of)\s+"
        r"(?P<by>(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|islands?|coast|mainland))\b",
        phrase.strip(" ,"),
    ):
        return f"{sea.group('sea')} {sea.group('how')} {sea.group('by')}"
    head, *tail = re.split(
        r"\s+(?:in|at|near|inside|on|of\s+the)\s+", phrase.strip(" ,"), maxsplit=1
    )
    if (
        tail
        and re.search(rf"\b(?:{_LANDMARK.pattern})$", head)
        and re.match(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", tail[0].strip(" ,"))
    ):
        # "the Ossel bridge at Kaldi": the town the landmark stands in
        phrase = tail[0]
    elif re.search(r"[A-Z]", head):
        phrase = head
    if end := _UNNAMED_END.fullmatch(phrase.strip(" ,")):
        return end.group("end")
    tokens = re.findall(r"[\w'’.-]+", phrase.strip(" ,"))
    runs, run = [], []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if _NAME_TOKEN.match(tok) or (run and re.fullmatch(_PARTICLE, tok)):
            if not run and k and _POST.fullmatch(tokens[k - 1]):
                # "checkpoint Alfa": a post named after its kind
                run.append(tokens[k - 1])
            elif not run and k == 1 and _PART_OF.fullmatch(tokens[0]):
                # "central Tianjin": the part of the place the way starts from
                run.append(tokens[0])
            run.append(tok)
        elif (
            run
            and re.fullmatch(r"hot|thermal|mineral", tok)
            and re.fullmatch(r"springs?|baths?", nxt)
        ):
            # "Nigorigo hot spring": a spring named with its kind
            runs.append([*run, tok, nxt])
            run = []
        elif run and (_LANDMARK.fullmatch(tok) or _SETTLEMENT.fullmatch(tok)):
            # "the Orrin ferry", "the Temm bridge", "Carrow village": the landmark word is part
            # of the name
            runs.append([*run, tok])
            run = []
        elif (
            run
            and re.fullmatch(r"Route|Highway|Road|Exit|Gate|Pier|Berth", run[-1])
            and re.fullmatch(r"\d{1,3}[A-Z]?", tok)
            and _LANDMARK.fullmatch(nxt)
        ):
            # "the Route 9 junction", "the Highway 2 bridge": a numbered road's landmark
            run.append(tok)
        elif run and re.fullmatch(r"river|border|customs|road", tok) and _LANDMARK.fullmatch(nxt):
            # "the Lask river crossing", "the Dunn customs post"
            runs.append([*run, tok, nxt])
            run = []
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    # "from the tannery gate to the Route 9 junction": a landmark known by what it serves
    low = re.fullmatch(
        rf"(?:the\s+)?(?P<kind>[a-z]{{4,}})\s+(?P<mark>{_LANDMARK.pattern})", phrase.strip(" ,")
    )
    if not runs and low and low.group("kind") not in _NOT_SERVED:
        return f"{low.group('kind')} {low.group('mark')}"
    for run in reversed(runs):
        while run and re.fullmatch(_PARTICLE, run[-1]):
            run = run[:-1]
        while (
            run
            and run[0].lower() in _NOT_PLACES
            # ("Friday Harbor", "Sunday Bay": a place named with a day's name)
            and not (len(run) > 1 and re.fullmatch(_PLACE_NOUN, run[1]))
        ):
            run = run[1:]
        if run:
            name = " ".join(run).rstrip(".")
            name = re.sub(r"['’]s$", "", name)
            if _ORGANISATION.search(name):
                return None
            if name.lower() not in _NOT_PLACES and not re.fullmatch(r"[A-Z]{1,2}-?\d+", name):
                return name
    return None


def _pairs(how: str, body: str) -> list[tuple[str, str]]:
    how = "from" if how.lower() == "fm" else how.lower()
    pairs: list[tuple[str, str]] = []
    if how == "from":
        parts = re.split(r"\s+(?:to|towards?)\s+", body, maxsplit=1, flags=_I)
        if len(parts) == 2:
            # "from Rosh Pinna to Quneitra crossed the Jordan": the place ends before a verb
            # ("from Korsk to Ulst City to freight": a purpose after the place)
            # ("to Conway, Pennsylvania, derailed": a town and its state, kept together)
            region = _REGION.match(parts[1])
            end = (
                region.group()
                if region
                else re.split(r",|\s+and\s+|\s+to\s+|\s+(?=[a-z]+ed\b)", parts[1])[0]
            )
            a, b = place_name(parts[0]), place_name(end)
            if a and b:
                pairs.append((a, b))
        return pairs
    if how in ("between", "btn"):
        for group in _PAIR_GROUPS.split(body):
            # "between X and Y, bypassing Z": a clause after the pair is not part of it
            group = re.split(r",\s+(?!(?:and|or|the)\b)(?=[a-z])", group)[0]
            # "between Melbourne and Wallan and on the Princes Freeway": the pair ends before
            # a place reached another way
            group = re.split(
                r"\s+and\s+(?=(?:on|in|at|along|toward|towards|via|near|then)\s)", group
            )[0]
            # "between Novska and Nova Gradiska, the Adriatic oil pipeline and ...": a list
            # closed by its "and" ends at the next comma
            closed = re.search(r"\s+and\s+[^,]*?,", group)
            if closed:
                group = group[: closed.end() - 1]
            split = (
                r",?\s+and\s+|\s*,\s*"
                if re.search(r"\s+and\s+", group)
                else (r",?\s+and\s+|\s*,\s*|\s*[-/]\s*")
            )
            names = [place_name(p) for p in re.split(split, group) if p.strip()]
            if len(names) >= 2 and all(names):
                pairs.extend(itertools.pairwise(names))
        return pairs
    head, sep, rest = _split_connect(body)
    a = place_name(head)
    if not a or not sep:
        return pairs
    for part in re.split(r",?\s+and\s+|\s*,\s*", rest):
        # "linking Arlo and Mennick, the largest Betravian town": a gloss on the last place
        if pairs and re.match(r"\s*(?:the|a|an)\s+[a-z]", part):
            break
        b = place_name(part)
        if b:
            pairs.append((a, b))
        if not b or len(part.split()) > 5:
            break
    return pairs


def _split_connect(body: str) -> tuple[str, str, str]:
    m = re.search(r"\s+(with|to|and)\s+", body, _I)
    if not m:
        return body, "", ""
    return body[: m.start()], m.group(1), body[m.end() :]


_FUNCTION_WORDS = {
    "from", "to", "between", "and", "or", "the", "of", "for", "on", "in", "at", "by", "with",
    "a", "an", "as", "its", "their", "all", "both", "each", "no", "not", "nor", "than",
}  # fmt: skip


def _sentence_case(line: str) -> str:
    """A line in capitals (cables, telexes) with its small words small and its names
    capitalised, letter for letter: "HIGHWAY 9 FROM CASTEN TO BRAY" -> "Highway 9 from Casten
    to Bray"."""

    def word(m: re.Match) -> str:
        w = m.group()
        low = w.lower()
        if low in _FUNCTION_WORDS or _STOP.fullmatch(low) or low == "fm":
            return low
        return w if len(w) <= 3 else w.capitalize()

    return re.sub(r"[A-Z][A-Z']*", word, line)


def _decapitalise(norm: str) -> str:
    """The text with every line written in capitals put in sentence case (same length)."""
    return re.sub(
        r"(?m)^(?=[^\n]*[A-Z]{2,}[^\n]*[A-Z]{2,})[^a-z\n]+$",
        lambda m: _sentence_case(m.group()),
        norm,
    )


# a table's column of routes: " Corridor | Route | Opening" over " C-1 | Belcaro - Hesk | 12 Oct",
# or the same columns aligned with spaces
def _table_routes(norm: str) -> list[RouteMention]:
    """Routes in a table's column headed "Route" (or "Road", "Itinerary"), one a row."""
    found: list[RouteMention] = []
    for start, cell, _ in column_cells(norm, r"(?:route|road|itinerary|axis)s?"):
        pair = re.fullmatch(r"(.+?)\s+(?:-|\u2013|to)\s+(.+)", cell)
        if not pair:
            continue
        a, b = place_name(pair.group(1)), place_name(pair.group(2))
        if a and b and a.lower() != b.lower():
            found.append(RouteMention(start, start + len(cell), a, b, None))
    return found


def find_routes(norm: str) -> list[RouteMention]:
    """Every route (pair of places) named in a normalised text."""
    # ("The railway fr0m Nerva t0 0strel": a scan's words read as words)
    norm = _decapitalise(norm)
    found: list[RouteMention] = []
    # where each pair found so far is named: "the railway from Dorn to Kalsa station" ends at
    # its second place, so that "and the Tesk-Mirov highway" after it is a route of its own
    named: list[tuple[int, int]] = []
    for m in _CONNECT.finditer(norm):
        if m.group("how") == "fm":
            if not re.search(r"\b(?:bus|coach|shuttle)\w*\s+fm\s+$", m.group(), _I):
                # a signal's "FM" after a bus's or a shuttle's name only
                continue
            m = _FromMatch(m)
        sentence = norm[max(0, m.start() - 300) : m.start()].rsplit(".", 1)[-1]
        if re.match(r"one\b", m.group()) and not re.search(rf"\b{_ROAD}\b", sentence, _I):
            # "the central one from A to B" only after a way named in its sentence
            continue
        if re.search(
            r"\b(?:cables?|pipelines?|pipes?),?\s+(?:(?:which|that)\s+\w+\s+)?from\s+$",
            m.group(),
            _I,
        ):
            # "a corridor along the export cable, which runs from A to B": the cable's course
            continue
        rest = norm[m.end() : m.end() + 200]
        if m.group("how").lower() == "from":
            rest = _APPOSITIVE.sub("", rest)
        stop = _STOP.search(rest)
        body = rest[: stop.start()] if stop else rest
        if m.group("how").lower() == "from":
            to = re.search(r"\s+(?:to|towards?)\s+", body, _I)
            if not to:
                continue
            after = _STOP.search(rest, to.end())
            body = rest[: after.start()] if after else rest
        body = body.rstrip(" ,")
        upto = len(body)
        if m.group("how").lower() == "from":
            if to.end() > len(body):
                # ("Negotiators from A and B agreed on Monday to open ...": the "to" of a verb,
                # cut off with the clause; nothing is named after it)
                continue
            cut = re.search(r",|\s+and\s+|\s+(?=[a-z]+ed\b)", body[to.end() :])
            upto = to.end() + cut.start() if cut else upto
        # (searched in place: the words before "Route" tell an air route)
        name = _ROAD_ID_RE.search(norm, m.start(), m.end())
        # "along the M4 from X to Y", "the M4 highway from X to Y": a stretch of that road
        stretch = bool(
            name
            and m.group("how").lower() == "from"
            # (searched in place: "the Coast Road" is a name after its "the")
            and re.compile(rf"(?:\b(?:along|on|of)\s+(?:the\s+)?)?{_ROAD_ID}").search(
                norm, m.start(), m.end()
            )
        )
        # "the M4, the highway that links Aleppo with Latakia", "the N7 linking A and B",
        # "the stretch of the E41 between A and B": a named road, or a stretch of it
        stretch = stretch or bool(
            name
            and (
                re.compile(
                    # ("the Beartooth Highway (US 212) between A and B": its number beside it)
                    rf"{_ROAD_ID}(?:\s+{_ROAD})?(?:\s*\([^()]{{1,30}}\))?"
                    rf"(?:,\s+(?:the|a)\s+{_ROAD})?,?\s+"
                    r"(?:(?:that|which)\s+)?(?:links|linking|connects|connecting|joins|joining|"
                    r"between|btn|from)\b"
                    # "The N4 is now shut between Bray and Colm"
                    # ("the K-9 road is closed between A and B": the number and its road word)
                    rf"|{_ROAD_ID}(?:\s+{_ROAD})?\s+(?:is|are|was|will\s+be|remains?)\s+"
                    r"(?:now\s+)?(?:\w+\s+)?"
                    r"(?:between|from)\b",
                    _I,
                ).search(norm, m.start(), m.end())
                or re.search(
                    rf"\b(?:stretch|section|segment|part|portion|length)\s+of\s+(?:the\s+)?"
                    rf"{_ROAD_ID}",
                    norm[max(0, m.start() - 40) : m.end()],
                )
            )
        )
        pairs = [(a, b) for a, b in _pairs(m.group("how"), body) if a.lower() != b.lower()]
        number = None
        if pairs and name is None:
            # the number beside the last place: "the road from Merov to Kalsk (Highway 3)"
            last = pairs[-1][1]
            at = norm.find(last, m.end(), m.end() + 250)
            number = _beside(norm, at + len(last)) if at >= 0 else None
        begin = m.start()
        glossed = re.search(
            r"(?:\b[Tt]he\s+)(?P<ends>(?-i:[A-Z][\w']+)\s*[-–]\s*(?-i:[A-Z][\w']+))\s+$",
            norm[max(0, m.start() - 60) : m.start()],
        )
        if (
            name is None
            and glossed
            and re.match(
                rf"{_ROAD}\s*,\s+(?:running|which\s+runs|that\s+runs)\s+from\b", m.group(), _I
            )
            and pairs
        ):
            # "the Aldenport-Selm railway, running from Aldenport to Selm": a way named by its
            # ends, its course told after it (as "the Kesk-Varn road, running from ...")
            begin = max(0, m.start() - 60) + glossed.start("ends")
            road = re.match(rf"{_ROAD}", m.group(), _I).group()
            number = (f"{glossed.group('ends')} {road}", 0)
        for a, b in pairs:
            named.append((begin, m.end() + upto))
            found.append(
                RouteMention(
                    m.start(),
                    m.end() + len(body),
                    a,
                    b,
                    number[0] if number else (name.group() if name else None),
                    stretch or number is not None,
                )
            )
    for m in _HYPHENATED.finditer(norm):
        a = m.group("a") or m.group("a2") or m.group("a3")
        b = m.group("b") or m.group("b2") or m.group("b3")
        a, b = place_name(a), place_name(b)
        number = _beside(norm, m.end()) if m.group("a2") else None
        # "the Damascus-Baghdad highway as far as the Tanf crossing": the stretch of that road
        # up to a place short of its end
        far = _AS_FAR_AS.match(norm, number[1] if number else m.end())
        if a and m.group("a2") and far and (c := place_name(far.group(1))):
            if not any(f_a <= m.start() < f_b for f_a, f_b in named):
                named.append((m.start(), far.end()))
                road = number[0] if number else m.group()
                found.append(RouteMention(m.start(), far.end(), a, c, road, True))
            continue
        if number and a and b and a.lower() != b.lower():
            # "the Kandy-Jaffna road (A9)": the stretch of that numbered road
            if not any(f_a <= m.start() < f_b for f_a, f_b in named):
                named.append((m.start(), m.end()))
                found.append(RouteMention(m.start(), m.end(), a, b, number[0], True))
            continue
        if (
            a
            and b
            and a.lower() != b.lower()
            and not any(f_a <= m.start() < f_b for f_a, f_b in named)
        ):
            named.append((m.start(), m.end()))
            found.append(RouteMention(m.start(), m.end(), a, b, m.group("id")))
    # "out of Middletown on Route 230 toward Harrisburg": a road taken from one place toward
    # another, the road named between them
    for m in _ON_ROAD_TOWARD.finditer(norm):
        a, b = place_name(m.group("a")), place_name(m.group("b"))
        if (
            a
            and b
            and a.lower() != b.lower()
            and not any(f.start <= m.start() < f.end for f in found)
        ):
            found.append(RouteMention(m.start(), m.end(), a, b, m.group("id"), True))
    for m in _NAMED_ENDS.finditer(norm):
        if _CALENDAR.match(m.group("a")) or _CALENDAR.match(m.group("b")):
            continue
        a, b = place_name(m.group("a")), place_name(m.group("b"))
        if (
            a
            and b
            and a.lower() != b.lower()
            and not any(f.start <= m.start() < f.end for f in found)
        ):
            found.append(RouteMention(m.start(), m.end(), a, b, None))
    found += [t for t in _table_routes(norm) if not any(f.start <= t.start < f.end for f in found)]
    return sorted(found, key=lambda r: r.start)


__all__ = ["RouteMention", "find_routes", "place_name"]
