"""A synthetic firehose for the throughput benchmarks: ~2 KB articles, several languages, cross-posts.

Nothing here is real news: bodies are built from per-language word lists and sentence templates (with
quotes and reported speech, so claims extraction has work), reproducibly from a seed. About a quarter
of the articles are cross-posted copies of an earlier one: rewrapped (new headline, dateline,
boilerplate), trimmed from the bottom, or with a local paragraph added.

``--bodies PATH`` (a JSONL of {title, body}, e.g. ../shared/data/bbc-news-2005.jsonl) takes English
bodies from a real corpus instead; its text is only read at run time, never stored.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import orjson

#: Share of articles per language (a news firehose is English-heavy).
LANGUAGE_SHARES = {
    "en": 0.45,
    "de": 0.1,
    "fr": 0.1,
    "es": 0.1,
    "ru": 0.08,
    "it": 0.05,
    "pt": 0.04,
    "zh": 0.04,
    "ja": 0.04,
}
COPY_SHARE = 0.25
TARGET_BYTES = 1700

_LATIN = {
    "en": (
        "the council harbour ferry mayor river storm budget school hospital bridge railway minister "
        "election farmers market village museum festival police court winter tunnel airport station "
        "teachers nurses workers union strike agreement report inquiry plan vote funding repairs flood "
        "harvest prices energy grid coast fishing fleet cargo season league crowd library theatre "
        "and of in to for with on after before new old local national regional public",
        ["said", "told reporters", "added", "warned", "announced"],
        [
            "{w} {v} the {w} {w} on Monday, and the {w} {w} was {v} by the {w}.",
            "Officials {v} that the {w} {w} would {v} the {w} before the {w}.",
            "The {w} of the {w} {v} a {w} {w} for the {w} {w}.",
        ],
        ["approved", "rejected", "delayed", "opened", "closed", "expanded", "reviewed", "funded"],
        [
            '"The {w} {w} will not {v} the {w}," {s} {c}.',
            "{s} {c} that the {w} had {v} the {w} {w}.",
            "According to {s}, the {w} {w} was {v} last week.",
        ],
    ),
    "de": (
        "der die das und Stadt Hafen Fähre Bürgermeister Fluss Sturm Haushalt Schule Krankenhaus Brücke "
        "Bahn Minister Wahl Bauern Markt Dorf Museum Polizei Gericht Winter Flughafen Bahnhof Lehrer "
        "Arbeiter Gewerkschaft Streik Vertrag Bericht Plan Abstimmung Geld Hochwasser Ernte Preise "
        "Energie Küste Fischerei Saison Bibliothek Theater mit für nach vor neue alte",
        ["sagte", "erklärte", "betonte", "warnte"],
        [
            "Die {w} hat am Montag den {w} {v}, und der {w} wurde von der {w} {v}.",
            "Nach Angaben der {w} soll der {w} vor dem {w} {v} werden.",
            "Der {w} der {w} hat einen neuen {w} für die {w} {v}.",
        ],
        ["genehmigt", "abgelehnt", "verschoben", "eröffnet", "geschlossen", "geprüft", "finanziert"],
        [
            "„Der {w} wird die {w} nicht {v}“, {c} {s}.",
            "{s} {c}, dass der {w} die {w} {v} habe.",
            "Laut {s} wurde der {w} in der vergangenen Woche {v}.",
        ],
    ),
    "fr": (
        "le la les et ville port ferry maire fleuve tempête budget école hôpital pont chemin ministre "
        "élection agriculteurs marché village musée police tribunal hiver aéroport gare enseignants "
        "travailleurs syndicat grève accord rapport enquête plan vote financement inondation récolte "
        "prix énergie côte pêche saison bibliothèque théâtre avec pour après avant nouveau ancien",
        ["a déclaré", "a affirmé", "a souligné", "a averti"],
        [
            "La {w} a {v} le {w} lundi, et le {w} a été {v} par la {w}.",
            "Selon la {w}, le {w} devrait être {v} avant la {w}.",
            "Le {w} de la {w} a {v} un nouveau {w} pour les {w}.",
        ],
        ["approuvé", "rejeté", "reporté", "ouvert", "fermé", "examiné", "financé"],
        [
            "« Le {w} ne va pas {v} la {w} », {c} {s}.",
            "{s} {c} que le {w} avait {v} la {w}.",
            "Selon {s}, le {w} a été {v} la semaine dernière.",
        ],
    ),
    "es": (
        "el la los las y ciudad puerto ferry alcalde río tormenta presupuesto escuela hospital puente "
        "ferrocarril ministro elección agricultores mercado pueblo museo policía tribunal invierno "
        "aeropuerto estación maestros trabajadores sindicato huelga acuerdo informe plan votación "
        "inundación cosecha precios energía costa pesca temporada biblioteca teatro con para después",
        ["dijo", "afirmó", "señaló", "advirtió"],
        [
            "La {w} ha {v} el {w} el lunes, y el {w} fue {v} por la {w}.",
            "Según la {w}, el {w} será {v} antes de la {w}.",
            "El {w} de la {w} ha {v} un nuevo {w} para los {w}.",
        ],
        ["aprobado", "rechazado", "aplazado", "abierto", "cerrado", "revisado", "financiado"],
        [
            "«El {w} no va a {v} la {w}», {c} {s}.",
            "{s} {c} que el {w} había {v} la {w}.",
            "Según {s}, el {w} fue {v} la semana pasada.",
        ],
    ),
    "it": (
        "il la le e città porto traghetto sindaco fiume tempesta bilancio scuola ospedale ponte ferrovia "
        "ministro elezioni agricoltori mercato paese museo polizia tribunale inverno aeroporto stazione "
        "insegnanti lavoratori sindacato sciopero accordo rapporto piano voto alluvione raccolto prezzi "
        "energia costa pesca stagione biblioteca teatro con per dopo prima nuovo vecchio",
        ["ha detto", "ha dichiarato", "ha sottolineato"],
        [
            "La {w} ha {v} il {w} lunedì, e il {w} è stato {v} dalla {w}.",
            "Secondo la {w}, il {w} sarà {v} prima della {w}.",
            "Il {w} della {w} ha {v} un nuovo {w} per gli {w}.",
        ],
        ["approvato", "respinto", "rinviato", "aperto", "chiuso", "esaminato", "finanziato"],
        ["«Il {w} non potrà {v} la {w}», {c} {s}.", "Secondo {s}, il {w} è stato {v} la settimana scorsa."],
    ),
    "pt": (
        "o a os as e cidade porto balsa prefeito rio tempestade orçamento escola hospital ponte ferrovia "
        "ministro eleição agricultores mercado aldeia museu polícia tribunal inverno aeroporto estação "
        "professores trabalhadores sindicato greve acordo relatório plano votação enchente colheita "
        "preços energia costa pesca temporada biblioteca teatro com para depois antes novo antigo",
        ["disse", "afirmou", "declarou"],
        [
            "A {w} tem {v} o {w} na segunda-feira, e o {w} foi {v} pela {w}.",
            "Segundo a {w}, o {w} será {v} antes da {w}.",
            "O {w} da {w} tem {v} um novo {w} para os {w}.",
        ],
        ["aprovado", "rejeitado", "adiado", "aberto", "fechado", "revisto", "financiado"],
        ["«O {w} não vai {v} a {w}», {c} {s}.", "Segundo {s}, o {w} foi {v} na semana passada."],
    ),
}
_RU = (
    "город порт паром мэр река буря бюджет школа больница мост железная дорога министр выборы фермеры "
    "рынок деревня музей полиция суд зима аэропорт вокзал учителя рабочие профсоюз забастовка "
    "соглашение доклад план голосование наводнение урожай цены энергия побережье рыболовство сезон",
    ["заявил", "сообщил", "отметил"],
    [
        "В понедельник {w} {v} {w}, а {w} был {v} {w}.",
        "По данным {w}, {w} будет {v} до {w}.",
        "{w} {w} {v} новый {w} для {w}.",
    ],
    ["одобрил", "отклонил", "отложил", "открыл", "закрыл", "рассмотрел"],
    ["«{w} не сможет {v} {w}», — {c} {s}.", "По словам {s}, {w} был {v} на прошлой неделе."],
)
_CJK = {
    "zh": "市政府 港口 渡轮 市长 河流 风暴 预算 学校 医院 桥梁 铁路 部长 选举 农民 市场 村庄 "
    "博物馆 警方 法院 冬季 机场 "
    "车站 教师 工人 工会 罢工 协议 报告 调查 计划 投票 资金 洪水 收成 价格 能源 海岸 渔业 赛季 图书馆 剧院",
    "ja": "市役所 港 フェリー 市長 川 嵐 予算 学校 病院 橋 鉄道 大臣 選挙 農家 市場 村 "
    "博物館 警察 裁判所 冬 空港 駅 "
    "教師 労働者 組合 ストライキ 合意 報告書 調査 計画 投票 資金 洪水 収穫 価格 エネルギー 海岸 漁業",
}
_CJK_SENTENCES = {
    "zh": [
        "{w}周一表示，{w}和{w}的{w}将在{w}之前完成。",
        "据{w}报道，{w}已经批准了{w}的{w}计划。",
        "{s}说：“{w}不会影响{w}。”",
    ],
    "ja": [
        "{w}は月曜日、{w}と{w}の{w}について発表した。",
        "{w}によると、{w}は{w}の前に完了する予定だという。",
        "{s}は「{w}は{w}に影響しない」と述べた。",
    ],
}
_NAMES = {
    "en": ["Marta Lindqvist", "John Okafor", "Sarah Chen", "David Miller", "Priya Patel"],
    "de": ["Anna Schmidt", "Thomas Weber", "Jürgen Becker"],
    "fr": ["Claire Dubois", "Pierre Martin", "Sophie Laurent"],
    "es": ["María García", "José Fernández", "Lucía Romero"],
    "it": ["Giulia Rossi", "Marco Bianchi"],
    "pt": ["Ana Souza", "João Silva"],
    "ru": ["Иван Петров", "Анна Смирнова"],
    "zh": ["王明", "李华"],
    "ja": ["田中", "佐藤"],
}
_ROLES = {
    "en": "the council spokesperson",
    "de": "der Sprecher",
    "fr": "le porte-parole",
    "es": "el portavoz",
}
_DATELINES = [
    "LONDON (Wire) — ",
    "PARIS, March 3 (Newsdesk) - ",
    "BERLIN — ",
    "(AP) ",
    "MADRID, 4 mar (Agencia) - ",
]
_BOILERPLATE = [
    "\n\nNo comments : Post a Comment",
    "\n\nCopyright the wire service. All rights reserved.",
    "\n\nSubscribe to our newsletter for more local news.",
]
SOURCES = ["Testwire", "Daily Harbour", "Valley Times", "Metro Post", "Coast Courier", "Evening Star"]


def _sentence(rng: random.Random, language: str) -> str:
    if language in _CJK:
        words = _CJK[language].split()
        text = rng.choice(_CJK_SENTENCES[language]).replace("{s}", rng.choice(_NAMES[language]))
        while "{w}" in text:
            text = text.replace("{w}", rng.choice(words), 1)
        return text
    vocab, cues, templates, verbs, quotes = _RU if language == "ru" else _LATIN[language]
    words = vocab.split()
    quoted = rng.random() < 0.3
    template = rng.choice(quotes if quoted else templates)
    speaker = rng.choice(_NAMES[language])
    if quoted and language in _ROLES and rng.random() < 0.4:
        speaker = f"{speaker}, {_ROLES[language]},"
    out = template.replace("{s}", speaker).replace("{c}", rng.choice(cues))
    parts = out.split("{")
    text = parts[0]
    for part in parts[1:]:
        slot, rest = part.split("}", 1)
        text += (rng.choice(words) if slot == "w" else rng.choice(verbs)) + rest
    return text[0].upper() + text[1:] if text[0].islower() else text


def _body(rng: random.Random, language: str, target: int) -> str:
    paragraphs, size = [], 0
    scale = 3 if language in _CJK else 1  # CJK characters are three UTF-8 bytes each
    while size * scale < target:
        paragraph = " ".join(_sentence(rng, language) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def _copy(rng: random.Random, original: dict, number: int) -> dict:
    body = original["body"]
    kind = rng.choices(["rewrapped", "trimmed", "added"], weights=[0.5, 0.3, 0.2])[0]
    paragraphs = body.split("\n\n")
    if kind == "trimmed" and len(paragraphs) > 2:
        body = "\n\n".join(paragraphs[: max(1, len(paragraphs) * rng.choice((1, 2, 3)) // 4)])
    elif kind == "added":
        body = body + "\n\n" + _body(rng, original["language_hint"], 300)
    if original["language_hint"] not in _CJK:
        body = rng.choice(_DATELINES) + body
    body += rng.choice(_BOILERPLATE)
    return {
        "id": f"bench-{number:07d}",
        "source": rng.choice(SOURCES),
        "url": f"https://example.invalid/{number}",
        "title": f"{original['title']} ({kind})",
        "body": body,
        **({"published_at": original["published_at"]} if "published_at" in original else {}),
        "language_hint": original["language_hint"],
        "copy_of": original["id"],
    }


def _published(number: int) -> str:
    """Event time advances 10 s per article: 20,000 articles span 55 h, inside the 72 h dedup window."""
    seconds = number * 10
    day, rest = divmod(seconds, 86400)
    return f"2026-03-{1 + day % 28:02d}T{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}Z"


def _real_bodies(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with path.open("rb") as lines:
        for line in lines:
            document = orjson.loads(line)
            if isinstance(document.get("body"), str) and document["body"].strip():
                pairs.append((document.get("title") or "", document["body"]))
    return pairs


def articles(count: int, *, seed: int = 5, bodies: Path | None = None, start: int = 0) -> Iterator[dict]:
    """``count`` article dicts (with ``language_hint`` and, on copies, ``copy_of``), reproducible."""
    rng = random.Random(seed)
    real = _real_bodies(bodies) if bodies else []
    languages, weights = zip(*LANGUAGE_SHARES.items(), strict=True)
    recent: list[dict] = []
    for number in range(start, start + count):
        if recent and rng.random() < COPY_SHARE:
            article = _copy(rng, rng.choice(recent), number)
        else:
            language = rng.choices(languages, weights)[0]
            if real and language == "en":
                title, body = real[number % len(real)]
            else:
                title = _sentence(rng, language)[:80]
                body = _body(rng, language, TARGET_BYTES)
            article = {
                "id": f"bench-{number:07d}",
                "source": rng.choice(SOURCES),
                "url": f"https://example.invalid/{number}",
                "title": title,
                "body": body,
                "published_at": _published(number),
                "language_hint": language,
            }
            recent.append(article)
            if len(recent) > 500:
                recent.pop(0)
        yield article


def encoded(count: int, **kwargs) -> list[tuple[bytes, bytes]]:
    """(key, value) pairs ready for articles.raw; the key is the article id."""
    return [(a["id"].encode(), orjson.dumps(a)) for a in articles(count, **kwargs)]
