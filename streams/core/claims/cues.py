"""Per-language lexicons: speech verbs, "according to" forms, pronouns, roles, titles.

Everything is compiled once at import.  Patterns are alternations of literal words with no nested
unbounded repetition, so matching time is linear in the text scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Military ranks, written with a dot before the name ("Lt. Gen. Mick Bednarek"): English honorifics
#: that are also a role.
RANKS = _words("Lt. Col. Gen. Maj. Capt. Sgt. Adm. Cmdr. Brig. Cpl.")


def dash_aside(longest: int) -> str:
    """Regex text of an aside between dashes of up to ``longest`` characters ("— on Twitter —")."""
    return r"(?:—|–|--)\s?[^—–.;!?\n\"“”]{1," + str(longest) + r"}?\s?(?:—|–|--)"


def _alternation(words: list[str]) -> str:
    """A regex matching any of words, as a trie: "s(?:a(?:id|ys?)|…)".

    Python's re tries alternatives one by one at every position; a trie fails at the first letter,
    which makes the cue scan 2-3x faster.  Longer words are preferred (greedy), a space in a phrase
    matches any run of white space."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    return emit(trie)


@dataclass(frozen=True)
class Lexicon:
    code: str
    cue: re.Pattern[str]  # speech verbs (with auxiliaries) and "according to" forms, group "cue"
    strong: frozenset[str]  # verb forms that take a bare clause: "X said the talks ..."
    report: frozenset[str]  # verb forms that make a source report
    according_before: re.Pattern[str]  # "according to X, ..." (cue precedes the source)
    according_after: re.Pattern[str] | None  # "X zufolge ..." (cue follows the source)
    complementizer: re.Pattern[str]  # "that", "что", "dass", "que"
    pronouns: dict[str, str]  # pronoun -> "m" | "f" | "pl" | "n" | "fpl"
    roles: frozenset[str]  # lower-case role nouns
    role_prefixes: tuple[str, ...]  # lower-case stems of role nouns (inflecting languages)
    role_suffix: re.Pattern[str] | None  # German compounds: Regierungssprecher, Außenminister
    role_modifiers: frozenset[str]  # lower-case words allowed before a role noun
    modifier_suffix: re.Pattern[str] | None  # lower-case adjectives before a role noun
    generic: frozenset[str]  # lower-case heads that can speak without a name: police, officials
    determiners: frozenset[str]
    connectors: frozenset[str]  # inside names and roles: of, for, de, von, al
    honorifics: frozenset[str]
    cap_stop: frozenset[str]  # capitalised words that never start a speaker phrase
    skip_before: frozenset[str]  # adverbs/auxiliaries between subject and verb
    modifiers: re.Pattern[str]  # after the verb: "on Monday", "in a statement", "to reporters"
    statement: re.Pattern[str]  # modifiers that make a source report: "in a statement"
    objects: re.Pattern[str]  # object of "told": "CNN", "reporters", "the BBC"
    female_markers: frozenset[str] = field(default_factory=frozenset)
    male_markers: frozenset[str] = field(default_factory=frozenset)
    object_verbs: frozenset[str] = field(default_factory=frozenset)  # take an addressee: told

    # `cue` behind one consumed character that is no ASCII letter, digit or "_": it matches at p - 1
    # where `cue` matches at p > 0 (group "cue" is the cue; `cue` itself opens with a word-boundary
    # check, which rejects a non-ASCII letter before p).  re then tries a match only where a word can
    # start (a bitmap test) instead of at every position: a faster scan of the body.  In an ASCII
    # body the consumed character is no word character anyway: cue_scan_ascii leaves out the check.
    cue_scan: re.Pattern[str] = field(init=False, repr=False)
    cue_scan_ascii: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        pattern, flags = self.cue.pattern, self.cue.flags
        boundary = next((b for b in (r"\b", r"(?<!\w)") if pattern.startswith(b)), None)
        assert boundary is not None, "a cue pattern starts with a word-boundary check"
        before = r"[^0-9A-Za-z_]"
        object.__setattr__(self, "cue_scan", re.compile(before + pattern, flags))
        object.__setattr__(self, "cue_scan_ascii", re.compile(before + pattern[len(boundary) :], flags))


_DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_MONTHS_EN = "January February March April May June July August September October November December"

