"""What became of a proposed width: cue words for its fate, and how far each cue reaches.

A figure's status is one of "rejected" (the other side refused it),
"dropped" (set aside or taken back), "superseded" (a later version
replaced it), "proposed" (put forward, fate not told) or plain "stated".
Cues are read in three scopes, nearest first:

1. the figure's own clause ("a 5 km zone was rejected");
2. the rest of its sentence, when the figure is a proposal ("they first
   asked for 5 km but dropped this", "offered 10 km, which we rejected");
3. the next sentences of the paragraph, when they point back at it ("That
   draft was replaced", "Both ideas were set aside", "I could not sign that").

When a stretch of text holds several cues, the first one after the figure
decides ("was dropped after the other side refused to discuss it": dropped).
"""

from __future__ import annotations

import re

_I = re.I

# refused by someone else
REJECT = re.compile(
    r"\b(?:reject\w*|refus\w*|rebuff\w*|dismiss\w*|turn\w*\s+(?:\w+\s+){0,2}?down|declin\w*|(?<!can\s)(?<!could\s)(?<!would\s)(?<!may\s)(?<!might\s)(?<!will\s)ruled?\s+out|"
    r"vetoed|opposed|objected|"
    # "the request could not be granted"
    r"(?:could|can|would|will|was|were|is|are)\s*(?:not|n't)\s+(?:be\s+)?granted|cannot\s+be\s+granted|"
    r"not\s+accept\w*(?!\s+(?:anything\s+|any\s+\w+\s+)?(?:less|fewer|more|"
    r"under|below|short\s+of)\b)|"
    # "Nor do we accept the Association's submission that a band of 50 metres ..."
    r"nor\s+(?:do|does|did|can|could|will|would|shall|have|has|had)\s+(?:[\w'-]+\s+){1,3}?accept\w*|"
    # "ban farms within 15 kilometres of the river; I have not agreed to that"
    r"(?:have|has|had)\s*(?:not|n't)\s+agreed\s+to\s+(?:it|this|that|them)\b|(?:saw|sees|see)\s+no\s+(?:need|reason|case)\s+for|"
    # "asked for 15 km, but the council said the wider circle would have taken in the hospital"
    r"but\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?(?:said|argued|replied|countered|warned|objected|"
    r"answered|ruled|found)\s+(?:that\s+)?[^.;\d]{0,60}?\bwould\s+(?:have\s+)?(?:\w+ed|been|meant|"
    r"taken|cut|put|left|shut|emptied|split)|never\s+agreed|never\s+(?:accepted|approved|agreed\s+to)|voted\s+(?:\w+\s+){0,3}?down|"
    # (not "would never accept less than 10 km": a demand for 10 km)
    r"(?:could|can|would|will)\s*(?:not|n't|never)\s+(?:live\s+with|accept(?!\s+(?:anything\s+|"
    r"any\s+\w+\s+)?(?:less|fewer|more|under|below|short\s+of)\b)|agree\s+to|sign|entertain|"
    # "Virasol would not hear of our 5 kilometres"
    r"hear\s+of)|"
    # "the parties were unable to agree on the proposal to create a 1-km corridor"
    r"(?:unable\s+to|(?:could|did)\s*(?:not|n't)|fail\w*\s+to)\s+agree\s+(?:on|to|upon)|"
    # "the officer said she could not support that"
    r"(?:could|can|would|will|did|does|do)\s*(?:not|n't)\s+support\s+(?:it|this|that|them|"
    r"the\s+(?:\w+\s+)?(?:request|proposal|application|idea|figure|demand))\b|"
    # "The DWD did not adopt that figure"
    # (not "did not adopt the staff figure either and RESOLVED that ... a 250-metre setback")
    r"(?:did|do|does|has|have|had)\s*(?:not|n't)\s+(?:adopt(?:ed)?|take\s+up|taken\s+up)\s+"
    r"(?:it|that|this|them|these|those)(?:\s+(?:figure|proposal|distance|radius|recommendation|idea|"
    r"limit|width|zone))?\b|"
    # "has considered the hon. Member's proposal of a half-mile setback and has decided against it"
    r"decided\s+against\s+(?:it|this|that|them)\b|"
    # "We have looked at that and we will not do it"
    r"(?:will|would|shall)\s*(?:not|n't)\s+do\s+(?:it|that|this)\b|"
    r"unacceptable|(?:was|were|is|are)\s+(?:\w+ly\s+)?not\s+(?:met|accepted|adopted|taken\s+up|approved|"
    # "a proposal to apply the state of emergency in a 10 km zone was not supported"
    r"supported)|"
    # "the proposal to extend the Zone to 8 nautical miles was examined and not retained"
    # ("A proposal for corridors 10 nautical miles wide was considered during the negotiations
    # and not adopted")
    r"(?:was|were)\s+(?:(?:examined|considered|studied|discussed|debated)\s+(?:(?:by|during|in|at)\s+"
    r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+)?and\s+)?(?:\w+ly\s+)?"
    r"not\s+(?:retained|upheld|carried|endorsed|accepted|adopted|approved|taken\s+up)|"
    # "30 km was out of the question", "described as a non-starter"
    r"out\s+of\s+the\s+question|non-starter|dead\s+on\s+arrival|"
    # "the court struck down the law that had set a 35-foot zone"
    r"str(?:uck|ike|ikes|iking)\s+(?:\w+\s+){0,4}?down|"
    # "the mediator struck this out" (someone striking another's figure), "there was no
    # need for that"
    r"str(?:uck|ike|ikes|iking)\s+(?:it|this|that|them)\s+out|"
    # "A 500-foot requirement in the draft was struck by the Board"
    r"(?:was|were)\s+struck\s+(?:out\s+)?(?:by|from)\s+the\b|(?:there\s+(?:was|is)\s+|saw\s+)?"
    r"no\s+need\s+for\s+(?:it|that|this|them|such)|"
    r"fell\s+through|said\s+no\b(?![\s-]+(?:one|body|longer|more|later|sooner)\b)|"
    # "considered an access area of 150 m but does not recommend it", "would not revisit the
    # 500-metre request"
    r"(?:do|does|did)\s*(?:not|n't)\s+recommend|not\s+recommended|"
    r"(?:would|will|could)\s*(?:not|n't)\s+revisit|declined\s+to\s+revisit|"
    # "The amendment was lost, 5 votes to 7", "an amendment for 500 metres, which was lost"
    # "An amendment from the Greens for 50 metres was defeated"
    # ("An amendment to cut the zone to 50 metres ... was also defeated")
    r"(?:was|were)\s+(?:(?:also|then|later|duly|narrowly|heavily|easily|finally|eventually)\s+)?"
    r"defeated\b|"
    r"(?:amendment|motion|resolution|proposal|which)\s+(?:was|were)\s+(?:also\s+|duly\s+)?(?:lost|defeated|"
    r"negatived|not\s+carried)|"
    # "A motion to require a 1 km buffer ... was put to the vote and lost"
    # "... was put to the Council and lost"
    r"put\s+to\s+(?:the\s+|a\s+)?(?:vote|council|meeting|board|committee|house|members)\s+and\s+"
    r"(?:was\s+)?(?:lost|defeated|negatived)|(?:answer|reply|response)\s+was\s+(?:a\s+)?(?:flat\s+|firm\s+|blunt\s+)?no\b|"
    r"found\s+no\s+(?:support|backing|takers|favour|favor|seconder)|"
    # "the motion fell, two votes to three", "Neither figure found a seconder"
    r"(?:motion|amendment|resolution)\s+fell\b|(?:was|were)\s+not\s+seconded|"
    # "An amendment to raise the setback ... to fifty (50) feet was moved and defeated, 2-3"
    # ("the motion was put and LOST, 2 votes to 3")
    r"(?:was|were)\s+(?:moved|put|proposed|tabled|considered)\s+and\s+(?:defeated|lost|rejected|"
    r"negatived|refused)|"
    # "your suggestion of 50 metres from the railway fence is not something we can accept"
    r"not\s+something\s+(?:we|I|they|he|she|the\s+\w+)\s+(?:can|could|will|would)\s+(?:accept|"
    r"agree\s+to|support|live\s+with)|"
    # "Motion failed 2-3." ("the motion was put and LOST": a vote lost, above)
    r"(?:motion|amendment|resolution)\s+failed|"
    r"fail(?:s|ed)?\s+to\s+find\s+a\s+seconder|(?:neither|none)\b[^.;]{0,40}?\bfound\s+a\s+seconder|"
    r"(?:was|were)\s+(?:simply\s+)?(?:ignored|brushed\s+aside)|went\s+unanswered|"
    # "balked at", "would not hear of", "was thrown out", "met with a flat no"
    r"(?:would|will)\s+have\s+none\s+of|(?:never|not)\s+on\s+the\s+cards|"
    r"balk(?:ed|s)?\s+at|(?:would|will|could)\s*(?:not|n't)\s+hear\s+of|thrown\s+out|threw\s+(?:it\s+|"
    r"this\s+|that\s+|them\s+)?out|knocked\s+back|spurned|"
    # (not an aircraft: "The plane shot down by North Korean jets on Tuesday")
    r"(?<!plane\s)(?<!planes\s)(?<!aircraft\s)(?<!jet\s)(?<!drone\s)(?<!airliner\s)(?<!bomber\s)"
    r"(?<!helicopter\s)(?<!fighter\s)shot\s+down(?!\s+(?:by|over)\s+(?:[\w-]+\s+){0,3}?(?:jets?|"
    r"fighters?|missiles?|MiGs?|anti-aircraft|air\s+defen[cs]es?)\b)|"
    r"met\s+with\s+(?:a\s+)?(?:flat\s+|firm\s+|blunt\s+|swift\s+)?(?:no|refusal|rejection)|"
    r"(?:was|is|were|are|as|it)\s+(?:far\s+|much\s+)?too\s+(?:small|narrow|wide|large|big|deep|"
    r"shallow|little|much|far)|(?:neither|none)\b[^.;]{0,40}?\b(?:was|were)\s+(?:accepted|"
    r"adopted|approved))\b",
    _I,
)
# set aside or taken back by those who made it
DROPPED = re.compile(
    # "a dropped kerb" (a lowered kerb), "an abandoned vehicle" name things, not a fate
    r"\b(?:dropp(?!ers?\b)\w*(?!\s+(?:kerbs?|curbs?|crossings?|footways?|ceilings?|anchors?|objects?)\b)|drops|shelved|"
    r"scrapp\w*|scraps|abandon\w*(?!\s+(?:vehicles?|cars?|buildings?|boats?|vessels?|wells?|mines?|"
    r"quarr(?:y|ies)|villages?|houses?|farms?|railways?|lines?)\b)|set\s+aside|taken\s+off\s+the\s+table|"
    # "The Empire renounces the proposal ... of a coastal belt", "withdrew its proposal of"
    # "So the 250-metre figure is gone too"
    r"(?:is|are|was|were)\s+gone\b(?!\s+(?:up|down|through|ahead|into|from|to|by|over|out|on)\b)|"
    r"renounc(?:es|ed|ing)|withdr(?:ew|aws|awn)\s+(?:its|their|his|her|our|the)\s+(?:own\s+)?"
    # ("withdrew its earlier proposal that the distance be fixed at 50 yards")
    r"(?:(?:earlier|first|original|initial|previous|last|second|own)\s+){0,2}"
    r"(?:proposal|demand|offer|request|plan|claim)s?|"
    r"(?:no\s+longer|not)\s+on\s+the\s+table|off\s+the\s+table|quietly\s+buried|went\s+nowhere|"
    # "asked for 10, which nobody on either side took up": it went nowhere
    r"(?:nobody|no\s+one|none\s+of\s+(?:us|them))\s+(?:[^.;,\d]{0,30}?\s)?took\s+(?:it\s+|them\s+)?up\b|"
    # "got nowhere", "gave up on its demand", "no longer insists on", "was binned"
    r"(?:got|led|came)\s+(?:to\s+)?nowhere|g[ai]ve\s+up\s+on|giving\s+up\s+on|binned|"
    # "had given up the demand to get the deal done"
    r"(?:given|gave|give|giving)\s+up\s+(?:the|its|their|our|that|this|his|her)\s+"
    r"(?:demand|claim|request|idea|proposal|plan|offer)s?\b|"
    r"no\s+longer\s+(?:insists?|insisted|presses|pressed|pushes|pushed|seeks|sought|demands?|"
    r"demanded|wants?|wanted|asks?|asked)|"
    r"did\s+not\s+survive|never\s+made\s+it|collapsed|fell\s+apart|"
    # "the 8-kilometre idea fell away", "the plan fell by the wayside"
    r"(?:fell|fallen|falls|falling)\s+(?:away|by\s+the\s+wayside)|"
    r"never\s+(?:adopted|taken\s+up|implemented|pursued)|"
    # "ZONE OF FIVE MILES EACH SIDE WILL NOT BE REVIVED", "The half-mile strip will not be
    # applied."
    r"(?:will|shall|would)\s+not\s+be\s+(?:revived|reinstated|restored|renewed|brought\s+back|applied|"
    r"introduced)|"
    # "considered and not taken forward", "was not proceeded with"
    r"not\s+(?:taken|carried|brought|put)\s+forward|not\s+proceeded\s+with|(?:was|were)\s+not\s+(?:pursued|followed\s+up)|"
    r"gave\s+way|gave\s+(?:it|this|that)\s+up|backed\s+down|"
    # "Merrand thought that too much, and we came down": a side lowering its own figure
    r"(?:we|they|he|she|I)\s+(?:came|had\s+to\s+come)\s+down(?=\s*(?:[,;.]|and\b|$))|"
    # "gave the idea up", "giving their demand up"
    r"(?:g[ai]ve|given|giv(?:es|ing))\s+(?:the|this|that|its|their|our|his|her)\s+(?:\w+\s+)?(?:idea|"
    r"proposal|plan|demand|figure|request|offer|claim)s?\s+up|"
    # "they quietly let it go", "we set our proposal aside", "put the idea aside"
    r"let\s+(?:it|this|that|them|(?:the|that|this|their|its|our|his|her)\s+(?:\w+\s+)?(?:proposal|"
    r"plan|idea|demand|figure|matter|request|offer|version|draft))\s+"
    r"(?:go|drop|lapse)|(?:set|put|laid|lay)\s+(?:it|this|that|them|(?:our|their|the|its|his|her|"
    r"this|that)\s+(?:\w+\s+)?(?:proposal|plan|idea|offer|demand|draft|figure)s?)\s+aside|"
    r"climbed\s+down|never\s+got\s+off\s+the\s+ground|came\s+to\s+nothing|"
    r"(?:struck|taken)\s+out|(?:recorded|noted|treated)\s+as\s+withdrawn|"
    r"(?:neither|none)\b[^.;]{0,40}?\b(?:surviv\w*|made\s+it|went\s+(?:ahead|through|anywhere)|"
    r"lasted))\b",
    _I,
)
# a proposal taken back (only where the words speak of the proposal, not of troops)
RETRACTED = re.compile(
    r"\b(?:withdrawn|withdrew\s+(?:it|this|that|the\s+\w+)|retracted|taken\s+back|pulled)\b", _I
)
SUPERSEDED = re.compile(
    r"\b(?:replac\w*|supersed\w*|overtaken|revised\s+(?:down|up)\w*|watered\s+down|"
    r"scaled\s+(?:back|down)|pared\s+(?:back|down)|"
    r"was\s+cut\s+to|was\s+reduced\s+to|was\s+changed|"
    # "the line was drawn in to 500 nautical miles": a line moved nearer than first planned
    r"(?:was|were)\s+(?:\w+\s+)?(?:drawn|pulled|brought|moved)\s+(?:in|back|closer)\s+to|"
    # "a 2 km zone was first agreed but later doubled to 4 km"
    r"later\s+(?:reduc|cut|narrow|widen|doubl|halv|increas|rais|extend|chang|revis|amend)\w*|"
    # "So the three-kilometre zone is finished. From today the danger zone is ..."
    r"(?:is|are|was|were)\s+(?:now\s+)?(?:finished|over|history))\b",
    _I,
)
# a proposal's end in words that also tell of other things ("two men died", "troops were
# withdrawn"): read only where the words speak of a proposal
SOFT_DROPPED = re.compile(
    r"\b(?:died|lapsed|fizzled(?:\s+out)?|petered\s+out|faded(?:\s+away)?|(?:was|were)\s+"
    r"(?:withdrawn|retracted|quietly\s+forgotten))\b",
    _I,
)
_FATE = re.compile(
    rf"(?P<dropped>{DROPPED.pattern})|(?P<rejected>{REJECT.pattern})"
    rf"|(?P<superseded>{SUPERSEDED.pattern})",
    _I,
)
# words that make a figure something put forward rather than in force
# what a motion or an amendment proposes to do with a figure: "a motion to require", "moved to
# increase"
_SET_OR_CHANGE = (
    r"(?:require|set|impose|make|create|fix|extend|widen|raise|reduce|cut|increase|lower|double|"
    r"halve)"
)
PROPOSAL = re.compile(
    r"\b(?:pushed\s+for|push(?:ing)?\s+for|propos\w*|suggest\w*|demand\w*|want(?:s|ed)|prefer(?:s|red)|"
    r"sought|"
    # "Quessa's opening position of 10 km on each side"
    r"(?:opening|initial|original|starting)\s+(?:position|bid|stance)\s+(?:was\s+|of\s+)|"
    # "has received calls from the Orsk municipal council for a 5 km evacuation zone"
    r"call(?:s|ed|ing)?\s+(?:from\s+[^.;:]{1,60}?\s+)?for|offer\w*|insisted\s+on|ask(?:ed|ing|s)?\s+(?:for|that)|floated|tabled|"
    # a motion in a council's minutes: "Cllr Fenn moved an amendment that the distance be
    # raised to 2 km", "moved an amendment for 500 metres"
    r"moved\s+(?:(?:an?\s+)?(?:amendment|motion)\s+)?(?:that|for)\b|amendment\s+(?:for|that)\b|"
    rf"(?:motion|amendment)\s+to\s+{_SET_OR_CHANGE}\b|"
    # "Supervisor Lindqvist moved to increase the dwelling setback to one-half mile"
    rf"moved\s+to\s+(?:{_SET_OR_CHANGE}|ban|prohibit|restrict|limit)\b|"
    # "had asked the house to keep a distance of one kilometre": a body asked to decide
    # "The Fishermen's Union asked me to go further and ban farms within 15 kilometres"
    r"(?:ask|urg|press|petition)(?:ed|es|e|s|ing)?\s+(?:me|us)\s+to\b|"
    r"(?:ask|urg|press|petition)(?:ed|es|e|s|ing)?\s+(?:the\s+)?(?:house|chamber|parliament|"
    r"assembly|senate|council|committee|court|tribunal|government|ministry|board|commission)\s+to\s+(?:keep|set|fix|make|draw|adopt|impose|create|establish|widen|extend|"
    r"cut|raise|lower|reduce|narrow)\b|"
    # "The agency is also considering, and invites comment on, closing trawl fisheries within"
    r"(?:is|are)\s+(?:also\s+|now\s+)?considering\b|invit(?:es|ed|ing)\s+comments?\s+on\b|"
    # "may ask later for the six miles again", "asked once more for 10 km"
    r"ask(?:ed|ing|s)?\s+(?:again|later|once\s+more|anew|\w+ly)\s+for|"
    r"need(?:ed|s)?\s+(?!to\b)|put\s+forward|"
    # "did ask, in the first round, for twelve miles"
    r"(?:ask|call|press|push|argu)(?:ed|es|s|e)?\s*,[^,.;]{1,40},\s*for\b|argu\w*\s+(?:\w+\s+){0,3}?for|press\w*\s+for|recommend\w*|"
    r"ideas?\b|(?:never|not)\s+accept\s+(?:anything\s+)?(?:less|fewer|more)\s+than|"
    # "favours a 30 km buffer", "advocates", "holding out for", "put a 10 km zone on the table"
    r"favou?r(?:s|ed|ing)?\s+(?=an?\b)|advocat\w*|(?:holding|held|hold|holds)\s+out\s+for|"
    r"put\s+(?=[^.;]{0,40}\bon\s+the\s+table)|"
    # "their negotiators opened at 30 km", "Pellas countered with a mile"
    r"open(?:ed|s|ing)\s+(?:the\s+talks\s+)?(?:at|with)\b|counter(?:ed|s|ing)?\s+with\b|"
    r"(?:began|started)\s+(?:out\s+)?at\b|"
    # "he would insist on 10 km", "we would seek 10 km", "they came back with 25 km"
    r"insist(?:s|ing)?\s+on|seek(?:s|ing)?\b|c(?:a|o)me(?:s)?\s+back\s+with|coming\s+back\s+with|"
    # "withdrew its claim to a full 200 nautical mile zone": a claim put forward
    r"(?:its|their|his|her|our|the)\s+claims?\s+(?:to|for)\b)",
    _I,
)
# a measure a body is weighing, its figures in the rest of the sentence: "The agency is also
# considering, and invites comment on, closing trawl fisheries within 10 nm of rookeries, a belt
# that would widen to 20 nm in winter"
UNDER_CONSIDERATION = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:considering|weighing|studying)|"
    r"invit(?:es|ed|ing)\s+comments?\s+on|seeks?\s+comments?\s+on)\b[^.;]{0,160}$",
    _I,
)

