"""A seeded generator of hostile firehose records: whatever the internet sends, and worse."""

from __future__ import annotations

import random
from collections.abc import Callable

import orjson

from streams.testing.corpus import fake_story

ONE_MB = 1_000_000
CONTROL = "".join(chr(c) for c in range(32)) + "\x7f\u0085\u2028\u2029\ufeff\u200b\u202e"
QUOTES = "\"'“”‘’«»„‟‹›「」『』"
BRACKETS = "{[(<"
SCRIPTS = "aé漢字ру́сскийعربىहिन्दी한국어😀\U0010ffff"


def _text(rng: random.Random, size: int) -> str:
    alphabet = rng.choice((SCRIPTS, CONTROL + "ab ", QUOTES + "said ", BRACKETS + "x", SCRIPTS + QUOTES))
    chunk = "".join(rng.choice(alphabet) for _ in range(min(size, 997)))
    return (chunk * (size // len(chunk) + 1))[:size]


def _nested(depth: int, rng: random.Random) -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = [value] if rng.random() < 0.5 else {"k": value}
    return value


def _story(rng: random.Random) -> str:
    return fake_story(rng.randrange(1_000_000), rng.randint(1, 4))


def random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice((1, 7, 64, 1000, 20_000)))


def broken_utf8(rng: random.Random) -> bytes:
    good = orjson.dumps({"body": _story(rng)})
    cut = rng.randrange(1, len(good))
    return (
        good[:cut]
        + rng.choice((b"\xc3", b"\xed\xa0\x80", b"\xff", b"\xf4\x90\x80\x80", b"\xe2\x82"))
        + good[cut:]
    )


def deeply_nested(rng: random.Random) -> bytes:
    depth = rng.choice((10, 200, 1000, 20_000))
    if depth > 500:  # beyond what a JSON library will build: written by hand
        return b'{"body": "x", "extra": ' + b"[" * depth + b"]" * depth + b"}"
    return orjson.dumps({"body": _story(rng), "extra": _nested(depth, rng)})


def huge_string(rng: random.Random) -> bytes:
    field = rng.choice(("title", "body", "source", "url", "id", "published_at", "extra"))
    document = {"body": _story(rng), field: _text(rng, rng.choice((5_000, 50_000, 400_000)))}
    return orjson.dumps(document)


def wrong_types(rng: random.Random) -> bytes:
    field = rng.choice(("id", "source", "url", "title", "body", "published_at"))
    value = rng.choice((None, 0, -1, 1e308, True, [], ["a"], {}, {"body": "x"}, 2**70))
    document: dict = {"body": _story(rng), field: value}
    return _dumps(document)


def _dumps(document: dict) -> bytes:
    try:
        return orjson.dumps(document)
    except TypeError:  # integers orjson will not write: spell them out
        return repr(document).replace("'", '"').replace("True", "true").replace("None", "null").encode()


def control_characters(rng: random.Random) -> bytes:
    body = "".join(rng.choice((c, w)) for c, w in zip(CONTROL * 40, _story(rng), strict=False))
    title = _text(rng, 40) if rng.random() < 0.5 else None
    return orjson.dumps({"body": body or "x", "title": title, "source": "\x00\x01"})


def unclosed(rng: random.Random) -> bytes:
    opener = rng.choice(('{"body": "', '{"body": ["', "{" * 50, '{"body": "“' + "(" * 500, '[{"'))
    return (opener + _story(rng) + rng.choice(("", "\\", "\\u12", '"', ","))).encode()


def one_char_megabyte(rng: random.Random) -> bytes:
    char = rng.choice(("a", " ", "\n", ".", '"', "“", "é", "漢", "0", "-", "\\\\"))
    count = ONE_MB // len(char.encode()) // (2 if char == "\\\\" else 1) - 100
    if rng.random() < 0.5:
        return ('{"body": "' + char * count + '"}').encode()
    return ("Title\n" + char * count).encode()  # plain text


def quotes_everywhere(rng: random.Random) -> bytes:
    speech = " ".join(f"{rng.choice(QUOTES)}{_story(rng)[:80]}" for _ in range(rng.randint(5, 200)))
    return orjson.dumps({"body": speech + " said the minister, said " * rng.randint(1, 50)})


def plain_text_junk(rng: random.Random) -> bytes:
    return (_text(rng, 80) + "\n" + _text(rng, rng.choice((10, 2000, 8_000)))).encode("utf-8", "replace")


def odd_timestamps(rng: random.Random) -> bytes:
    stamp = rng.choice(
        ("9999-12-31T23:59:59Z", "0001-01-01T00:00:00+00:00", "2026-13-45T99:99:99Z", "2026-03-02T10:00:00",
         "2026-03-02T10:00:00+25:00", "2026-03-02 10:00:00Z", "1" * 39, "")
    )  # fmt: skip
    return orjson.dumps({"body": _story(rng), "published_at": stamp})


def mutate(rng: random.Random, value: bytes) -> bytes:
    """Flip, drop, duplicate or insert bytes of a valid record."""
    data = bytearray(value)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.randrange(4)
        if action == 0:
            data[at] = rng.randrange(256)
        elif action == 1:
            del data[at]
        elif action == 2:
            data[at:at] = data[at : at + rng.randint(1, 20)]
        else:
            data[at:at] = rng.choice((b'"', b"\\", b"{", b"]", b"\x00", "“".encode(), b"\xc3"))
    return bytes(data)


def valid_then_mutated(rng: random.Random) -> bytes:
    document = {"id": f"m-{rng.randrange(10**9)}", "title": "Title", "body": _story(rng), "source": "Wire"}
    return mutate(rng, orjson.dumps(document))


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {
    "random_bytes": random_bytes,
    "broken_utf8": broken_utf8,
    "deeply_nested": deeply_nested,
    "huge_string": huge_string,
    "wrong_types": wrong_types,
    "control_characters": control_characters,
    "unclosed": unclosed,
    "quotes_everywhere": quotes_everywhere,
    "plain_text_junk": plain_text_junk,
    "odd_timestamps": odd_timestamps,
    "valid_then_mutated": valid_then_mutated,
}
WEIGHTS = {"huge_string": 0.05, "deeply_nested": 0.3}  # the expensive kinds, a little rarer


def hostile_inputs(count: int, seed: int = 666, megabytes: int = 12) -> list[tuple[str, bytes]]:
    """``count`` (kind, value) records; ``megabytes`` of them are 1 MB bodies of one repeated character."""
    rng = random.Random(seed)
    kinds = list(GENERATORS)
    weights = [WEIGHTS.get(kind, 1.0) for kind in kinds]
    out = [("one_char_megabyte", one_char_megabyte(rng)) for _ in range(megabytes)]
    while len(out) < count:
        kind = rng.choices(kinds, weights)[0]
        out.append((kind, GENERATORS[kind](rng)))
    rng.shuffle(out)
    return out