_EN_VERBS = """said says say told tells added adds stressed stresses noted notes announced announces
warned warns denied denies insisted insists claimed claims argued argues explained explains confirmed
confirms acknowledged acknowledges admitted admits suggested suggests predicted predicts reported
reports wrote writes declared declares asserted asserts stated maintained maintains replied replies
responded commented observed emphasised emphasized emphasises emphasizes revealed reveals disclosed
alleged alleges promised promises vowed vows pledged cautioned cautions conceded concedes recalled
complained complains concluded countered continued reiterated affirmed underlined believes
estimated estimates forecast tweeted testified assured informed contended hinted hints speculated
speculates asked asks called calls urged urges demanded demands threatened threatens accused accuses
described describes agreed disagreed agrees disagrees""".split()
# progressive forms of cue verbs and the present tense they stand for
PROGRESSIVE_CUES = {
    "telling": "tells",
    "saying": "says",
    "reporting": "reports",
    "claiming": "claims",
    "arguing": "argues",
    "insisting": "insists",
    "warning": "warns",
    "suggesting": "suggests",
    "predicting": "predicts",
}
_EN_PHRASES = [
    "went on",
    "chimed in",
    # the progressive: "Kasich is telling a packed crowd … that …", "ABC 7 is reporting that …"
    *(f"{be} {verb}" for be in ("is", "are", "was", "were") for verb in PROGRESSIVE_CUES),
    "first reported",
    "pointed out",
    "points out",
    "is quoted as saying",
    "was quoted as saying",
    "were quoted as saying",
    "according to",
    "According to",
    "as reported by",  # "As reported by the Gazette, …": a source, as "according to"
    "As reported by",
    "as first reported by",
    "As first reported by",
]

_EN_VERB = _alternation(_EN_VERBS + _EN_PHRASES)
# "has (also) said" or a verb: two alternatives, not an optional auxiliary before the verb, which
# re would enter (and leave) at every word
_EN_AUX = r"(?:has|have|had|will)\s+(?:also\s+|previously\s+|repeatedly\s+)?"
_EN_CUE = re.compile(r"\b(?P<cue>" + _EN_AUX + _EN_VERB + "|" + _EN_VERB + r")\b")

