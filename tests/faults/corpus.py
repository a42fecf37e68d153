"""Inputs for the fault suite: distinct wire stories, rewrapped cross-posted copies, and bad records.

Every record names the raw partition it goes to. A copy always goes to the partition of its original
(after it), so the order in which the judge first meets a story's copies is fixed by the input whatever
happens to the workers: verdicts can then be compared exactly with an undisturbed run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import orjson

from streams.testing.corpus import fake_story, rewrap

BAD_VALUES = (
    b"{not json at all",
    b"\xff\xfe\xfa binary",
    orjson.dumps({"title": "no body"}),
    orjson.dumps({"body": 12345}),
    b"[1, 2, 3]",
    b"",
)
SOURCES = ("Wire Service", "Coastline Press", "Harbour Herald", "Valley Times", "Northern Post")


@dataclass(frozen=True)
class Input:
    index: int
    partition: int
    value: bytes
    article_id: str | None  # None for a record that must go to the DLQ
    copy_of: str | None = None  # the id of the original this record is a rewrapped copy of


PLACES = ("SOUTHPORT", "ESKEFJORD", "MILLBROOK", "NORTHAM")


def story_body(seed: int, sentences: int) -> str:
    body = fake_story(seed, sentences)
    speaker = ("Marta Lindqvist", "Paulo Ferreira", "Ines Kowalski")[seed % 3]
    return f"{body} “We will keep the {seed} plan on schedule,” said {speaker}."


def corpus(
    count: int,
    *,
    partitions: int,
    seed: int = 6,
    prefix: str = "f",
    copy_rate: float = 0.1,
    bad_rate: float = 0.03,
    sentences: int = 3,
) -> list[Input]:
    """``count`` records: originals, rewrapped copies of earlier originals, and records for the DLQ."""
    rng = random.Random(seed)
    out: list[Input] = []
    originals: list[tuple[str, str, int]] = []  # (id, body, partition)
    for i in range(count):
        roll = rng.random()
        if roll < bad_rate:
            out.append(Input(i, rng.randrange(partitions), rng.choice(BAD_VALUES), None))
        elif roll < bad_rate + copy_rate and originals:
            original_id, body, partition = rng.choice(originals)
            source = rng.choice(SOURCES[1:])
            copy_id = f"{prefix}-{i}"
            body = rewrap(body, source, place=rng.choice(PLACES))
            value = orjson.dumps({"id": copy_id, "source": source, "title": f"Copy {i}", "body": body})
            out.append(Input(i, partition, value, copy_id, original_id))
        else:
            article_id, body, partition = f"{prefix}-{i}", story_body(seed * 1_000_003 + i, sentences), i
            partition %= partitions
            originals.append((article_id, body, partition))
            value = orjson.dumps(
                {"id": article_id, "source": SOURCES[0], "title": f"Story {i}", "body": body}
            )
            out.append(Input(i, partition, value, article_id))
    return out
