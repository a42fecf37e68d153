"""Language of an article: langdetect, used with care.

``detect_language(title, body)`` returns a :class:`Language` (ISO 639-1 code, or ``"und"``, and a
confidence in 0..1). It never raises and gives the same answer for the same input in any process.

How (measured numbers and reasons in docs/language.md):

1. **A bounded sample.** Title plus the start of the body, at most ``sample_chars`` characters, cut at
   a word boundary; URLs and e-mail addresses removed. A 1 MB article costs what a 2 KB one does.
2. **Script first.** Letters are counted by script. Where the script settles the language (Hangul,
   kana, Greek, Hebrew, Thai, Armenian, Georgian, most Indic scripts …) langdetect is not run at all.
   Where a script is shared by a few languages, distinctive letters decide when they can (Cyrillic
   і ї є ґ → uk, ы э ё → ru; Arabic-script letters of Urdu, Pashto and Persian).
3. **langdetect on a candidate set.** Otherwise langdetect runs over only the languages written in
   that script (Latin, Cyrillic, Arabic, Devanagari, Han): fewer wrong answers and less arithmetic.
   Its probability tables for each candidate set are built once, under a lock, before first use
   (langdetect #65), and each call uses a detector seeded with 0 (langdetect #3).
4. **Function words on long text.** Before langdetect, a text of 50+ letters is checked for distinctive
   function words (one regex pass, a dict lookup per distinct word); a clear majority of one news
   language answers at once. Lists of neighbour languages guard close pairs (sv/da/no, pt/gl, es/ca,
   nl/af, ru/bg): their words are evidence against, and an unclear text goes to langdetect, which then
   reads at most ``LANGDETECT_CHARS`` characters.
5. **A prior for Latin script.** Short texts carry little evidence, so langdetect's own prior map
   favours the languages a news firehose mostly carries. On long text the evidence swamps it.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Any, ClassVar

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

__all__ = ["DEFAULT_SAMPLE_CHARS", "UNDETERMINED", "Language", "detect_language", "load_profiles", "sample"]

UNDETERMINED = "und"
DEFAULT_SAMPLE_CHARS = 2000
SEED = 0


@dataclass(frozen=True, slots=True)
class Language:
    """The language of a text: an ISO 639-1 lowercase code (or ``"und"``) and a confidence in 0..1."""

    code: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "confidence": self.confidence}


UNKNOWN = Language(UNDETERMINED, 0.0)

# --------------------------------------------------------------------------------------------------
# Scripts

# (first code point, script) — a code point belongs to the last range starting at or before it; a
# range whose script is None covers code points of no interest (digits, punctuation, symbols).
_SCRIPT_RANGES: list[tuple[int, str | None]] = [
    (0x0000, None),
    (0x0041, "latin"), (0x005B, None), (0x0061, "latin"), (0x007B, None),
    (0x00C0, "latin"), (0x0250, None),
    (0x0370, "greek"), (0x0400, "cyrillic"), (0x0530, "armenian"), (0x0590, "hebrew"),
    (0x0600, "arabic"), (0x0700, None), (0x0750, "arabic"), (0x0780, None), (0x08A0, "arabic"),
    (0x0900, "devanagari"), (0x0980, "bengali"), (0x0A00, "gurmukhi"), (0x0A80, "gujarati"),
    (0x0B00, "oriya"), (0x0B80, "tamil"), (0x0C00, "telugu"), (0x0C80, "kannada"),
    (0x0D00, "malayalam"), (0x0D80, "sinhala"), (0x0E00, "thai"), (0x0E80, "lao"),
    (0x0F00, "tibetan"), (0x1000, "myanmar"), (0x10A0, "georgian"), (0x1100, "hangul"),
    (0x1200, "ethiopic"), (0x13A0, None), (0x1780, "khmer"), (0x1800, None),
    (0x1C90, "georgian"), (0x1CC0, None),
    (0x1E00, "latin"), (0x1F00, "greek"), (0x2000, None),
    (0x3040, "kana"), (0x3100, None), (0x3130, "hangul"), (0x3190, None), (0x31F0, "kana"),
    (0x3200, None), (0x3400, "han"), (0x4DC0, None), (0x4E00, "han"), (0xA000, None),
    (0xAC00, "hangul"), (0xD7B0, None), (0xF900, "han"), (0xFB00, None), (0xFB1D, "hebrew"),
    (0xFB50, "arabic"), (0xFE00, None), (0xFE70, "arabic"), (0xFF00, None),
    (0xFF21, "latin"), (0xFF3B, None), (0xFF41, "latin"), (0xFF5B, None),
    (0xFF66, "kana"), (0xFFA0, "hangul"), (0xFFE0, None),
    (0x20000, "han"), (0x2FA20, None),
]  # fmt: skip
_RANGE_STARTS = [start for start, _ in _SCRIPT_RANGES]
_RANGE_SCRIPTS = [script for _, script in _SCRIPT_RANGES]

# Scripts written (in news) by one language: no statistics needed.
_SCRIPT_LANGUAGE = {
    "hangul": "ko",
    "kana": "ja",
    "greek": "el",
    "hebrew": "he",
    "thai": "th",
    "armenian": "hy",
    "georgian": "ka",
    "bengali": "bn",
    "gurmukhi": "pa",
    "gujarati": "gu",
    "oriya": "or",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "sinhala": "si",
    "lao": "lo",
    "tibetan": "bo",
    "myanmar": "my",
    "ethiopic": "am",
    "khmer": "km",
}

# Scripts shared by several languages: langdetect decides among the profiles written in them.
_SCRIPT_PROFILES = {
    "latin": (
        "af ca cs cy da de en es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv sw tl tr vi"
    ).split(),
    "cyrillic": ["bg", "mk", "ru", "uk"],
    "arabic": ["ar", "fa", "ur"],
    "devanagari": ["hi", "mr", "ne"],
    "han": ["ja", "zh-cn", "zh-tw"],
}

# A CJK character carries about as much as a short word: count it twice when scripts are compared.
_SCRIPT_WEIGHT = {"han": 2, "kana": 2, "hangul": 2}

# Distinctive letters (lowercase; counted on the lowercased sample).
_UKRAINIAN = frozenset("іїєґ")
_RUSSIAN = frozenset("ыэё")  # not in Ukrainian, Bulgarian or Macedonian
_BELARUSIAN = frozenset("ў")
_SERBIAN = frozenset("ђћ")
_MACEDONIAN = frozenset("ѓќѕ")
_URDU = frozenset("ٹڈڑںےۓھ")
_PASHTO = frozenset("ټځڅډړږښګڼېۍ")
_PERSIAN = frozenset("پچژگکی")  # also used by Urdu and Pashto

# The languages the firehose carries (the list). On a short text (a headline of two or three
# words) langdetect's character n-grams cannot tell related languages apart, and its prior map is
# swamped by its own resampling of the few n-grams there are, so a short text is only matched against
# these. A longer text is matched against every profile of its script.
NEWS_LANGUAGES = frozenset("ar de en es fr it ja ko nl pl pt ru sv tr uk zh".split())
SHORT_TEXT_LETTERS = 50
#: Fewer letters than this in a script many languages share (Latin, Cyrillic, Arabic) give ``und``.
MIN_LETTERS = 3

# --------------------------------------------------------------------------------------------------
# Function words: a shortcut for article-length text

# Very frequent function words per language, written from knowledge of each language (not fitted to
# any test text). A word listed for two languages says nothing, so only words listed for exactly one
# language are counted (see _FUNCTION_WORD); that is why a word shared with a neighbour (nl "is", da
# "for", pl "to" …) is listed for both, and why neighbours that are not news languages (af da no ca gl
# ro cs sk sl hr bg mk fa ur id) have lists too: their words only guard (a text whose best evidence is
# Danish goes to langdetect, which knows Danish).
_FUNCTION_WORDS = {
    "en": "the and of to in is that was for on with as by at from he it his has have had be are were "
    "been this which but not said they their will would an or who its after also more than about over "
    "into we she her there when could been one all new up out can if no so what",
    "de": "ja der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
    "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war "
    "haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom schon wenn "
    "habe seine ihre dann unter wir soll ich diese dieser wieder keine worden will zwischen was",
    "fr": "si je le la les et des est une un du en dans que qui pour pas sur au par plus il elle ne se ce "
    "sont a été avec aux son sa ses mais ont leur cette ou on nous vous ils tout comme était "
    "entre après aussi lors dont selon or avait fait être",
    "es": "según tras aunque hay sido otros otras donde eso esto unos unas si mi el la los las y de "
    "que en un una del se por con para no es su sus lo al más pero como "
    "fue ha han este esta también ya entre sobre sin hasta desde muy porque cuando ser está son "
    "era había años dijo le les o",
    "pt": "sido ainda foram isso às num numa seus suas pelos pelas após onde será esta o a os as e "
    "de que em um uma do da dos das no na nos nas para com não por se é ao seu sua "
    "mais mas como foi ser são pelo pela também já entre sobre sem até desde muito porque quando "
    "está ele ela disse anos há",
    "it": "nei negli agli sulla sul ci però ancora dove ogni fino senza contro mi il lo la i gli le "
    "e di che in un una del della dei delle per con non è si da al alla "
    "nel nella sono ha anche più ma come dal dalla tra fra suo sua loro questo questa essere "
    "stato stata perché quando già ad ed degli sui dopo",
    "nl": "wie de het een en van in is dat op te die voor met zijn niet aan er om ook als bij of uit "
    "door maar naar over dan wordt werd was had nog tot hij zij we ze wel deze geen worden heeft "
    "hebben zou kan meer al dit tegen onder",
    "sv": "man och att det som en på är av för med till den har de inte om ett var men från vid sig kan "
    "efter också när under hade mot sina eller han hon vi ska skulle detta än nu så år blev",
    "pl": "ma ja i w na z że się do nie to jest o od po jak a ale przez dla co za jego tym tego które który "
    "która już być był była było są może także oraz jednak przy roku ich ze we czy też tylko",
    "tr": "ve bir bu da de için ile olarak daha çok gibi en olan ama ancak kadar sonra her değil "
    "olduğunu ise yıl şu ki mi o veya göre tarafından ayrıca yeni büyük iki",
    "ru": "у и в не на что с по как это он к из за от его но а о для то же она так все был была было "
    "были уже или бы также при только может их году после есть до который которые этом мы",
    "uk": "і в не на що з по як це він до із за від його але а о для то же вона так все був була "
    "було були вже або б також при тільки може їх році після є який які цьому ми та у",
    "ar": "في من على إلى أن عن مع هذا هذه التي الذي التي كان كانت لم لا ما قد و أو بين بعد عند "
    "حتى كل ذلك وقال وفي ومن قال أنه إن",
    # Neighbours: guards only.
    "af": "die en van in is dat op te vir met nie het sy hy was word aan om ook as by of uit deur "
    "maar na oor dan nog tot hulle ons jy 'n sal kan meer al dit teen onder",
    "da": "man og at det som en på er af for med til den har de ikke om et var men fra ved sig kan "
    "efter også når under havde mod sine eller han hun vi skal skulle dette end nu så år blev her",
    "no": "man og å det som en på er av for med til den har de ikke om et var men fra ved seg kan "
    "etter også når under hadde mot sine eller han hun vi skal skulle dette enn nå så år ble her",
    "ca": "el la els les i de que en un una del es per amb no va al als més però com ha han "
    "aquest aquesta també ja entre sobre sense fins des molt perquè quan ser està són era pel "
    "seu seva o",
    "gl": "aínda foron iso ás nun nunha seus súas polos polas despois onde será o a os as e de que "
    "en un unha do da dos das no na nos nas para con non por se é ao seu "
    "súa máis pero como foi ser son polo pola tamén xa entre sobre sen ata desde moi porque cando "
    "está el ela dixo anos",
    "ro": "si și în de la cu pe din că nu un o este care a fost pentru mai ca sau se au al ale lui "
    "prin după dar sunt fi acest această",
    "cs": "co ja a v na se že je to s z do o k ve by jako pro ale jsou jeho které který která byl byla "
    "bylo také po od za jak při už jen nebo však",
    "sk": "a v na sa že je to s z do o k vo by ako pre ale sú jeho ktoré ktorý ktorá bol bola "
    "bolo aj po od za ako pri už len alebo však",
    "sl": "in v na se da je to s z do o k bi kot za ki so bil bila bilo tudi po od ali pa še",
    "hr": "i u na se da je to s z do o k bi kao za koji koja koje su bio bila bilo također po od ili ali još",
    "bg": "та ми и в не на че с по как това той към от за от неговия но а о за да се е са ще беше "
    "също при само може тях след има който които",
    "mk": "и во не на дека со по како ова тој кон од за неговиот но а за да се е се ќе беше "
    "исто при само може нив по има кој кои",
    "fa": "من ما در از به که این را با است و آن برای یک تا می شد شده بود هم کرد",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh",
    "ur": "میں کے کی کا اور سے کو نے ہے پر کہ یہ ایک تھا تھی ہیں",
}

_FUNCTION_WORD: dict[str, str] = {}  # word -> the one language that lists it


def _index_function_words() -> None:
    owners: dict[str, set[str]] = {}
    for lang, words in _FUNCTION_WORDS.items():
        for word in words.split():
            owners.setdefault(word, set()).add(lang)
    _FUNCTION_WORD.update({word: langs.pop() for word, langs in owners.items() if len(langs) == 1})


_index_function_words()

# The shortcut answers only when the evidence is plain: at least FUNCTION_WORD_MIN_HITS distinctive
# function words of one news language, FUNCTION_WORD_MIN_RATIO times as many as of any other listed
# language, and a share of the text's words that a text in that language has (a text in an unlisted
# language collects only a few stray hits). Otherwise langdetect decides.
FUNCTION_WORD_MIN_HITS = 8
FUNCTION_WORD_MIN_RATIO = 3.0
FUNCTION_WORD_MIN_SHARE = 0.04
# When langdetect has to decide on a long text, it reads only this much of the sample: its cost grows
# with the text, and a few hundred characters of prose settle the language (docs/language.md).
LANGDETECT_CHARS = 600
_WORD = re.compile(r"[^\W\d_]+")
#: Latin-1 characters that _WORD matches kept, every other one a space (built by asking _WORD itself).
_LATIN1_WORDS = bytes(i if _WORD.fullmatch(chr(i)) else 0x20 for i in range(256))


#: A word character (so also a letter) beyond Latin-1.
_WORD_BEYOND_LATIN1 = re.compile(r"[^\W\d_\x00-\xff]")


def _latin1(text: str) -> bytes | None:
    """``text`` in Latin-1 when all its letters and word characters are (quotes and dashes such as
    „ “ — beyond it become "?", a non-letter too), else None."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    if _WORD_BEYOND_LATIN1.search(text):
        return None
    return text.encode("latin-1", "replace")


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``; for text within Latin-1 (most Western European news) by a byte
    translate and a split, 2-3x faster: the runs of word characters are the same."""
    data = _latin1(text)
    if data is None:
        return _WORD.findall(text)
    return data.translate(_LATIN1_WORDS).decode("latin-1").split()


def _function_words(lowered: str) -> Language | None:
    """The language of a long text by its distinctive function words, or None when they do not settle it."""
    words = _words(lowered)
    # languages counted in C; a language enters in the order of its first word, as a loop would do it
    hits: Counter[str | None] = Counter(map(_FUNCTION_WORD.get, words))
    del hits[None]
    if not hits:
        return None
    (best, n), *rest = hits.most_common(2)
    runner_up = rest[0][1] if rest else 0
    if (
        best not in NEWS_LANGUAGES
        or n < FUNCTION_WORD_MIN_HITS
        or n < FUNCTION_WORD_MIN_RATIO * runner_up
        or n < FUNCTION_WORD_MIN_SHARE * len(words)
    ):
        return None
    return Language(best, round(n / (n + runner_up + 0.5), 4))


# Characters of Japanese (shinjitai and kokuji) used neither in simplified nor in traditional Chinese.
_JAPANESE_HAN = frozenset(
    "総気挙価険駅売読図広変戦単県関済経権円発労働鉄対応団転処込歳楽薬実検験続歴弾浜沢亜悪圧囲営塩黒"
    "帰拡覚観様児従焼縄乗専銭捜庁闘畑峠枠栃匂辻払"
)


def _script_of(code_point: int) -> str | None:
    return _RANGE_SCRIPTS[bisect_right(_RANGE_STARTS, code_point) - 1]


#: The Latin-1 bytes that are not a letter of the Latin script (ª and µ are letters of no script here).
_LATIN1_NOT_LATIN_LETTER = bytes(i for i in range(256) if not (chr(i).isalpha() and _script_of(i) == "latin"))


# --------------------------------------------------------------------------------------------------
# The sample

_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[-_.0-9A-Za-z]{1,64}@[-_.0-9A-Za-z]{1,255}")
_WORD_BOUNDARY_LOOKBACK = 200  # look this far back for a space; scripts without spaces are cut anywhere


def _head(text: str, limit: int) -> str:
    """At most ``limit`` characters from the start of ``text``, cut at the last space if there is one."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    if not text[limit].isspace():
        cut = max(
            head.rfind(" ", limit - _WORD_BOUNDARY_LOOKBACK),
            head.rfind("\n", limit - _WORD_BOUNDARY_LOOKBACK),
        )
        if cut > 0:
            head = head[:cut]
    return head