ENGLISH = Lexicon(
    code="en",
    cue=_EN_CUE,
    strong=_words(
        """said says say told tells added adds stressed stresses noted notes warned warns insisted
        insists argued argues claimed claims explained explains believes believe estimated estimates
        predicted predicts suggested suggests acknowledged admitted admits conceded maintained
        maintains asserted asserts emphasised emphasized stated declared declares wrote writes
        hinted hints speculated speculates complained complains"""
    ),
    report=_words("reported reports"),
    according_before=re.compile(r"\b(?:[Aa]ccording\s+to|[Aa]s\s+(?:first\s+)?reported\s+by)\b"),
    according_after=None,
    complementizer=re.compile(r"that\b"),
    # "I" and "we" outside quotations are the writer (or the outlet): a claim, no speaker to name
    pronouns={
        **{"he": "m", "she": "f", "they": "pl", "it": "n", "He": "m", "She": "f", "They": "pl", "It": "n"},
        **{"I": "first", "we": "first", "We": "first"},
    },
    roles=_words(
        """aide aides spokesman spokeswoman spokesperson councillor councilor peer minister secretary
        president vice-president
        official officials chief executive director analyst analysts economist economists head chairman
        chairwoman chair leader adviser advisor advisers ambassador envoy commander general lawyer
        lawyers attorney prosecutor prosecutors judge governor mayor senator representative lawmaker
        lawmakers mp mps deputy chancellor premier king queen prince pope diplomat diplomats officer
        manager founder owner coach captain boss strategist researcher researchers professor expert
        experts scientist scientists editor correspondent reporter source sources negotiator
        negotiators commissioner inspector investigator investigators administrator director-general
        secretary-general ceo cfo coo chief-executive treasurer member members candidate nominee
        sheriff superintendent general colonel admiral sergeant captain lieutenant major ombudsman
        regulator regulators head-teacher headteacher principal dean rector bishop archbishop imam
        rabbi priest activist activists campaigner campaigners organiser spokesmen spokeswomen
        partner partners trader traders dealer dealers broker brokers consultant consultants nurse
        teacher farmer doctor designer ranger driver worker pilot engineer student resident chef
        shopkeeper fan artist actor actress singer writer author novelist director producer
        musician striker midfielder defender goalkeeper winger forward batsman bowler jockey
        trainer referee umpire architect surgeon physician economist historian lecturer justice
        centre wing prop lock hooker flanker fly-half scrum-half full-back number-eight skipper keeper
        full-back stand-off half-back wicketkeeper all-rounder opener spinner seamer sprinter hurdler
        athlete runner swimmer cyclist rider boxer golfer champion seed player star rapper comedian
        presenter host guitarist drummer frontman bassist vocalist songwriter composer conductor
        film-maker filmmaker playwright dancer model photographer critic chairwoman chairperson
        campaigner spokesperson vice-chairman vice-captain co-founder boss chief minister
        meteorologist forecaster pollster commentator columnist statistician epidemiologist
        congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman
        speechwriter delegate superdelegate anchor moderator organizer organiser publisher lobbyist
        donor fundraiser operative pastor surrogate staffer"""
    ),
    role_prefixes=(),
    role_suffix=None,
    role_modifiers=_words(
        """top senior former chief deputy foreign defence defense interior finance trade economy
        economic health education justice environment energy home presidential prime vice assistant
        acting interim general executive managing military police state federal regional local
        national international security intelligence press party opposition government company
        firm bank group team club union industry market investment research independent lead
        principal associate special political legal technical veteran fellow junior white house
        communications media marketing sales financial operating commercial ranking"""
    ),
    modifier_suffix=None,
    generic=_words(
        """police officials analysts experts critics witnesses residents sources observers economists
        investigators prosecutors authorities diplomats campaigners protesters doctors scientists
        researchers spokesman spokeswoman spokesperson company firm group bank government ministry
        department agency report statement study survey article poll analysis memo editorial court council
        commission committee
        regulator organisation organization union airline insurer retailer carmaker broadcaster trust
        builder housebuilder lender manufacturer supermarket
        authority operator utility board service watchdog charity hospital school university
        newspaper website magazine channel team club army military kremlin officials lawyers
        prosecutors officers members traders dealers sources firms companies banks groups ministries
        unions governments parties clubs airlines insurers retailers carmakers regulators agencies
        manufacturers makers producers operators charities councils hospitals schools universities
        teams players fans workers staff employees unions businesses organisers organizers"""
    ),
    determiners=_words("the a an The A An its his her their Its His Her Their"),
    connectors=_words("of for and & at de del da di du van von der den ten ter la le al bin ibn"),
    honorifics=_words("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Prof Prof. Sen. Rep. Gov. Pres.")
    | RANKS,
    cap_stop=_words(
        "But And However Meanwhile On In At After Before When While As If Although Also Yet So Still "
        "Now Then This That These Those There It He She They We I You Speaking Last Earlier Later "
        "Separately Instead Asked Writing Both Neither Some Many Most Other Others Such A An The "
        "Indeed Originally Having Being Beyond Despite Still Even Only Perhaps Certainly "
        + _DAYS_EN
        + " "
        + _MONTHS_EN
    ),
    skip_before=_words(
        """also later earlier previously separately reportedly again then recently publicly privately
        repeatedly first once has had have subsequently initially now still did does would often
        frequently usually always never sometimes openly quickly further already"""
    ),
    modifiers=re.compile(
        r"(?:on|late\s+on|early\s+on|last|this|next)\s+(?:"
        + _DAYS_EN.replace(" ", "|")
        + r"|week|month|year|night|morning|evening|weekend|Twitter|X|Facebook|radio|television|TV)\b"
        r"|on\s+(?:" + _MONTHS_EN.replace(" ", "|") + r")\s+\d{1,2}\b"
        # "said Monday that …", "said Tuesday night the …" (not "said Monday was the deadline")
        r"|(?:" + _DAYS_EN.replace(" ", "|") + r")(?:\s+(?:night|morning|afternoon|evening))?\b"
        r"(?!\s+(?:is|was|will|would|has|had|could|should|might|marks|seemed|seems)\b|['’]s\b)"
        r"|for\s+(?:weeks|months|years|days|decades|some\s+time|a\s+long\s+time)\b"
        # "reported a few days later", "said two weeks ago"
        r"|(?:a\s+few|several|two|three|four|five|six|\d{1,2})\s+(?:days|weeks|months|years)\s+(?:later|ago|earlier)\b"
        # "say by 55%-41% that …", "said by a wide margin that …"
        r"|by\s+(?:\d[\d.]*%?(?:\s*(?:-|–|to)\s*\d[\d.]*%?)?|a\s+(?:wide|narrow|large|small)\s+margin)(?=\s)"
        # "said of Congress: “…”" (the quotation after the colon is attributed)
        r"|of\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}(?=:)"
        r"|(?:yesterday|today|tonight|earlier|later|recently|afterwards|again|also|publicly|privately|"
        r"separately|however|previously|repeatedly|last\s+week|this\s+week)\b"
        r"|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}(?:statement|interview|speech|letter|"
        r"report|blog|post|note|briefing|release|press\s+release|address|message|tweet|email|e-mail|"
        r"filing|memo|column|op-ed|editorial|video|broadcast|podcast|remarks|comments|testimony|"
        r"appearance|conversation|phone\s+call|call|hearing|debate|ad|rally|event|session|"
        r"television\s+interview|radio\s+interview)s?\b"
        r"(?:\s+(?:to|with|on|at|for|from)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*){1,4})?"
        r"|at\s+(?:a|an|the)\s+(?:news|press)\s+conference(?:\s+in\s+[A-Z][\w-]*)?\b"
        r"|(?:to|with)\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|"
        r"investors|analysts|delegates|supporters)\b"
        r"|in\s+(?:[A-Z][\w-]*)\b|while\s+(?:visiting|speaking\s+in)\s+[A-Z][\w-]*"
        r"|,(?=\s)"
        # "said — on Twitter, as it happens — that …": an aside between dashes before "that"
        r"|" + dash_aside(60) + r"(?=\s*that\b)"
    ),
    statement=re.compile(
        r"\bin\s+(?:a|an|its|his|her|their|the)\b.{0,25}?\b(?:statement|report|release|filing)"
    ),
    objects=re.compile(
        # "told ABC’s “Good Morning America”": a possessive and a programme's title
        r"(?:the\s+)?(?:[A-Z0-9][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*(?:'s|’s)\s+[“\"][^”\"\n]{1,60}[”\"]"
        r"|(?:the\s+)?(?:[A-Z0-9][\w'’.&-]*(?:'s|’s)?\s+){0,4}[A-Z][\w'’.&-]*(?:'s|’s)?"
        r"(?:\s+(?:programme|program|show|newspaper|channel|radio|television|TV|agency|website))?"
        r"(?:\s+of\s+[A-Z][\w'’.&-]*)?"  # "told The Star-Ledger of Newark"
        r"|the\s+[a-z]+(?=\s*:)"  # "told the seminar: ..."
        r"|reporters|journalists|the\s+(?:press|media|court|jury|committee|hearing|conference|audience|"
        r"crowd|newspaper|paper|agency|broadcaster|parliament|house|senate|inquiry|tribunal)"
        r"|(?:a|the)\s+(?:news|press)\s+conference|lawmakers|parliament|investors|analysts|"
        r"delegates|supporters|him|her|them|us|me|listeners|viewers|readers|staff|employees|workers"
    ),
    female_markers=_words(
        "Mrs Mrs. Ms Ms. Miss Dame Lady spokeswoman chairwoman congresswoman businesswoman queen princess"
    ),
    male_markers=_words("Mr Mr. Sir Lord spokesman chairman congressman businessman king prince"),
    object_verbs=_words("told tells informed assured"),
)