# "Their answer, in December, was fifteen kilometres": the other side's counter-proposal
ANSWER = re.compile(
    r"\b(?:answer|reply|response|counter-?(?:proposal|offer|bid))\s*(?:,[^,.;]{1,40},\s*)?"
    r"(?:was|came\s+back\s+as)\s+(?:(?:only|just|about|some|roughly|around)\s+)?$",
    _I,
)
ANAPHOR = re.compile(
    # ("Col. Vellin replied that it had been withdrawn": a title's point is no full stop)
    r"^\W*(?:that|this|it|the|they|he|she|we|I|(?:(?:Col|Gen|Lt|Maj|Capt|Cdr|Adm|Brig|Sgt|Mr|Mrs|"
    r"Ms|Dr|Prof|Amb|Gov|Sen|Rep|Hon|St|Cllr|Insp)\.\s+)?[A-Z][\w-]+)\b[^.]{0,80}?"
    r"\b(?:it|that|this|the\s+(?:proposal|plan|idea|offer|draft|version|figure|demand|"
    r"request|suggestion|compromise|initiative|number|option|scheme))\b|^\W*(?:that|this|it)\b"
    r"|^\W*(?:the|that|this|their|our|his|her|its)\s+(?:\w+\s+)?(?:proposal|plan|idea|offer|draft|"
    r"version|figure|demand|request|suggestion|compromise|initiative|number|option|scheme|aim|goal|objective|"
    r"motion|amendment)\b|^\W*(?:motion|amendment)\s+(?:failed|fell|lost|defeated)\b",
    _I,
)
# "Both ideas were set aside": several proposals at once, possibly two sentences back
PLURAL_ANAPHOR = re.compile(
    r"^\W*neither\s+(?:proposal|plan|idea|offer|draft|version|figure|demand)\b"
    r"|^\W*(?:both|all|these|those|neither|none)\b(?:\s+(?:of\s+)?(?:the|these|those|them))?"
    r"(?:\s+\w+)?\s*(?:proposals|plans|ideas|offers|drafts|versions|figures|demands|"
    r"suggestions|options|were|was|had|fell|went|got|of\s+them)\b",
    _I,
)
DRAFT = re.compile(
    r"\b(?:propos\w*|suggest\w*|recommend\w*|offer\w*|draft\w*|version|plan|idea|demand\w*|wanted|compromise|"
    r"counter\w*|insist\w*\s+on|seek(?:s|ing)?|c(?:a|o)me(?:s)?\s+back\s+with|"
    r"sought|called\s+for|calling\s+for|wants|calls\s+(?:from\s+[^.;:]{1,60}?\s+)?for|pushed\s+for|pressed\s+for|put\s+forward|ask(?:ed|s|ing)?\s+(?:for|that)|insisted\s+on|"
    # "had pressed during the night to extend the radius to 17 km", "asked at one stage for"
    r"(?:press|urg|ask)(?:ed|es|e|s|ing)?\s+(?:(?:at|in|during|on|for)\s+)?(?:\w+\s+){0,3}?(?:for|to)\b|"
    r"request(?:s|ed)?|(?:its|their|his|her|our|the)\s+claims?\s+(?:to|for)|"
    # "Volden submitted that any zone should not exceed 3 miles. The Tribunal declines this"
    r"submi(?:tted|ts|tting)\s+that|submissions?|contended\s+that|contentions?|"
    r"floated|tabled|moved\s+that|moved\s+(?:an?\s+)?(?:amendment|motion)|moved\s+to\s+\w+|"
    r"(?:ask|call|press|push|argu)(?:ed|es|s|e)?\s*,[^,.;]{1,40},\s*for|"
    r"discuss\w*|consider\w*|weigh(?:s|ed|ing)|envisag\w*|suggestion|initiative|"
    # "The Ministry examined enlarging the area to 20 nautical miles, but this was not pursued"
    r"examin(?:ed|es|ing)|stud(?:ied|ies|ying)|explor(?:ed|es|ing)|looked\s+(?:at|into)|"
    # "the declared aim was at first to clear a belt 40 km deep; that aim was soon dropped"
    r"aims?|goals?|objectives?|"
    r"(?:first|opening|initial|original|earlier|starting)\s+(?:\w+\s+)?(?:position|bid|figure)|"
    # "Brolland's first answer was 500 metres. We said no to that."
    r"(?:answer|reply|response)\s+was|"
    r"mooted|pitched|put\s+on\s+the\s+table|put\s+(?=[^.;]{0,40}\bon\s+the\s+table)|(?:was|were)\s+to\s+(?:be|have\s+been)|"
    r"would\s+(?:have\s+)?(?:be|been|measure|extend)|would\s+have\s+\w+ed|"
    # "Under the March arrangement the buffer was 12 km wide. That arrangement is replaced."
    r"(?:under|in)\s+the\s+(?:\w+\s+)?(?:arrangement|agreement|accord|regime|deal))\b",
    _I,
)
# a figure denied outright: "No one ever proposed 60 km", "That figure was never proposed"
_DENIAL = re.compile(
    r"^\W*(?:that|this|the)\s+(?:figure|number|proposal|idea|claim|report)\b[^.;]{0,40}?"
    r"\b(?:was|is|has)\s+(?:never|not)\s+(?:been\s+)?(?:proposed|discussed|tabled|"
    r"put\s+forward|raised|on\s+the\s+table)\b|^\W*no\s+such\s+(?:figure|proposal|number|zone|plan)\b"
    # "No figure of twelve was ever put on the table", "No offer of 5 km was ever made"
    r"|^\W*no\s+(?:figure|proposal|number|offer|demand)\s+of\s+[\w.,-]+(?:\s+[\w.,-]+)?\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:ever\s+)?(?:put|proposed|tabled|made|discussed|"
    r"raised|offered|mentioned)\b"
    # "Our General Staff put that idea to me. I did not take it to the table, and it was never
    # proposed" (not "it was never proposed again": one that was)
    r"|^\W*(?:(?:I|we|they|he|she)\b[^.;]{0,80}?,?\s+(?:and|but|so)\s+)?(?:it|that|this)\s+was\s+never\s+"
    r"(?:formally\s+|actually\s+)?"
    r"(?:proposed|tabled|put\s+forward|put\s+on\s+the\s+table)\b(?!\s+(?:again|anew|once\s+more))",
    _I,
)
_DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:\w+\s+){0,3}?"
    r"(?:reports?|claims?|rumou?rs?)\s+(?:of|that)\b[^.;]{0,80}$"
    # "nobody ever proposed 50 km", "no one has asked for a 40-mile zone": denied in its clause
    # ("Nobody, I stress nobody, ever proposed a fifty-kilometre zone")
    r"|\b(?:nobody|no\s+one|no\s+side|neither\s+side)"
    # ("Nobody in this ministry proposed one kilometre", "no one here has asked for")
    r"(?:\s+(?:here|else|(?:in|at|on|from|among|around)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+))?"
    r",?\s+(?:has\s+|had\s+|have\s+)?(?:ever\s+)?"
    # ("Nobody is talking about a forty-mile zone", "nobody ever put a 200-metre buffer")
    r"(?:(?:is|was|are|were)\s+(?:even\s+)?(?:talking|speaking)\s+(?:about|of)|put|"
    r"proposed|suggested|put\s+forward|asked\s+for|demanded|offered|tabled|floated|mentioned|"
    # (not "Nobody asked for the twenty kilometres to come back": a figure named back is one
    # that was put forward)
    # ("Nobody proposed a zone of fifty kilometres")
    r"called\s+for|sought)\s+(?:an?\s+|any\s+)?(?:(?:figure|zone|buffer|strip|belt|corridor|"
    r"radius|limit|distance|setback)\s+of\s+)?$",
    _I,
)