def sample(title: str | None, body: str, sample_chars: int = DEFAULT_SAMPLE_CHARS) -> str:
    """The text language detection looks at: title and body, at most ``sample_chars`` characters."""
    title = title.strip() if isinstance(title, str) else ""
    body = body if isinstance(body, str) else ""
    limit = max(int(sample_chars), 1)
    if title:
        title = _head(title, limit)
        rest = limit - len(title) - 2
        text = title + "\n\n" + _head(body, rest) if rest > 0 else title
    else:
        text = _head(body, limit)
    if "@" not in text and "://" not in text and "www." not in text:
        return text  # nothing _URL_OR_EMAIL could match (a third of the stage's time on prose)
    return _URL_OR_EMAIL.sub(" ", text)


# --------------------------------------------------------------------------------------------------
# langdetect, loaded once


class _Detector(Detector):  # type: ignore[misc]  # langdetect ships no types
    """langdetect's Detector with two hot loops written for speed; same arithmetic, same answers."""

    _normalized: ClassVar[
        dict[str, str]
    ] = {}  # NGram.normalize is a pure function of one character: cache it
    _normalized_max = 65536

    def _extract_ngrams(self) -> list[str]:
        known = self.word_lang_prob_map
        normalized = self._normalized
        result: list[str] = []
        grams = " "
        capital_word = False
        for ch in self.text:
            norm = normalized.get(ch)
            if norm is None:
                norm = NGram.normalize(ch)
                if len(normalized) < self._normalized_max:
                    normalized[ch] = norm
            last = grams[-1]
            if last == " ":
                grams = " "
                capital_word = False
                if norm == " ":
                    continue
            elif len(grams) >= 3:
                grams = grams[1:]
            grams += norm
            if norm.isupper():
                if last.isupper():
                    capital_word = True
            else:
                capital_word = False
            if capital_word:
                continue
            if norm != " " and norm in known:
                result.append(norm)
            if len(grams) >= 2:
                w = grams[-2:]
                if w in known:
                    result.append(w)
                if len(grams) == 3 and grams in known:
                    result.append(grams)
        return result

    def _update_lang_prob(self, prob: list[float], word: str, alpha: float) -> bool:
        lang_prob_map = self.word_lang_prob_map.get(word)
        if lang_prob_map is None:
            return False
        weight = alpha / self.BASE_FREQ
        prob[:] = [p * (weight + q) for p, q in zip(prob, lang_prob_map, strict=True)]
        return True