def _ru_verbs() -> list[str]:
    stems = """заяви сказа сообщи отмети подчеркну добави поясни рассказа завери предупреди призна указа
    написа объяви уточни напомни сообщи подтверди опроверг ответи констатирова""".split()
    out = []
    for stem in stems:
        out += [stem + "л", stem + "ла", stem + "ли", stem + "ло"]
    out += """сообщает сообщают заявляет заявляют говорит говорят считает считают пишет пишут передает
    передаёт отмечает отмечают подчеркивает подчёркивает уверен уверена""".split()
    return out


_RU_MONTHS_DAYS = (
    "Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье В Во На По Как Однако Но И А Он Она Они "
    "Это Так При После До Также Ранее Позже Тем Кроме Вместе Согласно Об О"
)

RUSSIAN = Lexicon(
    code="ru",
    cue=re.compile(
        r"(?<!\w)(?P<cue>"
        + _alternation(_ru_verbs())
        + r"|[Пп]о\s+словам|[Пп]о\s+данным|[Пп]о\s+сведениям|[Пп]о\s+информации|[Пп]о\s+мнению|[Сс]огласно"
        + r")(?!\w)"
    ),
    strong=frozenset(_ru_verbs()),
    report=_words("сообщает сообщают пишет пишут передает передаёт сообщило"),
    according_before=re.compile(
        r"(?<!\w)(?:[Пп]о\s+словам|[Пп]о\s+данным|[Пп]о\s+сведениям|[Пп]о\s+информации|[Пп]о\s+мнению|[Сс]огласно)(?!\w)"
    ),
    according_after=None,
    complementizer=re.compile(r"(?:что|будто)(?!\w)"),
    pronouns={"он": "m", "она": "f", "они": "pl", "оно": "n", "Он": "m", "Она": "f", "Они": "pl"},
    roles=frozenset(),
    role_prefixes=tuple(
        """министр пресс-секретар помощник представител глав председател директор посол посл премьер мэр
        губернатор спикер депутат аналитик эксперт источник заместител руководител советник канцлер
        лидер президент замминистр генсек генеральн официальн сенатор вице-премьер вице-президент
        постпред дипломат экономист политолог командующ прокурор судь адвокат чиновник сотрудник
        министерств ведомств правительств компани режиссер режиссёр продюсер актер актёр актрис
        писател автор тренер врач профессор ректор учены учёны""".split()
    ),
    role_suffix=None,
    role_modifiers=_words("бывший бывшая бывшего первый первая первого главный главная главного"),
    modifier_suffix=re.compile(r"(?:ский|ская|ского|ской|ный|ная|ного|ной|ий|ая|его|ей)$"),
    generic=frozenset(
        """министерство ведомство правительство кремль мид полиция эксперты аналитики источник источники
        компания пресс-служба""".split()
    ),
    determiners=frozenset(),
    connectors=frozenset(),
    honorifics=frozenset(),
    cap_stop=frozenset(_RU_MONTHS_DAYS.split()),
    skip_before=_words("также ранее уже вновь позже впоследствии в свою очередь накануне"),
    modifiers=re.compile(
        r"(?:в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|накануне|сегодня|вчера|"
        r"также|журналистам|репортерам|репортёрам|в\s+интервью(?:\s+[А-ЯЁA-Z][\w-]*){0,3}|"
        r"на\s+брифинге|на\s+пресс-конференции|в\s+заявлении|в\s+беседе\s+с\s+журналистами|"
        r"(?:агентству|газете|телеканалу|изданию)(?:\s+[«\"]?[А-ЯЁA-Z][\w-]*[»\"]?){1,3}|"
        r"ТАСС|РИА\s+Новости|Интерфаксу)(?!\w)|,(?=\s)"
    ),
    statement=re.compile(r"в\s+заявлении"),
    objects=re.compile(r"журналистам|репортерам|репортёрам"),
    female_markers=frozenset(),
    male_markers=frozenset(),
)

