"""The sample firehose shipped with the package: parses as intended, many languages, real cross-posts."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

import streams.ops.sample
from streams.core.language import detect_language

SAMPLE = Path(streams.ops.sample.__file__).resolve().parent
FIELDS = {"id", "source", "url", "title", "body", "published_at"}

# Copies of one wire story (the first is the original). Kept here, not in the data: a "story" field in
# the sample would hand the pipeline the answer.
CROSS_POSTS = {
    "aster river treaty": ["ws-0001", "ws-0002", "ws-0003", "ws-0004", "ws-0005"],
    "scooter recall": ["ws-0006", "ws-0007", "ws-0008", "ws-0009"],
    "rail strike (de)": ["ws-0010", "ws-0011", "ws-0012"],
    "stolen painting (fr)": ["ws-0013", "ws-0014", "ws-0015"],
}
# Same topic as a cross-post group, different story: must not be taken for a copy.
SAME_TOPIC_OTHER_STORY = {"ws-0016": "ws-0001", "ws-0017": "ws-0006", "ws-0018": "ws-0010"}


def read_articles() -> list[dict]:
    lines = (SAMPLE / "firehose.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ARTICLES = read_articles()
BY_ID = {article["id"]: article for article in ARTICLES if "id" in article}


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def containment(copy: str, original: str) -> float:
    """How much of ``copy`` (its word 5-shingles) is in ``original``."""
    own = shingles(copy)
    return len(own & shingles(original)) / len(own) if own else 0.0


def test_every_line_is_a_valid_article() -> None:
    assert 35 <= len(ARTICLES) <= 50
    for article in ARTICLES:
        assert set(article) <= FIELDS
        assert "story" not in article
        assert isinstance(article["body"], str) and article["body"].strip()
        for field in FIELDS - {"id"}:
            assert isinstance(article[field], str) and article[field], field
        body_paragraphs = [p for p in article["body"].split("\n\n") if p.strip()]
        assert 1 <= len(body_paragraphs) <= 7


def test_ids_unique_and_some_missing() -> None:
    ids = [article["id"] for article in ARTICLES if "id" in article]
    assert len(ids) == len(set(ids))
    assert 2 <= len(ARTICLES) - len(ids) <= 6  # the pipeline derives an id for these


def test_published_at_is_rfc3339_and_increasing() -> None:
    times = [datetime.fromisoformat(article["published_at"].replace("Z", "+00:00")) for article in ARTICLES]
    assert all(t.tzinfo is not None for t in times)
    assert times == sorted(times) and len(set(times)) == len(times)


def test_languages_are_varied() -> None:
    codes = [detect_language(article["title"], article["body"]).code for article in ARTICLES]
    assert {"en", "de", "fr", "es", "ru", "zh"} <= set(codes)
    assert len(set(codes)) >= 8
    assert "und" not in codes


@pytest.mark.parametrize("story", sorted(CROSS_POSTS))
def test_cross_post_groups_are_copies(story: str) -> None:
    original, *copies = (BY_ID[article_id] for article_id in CROSS_POSTS[story])
    assert 2 <= len(copies) <= 4
    published = [original["published_at"]] + [copy["published_at"] for copy in copies]
    assert published == sorted(published)  # the original comes first
    languages = {detect_language(a["title"], a["body"]).code for a in (original, *copies)}
    assert len(languages) == 1
    for copy in copies:
        assert copy["source"] != original["source"]
        assert copy["title"] != original["title"]
        assert containment(copy["body"], original["body"]) >= 0.5, copy["id"]


def test_cross_posts_show_how_copies_change() -> None:
    bodies = {article_id: BY_ID[article_id]["body"] for ids in CROSS_POSTS.values() for article_id in ids}
    originals = {ids[0]: ids for ids in CROSS_POSTS.values()}
    text = "\n".join(bodies.values())
    assert "(Wirestream News) -" in text  # datelines
    assert "Share this article" in text and "No comments : Post a Comment" in text  # boilerplate
    trimmed = [
        article_id
        for first, ids in originals.items()
        for article_id in ids[1:]
        if len(bodies[article_id]) <= 0.6 * len(bodies[first])
    ]
    extended = [
        article_id
        for first, ids in originals.items()
        for article_id in ids[1:]
        if len(bodies[article_id]) > len(bodies[first]) + 100
        and containment(bodies[article_id], bodies[first])
        < 0.95  # a local paragraph: text not in the original
    ]
    assert trimmed and extended


@pytest.mark.parametrize("other, story_original", sorted(SAME_TOPIC_OTHER_STORY.items()))
def test_same_topic_other_story_is_not_a_copy(other: str, story_original: str) -> None:
    assert containment(BY_ID[other]["body"], BY_ID[story_original]["body"]) < 0.1


def test_articles_carry_attributions() -> None:
    cues = re.compile(
        r"\b(said|says|told|added|according to|sagte|laut|a déclaré|selon|dijo|según|заявил|сообщил|"
        r"по словам|сказал|ha detto|disse|zei|powiedział|dedi|afirmó|a expliqué|explained)\b|表示|说|述べた",
        re.IGNORECASE,
    )
    with_quotes = [article for article in ARTICLES if cues.search(article["body"])]
    assert len(with_quotes) >= 0.8 * len(ARTICLES)


def test_bad_records_fail_as_intended() -> None:
    lines = (SAMPLE / "firehose-bad.jsonl").read_text(encoding="utf-8").splitlines()
    assert 3 <= len(lines) <= 5
    with pytest.raises(json.JSONDecodeError):
        json.loads(lines[0])
    problems = []
    for line in lines[1:]:
        record = json.loads(line)
        body = record.get("body")
        if body is None:
            problems.append("missing body")
        elif not isinstance(body, str):
            problems.append("body not a string")
        elif not body.strip():
            problems.append("empty body")
    assert problems == ["empty body", "body not a string", "missing body"]
