import io

import orjson

from streams.ops.batch import enrich_stream
from streams.settings import Settings

STORY = (
    "The ferry company said on Friday that the winter timetable would start two weeks early because "
    "of falling passenger numbers on the northern route. Three sailings a day will be cut to two, "
    "and the late crossing on Sundays will stop until April, a spokesman for the company said."
)


def run(lines: list[bytes]) -> tuple[list[dict], list[dict]]:
    out, dlq = io.BytesIO(), io.BytesIO()
    counts = enrich_stream(lines, out, dlq, Settings.from_env({}), source_name="in.jsonl")
    enriched = [orjson.loads(line) for line in out.getvalue().splitlines()]
    dead = [orjson.loads(line) for line in dlq.getvalue().splitlines()]
    assert counts.enriched == len(enriched) and counts.dead_lettered == len(dead)
    return enriched, dead


def test_one_output_line_per_valid_line_in_input_order_and_dlq_for_the_rest():
    lines = [
        orjson.dumps({"id": "first", "body": STORY, "source": "Wire"}) + b"\n",
        b"{broken\n",
        b"\n",
        orjson.dumps({"id": "copy", "body": "PORTVIK (Wire) - " + STORY, "source": "Local"}) + b"\n",
        orjson.dumps({"body": 5}) + b"\n",
    ]
    enriched, dead = run(lines)
    assert [r["id"] for r in enriched] == ["first", "copy"]
    assert all(r["language"]["code"] == "en" for r in enriched)
    assert enriched[1]["dedup"]["duplicate_of"] == "first"
    assert [(d["origin"]["offset"], d["error"]["code"]) for d in dead] == [
        (2, "malformed_json"),
        (5, "wrong_type"),
    ]
    assert dead[0]["origin"]["topic"] == "in.jsonl"


def test_same_input_gives_the_same_verdicts_and_claims():
    lines = [
        orjson.dumps({"id": f"a{i}", "body": STORY if i % 2 else STORY + f" Day {i}."}) for i in range(6)
    ]
    first, _ = run(lines)
    second, _ = run(lines)
    assert without_times(first) == without_times(second)


def without_times(records: list[dict]) -> list[dict]:
    """Without the clock readings: arrival and processing times, and the event time taken from the
    arrival when an article has no ``published_at``."""
    out = []
    for record in records:
        record = {k: v for k, v in record.items() if k not in ("received_at", "processed_at")}
        record["dedup"] = {k: v for k, v in record["dedup"].items() if k != "event_time"}
        out.append(record)
    return out


def test_an_old_pair_after_a_current_article_is_matched_and_an_update_is_an_update():
    """#16's reproduction on `wirestream enrich`, and #13 item 6: the same id with a new text."""
    museum = "The museum reopened its east wing on Thursday after a year of repairs to the roof."
    lines = [
        orjson.dumps({"id": "now", "body": museum, "published_at": "2026-12-04T08:00:00Z"}),
        orjson.dumps({"id": "wire", "body": STORY, "published_at": "2026-03-02T10:00:00Z"}),
        orjson.dumps({"id": "repost", "body": "PORTVIK - " + STORY, "published_at": "2026-03-02T12:00:00"}),
        orjson.dumps({"id": "wire", "body": STORY + " The company will review the cuts in March."}),
        orjson.dumps({"id": "wire", "body": STORY, "published_at": "2026-03-02T10:00:00Z"}),  # redelivered
    ]
    enriched, _ = run(lines)
    dedup = [(r["id"], r["dedup"]["status"], r["dedup"]["duplicate_of"]) for r in enriched]
    assert dedup == [
        ("now", "original", None),
        ("wire", "original", None),
        ("repost", "duplicate", "wire"),
        ("wire", "update", None),
        ("wire", "original", None),
    ]
    assert enriched[2]["dedup"]["published_at_issue"] == "no_time_zone"
    assert enriched[2]["dedup"]["event_time"] == "2026-03-02T12:00:00.000Z"
    assert {r["dedup"]["story_id"] for r in enriched[1:]} == {"wire"}