OWN_FIGURE = re.compile(
    r"\d\s*-?\s*(?:km|kilomet\w+|miles?|met(?:re|er)s?|m|yards?|nautical)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred)\s*-?\s*(?:km|kilomet\w+|miles?|met(?:re|er)s?|yards?)\b"
    # "the mile recommended by the Commission": a figure named by its unit alone
    r"|\bthe\s+(?:mile|kilomet(?:re|er))\s+(?:recommended|proposed|suggested|offered|asked|wanted)\b",
    _I,
)


# "proposals for coal working within it should be refused": what a rule does to later
# applications, not a figure's fate
_RULED_TO_BE = re.compile(
    r"\b(?:should|shall|must|will|would|may|are\s+to|is\s+to)\s+(?:normally\s+|generally\s+|"
    r"usually\s+)?be\s+$",
    _I,
)


def ruled_to_be(words: str, at: int) -> bool:
    """Whether a fate word at ``at`` in ``words`` is what a rule says shall be done."""
    return bool(_RULED_TO_BE.search(words[max(0, at - 40) : at]))


def refusal(words: str) -> re.Match | None:
    """The first refusal in ``words`` that is not what a rule says shall be done."""
    return next((m for m in REJECT.finditer(words) if not ruled_to_be(words, m.start())), None)


