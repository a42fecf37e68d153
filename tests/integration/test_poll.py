"""`wirestream poll` end to end on the real broker: the README's "Feed a live firehose" commands against
the local newsroom (feeds and pages on 127.0.0.1) → articles.raw → worker → articles.enriched.

Accounting of the standard newsroom (tests/feeds/newsroom.py), 6 feeds, 13 entries:
* sent: 8 articles (7 harbour stories, two of them after a 500 and a 429; the coast copy of one);
* DLQ (stage poll): malformed_feed, robots_disallowed, timeout, too_many_redirects, too_large,
  no_article_text — one each;
* second pass: nothing sent; the timeout is tried again (one more DLQ record), all else 304/unchanged;
* the polling loop's first cycle: nothing sent; the timeout's third and last try (one more record).
"""

from __future__ import annotations

import re
import subprocess
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from tests.feeds.newsroom import BOILERPLATE, STORIES, newsroom_in_thread
from tests.integration.harness import WorkerProcess, collect, free_port, wait_until_ready
from tests.ops.firsthour import WIRESTREAM, assert_clean, user_env

pytestmark = pytest.mark.kafka

README = Path(__file__).resolve().parents[2] / "README.md"
ARTICLES = 8
DEAD_LETTERS = [
    "malformed_feed",
    "no_article_text",
    "robots_disallowed",
    "timeout",
    "too_large",
    "too_many_redirects",
]


def readme_commands() -> tuple[list[str], list[str]]:
    """The section's bash block: the feeds-file lines between the heredoc markers, and the other lines."""
    section = README.read_text().split("## Feed a live firehose", 1)[1].split("\n## ", 1)[0]
    block = section.split("```bash\n", 1)[1].split("```", 1)[0]
    heredoc = block.split("<<'FEEDS'\n", 1)[1].split("\nFEEDS\n", 1)
    commands = [line.split("  #")[0].strip() for line in heredoc[1].splitlines() if line.strip()]
    return heredoc[0].splitlines(), commands


