"""The story desk on disordered input (#16): a 30-day backfill in any order finds the copies it finds in
date order, and a restart in the middle changes no verdict."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import orjson

from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher, PreparedArticle
from streams.testing.corpus import fake_story, rewrap, trim_half

ENRICHER = Enricher(max_record_bytes=1_048_576, language_sample_chars=2000)
START = 1772445600.0  # 2026-03-02T10:00:00Z
DAY = 86400.0


def backfill(stories: int = 60, seed: int = 16) -> tuple[list[dict], dict[str, str]]:
    """Originals dated over 30 days, each with two copies dated up to two days later."""
    rng = random.Random(seed)
    records, copy_of = [], {}
    for s in range(stories):
        body = fake_story(seed * 1000 + s, sentences=6)
        published = START + rng.uniform(0, 30 * DAY)
        records.append({"id": f"w{s}", "body": body, "source": "Wire", "published": published})
        for c, text in enumerate((rewrap(body, "Coastline Press"), trim_half(body))):
            copy_id = f"w{s}-c{c}"
            copy_of[copy_id] = f"w{s}"
            records.append(
                {
                    "id": copy_id,
                    "body": text,
                    "source": f"Outlet {c}",
                    "published": published + rng.uniform(0, 2 * DAY),
                }
            )
    return records, copy_of


def prepare(record: dict, received_at: float) -> PreparedArticle:
    fields = {k: v for k, v in record.items() if k != "published"}
    fields["published_at"] = datetime.fromtimestamp(record["published"], UTC).isoformat()
    return ENRICHER.prepare(orjson.dumps(fields), received_at=received_at)


def run(records: list[dict], state: dict | None = None, restart_at: int | None = None) -> dict[str, tuple]:
    """Judge in the given order, arriving one second apart (after 40 days of other traffic)."""
    state = state if state is not None else {"index_entries": {}, "stories": {}, "story_claims": {}}
    desk = StoryDesk(window_seconds=72 * 3600, **state)
    arrival = START + 40 * DAY
    desk.judge(ENRICHER.prepare(orjson.dumps({"id": "now", "body": fake_story(1, 5)}), arrival))
    verdicts = {}
    for n, record in enumerate(records):
        if n == restart_at:
            desk = StoryDesk(window_seconds=72 * 3600, **state)  # only the persisted mappings survive
        verdict = desk.judge(prepare(record, arrival + 1 + n)).verdict
        verdicts[record["id"]] = (verdict.status, verdict.story_id, verdict.duplicate_of)
    return verdicts


def recall(verdicts: dict[str, tuple], copy_of: dict[str, str]) -> float:
    """Copies that ended up in their original's story."""
    return sum(verdicts[c][1] == verdicts[o][1] for c, o in copy_of.items()) / len(copy_of)


def test_a_shuffled_30_day_backfill_finds_what_date_order_finds():
    records, copy_of = backfill()
    in_date_order = run(sorted(records, key=lambda r: r["published"]))
    shuffled = list(records)
    random.Random(3).shuffle(shuffled)
    in_any_order = run(shuffled)
    assert recall(in_date_order, copy_of) == 1.0
    assert recall(in_any_order, copy_of) == 1.0
    originals = [r["id"] for r in records if r["id"] not in copy_of]
    assert sum(in_any_order[o][0] == "duplicate" for o in originals) > 0, "some originals came after a copy"
    stories = {v[1] for v in in_any_order.values()}
    assert len(stories) == len(originals), "one story per wire story, and no false merges"
    assert all(v[2] != article_id for article_id, v in in_any_order.items())


def test_reverse_date_order_and_a_restart_in_the_middle_change_nothing():
    records, copy_of = backfill(stories=30, seed=5)
    reverse = sorted(records, key=lambda r: -r["published"])
    uninterrupted = run(reverse)
    assert recall(uninterrupted, copy_of) == 1.0
    for cut in (1, len(reverse) // 2, len(reverse) - 1):
        assert run(reverse, restart_at=cut) == uninterrupted, cut