_DE_VERBS = """sagte sagt sagten erklärte erklärt erklärten betonte betont betonten meinte meint warnte
warnt bestätigte bestätigt berichtete berichtet berichten versicherte versichert unterstrich
verkündete schrieb schreibt kritisierte kritisiert argumentierte räumte betonten hieß heißt""".split()

GERMAN = Lexicon(
    code="de",
    cue=re.compile(
        r"(?<!\w)(?P<cue>"
        + _alternation([*_DE_VERBS, "so", "laut", "Laut", "zufolge", "nach Angaben", "Nach Angaben"])
        # separable verbs: "teilte (am Montag) mit, ...", "fügte (er) hinzu, dass ..."
        + r"|(?:teilte|teilten|teilt|fügte|fügten|fügt|gab|gaben|gibt)(?:\s+[\w-]+){0,6}?\s+"
        + r"(?:mit|hinzu|bekannt|an)(?=\s*[,:])"
        + r")(?!\w)"
    ),
    strong=frozenset(_DE_VERBS),
    report=_words("berichtete berichtet berichten schrieb schreibt"),
    according_before=re.compile(r"(?<!\w)(?:[Ll]aut|[Nn]ach\s+Angaben)(?!\w)"),
    according_after=re.compile(r"(?<!\w)zufolge(?!\w)"),
    complementizer=re.compile(r"(?:dass|daß)(?!\w)"),
    pronouns={"er": "m", "sie": "fpl", "Er": "m", "Sie": "fpl"},
    roles=_words(
        "Chef Chefin Sprecher Sprecherin Präsident Präsidentin Kanzler Kanzlerin Minister Ministerin"
    ),
    role_prefixes=(),
    role_suffix=re.compile(
        r"(?:minister|ministerin|sprecher|sprecherin|kanzler|kanzlerin|präsident|präsidentin|chef|chefin|"
        r"vorsitzende|vorsitzender|experte|expertin|direktor|direktorin|botschafter|botschafterin|"
        r"bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|leiter|leiterin|berater|beraterin|analyst|"
        r"analystin|ökonom|ökonomin|sekretär|sekretärin|beauftragte|beauftragter|general|senator|"
        r"senatorin|staatssekretär|staatssekretärin|politiker|politikerin|trainer|trainerin|kapitän|"
        r"kapitänin|manager|managerin|ökonomin|forscher|forscherin|professor|professorin)$",
        re.IGNORECASE,
    ),
    role_modifiers=frozenset(),
    modifier_suffix=re.compile(r"(?:e|en|er|es)$"),
    generic=frozenset(
        "regierung ministerium polizei behörde behörden unternehmen konzern experten analysten "
        "sprecher".split()
    ),
    determiners=_words(
        "der die das ein eine des dem den Der Die Das Ein Eine sein seine ihr ihre Sein Seine Ihr Ihre"
    ),
    connectors=_words("von vom des der de"),
    honorifics=_words("Herr Frau Dr. Prof."),
    cap_stop=_words(
        "Der Die Das Am Im In Auf Nach Aber Und Doch Auch Dies Es Er Sie Wir Ich Man Wie Als Wenn Bei Mit "
        "Zudem Außerdem Dabei Damit Dennoch Jedoch Trotzdem Zuvor Später Gestern Heute Montag Dienstag "
        "Mittwoch Donnerstag Freitag Samstag Sonntag Laut Dem Den Ein Eine"
    ),
    skip_before=_words("auch zudem außerdem bereits"),
    modifiers=re.compile(
        r"(?:am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Rande|Abend|Morgen)|"
        r"gestern|heute|zuvor|später|auch|zudem|außerdem|dazu|weiter|"
        r"(?:der|dem)\s+(?:Zeitung|Agentur|Nachrichtenagentur|Sender|Magazin)(?:\s+[\"„»]?[A-ZÄÖÜ][\w-]*[\"“«]?){1,3}|"
        r"gegenüber\s+(?:der|dem|den)?\s*(?:[\"„»]?[A-ZÄÖÜ][\w-]*[\"“«]?\s*){1,3}|"
        r"in\s+(?:Berlin|Brüssel|Wien|München|Paris|Moskau|Washington|einem\s+Interview|einer\s+Erklärung)|"
        r"vor\s+Journalisten|in\s+einer\s+Mitteilung|im\s+Interview)(?!\w)|,(?=\s)"
    ),
    statement=re.compile(r"(?:in\s+einer\s+Erklärung|in\s+einer\s+Mitteilung)"),
    objects=re.compile(r"Journalisten|Reportern"),
    female_markers=_words("Frau Sprecherin Kanzlerin Ministerin Präsidentin"),
    male_markers=_words("Herr"),
)