def fate(words: str, retracted: bool = False) -> tuple[str, re.Match] | None:
    """The first cue for a proposal's fate in ``words``: its label and match.

    ``retracted`` also counts "withdrawn" and "withdrew it" (only for words
    about a proposal: troops are withdrawn too).
    """
    # "Tollund has not said no to it": a cue denied is no cue
    m = next(
        (
            x
            for x in _FATE.finditer(words)
            if (
                not re.search(
                    r"\b(?:not|never|n't)\s+(?:yet\s+|really\s+)?$", words[: x.start()], _I
                )
                and not ruled_to_be(words, x.start())
            )
            # ("We did not reject it, but Tollund did": a refusal all the same)
            or re.match(
                r"[^.;]{0,20}?,?\s*but\s+[^,.;]{1,30}?\s+(?:did|has|had|does|do|was|were|would)\b",
                words[x.end() :],
                _I,
            )
        ),
        None,
    )
    # "After the other side refused, the delegation dropped that proposal": the main clause
    # decides, not a clause that only sets the scene
    lead = re.match(r"\W*(?:after|when|once|because|as|since|following)\b[^,.;]{0,80},", words, _I)
    if m is not None and lead is not None and m.start() < lead.end():
        main = _FATE.search(words, lead.end())
        m = main or m
    r = RETRACTED.search(words) if retracted else None
    if r is not None and (m is None or r.start() < m.start()):
        return "dropped", r
    if m is None:
        return None
    return next(k for k in ("dropped", "rejected", "superseded") if m.group(k)), m


