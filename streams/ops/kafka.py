"""Kafka clients for the operator tools, configured in one place: producer, reader, admin, partitions.

Every client gets the cluster's security settings (``Settings.kafka_client_config``) and sizes that take
wirestream's largest records (``MAX_MESSAGE_BYTES``). Partitions are discovered with the admin client's
metadata request, a public call, so a topic created a moment ago is seen.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.settings import Settings
from streams.shell.topics import MAX_MESSAGE_BYTES


def producer(settings: Settings, **options: Any) -> AIOKafkaProducer:
    """A producer that waits for all in-sync replicas and batches for up to 5 ms (``options`` override)."""
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "max_request_size": MAX_MESSAGE_BYTES,
        "acks": "all",
        "linger_ms": 5,
        **settings.kafka_client_config(),
    }
    return AIOKafkaProducer(**{**config, **options})


def reader(settings: Settings) -> AIOKafkaConsumer:
    """A consumer outside any group, sized for wirestream's topics: read with :func:`assign_all`."""
    return AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        enable_auto_commit=False,
        auto_offset_reset="earliest",  # a partition without a position starts at its beginning
        max_partition_fetch_bytes=MAX_MESSAGE_BYTES,
        fetch_max_bytes=MAX_MESSAGE_BYTES * 4,
        **settings.kafka_client_config(),
    )


def admin(settings: Settings) -> AIOKafkaAdminClient:
    """An admin client (start it, and close it when done)."""
    return AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_config())


async def partitions(settings: Settings, topics: Iterable[str]) -> list[TopicPartition]:
    """Every partition of ``topics`` (full names), in order; a topic that does not exist has none."""
    wanted = list(dict.fromkeys(topics))
    if not wanted:
        return []
    client = admin(settings)
    await client.start()
    try:
        described = {topic["topic"]: topic for topic in await client.describe_topics(wanted)}
    finally:
        await client.close()
    found = []
    for name in wanted:
        topic = described.get(name)
        if topic is None or topic.get("error_code"):
            continue
        found += [TopicPartition(name, p) for p in sorted(part["partition"] for part in topic["partitions"])]
    return found


async def assign(consumer: AIOKafkaConsumer, assigned: list[TopicPartition], timeout: float = 30.0) -> None:
    """Assign ``assigned`` and wait until the consumer's own metadata knows their topics.

    Seeking before that races the consumer's default offset reset (latest) once the metadata arrives.
    """
    consumer.assign(assigned)
    deadline = time.monotonic() + timeout
    for topic in dict.fromkeys(tp.topic for tp in assigned):
        while not consumer.partitions_for_topic(topic):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no metadata for {topic} after {timeout:g} s")
            await asyncio.sleep(0.02)


async def assign_all(
    consumer: AIOKafkaConsumer, settings: Settings, topics: Iterable[str], *, at_end: bool = False
) -> list[TopicPartition]:
    """Assign every partition of ``topics`` (full names) from their beginning, or their current end."""
    assigned = await partitions(settings, topics)
    await assign(consumer, assigned)
    if at_end:
        await consumer.seek_to_end(*assigned)
    elif assigned:
        await consumer.seek_to_beginning(*assigned)
    for tp in assigned:
        await consumer.position(tp)  # resolve the seek now (for "end": before anything new is produced)
    return assigned
