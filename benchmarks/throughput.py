"""End-to-end throughput on a real Kafka broker: full enrichment against pass-through and naive agents.

    .venv/bin/python benchmarks/throughput.py [--articles 20000] [--runs 2] [--json OUT]
        [--configs passthrough,naive,full,full2] [--latency-seconds 30] [--soak-seconds 300]
        [--bodies ../shared/data/bbc-news-2005.jsonl]

The broker is the one at WIRESTREAM_BOOTSTRAP_SERVERS (default 127.0.0.1:9092); if none answers there,
the local broker (`wirestream broker`) is started for the run and stopped afterwards. Every run gets its
own topic prefix and app id, so nothing else on the broker is touched.

Configs, all on the same broker in the same run, so results are ratios:

* ``passthrough`` — a Faust agent: consume articles.raw → produce the value unchanged.
* ``naive`` — a Faust agent: parse JSON, one ``langdetect.detect(body)``, add the language, produce.
* ``full`` — `wirestream worker` (ingest → articles.fingerprints → judge → enriched/unique/stories/claims),
  one worker process; ``full2`` — the same with two worker processes on the partitioned input.

Max throughput: N articles are loaded into articles.raw first, then the workers start; articles/s is
measured from the output records' Kafka timestamps between 10 % and 90 % of the output (steady state:
no start-up, no tail), CPU seconds per article from the workers' /proc/<pid>/stat over the same window,
peak RSS from VmHWM. Latency: workers run first and get 3 s of articles at the run's rate (the
first seconds of traffic on fresh topics are slow at the broker), then articles are produced at a fixed
rate (``--latency-load`` × the max measured for that config, default 0.5) and each output's Kafka
timestamp minus its input's gives end-to-end latency (same clock: the broker is on this machine). The
soak is the same at 50 % load for ``--soak-seconds`` with RSS samples, the dedup window shortened
(``--soak-window-hours``) so eviction is exercised, and articles without published_at (event time =
arrival). Stage costs come from an in-process profile (benchmarks/batch_throughput.py) of every article
one full worker judged, in its order: the dedup stage costs more as its index fills, so a sample of the
first articles would understate it. Kafka I/O and the Faust layer are the remainder of the workers' CPU
per article.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import logging
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import corpus
import orjson

from streams.ops.kafka import assign_all, reader
from streams.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

CONFIGS = {
    "passthrough": ("passthrough", 1),
    "naive": ("naive", 1),
    "full": ("full", 1),
    "full2": ("full", 2),
}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------------------------------------
# Baseline agents (run in a worker subprocess: ``throughput.py --serve MODE``)


def serve(mode: str, settings: Settings) -> None:
    """A Faust worker with the same app options as wirestream's, running one baseline agent."""
    import faust
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    from streams.shell.app import app_options, raw_topic

    DetectorFactory.seed = 0
    app = faust.App(settings.app_id, **app_options(settings))
    source, sink = raw_topic(app, settings, "articles.raw"), raw_topic(app, settings, "articles.enriched")

    @app.agent(source, name=mode)
    async def agent(stream):
        async for event in stream.events():
            message = event.message
            value = message.value
            if mode == "naive":
                document = orjson.loads(value)
                try:
                    document["language"] = detect(document["body"])
                except LangDetectException:
                    document["language"] = "und"
                value = orjson.dumps(document)
            await sink.send(key=message.key, value=value)

    faust.Worker(app, loglevel="INFO", override_logging=True).execute_from_commandline()


# ------------------------------------------------------------------------------------------------
# Worker processes and their /proc samples


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine from /proc/stat, in clock ticks (all cores)."""
    with open("/proc/stat") as stat:
        ticks = [int(value) for value in stat.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    return sum(ticks) - idle, sum(ticks)


def proc_sample(pid: int) -> tuple[float, int, int]:
    """(CPU seconds user+system, RSS bytes, peak RSS bytes) of a process from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    rss = hwm = 0
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) * 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) * 1024
    return cpu, rss, hwm