_FR_PARTICIPLES = """déclaré dit affirmé indiqué expliqué souligné ajouté annoncé assuré estimé précisé
rappelé
averti reconnu confirmé insisté martelé jugé répondu écrit lancé prévenu démenti réagi confié
poursuivi noté observé""".split()
_FR_PRESENT = """déclare dit affirme indique explique souligne ajoute estime précise assure rappelle confie
poursuit martèle note observe insiste reconnaît annonce avertit""".split()
_FR_ADVERBS = r"(?:(?:également|aussi|encore|notamment|ensuite|enfin|déjà|pour\s+sa\s+part)\s+)?"

FRENCH = Lexicon(
    code="fr",
    cue=re.compile(
        r"(?<!\w)(?P<cue>(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles|on)|-(?:ils|elles))?\s+"
        + _FR_ADVERBS
        + r"(?:"
        + _alternation(_FR_PARTICIPLES)
        + r")|(?:"
        + _alternation(_FR_PRESENT)
        + r")(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?"
        + r"|[Ss]elon|[Dd]['’]après)(?!\w)"
    ),
    strong=frozenset(),
    report=_words("rapporte rapporté"),
    according_before=re.compile(r"(?<!\w)(?:[Ss]elon|[Dd]['’]après)(?!\w)"),
    according_after=None,
    complementizer=re.compile(r"(?:que|qu['’])"),
    pronouns={
        "il": "m",
        "elle": "f",
        "ils": "pl",
        "elles": "pl",
        "Il": "m",
        "Elle": "f",
        "Ils": "pl",
        "Elles": "pl",
    },
    roles=_words(
        """ministre président présidente porte-parole premier directeur directrice secrétaire ambassadeur
        ambassadrice maire chef cheffe responsable député députée sénateur sénatrice conseiller conseillère
        analyste économiste patron patronne dirigeant dirigeante chancelier chancelière adjoint adjointe
        général diplomate procureur avocat avocate commissaire gouverneur expert experte conservateur
        conservatrice juge professeur professeure chercheur chercheuse médecin fondateur fondatrice
        préfet préfète représentant représentante délégué déléguée candidat candidate entraîneur"""
    ),
    role_prefixes=(),
    role_suffix=None,
    role_modifiers=_words("ancien ancienne premier première haut haute nouveau nouvelle"),
    modifier_suffix=re.compile(r"(?:ais|aise|ien|ienne|ain|aine|ique|ois|oise|and|ande)$"),
    generic=_words(
        """gouvernement ministère police entreprise société groupe experts analystes élysée mairie
        préfecture municipalité parquet gendarmerie pompiers syndicat enquêteurs sources"""
    ),
    determiners=_words("le la les l' l’ un une Le La Les Un Une L' L’ sa son ses leur Sa Son Ses Leur"),
    connectors=_words("de du des d' d’ la le"),
    honorifics=_words("M. Mme Mlle"),
    cap_stop=_words(
        "Le La Les Un Une Il Elle Ils Elles Mais Et Selon Pour Dans En Au Aux Lundi Mardi Mercredi Jeudi "
        "Vendredi Samedi Dimanche Cette Ce Ces Alors Ainsi Pourtant Toutefois Cependant Après Avant Lors"
    ),
    skip_before=frozenset(),
    modifiers=re.compile(
        r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|également|aussi|"
        r"encore|ensuite|dans\s+un\s+communiqué|dans\s+une\s+interview(?:\s+(?:au|à)\s+[\w\s]{1,25}?)?|"
        r"lors\s+d['’]une\s+conférence\s+de\s+presse|à\s+la\s+presse|aux\s+journalistes|devant\s+la\s+presse|"
        r"(?:au|à\s+l['’]|à\s+la)\s*[A-ZÉ][\w-]*(?:\s+[A-ZÉ][\w-]*){0,2})(?!\w)|,(?=\s)"
    ),
    statement=re.compile(r"dans\s+un\s+communiqué"),
    objects=re.compile(r"aux\s+journalistes|à\s+la\s+presse"),
    female_markers=_words("Mme Mlle présidente ministre-déléguée directrice porte-parole-adjointe"),
    male_markers=_words("M."),
)

_ES_VERBS = """dijo afirmó declaró señaló aseguró explicó indicó añadió agregó advirtió sostuvo manifestó
subrayó destacó apuntó precisó insistió reconoció confirmó anunció informó comentó expresó recalcó
dice afirma asegura explica señala indica sostiene advierte""".split()
_ES_PERFECT = [
    f"{aux} {p}"
    for aux in ("ha", "han", "había")
    for p in "dicho afirmado declarado señalado asegurado explicado indicado añadido advertido".split()
]

