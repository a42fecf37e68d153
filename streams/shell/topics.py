"""Topic names, their configs, and creating them up front (Faust creates only its own changelogs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# the largest message the topics (and the worker's producer) accept; defined beside max_record_bytes
from streams.settings import MAX_MESSAGE_BYTES as MAX_MESSAGE_BYTES
from streams.settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    name: str
    doc: str
    key: str
    config: dict[str, str] = field(default_factory=dict)
    partitions: int | None = None  # None: the `partitions` setting

    def partition_count(self, settings: Settings) -> int:
        return self.partitions or settings.partitions


#: The broker stamps each input record as it arrives (producers' clocks and replayed timestamps are
#: ignored): that stamp is ``received_at``, which the dedup window counts (docs/dedup.md).
RAW = TopicSpec(
    "articles.raw",
    "input: the firehose (JSON object or plain text)",
    "article id or none",
    {"message.timestamp.type": "LogAppendTime"},
)
FINGERPRINTS = TopicSpec(
    "articles.fingerprints", "internal: prepared articles re-keyed so copies meet", "dedup key (language)"
)
ENRICHED = TopicSpec("articles.enriched", "every valid article, enriched", "article id")
UNIQUE = TopicSpec("articles.unique", "first copy of each story only", "article id")
DLQ = TopicSpec("articles.dlq", "what could not be enriched, with the reason", "original key")
STORIES = TopicSpec(
    "stories", "story state after each change (compacted)", "story id", {"cleanup.policy": "compact"}
)
CLAIMS = TopicSpec(
    "claims",
    "one record per claim, merged across copies (compacted)",
    "claim key",
    {"cleanup.policy": "compact"},
)

FEEDS_STATE = TopicSpec(
    "feeds.state",
    "wirestream poll: feed validators and what was sent per entry (compacted; one poller reads it all)",
    "feed|<url> or entry|<url>",
    {"cleanup.policy": "compact"},
    partitions=1,
)

TOPICS: tuple[TopicSpec, ...] = (RAW, FINGERPRINTS, ENRICHED, UNIQUE, DLQ, STORIES, CLAIMS, FEEDS_STATE)
TOPIC_NAMES: tuple[str, ...] = tuple(spec.name for spec in TOPICS)

#: The judge's Faust tables; their changelog topics are ``<app_id>-<table>-changelog``.
TABLE_NAMES: tuple[str, ...] = ("dedup-index", "stories", "story-claims")


def changelog_topic(app_id: str, table: str) -> str:
    return f"{app_id}-{table}-changelog"


async def create_topics(settings: Settings) -> list[str]:
    """Create every topic (and the tables' changelogs) that does not exist yet; return those created."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_config()
    )
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                settings.topic(spec.name),
                num_partitions=spec.partition_count(settings),
                replication_factor=settings.replication_factor,
                topic_configs={"max.message.bytes": str(MAX_MESSAGE_BYTES), **spec.config},
            )
            for spec in TOPICS
            if settings.topic(spec.name) not in existing
        ]
        # Faust would create the changelogs itself, but two workers starting at once race to do it and
        # one can see a changelog with 0 partitions (PartitionsMismatch): create them here, up front.
        wanted += [
            NewTopic(
                name,
                num_partitions=settings.partitions,
                replication_factor=settings.replication_factor,
                topic_configs={"cleanup.policy": "compact", "max.message.bytes": str(MAX_MESSAGE_BYTES)},
            )
            for name in (changelog_topic(settings.app_id, table) for table in TABLE_NAMES)
            if name not in existing
        ]
        if not wanted:
            return []
        response = await admin.create_topics(wanted)
        refused = {
            topic: f"{error_message or 'error ' + str(code)}"
            for topic, code, error_message in _topic_errors(response)
            if code not in (0, TOPIC_ALREADY_EXISTS)
        }
        if refused:
            raise TopicsRefused(refused, settings)
        created = {topic for topic, code, _message in _topic_errors(response) if code == 0}
        await _wait_for_leaders(admin, created)
    finally:
        await admin.close()
    return [topic.name for topic in wanted if topic.name in created]


async def _wait_for_leaders(admin: Any, topics: set[str], timeout: float = 15.0) -> None:
    """Until every partition of the new ``topics`` has a leader (or ``timeout``): clients that start
    right after would otherwise log NotLeaderForPartition retries while the broker elects them."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while topics and time.monotonic() < deadline:
        described = await admin.describe_topics(sorted(topics))
        if len(described) == len(topics) and all(
            not topic.get("error_code")
            and topic["partitions"]
            and all(partition["leader"] not in (None, -1) for partition in topic["partitions"])
            for topic in described
        ):
            return
        await asyncio.sleep(0.1)


#: Kafka's error code when another client created the topic first (two workers starting at once).
TOPIC_ALREADY_EXISTS = 36


def _topic_errors(response: Any) -> list[tuple[str, int, str]]:
    """(topic, error code, message) from any CreateTopics response version."""
    rows = []
    for entry in response.topic_errors:
        topic, code, *rest = entry
        rows.append((topic, code, rest[0] if rest and rest[0] else ""))
    return rows


class TopicsRefused(Exception):
    """The broker refused to create topics; the message gives its reason in one line."""

    def __init__(self, refused: dict[str, str], settings: Settings) -> None:
        self.refused = refused
        reasons = sorted(set(refused.values()))
        super().__init__(
            f"the broker refused to create {len(refused)} topic(s) ({', '.join(sorted(refused)[:3])}"
            f"{', …' if len(refused) > 3 else ''}): {'; '.join(reasons)} "
            f"[partitions={settings.partitions} ({settings.source('partitions')}), "
            f"replication_factor={settings.replication_factor} ({settings.source('replication_factor')})]"
        )