class _Profiles:
    """langdetect's profiles: one reduced factory per script.

    Only the reduced tables are kept (the full one is dropped once they are built), and their rows are
    tuples of floats: the garbage collector untracks those, so the ~40,000 rows add nothing to the
    cost of a full collection in a worker whose heap keeps growing (lists would all be traversed).
    """

    def __init__(self) -> None:
        full = DetectorFactory()
        full.load_profile(PROFILES_DIRECTORY)
        full.set_seed(SEED)
        self.by_script = {script: self._subset(full, langs) for script, langs in _SCRIPT_PROFILES.items()}

    @staticmethod
    def _subset(full: DetectorFactory, langs: list[str]) -> DetectorFactory:
        columns = [full.langlist.index(lang) for lang in langs]
        factory = DetectorFactory()
        factory.langlist = list(langs)
        factory.set_seed(SEED)
        for gram, probs in full.word_lang_prob_map.items():
            row = tuple([probs[i] for i in columns])
            if any(row):
                factory.word_lang_prob_map[gram] = row
        return factory

    def detect(self, text: str, script: str, candidates: frozenset[str] | None = None) -> Language:
        """langdetect over the profiles of ``script`` (only ``candidates`` among them, if given)."""
        factory = self.by_script[script]
        text = _head(text, LANGDETECT_CHARS)
        detector = _Detector(factory)
        detector.set_max_text_length(len(text) + 1)
        if candidates and any(lang in candidates for lang in factory.langlist):
            # A prior of 0 is final: langdetect multiplies it, so these are the only possible answers.
            detector.set_prior_map({lang: 1.0 for lang in factory.langlist if lang in candidates})
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:
            return UNKNOWN
        if not ranked:
            return UNKNOWN
        return Language(_iso639_1(ranked[0].lang), round(min(max(ranked[0].prob, 0.0), 1.0), 4))