def in_sentence(sentence: str, m_end: int, proposed: bool) -> tuple[str, re.Match] | None:
    """The fate the rest of a proposal's sentence gives it (scope 2).

    "first insisted on 500 m each side but dropped this", "They offered
    10 km, which we rejected", "A proposal ... for 20 km, put forward on
    12 August, is recorded as withdrawn". Only for a figure that is a
    proposal; the cue must come before any later figure.
    """
    rest = sentence[m_end:]
    if not proposed:
        # "Brolland moved to a kilometre each side, which we turned down": a refusal tied to
        # the figure by "which" is its fate, whatever put the figure forward
        which = _WHICH_REFUSED.match(rest)
        return ("rejected", which) if which else None
    # the next figure with a unit ("Route 4" is a name, not a figure)
    nxt = OWN_FIGURE.search(rest)
    rest = rest[: nxt.start()] if nxt else rest
    # "sought a standoff of 750 metres, but it accepted the 500-metre line": the side that
    # asked took a figure other than its own
    if nxt and (took := _TOOK_OTHER.match(re.sub(r"[\d,.]+$", "", rest))):
        return "dropped", took
    return fate(rest, retracted=True)


# a side's own figure in the talks, right before it: "As for Virasol's 30 kilometres, we never
# accepted it", "our 5 kilometres" (not "its": a zone's own figure)
SIDE_OWN = re.compile(
    r"(?:\b(?:our|their|your)|\b(?-i:[A-Z])[\w-]+'s)\s+(?:own\s+|original\s+|first\s+|"
    r"earlier\s+|opening\s+)?$",
    _I,
)


# what a figure put forward is named by after it: "the 8-kilometre idea", "the three-mile
# contention"
PUT_NOUN = (
    r"(?:idea|proposal|plan|offer|demand|draft|suggestion|request|contention|argument|"
    r"submission|figure|amendment|motion)s?"
)
# a figure named by what it was put forward as: "the 8-kilometre idea", "the 500-foot requirement"
NAMED_PUT = re.compile(rf"\s*-?\s*(?:[\w'-]+\s+)?(?:{PUT_NOUN}|requirements?)\b", _I)

