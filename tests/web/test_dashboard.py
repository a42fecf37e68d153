"""The dashboard in headless Chromium while the worker processes the sample firehose; /metrics scraped."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.web.conftest import SAMPLE_BAD, SAMPLE_RECORDS

pytestmark = pytest.mark.kafka

DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "images" / "dashboard.png"
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts"  # gitignored, kept after the run
CHROMIUM_INSTALL = "apt-get update && apt-get install -y chromium"
#: Set to 1 by .ci/run (which installs Chromium): a missing browser is then a failure, never a quiet skip.
REQUIRE_CHROMIUM = "WIRESTREAM_REQUIRE_CHROMIUM"


@pytest.fixture(scope="session")
def chromium() -> str:
    """The headless browser; without one the dashboard test is skipped by name, unless CI requires it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    missing = (
        f"test_dashboard_shows_the_firehose_live needs headless Chromium, not found on PATH "
        f"(install it: {CHROMIUM_INSTALL})"
    )
    if os.environ.get(REQUIRE_CHROMIUM) == "1":
        pytest.fail(f"{missing}; {REQUIRE_CHROMIUM}=1 makes this a failure", pytrace=False)
    pytest.skip(f"{missing}; CI sets {REQUIRE_CHROMIUM}=1 to make it a failure")


def run_chromium(chromium: str, url: str, *args: str, budget_ms: int = 2500) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="ws-chromium-") as profile:
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            "--hide-scrollbars", f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}",
            *args, url,
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    return result


class Texts(HTMLParser):
    """Text content by element id, and the number of story rows / claim items."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []
        self.by_id: dict[str, str] = {}
        self.story_rows = 0
        self.claims = 0
        self.state = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.state = attrs.get("data-state", "")
        self.story_rows += tag == "tr" and attrs.get("class") == "story"
        self.claims += tag == "li" and attrs.get("class") == "claim"
        if tag not in ("br", "img", "meta", "link", "input", "polyline", "polygon"):
            self.stack.append(attrs.get("id"))
            if attrs.get("id"):
                self.by_id[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if self.stack and tag not in ("polyline", "polygon"):
            self.stack.pop()

    def handle_data(self, data):
        for element_id in self.stack:
            if element_id:
                self.by_id[element_id] += data


def dump(chromium: str, url: str) -> Texts:
    texts = Texts()
    texts.feed(run_chromium(chromium, url, "--dump-dom").stdout.decode())
    return texts


def number(texts: Texts, element_id: str) -> int:
    return int(re.sub(r"[^\d]", "", texts.by_id[element_id]) or 0)


def test_dashboard_shows_the_firehose_live(chromium, live_pipeline, tmp_path):
    worker = live_pipeline.worker
    url = worker.url + "/dashboard/"
    before = dump(chromium, url)
    assert before.state == "live", "the page did not load its data"
    assert number(before, "total-consumed") == 0

    player = threading.Thread(target=live_pipeline.play_sample, kwargs={"rate": 4.0})
    player.start()
    try:
        deadline = time.monotonic() + 60
        while worker.data()["totals"]["enriched"] < 6 and time.monotonic() < deadline:
            time.sleep(0.3)
        during = dump(chromium, url)
    finally:
        player.join()
    after_data = worker.wait_processed(SAMPLE_RECORDS)
    after = dump(chromium, url)

    assert during.state == after.state == "live"
    # numbers appear, and change while the firehose flows
    assert (
        0
        < number(during, "total-enriched")
        < number(after, "total-enriched")
        == after_data["totals"]["enriched"]
    )
    assert number(after, "total-consumed") == SAMPLE_RECORDS
    assert number(after, "total-dlq") == SAMPLE_BAD
    assert number(after, "total-duplicates") > 0 and number(after, "total-originals") > 0
    # stories, claims, languages, DLQ reasons and lag rows are on the page
    assert during.story_rows >= 1 and after.story_rows == min(10, after_data["totals"]["stories"])
    assert after.claims >= 1
    top = after_data["stories"][0]
    assert top["copies"] >= 2 and top["title"] in after.by_id["stories"]
    assert top["first_source"] in after.by_id["stories"]
    assert after_data["claims"][0]["speaker"] in after.by_id["claims"]
    assert "en" in after.by_id["languages"] and "de" in after.by_id["languages"]
    assert "malformed_json" in after.by_id["dlq"]
    assert f"{live_pipeline.settings.topic_prefix}articles.raw[0]" in after.by_id["lag"]
    assert worker.log_format == "json"

    # the screenshot: a test artifact, and the README's picture
    shot = tmp_path / "dashboard.png"
    run_chromium(chromium, url, "--window-size=1440,1700", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "dashboard.png")
    if os.environ.get("WIRESTREAM_UPDATE_SCREENSHOT"):  # refresh the README's picture on purpose only
        shutil.copyfile(shot, DOCS_SCREENSHOT)
    print(f"dashboard screenshot: {ARTIFACTS / 'dashboard.png'}")


def test_dashboard_assets_are_served_locally(live_pipeline):
    worker = live_pipeline.worker
    page = worker.get("/dashboard/").decode()
    assert "http://" not in page and "https://" not in page  # nothing from a CDN
    for asset in re.findall(r'(?:src|href)="(/dashboard/static/[^"]+)"', page):
        body = worker.get(asset).decode()
        assert body and "https://" not in body


def test_metrics_endpoint_parses_as_prometheus_text(live_pipeline):
    live_pipeline.processed()
    text = live_pipeline.worker.get("/metrics").decode()
    families = {family.name: family for family in text_string_to_metric_families(text)}
    samples = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in families.values()
        for sample in family.samples
    }
    assert families["wirestream_stage_seconds"].type == "histogram"
    stages = {dict(labels)["stage"] for name, labels in samples if name == "wirestream_stage_seconds_count"}
    assert {"parse", "language", "fingerprint", "dedup"} <= stages
    assert samples[("wirestream_articles_in_total", ())] == SAMPLE_RECORDS
    out = {
        dict(labels)["status"]: v
        for (name, labels), v in samples.items()
        if name == "wirestream_articles_out_total"
    }
    assert out["original"] > 0 and out["duplicate"] > 0
    assert sum(out.values()) == SAMPLE_RECORDS - SAMPLE_BAD
    dead = sum(v for (name, _), v in samples.items() if name == "wirestream_dead_letters_total")
    assert dead == SAMPLE_BAD
    assert samples[("wirestream_claims_per_article_count", ())] == SAMPLE_RECORDS - SAMPLE_BAD
    lag = [labels for name, labels in samples if name == "wirestream_consumer_lag"]
    assert lag and all(
        dict(labels)["topic"].startswith(live_pipeline.settings.topic_prefix) for labels in lag
    )


def test_worker_logs_are_json_lines(live_pipeline):
    lines = [line for line in live_pipeline.worker.log().splitlines() if line.strip()]
    records = [orjson.loads(line) for line in lines if line.startswith("{")]
    assert records and {"time", "level", "logger", "message"} <= set(records[0])
    assert len(records) >= 0.9 * len(lines), lines[:20]