def test_poll_feeds_the_pipeline_once_and_only_once(pipeline_settings, workers, schemas, tmp_path: Path):
    settings = pipeline_settings
    feeds_lines, commands = readme_commands()
    assert any(line.startswith("#") for line in feeds_lines) and any("://" in line for line in feeds_lines)
    export, *wirestream_commands = commands
    contact = re.fullmatch(r"export WIRESTREAM_POLL_CONTACT=(\S+)", export).group(1)
    topics_create, poll_once, tail, poll_forever = wirestream_commands
    assert poll_once == "wirestream poll feeds.txt --once"
    assert poll_forever.startswith("wirestream poll feeds.txt --interval ")

    workers.append(WorkerProcess(settings, tmp_path).start())
    metrics_port = free_port()
    env = user_env(
        tmp_path,
        settings.bootstrap_servers,
        WIRESTREAM_TOPIC_PREFIX=settings.topic_prefix,
        WIRESTREAM_POLL_CONTACT=contact,
        WIRESTREAM_POLL_HOST_GAP="0.05",
        WIRESTREAM_POLL_READ_TIMEOUT="1.5",
        WIRESTREAM_POLL_MAX_BYTES=str(1024 * 1024),
        WIRESTREAM_POLL_WEB_PORT=str(metrics_port),
        WIRESTREAM_LOG_LEVEL="warning",
    )

    def cli(command: str, timeout: float = 120) -> subprocess.CompletedProcess:
        args = command.split()[1:]
        result = subprocess.run(
            [str(WIRESTREAM), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=timeout
        )
        assert_clean(result)
        return result

    with newsroom_in_thread(slow_seconds=6.0) as room:
        feeds = "\n".join([feeds_lines[0], *room.feeds()]) + "\n"  # the README's file, our outlets
        (tmp_path / "feeds.txt").write_text(feeds)
        assert "feeds.state" in cli(topics_create).stdout
        wait_until_ready(*workers)

        first = cli(poll_once)
        table = first.stdout.splitlines()
        assert table[0].split() == [
            "feed",
            "status",
            "entries",
            "fetched",
            "new",
            "updated",
            "unchanged",
            "errors",
        ]
        assert table[-1].split() == ["total", "13", "9", "8", "0", "0", "6"]
        assert any("malformed_feed" in line and "/broken.xml" in line for line in table)

        outputs = collect(
            settings,
            lambda o: len(o.values("articles.enriched")) >= ARTICLES and len(o.values("articles.dlq")) >= 6,
            topics=("articles.raw", "articles.enriched", "articles.dlq", "stories", "feeds.state"),
            workers=tuple(workers),
        )
        shown = cli(tail.replace("--limit 20", "--limit 8").replace("--idle-timeout 30", "--idle-timeout 20"))
        assert STORIES["ferry-budget"].title[:60] in shown.stdout

        second = cli(poll_once)
        assert second.stdout.splitlines()[-1].split() == ["total", "9", "0", "0", "0", "8", "2"]

        forever = subprocess.Popen(
            [str(WIRESTREAM), *poll_forever.split()[1:]], cwd=tmp_path, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        try:
            exposition = _wait_for_cycle(metrics_port, forever)
        finally:
            forever.terminate()
            output = forever.communicate(timeout=30)[0]
        assert "Traceback" not in output, output
        assert 'wirestream_poll_feeds_total{outcome="not_modified"}' in exposition

        after = collect(
            settings,
            lambda o: len(o.values("articles.dlq")) >= 8,
            topics=("articles.raw", "articles.enriched", "articles.dlq"),
            timeout=60,
        )
        agents = {request.headers.get("User-Agent", "") for _outlet, request in room.requests()}

    raw = outputs.values("articles.raw")
    enriched = outputs.values("articles.enriched")
    dead = outputs.values("articles.dlq")
    # first pass: every article once, every failure once, with its code
    assert len(raw) == ARTICLES and len({r["id"] for r in raw}) == ARTICLES
    assert sorted(r["id"] for r in enriched) == sorted(r["id"] for r in raw)
    assert sorted(r["error"]["code"] for r in dead) == DEAD_LETTERS
    assert {r["error"]["stage"] for r in dead} == {"poll"}
    for record in enriched:
        assert not [phrase for phrase in BOILERPLATE if phrase in record["body"]], record["url"]
        assert record["feed"] in room.feeds() and record["language"]["code"] == "en"
    # the two outlets' copies of the ferry story are one story
    ferry = [r for r in enriched if r["title"] == STORIES["ferry-budget"].title]
    assert {r["source"] for r in ferry} == {"Harbour News", "Coast News"}
    assert len({r["dedup"]["story_id"] for r in ferry}) == 1
    assert Counter(r["dedup"]["status"] for r in ferry) == {"original": 1, "duplicate": 1}
    # second pass and the running poller: nothing new sent; the timed-out page tried twice more
    assert len(after.values("articles.raw")) == ARTICLES
    assert sorted(r["error"]["code"] for r in after.values("articles.dlq")) == sorted(
        [*DEAD_LETTERS, "timeout", "timeout"]
    )
    assert len(agents) == 1 and contact in agents.pop()  # every request named the project and contact
    for topic in ("articles.raw", "articles.enriched", "articles.dlq", "feeds.state"):
        for _key, value in outputs.records[topic]:
            schemas.validate(topic, value)


def _wait_for_cycle(port: int, process: subprocess.Popen, timeout: float = 60.0) -> str:
    """The poller's /metrics once it has finished a cycle."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[0]
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
                text = response.read().decode()
            if "wirestream_poll_cycle_seconds_count 1.0" in text:
                return text
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError("the poller finished no cycle in time")


def test_a_page_sent_as_html_is_extracted_by_the_worker(pipeline_settings, workers, schemas, tmp_path: Path):
    import orjson

    from tests.feeds.newsroom import article_page, video_page
    from tests.integration.harness import send

    settings = pipeline_settings
    workers.append(WorkerProcess(settings, tmp_path).start())
    story = STORIES["rail-strike"]
    page = article_page(story, "Scraped Times", "https://scraped.example")
    send(
        settings,
        [
            (
                b"scraped-1",
                orjson.dumps(
                    {"id": "scraped-1", "url": "https://scraped.example/x?utm_source=a", "html": page}
                ),
                None,
            ),
            (b"scraped-2", orjson.dumps({"id": "scraped-2", "html": video_page("Scraped Times")}), None),
        ],
    )
    outputs = collect(
        settings,
        lambda o: len(o.values("articles.enriched")) >= 1 and len(o.values("articles.dlq")) >= 1,
        workers=tuple(workers),
    )
    (enriched,) = outputs.values("articles.enriched")
    assert enriched["body"] == story.body and "html" not in enriched
    assert (enriched["source"], enriched["title"]) == ("Scraped Times", story.title)
    assert enriched["url"] == "https://scraped.example/x?utm_source=a"  # the record's own url wins
    (dead,) = outputs.values("articles.dlq")
    assert (dead["error"]["code"], dead["error"]["stage"]) == ("no_article_text", "extract")
    schemas.validate("articles.enriched", enriched)
    schemas.validate("articles.dlq", dead)