# ", which we also turned down", ", which Harnvik rejected": a refusal of the figure just named
_WHICH_REFUSED = re.compile(
    r"[^.;,\d]{0,40}?,\s*which\s+(?:(?:we|they|he|she|I|it|the\s+[\w'-]+|[A-Z][\w'-]+)\s+)?"
    r"(?:(?:also|too|promptly|flatly|duly|again|in\s+turn)\s+)?"
    r"(?:turned\s+down|rejected|refused|declined|(?:was|were)\s+(?:also\s+)?(?:rejected|refused|"
    r"turned\s+down|declined))\b"
)


# the words between a proposal's figure and another figure the same side then took
_TOOK_OTHER = re.compile(
    r"[^.;\d]{0,50}?,?\s*but\s+(?:it|they|he|she|we|I)\s+(?:later\s+|then\s+|eventually\s+|"
    r"finally\s+|in\s+the\s+end\s+|instead\s+|\w+ly\s+)?(?:accepted|settled\s+for|agreed\s+to|"
    r"made\s+do\s+with|went\s+with|took)\s+(?:(?:the|an?|a\s+smaller|a\s+narrower|"
    r"a\s+wider)\s+)?(?:[\w'-]+\s+)?$",
    _I,
)


# a title before a name, whose point is no full stop: "Col. Vellin replied that ..."
_TITLE = (
    r"(?:Col|Gen|Lt|Maj|Capt|Cdr|Adm|Brig|Sgt|Mr|Mrs|Ms|Dr|Prof|Amb|Gov|Sen|Rep|Hon|St|Cllr|Insp)\."
)
_TITLE_END = re.compile(rf"(?:^|\s){_TITLE}$")


def _titles_joined(parts: list[str]) -> list[str]:
    """``parts`` with a part that ends in a title joined to the next ("Col." + "Vellin ...")."""
    out: list[str] = []
    carry = ""
    for part in parts:
        part = f"{carry} {part.strip()}".strip() if carry else part
        carry = part.strip() if _TITLE_END.search(part.strip()) else ""
        if not carry:
            out.append(part)
    if carry:
        out.append(carry)
    return out


def following(sentence: str, after: list[str]) -> str | None:
    """How the next sentences treat a proposed figure (scope 3).

    ``after`` is the rest of the figure's sentence, then the next sentences
    of its paragraph. The figure's sentence must call it a proposal, a
    draft, a plan or a version. The next sentence must point back at it
    ("it", "that draft"); a sentence further on only when every sentence
    between is another proposal and it points back at several ("Both
    ideas were set aside").
    """
    if not DRAFT.search(sentence):
        return None
    after = _titles_joined(after)
    brief = True
    for k, nxt in enumerate(after[:3]):
        nxt = nxt.strip()
        if not nxt:
            continue
        plural = PLURAL_ANAPHOR.search(nxt)
        # a short reply right after it: "The government said no."
        # ("On being put to the vote the motion was lost (3 for, 7 against).": a tally aside)
        bare = re.sub(r"\s*\([^()]{0,40}\)", "", nxt)
        reply = (k == 0 or brief) and len(bare) < 60 and not re.search(r"\d", bare)
        # "The institute refused, saying ...": a reply in the next sentence's first clause
        said_no = k == 0 and re.match(
            r"\W*(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:refused|objected|declined|said\s+no)"
            # ("The delegation refused flatly and, in its turn, offered ...")
            r"(?:\s+(?:flatly|outright|at\s+once|point-blank|firmly))?\b(?=\s*(?:[,;.]|and\b))"
            # "Moscow refused to endorse a Turkish-run zone along the whole frontier"
            r"|\W*(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:refused|declined)\s+(?:flatly\s+|outright\s+)?"
            r"to\s+(?:endorse|accept|back|support|approve|entertain|consider|agree\s+to)\s+"
            r"(?:it|this|that|them|(?:an?|the|such\s+an?|any)\s+(?:[\w'-]+\s+){0,2}?(?:zone|belt|strip|"
            r"buffer|area|corridor|proposal|plan|demand|idea|figure|depth|width|request)s?)\b",
            nxt,
            _I,
        )
        if said_no or (k == 0 and (_refused_again(sentence, nxt) or _WHY_NOT.match(nxt))):
            return "rejected"
        # "They started high, yes. That was dropped.": an aside before the words that point back
        if (brief and ANAPHOR.search(nxt)) or plural or reply:
            found = fate(nxt[:160], retracted=True)
            # a cue after a figure of the sentence's own belongs to that figure
            # ("Ystria had first wanted 7 km on each side; Ruthenia had refused that")
            if found and not OWN_FIGURE.search(nxt[: found[1].start()]):
                if (
                    _ENDED_UNSAID.fullmatch(found[1].group())
                    and k + 1 < len(after)
                    and _CHANGED_NEXT.search(after[k + 1])
                ):
                    # "That figure did not survive. In committee, deputies tabled an amendment
                    # raising the minimum to 700 metres": a later version replaced it
                    return "superseded"
                return found[0]
        # an aside about those who made it, or a yes: "They started high, yes."
        # ... or a short remark on it that tells no fate: "The Government studied it carefully."
        brief = (
            len(nxt) < 60
            and not re.search(r"\d", nxt)
            and bool(
                re.match(r"\W*(?:they|he|she|we|I|you|yes|no|indeed|right)\b", nxt, _I)
                # "In the spring, yes.": a yes after a few words of when
                or re.search(r",\s*(?:yes|indeed)\W*$", nxt, _I)
                # "Why did you settle for half?": a question put between it and the answer
                or nxt.rstrip().endswith("?")
                # "I.E. ON OUR SIDE ONLY.": a gloss on it
                or re.match(r"\W*(?:i\.\s*e\.|e\.\s*g\.|that\s+is\b|namely\b)", nxt, _I)
                or (k == 0 and re.search(r"\b(?:it|this|that)\b", nxt, _I))
                # "There was such a request.", "That is true.": the figure owned, then its fate
                or re.match(
                    r"\W*(?:there\s+(?:was|were|had\s+been)\s+(?:such\s+an?\b|one\b)|"
                    r"(?:that|it)\s+is\s+(?:true|correct|right)\b)",
                    nxt,
                    _I,
                )
            )
        )
        if not DRAFT.search(nxt) and not brief:
            return None
    return None


# an end that does not say who ended a figure ("That figure did not survive")
_ENDED_UNSAID = re.compile(
    r"did\s+not\s+survive|never\s+made\s+it|(?:fell|fallen|falls|falling)\s+(?:away|by\s+the\s+"
    r"wayside)",
    _I,
)
# ... and the next sentence changes the figure to a new one: "an amendment raising the minimum
# to 700 metres", "the committee cut the distance to 300 m"
_CHANGED_NEXT = re.compile(
    r"\b(?:rais|cut|lower|reduc|increas|widen|narrow|extend|shorten|doubl|halv|chang|revis|"
    r"amend)\w*\s+(?:(?:the|it|its|their)\s+)?(?:[\w'-]+\s+){0,2}?to\s+(?:about\s+|some\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred)\b)",
    _I,
)


