"""Fault-suite helpers on top of tests/integration/harness.py: workers run from any module, progress by
end offsets, memory samples, and the accounting every fault test ends with."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka import AIOKafkaConsumer, TopicPartition

from streams.ops.kafka import assign_all, reader
from streams.settings import Settings
from tests.faults.corpus import Input
from tests.integration.harness import Outputs, WorkerProcess, send_all


class Worker(WorkerProcess):
    """A worker subprocess the fault tests can also ``kill -9`` and wait on."""

    def kill9(self) -> None:
        """SIGKILL the whole process group at once: no commit, no flush, no goodbye."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def wait_ready(self, timeout: float = 120.0, after: int = 0) -> None:
        """Until the worker logs its ``after``+1-th "Worker ready" (it has partitions and runs)."""
        deadline = time.monotonic() + timeout
        while self.log().count("Worker ready") <= after:
            self.assert_alive()
            if time.monotonic() > deadline:
                raise AssertionError(f"worker not ready after {timeout:.0f}s:\n{self.log()[-3000:]}")
            time.sleep(0.3)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid


def send_inputs(settings: Settings, inputs: list[Input]):
    """Send every input to its raw partition, in order; returns where each landed."""
    return asyncio.run(send_all(settings, [(None, item.value, item.partition) for item in inputs]))


async def _end_offsets(settings: Settings, topics: tuple[str, ...]) -> dict[str, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    await consumer.start()
    try:
        await consumer._client.force_metadata_update()
        parts = [
            TopicPartition(settings.topic(topic), p)
            for topic in topics
            for p in consumer.partitions_for_topic(settings.topic(topic)) or ()
        ]
        ends = await consumer.end_offsets(parts)
    finally:
        await consumer.stop()
    totals: dict[str, int] = defaultdict(int)
    for tp, end in ends.items():
        totals[tp.topic[len(settings.topic_prefix) :]] += end
    return dict(totals)


def records_out(settings: Settings) -> int:
    """Records on articles.enriched + articles.dlq so far (end offsets, re-emits included)."""
    ends = asyncio.run(_end_offsets(settings, ("articles.enriched", "articles.dlq")))
    return sum(ends.values())


def wait_for_output(
    settings: Settings, at_least: int, timeout: float, workers=(), interval: float = 0.5
) -> int:
    """Poll end offsets until enriched + dlq hold ``at_least`` records; fail if a worker died."""
    deadline = time.monotonic() + timeout
    while True:
        for worker in workers:
            worker.assert_alive()
        count = records_out(settings)
        if count >= at_least:
            return count
        if time.monotonic() > deadline:
            raise AssertionError(f"only {count} of {at_least} records out after {timeout:.0f}s")
        time.sleep(interval)


async def _read_all(settings: Settings, topics: tuple[str, ...], timeout: float) -> Outputs:
    """Read ``topics`` from the beginning up to their current end offsets."""
    import orjson

    consumer = reader(settings)
    await consumer.start()
    outputs = Outputs()
    try:
        parts = await assign_all(consumer, settings, [settings.topic(topic) for topic in topics])
        ends = await consumer.end_offsets(parts)
        remaining = {tp for tp, end in ends.items() if end > 0}
        deadline = time.monotonic() + timeout
        prefix = len(settings.topic_prefix)
        while remaining and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500, max_records=5000)
            for tp, records in batches.items():
                for record in records:
                    outputs.records[tp.topic[prefix:]].append((record.key, orjson.loads(record.value)))
                if records and records[-1].offset + 1 >= ends[tp]:
                    remaining.discard(tp)
        assert not remaining, f"could not read to the end of {remaining}"
    finally:
        await consumer.stop()
    return outputs


def read_outputs(
    settings: Settings, topics: tuple[str, ...] = ("articles.enriched", "articles.dlq"), timeout: float = 120
) -> Outputs:
    return asyncio.run(_read_all(settings, topics, timeout))


def settle(settings: Settings, expected: int, timeout: float, workers=()) -> int:
    """Wait until ``expected`` records are out and nothing more arrives for a few seconds."""
    count = wait_for_output(settings, expected, timeout, workers)
    while True:
        time.sleep(3)
        again = records_out(settings)
        if again == count:
            return count
        count = again


