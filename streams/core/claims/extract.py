"""Find attributed statements in an article body: direct quotes, indirect speech, source reports and
"according to" attributions, each with its speaker resolved within the article."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import islice

from . import gate
from .coreference import Registry
from .cue_verbs import LEARNED_CUE_VERBS
from .cues import _DAYS_EN, _MONTHS_EN, ENGLISH, LEXICONS, PROGRESSIVE_CUES, Lexicon, _alternation, dash_aside
from .mentions import Mention, analyse, is_role, parse_after, parse_before, parse_nominal_before
from .model import Claim, id_for_key, key_for
from .quotes import Quotation, find_quotations
from .sentences import dateline_end, paragraph_spans, sentence_spans

log = logging.getLogger(__name__)

MAX_CHARS = 200_000  # text beyond this is not scanned: bounded time on any input
MAX_KEY = 3  # at most this many claims are marked key
MAX_CLAIMS = 400  # candidates per article: bounds the work on pathological input
MAX_SENTENCE = 3000  # longer "sentences" (no punctuation) are not searched for indirect speech
_SPACE = re.compile(r"\s*")


def _after_space(text: str, pos: int, end: int | None = None) -> int:
    """The first position at or after ``pos`` (before ``end``) that is not white space."""
    space = _SPACE.match(text, pos) if end is None else _SPACE.match(text, pos, end)
    return space.end() if space else pos


_WORDS = re.compile(r"\w+")
# "at least n words" and "the first three words" without finding them all (possessive: one word
# is never taken for two)
_AT_LEAST_WORDS = {n: re.compile(rf"(?:\W*+\w++){{{n}}}") for n in (2, 3, 5, 7, 8)}
_FIRST_THREE_WORDS = re.compile(r"\W*+(\w++)(?:\W*+(\w++))?(?:\W*+(\w++))?")
# '"…," Hannity started.' / '"…?" reacted Dorn.': a past-tense verb not on the cue list
_UNLISTED_AFTER = re.compile(
    r"(?:he|she|they|it(?=[ \t]+read\b)"
    r"|(?:the|a|an|some|many|several|other|one|two|three)(?:[ \t]+[\w'’-]+){1,5}?"
    r"|(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]+"
    r"(?P<verb>[a-z]{3,}ed(?:[ \t]+(?:back|in|up))?|shot[ \t]+back|read|[a-z]{3,}[^s\W]s)"
    r"(?=[.,;!?]|[ \t]+(?:with|in|at|on|to|as|during|after|before|from|upon|when|while)\b)"
)
# '"…," mused radio co-host Stu Burke': the verb, then (lower-case role words and) a name
_UNLISTED_BEFORE = re.compile(
    r"(?P<verb>[a-z]{3,}ed(?:[ \t]+(?:back|in|up))?)[ \t]+(?=[A-Z]|(?:[a-z][\w-]*[ \t]+){1,2}[A-Z])"
)
_LEAD_PUNCT = re.compile(r"[\s,.!?;:]*(?:[—–]\s*)?")
_PRONOUN_SUBJECTS = frozenset("he she it they we I you there".split())
_COORDINATORS = frozenset("and but or".split())
# a phrase opened by one of these may stand between the cue and its bare clause ("said in politics it …")
_PHRASE_PREPOSITIONS = frozenset("in on at for of with during after before from amid".split())
_CLAUSE_STOP = frozenset(
    "to on in about of by for with from at as so nothing no yes goodbye hello this: him her them citing "
    "adding saying quoting after before when while during following ahead outside inside".split()
)
_OBJECT_PRONOUNS = frozenset("him her them".split())  # a stop only after a verb that takes an addressee
_OPENERS = frozenset(
    "but and however meanwhile separately earlier later also so yet still now then instead even "
    "but, and,".split()
)
_THAT_SOON = re.compile(r"(?:[A-Za-z][\w'’.-]*\s+){1,8}that\b")
# a finite verb right after a name: the name is a subject ("said Reid quieted …")
_VERB_AFTER_NAME = re.compile(
    r" (?:[a-z]{2,}ed|is|was|were|are|has|had|have|will|would|could|should|can|may|might|must|did|does)\b"
)
# a time or scene phrase that opens a sentence ("About 10 p.m., …", "Over the long term, …")
_TIME_PHRASE_OPENERS = frozenset(
    "About Around At By Over In On Until Before After During Since Earlier Later".split()
)
_PLACE_LINKS = (" from", " of", " in")
# lower-case words between a comma and a trailing subject that make it no subject's descriptor
_NOT_DESCRIPTORS = frozenset(
    """and but or yet so then also now later earlier still as when while because if although though
    which who that where whom whose the a an this these those its his her their our my your could would
    should will can may might must do did have had be been is are was were not""".split()
)
_CLAUSE_SUBORDINATORS = frozenset("when while if because after before as although though since".split())
_MODAL_BEFORE = re.compile(r"\b(?:should|would|could|might|must)(?:n[’']t|\s+not)?\s+$")
_CLAUSE_JOINT = re.compile(r"(?:,\s+(?:and|but)|;)\s+")  # where a second main clause starts
_SUBORDINATE_OBJECT_CUES = frozenset("announced announces reported".split())
_RELATIVE_OPENING = re.compile(r"\s*,?\s*(?:who|that|which)\b")
# words that open a subordinate clause before the main one ("While rivals called for …, Trump …")
_CLAUSE_OPENERS = frozenset("While Although Though Whereas Unlike When If Because Once Unless".split())
# words that open an introductory phrase ended by a comma, before the main clause
_INTRODUCTION_OPENERS = frozenset(
    "In On At After During Following By Before Since Under Despite Throughout Within Over Earlier "
    "Later For".split()
)
_AUXILIARY_BEFORE = re.compile(r"\s(?:was|were|is|are|has|had|have|had been|has been|have been)$")
_PREPOSITION_OBJECT = re.compile(
    r"\s(?:from|by|to|with|for|among|of)\s(?P<np>(?:a|an|the|one|two|three|some|several)\s[^,;:()—–]{1,40})$"
)
_SUBORDINATE_OPENING = re.compile(r"\b(?:when|while|after|because|before|since|until|where)\s")
# what follows a speaker after its cue, up to the comma that closes it: "say experts like Ann Cole,
# a geologist, is …"
_APPOSITION_AFTER = re.compile(
    r"(?:\s+(?:like|such as|at|in|from|with|including)\s+[^,;.]{1,50})?(?:,\s+(?:a|an|the)\s[^,;.]{1,60})?,"
)
_AGENT_BEFORE = re.compile(r"\s(?:[a-z]{3,}ed|led|run|chosen|written)\s+by\s+$")
_WHOSE_BEFORE = re.compile(r",\s+whose\s+(?P<noun>(?:[a-z]+\s+)?[a-z]+s)\s+(?:(?:also|have|had)\s+)?$")
_LAST_OF_LIST = re.compile(r"(?:,|\sand)\s(?P<np>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)$")
# US datelines and affiliations name a city, then its state: "Columbia, South Carolina"
_US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee
    Texas Utah Vermont Virginia Washington Wisconsin Wyoming""".split()
) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
}  # fmt: skip
# the AP's state abbreviations after a city ("Wilmington, N.C.,"), without their last full stop
_STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
    N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Va Vt Wash W.Va Wis Wyo""".split()
)
# "… of Columbia, " before a state's name: a city, its comma, then the state
_CITY_BEFORE = re.compile(r"\s(?:of|in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+$")
_LIKELY_TO = re.compile(r"\s(?:are|were|is|was)\s+(?:[a-z]+ly\s+)?(?:(?:more|less)\s+)?likely\s+to\s+$")
# "As The Hill reported, …" (also in brackets, or after "just", "and", "but")
_AS_BEFORE = re.compile(r"(?:^|^\(|,\s+|\b(?:ago|Just|just|And|and|But|but)\s+)[Aa]s$")
_ADDRESSEE_THEN_SUBORDINATE = re.compile(
    r"(?:(?:his|her|their|the|a|an|[A-Z][\w'’.-]*)\s+)(?:[\w'’.-]+\s+){0,4}?(?:as|when|while|after|before|during)\s"
)
# a pronoun's contraction: "he’ll", "she'd", "they’re", "we’ve", "I’m"
_CONTRACTION = r"(?:['’](?:ll|d|s|re|ve|m))?"
_PRONOUN_SOON = re.compile(
    # (not after a subordinator: "told his advisers as he labored" opens no reported clause)
    r"(?:[A-Za-z][\w'’.-]*\s+){1,8}?"
    + "".join(rf"(?<!\b{word} )" for word in "as when while after before because since until if".split())
    + rf"(?=(?:he|she|they|we|I){_CONTRACTION}\s+[a-z])"
)
# verb forms that are also plural nouns ("insurance claims", "bank notes")
_NOUN_LIKE = frozenset("claims reports notes estimates forecasts promises".split())
# verbs that take a noun object as often as a clause ("confirmed the signing"): without "that"
# they need a clause that opens with a subject and a finite verb ("denied he had", "confirmed the
# board would")
# ... and "calls": after a verb, an adjective or a preposition they are the object, not the verb
# ("has rejected calls to", "challenged him to deny reports that", "amid growing calls for")
_NOUN_LIKE_BEFORE_OBJECT = _NOUN_LIKE | {"calls"}
_NOUN_BEFORE = frozenset(
    """deny denies reject rejects dismiss dismisses ignore ignores heed heeds face faces answer answers
    amid despite after following over about against growing recent new renewed repeated insurance
    false fresh further similar such those these many more""".split()
)


def _noun_reading(body: str, cue_start: int) -> bool:
    """The word before an ambiguous cue ("calls", "reports", "claims" …) makes it a plural noun:
    a past participle or past tense ("rejected calls", "denied reports"), a verb that takes it as
    object ("deny reports"), a preposition or an adjective ("amid growing calls")."""
    chunk = body[max(0, cue_start - 16) : cue_start].rstrip()
    word = chunk[chunk.rfind(" ") + 1 :].lower()
    return (len(word) > 3 and word.endswith(("ed", "est"))) or word in _NOUN_BEFORE  # ("the largest claims")


_CLAUSE_ONLY = frozenset("confirmed confirms denied denies revealed reveals vowed vows admitted".split())
_FINITE = (
    r"(?:had|has|have|was|were|is|are|would|will|could|can|may|might|should|must|did|does|do|"
    r"had\s+been|wanted|planned|intended|needed)\b"
)
_SUBJECT_VERB = re.compile(
    r"(?:he|she|it|they|we|I|there|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
    r"|(?:the|a|an|its|his|her|their|this|that|these|those|some|many|most|all|no)"
    r"\s+(?:(?:[A-Z]\.){2,}|[\w-]+(?:\s+[a-z][\w-]*)?)|[a-z][\w-]+\s+(?!and\b|or\b|but\b)[a-z][\w-]*[a-rt-z]s|[a-z][\w-]+)\s+(?:not\s+|still\s+|now\s+|also\s+|already\s+)?"
    + _FINITE
    # a subject pronoun and any past tense: "denied it amounted to ...", "said they wanted ..."
    + r"|(?:he|she|it|they|we|I)\s+[a-z]{2,}ed\b"
)
# participles of the wider set ("calling", "declaring", "stating", "telling" an addressee the first
# pattern did not know): candidates for the learned gate
_NEW_PARTICIPLES = frozenset(
    """calling declaring stating remarking acknowledging suggesting predicting conceding contending
    asserting""".split()
)
# participle cues after a main clause: "…, saying (that) …", "…, adding that …"
# found by the participle itself (rare words: a fast scan), then the words before it are checked
_PARTICIPLE = re.compile(
    r"[,–—](?:''|[”’\"])?\s+(?:(?:and|while|also|then)\s+){0,2}(?P<cue>"
    + _alternation(
        """saying adding noting claiming insisting warning arguing explaining stressing admitting
        maintaining complaining writing asking""".split()
        + sorted(_NEW_PARTICIPLES)
    )
    + r"(?:(?<=calling)\s+for)?"
    r"|telling\s+(?:reporters|him|her|them|us|me|the\s+[A-Za-z]+|[a-z]{3,}s\b|"
    r"[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}(?:['’]s(?:\s+[A-Z][\w.-]+){1,3})?))"
    r"\b[\s,:]+(?P<that>that\s+)?"
)
_PARTICIPLE_AFTER_NOUN = re.compile(r"\s(?P<cue>saying|stating)[\s,:]+(?P<that>that\s+)?")
# an object after "asked": active ("Ann Cole, a supporter, asked the mayor whether …"), not a
# participle ("Howard, asked about the remark, smiled")
_ASKED_OBJECT = re.compile(
    r"\s+(?!(?:about|by|if|whether|what|why|how|who|whom|when|where|which|to|for|on|in|at|during|after|"
    r"again|repeatedly|later|once|twice|directly|specifically|recently|last|this|earlier)\b)"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?"
    r"(?:\s+(?:if|whether|what|why|how|to)\b|,?\s*[\"“])"  # (or a quoted question: 'asked the crowd “…?”')
)
# a participle clause opened by a preposition or subordinator: "After saying he was nervous, the man …",
# "…, while saying that …", "soared in the polls by saying that …"
_FRONTED_SUBORDINATORS = frozenset("after while before upon when without".split())
_SAYING_LEADS = _FRONTED_SUBORDINATORS | {"by"}
_LY_WORDS = frozenset("only early".split())  # "-ly" words not passed over to find the word before
_MESSAGE_NOUNS = frozenset(
    """statement statements letter letters release post posts tweet tweets message messages email
    e-mail emails sign signs note notes memo video ad ads report reports calls call editorial op-ed
    column petition resolution banner banners placards placard response cover flyer flyers mailer""".split()
)
_BE_FORMS = frozenset("is are was were".split())
_DAY_OPENERS = frozenset(_DAYS_EN.split()) | {"Yesterday"}  # "Friday, Texas … asked"
_DAYS_AND_TIMES = frozenset(day.lower() for day in _DAY_OPENERS) | {"today"}  # "a statement Wednesday saying"
# "he will …", also contracted: "he’ll work"
_PRONOUN_VERB = re.compile(rf"(?:he|she|it|they|we|I|you){_CONTRACTION}\s+[a-z]{{2,}}\b")
# the verb of the main clause, to find its subject: a past tense ("backed", "criticised") or
# one of the common irregular ones
# common irregular past tenses that open or resume a main clause ("…, the crowd left")
_COMMON_PASTS = "left|came|went|took|gave|made|won|lost|met|sent|kept|held|got|ran|stood|spoke|wrote|began"
_MAIN_VERB = re.compile(
    r"\s(?:[a-z]+ed|said|told|fell|rose|cut|hit|set|put|led|sold|bought|paid|spent|struck|broke|saw|"
    r"sought|brought|says|tells|drew|threw|shot|shook|became|chose|fought|felt|found|grew|heard|knew|"
    r"sat|swore|taught|thought|woke|wore|" + _COMMON_PASTS + r")\b"
)
# a clause whose subject is the speaker, inside a larger sentence: "… after the firm warned …",
# "… when a judge said …", "…, and Ms Orme insisted …" ("if"/"unless"/"whether" are no report)
_SUBORDINATORS = frozenset(
    "after when as and because while before since until once though although but so yet".split()
)
_WEEKDAY = "(?:" + _DAYS_EN.replace(" ", "|") + ")"  # "Monday" … "Sunday" (the English lexicon's list)
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"\s(?:\([^()\n]{1,60}\)|" + dash_aside(80) + r"(?:\s+(?:both|all))?|on\s+" + _WEEKDAY + r"|"
    r"(?:last|this|this\s+past)\s+(?:week|month|year|night|weekend)|yesterday|today|tonight|also\s+previously|"
    r"in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|interview|post|"
    r"op-ed|letter|speech|remarks|tweet|email|video|appearance)"
    # "the senator would only say", "Gore's allies have in the past said"
    r"|(?:would|could|can|may|might|must|should|did|does|do)(?:\s+(?:not|only|also|never|just|simply|still))?"
    r"|(?:has|have|had)\s+(?:in\s+the\s+past|since|long|often|never|also\s+since))"
    r"(?:\s+(?:also|later|then|again|previously))?\s+$"
)
_ASIDE_OPENERS = frozenset(
    """who whose which for however meanwhile too though like including in at of when while after
    before if once""".split()
)
# the first words of a reported clause that opens with its subject
_SUBJECT_OPENERS = frozenset(
    """the he she they it his her their its there we i you he’s she’s it’s they’re he's she's it's
    they're he’d she’d he'd she'd people some those any both this these""".split()
)
_THAT_BEFORE = re.compile(r"[^.;!?]*\bthat\s*$")
_ADVERB_BEFORE = re.compile(r"\s[a-z]{3,}ly\s+$")
# a phrase opened by a preposition before "that": "said on his official Twitter feed that"
_THAT_AFTER_PHRASE = re.compile(
    r"(?:on|in|at|during|after|before|from|for|with|about|of|to|last|this|earlier|later)\s"
    # (a quoted title only when no comma stands between: 'on NBC's “Meet the Press” on Sunday that')
    r"(?:[^.;:!?\n\"“”]{1,80}?|[^.,;:!?\n]{1,80}?)\sthat\b"
)
# the end of a sentence-opening subject: an aside opens after it
_SUBJECT_THEN_ASIDE = re.compile(
    r",\s|\s\(|\s[—–-]{1,2}\s|\s(?:who|whose)\s"
    # "Democrats trying to regain the Senate say": a participle and its object after the subject
    r"|(?<!ly)\s(?=(?!(?:nothing|something|anything|everything|morning|evening|during|being|building|"
    r"meeting|funding|spring|string|thing)\b)[a-z]{2,}ing\s+(?:to|the|a|an|for|on|in|with|from|against|"
    r"at|about|their|his|her|its|[A-Z])\b)"
)
# verbs whose content is an infinitive ("vowed to stay in the race")
_INFINITIVE_CUES = frozenset(
    "vowed vows pledged pledges promised promises threatened threatens urged urges asked asks".split()
)
# the cue-scan rules whose candidates the learned gate (gate.py) keeps or drops
_RELAXED_RULES = frozenset("clause inside bare subject phrase to participle2 object2".split())
_OLD_TELLING = re.compile(r"telling\s+(?:reporters|the\s+[A-Za-z]+|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3})")
# "when asked whether …": the question put to someone is a (questioned) claim with no speaker of its own
_WHEN_ASKED = re.compile(
    r"\b(?P<when>[Ww]hen) asked (?:by\s(?P<agent>[^,.;:!?\n\"“”]{1,40}?)\s|"
    r"(?:in|at|on|during)\s[^,.;:!?\n\"“”]{1,40}?\s)?"
    r"(?P<q>whether|if|how|what|who|whom|which|why|about|to)\b"
)
# the wider forms (issue #11 cue round): a sentence that opens with "Asked", and the passive "X was
# asked (by Y)": the question or request put is the claim ("Asked whether the plan would pass,
# she laughed", "Reid was asked by a reporter whether …", "Asked by the host to respond, …")
_ASKED = re.compile(
    r"(?:(?P<cap>(?<![\w,] )Asked)|\b(?:was|were|been|being)\s+(?:(?:later|again|also|then)\s+)?asked)"
    r"(?:\s+(?:by\s+(?P<agent>[^,.;:!?\n]{1,60}?)|on\s+[^,.;:!?\n]{1,40}?))?"
    r"(?:\s+[a-z]{3,}ly)?\s+(?P<q>whether|if|how|what|who|whom|which|why|about|to)\b"
)
# "a voter asked (the senator) if she would …": the asker's question, in the active voice
_ASKED_ACTIVE = re.compile(
    r"(?<=[a-z] )asked\s+(?:(?:the|a|an|his|her|their|[A-Z][\w'’.-]*|[a-z]+s)\s+){0,3}?"
    r"(?P<q>whether|if|why|how)\b"
)
# a title-case headline at the start of a line or after a sentence: subject, "Says", title-case content
_HEADLINE_CUE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))(?P<subject>(?:[A-Z0-9][\w.'’-]*[ \t]+){1,6}?)(?P<cue>Says|Said)[ \t]+"
    r"(?P<content>[A-Z0-9‘“'\"][^\n.!?]{8,200}?)(?=[.!?]?[’”'\"]?[ \t]*(?:\n|$)|[.!?][ \t])"
)
_CLOSING_QUOTE = re.compile(r"[.!?]?’")
_CLOSING_SINGLE = re.compile(r"’(?!\w)")  # not an apostrophe ("Trump’s")
# the attribution after the headline: "Rival Is In Trouble In Ohio, Former Pollster Says"
_HEADLINE_CUE_AFTER = re.compile(
    r"(?:^|(?<=\n))(?P<content>[A-Z0-9‘“'\"][^\n.!?]{8,200}?),[ \t]+"
    r"(?P<subject>(?:[A-Z0-9][\w.'’-]*[ \t]+){1,6}?)(?P<cue>Says|Said)[.!?]?[ \t]*(?=\n|$)"
)
# a comma that closes an opening question: the main clause's subject follows it
_MAIN_SUBJECT_AFTER = re.compile(
    r",\s+(?:[A-Z][\w'’.-]*|the|a|an|he|she|they|we|i|it|his|her|their|most|many|some|voters)\s"
)

# verbs whose object and a phrase after it are the content ("accused her of", "described it as")
_OF = re.compile(r"\sof\s")
_AS = re.compile(r"\sas\s")
_OBJECT_PHRASE_CUES = {"accused": _OF, "accuses": _OF, "described": _AS, "describes": _AS}
# "That's according to X.": the statement is the sentence before
_THAT_IS = frozenset(("that's", "that is", "this is", "that was", "it's", "it is"))
# words whose "'s" is "is" or "has" ("He's said", "It's been reported"), not a possessive
_CONTRACTING = frozenset("he she it that who there what where here this everyone nobody".split())
_DETERMINERS_BEFORE = frozenset(
    # a determiner ("the reported bomber"), a passive auxiliary ("was said to", "has been
    # reported", "is called"), "not", a preposition: no speaker ends right before the cue
    """the a an his its their those these my our your whose was were been being be are not of in with
    as""".split()
)
# cues that give no claim without a word after them: not worth parsing a speaker for
_TO_OR_THAT = re.compile(r"\s(?:to|that)\s")
_NEEDS_AFTER = {**_OBJECT_PHRASE_CUES, "threatened": _TO_OR_THAT, "threatens": _TO_OR_THAT}
# verbs whose object is the content ("asked the court to", "called the plan “a disaster”")
_OBJECT_CUES = frozenset("asked asks called calls urged urges demanded demands announced announces".split())
# verbs whose noun-phrase object is a claim too, but that may also come after their speaker
# ("The company reported a profit of …", "Sami recalled his first trip …"; "…, reported the Times")
_OBJECT_AFTER_SUBJECT_CUES = frozenset("reported recalled recalls tweeted".split())
_NOT_AN_OBJECT = frozenset("in to by from as for".split())  # "recalled to the squad", "reported to him"
# a sentence that opens with a name (or a pronoun) and its verb: "Sen. Ann Cole decried",
# "He describes", "Clinton has increasingly decried"
_NAMED_SUBJECT_VERB = re.compile(
    r"(?:(?:But|And|So|Still|Yet|Now|Meanwhile|Later|Then),?\s+)?"
    # "Last year, he played down …", "On Monday, the senator blasted …": a short opening phrase
    r"(?:(?:In|On|At|Last|This|Earlier|During|After|Before)\s+[^,.;:!?\"“”]{1,30},\s+)?"
    r"(?P<subj>(?:(?:[A-Z][\w.'’-]*|of|de|van|von)\s+){0,5}[A-Z][\w'’-]*|He|She|They|he|she|they"
    r"|(?:The|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)"
    r"(?:\s+\([^()]{1,20}\))?\s+"
    r"(?:(?:also|has|have|had|even|then|later|again|already|quickly|repeatedly|recently|often|once|"
    r"increasingly|publicly|openly|long|previously|has\s+been|had\s+been)\s+){0,3}"
    r"(?P<verb>[a-z]{3,}(?:ed|es|s)|wrote|read|thought|began|spoke)\b"
)
_PREDICATE_SUBJECTS = frozenset("person org outlet group role generic".split())
_ROLE_PREFIX = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|from|for|the)\s+){0,5}(?:[A-Z][\w.’'-]*|of|from|for)")
_ROLE_PREFIX_HEAD = re.compile(
    r"\b(?:Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Minister|President|Secretary|Chairman|Director|Judge|General|Ambassador)\b"
)
_SEEN_BY = re.compile(r"\s(?:seen|obtained|reviewed|viewed)\s+by\s")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# "…, saying the presumptive nominee “hasn't …”", "…, saying Clinton took questions": a clause
# of at least four words that does not open with a preposition, an object or an interjection
# "with 47 percent of voters saying", "– Ryan saying": the participle's own subject (no verb in it)
_WITH_SUBJECT = re.compile(
    r"(?:\b(?P<lead>with|left|leaving)\s+(?P<np>(?:(?!(?:was|were|is|are|has|have|had|be|been|being|who|that|what|while|me|him|"
    r"them|us|it)\b)[\w’'.%-]+\s+){0,7}?[\w’'.%-]+)"
    r"|[—–]\s+(?P<np2>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}))$"
)
# where a "with X saying" clause ends: a comma, a dash, a semicolon, or "and NAME calling/saying"
_WITH_SAYING_END = re.compile(
    r"[,;—–]|\s+and\s+(?:[A-Z][\w’'.-]+\s+){1,3}[a-z]+ing\b|\s(?:compared|versus|against)\s"
)
_SHARE = re.compile(r"(?:[\w'’.-]+\s+){0,6}?(?:\S*%|percent\b|\d)")  # "30 percent of voters", "7 in 10"
# what "saying" introduces when it is a statement: four words that open with no preposition, object
# or formula ("saying goodbye", "saying nothing about"), or an indefinite subject and its verb
# ("saying a foundation in his name is focusing on …"; not "saying a few words")
_SAYING_CLAUSE = re.compile(
    r"(?!(?:to|on|in|about|of|by|for|with|from|at|as|so|nothing|no|yes|goodbye|hello|this|him|her|them|"
    r"it|sorry|thanks|thank|a|an)\b)[\w“\"'‘$]+(?:\W+\w+){3}"
    r"|an?\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\s+[a-z]"
)
_AND_BEFORE = re.compile(
    r"\s(?:and|but)\s+(?:[a-z]{3,}ly\s+|then\s+|also\s+|later\s+)?"
    r"(?:on\s+" + _WEEKDAY + r"\s+)?$"  # "and on Monday announced"
)
_RELATIVE_BEFORE = re.compile(
    r",?\s(?P<rel>who|which)(?:['’](?:ve|d|s)\s+|\s+)"  # "who’ve already said"
    r"(?:(?:later|also|then|once|previously|recently|repeatedly|already|has|had|have)\s+){0,2}$"
)
_MAIN_CLAUSE_RESUMES = re.compile(
    r",\s+(?:[a-z]+ed|said|told|has|have|had|was|were|is|are|will|would|may|might|could|can|should|must|"
    + _COMMON_PASTS
    + r")\b"
)
# a relative clause after a comma: "…, which is an outcome, he said, …"
_RELATIVE_OPENER = re.compile(r",\s(?P<rel>which|who)\s")
_COLON_ENDS_PARAGRAPH = re.compile(r":[ \t]*\n")  # "he said:" and the statement below
_OBJECT_RELATIVE_BEFORE = re.compile(  # (not "in which", "at which": a place or a time)
    r"(?<![\w'’])(?P<rel>what|(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bof )(?<!\bby )(?<!\bto )(?<!\bwith )"
    r"(?<!\bfor )(?:which|whom))\s+(?:even\s+|also\s+)?$"
)
# lower-case words after a quoted name, up to a punctuation mark or a dash: the noun it names
_NOUN_AFTER_NAME = re.compile(
    r"\s+(?!(?:with|and|or|but|for|to|in|on|at|as|by|from|that|which|who)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?=\s+-|[,;:.!?—–]|$)"
)
# past forms in a row ("wrote, directed and starred"), not an adjective ("said closed primaries …")
_VERB_RUN = re.compile(r"[a-z]+ed(?:,|\s+(?:and|or|to|by)\s)")  # (or a participle: "provided to X")
# a past verb and its phrase before "to say" of purpose: "took to Twitter to say", "went out of his
# way to say" (not "refused to say", "was likely to say": no statement made)
_PURPOSE_BEFORE = re.compile(
    r"\s(?P<verb>[a-z]{3,}ed|took|stood|went|came|rose|spoke|wrote|got|held|gave|sent|ran)\s+"
    r"(?:[\w'’.-]+\s+){1,6}to\s+$"
)
_NOT_PURPOSE = frozenset(
    """refused declined wanted planned hoped expected tried failed seemed appeared asked agreed
    decided promised vowed pledged threatened urged needed used happened continued started began
    preferred chosen chose neglected intended attempted managed wished that and but or who which""".split()
)  # (verbs whose infinitive says nothing was said, and clause joints between the verb and "to")
# an answer after "said": "said yes, compared with …", "said no to the war" (not "says no matter what …")
_YES_OR_NO = re.compile(
    r"(?:yes|no)(?=\s*[,.;]|\s+(?:while|but|compared|and|when|after)\b)|no\s+to\s+[^,.;:!?]{3,60}(?=[,.;])"
)
_SAY = frozenset("say says said".split())
_SAID_NOTHING = re.compile(r"(?:little|nothing|much|more)(?=\s*[,.;])")  # "said little, …"
_WHO_KINDS = frozenset("person role group generic".split())
_WHICH_KINDS = frozenset("org outlet generic".split())
_RELATIVE_TAIL = re.compile(r"[\s,]+(?:which|that|who|whom)$")
_RUN_TAIL = re.compile(r"[\s,;]*(?:\b(?:and|but|while|as|after|when)\s*)?[\s,;]*$")
_ACRONYM_AFTER = re.compile(r"\s\([A-Z][A-Za-z&]{1,7}\)\s$")
_NUMERIC_START = frozenset("0123456789$£€¥")
# "went on to call / say / praise …" (not "went on to gross $600m")
_SPEECH_INFINITIVES = frozenset(
    """say call tell describe praise attack accuse criticize criticise argue claim insist warn note add
    suggest ask urge blast mock question deny explain predict promise vow thank blame compare dismiss
    defend endorse slam joke boast declare announce""".split()
)
_APPROX = frozenset("0123456789$£€¥htofs")  # "about 40", "about half/a third/one in four/two/six"
_SUBJECT_KINDS = frozenset("person org outlet group pronoun generic role".split())
_LEAD_KINDS = frozenset("person org outlet pronoun".split())  # a lead sentence's subject who speaks next
_NO_LEAD = frozenset("here there this that these those it we i you why what how when where who".split())
# words that continue a clause whose subject came before an interrupting "X said,"
_RELATIVES = frozenset("that which who whom what".split())
# a party label after a name: "Sen. Ann Cole, R-Fla., said" (before the cue, or before an aside)
_PARTY_LABEL = r",\s*[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,"
_PARTY_LABEL_BEFORE = re.compile(_PARTY_LABEL + r"\s*$")
_PARTY_LABEL_AFTER = re.compile(_PARTY_LABEL + r"\s")
# 'A flabbergasted Tom Noah quipped, “…”': a past tense off the list right before a quotation
_UNLISTED_BEFORE_QUOTE = re.compile(r"\s(?P<verb>[a-z]{3,}ed)(?:,|:)?\s*$")
_CONDITION = re.compile(r"(?:If|Unless|Once|As long as)\s")
_RESUMING_ADVERBS = frozenset("never not only just already".split())
# where a source after "according to" ends: a comma, a bracket, the end of its sentence
_NO_QUOTES = str.maketrans("", "", '"“”')
_SOURCE_END = re.compile(r",|\s\(|[.!?][\"”’']?(?=\s|$)")
# "Hale is more cautious, saying …", "The senator did give him credit, saying …"
_COPULA = re.compile(r"\s(?:is|was|are|were|did|does|has|had|have)\b")
_NAME_AFTER_QUOTE = re.compile(r"[^\w\s]{0,3}\s*[A-Z]")
_PRESENT_TENSE = re.compile(r"\s[a-z]{2,}[^s\W]s\b")
# a full stop that is no abbreviation's ("J. J. Price", "Va.", "Mr." are not sentence ends)
_FULL_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.\s")
_ANY_FINITE = re.compile(r"\b" + _FINITE)
_FINITE_SOON = re.compile(
    r"(?:the|a|an|his|her|their|its)\s+(?:(?!who\b|which\b|that\b)\S+\s+){0,6}?" + _FINITE
)
_SCORE_VERBS = frozenset("added adds conceded concedes".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_NAMED_AS = re.compile(r"(?:[\w'’-]+\s+){0,4}[\"“]")  # "called the nominee “…”": the object, then the name
_NAMING = frozenset("called calls dubbed labeled labelled branded described describes".split())
_ASKING = frozenset("asked asks urged urges".split())
_CLAUSE_SOON = re.compile(r"(?:[A-Za-z][\w'’-]*\s+){1,3}" + _FINITE)
# the main clause after a subordinate one: "…, 80,000 employees volunteered", "…, and the chief resigned"
_MAIN_CLAUSE_AHEAD = re.compile(
    r"(?:(?:and|but|so)\s+)?(?!which|who|whose|where|when|while|as|if|including|such)(?:[\w,'’.-]+\s+){1,4}?"
    r"(?:[a-z]{2,}ed|" + _FINITE[3:]
)
_OBJECT_THEN_TO = re.compile(r"(?:[\w'’.-]+\s+){1,4}to\s+[a-z]{2,}")
_OBJECT_THEN_QUESTION = re.compile(r"(?:[\w'’.-]+\s+){1,5}?(?:if|whether|who|what|why|how)\s+[a-z]")
_SUBORDINATE_ENDS = (" after", " before", " because", " when", " while", " since", " until", " though")
_RELATIVE_CLAUSE_END = re.compile(r",\s|\s[-–—]|[–—]|;")
_CONTINUE = frozenset(
    """will would could should may might can must is are was were has have had do does did be been
    remain remains remained need needs needed cannot won't wouldn't isn't aren't wasn't weren't
    hasn't haven't hadn't didn't doesn't don't can't couldn't shouldn't also still""".split()
)
# lower-case words that open a new clause rather than continue the subject before "according to"
_NEW_CLAUSE = frozenset(
    "the a an it he she they we i you there this that these those its his her their our some".split()
)
# the verb after the subject of a sentence that ends with a colon before a quotation
_COLON_VERB = re.compile(r"[ \t](?P<verb>[a-z]{3,}(?:ed|es|s))\b")
_SIGNATURE = re.compile(r"[-–—][ \t]*(?=[A-Z])")
_LEAD_BREAK = frozenset("is are was were has have had met said told and but then when after".split())
_DASH_LINE = re.compile(r"[—–]\s*")
_DASH_CLOSE = re.compile(r",?\s+[—–]\s*|[—–](?=\w)")
_SOURCE_PHRASE = re.compile(r"[^\W\d][\w'’-]*(?:[ \t]+[^\W\d][\w'’.-]*){0,13}(?=\s*[,.;()])")
_QUOTE_CHARS = "\"“”„«»‹›‘’‚'"
# the first verb of a clause, for its subject: a past tense, a present tense of a speech verb, or
# an auxiliary ("Ann Cole has …", "The memo reads …", "A footnote makes …")
_FIRST_VERB = re.compile(
    r"(?<=\s)(?:(?:has|have|had|was|were|is|are|will|would|could|did|does|may|might|can)\b|"
    r"(?:also|then|later|again|once|even|[a-z]+ly)\s+[a-z]+(?:ed|es|s)\b|"
    r"(?:[a-z]+ed|said|told|wrote|made|took|gave|put|sent|kept|held|came|went|got|led|ran|saw|stood|"
    r"brought|spoke|read|shot|struck|says|tells|writes|makes|reads|asks|puts|goes|continues|notes|adds|argues|"
    r"warns|insists|declares|states|explains|claims|concludes|responds|replies|sums|recalls)\b)"
)
# words before a name that can only be its role: capitalised words, lower-case role words, "of"
_ROLE_GAP = re.compile(
    r"(?:(?!(?:is|was|are|were|what|that|which|who|about|to|the|a|an|and|but|as|for|on|in|at|with|"
    r"by|from|said|says|told)\b)[A-Za-z][\w.'’-]*\s+){0,3}"
    r"(?!(?:is|was|are|were|what|that|which|who|about|to|the|a|an|and|but|as|for|on|in|at|with|"
    r"by|from|said|says|told)\b)[A-Za-z][\w.'’-]*"
)
_AUXILIARIES = frozenset("has have had was were is are will would could did does may might can".split())
# the lexical verb after an auxiliary: "has (long) railed", "is (now) telling"
_LEXICAL_AFTER = re.compile(
    r"(?:\s+(?:not|also|been|long|never|repeatedly|often|since|[a-z]+ly))*\s+(?P<v>[a-z]+ed|[a-z]+ing)\b"
)
# a short quotation joins the subject's claim only in a sentence with a learned cue verb before it
_LEARNED_VERB = re.compile(r"\b(?:" + _alternation(sorted(LEARNED_CUE_VERBS)) + r")\b")
_BE_WORD = (["is"], ["are"], ["was"], ["were"], ["been"], ["be"])
_TO_WORDS = [[w] for w in "to for with about against at on of by toward towards told asked".split()]
_BE = frozenset("is are was were".split())
_BE_WORD_AFTER = [[w] for w in "is are was were been be being".split()]
_RELATIVE_AFTER = re.compile(r",\s+(?:who|which)\s")
_INTRODUCTORY = frozenset(
    """after when as while before since although though because if in on at during despite with
    without for from following asked even last earlier once until unlike like soon""".split()
)
_OPENER_RUN = re.compile(r"(?:(?:But|And|So|Still|Yet|Now|Meanwhile|Later|Then|Instead|Indeed|Also),?\s+)+")


# _Cue and _Found are plain classes, made by the thousand per article: compiled, their constructors
# are native code (a dataclass's stays interpreted).  Compared by identity only.
class _Cue:
    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text  # as written: "said", "has also said", "according to"


class _Found:
    __slots__ = ("at", "cue", "end", "group", "kind", "mention", "parts", "rule", "standalone", "start")

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        cue: str,
        mention: Mention | None,
        at: int,
        group: int = 0,
        standalone: bool = False,
        parts: list[tuple[int, int]] | None = None,
        rule: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.cue = cue
        self.mention = mention
        self.at = at  # where the attribution is (order of resolution)
        self.group = group  # quotations of one multi-paragraph/split quote
        self.standalone = standalone
        self.parts = parts  # the quoted pieces of a quotation split by its attribution
        self.rule = rule  # the cue-scan rule that found it (for the learned gate)


def extract_claims(body: object, language: object, cue_gate: gate.Gate = gate.SHIPPED) -> list[Claim]:
    """Claims in body, in body order.  Never raises: on any internal error, or a body that is not
    text, returns [].  ``cue_gate`` is for training and analysis only (see :class:`gate.Gate`)."""
    try:
        if not isinstance(body, str) or not body or body.isspace():
            return []
        return _Extractor(body, _lexicon(language), cue_gate).run()
    except Exception:
        log.exception("claim extraction failed; returning no claims")
        return []


def _lexicon(language: object) -> Lexicon | None:
    code = (language or "und").strip().lower()[:2] if isinstance(language, str) else "und"
    if code in ("un", ""):
        return ENGLISH
    return LEXICONS.get(code)


_IRREGULAR_PARTICIPLES = frozenset("clad known seen born worn torn sworn".split())
_SAID_UP_FRONT = re.compile(r"(Said|Says|Added|Adds)\s+")
_PARTICIPLE_TAIL = re.compile(r",\s+(?:[a-z]{3,}ing|on condition)\b")
_AT_LEAST = (["at", "least"], ["at", "most"])
_CLAUSE_ENDS = ("", ".", ",", ";", ":", "!", "?")
_SENTENCE_END_IN = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
# words that open a time phrase ("late Thursday", "last week", "earlier this month")
_WHEN_WORDS = frozenset(
    f"{_DAYS_EN} {_MONTHS_EN} late early earlier later last this next yesterday today tonight".lower().split()
)
_TIME_WORD = re.compile(_alternation(f"{_DAYS_EN} {_MONTHS_EN}".split()))
_SOURCE_CUT = re.compile(
    r"\s(?:published|released|issued|posted|filed|obtained|conducted|sent|dated|made\s+public|out|on)\b"
)
#: A title in quotation marks, its words capitalised: “Growth and Opportunity Project,”
_TITLE_IN_QUOTES = re.compile(
    r"[“\"]([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for|in|on|to|a))*)[,.]?[”\"]"
)
_QUOTE_MARKS = re.compile(r"[“”\"]")
_DOUBLE_APOSTROPHE = re.compile(r"(?<!')''(?!')")
_TRIPLE_APOSTROPHE = re.compile(r"(?<=[^\s'])'''(?=[\s.,;:!?)])")


def _as_double_quotes(body: str) -> str:
    """Two apostrophes used as one double quote mark (''No,'' he said): read as " with the width kept
    (' "' when it opens, '" ' when it closes), so every offset still points into the original text;
    a horizontal bar (``PARIS ― The …``) is read as an em dash, a no-break space as a space."""

    def mark(m: re.Match[str]) -> str:
        at = m.start()
        before = body[at - 1] if at else " "
        after = body[at + 2] if at + 2 < len(body) else " "
        if (before.isspace() or before in "([—–-") and not after.isspace():
            return ' "'
        if not before.isspace() and (after.isspace() or after in ".,;:!?)—–-"):
            return '" '
        if before.isspace() and after.isspace() and body[at - 2 : at - 1] in (",", ".", "!", "?"):
            return '" '  # "''… strong coalitions, '' said X": a space typed before the closing mark
        return m.group(0)

    if "''" in body:
        body = _DOUBLE_APOSTROPHE.sub(mark, body)
        if "'''" in body:  # "… 'We'll win,''' said X": an inner quotation closes with the outer one
            body = _TRIPLE_APOSTROPHE.sub("'\" ", body)
    body = body.replace("\u2015", "—") if "\u2015" in body else body  # a horizontal bar is a dash
    return body.replace("\xa0", " ") if "\xa0" in body else body  # a no-break space is a space


class _Extractor:
    def __init__(self, body: str, lex: Lexicon | None, cue_gate: gate.Gate = gate.SHIPPED):
        self.cue_gate = cue_gate
        self.source = body  # claims' text comes from here; the rules read `body`
        body = _as_double_quotes(body)
        self.body = body
        self.lex = lex or ENGLISH
        self.attribute = lex is not None
        self.limit = min(len(body), MAX_CHARS)
        self.paragraphs = paragraph_spans(body, self.limit)
        self.quotes = find_quotations(body, self.paragraphs)
        if self.lex.code in ("ru", "es", "fr", "de"):
            self._dash_quotes()
        self.regions = sorted((q.open, q.region_end) for q in self.quotes)
        self.region_starts = [r[0] for r in self.regions]
        # sentences are split per paragraph on first use: many paragraphs hold no quote and no cue
        self._para_quotes: dict[int, list[tuple[int, int]]] = {}
        for q in self.quotes:
            self._para_quotes.setdefault(q.paragraph, []).append((q.open, q.region_end))
        self._para_sentences: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self.para_starts = [p[0] for p in self.paragraphs]
        self.used_cues: set[int] = set()
        self.found: list[_Found] = []

    # -- helpers -------------------------------------------------------------------------------
    def _sentence(self, pos: int) -> tuple[int, int]:
        p = bisect_right(self.para_starts, pos) - 1
        if p < 0:
            return (0, 0)
        cached = self._para_sentences.get(p)
        if cached is None:
            p_start, p_end = self.paragraphs[p]
            story = dateline_end(self.body, p_start, p_end) if p < 3 else p_start
            spans = sentence_spans(self.body, (story, p_end), self._para_quotes.get(p, []))
            if story > p_start:
                # the dateline is a "sentence" of its own: no claim starts before the story does
                spans.insert(0, (p_start, story))
            cached = ([s[0] for s in spans], spans)
            self._para_sentences[p] = cached
        starts, spans = cached
        i = bisect_right(starts, pos) - 1
        return spans[i] if i >= 0 else (0, 0)

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.region_starts, pos) - 1
        return i >= 0 and self.regions[i][0] <= pos < self.regions[i][1]

    def _trim(self, start: int, end: int, strip_final: bool = True) -> tuple[int, int]:
        body = self.body
        while start < end and (body[start].isspace() or body[start] in ",;:—–"):
            start += 1
        tail = " \t\r\n\f\v,;:—–" + (".!?" if strip_final else "")
        while end > start and (
            body[end - 1] in tail
            # "(According to the police, it keeps no figures.)": the bracket closes outside the claim
            or (body[end - 1] == ")" and body.find("(", start, end) < 0)
        ):
            end -= 1
        return start, end

    # -- quotations ----------------------------------------------------------------------------
    def _dash_quotes(self) -> None:
        """Dialogue dashes: "— Мы готовы, — заявил Песков." / "—Estamos listos —dijo el ministro—."."""
        body = self.body
        group = max((q.group for q in self.quotes), default=0)
        quoted_paras = {q.paragraph for q in self.quotes}
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            if index in quoted_paras:
                continue
            m = _DASH_LINE.match(body, p_start, p_end)
            if not m:
                continue
            close = _DASH_CLOSE.search(body, m.end(), p_end)
            end = close.start() if close else p_end
            group += 1
            q = Quotation(p_start, close.end() - 1 if close else -1, m.end(), end, index, group=group)
            q.start, q.end = self._trim(q.start, q.end, strip_final=False)
            if q.end > q.start:
                self.quotes.append(q)
        self.quotes.sort(key=lambda q: q.open)

    def _quote_claims(self) -> None:
        body = self.body
        groups: dict[int, list[_Found]] = {}
        by_quote: dict[int, _Found] = {}
        for index, q in enumerate(self.quotes[:MAX_CLAIMS]):
            words_end = min(q.end, q.start + 120)
            p_index = q.paragraph
            p_start = self.paragraphs[p_index][0]
            intro = body[max(0, q.open - 3) : q.open].rstrip().endswith(":") or (
                q.open == p_start and p_index > 0
            )
            first, second = (
                (self._attribution_before, self._attribution_after)
                if intro
                else (self._attribution_after, self._attribution_before)
            )
            if q.restarted:
                # '"… creates. "So unless …"': nothing stands between the two parts
                first, second = self._attribution_after, _no_attribution
            cue, mention, at = first(q)
            if mention is None:
                cue, mention, at = second(q)
            if mention is not None and at < q.open and self._subject_of_clause(q):
                self.used_cues.discard(at)  # 'X said "most people in politics" can't be trusted'
                continue
            if (
                mention is not None
                and at < q.open
                and self.lex.code == "en"
                and body[max(0, q.open - 3) : q.open] in ("’s ", "'s ")
                and _title_like(body, q.start, q.end)
            ):
                self.used_cues.discard(at)  # 'She told ABC’s “Good Morning America” the tone was …': a title
                continue
            if (
                mention is not None
                and at > q.open
                and self.lex.code == "en"
                and q.open != self._sentence(q.open)[0]
                and not _has_words(body, 7, q.start, q.end)
                and _title_like(body, q.start, q.end)
            ):
                # 'Sunday on Fox News's “Sunday Morning Futures,” Rep. Ann Cole said …': a title
                # inside the sentence, not what was said
                self.used_cues.discard(at)
                continue
            if mention is None and self.lex.code == "en":
                cue, mention, at = self._signature(q)
            found = _Found(q.start, q.end, "direct_quote", cue or "", mention, at or q.open, q.group)
            if mention is not None and at < q.open and self.lex.code == "en":
                self._clause_around_quote(found, q)
            if mention is not None and at > q.open and self.lex.code == "en":
                self._lead_in(found, q)
            if mention is None:
                # kept without a speaker when it opens its paragraph or sentence and is long enough
                at_start = q.continues_previous or q.open == p_start or q.open == self._sentence(q.open)[0]
                if not (at_start and _has_words(body, 5, q.start, words_end)) and not q.continues_previous:
                    continue
                found.standalone = True
            elif not _has_words(body, 2, q.start, words_end) and not (
                at > q.open and q.open == self._sentence(q.open)[0]
            ):
                # '… was “softer,” the Journal reported': the sentence's cue (a one-word quotation
                # that opens its sentence, '“Absolutely,” he said', is an answer, kept)
                self.used_cues.discard(at)
                continue
            groups.setdefault(q.group, []).append(found)
            self.found.append(found)
            by_quote[index] = found
        self._join_split_quotes(by_quote)
        # one speaker for all parts of a multi-paragraph quotation
        for parts in groups.values():
            lead = next((f for f in parts if f.mention is not None), None)
            if lead is None:
                continue
            for f in parts:
                if f.mention is None:
                    f.mention, f.cue, f.at, f.standalone = lead.mention, lead.cue, lead.at, False

    def _clause_around_quote(self, found: _Found, q: Quotation) -> None:
        """'Obama said “it gets me mad” every time he thinks about …': a quotation right after its
        cue that the sentence goes on past is part of a reported clause — the claim is the clause,
        from the opening mark to the sentence end."""
        body = self.body
        between = body[found.at : q.open]
        if q.close >= 0 and between.rstrip().endswith(",") and len(between.split()) <= 2:
            if body[q.open + 1 : q.open + 2].islower():
                self._sentence_around_attribution(found, q)
                return
            # 'Tyler said, “We have three weeks to go” until the caucuses.': the words after it too
        elif q.close < 0 or len(between.split()) > 3 or any(ch in between for ch in ",:;—–"):
            return
        s_end = self._sentence(q.open)[1]
        rest = body[q.region_end : s_end]
        if not rest[:1].isspace() or not _has_words(rest, 3, 0, len(rest)):
            return
        if rest.split(None, 1)[0].lower() in _COORDINATORS:
            return  # ('Hale said "we will win" and left the hall': a second verb, not the clause)
        if rest.lstrip()[:1] in ("-", "—", "–") or rest.split(None, 1)[0].lower() in _RELATIVES:
            return  # ('said, “…” - at which point the crowd chanted', '“Mr. Paul Simon,” who sang …')
        r_start, r_end = self._trim(q.open, s_end)
        found.start, found.end, found.kind = r_start, r_end, "indirect_speech"

    def _sentence_goes_on_after_quote(self, open_at: int, end: int) -> bool:
        """Does the quotation opening at body[open_at] close before body[end] with words between
        ('"Most of the cost comes from measuring" income, he said')?"""
        i = bisect_right(self.region_starts, open_at) - 1
        if i < 0 or self.regions[i][0] != open_at or self.regions[i][1] >= end:
            return False
        return _WORDS.search(self.body, self.regions[i][1], end) is not None

    def _sentence_around_attribution(self, found: _Found, q: Quotation) -> None:
        """'The club's investment in its pools, Ms. Tanzer said, “is a perfect example of adapting”
        to the economics of golf': an attribution set off by commas inside the sentence, and the
        quotation goes on from the words before it (it opens in lower case) — the claim is the
        whole sentence, as it is for the same sentence unquoted."""
        body = self.body
        mention = found.mention
        if mention is None or not body[q.open + 1 : q.open + 2].islower():
            return
        s_start, s_end = self._sentence(q.open)
        prefix = body[s_start : mention.start].rstrip()
        words = prefix.split()
        if (
            not prefix.endswith(",")
            or not 3 <= len(words) <= 40
            or all(w.strip(",").lower() in _OPENERS for w in words)
            or any(ch in prefix for ch in '"“”«»')
        ):
            return
        r_start, r_end = self._trim(self._relative_after_claim(s_start, mention.start), s_end)
        found.start, found.end, found.kind = r_start, r_end, "indirect_speech"

    def _subject_of_clause(self, q: Quotation) -> bool:
        """English: is a short quotation after its cue the subject of the reported clause, its verb
        after the closing mark ('said "most people in politics" can't be trusted')?  Then the clause
        is the claim (the cue scan takes it)."""
        if self.lex.code != "en" or q.close < 0 or _has_words(self.body, 8, q.start, q.end):
            return False
        after = _WORDS.match(self.body, _after_space(self.body, q.region_end))
        return (
            after is not None
            and after.start() == q.region_end + 1
            and (after[0] in _CONTINUE or after[0] in ("can", "cannot"))
        )

    def _lead_in(self, found: _Found, q: Quotation) -> None:
        """'That makes him a figure to whom supporters can “take their frustrations,” Sexton said.':
        the quotation is the end of the speaker's sentence; the claim starts where the sentence does
        (when no other cue or quotation stands between)."""
        body = self.body
        p_start = self.paragraphs[q.paragraph][0]
        opens_paragraph = q.open - p_start < 12 and not _has_words(
            body, 3, p_start, q.open
        )  # ('This is a “…')
        # (the mark before may be '' read as ' "': "the book:  "Publish …")
        if opens_paragraph or body[max(p_start, q.open - 3) : q.open].strip()[-1:] in (".", ":", "?", "!"):
            return  # the quotation opens its paragraph or sentence: no lead-in
        s_start = max(self._sentence(q.open)[0], p_start)
        if s_start >= q.open or not _has_words(body, 3, s_start, q.open):
            return
        i = bisect_left(self.cue_starts, s_start)
        if i < len(self.cues) and self.cue_starts[i] < q.open:
            # '… are asked to rank them, and the group is less likely to be “overrun …,” Hoover said':
            # the clause after the last ", and" / ", but" / ";" that follows the other cue
            last_cue = self.cue_starts[bisect_left(self.cue_starts, q.open) - 1]
            joints = list(_CLAUSE_JOINT.finditer(body, last_cue, q.open))
            joint = joints[-1] if joints else None
            earlier = bisect_right(self.region_starts, q.open - 1) - 1
            if (
                joint is None
                or not _has_words(body, 3, joint.end(), q.open)
                or (earlier >= 0 and self.regions[earlier][0] >= s_start)  # ('“…,” she said, but …')
            ):
                return
            s_start = joint.end()
        j = bisect_right(self.region_starts, q.open - 1) - 1
        if j >= 0 and self.regions[j][0] >= s_start and self.regions[j][1] <= q.open:
            return
        start, _ = self._trim(s_start, q.open)
        if body[start] not in _QUOTE_CHARS:
            found.start = start

    def _join_split_quotes(self, by_quote: dict[int, _Found]) -> None:
        """'"It was too much," Mr. Coale said. "And now it is out of the park."': a quotation split by
        its attribution is one claim over the whole quotation, with the quoted pieces in `parts`
        (text = body[start:end] then holds the attribution between the pieces).  The second piece
        follows the attribution in the same paragraph, with nothing else between."""
        body = self.body
        quotes = self.quotes[:MAX_CLAIMS]
        dropped: set[int] = set()
        for index, first in sorted(by_quote.items()):
            if index in dropped or first.mention is None or first.kind != "direct_quote":
                continue
            q = quotes[index]
            if q.close < 0 or not q.region_end <= first.at:
                continue  # the attribution is not between the pieces
            nxt = index + 1
            while nxt < len(quotes):
                r = quotes[nxt]
                if r.open <= first.at or r.open - q.region_end > 320:
                    break
                if r.paragraph != q.paragraph and not self._continues_next_paragraph(q, r, first.at):
                    break
                between = body[q.region_end : r.open]
                inner = self._regions_in(between, q)
                if len(_FULL_STOP.findall(between)) > 3 or any(self._quoted_words(a, b) for a, b in inner):
                    break
                other = by_quote.get(nxt)
                if other is not None and other.mention is not None and other.at != first.at:
                    break
                # the attribution sentence ends right before the second piece ("… said. “…")
                tail = between.rstrip().rstrip(_QUOTE_CHARS).rstrip()  # "''" opens a quotation in some copy
                if tail and tail[-1] not in ".,:;—–":
                    if not self._quoted_words(r.start, r.end) and tail[-1].isalnum():
                        nxt += 1  # 'X said on "Meet the Town." "…"': a title inside the attribution
                        continue
                    break
                first.parts = (first.parts or [(first.start, first.end)]) + [(r.start, r.end)]
                first.end = r.end
                if other is not None:
                    dropped.add(nxt)
                q = r
                if r.close < 0:
                    break
                nxt += 1
                break  # two pieces: "A," X said, "B" (a third piece needs a second attribution)
        if dropped:
            gone = {id(by_quote[i]) for i in dropped}
            self.found = [f for f in self.found if id(f) not in gone]

    def _continues_next_paragraph(self, q: Quotation, r: Quotation, at: int) -> bool:
        """'"…," he said.' ending a paragraph and '"…"' opening the next: the quotation goes on.
        Nothing but the attribution's sentence stands between the two."""
        if r.paragraph != q.paragraph + 1 or r.open != self.paragraphs[r.paragraph][0]:
            return False
        p_end = self.paragraphs[q.paragraph][1]
        s_end = self._sentence(at)[1]
        return not self.body[s_end:p_end].strip() and self.body[q.region_end : p_end].rstrip().endswith(".")

    def _regions_in(self, between: str, q: Quotation) -> list[tuple[int, int]]:
        """Quotation regions inside the text after q's close that `between` spans."""
        lo, hi = q.region_end, q.region_end + len(between)
        i = bisect_left(self.region_starts, lo)
        out = []
        while i < len(self.regions) and self.regions[i][0] < hi:
            out.append(self.regions[i])
            i += 1
        return out

    def _quoted_words(self, start: int, end: int) -> bool:
        """A quotation of five words or more that is not a title in capitals ("Meet the Town Hall")."""
        return _has_words(self.body, 5, start, end) and not _title_like(self.body, start, end)

    def _attribution_after(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        body = self.body
        p_end = self.paragraphs[q.paragraph][1]
        pos = q.region_end
        if q.close < 0:
            return None, None, 0
        lead = _LEAD_PUNCT.match(body, pos, p_end)
        if lead and "." in lead.group(0):
            return None, None, 0  # "… ‘No More Mr Nasty’. TV presenter X said": a new sentence
        pos = lead.end() if lead else pos
        if body[q.close - 1 : q.close] == "." and body[pos : pos + 1].isupper():
            # '"… back to Manchester." Milan coach X said …': the quotation ended its sentence;
            # what follows is a new one (news writes '"…," X said' when X said it)
            return None, None, 0
        window_end = min(p_end, pos + 160)
        i = bisect_left(self.cue_starts, pos)
        cue = self.cues[i] if i < len(self.cues) and self.cue_starts[i] < window_end else None
        if cue is None:
            return self._unlisted_verb(pos, window_end, q)
        if cue.start == pos or body[pos : cue.start].strip() in ("", "—", "–"):
            mention = parse_after(body, _after_space(body, cue.end), window_end, self.lex)
            if mention is None and self.lex.code != "en":
                mention = self._subject_past_modifiers(cue, window_end)
            if mention is None:
                mention = self._speaker_with_a_title(cue, window_end)
            if mention is None:
                mention = self._inline_pronoun(cue.text)
        else:
            label = _PARTY_LABEL_BEFORE.search(body, pos, cue.start) if self.lex.code == "en" else None
            # ('“…,” Senate Majority Leader Tom Hale, R-Ky., said': the name before its party label)
            mention = parse_before(body, pos, label.start() if label else cue.start, self.lex)
            if self.lex.code == "en" and (mention is None or mention.start > _after_space(body, pos)):
                mention = self._speaker_then_aside(pos, cue.start) or mention
            if mention is None and not body[pos : cue.start].rstrip().endswith(","):
                # '"…," her friend said', '"…," both congressmen said' (not '“…” about the
                # decision, said X': the words after the quotation are content, the speaker follows)
                mention = parse_nominal_before(body, pos, cue.start, self.lex)
            gap = body[pos : mention.start].strip(" ,—–") if mention is not None else ""
            if mention is not None and _SENTENCE_END_IN.search(gap):
                mention = None  # '… 27 “at-large” delegates. John said …': the next sentence's cue
            if mention is not None and gap and body[pos : mention.start].rstrip().endswith(","):
                # '“Boots on the ground” would be appropriate, candidate Ben Carson said': the words
                # after the quotation go on with it; the claim is the clause (the cue scan's)
                mention = None
            if mention is not None and gap:
                # "… ,” farmer Joan Pike said": a short lower-case role before the name
                if len(gap.split()) <= 2 and gap.islower() and mention.kind == "person" and not mention.role:
                    mention.role = gap
                elif mention.kind == "person" and _ROLE_GAP.fullmatch(gap) is not None:
                    # '“…,” Senate minority leader Ann Reid told': a longer role before the name
                    mention.role = " ".join(w for w in (gap, mention.role) if w)
                elif mention.kind != "role":
                    # '“…,” a source close to Ann Cole said', '“…,” the pitch on Kickstarter says': a
                    # description ending in a name is the whole phrase, as before an indirect claim
                    whole = parse_nominal_before(body, pos, cue.start, self.lex)
                    mention = whole if whole is not None and whole.start == _after_space(body, pos) else None
                else:
                    mention = None
        if mention is None:
            return self._unlisted_verb(pos, window_end, q)
        inverted = mention.start > cue.start and body[mention.end : mention.end + 1] in (",", ".", ";")
        if self.lex.code == "en" and not inverted and self._reports_a_clause(cue, p_end):
            # (a speaker after the cue that ends its clause: '“…,” said an Iowa Democrat, “and …”')
            return None, None, 0  # '… chants of “Marco!,” the senator said his campaign was …'
        self.used_cues.add(cue.start)
        return _cue_text(cue), mention, cue.start

    def _reports_a_clause(self, cue: _Cue, end: int) -> bool:
        """Is the cue followed by a reported clause of its own ("said his campaign was …")?"""
        body = self.body
        s_end = min(end, self._sentence(cue.start)[1])
        pos = self._skip_modifiers(cue.end, s_end, cue.text)
        if body[pos : pos + 1] in ("", ".", ",", ";", ":", "!", "?", "\n") or body[pos] in _QUOTE_CHARS:
            return False
        participle = _PARTICIPLE.search(body, pos, s_end)
        if participle is not None:
            # '“…,” X told a rally, saying Y would …': the clause after the comma is the participle's
            s_end = participle.start()
        if self.lex.complementizer.match(body, pos, s_end) is not None:
            return True
        # ('… “Sunday Morning,” Rep. X said the candidate’s “judgment” and “honesty” are in question')
        return _has_clause(body, pos, s_end) or _FINITE_SOON.match(body, pos, s_end) is not None

    def _unlisted_verb(self, pos: int, end: int, q: Quotation) -> tuple[str | None, Mention | None, int]:
        """'"…," Hannity started.', '"…," Bennett shot back.', '"…?" reacted Dorn.': after a quotation
        that ends with a comma, "?" or "!", a name and a past-tense verb not on the cue list (or the
        verb, then the name), ending the clause, attribute it (English)."""
        body = self.body
        if self.lex.code != "en" or body[q.close - 1 : q.close] not in (",", "?", "!"):
            return None, None, 0
        m = _UNLISTED_AFTER.match(body, pos, end)
        if m is not None:
            # ('“…,” the man shouted', '“…!” the group shouted from the street')
            mention = self._phrase_before(pos, m.start("verb"))
            if mention is not None and mention.start > pos:  # "some protesters": the whole phrase
                mention = parse_nominal_before(body, pos, m.start("verb"), self.lex)
            if mention is not None and mention.start == pos and mention.kind in _SUBJECT_KINDS:
                return m.group("verb"), mention, m.start("verb")
        m = _UNLISTED_BEFORE.match(body, pos, end)
        if m is not None:
            mention = parse_after(body, m.end(), end, self.lex)
            if mention is not None and mention.kind in ("person", "role"):
                tail = body[mention.end : mention.end + 1]
                if tail in ("", ".", ",", ";", "\n"):
                    return m.group("verb"), mention, m.start("verb")
        return None, None, 0

    def _inline_pronoun(self, cue: str) -> Mention | None:
        """French "a-t-il déclaré", "déclare-t-elle"."""
        for pronoun, gender in self.lex.pronouns.items():
            if cue.endswith("-" + pronoun) or f"-t-{pronoun}" in cue or f"-{pronoun} " in cue:
                return Mention(0, 0, pronoun, kind="pronoun", gender=gender)
        return None

    def _attribution_before(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        found = self._attribution_before_cue(q)
        if found[1] is None and self.lex.code == "en" and q.open == self.paragraphs[q.paragraph][0]:
            return self._colon_subject(q)
        if found[1] is None and self.lex.code == "en":
            found = self._said_up_front(q)
        if found[1] is None and self.lex.code == "en":
            found = self._unlisted_verb_before(q)
        return found

    def _speaker_then_aside(self, pos: int, cue_start: int) -> Mention | None:
        """English, after a quotation: a speaker, then an aside set off by commas, then the cue
        ('“…,” Blunt, after a long pause, said', '“…,” Harry Bond, 30, of Raleigh, who was polled, said')."""
        body = self.body
        comma = body.find(", ", pos, cue_start)
        between = body[comma:cue_start]
        if comma <= pos or not between.rstrip().endswith(",") or len(between.split()) > 20:
            return None
        if _SENTENCE_END_IN.search(between) or any(ch in between for ch in _QUOTE_CHARS):
            return None
        head = parse_before(body, pos, comma, self.lex)
        if (
            head is None
            or head.kind not in ("person", "role", "pronoun")
            or head.start != _after_space(body, pos)
        ):
            return None
        return head

    def _unlisted_verb_before(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        """English: 'A flabbergasted Tom Noah quipped, “…”' — a subject that opens the sentence and a
        past tense off the cue list, right before the quotation."""
        body = self.body
        m = _UNLISTED_BEFORE_QUOTE.search(body, max(0, q.open - 80), q.open)
        if m is None:
            return None, None, 0
        s_start = self._sentence(q.open)[0]
        if m.start() <= s_start:
            return None, None, 0
        mention = self._phrase_before(s_start, m.start() + 1)
        if mention is None or mention.kind not in ("person", "pronoun", "role", "group"):
            return None, None, 0
        if mention.phrase.endswith(("ly", "'s", "’s")) or body[mention.end : m.start()].strip():
            return None, None, 0  # ("Originally dubbed “…”", "Clarke's planned “…”")
        lead = body[s_start : mention.start].split()
        if len(lead) > 3 or not all((w.islower() and w.isalpha()) or w in ("A", "An", "The") for w in lead):
            return None, None, 0  # (only openers or adjectives before it: "A flabbergasted Tom Noah")
        return m["verb"], mention, m.start("verb")

    def _said_up_front(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        """'Said Ann Poynter, who grew up nearby, “We were proud of him.”': the verb opens the
        sentence, the speaker follows it, the quotation ends it."""
        body = self.body
        s_start = self._sentence(q.open)[0]
        m = _SAID_UP_FRONT.match(body, s_start, q.open)
        if m is None:
            return None, None, 0
        mention = parse_after(body, m.end(), q.open, self.lex)
        if mention is None or mention.kind not in ("person", "role", "org", "outlet", "generic", "group"):
            return None, None, 0
        return m.group(1).lower(), mention, s_start

    def _signature(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        """A quotation that fills its paragraph, signed after a dash at its end or in the next one:
        '"…" — Lena Ortiz, 34, Dunmore', '"…"' then '- Lena Ortiz.' (quote round-ups, pull quotes)."""
        body = self.body
        p_index = q.paragraph
        p_start, p_end = self.paragraphs[p_index]
        if q.open != p_start:
            return None, None, 0
        rest = _after_space(body, q.region_end, p_end)
        if rest < p_end:
            n_start, n_end = rest, p_end  # signed on the same line
        elif p_index + 1 < len(self.paragraphs):
            n_start, n_end = self.paragraphs[p_index + 1]
        else:
            return None, None, 0
        m = _SIGNATURE.match(body, n_start, n_end)
        if m is None:
            return None, None, 0
        mention = parse_after(body, m.end(), n_end, self.lex)
        if mention is None or mention.kind not in ("person", "role", "org", "outlet"):
            return None, None, 0
        return body[m.start()], mention, m.start()

    def _colon_subject(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        """'Ruiz continued:' / 'The mayor released the following statement:' ending the paragraph
        before a quotation, with a verb on no cue list: the sentence's subject said it (English; a
        short sentence that opens with a person, role or organisation and its verb)."""
        p_index = q.paragraph
        if p_index == 0 or q.continues_previous:
            return None, None, 0
        body = self.body
        p_start, end = self.paragraphs[p_index - 1]
        if body[end - 1] != ":":
            return None, None, 0
        s_start = max(self._sentence(end - 1)[0], p_start)
        m = _COLON_VERB.search(body, s_start, end)
        if m is None or len(body[s_start:end].split()) > 14:
            return None, None, 0
        mention = parse_before(body, s_start, m.start("verb"), self.lex)
        if (
            mention is None
            or mention.kind not in ("person", "role", "org", "outlet", "group", "pronoun")
            or body[s_start : mention.start].strip() not in ("", "And", "But")
        ):
            return None, None, 0
        return body[m.start("verb") : end - 1].strip(), mention, m.start("verb")

    def _attribution_before_cue(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        """'X said: "…"', or 'X said:' ending the paragraph before: the last cue of the sentence
        before the quotation, followed by nothing but modifiers."""
        body = self.body
        p_index = q.paragraph
        p_start = self.paragraphs[p_index][0]
        introduced = q.open == p_start and p_index > 0 and not q.continues_previous
        if introduced:  # by the paragraph before, ending with a colon
            end = self.paragraphs[p_index - 1][1]
            if body[end - 1] != ":":
                return None, None, 0
        else:
            end = q.open
        j = bisect_left(self.cue_starts, end) - 1
        if j < 0 or self.cue_starts[j] < end - 200 or self.cues[j].end > end:
            return None, None, 0
        last = self.cues[j]
        gap = self._skip_modifiers(last.end, end, last.text)
        rest = body[gap:end].strip(" ,:—–\n")
        if rest == "." and not introduced and self.lex.code == "en":
            # 'Her friend Lena Ortiz, a history student, chimed in. "We just want …"': a sentence
            # that is only its speaker and cue introduces the quotation after it
            return self._sentence_before(q, last, p_start)
        if rest != "":
            return None, None, 0
        # the sentence only now (most quotations have no cue right before them): cue and speaker
        # must be in the sentence before the quotation (or the one it opens in)
        start = self._sentence(end - 1)[0] if introduced else max(self._sentence(q.open)[0], p_start)
        window_start = max(start, end - 200)
        if last.start < window_start:
            return None, None, 0
        mention = parse_before(body, window_start, last.start, self.lex)
        if mention is None:
            mention = parse_nominal_before(body, window_start, last.start, self.lex)
        if mention is None:
            mention = parse_after(body, _after_space(body, last.end), end, self.lex)
        if mention is None and self.lex.code == "en" and body[last.start - 2 : last.start] == ", ":
            # 'Sen. Ann Cole (D-Ill.), noting the size of his list, said, “…”': an aside between
            mention = self._subject_before_aside(window_start, last.start)
        if mention is None and self.lex.code == "en":
            mention = self._subject_before_adverb(window_start, last.start)  # 'X jokingly said, “…”'
        if mention is None and self.lex.code == "en" and window_start == start:
            # 'An official who spoke anonymously said Wednesday, “…”': the subject opens the sentence
            mention = self._opening_subject(start, last.start)
        if mention is None:
            return None, None, 0
        self.used_cues.add(last.start)
        return _cue_text(last), mention, last.start

    def _subject_before_adverb(self, start: int, cue_start: int) -> Mention | None:
        """'the charity proudly declared': the subject before an adverb between it and the verb."""
        body, lex = self.body, self.lex
        adverb = _ADVERB_BEFORE.search(body, max(start, cue_start - 20), cue_start)
        if adverb is None or adverb.start() <= start:
            return None
        front = adverb.start()
        mention = parse_before(body, max(start, front - 160), front, lex)
        return mention or parse_nominal_before(body, max(start, front - 120), front, lex)

    def _sentence_before(
        self, q: Quotation, cue: _Cue, p_start: int
    ) -> tuple[str | None, Mention | None, int]:
        """The quotation opens the sentence after 'X chimed in.' (speaker, cue and a full stop,
        nothing else, in the same paragraph): X said it."""
        body = self.body
        s_start = max(self._sentence(cue.start)[0], p_start)
        if body[q.open - 1 : q.open] not in (" ", "\n") or s_start >= cue.start:
            return None, None, 0
        mention = parse_before(body, s_start, cue.start, self.lex)
        if mention is None:
            mention = parse_nominal_before(body, s_start, cue.start, self.lex)
        lead = body[s_start : mention.start].split() if mention is not None else []
        if mention is None or len(lead) > 2 or any(not w.isalpha() or w.lower() in _LEAD_BREAK for w in lead):
            return None, None, 0  # "Her friend Lena Ortiz … chimed in." (not "Then X met Y and agreed.")
        self.used_cues.add(cue.start)
        return _cue_text(cue), mention, cue.start

    def _speaker_with_a_title(self, cue: _Cue, end: int) -> Mention | None:
        """'“…,” wrote the authors of the “Growth Project,” …': the speaker after an inverted cue,
        read with the quote marks of a title inside it taken for spaces (offsets unchanged)."""
        body = self.body
        start = _after_space(body, cue.end)
        title = _TITLE_IN_QUOTES.search(body, start, end)
        if title is None:
            return None
        masked = body[: title.start()] + _QUOTE_MARKS.sub(" ", title.group(0)) + body[title.end() :]
        mention = parse_after(masked, start, end, self.lex)
        if mention is not None:
            mention.phrase = " ".join(mention.phrase.split())
            mention.name = mention.name and " ".join(mention.name.split())
            mention.role = mention.role and " ".join(mention.role.split())
        return mention

    def _subject_past_modifiers(self, cue: _Cue, end: int) -> Mention | None:
        """The inverted subject after a time or place ("…, a annoncé vendredi la police", "dijo el
        martes el ministro"), where the words right after the cue name no speaker."""
        after = self._skip_modifiers(cue.end, end, "")
        if after <= _after_space(self.body, cue.end):
            return None
        return parse_after(self.body, after, end, self.lex)

    def _skip_modifiers(self, pos: int, end: int, cue: str) -> int:
        body = self.body
        lex = self.lex
        pos = _after_space(body, pos, end)
        if cue and _verb_of(cue) in lex.object_verbs:
            obj = lex.objects.match(body, pos, end)
            if obj:
                pos = _after_space(body, obj.end(), end)
        for _ in range(6):
            m = lex.modifiers.match(body, pos, end)
            if not m or m.end() == pos:
                break
            pos = _after_space(body, m.end(), end)
        return pos

    # -- indirect speech, reports, "according to" ----------------------------------------------
    def _cue_claims(self) -> None:
        lex = self.lex
        for cue in self.cues:
            if len(self.found) >= MAX_CLAIMS:
                break
            at = cue.start
            if at in self.used_cues:
                continue
            sentence = self._sentence(at)
            if not sentence[0] <= at < sentence[1] or sentence[1] - sentence[0] > MAX_SENTENCE:
                continue
            if lex.according_before.fullmatch(cue.text):
                self._according(cue, sentence)
            elif lex.according_after is not None and lex.according_after.fullmatch(cue.text):
                self._according_after(cue, sentence)
            elif (
                cue.text not in ("so",)
                and not self._naming_only(cue, sentence[1])
                and not (lex.code == "en" and self._no_subject_before(cue))
            ):
                self._speech(cue, sentence)

    def _no_subject_before(self, cue: _Cue) -> bool:
        """English: a determiner right before the cue ("the reported bomber", "those promises",
        "his pledged delegates"), a passive ("was said to", "is called") or "That said," — a noun,
        an adjective or a passive, no speaker before the verb: nothing for the parsers to find
        (this saves them the work)."""
        body = self.body
        chunk = body[max(0, cue.start - 7) : cue.start - 1]
        word = chunk[chunk.rfind(" ") + 1 :]
        if word.lower() in _DETERMINERS_BEFORE:
            return True
        if word.endswith(("'s", "’s")) and cue.text[:1].islower():
            wider = body[max(0, cue.start - 24) : cue.start - 1]
            if wider[wider.rfind(" ") + 1 : -2].lower() not in _CONTRACTING:
                return True  # "Despite Mr. Trump's claims that", "Trump's promises to": a possessive, a noun
        if cue.text in _NOUN_LIKE_BEFORE_OBJECT and _noun_reading(body, cue.start):
            return True
        return word in ("That", "that") and cue.text == "said" and body[cue.end : cue.end + 1] == ","

    def _naming_only(self, cue: _Cue, s_end: int) -> bool:
        """ "called"/"calls" with neither a quotation nor "on"/"for" after it names something
        ("a virus called Blaster"): no claim, and no speaker to parse.  The same for "described" /
        "accused" with no "as" / "of" after them, and "threatened" with no "to" / "that"."""
        verb = cue.text[cue.text.rfind(" ") + 1 :]
        link = _NEEDS_AFTER.get(verb)
        if link is not None:
            return link.search(self.body, cue.end, min(s_end, cue.end + 80)) is None
        if verb not in ("called", "calls"):  # (not "recalled")
            return False
        after = self.body[cue.end : min(s_end, cue.end + 120)]
        return not (after.startswith((" on ", " for ")) or any(ch in after for ch in _QUOTE_CHARS))

    def _cues_outside_quotes(self) -> list[_Cue]:
        """Cue matches outside quotations (much of a news story is quoted, and the scan skips it),
        at most 20 per possible claim."""
        out: list[_Cue] = []
        pos = 0
        for q_start, q_end in self.regions:
            if q_start > pos:
                out += self._scan_cues(pos, min(q_start, self.limit))
            pos = max(pos, q_end)
            if pos >= self.limit:
                break
        else:
            if pos < self.limit:
                out += self._scan_cues(pos, self.limit)
        return out[: 20 * MAX_CLAIMS]

    def _scan_cues(self, start: int, end: int) -> Iterator[_Cue]:
        """The matches of lex.cue in body[start:end], found with lex.cue_scan, which matches one
        character early (so a cue at the very start of the body is tried on its own)."""
        body = self.body
        pos = start - 1
        if start == 0:  # no character before the body: try the plain pattern there
            pos = 0
            first = self.lex.cue.match(body, 0, end)
            if first is not None:
                yield _Cue(0, first.end(), first["cue"])
                pos = first.end()
        scan = self.lex.cue_scan_ascii if body.isascii() else self.lex.cue_scan
        for m in scan.finditer(body, pos, end):
            text = m[1]  # the group "cue"
            yield _Cue(m.end() - len(text), m.end(), text)

    def _speech(self, cue: _Cue, sentence: tuple[int, int]) -> None:
        body = self.body
        lex = self.lex
        s_start, s_end = sentence
        cue_text = cue.text
        verb = _verb_of(cue_text)
        if (
            lex.code == "en"
            and cue_text.startswith("have ")
            and _MODAL_BEFORE.search(body, max(s_start, cue.start - 16), cue.start) is not None
        ):
            return  # "he should have insisted on …": what was not said, no claim
        if lex.code == "en" and verb == "say" and body.startswith("to ", cue.start - 3):
            # polls: "Democratic voters are more likely to say that Clinton represents …"
            likely = _LIKELY_TO.search(body, max(s_start, cue.start - 60), cue.start)
            if likely is not None:
                self._likely_to_say(likely.start(), cue, sentence)
                return
        if (
            verb == "asked"
            and body[cue.start - 2 : cue.start] == ", "
            and lex.code == "en"
            and not _ASKED_OBJECT.match(body, cue.end, s_end)
        ):
            return  # "Howard, asked about the remark by reporters, smiled": he was asked
        if lex.code == "en" and verb.endswith("ed") and body.startswith(" by ", cue.end):
            return  # "a board member, accused by Anil of …": a passive participle, no speaker
        if lex.code == "en" and cue_text == "went on" and body.startswith(",", cue.end):
            return  # "As the day went on, Eric Trump was pressed …": time passing, no speech
        if lex.code == "en" and body.startswith(",", cue.end) and body[s_start : cue.start].strip() == "That":
            return  # "That said, the audience is older": a discourse marker
        mention = parse_before(body, max(s_start, cue.start - 160), cue.start, lex)
        if mention is not None and lex.code == "en" and self._named_after_between_commas(mention, cue, s_end):
            mention = None  # "The paradox of Nancy, says Carl Anthony, historian at …, is that …"
        if mention is not None and lex.code == "en":
            agent = _AGENT_BEFORE.search(body, max(s_start, mention.start - 40), mention.start)
            if agent is not None:
                # "a commission appointed by President Bush estimated": the agent of a participle
                # is not the subject; the noun phrase it hangs on is
                lo = max(s_start, agent.start() - 120)
                mention = self._phrase_before(lo, agent.start())
        embedded = aside = False
        if mention is None and lex.code == "en":
            rel = _RELATIVE_BEFORE.search(body, max(s_start, cue.start - 20), cue.start)
            if rel is not None:
                # "Dan Hollis, who said ...", "the Forum, which said ...": the speaker is the
                # noun phrase the relative clause hangs on
                mention = parse_before(body, max(s_start, rel.start() - 160), rel.start(), lex)
                if mention is None:  # "voters who said", "those surveyed who said"
                    mention = parse_nominal_before(body, max(s_start, rel.start() - 100), rel.start(), lex)
                if mention is None:
                    # "The last question was from a young child, who said": the object of a preposition
                    pp = _PREPOSITION_OBJECT.search(body, max(s_start, rel.start() - 60), rel.start())
                    if pp is None:  # "… from rights groups, artists and business leaders who say"
                        pp = _LAST_OF_LIST.search(body, max(s_start, rel.start() - 60), rel.start())
                    if pp is not None:
                        mention = parse_nominal_before(body, pp.start("np"), rel.start(), lex)
                        if mention is not None and mention.start != pp.start("np"):
                            mention = None
                wanted = _WHICH_KINDS if rel["rel"] == "which" else _WHO_KINDS
                if mention is not None and mention.kind not in wanted:
                    mention = None
                embedded = mention is not None
                aside = embedded and rel[0].startswith(",")
        if mention is None and lex.code == "en":
            whose = _WHOSE_BEFORE.search(body, max(s_start, cue.start - 40), cue.start)
            if whose is not None:
                # "Trump, whose attorneys argued that …": the attorneys speak
                noun = whose.group("noun")
                mention = Mention(whose.start("noun"), whose.end("noun"), noun, name=noun, kind="generic")
                embedded = True
        if mention is None and body[cue.start - 2 : cue.start] == ") ":
            bracket = _ACRONYM_AFTER.search(body, max(s_start, cue.start - 14), cue.start)
            if bracket is not None:  # "The Office for National Statistics (ONS) said"
                mention = parse_before(body, max(s_start, bracket.start() - 160), bracket.start(), lex)
        if mention is None and lex.code == "en":
            gap = _BETWEEN_SUBJECT_AND_VERB.search(body, max(s_start, cue.start - 100), cue.start)
            if gap is not None and gap.start() > s_start:
                # "Kasich (who has 25 delegates) said", "Hillary Clinton on Tuesday said"
                mention = parse_before(body, max(s_start, gap.start() - 160), gap.start(), lex)
                if mention is None or body[gap.start() + 1] in "—–-":
                    # "insiders in the next two states — Nevada and South Carolina — said": the
                    # whole noun phrase
                    whole = parse_nominal_before(body, max(s_start, gap.start() - 120), gap.start(), lex)
                    if whole is not None and (mention is None or whole.start < mention.start):
                        mention = whole
        inverted = False
        coordinated = False
        if mention is None and lex.code == "en" and body[cue.start - 2 : cue.start] == ", ":
            # "Salceda, citing data from the department, said", "Ms. Arnold, who helped found a
            # group, said": the subject opens the sentence, an aside stands between
            mention = self._subject_before_aside(s_start, cue.start)
        if mention is None and lex.code == "en":
            mention = self._subject_before_adverb(s_start, cue.start)
        if mention is None and lex.code == "en" and not self._inverted_aside(cue, s_end):
            # "Many in the crowd said", "Trump's campaign said": a description is still a speaker
            mention = parse_nominal_before(body, max(s_start, cue.start - 120), cue.start, lex)
            if mention is None and _AND_BEFORE.search(body, max(s_start, cue.start - 20), cue.start):
                # "Rubio thanked Miami and said it was great": the subject of the first verb — of
                # the clause the cue is in ("The crowd cheered when Trump spotted a sign and asked …")
                mention = None
                inner = None
                for found in _SUBORDINATE_OPENING.finditer(body, s_start, cue.start):
                    inner = found  # the last one before the cue
                if inner is not None:
                    mention = self._sentence_subject(inner.end(), cue.start)
                    if mention is not None and mention.start != inner.end():
                        mention = None
                if mention is None:
                    mention = self._sentence_subject(s_start, cue.start)
                coordinated = mention is not None
            elif mention is None and cue_text == "say":
                purpose = _PURPOSE_BEFORE.search(body, max(s_start, cue.start - 80), cue.start)
                if purpose is not None and _NOT_PURPOSE.isdisjoint(purpose[0].lower().split()):
                    # "Clinton took to Twitter to say …", "He went out of his way to say that …": the
                    # subject of the verb the infinitive serves
                    verb_end = purpose.end("verb")
                    mention = self._sentence_subject(s_start, verb_end)
                    if mention is not None and _is_state_abbreviation(mention.phrase):
                        mention = self._opening_subject(s_start, verb_end)  # "Ann Cole of Dover, N.H., stood"
                    coordinated = mention is not None
        if mention is None and not (
            verb in lex.object_verbs or verb in _OBJECT_CUES or verb in _OBJECT_PHRASE_CUES
        ):
            # ("asked a judge to block …": who follows an object verb is asked, not asking)
            mention = parse_after(body, _after_space(body, cue.end), s_end, lex)
            if mention is None and lex.code != "en":
                mention = self._subject_past_modifiers(cue, s_end)
            if (
                mention is not None
                and mention.kind == "pronoun"
                and lex.code == "en"
                and body[_after_space(body, mention.end, s_end) : s_end][:1] not in _CLAUSE_ENDS
            ):
                mention = None  # '"…," said he.' inverts; "said he already received …" is the clause
            if mention is not None and lex.code == "en" and mention.phrase.endswith(("'s", "’s")):
                mention = None  # ("said the city's rules increased …": the reported clause's subject)
            if (
                mention is not None
                and lex.code == "en"
                and (
                    _VERB_AFTER_NAME.match(body, mention.end, s_end)
                    or _ANY_FINITE.search(body, mention.start, mention.end)
                )
            ):
                mention = None  # ("said Reid quieted the chatter": the name is the clause's subject)
            inverted = mention is not None
        relaxed = ""
        if mention is None and lex.code == "en":
            # "… but people who have battled online threats say": a subject and its relative clause
            mention = self._subject_of_relative(s_start, cue.start)
        if mention is None and lex.code == "en":
            # "Trump, the longtime owner of “The Apprentice,” said", "A woman who has accused him
            # said", "Sen. Roy Blunt (R-Mo.), facing a challenge, noted": the subject opens the
            # sentence, a long aside stands between it and the cue
            mention = self._opening_subject(s_start, cue.start)
            relaxed = "subject" if mention is not None else ""
        if mention is None and lex.code == "es" and not body[s_start : cue.start].strip(" ,¿¡"):
            # Spanish drops the subject: "Dijo que ..." is said by the person last spoken of
            mention = Mention(cue.start, cue.start, "", kind="pronoun", gender="any")
        if mention is None:
            return
        if lex.code == "en" and not inverted and mention.phrase.rstrip(",") in _US_STATES:
            mention = self._past_city_and_state(mention, s_start) or mention
        elif lex.code == "en" and not inverted and _is_state_abbreviation(mention.phrase):
            # "Trump, speaking at a rally in Wilmington, N.C., warned": the subject opens the sentence
            mention = self._opening_subject(s_start, cue.start) or mention
        if (
            not inverted
            and lex.code == "en"
            and mention.kind != "pronoun"
            and _NEEDS_LONGER_SUBJECT(body, s_start, mention.start)
        ):
            # "Republican front-runner Donald Trump says": the whole subject, not only the name
            longer = parse_nominal_before(body, max(s_start, cue.start - 120), cue.start, lex)
            if longer is not None and longer.start < mention.start:
                if longer.kind == mention.kind == "person" or longer.kind not in ("person", "role"):
                    mention = longer
                else:
                    mention.start = longer.start
        after = mention.end if inverted else cue.end
        if inverted and lex.code == "en" and body[cue.start - 2 : cue.start] == ", ":
            # "Part of the problem, say experts like Ann Cole, a geologist, is …": past the apposition
            apposition = _APPOSITION_AFTER.match(body, after, s_end)
            if apposition is not None:
                after = apposition.end() - 1
        content_pos = self._skip_modifiers(after, s_end, cue_text if not inverted else "")
        statement = lex.statement.search(body, after, content_pos) is not None
        comp = lex.complementizer.match(body, content_pos, s_end)
        if comp is None and verb in lex.object_verbs and lex.code == "en":
            # "told shocked investors that ...": an addressee the object pattern did not know
            near = _THAT_SOON.match(body, content_pos, min(s_end, content_pos + 60))
            if near is not None:
                comp = lex.complementizer.match(body, near.end() - 4, s_end)
            else:
                # "told a gathering in Washington she will protect …": a pronoun opens the clause
                near = _PRONOUN_SOON.match(body, content_pos, min(s_end, content_pos + 60))
                if near is not None:
                    content_pos = near.end()
        if (
            comp is None
            and lex.code == "en"
            and not inverted
            and not (verb in _INFINITIVE_CUES and body.startswith("to ", content_pos))
        ):
            # "said on NBC's “Meet the Press” on Sunday that ...": a phrase the modifiers do not
            # know, opened by a preposition, then "that" (not "vowed to go after any firm that …")
            far = _THAT_AFTER_PHRASE.match(body, content_pos, min(s_end, content_pos + 90))
            if far is not None and not self._in_quote(far.end() - 4):
                comp = lex.complementizer.match(body, far.end() - 4, s_end)
                relaxed = relaxed or "phrase"
        has_that = comp is not None
        if comp:
            content_pos = comp.end()
        f_start, f_end = self._trim(content_pos, s_end)
        forward_words = _first_three_words(body, f_start, min(f_end, f_start + 80))
        # "… Carter told a Senate panel.": after an addressee verb, a few words and no clause
        addressee_only = (
            verb in lex.object_verbs
            and not has_that
            and (
                (len(body[f_start:f_end].split()) <= 6 and not _has_clause(body, f_start, f_end))
                # "…, Obama told his advisers as he labored": the addressee, then a subordinate clause
                or (lex.code == "en" and _ADDRESSEE_THEN_SUBORDINATE.match(body, f_start, f_end) is not None)
            )
        )
        if lex.code == "en" and body[f_start : f_start + 1] in ("-", "—", "–"):
            forward_words = []  # "…, the office reported on Tuesday -- a development that …": an aside
        if lex.code == "en" and _SAID_NOTHING.match(body, f_start, s_end) is not None:
            return  # "Lazar said little, offering only …": nothing said (a participle may say it)
        kind = (
            "source_report"
            if (verb in lex.report or statement or mention.kind == "outlet")
            else "indirect_speech"
        )
        answer = _YES_OR_NO.match(body, f_start, s_end) if lex.code == "en" and verb in _SAY else None
        if answer is not None and not has_that:
            # "46 percent of voters said yes, compared with …", "He said no to the Iraq war": the answer
            self._add(f_start, answer.end(), kind, cue_text, mention, cue.start, relaxed or "strict")
            return
        if lex.code == "en" and not inverted and _COLON_ENDS_PARAGRAPH.match(body, content_pos) is not None:
            # "In a speech last July, he said:" and the speech set as a paragraph of its own
            self._block_quotation(content_pos, kind, cue_text, mention, cue.start, relaxed or "strict")
            return
        prefix_end = mention.start if not inverted else cue.start
        prefix = body[s_start:prefix_end].rstrip()
        if lex.code == "en" and not inverted and not prefix.endswith(","):
            prefix = self._before_trailing_subject(s_start, prefix, mention, cue.end, s_end)
        if (
            lex.code == "en"
            # (the comma may sit inside a closing mark: 'because of the “impact,” Jacobs said, that …')
            and prefix.rstrip("”’\"'").endswith(",")
            and forward_words
            and ("," in body[after:content_pos] or body[after:f_start].strip() == ";")  # (or "he said; …")
            # ('"We will win," she said, "and soon"': quotations; but '"Most of it comes from"
            # income, he said, rather than …': a quoted piece the sentence goes on from)
            and (
                body[s_start] not in _QUOTE_CHARS
                or (not inverted and self._sentence_goes_on_after_quote(s_start, prefix_end))
            )
            and (
                (
                    # "The talks, Kerry said, will resume", "The adjustment, they concluded, never
                    # happened", "The editorial, sources said, nailed the narrative"
                    (
                        forward_words[0] in _CONTINUE
                        or forward_words[0] in _RESUMING_ADVERBS
                        or (forward_words[0].islower() and _MAIN_VERB.match(body, f_start - 1) is not None)
                    )
                    and 1 <= len(prefix.split()) <= 10
                    and not all(w in _OPENERS for w in prefix.lower().split())
                )
                or (
                    # "If only a few delegates are at stake, the campaign said, it may not bother":
                    # a clause of four words or more before the attribution, a clause after it
                    4 <= len(prefix.split()) <= 40 and not inverted and _has_clause(body, f_start, f_end)
                )
                or (
                    # "The argument would be aided, Devine said, by the calendar", "It was
                    # impossible, he said, so the leaders split the work": an attribution set off by
                    # commas inside the statement it attributes
                    3 <= len(prefix.split()) <= 40  # ("On Monday, Kerry said, the talks …": a time)
                    and len(forward_words) >= 3
                    and not all(w.strip(",") in _OPENERS for w in prefix.lower().split())
                    and not (len(prefix.split()) <= 4 and prefix.split()[0].lower() in _INTRODUCTORY)
                    and not forward_words[0].endswith("ing")  # "Sales were great, he said, wiping …"
                    # ("…, said Sherman, a historian at Emory.": an apposition ends the sentence)
                    and not (
                        inverted
                        and forward_words[0].lower() in ("a", "an", "the")
                        and "," not in body[f_start:f_end]
                        and not _has_clause(body, f_start, f_end)
                    )
                    # ("…, say industry experts, who gathered in London": the speaker's relative clause)
                    and not (inverted and forward_words[0].lower() in ("who", "whose", "which"))
                    and body[content_pos : content_pos + 1] not in _QUOTE_CHARS
                )
            )
        ):
            # "The talks, Kerry said, will resume": the content is not contiguous; the claim is the
            # whole sentence, attribution included (up to a participle that trails it)
            tail = _PARTICIPLE_TAIL.search(body, content_pos, f_end)
            r_start, r_end = self._trim(
                self._relative_after_claim(s_start, prefix_end), tail.start() if tail else f_end
            )
            if self.source[r_start - 1 : r_start + 1] == "''":
                r_start -= 1  # the whole opening mark as written ('' read as ' ")
            self._add(r_start, r_end, kind, cue_text, mention, cue.start, relaxed or "strict")
            return
        if (
            lex.code == "en"
            and not inverted
            and prefix.endswith(",")
            and _CONDITION.match(prefix) is not None
            and (has_that or _has_clause(body, f_start, f_end))
        ):
            # "If Hale loses, he said he would back the winner": the condition belongs to the claim
            r_start, r_end = self._trim(s_start, f_end)
            self._add(r_start, r_end, kind, cue_text, mention, cue.start, relaxed or "strict")
            return
        if (
            lex.code == "en"
            and prefix.endswith((',"', ",”", ",’", ",'"))
            and not self._in_quote(s_start)
            # '… chants of “Marco!,” the senator said his campaign was …': a clause after the cue
            and not (len(forward_words) >= 3 and (has_that or _has_clause(body, f_start, f_end)))
            # ('Sunday on the channel's “Sunday Morning,” X said the …': no verb, no statement)
            and (_MAIN_VERB.search(prefix) is not None or _ANY_FINITE.search(prefix) is not None)
        ):
            # 'Although there was “no breakthrough,” the tone was “softer,” the Journal reported':
            # the comma sits inside the closing mark (American style); the sentence is the content
            r_start, r_end = self._trim(s_start, s_start + len(prefix) - 2)
            if _has_words(body, 5, r_start, r_end) and body[r_start] not in _QUOTE_CHARS:
                self._add(r_start, r_end, kind, cue_text, mention, cue.start, relaxed or "strict")
                return
        # "Shortly after the vote, Ann Cole announced her resignation": the object is the content
        object_follows = (
            (verb in _OBJECT_CUES or verb in _OBJECT_AFTER_SUBJECT_CUES)
            and not inverted
            and len(forward_words) >= 2
            and (forward_words[0].lower() not in _CLAUSE_STOP or forward_words[0] == "her")  # (possessive)
            and forward_words[0].lower() not in _WHEN_WORDS  # ("…, the Times reported late Thursday.")
        )
        if (
            prefix.endswith(",")
            and _has_words(prefix, 3, 0, 80)
            # ("In one message, X wrote about …": an opening phrase is no statement)
            and not (len(prefix.split()) <= 4 and prefix.split()[0].lower() in ("in", "on", "at", "during"))
            and not (has_that and forward_words)  # "Despite the cuts, the agency noted that it rose"
            # ("As a result, says Ann Cole, the government may act": an opening phrase, the clause after)
            and not (
                inverted
                and len(prefix.split()) <= 4
                and prefix.split()[0].lower() in _INTRODUCTORY
                and _has_clause(body, f_start, f_end)
            )
            and (
                (len(forward_words) < 3 and not object_follows)
                or (inverted and lex.code != "de")
                or (
                    forward_words[0].lower() in _CLAUSE_STOP
                    # "In the coming months, he vowed to ban …": the infinitive is the content
                    and not (forward_words[0] == "to" and verb in _INFINITIVE_CUES)
                    # "Even after …, he continued to say he had never …": a speech verb follows
                    and not (
                        forward_words[:1] == ["to"]
                        and forward_words[1:2]
                        and forward_words[1] in _SPEECH_INFINITIVES
                    )
                    # "Hawkins said her group will ...": a possessive opens the reported clause
                    and (forward_words[0] not in _OBJECT_PRONOUNS or verb in lex.object_verbs)
                    # "CNN reported at least six planes …": a number, not a place
                    and not (forward_words[0] == "at" and forward_words[1] in ("least", "most"))
                )
                # "Sales were great, he said, wiping sweat off his face": a participle, no clause
                or (forward_words[0].endswith("ing") and "," in body[after:content_pos])
                # "The force will grow, Carter told a Senate panel.": only the addressee follows
                or addressee_only
            )
        ):
            r_start, r_end = self._trim(s_start, s_start + len(prefix) - 1)
            if r_end > r_start and body[r_end - 1] not in _QUOTE_CHARS and body[r_start] not in _QUOTE_CHARS:
                self._add(r_start, r_end, kind, cue_text, mention, cue.start, relaxed or "strict")
            elif (
                r_end > r_start
                and lex.code == "en"
                and body[r_end - 1] not in _QUOTE_CHARS
                and self._runs_past_quote(r_start, r_end)
            ):
                # '“We’re extremely happy” about the decision, said X': quotation and words after it
                self._add(r_start, r_end, kind, cue_text, mention, cue.start, relaxed or "strict")
            elif r_end > r_start and lex.code == "en" and self._ends_with_a_short_quote(r_start, r_end):
                # 'People should not wave around words like “maybe” and “perhaps”, he told reporters.'
                self._add(r_start, r_end, kind, cue_text, mention, cue.start, relaxed or "strict")
            return
        if f_end <= f_start:
            return
        if body[f_start] in _QUOTE_CHARS or self._in_quote(f_start):
            # 'X told supporters that "we close one chapter," and ...': a partial quotation opens the
            # reported clause (English); the claim is the whole clause, quotation included
            if lex.code != "en" or not (has_that or verb in lex.strong) or inverted:
                return
            if not has_that and not self._runs_past_quote(f_start, f_end):
                return
        if (
            lex.code == "en"
            and not inverted
            and mention.kind == "person"
            and _ROLE_PREFIX.fullmatch(prefix) is not None
            and _ROLE_PREFIX_HEAD.search(prefix) is not None
        ):
            # "US Senator from Idaho James Risch, …, told": the words before the name are its role
            mention.role = " ".join(w for w in (prefix, mention.role) if w)
            mention.start = s_start + len(body[s_start:prefix_end]) - len(body[s_start:prefix_end].lstrip())
            prefix = ""
        prefix_words = prefix.lower().split()
        opener_only = (
            coordinated
            or not prefix_words
            or (prefix.endswith(",") and len(prefix_words) <= 12)
            or all(w in _OPENERS for w in prefix_words)
            # "… sounded equivocal: Former Rep. Jane Harman called it …", "… his ire - he called her …"
            or (lex.code == "en" and prefix.endswith((":", "—", "–", " -")))
        )
        as_frame = (
            lex.code == "en"
            and not inverted
            and not embedded
            and body[after:content_pos].strip() == ","
            and _AS_BEFORE.search(prefix) is not None
        )  # "As The Hill reported, Trump was also accused …": "as" frames the clause after the comma
        opener_only = opener_only or as_frame
        inside = not opener_only and (embedded or (lex.code == "en" and prefix_words[-1] in _SUBORDINATORS))
        if inside and not inverted:
            # inside a larger sentence only a clause with its own subject and verb is a claim
            # ("after the firm warned it could run out of cash", not "who has admitted fraud")
            opener_only = (
                has_that
                or _has_clause(body, f_start, f_end)
                # "… though he has vowed to stay in the race", "… after the firm asked workers to sign"
                or (verb in _INFINITIVE_CUES and forward_words[:1] == ["to"] and len(forward_words) == 3)
                or (verb in _ASKING and _OBJECT_THEN_TO.match(body, f_start, f_end) is not None)
                # "… after Glenn Beck asked the author who he thought would win, …": a question
                or (
                    verb in ("asked", "asks")
                    and _OBJECT_THEN_QUESTION.match(body, f_start, f_end) is not None
                )
                # "… since he announced his candidacy in March, …": an object verb and its object
                or (verb in _SUBORDINATE_OBJECT_CUES and object_follows)
                # "…, who called the nominee “unfit to serve”", "… when she called him “…”"
                or (verb in _NAMING and _NAMED_AS.match(body, f_start, f_end) is not None)
            )
        if (
            not opener_only
            and lex.code == "en"
            and not inverted
            and prefix_words[-1] in ("what", "which", "whom")
            and verb in _NAMING
            and _NAMED_AS.match(body, f_start, f_end) is not None
        ):
            # "what Zimmerman described as a “piece of history”": the claim ends with the name given
            opener_only = True
            region = bisect_left(self.region_starts, f_start)
            if region < len(self.regions) and self.regions[region][1] <= f_end:
                # (and the noun it names: 'a "let a thousand flowers bloom" approach - working …')
                noun = _NOUN_AFTER_NAME.match(body, self.regions[region][1], f_end)
                f_end = noun.end() if noun is not None else self.regions[region][1]
        if not opener_only and not has_that:
            if lex.code != "en" or inverted or embedded or verb not in lex.strong:
                return
            if (
                prefix_words[-1] in _RELATIVES
                and not inverted
                and forward_words
                and body[cue.end : cue.end + 1].isspace()  # ("which he wrote, directed and starred in")
                and (forward_words[0] in _CONTINUE or _MAIN_VERB.match(body, f_start - 1) is not None)
            ):
                # "a letter that he said was drafted by the firm", "the rules, which officials said
                # will take effect, …": the relative clause's verb phrase is what was said
                stop = _RELATIVE_CLAUSE_END.search(body, f_start, f_end)
                r_end = stop.start() if stop else f_end
                # (from the relative word: "which officials said will take effect")
                r_start = s_start + len(prefix) - len(prefix.split()[-1])
                self._add(r_start, r_end, kind, cue_text, mention, cue.start, "relative")
                return
            if forward_words and forward_words[0].lower() in _CONTINUE:
                return  # "The rules, X said, will take effect …": no clause of its own
            # a cue inside a longer sentence with a bare clause after it ("Although …, at the town
            # hall she said she did not believe …"): a candidate for the gate
            relaxed = relaxed or ("inside" if inside else "clause")
        if verb in _OBJECT_PHRASE_CUES and lex.code == "en" and not has_that and not inverted:
            # "X accused her of making …", "X described the protests as largely peaceful": the
            # object and its phrase are the content (a candidate for the gate)
            link = _OBJECT_PHRASE_CUES[verb]
            # (from the space before: "what Zimmerman described as …" has its object before the cue)
            if len(forward_words) < 2 or link.search(body, f_start - 1, min(f_end, f_start + 60)) is None:
                return
            f_start = self._from_relative_word(f_start, mention, s_start)
            self._add(f_start, f_end, kind, cue_text, mention, cue.start, relaxed or "object2")
            return
        if (
            (verb in _OBJECT_CUES or verb in _OBJECT_AFTER_SUBJECT_CUES)
            and lex.code == "en"
            and not has_that
            and not inverted
        ):
            # "X asked the court to …", "X called the plan “a disaster”", "X announced on Monday
            # a lawsuit …": the object and what follows are the content
            if len(forward_words) < 2 or (
                verb in ("called", "calls")
                and forward_words[0] not in ("on", "for")
                and _NAMED_AS.match(body, f_start, f_end) is None  # ("called time on England, said: “…”")
            ):
                return
            if verb in _OBJECT_AFTER_SUBJECT_CUES and forward_words[0] in _NOT_AN_OBJECT:
                return  # "Nemeth, recalled in place of Job, …", "recalled to the squad": not speech
            if inside and not embedded:
                f_end = self._subordinate_end(f_start, f_end)  # "when I asked X if …, he looked …"
            f_start = self._from_relative_word(f_start, mention, s_start)
            self._add(f_start, f_end, kind, cue_text, mention, cue.start, relaxed or "strict")
            return
        if (
            not has_that
            and lex.code == "en"
            and verb in _INFINITIVE_CUES
            and forward_words[:1] == ["to"]
            and len(forward_words) == 3
        ):
            # "vowed to stay in the race", "threatened to shut down the government"
            self._add(f_start, f_end, kind, cue_text, mention, cue.start, relaxed or "to")
            return
        if (
            not has_that
            and lex.code == "en"
            and cue_text in ("went on", "continued")
            and forward_words[:1] == ["to"]
            and len(forward_words) == 3
            and forward_words[1] in _SPEECH_INFINITIVES
        ):
            # "went on to call the plan “a disgrace”", "continued to say he had never …"
            self._add(f_start, f_end, kind, cue_text, mention, cue.start, relaxed or "to")
            return
        if len(forward_words) < 2:
            return
        if (
            lex.code == "en"
            and addressee_only
            and (forward_words[0][:1].isdigit() or forward_words[0] in ("in", "on", "at", "during"))
        ):
            return  # '“…,” Ann Cole told Harbour Radio 6 in Arlow.': the rest of the addressee
        first = forward_words[0].lower()
        if not has_that and first in _CLAUSE_STOP and forward_words[:2] not in _AT_LEAST:
            addressed = verb in lex.object_verbs and content_pos > _after_space(body, after, s_end)
            named = (
                verb in ("called", "calls")
                and first in _OBJECT_PRONOUNS
                and body[_after_space(body, content_pos + len(first), s_end)] in _QUOTE_CHARS
            )  # 'he called her “weak”': the object and what it was called
            if (
                not named
                and not (
                    lex.code == "en"
                    and (
                        (verb in lex.strong and verb not in lex.object_verbs)
                        # "told the AP her group never …": after the addressee, "her" is a possessive
                        or (addressed and first == "her")
                    )
                    and (first == "her" or (first == "about" and forward_words[1][:1] in _APPROX))
                )
                and not (
                    lex.code == "en"
                    and not inverted
                    and first in _PHRASE_PREPOSITIONS
                    and verb in lex.strong
                    and cue.start - mention.end <= 1  # ("… a greater say in how it is run")
                    and self._clause_after_phrase(f_start, f_end)
                )
                and not (
                    # "In the 1990s, Ms. Ripert said, when she was earning …, a boss invited her …": a
                    # subordinate clause, then the main one
                    lex.code == "en"
                    and not inverted
                    and first in _CLAUSE_SUBORDINATORS
                    and body[cue.end : cue.end + 1] == ","
                    and verb in lex.strong
                    and self._main_clause_after(f_start, f_end) is not None
                )
            ):
                return
            # "said her net worth was …" (a possessive after a verb with no object), "said about
            # half of them …": a candidate for the gate
            relaxed = relaxed or "clause"
        if (
            not has_that
            and verb in _SCORE_VERBS
            and (forward_words[0][:1] in _NUMERIC_START or forward_words[0].lower() in _NUMBER_WORDS)
        ):
            return  # "Daiwa added 5.3% to 740 yen", "The Londoners have conceded six goals": a score
        if not has_that and _VERB_RUN.match(body, f_start) is not None:
            return  # "Spacey wrote, directed and starred in the film": verbs in a row, no clause
        needs_that = lex.code in ("fr", "es", "ru") or (
            verb not in lex.strong and not (verb in lex.report and mention.kind == "outlet")
        )
        if (
            verb in _NOUN_LIKE
            and lex.code == "en"
            and mention.kind in ("person", "org", "generic", "role")
            and len(mention.phrase.split()) == 1
            and not (mention.phrase[:1].islower() or mention.role)
        ):
            needs_that = True  # "Insurance claims rose ...": a noun, not a speaker and a verb
        if lex.code == "de":
            needs_that = (
                body[content_pos - 1 : content_pos] != ","
                and not has_that
                and "," not in body[after:content_pos]
            )
        if (
            needs_that
            and not has_that
            and lex.code == "en"
            and verb in _CLAUSE_ONLY
            and _SUBJECT_VERB.match(body, f_start, f_end) is not None
        ):
            needs_that = False  # "denied he had been offered money", "confirmed the board would"
        russian_comma = lex.code == "ru" and body[after:content_pos].strip().endswith(",")
        needs_that = needs_that and not as_frame
        if needs_that and not has_that and not russian_comma:
            if not (
                lex.code == "en"
                and not inverted
                and verb not in _NOUN_LIKE
                and _has_clause(body, f_start, f_end)
            ):
                return
            # "the party announced she wasn't coming": a verb that takes a bare clause less often
            # than "said", before a subject and its verb: a candidate for the gate
            relaxed = relaxed or "bare"
        if inside and not embedded and lex.code == "en":
            f_end = self._subordinate_end(f_start, f_end)
        if aside:
            # "the Forum, which said prices were rising, backed him": the clause ends at the comma
            # that gives the main clause its verb back
            tail = _MAIN_CLAUSE_RESUMES.search(body, f_start, f_end)
            if tail is not None:
                f_end = tail.start()
        if lex.code == "en" and not inverted and not has_that:
            f_start = self._from_relative_word(f_start, mention, s_start)
        self._add(f_start, f_end, kind, cue_text, mention, cue.start, relaxed or "strict")

    def _past_city_and_state(self, mention: Mention, s_start: int) -> Mention | None:
        """English: "Stacy Baker of Columbia, South Carolina says", "a woman in Worcester,
        Massachusetts, told": the state after a city's comma is part of a place — the speaker is the
        phrase before "of/in/from" and the city (None when there is no such phrase)."""
        body = self.body
        place = _CITY_BEFORE.search(body, max(s_start, mention.start - 60), mention.start)
        if place is None:
            return None
        lo = max(s_start, place.start() - 120)
        speaker = self._phrase_before(lo, place.start() + 1)
        if speaker is None or speaker.kind not in _SUBJECT_KINDS:
            return None
        return speaker

    def _likely_to_say(self, verb_start: int, cue: _Cue, sentence: tuple[int, int]) -> None:
        """'Caucus-goers were slightly more likely to say they preferred Clinton': the subject before
        "are/were … likely" says the clause after "say"."""
        body = self.body
        s_start, s_end = sentence
        mention = parse_nominal_before(body, s_start, verb_start, self.lex) or parse_before(
            body, s_start, verb_start, self.lex
        )
        if mention is None:
            return
        comp = self.lex.complementizer.match(body, _after_space(body, cue.end, s_end), s_end)
        f_start, f_end = self._trim(comp.end() if comp else cue.end, s_end)
        if comp is None and not _has_clause(body, f_start, f_end):
            return
        self._add(f_start, f_end, "indirect_speech", cue.text, mention, cue.start, "strict")

    def _named_after_between_commas(self, before: Mention, cue: _Cue, s_end: int) -> bool:
        """'The paradox of Nancy, says Carl Anthony, a historian, is …', 'And Trump, said Ann Cole,
        who …': a cue set off by commas, a person named right after it and a comma after the name —
        the speaker follows the cue; what comes right before the comma is what the sentence is about."""
        body = self.body
        if (
            body[cue.start - 2 : cue.start] != ", "
            or body[before.end : cue.start].strip() != ","
            or "," in body[before.start : before.end]  # ("Kerry, the envoy, said Smith, the mayor, would")
        ):
            return False
        after = parse_after(body, _after_space(body, cue.end), s_end, self.lex)
        return after is not None and _person_set_off(body, after)

    def _inverted_aside(self, cue: _Cue, s_end: int) -> bool:
        """'Part of the problem, say experts like Ann Cole, is the ground itself': a cue between
        commas with a speaker after it — no description before the comma is its subject."""
        body = self.body
        if body[cue.start - 2 : cue.start] != ", " or " " in cue.text:
            return False
        after = parse_after(body, _after_space(body, cue.end), s_end, self.lex)
        if after is not None and after.kind == "person" and after.name:
            return _person_set_off(body, after)  # "The plan, said Ann Cole, a geologist, …"
        return (
            after is not None
            and after.kind != "pronoun"
            and _ANY_FINITE.search(body, after.start, after.end) is None
            and _APPOSITION_AFTER.match(body, after.end, s_end) is not None
        )

    def _from_relative_word(self, f_start: int, mention: Mention, s_start: int) -> int:
        """English: "what Zimmerman described as a “piece of history”", "which he said were evenly
        split": a statement that is the object of a relative clause starts at the relative word."""
        relative = _OBJECT_RELATIVE_BEFORE.search(self.body, max(s_start, mention.start - 14), mention.start)
        return relative.start("rel") if relative is not None else f_start

    def _block_quotation(self, colon: int, kind: str, cue: str, mention: Mention, at: int, rule: str) -> None:
        """The paragraph after a cue and a colon that ends its own paragraph is the claim, when it
        is set without quotation marks (a quoted one is the quotation pass's)."""
        p = bisect_right(self.para_starts, colon)
        if p >= len(self.paragraphs):
            return
        start, end = self._trim(*self.paragraphs[p], strip_final=False)
        if start < end <= self.limit and end - start <= MAX_SENTENCE and self.body[start] not in _QUOTE_CHARS:
            self._add(start, end, kind, cue, mention, at, rule)

    def _relative_after_claim(self, s_start: int, prefix_end: int) -> int:
        """Where an attribution set off by commas starts its claim: the sentence's start, or the
        relative clause it interrupts when a cue of its own comes before that clause — `Mook
        acknowledged they had split the contests, which is an outcome, he said, “we expected.”`"""
        i = bisect_left(self.cue_starts, s_start)
        if i == len(self.cue_starts) or self.cue_starts[i] >= prefix_end:
            return s_start
        relative = _RELATIVE_OPENER.search(self.body, self.cue_starts[i], prefix_end)
        return relative.start("rel") if relative is not None else s_start

    def _before_trailing_subject(
        self, s_start: int, prefix: str, mention: Mention, cue_end: int, s_end: int
    ) -> str:
        """English: the sentence before a subject that trails it, up to the comma: "…, as the Gazette
        reported" ("as" dropped), "…, journalist Martha Lane wrote" (the role joins the speaker)."""
        comma = prefix.rfind(",")
        if comma < 0:
            return prefix
        tail = prefix[comma + 1 :].split()
        if tail == ["as"]:
            # only where the subject and cue end the sentence ("…, as Mr Letwin said, if …" is none)
            rest = self._skip_modifiers(cue_end, s_end, "")
            return prefix if _WORDS.search(self.body, rest, s_end) else prefix[: comma + 1]
        if (
            mention.kind == "person"
            and 1 <= len(tail) <= 3
            and is_role(tail[-1], self.lex)
            and all(w.isalpha() for w in tail)
        ):
            lead = prefix[comma + 1 :]
            mention.role = " ".join(w for w in (" ".join(tail), mention.role) if w)
            mention.start = s_start + comma + 1 + len(lead) - len(lead.lstrip())
            return prefix[: comma + 1]
        if (
            1 <= len(tail) <= 2
            and mention.kind in ("person", "group", "org")
            and not _WORDS.search(self.body, self._skip_modifiers(cue_end, s_end, ""), s_end)
            and (
                (
                    tail[-1] == "and"
                    and (len(tail) == 1 or tail[0] in _PRONOUN_SUBJECTS or tail[0][:1].isupper())
                )
                or all(_descriptor(w) for w in tail)
            )
        ):
            # "…, he and Mr. Allen said.", "…, veteran Republicans said.": the subject ends the sentence
            return prefix[: comma + 1]
        return prefix

    def _clause_after_phrase(self, start: int, end: int) -> bool:
        """Does a clause follow a short prepositional phrase at body[start] ("in politics it takes
        time", "at the rally, they would win")?"""
        body = self.body
        for word in islice(_WORDS.finditer(body, start, min(end, start + 60)), 1, 6):
            if word[0] in _COORDINATORS or word[0] in _SUBORDINATORS:
                return False  # ("argued for them in Cabinet and he …", "insisted on it until he …")
            subject = word[0] in _PRONOUN_SUBJECTS or word[0][0].isupper()
            if subject and _has_clause(body, word.start(), end):
                return True
        return False

    def _subject_of_relative(self, s_start: int, end: int) -> Mention | None:
        """English: the noun phrase before a "who" clause that runs up to the cue at body[end],
        inside the clause that holds the cue ("… but people who have battled threats say")."""
        body = self.body
        who = max(
            body.rfind(" who ", max(s_start, end - 100), end),
            body.rfind(" that ", max(s_start, end - 100), end),
        )
        if who < 0 or "," in body[who:end] or not 3 <= len(body[who:end].split()) <= 10:
            return None  # ("organizations that have endorsed him say": the clause has its own verb)
        if body[max(s_start, end - 4) : end] == " to ":
            return None  # ("people who fail to say": an infinitive, no cue)
        lo = max(s_start, body.rfind(",", s_start, who) + 1)
        opener = _WORDS.match(body, _after_space(body, lo, who), who)
        if opener is not None and opener[0].lower() in _OPENERS:
            lo = opener.end()  # "But progressive groups that have endorsed him say"
        whole = parse_nominal_before(body, lo, who, self.lex)
        if whole is not None and whole.kind in _WHO_KINDS and not body[lo : whole.start].strip():
            return whole  # "Hawkins and others who want to ban abortion said"
        phrase_start = lo
        for joint in (" but ", " and ", " as ", " while "):
            at = body.rfind(joint, lo, who)
            if at >= 0:
                lo = max(lo, at + len(joint))
        mention = parse_before(body, lo, who, self.lex)
        if mention is None:  # (the description read above when no joint moved the start)
            mention = whole if lo == phrase_start else parse_nominal_before(body, lo, who, self.lex)
        if mention is None or mention.kind not in _WHO_KINDS or body[lo : mention.start].strip():
            return None
        if _MAIN_VERB.search(body, mention.start - 1, mention.end) is not None:
            return None  # ("The mayor met a man who …": a clause, not a noun phrase)
        return mention

    def _opening_subject(self, s_start: int, end: int) -> Mention | None:
        """The subject that opens the sentence, before a comma, bracket, dash or "who" that opens
        an aside running up to the cue at body[end] ("For now, Ann Cole, at the institute, said":
        after the introductory phrase)."""
        body = self.body
        s_start = self._after_introduction(s_start, end)
        m = _SUBJECT_THEN_ASIDE.search(body, s_start, min(end, s_start + 90))
        if m is None or m.start() <= s_start:
            return None
        i = bisect_right(self.cue_starts, m.start())
        if i < len(self.cue_starts) and self.cue_starts[i] < end - 1:
            return None  # ("X, the director, said that … information that suggested …": X's cue came first)
        lead = body[s_start : m.start()]
        for parse in (parse_before, parse_nominal_before):
            # ("Voters in Eastbridge who watched the debate said": the whole noun phrase)
            mention = parse(body, s_start, m.start(), self.lex)
            if mention is None or mention.kind not in _SUBJECT_KINDS or mention.kind == "pronoun":
                continue
            before = lead[: mention.start - s_start].strip().lower()
            if not before or all(w in _OPENERS for w in before.split()):
                return mention
        return None

    def _subject_before_aside(self, s_start: int, end: int) -> Mention | None:
        body = self.body
        s_start = self._after_introduction(s_start, end)  # ("Friday, Texas, leading …, asked")
        first = body.find(", ", s_start, end - 2)
        if first < 0 or first == end - 2 or first - s_start > 80:
            return None
        label = _PARTY_LABEL_AFTER.match(body, first, end)
        aside = body[label.end() if label else first + 2 : end - 2]  # ("Sen. Ann Cole, R-Fla., …")
        if len(aside.split()) > 25 or any(ch in aside for ch in '.;:!?"“”'):
            return None
        head = aside.split(" ", 1)[0].lower()
        words = aside.split()
        if words and len(words) <= 4 and all(w[:1].isupper() for w in words):
            # "One Republican hopeful, Carly Fiorina, says": the name in apposition
            named = parse_before(body, first + 2, end - 2, self.lex)
            if named is not None and named.kind == "person":
                return named
        if not (
            head.endswith(("ing", "ed"))
            or head in _ASIDE_OPENERS
            or head in _IRREGULAR_PARTICIPLES
            or (words and words[-1].lower() in ("later", "earlier", "ago"))  # "DuPont, a day later, said"
        ):
            return None  # ("citing …", "who …", "clad in …", "dressed in …": an aside)
        mention = self._phrase_before(s_start, first)
        if mention is None or mention.kind == "pronoun" or mention.kind not in _SUBJECT_KINDS:
            return None
        lead = body[s_start : mention.start].strip().lower()
        if lead and not all(w in _OPENERS for w in lead.split()):
            # "State delegate Mary Susan, clad in a red cape, said": the role is part of the subject
            whole = parse_nominal_before(body, s_start, first, self.lex)
            if whole is None or whole.kind not in _SUBJECT_KINDS or body[s_start : whole.start].strip():
                return None
            return whole
        return mention

    def _after_introduction(self, s_start: int, end: int) -> int:
        """Where the main clause starts after an introductory phrase ("In a statement released on
        Thursday, Ann Cole reacted": after the comma) or a fronted subordinate clause ("In a debate,
        while rivals called for …, also known as …, Trump hewed …"), else s_start."""
        body = self.body
        first = _WORDS.match(body, _after_space(body, s_start, end), end)
        if first is not None and (
            first.group(0) in _INTRODUCTION_OPENERS
            # "Recently, …", "Friday, …": one word and its comma
            or (
                (first.group(0).endswith("ly") or first.group(0) in _DAY_OPENERS)
                and body.startswith(",", first.end())
            )
        ):
            comma = body.find(",", first.end(), min(end, s_start + 100))
            if comma < 0:
                return s_start
            s_start = _after_space(body, comma + 1, end)
            first = _WORDS.match(body, s_start, end)
        if first is not None and first.group(0).capitalize() in _CLAUSE_OPENERS:
            # the first comma after which a clause opens with its subject
            main = self._main_clause_after(first.end(), min(end, s_start + 240))
            return _after_space(body, main[0] + 1, end) if main is not None else s_start
        return s_start

    def _sentence_subject(self, s_start: int, end: int) -> Mention | None:
        """The subject of the sentence's first verb (a past tense or a common irregular one; else a
        present tense after a subject: "The firm runs a field … and says …"), after an introductory
        phrase ("By the end of the day, Mr. Trump was forced … and said")."""
        s_start = self._after_introduction(s_start, end)
        verb = _MAIN_VERB.search(self.body, s_start, end)
        if verb is None or verb.start() - s_start > 100:
            for present in islice(_PRESENT_TENSE.finditer(self.body, s_start, min(end, s_start + 100)), 4):
                mention = parse_before(self.body, s_start, present.start() + 1, self.lex)
                if mention is None:
                    mention = parse_nominal_before(self.body, s_start, present.start() + 1, self.lex)
                if mention is not None and mention.kind in _SUBJECT_KINDS and mention.start == s_start:
                    return mention
        if verb is None or verb.start() - s_start > 100 or verb.start() <= s_start:
            return None
        at = verb.start() + 1
        aux = _AUXILIARY_BEFORE.search(self.body, s_start, verb.start())
        if aux is not None:
            at = aux.start() + 1  # "Mr. Trump was forced …": the subject before the auxiliary
        mention = self._phrase_before(s_start, at)
        return mention if mention is not None and mention.kind in _SUBJECT_KINDS else None

    def _ends_with_a_short_quote(self, start: int, end: int) -> bool:
        """Does the clause body[start:end] open outside quotation marks with at least five words and
        end with a quoted word or phrase (under five words) — a clause, not a quotation?"""
        body = self.body
        if body[start] in _QUOTE_CHARS or body[end - 1] not in _QUOTE_CHARS:
            return False
        i = bisect_right(self.region_starts, end - 1) - 1
        if i < 0:
            return False
        q_start, q_end = self.regions[i]
        if not (start < q_start and q_end >= end - 1):
            return False
        return _has_words(body, 5, start, q_start) and not _has_words(body, 5, q_start, q_end)

    def _runs_past_quote(self, start: int, end: int) -> bool:
        """Does the clause body[start:end] go on past the quotation it opens with (at least two
        words after it), or is the quotation short (under 8 words)?  Then the quotation is part of
        a reported clause, not a quotation of its own."""
        i = bisect_right(self.region_starts, start + 1) - 1
        if i < 0:
            return False
        q_start, q_end = self.regions[i]
        if not q_start <= start < q_end:
            return False
        return _has_words(self.body, 2, q_end, end) or not _has_words(self.body, 5, q_start, q_end)

    def _participle_claims(self) -> None:
        """Participle cues ("X said A, adding that B", "Residents criticised the firm, saying they
        had no warning"): the participle's clause is a claim of the main clause's speaker (the
        speaker of a claim found earlier in the sentence, else the sentence's subject)."""
        body = self.body
        lex = self.lex
        matches = list(_PARTICIPLE.finditer(body, 0, self.limit))
        if lex.code == "en":
            # "issued a statement saying …", "held up a sign saying …": a participle after a noun of
            # a message (no comma), found by a plain search (rare words)
            for word in (" saying ", " stating "):
                pos = body.find(word, 0, self.limit)
                while pos >= 0:
                    space = body.rfind(" ", max(0, pos - 12), pos)
                    lead = body[space + 1 : pos].lower()
                    progressive = False
                    if lead.endswith("ly") and lead not in _LY_WORDS:  # "after initially saying"
                        lead = body[body.rfind(" ", max(0, space - 8), space) + 1 : space].lower()
                        progressive = lead in _BE_FORMS  # "some are quietly saying it is time …"
                    elif lead in _DAYS_AND_TIMES:  # "released a statement Wednesday saying"
                        lead = body[body.rfind(" ", max(0, space - 14), space) + 1 : space].lower()
                    if lead in _MESSAGE_NOUNS or lead in _SAYING_LEADS or progressive:
                        # ("began by saying, “…”": the main clause's subject speaks)
                        nm = _PARTICIPLE_AFTER_NOUN.match(body, pos, self.limit)
                        if nm is not None:
                            matches.append(nm)
                    pos = body.find(word, pos + 1, self.limit)
            matches.sort(key=lambda x: x.start())
        for m in matches:
            if len(self.found) >= MAX_CLAIMS:
                break
            comma = m.start()
            if body[comma] in "–—" and not body[comma - 1 : comma].isspace():
                continue  # a dash joins words ("well—said"), it opens no participle clause
            cue_word = m["cue"]
            rule = "participle"
            if m.re is _PARTICIPLE_AFTER_NOUN:
                rule = "participle2"
            elif cue_word in _NEW_PARTICIPLES or (
                cue_word.startswith("telling") and _OLD_TELLING.fullmatch(cue_word) is None
            ):
                if lex.code != "en":
                    continue
                rule = "participle2"
            if self._in_quote(m.start("cue")) or (
                self._in_quote(comma) and body[comma + 1] not in _QUOTE_CHARS
            ):
                continue  # (', adding' inside a quotation; ',” adding' closes it first)
            s_start, s_end = self._sentence(comma)
            if not s_start <= comma < s_end or s_end - s_start > MAX_SENTENCE:
                continue
            f_start, f_end = self._trim(m.end(), s_end)
            if f_end - f_start < 8:
                continue
            quoted = body[f_start] in _QUOTE_CHARS or self._in_quote(f_start)
            if quoted and not (
                lex.code == "en"
                and (
                    cue_word in ("saying", "adding", "writing", "asking")
                    or cue_word.startswith("telling")
                    or rule != "participle"
                )
            ):
                continue
            saying = cue_word == "saying" and lex.code == "en"
            if cue_word == "calling":
                # "calling him “a total stiff”": the object and the quoted description
                if not any(ch in body[f_start : min(f_end, f_start + 80)] for ch in _QUOTE_CHARS):
                    continue
            elif m["that"] is None and lex.code == "en":
                far = _THAT_AFTER_PHRASE.match(body, f_start, min(f_end, f_start + 90))
                if far is not None and not self._in_quote(far.end() - 4):  # "telling reporters in May that …"
                    f_start = far.end()
                    f_start, f_end = self._trim(f_start, f_end)
            if (
                cue_word != "calling"
                and not quoted
                and m["that"] is None
                and not _has_clause(body, f_start, f_end)
                and not (saying and _SAYING_CLAUSE.match(body, f_start, f_end) is not None)
            ):
                continue  # "saying nothing about", "adding to pressure", "warning of gusts"
            mention: Mention | None = None
            if m.re is _PARTICIPLE_AFTER_NOUN and self._opens_with_subordinate(s_start, comma):
                # "After saying he was nervous, the man ended up …": the clause ends at the comma
                # before the main clause, whose subject speaks
                cut = self._main_clause_after(f_start, f_end)
                if cut is None:
                    continue
                f_end, mention = cut
            if any(f.start <= f_start < f.end and not f.start < comma for f in self.found):
                continue  # already part of a claim of its own
            at = comma
            if mention is None:
                mention, at = self._speaker_before_participle(s_start, comma)
            if mention is None:
                clause = self._after_introduction(s_start, comma)
                verb = _MAIN_VERB.search(body, clause, comma) or _COPULA.search(body, clause, comma)
                if verb is None or verb.start() - s_start > 160:
                    continue
                # (an adverb before the verb is no part of the subject: "Obama passionately rebuked")
                adverb = _ADVERB_BEFORE.search(body, s_start, verb.start() + 1)
                mention = parse_before(body, s_start, adverb.start() + 1 if adverb else verb.start() + 1, lex)
                if mention is None and body[verb.start() - 1 : verb.start()] == ",":
                    mention = self._subject_before_aside(s_start, verb.start() + 1)
                if mention is None:
                    mention = parse_nominal_before(body, s_start, verb.start() + 1, lex)
                if mention is None and lex.code == "en":
                    mention = self._opening_subject(s_start, verb.start() + 1)
                if mention is None or mention.kind not in _SUBJECT_KINDS:
                    continue
                at = verb.start() + 1
            self._add(f_start, f_end, "indirect_speech", cue_word, mention, at, rule)

    def _with_subject(self, verb_start: int) -> Mention | None:
        """The noun phrase after "with" (or a dash) that is the subject of the participle at
        body[verb_start] ("…, with 47 percent of voters saying", "– Ryan saying"), else None."""
        body = self.body
        lead = _WITH_SUBJECT.search(body, max(0, verb_start - 100), verb_start - 1)
        if lead is None or self._in_quote(verb_start):
            return None
        np_start = lead.start("np") if lead["np"] is not None else lead.start("np2")
        if lead["lead"] in ("left", "leaving") and _SHARE.match(body, np_start) is None:
            return None  # "left 62 percent of voters saying" is a share; "left UKIP saying" is no subject
        mention = parse_nominal_before(body, np_start, verb_start, self.lex) or parse_before(
            body, np_start, verb_start, self.lex
        )
        if mention is None or mention.start != np_start or mention.kind not in _SUBJECT_KINDS:
            return None
        if _SENTENCE_END_IN.search(body, np_start, verb_start) or (mention.role or "").endswith(_PLACE_LINKS):
            return None  # ("… a spoon. Another featured …", "the campaign of the senator from Ohio")
        return mention

    def _with_saying_claims(self) -> None:
        """English: "…, with 30 percent of voters saying they …", "– Ryan saying he was “very
        encouraged” and …": the noun phrase after "with" (or "left", or a dash) says the clause after
        "saying", to a comparison ("compared with …"), a comma, a dash or "and NAME calling"."""
        body = self.body
        pos = body.find(" saying ", 0, self.limit)
        while pos >= 0 and len(self.found) < MAX_CLAIMS:
            mention = self._with_subject(pos + 1)
            if mention is not None:
                f_start = pos + len(" saying ")
                that = self.lex.complementizer.match(body, f_start)
                f_start = _after_space(body, that.end()) if that else f_start
                s_end = self._sentence(pos)[1]
                stop = _WITH_SAYING_END.search(body, f_start, s_end)
                f_start, f_end = self._trim(f_start, stop.start() if stop else s_end)
                share = _SHARE.match(body, mention.start, pos + 1) is not None  # a poll's share
                if (
                    f_end - f_start >= 8
                    and (
                        that
                        or _has_clause(body, f_start, f_end)
                        or _CLAUSE_SOON.match(body, f_start, f_end)
                        or _SAYING_CLAUSE.match(body, f_start, f_end)
                    )
                    # (a share's claim may sit inside a longer claim: _split_runs cuts that one)
                    and (share or not any(f.start < f_end and f_start < f.end for f in self.found))
                ):
                    rule = "participle" if share else "participle2"
                    self._add(f_start, f_end, "indirect_speech", "saying", mention, pos + 1, rule)
            pos = body.find(" saying ", pos + 1, self.limit)

    def _speaker_before_participle(self, s_start: int, comma: int) -> tuple[Mention | None, int]:
        """The speaker (and where) of a claim found earlier in the participle's sentence, the last
        one before the comma; a claim that runs past the comma ends there ("said A, adding that B":
        two claims)."""
        mention: Mention | None = None
        at = comma
        for f in self.found:
            if not (s_start <= f.at < comma and f.mention is not None):
                continue
            if _RELATIVE_OPENING.match(self.body, f.mention.end, f.at) is not None:
                # "Obama rebuked critics who say …, saying …": the relative clause's speaker is not
                # the participle's, and its claim ends at the comma
                if f.kind != "direct_quote" and f.start < comma < f.end:
                    f.end = self._trim(f.start, comma)[1]
                continue
            if f.kind != "direct_quote":
                mention, at = f.mention, f.at
                if f.start < comma < f.end:
                    f.end = self._trim(f.start, comma)[1]
            elif s_start <= f.start and f.end <= f.at:
                mention, at = f.mention, f.at  # '“A,” he said, adding that B'
        return mention, at

    def _opens_with_subordinate(self, s_start: int, end: int) -> bool:
        """Does the sentence open with a subordinator and at most two more words before body[end]
        ("After saying", "But while initially saying")?"""
        words = self.body[s_start:end].lower().split()
        if words and words[0] in _OPENERS:
            words = words[1:]
        return 1 <= len(words) <= 3 and words[0] in _FRONTED_SUBORDINATORS

    def _main_clause_after(self, start: int, end: int) -> tuple[int, Mention] | None:
        """The first comma in body[start:end] after which a main clause opens with its subject, and
        that subject ("…, the pilot Omar Reyes left the hall")."""
        body = self.body
        comma = body.find(", ", start, end)
        while comma >= 0:
            mention = self._sentence_subject(comma + 1, end)
            if mention is not None and mention.start <= _after_space(body, comma + 1, end) + 4:
                return comma, mention  # (a determiner may open the subject: "the pilot Omar Reyes")
            comma = body.find(", ", comma + 2, end)
        return None

    def _subordinate_end(self, start: int, end: int) -> int:
        """Where a subordinate clause's content ends: at the comma before the main clause ("after the
        firm asked workers to take a pay cut, 80,000 volunteered")."""
        body = self.body
        if not (
            _has_clause(body, start, end)
            or _OBJECT_THEN_TO.match(body, start, end)
            or _OBJECT_THEN_QUESTION.match(body, start, end)
        ):
            return end
        comma = body.find(", ", start, end)
        while comma >= 0:
            if _MAIN_CLAUSE_AHEAD.match(body, comma + 2, end):
                return comma
            comma = body.find(", ", comma + 2, end)
        return end

    def _when_asked(self) -> None:
        """English: '"…," Christie said when asked whether he would …', 'Asked whether …, she
        laughed' — the question is a claim (stance "questioned") with no speaker; 'X was asked by Y
        whether …' is Y's (no claim without "by").  It runs to the sentence end, or to the comma that
        closes it when the sentence opens with it ('When asked whom she backed, Sherry smiled')."""
        body = self.body
        if "sked " not in body:
            return
        found: dict[int, re.Match[str]] = {}
        pos = body.find("sked ", 0, self.limit)
        while pos >= 0:
            at = max(0, pos - 30)
            m = _WHEN_ASKED.search(body, at, min(self.limit, pos + 70))
            if m is None and self.lex.code == "en":
                m = _ASKED.search(body, at, min(self.limit, pos + 80))
            if m is None and self.lex.code == "en":
                m = _ASKED_ACTIVE.match(body, pos - 1, min(self.limit, pos + 80))
            if m is not None and m.start() <= pos:
                found.setdefault(m.start(), m)
            pos = body.find("sked ", pos + 5, self.limit)
        for m in found.values():
            if len(self.found) >= MAX_CLAIMS:
                break
            if self._in_quote(m.start()):
                continue
            s_start, s_end = self._sentence(m.start())
            if not s_start <= m.start() < s_end or s_end - s_start > MAX_SENTENCE:
                continue
            end = s_end
            if body[s_start : m.start()].strip(" \t\n\"“‘',").lower() in ("", "and", "but"):
                closing = [c.start() for c in _MAIN_SUBJECT_AFTER.finditer(body, m.end(), s_end)]
                comma = closing[-1] if closing else body.find(",", m.end(), s_end)
                if comma < 0:
                    continue
                end = comma
            asker: Mention | None = None
            if m.re is _ASKED_ACTIVE:
                asker = parse_before(body, max(s_start, m.start() - 160), m.start() - 1, self.lex)
                if asker is None:
                    asker = parse_nominal_before(body, max(s_start, m.start() - 100), m.start() - 1, self.lex)
                if asker is None or (asker.kind == "pronoun" and asker.end < m.start() - 12):
                    continue
            elif m.re is _WHEN_ASKED and m["agent"] is not None:
                asker = self._agent(m)  # "when asked by a reporter whether …": the reporter asked
            elif m.re is _ASKED:
                # "X was asked by Y whether …", "Asked by Y if …": Y asked; with no "by", nobody is
                # named: a question ("X was asked whether …") is a claim with no speaker, a request
                # ("X was asked to") none
                if m["agent"] is None:
                    if m["cap"] is None and m["q"] in ("to", "about"):
                        continue
                else:
                    asker = self._agent(m)
                    if asker is None:
                        continue
            f_start, f_end = self._trim(m.start("q"), end)
            if f_end - f_start < 12 or any(f.start <= f_start < f.end for f in self.found):
                continue
            self.found.append(_Found(f_start, f_end, "indirect_speech", "asked", asker, m.start()))

    def _agent(self, m: re.Match[str]) -> Mention | None:
        """The asker named by "by …" in an "asked" match (group ``agent``)."""
        return self._phrase_before(*m.span("agent"))

    def _phrase_before(self, start: int, end: int) -> Mention | None:
        """The speaker phrase that ends at body[end]: a name, role or pronoun, else a description."""
        return parse_before(self.body, start, end, self.lex) or parse_nominal_before(
            self.body, start, end, self.lex
        )

    def _headline_claims(self) -> None:
        """English headlines kept in a body: 'Former Pollster Says Rival Is In Trouble In Ohio' — a
        capitalised subject, a capitalised "Says" or "Said" and the rest of a title-case line — or
        'Rival Is In Trouble, Former Pollster Says.' (the attribution closes the line)."""
        body = self.body
        if " Says" not in body and " Said" not in body:
            return
        matches = [
            *_HEADLINE_CUE.finditer(body, 0, self.limit),
            *_HEADLINE_CUE_AFTER.finditer(body, 0, self.limit),
        ]
        for m in matches:
            if len(self.found) >= MAX_CLAIMS:
                break
            c_start, c_end = m.span("content")
            closing = _CLOSING_QUOTE.match(body, c_end)
            if closing is not None and body.count("‘", c_start, c_end) > len(
                _CLOSING_SINGLE.findall(body, c_start, c_end)
            ):
                c_end = closing.end()  # "… Seems Like An ‘Act Of Terrorism.’": the quotation closes
            words = _WORDS.findall(body, c_start, c_end)
            capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
            if len(words) < 3 or capitals < 0.7 * len(words) or self._in_quote(m.start("cue")):
                continue
            mention = parse_before(body, m.start("subject"), m.end("subject"), self.lex)
            if mention is None or mention.kind == "pronoun":
                mention = parse_nominal_before(body, m.start("subject"), m.end("subject"), self.lex)
            if mention is None or any(f.start < c_end and c_start < f.end for f in self.found):
                continue
            cue = m["cue"].lower()
            self.found.append(_Found(c_start, c_end, "indirect_speech", cue, mention, m.start("cue")))

    def _quoted_predicates(self) -> None:
        """English: 'He describes himself as “totally pro-Israel”', 'Clinton has decried “systemic
        racism”': a quotation no cue attributes, inside a sentence that opens with a name or a
        pronoun and its verb, is the subject's words; the claim runs from after the verb to the
        end of the sentence."""
        body = self.body
        taken = sorted((f.start, f.end) for f in self.found)
        starts = [t[0] for t in taken]
        done: set[int] = set()
        for q in self.quotes[:MAX_CLAIMS]:
            if q.close < 0 or q.continues_previous or len(self.found) >= MAX_CLAIMS:
                continue
            i = bisect_right(starts, q.start) - 1
            if (i >= 0 and taken[i][1] > q.start) or (i + 1 < len(taken) and taken[i + 1][0] < q.end):
                continue  # the quotation is (part of) a claim already
            s_start, s_end = self._sentence(q.open)
            if s_start in done or s_start >= q.open or s_end - s_start > 600:
                continue
            m = _NAMED_SUBJECT_VERB.match(body, s_start, q.open)
            if m is None or m["verb"] not in LEARNED_CUE_VERBS:
                continue
            if m["verb"] in _NOUN_LIKE and " " not in m["subj"]:
                continue  # "Insurance claims rose …": a noun, not a subject and its verb
            subject_end = m.end("subj")
            mention: Mention | None
            if m["subj"] in self.lex.pronouns:
                at = m.start("subj")
                mention = Mention(
                    at, subject_end, m["subj"], kind="pronoun", gender=self.lex.pronouns[m["subj"]]
                )
            else:
                mention = parse_before(body, m.start("subj"), subject_end, self.lex)
                if mention is None or mention.start > m.start("subj") + 4:
                    # "The Democratic presidential candidate blasted …": a description speaks too
                    mention = parse_nominal_before(body, m.start("subj"), subject_end, self.lex) or mention
                if mention is None or mention.kind not in _PREDICATE_SUBJECTS:
                    continue
            f_start, f_end = self._trim(m.end(), s_end)
            later = [f.start for f in self.found if q.end < f.start < f_end]
            if later:  # "… blasted the “deportation force”, calling it “absurd”": up to the next claim
                comma = body.rfind(",", q.end, min(later))
                f_start, f_end = self._trim(f_start, comma if min(later) - comma < 20 else min(later))
            if f_end - f_start < 6 or any(a < f_end and f_start < b for a, b in taken):
                continue
            done.add(s_start)
            self._add(f_start, f_end, "indirect_speech", m["verb"], mention, m.start("verb"), "predicate")

    def _orphan_quotations(self) -> None:
        """English: a quotation of some length inside a sentence (after a word, a comma or a colon)
        that no rule attributed — `Ann Cole took to the radio, warning listeners: “…”`, `the memo
        goes on: “…”` — is still somebody's words; it is a direct quote of the subject of its
        sentence (none when no subject is found).  A shorter one after a word is part of the
        subject's claim when it stands in the object of the subject's verb (below)."""
        body = self.body
        taken = sorted((f.start, f.end) for f in self.found)
        starts = [t[0] for t in taken]
        subjects: dict[int, tuple[Mention | None, int, int]] = {}  # per sentence start
        for q in self.quotes[:MAX_CLAIMS]:
            if q.continues_previous or len(self.found) >= MAX_CLAIMS:
                continue
            i = bisect_right(starts, q.region_end) - 1
            if i >= 0 and taken[i][1] > q.open:
                continue
            if i >= 1 and taken[i - 1][1] > q.open:
                continue
            mark = body[max(0, q.open - 3) : q.open].rstrip()[-1:]
            if not (mark.isalnum() or mark in ",:"):
                continue
            short = not _has_words(body, 7 if mark.isalnum() else 5, q.start, min(q.end, q.start + 160))
            if short and not mark.isalnum():
                continue
            s_start, s_end = self._sentence(q.open)
            if s_start >= q.open:
                continue  # opens its sentence: the quotation rules decided already
            if short and _LEARNED_VERB.search(body, s_start, q.open) is None:
                continue  # no cue verb in the sentence: a scare quote or a name (and no subject parse)
            cached = subjects.get(s_start)
            if cached is None or cached[0] is None or cached[2] > q.open:
                cached = subjects[s_start] = self._subject_of(s_start, q.open)
            mention, verb_start, verb_end = cached
            if mention is None:
                continue  # nobody to give it to: the previous speaker is right only half the time
            if verb_start >= 0 and (short or mark.isalnum()):
                # 'Clinton's campaign took the step of criticising the agencies, accusing them of
                # “overclassification run amok”': a learned cue verb (often a participle) shortly
                # before the quotation starts the claim; the speaker is the sentence's subject
                near = None
                for m in _LEARNED_VERB.finditer(body, max(verb_end, q.open - 80), q.open):
                    near = m
                if near is not None and (_passive(body, near.start()) or _not_a_cue_here(body, near)):
                    near = None  # a passive ("The album is called “…”"), a noun ("rejected calls to")
                if near is not None:
                    f_start, f_end = self._trim(near.end(), s_end)
                    speaker = self._with_subject(near.start()) or mention  # ", with Trump tweeting …"
                    later = [a for a, _ in taken if f_start < a < f_end]
                    if later and body.rfind(",", f_start, min(later)) > f_start:
                        # '… indicated he would curb critics, vowing …, and suggesting he would …': up
                        # to the comma before the participle's claim
                        f_end = self._trim(f_start, body.rfind(",", f_start, min(later)))[1]
                    if f_end - f_start >= 6 and not any(a < f_end and f_start < b for a, b in taken):
                        self._add(f_start, f_end, "indirect_speech", near[0], speaker, near.start())
                        taken.append((f_start, f_end))
                        continue
            if mark.isalnum() and _named(body, q.open):
                continue  # 'so-called “…”': a name, no words said
            if short and verb_start >= 0:
                # a quoted word or phrase in the verb's object: 'X blasted the plan as “a betrayal”',
                # 'X has repeatedly mocked the “harbour cartel”' — the claim runs from after the
                # verb (a learned cue verb; after an auxiliary, the lexical verb) to the sentence end
                verb = body[verb_start:verb_end].split()[-1]
                if verb in _AUXILIARIES:
                    lexical = _LEXICAL_AFTER.match(body, verb_end, q.open)
                    if lexical is None or (verb in _BE and lexical["v"].endswith("ed")):
                        continue  # a passive ("The album is called “…”") names, it reports nothing
                    verb_start, verb_end, verb = lexical.start("v"), lexical.end(), lexical["v"]
                if verb not in LEARNED_CUE_VERBS:
                    continue
                f_start, f_end = self._trim(verb_end, s_end)
                if f_end - f_start < 6 or f_start > q.open:
                    continue
                if any(a < f_end and f_start < b for a, b in taken):
                    continue
                self._add(f_start, f_end, "indirect_speech", verb, mention, verb_start)
                taken.append((f_start, f_end))
                continue
            if short or (mark.isalnum() and _after_be(body, q.open)):
                continue  # 'has been “reminded of …”': a predicate, not the subject's words
            self.found.append(_Found(q.start, q.end, "direct_quote", "", mention, q.open, q.group))

    def _subject_of(self, s_start: int, end: int) -> tuple[Mention | None, int, int]:
        """The speaker a quotation inside a sentence belongs to: a name right before a colon
        (`Ann Cole: “…”`), else the subject of the sentence's first verb — after an opener or an
        introductory phrase (`In a memo, the board warned …`), a name, a pronoun or a description.
        Also where that verb is (-1, -1 when the speaker is the name before a colon)."""
        body = self.body
        lex = self.lex
        head = body[max(s_start, end - 3) : end].rstrip()
        if head.endswith(":"):
            colon = body.rfind(":", s_start, end)
            named = parse_before(body, max(s_start, colon - 80), colon, lex)
            if named is not None and named.kind in ("person", "org", "outlet"):
                lead = body[s_start : named.start].rstrip()
                addressee = lead.rsplit(None, 1)[-1:] in _TO_WORDS  # "a blunt message to Trump:"
                if (
                    (named.kind == "person" and not addressee)
                    or not lead
                    or lead.endswith(("-", "–", "—", "from", "From"))
                ):
                    return named, -1, -1  # "… - More from Ann Cole:", "doesn't surprise pollster Ann Cole:"
        for clause in self._clause_starts(s_start, end):
            verb = _FIRST_VERB.search(body, clause, min(end, clause + 160))
            if verb is None:
                continue
            at = verb.start()
            relative = _RELATIVE_AFTER.search(body, clause, at)
            if relative is not None:
                at = relative.start()  # "Ann Cole, who founded the group, proposes …"
            bracket = body.rfind(" (", clause, at)
            if bracket > clause and body[at - 2 : at].strip() == ")":
                at = bracket  # "Sen. Ann Cole (D-Ore.) warned"
            subject = body[clause:at].strip()
            if subject.endswith(","):  # "the director, Lena Marsh, warned"
                at = body.rfind(",", clause, at)
                subject = subject[:-1].rstrip()
            if not subject or subject[-1] in ",;:" or any(ch in subject for ch in _QUOTE_CHARS):
                continue
            if verb[0].split()[-1] in _NOUN_LIKE and " " not in subject:
                continue  # "Insurance claims rose …": a noun, not a subject and its verb
            if subject in lex.pronouns:
                pos = body.index(subject, clause, at)
                gender = lex.pronouns[subject]
                pronoun = Mention(pos, pos + len(subject), subject, kind="pronoun", gender=gender)
                return pronoun, verb.start(), verb.end()
            mention = parse_before(body, clause, at, lex)
            if mention is None and (verb[0].split()[-1] in LEARNED_CUE_VERBS or not verb[0].endswith("ed")):
                # a description as subject only before a speech verb or an auxiliary ("The memo
                # reads", "A footnote makes"), not "The shop sells a mug printed with “…”"
                mention = parse_nominal_before(body, clause, at, lex)
            if mention is not None and mention.kind in _SUBJECT_KINDS and mention.kind != "pronoun":
                return mention, verb.start(), verb.end()
        return None, -1, -1

    def _clause_starts(self, s_start: int, end: int) -> list[int]:
        """Where the sentence's subject may start: after an opener ("But", "And then"), and after
        each comma of the first words; an introductory phrase ("After X criticised him,", "In a
        memo,") is passed over, so the main clause's subject is found."""
        body = self.body
        first = _OPENER_RUN.match(body, s_start, end)
        pos = first.end() if first else s_start
        starts: list[int] = []
        limit = min(end, pos + 200)
        while len(starts) < 4:
            word = body[pos : body.find(" ", pos, limit)].lower()
            if word not in _INTRODUCTORY:
                starts.append(pos)
            comma = body.find(", ", pos, limit)
            if comma < 0:
                break
            pos = _after_space(body, comma + 1, end)
        return starts

    def _according(self, cue: _Cue, sentence: tuple[int, int]) -> None:
        body = self.body
        lex = self.lex
        s_start, s_end = sentence
        source_start = _after_space(body, cue.end)
        mention = parse_after(body, source_start, s_end, lex)
        phrase = _SOURCE_PHRASE.match(body, source_start, s_end)
        if phrase and (
            mention is None or (mention.kind in ("generic", "role") and mention.end < phrase.end())
        ):
            mention = analyse(body, source_start, phrase.end(), lex) or mention
            if mention is not None and mention.kind in ("person", "role"):
                mention.kind = "generic"
                mention.name = mention.name or mention.phrase
        if phrase is not None and lex.code == "en":
            seen = _SEEN_BY.search(body, source_start, phrase.end())
            if seen is not None:
                # "according to a leaked memo seen by the BBC": the memo is the source, not the BBC
                memo = analyse(body, source_start, seen.start(), lex)
                if memo is not None:
                    memo.kind, memo.name = (
                        "generic",
                        _LEADING_ARTICLE.sub("", body[source_start : seen.start()]),
                    )
                    memo.end = phrase.end()
                    mention = memo
        if (
            mention is not None
            and phrase is not None
            and _TIME_WORD.fullmatch(mention.name or mention.phrase)
        ):
            # "according to the schedule published Thursday": the schedule, not Thursday
            cut = _SOURCE_CUT.search(body, source_start, phrase.end())
            source = analyse(body, source_start, cut.start() if cut else phrase.end(), self.lex)
            mention = None
            if source is not None and cut is not None:
                source.kind = "generic"
                source.name = _LEADING_ARTICLE.sub("", body[source_start : cut.start()])
                source.end = phrase.end()
                mention = source
        prefix = body[s_start : cue.start].strip()
        if mention is None and lex.code == "en":
            # "According to early results of exit polls conducted for … by Edison Research, …": a
            # source that opens the sentence may be long; its comma closes it
            mention = self._source_description(source_start, s_end, long=not prefix)
            if mention is None and prefix:
                # "…, according to an email from the president of the federation obtained by The
                # Huffington Post.": a long source that ends the sentence
                mention = self._source_description(source_start, s_end, long=True)
                if mention is not None and (
                    body[mention.end : s_end].strip() not in (".", "")
                    or any(dash in mention.phrase for dash in (" - ", "—", "–"))  # (an aside: no source)
                ):
                    mention = None
        if mention is None:
            return
        cue_text = _cue_text(cue)
        if lex.code == "en" and (
            (body[cue.start].isupper() and prefix[-1:] in (":", ";", "—", "("))
            or prefix.rstrip(",").lower().endswith(_SUBORDINATE_ENDS)
        ):
            prefix = ""  # "… unnoticed: According to polls, X …", "after, according to him, X …"
        if prefix.endswith(",") and lex.code == "en":
            # "The airport, according to the board, handled ...": the sentence is the claim
            after = _after_space(body, mention.end)
            rest = _WORDS.findall(body, after, min(s_end, after + 40))
            if body[after : after + 1] == "," and rest and rest[0].islower() and rest[0] not in _NEW_CLAUSE:
                r_start, r_end = self._trim(s_start, s_end)
                self._add(r_start, r_end, "according_to", cue_text, mention, cue.start)
                return
        if lex.code == "en" and prefix.lower().replace("’", "'") in _THAT_IS:
            return  # "That's according to X.": the statement is the sentence before; nothing after it
        if prefix and prefix.strip(" ,(") not in ("Но", "But", "And", "Pero", "Mais", "Aber", ""):
            r_start, r_end = self._trim(s_start, cue.start)
            after = _after_space(body, mention.end)
            if (
                lex.code == "en"
                and prefix.endswith(",")
                and "," not in prefix[:-1]
                and len(prefix.split()) <= 6
                and not _has_clause(body, r_start, r_end)
                and body[after : after + 1] == ","
                and (
                    _has_clause(body, _after_space(body, after + 1), s_end)
                    or _MAIN_VERB.search(body, after + 1, min(s_end, after + 40)) is not None
                )
            ):
                # "Now, according to the poll, some are swinging", "But the next day, according to
                # Roffman, Trump made further demands": an opening phrase, the source set off by
                # commas, then the clause — the whole sentence is the claim
                r_start, r_end = self._trim(s_start, s_end)
                self._add(r_start, r_end, "according_to", cue_text, mention, cue.start)
                return
            if (
                lex.code == "en"
                and prefix.endswith(",")
                and "," not in prefix[:-1]
                and len(prefix.split()) <= 6
                and prefix.split(None, 1)[0] in _TIME_PHRASE_OPENERS
                and not _has_clause(body, _after_space(body, body.find(" ", r_start, r_end) + 1), r_end)
                and body[_after_space(body, mention.end) : _after_space(body, mention.end) + 1] == ","
            ):
                prefix = ""  # "About 10 p.m., according to a timeline, the guards left": the clause after
            elif _has_words(body, 3, r_start, r_end) and body[r_start] not in _QUOTE_CHARS:
                self._add(r_start, r_end, "according_to", cue_text, mention, cue.start)
                return
            elif lex.code != "en" or _has_words(body, 3, r_start, r_end):
                return
            # "Now, according to the poll, …", "(According to the police, …)": the clause after it
        colon = body.find(":", mention.end, s_end + 1)
        if lex.code == "en" and colon >= 0 and _COLON_ENDS_PARAGRAPH.match(body, colon) is not None:
            # "According to Jack Kelly, writing for RealClearPolitics:" and the passage below
            self._block_quotation(colon, "according_to", cue_text, mention, cue.start, "strict")
            return
        pos = self._skip_modifiers(mention.end, s_end, "")
        if lex.code == "en" and not prefix:
            mention, pos = self._rest_of_source(mention, pos, s_end)
        f_start, f_end = self._trim(pos, s_end)
        if _has_words(body, 3, f_start, min(f_end, f_start + 200)):
            self._add(f_start, f_end, "according_to", cue_text, mention, cue.start)

    def _rest_of_source(self, mention: Mention, pos: int, s_end: int) -> tuple[Mention, int]:
        """English, "According to" opening a sentence: a source phrase goes on to its comma after what
        the parser took ("According to Harbour Times contributor and historian Ada Brisk, …", "…
        the trust's website from 2010, …"): the claim starts after the comma, and a person named
        at the phrase's end is the speaker."""
        body = self.body
        if "," in body[mention.end : pos + 1]:
            return mention, pos  # the phrase ended where the parser stopped
        comma = body.find(", ", pos, min(s_end, pos + 80))
        if comma <= pos or _MAIN_VERB.search(body, pos - 1, comma) or _has_clause(body, pos, comma):
            return mention, pos
        if any(ch in body[pos:comma] for ch in '"“”;:()'):
            return mention, pos
        person = parse_before(body, mention.start, comma, self.lex)
        if person is not None and person.kind == "person" and person.start > mention.start:
            mention = person
        return mention, comma + 2

    def _source_description(self, start: int, end: int, long: bool = False) -> Mention | None:
        """English: the source after "according to" that names no one, up to its comma ("her
        "clawback" plan", "a study of census data"): a description closed by a comma, short unless
        ``long`` (the cue opens its sentence)."""
        body = self.body
        stop = _SOURCE_END.search(body, start, min(end + 1, start + (180 if long else 90)))
        close = stop.start() if stop is not None else -1
        if close < 0 or not 1 <= len(body[start:close].split()) <= (24 if long else 10):
            return None
        if any(ch in body[start:close] for ch in ";:!?("):
            return None
        phrase = body[start:close]
        name = " ".join(phrase.split())
        if sum(name.count(mark) for mark in '"“”') % 2:
            name = name.translate(_NO_QUOTES)  # (a title whose closing mark ends the sentence)
        return Mention(start, close, phrase, name=_LEADING_ARTICLE.sub("", name), kind="generic")

    def _according_after(self, cue: _Cue, sentence: tuple[int, int]) -> None:
        """German "X zufolge": "Dem Bericht zufolge ..." / "..., der Zeitung zufolge"."""
        body = self.body
        s_start, s_end = sentence
        mention = parse_before(body, max(s_start, cue.start - 120), cue.start, self.lex)
        if mention is None:
            return
        before = body[s_start : mention.start].rstrip()
        if before.endswith(",") and _has_words(before, 3, 0, len(before)):
            r_start, r_end = self._trim(s_start, s_start + len(before) - 1)
            self._add(r_start, r_end, "according_to", "zufolge", mention, cue.start)
            return
        f_start, f_end = self._trim(cue.end, s_end)
        if _has_words(body, 3, f_start, min(f_end, f_start + 200)):
            self._add(f_start, f_end, "according_to", "zufolge", mention, cue.start)

    def _add(
        self,
        start: int,
        end: int,
        kind: str,
        cue: str,
        mention: Mention,
        at: int,
        rule: str | None = None,
    ) -> None:
        """A claim; `rule` names the cue-scan rule that found it ("strict", or one of the relaxed
        rules), for the learned gate (`_gate`)."""
        if end <= start or (self.cue_gate.mode == "none" and rule in _RELAXED_RULES):
            return
        body = self.body
        if self.lex.code == "en" and (_hypothetical(body, mention) or _only_a_name(body, start, end)):
            return
        self.found.append(_Found(start, end, kind, " ".join(cue.split()), mention, at, rule=rule))

    def _gate(self) -> None:
        """English: the learned gate (gate.py) keeps or drops the cue scan's claims — those of the
        relaxed rules, and those of the strict rules when the weights were trained for them (but
        never "X said that …") — once their spans are final (after _split_runs)."""
        if self.lex.code != "en":
            return
        body = self.body
        cue_gate, model = self.cue_gate, self.cue_gate.model()
        strict = model.strict if cue_gate.strict is None else cue_gate.strict
        kept = []
        for f in self.found:
            rule = f.rule
            relaxed = rule in _RELAXED_RULES
            if rule is None or f.mention is None:
                kept.append(f)
                continue
            gated = relaxed or (strict and self._doubtful(f))
            if not gated and cue_gate.record is None:
                kept.append(f)
                continue
            spoken = (f.mention.kind, f.mention.start, f.mention.end)
            feats = gate.features(body, self._sentence(f.at), f.start, f.end, f.at, f.cue, spoken, rule)
            if cue_gate.record is not None:
                cue_gate.record((rule, f.start, f.end, feats, gated))
            if cue_gate.mode != "learned" or not gated or model.accept(feats):
                kept.append(f)
        self.found = kept

    def _doubtful(self, f: _Found) -> bool:
        """Is a strict rule's claim worth the gate?  Not "X said that …", and not a forward claim
        that opens with a subject ("he", "the", a name): the gate keeps ~99 % of those on train."""
        body = self.body
        if f.start < f.at:
            return True  # a reverse claim ("…, X said")
        if _THAT_BEFORE.match(body, f.at, f.start):
            return False
        first = body[f.start : f.start + 12].split(None, 1)
        word = first[0] if first else ""
        return not (word[:1].isupper() or word.lower() in _SUBJECT_OPENERS)

    # -- resolution and output -----------------------------------------------------------------
    def run(self) -> list[Claim]:
        # every speech cue outside quotations, once: quotation attribution looks them up by position
        self.cues = self._cues_outside_quotes()
        self.cue_starts = [c.start for c in self.cues]
        self._quote_claims()
        if self.attribute:
            self._cue_claims()
            if self.lex.code == "en":
                self._participle_claims()
                self._quoted_predicates()
                self._orphan_quotations()
                self._when_asked()
                self._headline_claims()
                self._with_saying_claims()
        else:
            for f in self.found:
                f.mention, f.cue = None, f.cue
        self._split_runs()
        self._gate()
        found = self._drop_overlaps()
        registry = Registry(self.body, self.limit, self.lex, self.regions, self.paragraphs)
        registry.contents = sorted((f.start, f.end) for f in found if f.kind != "direct_quote")
        resolved: list[tuple[_Found, str | None, str | None, list[str]]] = []
        last_speaker: tuple[str | None, str | None, list[str]] = (None, None, [])
        last_end = -1
        for f in sorted(found, key=lambda f: f.at if not f.standalone else f.start):
            if f.mention is not None and self.attribute:
                at = f.mention.start if f.mention.end > f.mention.start else f.at
                attribution = registry.resolve(f.mention, at)
            elif f.standalone and (lead := self._lead_sentence_subject(f, found)) is not None:
                attribution = registry.resolve(lead, lead.start)
                if not attribution[0] and last_speaker[0] and 0 <= f.start - last_end < 600:
                    attribution = last_speaker
            elif f.standalone and last_speaker[0] and 0 <= f.start - last_end < 600:
                attribution = last_speaker
            else:
                attribution = (None, None, [])
            if attribution[0]:
                last_speaker = attribution
            last_end = max(last_end, f.end)
            resolved.append((f, *attribution))
        claims = []
        seen: set[str] = set()
        total = max(1, self.limit)
        for f, speaker, role, speakers in sorted(resolved, key=lambda r: r[0].start):
            text = self.source[f.start : f.end]
            key = key_for(text, speaker)
            if key in seen:
                continue
            seen.add(key)
            claim = Claim(
                id=id_for_key(key),
                text=text,
                start=f.start,
                end=f.end,
                speaker=speaker,
                speaker_role=role,
                cue=f.cue,
                kind=f.kind,
                speakers=speakers,
                stance=_stance(f.cue, text),
                parts=f.parts or [],
            )
            claim.salience = _salience(claim, f.start / total)
            claims.append(claim)
        for claim in sorted(claims, key=lambda c: -c.salience)[:MAX_KEY]:
            claim.key = claim.salience >= 0.5
        return claims

    def _lead_sentence_subject(self, f: _Found, found: list[_Found]) -> Mention | None:
        """English: a quotation with no attribution of its own right after a sentence that holds no
        claim — `Clinton touted her record. “We need …”`, `Ann Cole tweeted a warning. “…”` — is
        that sentence's subject's (a name, an organisation, an outlet or a pronoun); else None and
        the quotation goes to the last speaker."""
        if self.lex.code != "en":
            return None
        body = self.body
        q_open = f.at
        p = bisect_right(self.para_starts, q_open) - 1
        if p < 0:
            return None
        if q_open > self.paragraphs[p][0]:
            prev_at = q_open - 1
        elif p > 0:
            prev_at = self.paragraphs[p - 1][1] - 1
        else:
            return None
        while prev_at > 0 and body[prev_at].isspace():
            prev_at -= 1
        s_start, s_end = self._sentence(prev_at)
        if s_end <= s_start or any(g.start < s_end and s_start < g.end for g in found if g is not f):
            return None
        if self._in_quote(s_start):
            return None
        mention = self._subject_of(s_start, s_end)[0]
        if mention is None or mention.kind not in _LEAD_KINDS or mention.phrase.lower() in _NO_LEAD:
            return None  # ("Here are the results:", "It was late.")
        return mention

    def _split_runs(self) -> None:
        """ "A admitted X, and B insisted Y": the first claim ends where the second attribution
        begins (its speaker phrase), so each statement keeps its own speaker."""
        if len(self.found) < 2:
            return
        others = [
            (g, g.mention)
            for g in self.found
            # (a relative clause's attribution sits inside the claim: "Critics say the powers - which
            # he argues are needed - trample …")
            if g.mention is not None
            and g.rule != "relative"
            # ("a woman asked for a photo and Clinton said, “…”": a quotation after its cue and
            # its named speaker too, but not one inside a relative clause: "…, which he called “…”")
            and (
                g.kind != "direct_quote"
                or (g.cue and g.at < g.start and self._named_speaker_opens(g.mention))
            )
        ]
        for f in self.found:
            if f.kind == "direct_quote" or f.at >= f.start:
                continue  # (only a claim after its cue runs on into another attribution)
            for g, spoken in others:
                if g is f or f.start >= g.at:
                    continue  # (the cut is never after g.at)
                cut = g.at
                if f.start <= spoken.start <= _after_that(self.body, f.start):
                    continue  # "Song said Ann Berg had said …": the nested attribution is the content
                if f.start < spoken.start < spoken.end:
                    cut = min(spoken.start, g.at)
                if f.start < g.start < cut:
                    cut = g.start  # "…, which is an outcome, he said, “…”": g's claim opens first
                # (a subject before f, "A stressed X, but said Y": the cut is at the second verb)
                if f.start < cut < f.end and g.start >= cut:
                    end = _RUN_TAIL.sub("", self.body[f.start : cut])
                    end = _RELATIVE_TAIL.sub("", end)  # ("contracts worth $3bn which officials say")
                    if len(end) >= 8:
                        f.end = f.start + len(end)

    def _named_speaker_opens(self, mention: Mention) -> bool:
        """Is the mention a name or description that does not follow a relative word?"""
        if mention.kind == "pronoun":
            return False
        before = self.body[max(0, mention.start - 12) : mention.start].split()
        return not before or before[-1].lower() not in _RELATIVES

    def _drop_overlaps(self) -> list[_Found]:
        rank = {"direct_quote": 0, "according_to": 1, "source_report": 2, "indirect_speech": 2}
        kept: list[_Found] = []
        # a reported clause that holds a quotation after its cue ('X said "…" because …') keeps it
        clauses = [f for f in self.found if f.kind != "direct_quote" and f.at < f.start]
        found = self.found
        if clauses:
            found = [
                f
                for f in found
                if f.kind != "direct_quote"
                or not any(c.start - 1 <= f.start and f.end <= c.end + 1 and c.at < f.start for c in clauses)
            ]
        # a quotation nobody was found for, inside an attributed clause ('"We teach nothing" against
        # it at the meetings, he said'), is part of that clause
        spoken = [f for f in found if f.kind != "direct_quote" and f.mention is not None]
        if spoken:
            found = [
                f
                for f in found
                if f.kind != "direct_quote"
                or f.mention is not None
                or not any(
                    c.start - 1 <= f.start
                    and f.end <= c.end + 1
                    and not _NAME_AFTER_QUOTE.match(self.body, f.end, c.end)
                    for c in spoken
                )  # (not '"…," John Houlihan' before an appositive: a name there is the speaker)
            ]
        for f in sorted(found, key=lambda f: (rank[f.kind], -(f.end - f.start))):
            for k in kept:
                if f.start < k.end and k.start < f.end:
                    break
            else:
                kept.append(f)
        return kept


_CONDITIONAL = (["if"], ["unless"], ["whether"], ["If"], ["Unless"], ["Whether"])
_NAME_ONLY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}[.,;]?")


def _verb_of(cue: str) -> str:
    """The cue's verb as the rules know it: the last word, a progressive read as the present tense
    ("is telling" → "tells")."""
    verb = cue.split()[-1]
    return PROGRESSIVE_CUES.get(verb, verb)


def _is_state_abbreviation(phrase: str) -> bool:
    """ "N.H.", "Va ." (as tokens are joined): a state after a city's comma, no speaker."""
    return phrase.replace(" ", "").rstrip(".,") in _STATE_ABBREVIATIONS


def _hypothetical(body: str, mention: Mention | None) -> bool:
    """English: a speaker after "if"/"unless"/"whether" ("if the regulator believes the rules
    allow …") says nothing yet: a condition, not a claim."""
    if mention is None:
        return False
    return body[max(0, mention.start - 9) : mention.start].split()[-1:] in _CONDITIONAL


_TITLE_SMALL_WORDS = frozenset("a an and at for from in of on or the to with".split())


def _title_like(body: str, start: int, end: int) -> bool:
    """Every word capitalised but the small ones: the name of a show, a book or a law, not speech."""
    words = _WORDS.findall(body, start, end)
    return (
        bool(words)
        and words[0][0].isupper()
        and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words)
    )


def _after_that(body: str, pos: int) -> int:
    """pos, or past a "that" opening the text there."""
    return _after_space(body, pos + 4) if body.startswith("that ", pos) else pos


def _descriptor(word: str) -> bool:
    """Could the lower-case word describe a trailing subject ("veteran", "senior", "many"), not be a
    verb ("undercuts", "denied") or a function word?"""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_DESCRIPTORS
        and not word.endswith("ed")
        and (not word.endswith("s") or word.endswith("ous") or word == "several")
    )


def _has_clause(body: str, start: int, end: int) -> bool:
    """Does a subject and its finite verb open body[start:end] ("the talks will …", "he said …")?"""
    return (
        _SUBJECT_VERB.match(body, start, end) is not None or _PRONOUN_VERB.match(body, start, end) is not None
    )


def _only_a_name(body: str, start: int, end: int) -> bool:
    """English: content that is nothing but a name ("Mr Dorrin said Mr Halvey.") states nothing."""
    return end - start <= 60 and _NAME_ONLY.fullmatch(body, start, end) is not None


def _named(body: str, quote_open: int) -> bool:
    """A quotation after "so-called" is a name, not somebody's words."""
    return body[max(0, quote_open - 10) : quote_open].rstrip().lower().endswith("so-called")


def _after_be(body: str, quote_open: int) -> bool:
    """A quotation right after a form of "be" ("has been “reminded of …”", "the group is “…”")
    describes the subject; whose words they are, the sentence does not say."""
    return body[max(0, quote_open - 8) : quote_open].split()[-1:] in _BE_WORD_AFTER


def _not_a_cue_here(body: str, verb: re.Match[str]) -> bool:
    """A learned cue verb that is no cue where it stands: "so-called", a plural noun after a verb or
    an adjective ("rejected calls to “…”"), or a verb whose subject is a thing ("he felt it added
    “fizz”": the words are nobody's)."""
    at = verb.start()
    if body[max(0, at - 3) : at] == "so-":
        return True
    if verb[0] in _NOUN_LIKE_BEFORE_OBJECT and _noun_reading(body, at):
        return True
    return body[max(0, at - 6) : at].split()[-1:] in (["it"], ["this"], ["that"])


def _passive(body: str, at: int) -> bool:
    """Is the verb at body[at] a past participle after a form of "be" ("is called")?"""
    return body[max(0, at - 6) : at].split()[-1:] in _BE_WORD


def _needs_longer_subject(body: str, s_start: int, m_start: int) -> bool:
    """Words stand before the speaker phrase that neither open the sentence ("But", "Meanwhile")
    nor end an introductory clause (a comma): they may be the front of a longer subject."""
    prefix = body[s_start:m_start].rstrip()
    if not prefix or prefix[-1] in ',;:—–("“”' or (prefix[-1] in "'’" and prefix[-2:-1] != "s"):
        return False  # (an apostrophe after "s" is a possessive: "The pilots' union said")
    return not all(w in _OPENERS for w in prefix.lower().split())


_NEEDS_LONGER_SUBJECT = _needs_longer_subject


def _first_three_words(text: str, start: int, end: int) -> list[str]:
    """The first three words of text[start:end] (fewer if it has fewer): all the rules look at."""
    m = _FIRST_THREE_WORDS.match(text, start, end)
    return [w for w in m.groups() if w is not None] if m else []


def _has_words(text: str, n: int, start: int, end: int) -> bool:
    """Does text[start:end] hold at least n words (runs of word characters)?"""
    return _AT_LEAST_WORDS[n].match(text, start, end) is not None


def _no_attribution(q: Quotation) -> tuple[str | None, Mention | None, int]:
    return None, None, 0


def _cue_text(cue: _Cue) -> str:
    return " ".join(cue.text.split())


_DENIED = frozenset(
    """denied denies deny rejected rejects dismissed dismisses disputed disputes refuted refutes
    contested contests dementi dementiert bestritt bestreitet démenti démenti nié nie negó niega
    desmintió rechazó отрицал отрицает опроверг опровергла опроверг опровергли отрицала""".split()
)
_QUESTIONED = frozenset(
    "asked asks ask questioned questions wondered wonders queried fragte demandé preguntó спросил".split()
)


# ("asked whether …", "asked our readers which …": the question, perhaps after its addressee)
_QUESTION_START = re.compile(
    r"(?:(?!to\b)[\w'’-]+\s+){0,4}?(?:whether|if|why|how|what|who|when|where|which)\b|[^.!]*\?", re.I
)


_CUE_STANCE: dict[str, str] = {}  # cue -> "denied" | "asks" | "": a pure function of the cue


def _person_set_off(body: str, mention: Mention) -> bool:
    """Is the mention a named person with a comma right after it ("said Ann Cole, a geologist")?"""
    return mention.kind == "person" and bool(mention.name) and body[mention.end : mention.end + 1] == ","


def _stance(cue: str, text: str) -> str:
    """How the speaker holds the content: "denied" after a cue that denies it, "questioned" after
    one that asks it (or a quotation that is a question), else "asserted"."""
    of_cue = _CUE_STANCE.get(cue)
    if of_cue is None:
        words = cue.lower().split()
        of_cue = (
            "denied"
            if any(w in _DENIED for w in words)
            else "asks"
            if any(w in _QUESTIONED for w in words)
            else ""
        )
        if len(_CUE_STANCE) < 10_000:
            _CUE_STANCE[cue] = of_cue
    if of_cue == "denied":
        return "denied"
    if text.rstrip('"”’»').endswith("?") or (of_cue == "asks" and _QUESTION_START.match(text) is not None):
        return "questioned"  # "asked whether …", not "asked the court to …"
    return "asserted"


def _salience(claim: Claim, position: float) -> float:
    words = len(claim.text.split())
    score = 0.25
    if claim.speaker:
        score += 0.25
    if claim.speaker_role:
        score += 0.1
    if claim.kind == "direct_quote":
        score += 0.1
    score += 0.2 * (1.0 - min(position, 1.0))
    if 6 <= words <= 60:
        score += 0.1
    return round(min(score, 1.0), 3)