# "DREMLIN rejected 15 km again": the next sentence refuses the figure by its number
_REFUSED_FIGURE = re.compile(
    r"\W*(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:rejected|refused|turned\s+down|declined|dismissed)\s+"
    r"(?:the\s+|a\s+|any\s+)?(?P<num>\d[\d,.]*)\s*-?\s*(?:km|kilomet\w+|miles?|met(?:re|er)s?|m|"
    r"yards?|feet|foot|ft|nm|nautical)\b",
    _I,
)


# an interviewer asking why a figure was not taken: "Why didn't you go with that?"
_WHY_NOT = re.compile(
    r"\W*(?:so\s+|and\s+|but\s+)?why\s+(?:didn't|did\s*not|wasn't|was\s+not|weren't|not)\s+"
    r"(?:(?:you|they|the\s+[\w'-]+|it|that|this)\s+)?(?:go\s+(?:with|for)|accept(?:ed)?|adopt(?:ed)?|"
    r"take|taken|choose|chosen|agree\s+to|use|used)\s+(?:(?:it|that|this|them)\b|\?)"
    r"[^.?]{0,40}\?",
    _I,
)


def _refused_again(sentence: str, nxt: str) -> bool:
    """Whether ``nxt`` opens by refusing a figure of ``sentence`` named by its number."""
    m = _REFUSED_FIGURE.match(nxt)
    if m is None:
        return False
    # (a figure read from a scan may have "l" or "O" for a digit)
    ocr = "".join(
        rf"[{d}{'lI' if d == '1' else 'oO' if d == '0' else ''}]" for d in m["num"] if d.isdigit()
    )
    return bool(re.search(rf"(?<![\w.,]){ocr}\s*-?\s*[a-z]", sentence, _I))


def denied(before: str, ahead: str) -> bool:
    """A figure someone says nobody proposed: "denies reports of a 50 km zone; no such
    figure was discussed", "had asked for 60 km. ... That figure was never proposed"."""
    if _DENIED_BEFORE.search(before[-80:]):
        return True
    return any(_DENIAL.search(part) for part in ahead[:7])


__all__ = [
    "ANAPHOR",
    "DRAFT",
    "DROPPED",
    "JUDGED_NO",
    "OWN_FIGURE",
    "PROPOSAL",
    "REJECT",
    "RETRACTED",
    "SIDE_OWN",
    "SOFT_DROPPED",
    "SUPERSEDED",
    "UNDER_CONSIDERATION",
    "WRONG_SIZE",
    "denied",
    "fate",
    "following",
    "in_sentence",
]


# a rule, notice or draft that holds a figure, ended in a passive verb: "Notice No. 11, which
# proposed a 3 nm zone, is cancelled", "; it was superseded by the order of 1 March"
_ENDED_VERB = (
    r"(?:is|are|was|were|(?:has|have|had)\s+(?:now\s+|since\s+|also\s+)?been)\s+(?:now\s+|hereby\s+|since\s+|"
    r"later\s+|subsequently\s+|then\s+|also\s+|formally\s+|eventually\s+|quietly\s+|"
    r"swiftly\s+|promptly\s+|duly\s+|soon\s+|finally\s+)?"
    r"(?:cancel+ed|revoked|rescinded|repealed|superseded|replaced|withdrawn|with-\s*drawn|"
    # "the interim zone of 500 metres, imposed by the order of 12 October, is discharged"
    r"discharged|quashed|annulled|vacated|"
    r"dropped|abandoned|scrapped|shelved|rejected|refused|turned\s+down)\b"
)
# "but the figure was raised during negotiations": the figure changed later
_CHANGED_VERB = (
    r"(?:was|were|(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?been)\s+(?:later\s+|since\s+|then\s+|"
    r"subsequently\s+|eventually\s+|now\s+|already\s+)?(?:raised|increased|widened|extended|"
    r"enlarged|expanded|lengthened|shortened|redrawn|doubled|halved|cut|"
    r"reduced|narrowed|lowered|trimmed|changed|revised|amended)\b"
)
# a newer rule that ends the one before, in the active voice: "the new order supersedes it"
_NEWER_REPLACES = (
    r"the\s+(?:new|later|revised|amended|current|present|latest)\s+(?:[\w'-]+\s+)?"
    r"(?:order|notice|decree|regulation|rule|ordinance|directive|text|resolution|law|act|plan|"
    r"agreement|version|draft|bylaw|policy)s?\s+(?:\w+ly\s+|now\s+)?(?:supersedes|replaces|"
    r"revokes|repeals|rescinds|cancels|overrides)\s+(?:it|this|that|them)\b"
)
_RULE_NOUN = (
    r"(?:order|notice|notification|decree|proclamation|regulation|rule|ordinance|directive|"
    r"instruction|exemption|permit|licence|license|waiver|draft|proposal|plan|offer|demand|"
    r"request|version|text|figure|number|radius|limit|arrangement|agreement)s?"
)
# a newer rule that replaced several figures told before it, named back together
_REPLACED_THESE = re.compile(
    r"\W*(?:[\w'-]+\s+){0,4}?(?:replaced|replaces|superseded|supersedes|swept\s+away|sweeps\s+away|"
    r"did\s+away\s+with|does\s+away\s+with|abolished|abolishes)\s+(?:(?:all|both)\s+(?:of\s+)?)?"
    r"(?:(?:these|those)\s+(?:[\w'-]+\s+)?(?:limits|figures|rules|claims|zones|widths|distances|"
    r"belts|practices|radii|setbacks|buffers)|(?:all|both)\s+of\s+them)\b",
    re.I,
)
_ENDED_HERE = re.compile(
    # "..., which proposed a 3 nm exclusion zone, is cancelled"
    rf"^[^.;]{{0,80}}?,\s*{_ENDED_VERB}"
    # "... on either side of the river; it was superseded by the order of 1 March"
    rf"|^[^.;]{{0,120}}?;\s*(?:it|this|that|which|the\s+(?:\w+\s+)?{_RULE_NOUN})\s+{_ENDED_VERB}"
    # "a 30-kilometre zone, but the figure was raised during negotiations"
    rf"|^[^.;]{{0,80}}?,?\s+but\s+(?:it|the\s+(?:\w+\s+)?{_RULE_NOUN})\s+{_ENDED_VERB}"
    # "a radius of about 400 yards around the van, but as the size of the device became clear
    # that cordon was superseded"
    rf"|^[^.;]{{0,80}}?,?\s+but\s+[^.;]{{0,60}}?\b(?:that|this)\s+(?:cordon|zone|radius|area|"
    rf"perimeter|figure|limit|distance|buffer|ring|circle)\s+{_ENDED_VERB}"
    # "... on either side of the line; the new text expressly supersedes it"
    rf"|^[^.;]{{0,120}}?;\s*{_NEWER_REPLACES}",
    re.I,
)
_CHANGED_HERE = re.compile(
    rf"^[^.;\d]{{0,80}}?,?\s+but\s+(?:it|the\s+(?:figure|number|radius|limit|width|distance|zone))"
    rf"\s+{_CHANGED_VERB}(?!\s+to\b)"
    # "had first drawn the evacuation area at one mile from the dam; this has now been widened"
    rf"|^[^.;\d]{{0,80}}?;\s*(?:it|this|that|the\s+(?:figure|number|radius|limit|width|distance|"
    rf"zone|area|cordon|buffer|circle|ring|perimeter))\s+{_CHANGED_VERB}(?![^.;\d]{{0,40}}\bto\b)",
    re.I,
)
# "The earlier 800-metre line no longer applies": a rule ended in other words
_NO_LONGER = re.compile(
    # (not "no longer applies to farmers with permits": ended for some only)
    r"^[^.;\d]{0,60}?\b(?:no\s+longer\s+(?:applies|apply|holds?|stands?|(?:is|are)\s+in\s+force)|"
    r"(?:has|have)\s+(?:now\s+)?(?:lapsed|expired|ceased\s+to\s+apply))\b"
    r"(?!\s+(?:to|for|in|on|at)\b)",
    re.I,
)
# the next sentence names it back: "That exemption has now been withdrawn.", "It was revoked."
_ENDED_NEXT = re.compile(
    rf"^\W*(?:(?:it|this|that)\s+|(?:that|this|the|these|those)\s+(?:\w+\s+)?(?P<noun>\w+)\s+)"
    rf"{_ENDED_VERB}",
    re.I,
)
_ENDED_LABEL = {
    "withdrawn": "dropped",
    "dropped": "dropped",
    "abandoned": "dropped",
    "scrapped": "dropped",
    "shelved": "dropped",
    "rejected": "rejected",
    "refused": "rejected",
}