@dataclass
class Accounting:
    """What came out for a list of inputs: lost, duplicated, differing re-emits, verdict mismatches."""

    sent: int = 0
    records_out: int = 0
    enriched_keys: int = 0
    dead_lettered: int = 0
    lost: list[int] = field(default_factory=list)
    duplicate_keys: int = 0
    duplicate_records: int = 0
    differing_reemits: list[str] = field(default_factory=list)
    wrong_verdicts: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"sent={self.sent} records_out={self.records_out} enriched_keys={self.enriched_keys} "
            f"dlq={self.dead_lettered} lost={len(self.lost)} duplicate_keys={self.duplicate_keys} "
            f"duplicate_records={self.duplicate_records} differing_reemits={len(self.differing_reemits)} "
            f"wrong_verdicts={len(self.wrong_verdicts)} unexpected={len(self.unexpected)}"
        )

    def assert_clean(self) -> None:
        assert not self.lost, f"lost inputs {self.lost[:20]}: {self.summary()}"
        assert not self.differing_reemits, f"re-emits differ {self.differing_reemits[:5]}: {self.summary()}"
        assert not self.wrong_verdicts, f"verdicts differ {self.wrong_verdicts[:5]}: {self.summary()}"
        assert not self.unexpected, f"unexpected records {self.unexpected[:5]}: {self.summary()}"


def without(record: dict, *names: str) -> dict:
    return {k: v for k, v in record.items() if k not in names}


def account(inputs: list[Input], sent, outputs: Outputs, expected_verdicts: dict[str, dict]) -> Accounting:
    """Every input has its enriched (by id) or DLQ (by raw partition/offset) record; re-emits identical
    except processed_at (failed_at on the DLQ); verdicts equal ``expected_verdicts`` (id → dedup)."""
    acc = Accounting(sent=len(inputs))
    enriched: dict[str, list[dict]] = defaultdict(list)
    for key, value in outputs.records["articles.enriched"]:
        enriched[(key or b"").decode()].append(value)
    dlq: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for _, value in outputs.records["articles.dlq"]:
        dlq[(value["origin"]["partition"], value["origin"]["offset"])].append(value)
    acc.records_out = sum(map(len, enriched.values())) + sum(map(len, dlq.values()))
    acc.enriched_keys, acc.dead_lettered = len(enriched), len(dlq)

    wanted_ids, wanted_dlq = set(), set()
    for item, where in zip(inputs, sent, strict=True):
        if item.article_id is None:
            wanted_dlq.add((where.partition, where.offset))
            if (where.partition, where.offset) not in dlq:
                acc.lost.append(item.index)
        else:
            wanted_ids.add(item.article_id)
            if item.article_id not in enriched:
                acc.lost.append(item.index)
    acc.unexpected += [key for key in enriched if key not in wanted_ids]
    acc.unexpected += [f"dlq@{origin}" for origin in dlq if origin not in wanted_dlq]

    for key, copies in enriched.items():
        if len(copies) > 1:
            acc.duplicate_keys += 1
            acc.duplicate_records += len(copies) - 1
            first = without(copies[0], "processed_at")
            if any(without(other, "processed_at") != first for other in copies[1:]):
                acc.differing_reemits.append(key)
        dedup = without(copies[-1]["dedup"], "event_time")  # arrival time when no published_at
        if key in expected_verdicts and dedup != expected_verdicts[key]:
            acc.wrong_verdicts.append(f"{key}: {dedup} != {expected_verdicts[key]}")
        if dedup.get("duplicate_of") == key:
            acc.wrong_verdicts.append(f"{key} is a duplicate of itself")
    for origin, copies in dlq.items():
        if len(copies) > 1:
            first = without(copies[0], "failed_at")
            if any(without(other, "failed_at") != first for other in copies[1:]):
                acc.differing_reemits.append(f"dlq@{origin}")
    return acc


def undisturbed_verdicts(inputs: list[Input], settings: Settings) -> dict[str, dict]:
    """Verdicts of an undisturbed run: the batch enrichment (same core) over the inputs in input order."""
    from streams.ops.batch import enrich_lines

    results = enrich_lines((item.value for item in inputs if item.value.strip()), settings)
    return {record["id"]: without(record["dedup"], "event_time") for ok, record in results if ok}


def check_ground_truth(inputs: list[Input], verdicts: dict[str, dict]) -> None:
    """The undisturbed run itself is right: originals are originals, copies point at their original."""
    for item in inputs:
        if item.article_id is None:
            continue
        verdict = verdicts[item.article_id]
        if item.copy_of is None:
            assert verdict["status"] == "original", (item.article_id, verdict)
        else:
            assert verdict["status"] == "duplicate" and verdict["duplicate_of"] == item.copy_of, (
                item.article_id,
                verdict,
            )


def vm_rss_kib(pid: int) -> int:
    """Resident set of a process in KiB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


class RssSampler(threading.Thread):
    """Samples a process's VmRSS every ``interval`` seconds in the background."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, int]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        started = time.monotonic()
        while not self._halt.is_set():
            rss = vm_rss_kib(self.pid)
            if rss:
                self.samples.append((time.monotonic() - started, rss))
            self._halt.wait(self.interval)

    def stop(self) -> list[tuple[float, int]]:
        self._halt.set()
        self.join()
        return self.samples