_profiles: _Profiles | None = None
_profiles_lock = threading.Lock()


def load_profiles() -> None:
    """Load langdetect's profiles now (the first detection does it anyway). Safe from any thread."""
    _get_profiles()


def _get_profiles() -> _Profiles:
    global _profiles
    profiles = _profiles
    if profiles is None:
        with _profiles_lock:
            if _profiles is None:
                _profiles = _Profiles()
            profiles = _profiles
    return profiles


def _iso639_1(code: str) -> str:
    return code.split("-", 1)[0].lower()


# --------------------------------------------------------------------------------------------------
# Detection


def detect_language(title: str | None, body: str, sample_chars: int = DEFAULT_SAMPLE_CHARS) -> Language:
    """The language of an article from a bounded sample of its title and body. Never raises."""
    try:
        return _detect(sample(title, body, sample_chars))
    except Exception:  # a language stage must not kill an agent: an odd input is just undetermined
        return UNKNOWN


def _detect(text: str) -> Language:
    lowered = text.lower()
    letters: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    data = _latin1(lowered)
    if data is not None:  # within Latin-1 the only script is Latin: count its letters with a byte table
        latin = len(data.translate(None, _LATIN1_NOT_LATIN_LETTER))
        if latin:
            scripts["latin"] = latin
    else:
        letters = Counter({ch: n for ch, n in Counter(lowered).items() if ch.isalpha()})
        for ch, count in letters.items():
            script = _script_of(ord(ch))
            if script is not None:
                scripts[script] += count
    if not scripts:
        return UNKNOWN
    total = sum(scripts.values())

    # Han and kana are one writing system (Japanese mixes them): compare them, together, with the rest.
    cjk = scripts.get("han", 0) + scripts.get("kana", 0)
    weighted = {s: n * _SCRIPT_WEIGHT.get(s, 1) for s, n in scripts.items() if s not in ("han", "kana")}
    if cjk:
        weighted["han"] = cjk * _SCRIPT_WEIGHT["han"]
    script = max(weighted, key=lambda s: (weighted[s], s))
    share = round((cjk if script == "han" else scripts[script]) / total, 4)
    short = total < SHORT_TEXT_LETTERS

    if script == "han":
        return _han(letters, scripts, share)
    if script in _SCRIPT_LANGUAGE:
        return Language(_SCRIPT_LANGUAGE[script], share)
    if total < MIN_LETTERS:  # "x", "ok": a script shared by many languages needs more to tell them apart
        return UNKNOWN
    if script == "cyrillic":
        return _cyrillic(text, lowered, letters, share, short)
    if script == "arabic":
        return _arabic(text, lowered, letters, share, short)
    if script == "latin" and not short:
        found = _function_words(lowered)
        if found is not None:
            return found
    return _get_profiles().detect(text, script, NEWS_LANGUAGES if short else None)


