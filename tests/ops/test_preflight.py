"""A worker's table state that is ahead of its changelogs (a reset broker) is removed before Faust sees it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rocksdict import Options, Rdict

from streams.ops.kafka import producer
from streams.ops.preflight import FAUST_OFFSET_KEY, drop_stale_table_state, persisted_offsets
from streams.shell.app import TABLE_DIR
from streams.shell.topics import changelog_topic
from tests.integration.conftest import broker_settings, pipeline_settings  # noqa: F401  (fixtures)


def table_db(tables: Path, name: str, offset: int | None) -> Path:
    """A table partition database as Faust's RocksDB store leaves it: rows and, maybe, its offset."""
    path = tables / name
    db = Rdict(str(path), options=Options(raw_mode=True))
    db[b'"story-1"'] = b'{"story_id": "story-1"}'
    if offset is not None:
        db[FAUST_OFFSET_KEY] = str(offset).encode()
    db.close()
    return path


def test_persisted_offsets_are_read_from_each_table_partition(tmp_path: Path):
    table_db(tmp_path, "stories-0.db", 7)
    table_db(tmp_path, "stories-3.db", 0)
    table_db(tmp_path, "stories-1.db", None)  # never wrote an offset: nothing to compare
    table_db(tmp_path, "stories-backup.db", 9)  # not a partition
    table_db(tmp_path, "story-claims-2.db", 4)
    found = persisted_offsets(tmp_path, ["stories", "story-claims"])
    assert {key: offset for key, (_, offset) in found.items()} == {
        ("stories", 0): 7,
        ("stories", 3): 0,
        ("story-claims", 2): 4,
    }


@pytest.mark.kafka
def test_state_ahead_of_its_changelog_is_removed_and_state_behind_it_kept(pipeline_settings):  # noqa: F811
    settings = pipeline_settings
    tables = settings.worker_data_dir / TABLE_DIR
    tables.mkdir(parents=True)
    changelog = changelog_topic(settings.app_id, "stories")

    async def write_changelog() -> None:  # three records on partition 1; partition 0 stays empty
        client = producer(settings)
        await client.start()
        try:
            for n in range(3):
                await client.send_and_wait(changelog, b"{}", key=b'"s%d"' % n, partition=1)
        finally:
            await client.stop()

    asyncio.run(write_changelog())
    reset = table_db(tables, "stories-0.db", 5)  # built from a changelog the broker no longer has
    behind = table_db(tables, "stories-1.db", 1)  # offsets 2 and 3 are still to restore

    said = asyncio.run(drop_stale_table_state(settings))

    assert not reset.exists() and behind.exists()
    assert len(said) == 1 and str(reset) in said[0] and f"{changelog}[0]" in said[0]
    assert asyncio.run(drop_stale_table_state(settings)) == []  # nothing left to remove
