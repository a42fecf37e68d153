"""RocksDB memory per table partition, read from the real stores of a worker's tables (no broker)."""

from __future__ import annotations

from pathlib import Path

from streams.settings import Settings
from streams.shell.app import create_app
from streams.shell.store_memory import PROPERTIES, store_usage


def tables_of(settings: Settings):
    topology = create_app(settings).wirestream
    return topology, (topology.index_table, topology.story_table, topology.story_claims_table)


def test_rocksdb_tables_report_each_open_partition(tmp_path: Path):
    topology, tables = tables_of(Settings(store="rocksdb://", data_dir=str(tmp_path), partitions=2))
    index = tables[0]
    database = index.data._db_for_partition(1)  # what Faust opens when the partition is assigned
    for number in range(2_000):
        database[f"key-{number}".encode()] = b"x" * 200
    usage = store_usage(tables)
    assert {(u.table, u.partition) for u in usage} == {(index.name, 1)}
    by_kind = {u.kind: u.bytes for u in usage}
    assert set(by_kind) == set(PROPERTIES)
    assert by_kind["memtables"] > 2_000 * 200  # the writes sit in the write buffer until a flush
    assert topology.table_stores() == [tuple(u) for u in usage]


def test_memory_store_reports_nothing():
    topology, tables = tables_of(Settings(store="memory://"))
    assert store_usage(tables) == []
    assert topology.table_stores() == []
