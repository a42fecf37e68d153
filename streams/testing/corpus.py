"""Generated article text for tests and benchmarks: reproducible bodies and cross-posted copies.

Nothing here is real news: the bodies are random sentences over a fixed word list, seeded.
"""

from __future__ import annotations

import random

import orjson

WORDS = (
    "harbour council ferry mayor river storm budget school hospital bridge railway minister election "
    "farmers market village museum festival police court winter summer tunnel airport station teachers "
    "nurses workers union strike agreement report inquiry plan vote funding repairs flood drought harvest "
    "prices energy wind solar grid mountain valley coast island fishing fleet cargo shipment delay opening "
    "closure record season league final stadium crowd library archive theatre"
).split()
VERBS = ("approved", "rejected", "announced", "delayed", "opened", "closed", "expanded", "reviewed", "funded")

#: The outlet boilerplate a cross-post carries around the wire text.
SHARE_BAR = "Share this article"
COMMENTS = "No comments : Post a Comment"


def fake_story(seed: int, sentences: int = 6) -> str:
    """A distinct English-like article body, reproducible from its seed (not real news)."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 10))]
        out.append(
            f"The {words[0]} {rng.choice(VERBS)} the {' '.join(words[1:4])} on Monday, and "
            f"the {' '.join(words[4:])} was {rng.choice(VERBS)} by the {rng.choice(WORDS)}."
        )
    return " ".join(out)


def rewrap(
    body: str,
    outlet: str = "Coastline Press",
    *,
    place: str = "SOUTHPORT",
    date: str = "March 2",
    dateline: str | None = None,
    byline: str | None = None,
) -> str:
    """A cross-posted copy the way aggregators republish wire copy.

    A new dateline (``"{place}, {date} ({outlet}) - "`` unless ``dateline`` is given) in front of the
    body, the outlet's share bar and comment footer behind it; with ``byline``, a share bar and the
    byline above as well.
    """
    lead = dateline if dateline is not None else f"{place}, {date} ({outlet}) - "
    above = [SHARE_BAR, byline] if byline else []
    return "\n".join([*above, lead + body, SHARE_BAR, COMMENTS])


def trim_half(body: str) -> str:
    """The first half of a body's sentences (at least two): a shortened copy."""
    sentences = body.split(". ")
    return ". ".join(sentences[: max(2, len(sentences) // 2)]) + "."


def article(article_id: str, body: str, **fields: object) -> bytes:
    """One raw ``articles.raw`` value: JSON with the id, the body and any other field."""
    return orjson.dumps({"id": article_id, "body": body, **fields})