#: Seconds of traffic at a latency run's rate before its clock starts.
WARM_SECONDS = 3.0


def warm_records(records: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The 20 articles each max-throughput run sends first (new ids), so workers are up before timing."""
    return [
        (b"warm-%d" % n, orjson.dumps({**orjson.loads(value), "id": f"warm-{n}"}))
        for n, (_, value) in enumerate(records[:20])
    ]


@dataclass
class Worker:
    mode: str
    settings: Settings
    state_dir: Path
    name: str
    env: dict = field(default_factory=dict)
    process: subprocess.Popen | None = None
    samples: list[tuple[float, float, int, int]] = field(default_factory=list)  # wall, cpu, rss, hwm
    web_port: int = field(default_factory=lambda: free_port())
    stores: list[tuple[float, dict[str, int]]] = field(default_factory=list)  # wall, /metrics memory

    def start(self) -> Worker:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        s = self.settings
        if self.mode == "full":
            command = [sys.executable, "-m", "streams.ops.cli", "-b", s.bootstrap_servers, "--topic-prefix",
                       s.topic_prefix, "--partitions", str(s.partitions), "-l", "info", "worker",
                       "--app-id", s.app_id, "--web-port", str(self.web_port), "--data-dir",
                       str(self.state_dir), "--store", s.store]  # fmt: skip
        else:
            command = [sys.executable, str(Path(__file__).resolve()), "--serve", self.mode]
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "WIRESTREAM_BOOTSTRAP_SERVERS": s.bootstrap_servers,
            "WIRESTREAM_TOPIC_PREFIX": s.topic_prefix,
            "WIRESTREAM_PARTITIONS": str(s.partitions),
            "WIRESTREAM_APP_ID": s.app_id,
            "WIRESTREAM_WEB_PORT": str(self.web_port),
            "WIRESTREAM_DATA_DIR": str(self.state_dir),
            "WIRESTREAM_LOG_LEVEL": "info",  # not warning: see docs/performance.md (Faust's spinner)
            **self.env,
        }
        log = (self.state_dir.parent / f"{self.name}.log").open("ab")
        self.process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT, start_new_session=True
        )
        log.close()
        return self

    def sample(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(FileNotFoundError, ProcessLookupError, IndexError):
                self.samples.append((time.time(), *proc_sample(self.process.pid)))

    def sample_stores(self) -> None:
        """RSS and RocksDB memory per kind (summed over the tables' partitions) from the worker's /metrics."""
        from prometheus_client.parser import text_string_to_metric_families

        url = f"http://127.0.0.1:{self.web_port}/metrics"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                text = response.read().decode()
        except OSError:
            return
        memory: dict[str, int] = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == "wirestream_table_store_bytes":
                    kind = sample.labels["kind"]
                    memory[kind] = memory.get(kind, 0) + int(sample.value)
                elif sample.name == "process_resident_memory_bytes":
                    memory["rss"] = int(sample.value)
        self.stores.append((time.time(), memory))

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self) -> str:
        path = self.state_dir.parent / f"{self.name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        if self.alive():
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def cpu_at(self, when: float) -> float:
        """CPU seconds at wall time ``when``, interpolated between samples."""
        before = [s for s in self.samples if s[0] <= when]
        after = [s for s in self.samples if s[0] >= when]
        if not before:
            return self.samples[0][1] if self.samples else 0.0
        if not after:
            return before[-1][1]
        (t0, c0, *_), (t1, c1, *_) = before[-1], after[0]
        return c0 if t1 == t0 else c0 + (c1 - c0) * (when - t0) / (t1 - t0)


class Sampler(threading.Thread):
    """/proc samples of the workers every ``every`` s; their /metrics memory every ``stores_every`` s."""

    def __init__(self, workers: list[Worker], every: float = 0.25, stores_every: float = 0.0) -> None:
        super().__init__(daemon=True)
        self.workers, self.every, self.stopped = workers, every, threading.Event()
        self.stores_every = stores_every

    def run(self) -> None:
        next_stores = time.monotonic() + self.stores_every
        while not self.stopped.is_set():
            for worker in self.workers:
                worker.sample()
            if self.stores_every and time.monotonic() >= next_stores:
                next_stores += self.stores_every
                for worker in self.workers:
                    worker.sample_stores()
            self.stopped.wait(self.every)

    def stop(self) -> None:
        self.stopped.set()
        self.join()
        for worker in self.workers:
            worker.sample()


# ------------------------------------------------------------------------------------------------
# Kafka: load, produce at a rate, collect outputs


def producer(settings: Settings):
    from aiokafka import AIOKafkaProducer

    from streams.shell.topics import MAX_MESSAGE_BYTES

    return AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        max_request_size=MAX_MESSAGE_BYTES,
        acks="all",
        linger_ms=5,
        max_batch_size=256 * 1024,
    )


async def load(settings: Settings, records: list[tuple[bytes, bytes]]) -> dict[bytes, int]:
    """Send every record as fast as possible; return key → timestamp (ms)."""
    sent: dict[bytes, int] = {}
    await paced(settings, records, None, sent)
    return sent


async def paced(
    settings: Settings, records: list[tuple[bytes, bytes]], rate: float | None, sent: dict
) -> None:
    """Send records at ``rate`` per second (small bursts every 10 ms; None: as fast as possible),
    recording key → timestamp (ms)."""
    client = producer(settings)
    await client.start()
    try:
        began = time.monotonic()
        futures = []
        for number, (key, value) in enumerate(records):
            if rate:
                delay = began + number / rate - time.monotonic()
                if delay > 0.01:
                    await asyncio.sleep(delay)
            stamp = int(time.time() * 1000)
            sent[key] = stamp
            futures.append(
                await client.send(settings.topic("articles.raw"), value=value, key=key, timestamp_ms=stamp)
            )
        await asyncio.gather(*futures)
    finally:
        await client.stop()


async def collect(
    settings: Settings, topics: tuple[str, ...], expected: set[bytes], workers: list[Worker], timeout: float
) -> dict[bytes, int]:
    """Read ``topics`` from the beginning until every expected key has an output; key → first timestamp."""

    consumer = reader(settings)
    await consumer.start()
    seen: dict[bytes, int] = {}
    dead, reasons = [0], {}
    try:
        await assign_all(consumer, settings, [settings.topic(topic) for topic in topics])
        deadline = time.monotonic() + timeout
        dlq = settings.topic("articles.dlq")
        while time.monotonic() < deadline and not expected <= seen.keys():
            if not all(worker.alive() for worker in workers):
                dead = next(w for w in workers if not w.alive())
                raise RuntimeError(f"worker {dead.name} died:\n{dead.log_tail()}")
            batches = await consumer.getmany(timeout_ms=200, max_records=5000)
            for tp, records in batches.items():
                for record in records:
                    key = record.key
                    if tp.topic == dlq:  # judge's dead letters are keyed by language: use the article id
                        letter = orjson.loads(record.value)
                        dead[0] += 1
                        reasons.setdefault(letter["error"]["code"], letter["error"]["reason"][:300])
                        if letter.get("article_id"):
                            key = letter["article_id"].encode()
                        elif letter.get("key_b64"):
                            key = base64.b64decode(letter["key_b64"])
                    seen.setdefault(key, record.timestamp)
    finally:
        await consumer.stop()
    if dead[0]:
        print(f"  warning: {dead[0]} dead letters: {reasons}", file=sys.stderr)
    missing = len(expected - seen.keys())
    if missing:
        raise RuntimeError(f"{missing} of {len(expected)} articles had no output after {timeout:.0f} s")
    return seen


# ------------------------------------------------------------------------------------------------
# One measured run


@dataclass
class Bench:
    settings: Settings
    work_dir: Path
    records: list[tuple[bytes, bytes]]
    partitions: int
    timeout: float
    keep_topics: bool = False
    used: list[Settings] = field(default_factory=list)  # each run's settings, for drop_topics

    def fresh(self, label: str) -> Settings:
        name = f"bench{uuid.uuid4().hex[:8]}-{label}"
        settings = self.settings.replace(
            topic_prefix=f"{name}.", app_id=name, partitions=self.partitions, store="rocksdb://"
        )
        self.used.append(settings)
        return settings

    def workers(self, mode: str, count: int, settings: Settings, env: dict | None = None) -> list[Worker]:
        base = self.work_dir / settings.app_id
        return [Worker(mode, settings, base / f"w{i}", f"w{i}", env or {}) for i in range(count)]

    def create_topics(self, settings: Settings, mode: str) -> None:
        """Every topic up front, the tables' changelogs included (streams.shell.topics.create_topics)."""
        from streams.shell.topics import create_topics

        async def create() -> None:
            await create_topics(settings)
            await asyncio.sleep(1.0)  # leaders elected before the first produce

        asyncio.run(create())

    def drop_topics(self) -> int:
        """Delete every run's topics (prefixes and changelogs), once all are measured; how many.

        Runs must not pile up on the broker: with ~1,500 leftover topics its produce requests took up
        to 0.9 s when traffic started. Nor may a deletion fall inside a measurement: the broker removes
        the files a minute later (``file.delete.delay.ms``), and that stalled produce requests for ~1 s.
        """
        if self.keep_topics or not self.used:
            return 0
        from streams.ops.kafka import admin

        async def drop() -> int:
            client = admin(self.settings)
            await client.start()
            try:
                ours = tuple(p for s in self.used for p in (s.topic_prefix, f"{s.app_id}-"))
                doomed = [topic for topic in await client.list_topics() if topic.startswith(ours)]
                if doomed:
                    await client.delete_topics(doomed)
                return len(doomed)
            finally:
                await client.close()

        return asyncio.run(drop())

    def outputs(self, mode: str) -> tuple[str, ...]:
        return ("articles.enriched", "articles.dlq") if mode == "full" else ("articles.enriched",)

    def max_throughput(self, config: str) -> dict:
        """Workers up and warm, then all articles loaded as fast as possible; outputs timed."""
        mode, count = CONFIGS[config]
        settings = self.fresh(config)
        self.create_topics(settings, mode)
        workers = self.workers(mode, count, settings)
        warm = warm_records(self.records)
        sampler = Sampler(workers)
        for worker in workers:
            worker.start()
        sampler.start()
        try:
            warmed = asyncio.run(load(settings, warm))  # assigned, profiles loaded, changelogs known
            asyncio.run(collect(settings, self.outputs(mode), set(warmed), workers, self.timeout))
            time.sleep(1.0)
            for worker in workers:
                worker.sample()
            cpu_before = [w.samples[-1][1] for w in workers]
            began = time.time()
            machine_before = machine_jiffies()
            sent = asyncio.run(load(settings, self.records))
            seen = asyncio.run(collect(settings, self.outputs(mode), set(sent), workers, self.timeout))
            machine_after = machine_jiffies()
        finally:
            sampler.stop()
            for worker in workers:
                worker.stop()
        stamps = sorted(seen[key] for key in sent)
        n = len(stamps)
        last = stamps[-1] / 1000
        lo, hi = int(0.1 * n), int(0.9 * n) - 1
        t_lo, t_hi = stamps[lo] / 1000, stamps[hi] / 1000
        per_worker_cpu = [w.cpu_at(last) - before for w, before in zip(workers, cpu_before, strict=True)]
        cpu = sum(per_worker_cpu)
        return {
            "config": config,
            "mode": mode,
            "workers": count,
            "articles": n,
            # first produce → last output: ramp-up included, so a stage running ahead of another
            # (ingest before judge) cannot flatter the number; the ratios use this one
            "articles_per_s": round(n / max(last - began, 1e-3), 1),
            "steady_per_s": round((hi - lo) / max(t_hi - t_lo, 1e-3), 1),  # 10 %..90 % of outputs
            "seconds": round(last - began, 2),
            "cpu_ms_per_article": round(1000 * cpu / n, 3),
            "cpu_cores_used": round(cpu / max(last - began, 1e-3), 2),
            "cpu_s_per_worker": [round(c, 2) for c in per_worker_cpu],
            # every process on the machine (broker, load generator, other users): when this is at the
            # core count, a second worker has no core to run on
            "machine_cores_busy": round(
                os.cpu_count()
                * (machine_after[0] - machine_before[0])
                / max(machine_after[1] - machine_before[1], 1),
                2,
            ),
            "peak_rss_mb": round(max((s[3] for w in workers for s in w.samples), default=0) / 2**20, 1),
        }

    def at_rate(
        self,
        config: str,
        rate: float,
        seconds: float,
        *,
        soak: bool = False,
        window_hours=None,
        memory_every: float = 30.0,
    ) -> dict:
        """Run the workers, then produce at ``rate``; latency per article and RSS samples."""
        mode, count = CONFIGS[config]
        settings = self.fresh(config + ("-soak" if soak else "-lat"))
        self.create_topics(settings, mode)
        env = {"WIRESTREAM_DEDUP_WINDOW_HOURS": str(window_hours)} if window_hours else {}
        workers = self.workers(mode, count, settings, env)
        total = max(int(rate * seconds), 50)
        warm_count = max(20, int(rate * WARM_SECONDS))
        source = corpus.articles(total + warm_count, seed=11, start=10_000_000)
        records = []
        for article in source:
            if soak:  # event time = arrival, so the shortened dedup window really evicts
                article = {k: v for k, v in article.items() if k != "published_at"}
            records.append((article["id"].encode(), orjson.dumps(article)))
        warm, timed = records[:warm_count], records[warm_count:]
        sampler = Sampler(workers, every=1.0, stores_every=memory_every if soak else 0.0)
        for worker in workers:
            worker.start()
        sampler.start()
        try:
            sent: dict[bytes, int] = {}
            # warm-up at the run's rate: workers assigned and answering, and past the first seconds of
            # traffic on fresh topics, when the broker answers produce requests late (up to ~1.4 s)
            asyncio.run(paced(settings, warm, rate, sent))
            asyncio.run(collect(settings, self.outputs(mode), set(sent), workers, self.timeout))
            rss_before = [w.samples[-1][2] if w.samples else 0 for w in workers]
            sent.clear()
            timed_from = time.time()

            async def both() -> dict[bytes, int]:
                producing = asyncio.create_task(paced(settings, timed, rate, sent))
                seen = await collect(
                    settings, self.outputs(mode), {k for k, _ in timed}, workers, seconds + self.timeout
                )
                await producing
                return seen

            seen = asyncio.run(both())
            timed_to = time.time()
        finally:
            sampler.stop()
            for worker in workers:
                worker.stop()
        latencies = sorted(seen[key] - sent[key] for key in sent)
        cpu = sum(w.cpu_at(timed_to) - w.cpu_at(timed_from) for w in workers)
        result = {
            "config": config,
            "workers": count,
            "rate": round(rate, 1),
            "articles": len(latencies),
            "p50_ms": percentile(latencies, 50),
            "p95_ms": percentile(latencies, 95),
            "p99_ms": percentile(latencies, 99),
            "max_ms": latencies[-1],
            "cpu_ms_per_article": round(1000 * cpu / max(len(latencies), 1), 2),
            "peak_rss_mb": round(max((s[3] for w in workers for s in w.samples), default=0) / 2**20, 1),
        }
        if soak:
            began = workers[0].samples[0][0] if workers[0].samples else time.time()
            result["window_hours"] = window_hours
            result["rss_before_mb"] = [round(r / 2**20, 1) for r in rss_before]
            result["rss_samples_mb"] = [
                [
                    round(s[0] - began, 1),
                    round(sum(w.samples[min(i, len(w.samples) - 1)][2] for w in workers) / 2**20, 1),
                ]
                for i, s in enumerate(workers[0].samples)
                if i % 10 == 0
            ]
            result["memory_samples"] = memory_samples(workers, began)
        return result


MEMORY_KINDS = ("rss", "memtables", "block_cache", "table_readers", "sst_files")


def memory_samples(workers: list[Worker], began: float) -> list[dict]:
    """The workers' /metrics memory samples, summed over workers: seconds since start and MB per kind."""
    rows = []
    for i, (when, _) in enumerate(workers[0].stores):
        row = {"s": round(when - began, 1)}
        for kind in MEMORY_KINDS:
            total = sum(w.stores[min(i, len(w.stores) - 1)][1].get(kind, 0) for w in workers if w.stores)
            row[kind] = round(total / 2**20, 1)
        rows.append(row)
    return rows


def memory_blocks(samples: list[dict], blocks: int = 12) -> list[dict]:
    """The last sample of each of ``blocks`` equal stretches of the soak (what the table prints)."""
    if not samples:
        return []
    end = samples[-1]["s"]
    picked = []
    for block in range(1, blocks + 1):
        edge = end * block / blocks
        last = [row for row in samples if row["s"] <= edge]
        if last and (not picked or last[-1] is not picked[-1]):
            picked.append(last[-1])
    return picked


def percentile(values: list[int], p: float) -> float:
    if not values:
        return float("nan")
    index = min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))
    return float(values[index])


