"""`create_topics` against the real broker: a refusal is an error, never a false `created`."""

from __future__ import annotations

import asyncio
import uuid

from streams.settings import Settings
from streams.shell.topics import TopicsRefused, create_topics


def test_refused_topics_raise_and_none_is_reported_created(broker_settings: Settings):
    name = f"ref{uuid.uuid4().hex[:8]}"
    settings = broker_settings.replace(topic_prefix=f"{name}.", app_id=name, replication_factor=3)
    try:
        asyncio.run(create_topics(settings))
    except TopicsRefused as refused:
        assert len(refused.refused) >= 10
        assert "replication_factor=3" in str(refused)
    else:
        raise AssertionError("a replication factor of 3 on one broker must be refused")