def _count(letters: Counter[str], marks: frozenset[str]) -> int:
    return sum(letters.get(ch, 0) for ch in marks)


def _han(letters: Counter[str], scripts: Counter[str], share: float) -> Language:
    """Kana make it Japanese; so do Japanese-only character forms (总 is 総 in Japan); else Chinese."""
    kana, han = scripts.get("kana", 0), scripts.get("han", 0)
    if kana >= 0.05 * (kana + han) or _count(letters, _JAPANESE_HAN) >= max(1, 0.02 * han):
        return Language("ja", share)
    return Language("zh", share)


def _cyrillic(text: str, lowered: str, letters: Counter[str], share: float, short: bool) -> Language:
    if _count(letters, _BELARUSIAN):
        return Language("be", share)
    if _count(letters, _SERBIAN):
        return Language("sr", share)
    if _count(letters, _MACEDONIAN):
        return Language("mk", share)
    ukrainian, russian = _count(letters, _UKRAINIAN), _count(letters, _RUSSIAN)
    if ukrainian and not russian:
        return Language("uk", share)
    if russian and not ukrainian:
        return Language("ru", share)
    if not short:
        found = _function_words(lowered)
        if found is not None:
            return found
    both = frozenset({"ru", "uk"})
    return _get_profiles().detect(text, "cyrillic", both if ukrainian or short else None)


def _arabic(text: str, lowered: str, letters: Counter[str], share: float, short: bool) -> Language:
    if _count(letters, _URDU):
        return Language("ur", share)
    if _count(letters, _PASHTO):
        return Language("ps", share)
    if _count(letters, _PERSIAN):
        return Language("fa", share)
    if not short:
        found = _function_words(lowered)
        if found is not None:
            return found
    return _get_profiles().detect(text, "arabic")