# ------------------------------------------------------------------------------------------------
# Main


def broker_ready(settings: Settings) -> bool:
    from streams.ops import localbroker

    return localbroker.api_versions_ok(settings.broker_host, settings.broker_port)


def summarise(runs: list[dict]) -> dict:
    """Median and spread (min, max) of each config's max-throughput runs."""
    by_config: dict[str, list[dict]] = {}
    for run in runs:
        by_config.setdefault(run["config"], []).append(run)
    summary = {}
    for config, group in by_config.items():
        rates = [r["articles_per_s"] for r in group]
        summary[config] = {
            "articles_per_s": round(statistics.median(rates), 1),
            "min": min(rates),
            "max": max(rates),
            "runs": len(group),
            "cpu_ms_per_article": round(statistics.median(r["cpu_ms_per_article"] for r in group), 3),
            "cpu_cores_used": round(statistics.median(r["cpu_cores_used"] for r in group), 2),
            "machine_cores_busy": round(statistics.median(r.get("machine_cores_busy", 0) for r in group), 2),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in group),
        }
    for row in summary.values():
        for base in ("naive", "passthrough"):
            if base in summary:
                row[f"x_{base}"] = round(row["articles_per_s"] / summary[base]["articles_per_s"], 3)
    if "full" in summary and "full2" in summary:
        summary["full2"]["x_full"] = round(
            summary["full2"]["articles_per_s"] / summary["full"]["articles_per_s"], 3
        )
    return summary