SPANISH = Lexicon(
    code="es",
    cue=re.compile(
        r"(?<!\w)(?P<cue>"
        + _alternation(_ES_VERBS + _ES_PERFECT + [v.capitalize() for v in _ES_VERBS + _ES_PERFECT])
        + r"|[Ss]egún|[Dd]e\s+acuerdo\s+con|[Ee]n\s+palabras\s+de)(?!\w)"
    ),
    strong=frozenset(),
    report=_words("informó informa publicó publica"),
    according_before=re.compile(r"(?<!\w)(?:[Ss]egún|[Dd]e\s+acuerdo\s+con|[Ee]n\s+palabras\s+de)(?!\w)"),
    according_after=None,
    complementizer=re.compile(r"que(?!\w)"),
    pronouns={"él": "m", "ella": "f", "ellos": "pl", "ellas": "pl", "Él": "m", "Ella": "f", "Ellos": "pl"},
    roles=_words(
        """ministro ministra presidente presidenta portavoz secretario secretaria director directora
        embajador embajadora alcalde alcaldesa jefe jefa canciller diputado diputada senador senadora
        analista economista vocero vocera consejero consejera asesor asesora responsable líder gobernador
        gobernadora fiscal experto experta dirigente"""
    ),
    role_prefixes=(),
    role_suffix=None,
    role_modifiers=_words("ex primer primera nuevo nueva alto alta"),
    modifier_suffix=re.compile(r"(?:o|a|os|as|és|esa|ense|ano|ana)$"),
    generic=_words(
        """gobierno ministerio policía empresa compañía grupo expertos analistas fuentes ayuntamiento
        fiscalía bomberos sindicato investigadores"""
    ),
    determiners=_words("el la los las un una El La Los Las Un Una su sus Su Sus"),
    connectors=_words("de del la y"),
    honorifics=_words("Sr. Sra. Srta. don doña"),
    cap_stop=_words(
        "El La Los Las Un Una Pero Y Según En Por Para Con Sin Este Esta Estos Ese Esa Lunes Martes "
        "Miércoles Jueves Viernes Sábado Domingo Además Sin Embargo Así Tras Antes Después También"
    ),
    skip_before=_words("también ya además"),
    modifiers=re.compile(
        r"(?:el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ayer|hoy|también|además|"
        r"en\s+un\s+comunicado|en\s+una\s+entrevista(?:\s+con\s+[\w\s]{1,25}?)?|en\s+rueda\s+de\s+prensa|"
        r"a\s+(?:la\s+prensa|los\s+periodistas|los\s+medios)|en\s+(?:[A-ZÁÉ][\w-]*))(?!\w)|,(?=\s)"
    ),
    statement=re.compile(r"en\s+un\s+comunicado"),
    objects=re.compile(r"a\s+(?:la\s+prensa|los\s+periodistas)"),
    female_markers=_words("Sra. Srta. doña ministra presidenta portavoz-adjunta"),
    male_markers=_words("Sr. don"),
)

# Portuguese and Italian (issue #11): a small lexicon each, so that quotations get their speaker
# ("», disse o ministro X", "», ha detto il sindaco X") and "X disse que …" / "X ha detto che …" is
# indirect speech (always with que/che).  Checked on the project's own sentences only.
_PT_VERBS = """disse afirmou declarou explicou acrescentou garantiu sublinhou destacou salientou referiu
indicou adiantou frisou assegurou reconheceu confirmou anunciou alertou defendeu considerou
diz afirma declara explica garante""".split()
_PT_PERFECT = [f"{aux} {p}" for aux in ("tinha", "havia") for p in "dito afirmado declarado".split()]

PORTUGUESE = Lexicon(
    code="pt",
    cue=re.compile(
        r"(?<!\w)(?P<cue>"
        + _alternation(_PT_VERBS + _PT_PERFECT + [v.capitalize() for v in _PT_VERBS + _PT_PERFECT])
        + r"|[Ss]egundo|[Dd]e\s+acordo\s+com)(?!\w)"
    ),
    strong=frozenset(),
    report=_words("noticiou noticia informou informa"),
    according_before=re.compile(r"(?<!\w)(?:[Ss]egundo|[Dd]e\s+acordo\s+com)(?!\w)"),
    according_after=None,
    complementizer=re.compile(r"que(?!\w)"),
    pronouns={"ele": "m", "ela": "f", "eles": "pl", "elas": "pl", "Ele": "m", "Ela": "f", "Eles": "pl"},
    roles=_words(
        """ministro ministra presidente porta-voz secretário secretária diretor diretora embaixador
        embaixadora prefeito prefeita autarca chefe deputado deputada senador senadora analista
        economista conselheiro conselheira assessor assessora responsável líder governador governadora
        procurador procuradora especialista dirigente treinador presidenta comandante"""
    ),
    role_prefixes=(),
    role_suffix=None,
    role_modifiers=_words("ex primeiro primeira novo nova alto alta"),
    modifier_suffix=re.compile(r"(?:o|a|os|as|ês|esa|ense|ano|ana|al)$"),
    generic=_words("governo ministério polícia empresa companhia grupo especialistas analistas fontes"),
    determiners=_words("o a os as um uma O A Os As Um Uma seu sua Seu Sua"),
    connectors=_words("de do da dos das e"),
    honorifics=_words("Sr. Sra. dona dom"),
    cap_stop=_words(
        "O A Os As Um Uma Mas E Segundo Em Por Para Com Sem Este Esta Esse Essa Segunda Terça Quarta "
        "Quinta Sexta Sábado Domingo Além Assim Após Antes Depois Também"
    ),
    skip_before=_words("também já ainda"),
    modifiers=re.compile(
        r"(?:na\s+(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|no\s+(?:sábado|domingo)|ontem|hoje|"
        r"também|em\s+comunicado|em\s+entrevista(?:\s+(?:à|ao)\s+[\w\s]{1,25}?)?|"
        r"(?:aos|à)\s+(?:jornalistas|imprensa))(?!\w)|,(?=\s)"
    ),
    statement=re.compile(r"em\s+comunicado"),
    objects=re.compile(r"(?:aos|à)\s+(?:jornalistas|imprensa)"),
    female_markers=_words("Sra. dona ministra secretária diretora deputada senadora presidenta"),
    male_markers=_words("Sr. dom"),
)