def _ended_label(words: str) -> str:
    """The label of the passive verb that ends ``words``."""
    word = re.sub(r"-\s*", "", words.lower()).split()[-1]
    if word == "down":
        return "rejected"
    return _ENDED_LABEL.get(word, "superseded")


def ended_after(sentence_before: str, rest: str, nxt: str, sentence: str = "") -> str | None:
    """The fate of a figure whose rule or draft the words after it end (see ``_ENDED_HERE``).

    ``sentence_before`` is the figure's sentence up to it, ``rest`` the rest of that sentence
    up to the next figure, ``nxt`` the next sentence of its paragraph (or ""), ``sentence``
    the whole of the figure's sentence. The next
    sentence counts when it names back the rule of the figure's sentence ("That exemption
    has now been withdrawn") or says "it" of a sentence that names a rule.
    """
    if _CHANGED_HERE.match(rest) or _NO_LONGER.match(rest):
        return "superseded"
    if _REPLACED_THESE.match(nxt):
        # "many states settled on three nautical miles ... The 1982 text replaced all of these
        # limits": the figures a newer rule replaced together
        return "superseded"
    if m := _ENDED_HERE.match(rest):
        cue = m.group()
        # "troops 5 km back, which were withdrawn": withdrawn speaks of a rule only
        if _ended_label(cue) != "dropped" or re.search(rf"\b{_RULE_NOUN}\b", sentence_before, _I):
            return _ended_label(cue)
    # "The new resolution supersedes it.": the next sentence, when the figure's names a rule
    if (
        not re.search(r"\d", nxt[:60])
        and re.match(rf"\W*{_NEWER_REPLACES}", nxt, re.I)
        and re.search(
            rf"\b{_RULE_NOUN}\b|\b(?:resolution|law|act|bylaw|policy)\b", sentence_before, _I
        )
    ):
        return "superseded"
    if re.search(r"\d", nxt[:60]) or not (m := _ENDED_NEXT.match(nxt)):
        return None
    noun = m.group("noun")
    if noun is None:
        ok = re.search(rf"\b{_RULE_NOUN}\b", sentence_before, _I)
    else:
        stem = re.escape(noun.lower().rstrip("s")[:6])
        ok = len(noun) > 3 and re.search(rf"\b{stem}", sentence or sentence_before, _I)
    return _ended_label(m.group()) if ok else None


# a figure of a draft before the final text: "Earlier drafts of this SOP gave the zone as 2 km"
EARLIER_DRAFT = re.compile(
    # (not "their first draft asked for 8 miles": a first draft may be the only one told)
    r"\b(?:earlier|previous|former|prior|older)\s+(?:\w+\s+)?"
    r"(?:drafts?|versions?|editions?)\b(?![^.;]{0,80}\b(?:final|agreed|signed|adopted)\b)",
    _I,
)
# the old figure of a change: "must leave, up from 8 km this morning"; "reduced from the 400
# metres sought by the Applicant" (a figure asked for and not granted)
CHANGED_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+(?:the\s+|an?\s+|its\s+)?(?:earlier\s+|previous\s+|original\s+|"
    r"former\s+|old\s+)?$"
    r"|\b(?:reduced|cut|increased|raised|widened|narrowed|extended|lowered|enlarged|shrunk|"
    r"trimmed)\s+from\s+(?:the\s+|an?\s+|its\s+)?(?:earlier\s+|previous\s+|original\s+|"
    r"former\s+|old\s+)?$",
    _I,
)
ASKED_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:sought|proposed|requested|asked\s+for|demanded|wanted|claimed|urged)\s+by\b",
    _I,
)


# what a figure judged needless or the wrong size is called
WRONG_SIZE = (
    r"(?:unnecessary|needless|excessive|disproportionate|insufficient|inadequate|unworkable|"
    r"impractical|unreasonable|too\s+(?:little|small|narrow|wide|large|big|great|much|far|short|"
    r"long))"
)


# a figure put forward and judged needless or the wrong size in words after it: "had considered a
# closure out to 10 nm but judged that unnecessary", "asked for 20 NM; the Authority considered
# that figure excessive", "offered 200 metres, which the engineer considered too little"
JUDGED_NO = re.compile(
    r"[^.\d]{0,60}?\b(?:judg|consider|deem|thought|found|held|regard|view)\w*\s+"
    r"(?:(?:it|that|this|them|such|(?:the|that|this|such\s+an?|their|its|his|her)\s+(?:\w+\s+)?"
    r"(?:figure|distance|radius|proposal|offer|request|number|demand|zone|closure|cordon|"
    r"buffer|area|limit|idea|plan))\s+)?(?:to\s+be\s+|as\s+)?(?:both\s+)?(?:wholly\s+|quite\s+|"
    r"clearly\s+|plainly\s+|far\s+|much\s+)?" + WRONG_SIZE + r"\b",
    _I,
)

# for the steps in document.py that read a rule ended in other words
ENDED_VERB = _ENDED_VERB
ended_label = _ended_label