def print_tables(result: dict) -> None:
    print(f"\n{result['machine']}")
    print(f"\nmax throughput ({result['articles']:,} articles, {result['partitions']} partitions; median)")
    header = (
        f"{'config':<12}{'workers':>8}{'art/s':>9}{'min..max':>15}{'×naive':>8}{'×pass':>7}"
        f"{'CPU ms/art':>11}{'cores':>7}{'machine':>8}{'peak RSS MB':>12}"
    )
    print(header)
    for config, row in result.get("summary", {}).items():
        spread = f"{row['min']:.0f}..{row['max']:.0f}"
        print(
            f"{config:<12}{CONFIGS[config][1]:>8}{row['articles_per_s']:>9.0f}{spread:>15}"
            f"{row.get('x_naive', float('nan')):>8.2f}{row.get('x_passthrough', float('nan')):>7.2f}"
            f"{row['cpu_ms_per_article']:>11.2f}{row['cpu_cores_used']:>7.2f}"
            f"{row.get('machine_cores_busy', 0):>8.2f}{row['peak_rss_mb']:>12.0f}"
        )
    if "x_full" in result.get("summary", {}).get("full2", {}):
        print(f"2 workers / 1 worker: {result['summary']['full2']['x_full']:.2f}×")
    print(f"(cores: the workers' CPU; machine: every process, of {os.cpu_count()} cores)")
    if result.get("latency"):
        print("\nlatency at a fixed rate (publish → output Kafka timestamp)")
        print(
            f"{'config':<12}{'rate/s':>8}{'articles':>9}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'max ms':>8}"
            f"{'CPU ms/art':>11}"
        )
        for row in result["latency"]:
            print(
                f"{row['config']:<12}{row['rate']:>8.0f}{row['articles']:>9}{row['p50_ms']:>8.0f}"
                f"{row['p95_ms']:>8.0f}{row['p99_ms']:>8.0f}{row['max_ms']:>8.0f}"
                f"{row.get('cpu_ms_per_article', float('nan')):>11.2f}"
            )
    if result.get("stages"):
        stages = result["stages"]
        print("\nwhere a full article's CPU goes (ms per article; core stages profiled in process)")
        for stage, ms in stages["stage_ms"].items():
            print(f"  {stage:<28}{ms:>8.3f}")
        print(f"  {'core total':<28}{stages['core_ms']:>8.3f}")
        if "kafka_faust_ms" in stages:
            print(f"  {'Kafka I/O + Faust (rest)':<28}{stages['kafka_faust_ms']:>8.3f}")
            print(f"  {'worker CPU (full, 1 worker)':<28}{stages['worker_cpu_ms']:>8.3f}")
    if result.get("soak"):
        soak = result["soak"]
        print(
            f"\nsoak at {soak['rate']:.0f}/s, window {soak['window_hours']} h: p99 {soak['p99_ms']:.0f} ms, "
            f"{soak.get('cpu_ms_per_article', float('nan')):.2f} CPU ms/article"
        )
        print(
            "  RSS MB over time [s, MB]: " + ", ".join(f"{t:.0f}:{m:.0f}" for t, m in soak["rss_samples_mb"])
        )
        rows = memory_blocks(soak.get("memory_samples", []))
        if rows:
            print("  from /metrics (MB; RocksDB summed over the tables' partitions; sst_files is disk)")
            print(f"  {'min':>6}" + "".join(f"{kind:>15}" for kind in MEMORY_KINDS))
            for row in rows:
                print(f"  {row['s'] / 60:>6.1f}" + "".join(f"{row[kind]:>15.1f}" for kind in MEMORY_KINDS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=20_000, help="articles per max-throughput run")
    parser.add_argument("--runs", type=int, default=2, help="max-throughput runs per config")
    parser.add_argument("--configs", default="passthrough,naive,full,full2", help="comma-separated")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--latency-seconds", type=float, default=30.0, help="0: no latency runs")
    parser.add_argument("--latency-load", type=float, default=0.5, help="fraction of max throughput")
    parser.add_argument("--latency-configs", default="full,naive,passthrough")
    parser.add_argument("--soak-seconds", type=float, default=0.0, help="soak at 50 %% load (0: none)")
    parser.add_argument("--soak-window-hours", type=float, default=0.02, help="dedup window in the soak")
    parser.add_argument(
        "--soak-memory-every", type=float, default=30.0, help="seconds between /metrics memory samples"
    )
    parser.add_argument("--soak-rate", type=float, help="soak articles/s (default: half of full's max)")
    parser.add_argument("--bodies", type=Path, help="JSONL of {title, body}: English bodies from it")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds to wait for outputs")
    parser.add_argument(
        "--json", type=Path, help="write results here (default results/throughput-<time>.json)"
    )
    parser.add_argument("--keep-logs", action="store_true", help="keep the workers' logs, state and topics")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    logging.getLogger("aiokafka").setLevel(logging.ERROR)  # NotLeader retries right after topic creation
    settings = Settings.from_env()
    if args.serve:
        serve(args.serve, settings)
        return 0
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = set(configs) - CONFIGS.keys()
    if unknown:
        parser.error(f"unknown configs: {sorted(unknown)}")

    from streams.ops import localbroker

    started_broker = False
    if not broker_ready(settings):
        print(f"no broker at {settings.bootstrap_servers}: starting the local one", file=sys.stderr)
        localbroker.start(settings)
        started_broker = True
    work_dir = Path(tempfile.mkdtemp(prefix="wirestream-bench-"))
    records = corpus.encoded(args.articles, bodies=args.bodies)
    bench = Bench(settings, work_dir, records, args.partitions, args.timeout, keep_topics=args.keep_logs)
    result: dict = {
        "machine": f"{platform.node()}: {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, broker {settings.bootstrap_servers}"
        + (" (started by the benchmark)" if started_broker else ""),
        "articles": len(records),
        "mean_record_bytes": round(sum(len(v) for _, v in records) / max(len(records), 1)),
        "partitions": args.partitions,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "runs": [],
    }
    try:
        for run in range(args.runs):  # interleaved, so drift in machine load hits every config alike
            for config in configs:
                print(f"run {run + 1}/{args.runs}: {config} …", file=sys.stderr, flush=True)
                row = bench.max_throughput(config)
                rate, cpu = row["articles_per_s"], row["cpu_ms_per_article"]
                print(f"  {rate:.0f} articles/s, {cpu:.2f} CPU ms/article", file=sys.stderr, flush=True)
                result["runs"].append({"run": run + 1, **row})
        result["summary"] = summarise(result["runs"])

        from batch_throughput import stage_profile

        # the articles one full worker judged, in its order: the dedup stage's cost grows with its index
        stage_ms = stage_profile([value for _, value in warm_records(records) + records])
        stages = {
            "stage_ms": {k: round(v, 3) for k, v in stage_ms.items()},
            "core_ms": round(sum(stage_ms.values()), 3),
        }
        if "full" in result["summary"]:
            worker_ms = result["summary"]["full"]["cpu_ms_per_article"]
            stages["worker_cpu_ms"] = worker_ms
            stages["kafka_faust_ms"] = round(worker_ms - stages["core_ms"], 3)
        result["stages"] = stages

        result["latency"] = []
        if args.latency_seconds > 0:
            for config in [
                c.strip() for c in args.latency_configs.split(",") if c.strip() in result["summary"]
            ]:
                rate = args.latency_load * result["summary"][config]["articles_per_s"]
                print(
                    f"latency: {config} at {rate:.0f}/s for {args.latency_seconds:.0f} s …", file=sys.stderr
                )
                result["latency"].append(bench.at_rate(config, rate, args.latency_seconds))
        if args.soak_seconds > 0 and "full" in result["summary"]:
            rate = args.soak_rate or 0.5 * result["summary"]["full"]["articles_per_s"]
            print(f"soak: full at {rate:.0f}/s for {args.soak_seconds:.0f} s …", file=sys.stderr)
            result["soak"] = bench.at_rate(
                "full",
                rate,
                args.soak_seconds,
                soak=True,
                window_hours=args.soak_window_hours,
                memory_every=args.soak_memory_every,
            )
    except Exception as error:  # keep what was measured so far
        result["error"] = repr(error)[:3000]
        print(f"benchmark failed: {error!r}", file=sys.stderr)
    finally:
        with contextlib.suppress(Exception):  # a broker that is gone keeps what is left
            dropped = bench.drop_topics()
            print(f"deleted the runs' {dropped} topics", file=sys.stderr)
        if started_broker:
            localbroker.stop(settings)
        if args.keep_logs:
            print(f"worker logs and state: {work_dir}", file=sys.stderr)
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
    print_tables(result)
    out = args.json or ROOT / "results" / f"throughput-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