_IT_CUES = [
    f"{aux} {p}"
    for aux in ("ha", "hanno", "aveva")
    for p in "detto dichiarato affermato spiegato aggiunto sottolineato precisato ribadito assicurato "
    "annunciato confermato ammesso avvertito".split()
] + "disse dichiarò affermò spiegò aggiunse sottolineò dice afferma spiega sottolinea".split()

ITALIAN = Lexicon(
    code="it",
    cue=re.compile(
        r"(?<!\w)(?P<cue>"
        + _alternation(_IT_CUES + [v.capitalize() for v in _IT_CUES])
        + r"|[Ss]econdo|[Ss]tando\s+a)(?!\w)"
    ),
    strong=frozenset(),
    report=_words("riporta riferisce"),
    according_before=re.compile(r"(?<!\w)(?:[Ss]econdo|[Ss]tando\s+a)(?!\w)"),
    according_after=None,
    complementizer=re.compile(r"che(?!\w)"),
    pronouns={"lui": "m", "lei": "f", "loro": "pl", "Lui": "m", "Lei": "f", "Loro": "pl"},
    roles=_words(
        """ministro ministra presidente portavoce segretario segretaria direttore direttrice ambasciatore
        sindaco sindaca capo deputato deputata senatore senatrice analista economista consigliere
        responsabile leader governatore procuratore esperto esperta dirigente allenatore assessore
        comandante"""
    ),
    role_prefixes=(),
    role_suffix=None,
    role_modifiers=_words("ex primo prima nuovo nuova alto alta"),
    modifier_suffix=re.compile(r"(?:o|a|i|e|ese|ano|ana|ale)$"),
    generic=_words("governo ministero polizia azienda società gruppo esperti analisti fonti"),
    determiners=_words("il lo la i gli le un uno una Il Lo La I Gli Le Un Uno Una l' l’ L' L’ suo sua"),
    connectors=_words("di del della dei delle e"),
    honorifics=_words("Sig. Sig.ra don"),
    cap_stop=_words(
        "Il Lo La I Gli Le Un Una Ma E Secondo In Per Con Senza Questo Questa Lunedì Martedì Mercoledì "
        "Giovedì Venerdì Sabato Domenica Inoltre Così Dopo Prima Anche"
    ),
    skip_before=_words("anche già inoltre"),
    modifiers=re.compile(
        r"(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)|ieri|oggi|anche|"
        r"in\s+una\s+nota|in\s+un'intervista|ai\s+giornalisti|alla\s+stampa)(?!\w)|,(?=\s)"
    ),
    statement=re.compile(r"in\s+una\s+nota"),
    objects=re.compile(r"(?:ai\s+giornalisti|alla\s+stampa)"),
    female_markers=_words("Sig.ra ministra segretaria direttrice sindaca deputata senatrice"),
    male_markers=_words("Sig. don"),
)

LEXICONS: dict[str, Lexicon] = {
    lex.code: lex for lex in (ENGLISH, RUSSIAN, GERMAN, FRENCH, SPANISH, PORTUGUESE, ITALIAN)
}

# Media outlets: their statements are source reports.
OUTLETS = frozenset(
    """cnn bbc reuters ap afp bloomberg interfax tass xinhua kyodo nbc cbs abc msnbc politico axios dpa efe
    ansa yonhap npr pbs itv c-span kommersant vedomosti izvestia ria""".split()
)
OUTLET_PHRASES = (
    "associated press",
    "agence france-presse",
    "new york times",
    "wall street journal",
    "washington post",
    "financial times",
    "the guardian",
    "the times",
    "al jazeera",
    "sky news",
    "fox news",
    "der spiegel",
    "le monde",
    "le figaro",
    "el país",
    "el mundo",
    "ria novosti",
    "bbc news",
    "the economist",
    "the telegraph",
    "the independent",
)
OUTLET_HEADS = frozenset(
    """news times post journal herald telegraph gazette tribune daily radio tv television newspaper
    agency broadcaster magazine paper chronicle observer guardian standard express mirror mail sun
    economist weekly zeitung allgemeine spiegel""".split()
)
ORG_HEADS = frozenset(
    """ministry department office agency company corporation corp inc ltd plc group bank council commission
    committee authority service government kremlin pentagon parliament party union association federation
    institute foundation university court police army navy organisation organization fund board bureau
    administration embassy airline airlines motors holdings partners capital securities league club fc
    network studios records house palace electric dynamics""".split()
)
