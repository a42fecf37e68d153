"""How much memory (and disk) the RocksDB stores behind the worker's tables use, read from RocksDB itself.

Each table partition this worker holds is one RocksDB database (Faust's ``rocksdb://`` store over
``rocksdict``). Its memory is what RocksDB reports for three things, each capped by the options in
:data:`streams.shell.app.ROCKSDB_OPTIONS`: the memtables (write buffers), the block cache, and the
index and filter blocks of the open SST files (table readers). The SST files' size on disk is read too.
A ``memory://`` store has no such databases and reports nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

#: What is read per database: our name → RocksDB property (all in bytes).
PROPERTIES = {
    "memtables": "rocksdb.cur-size-all-mem-tables",
    "block_cache": "rocksdb.block-cache-usage",
    "table_readers": "rocksdb.estimate-table-readers-mem",
    "sst_files": "rocksdb.total-sst-files-size",
}


class StoreUsage(NamedTuple):
    """One property of one table partition's database."""

    table: str
    partition: int
    kind: str  # a key of PROPERTIES
    bytes: int


def store_usage(tables: Iterable[Any]) -> list[StoreUsage]:
    """The properties of every open RocksDB database of ``tables`` (Faust tables), by partition.

    Faust keeps a rocksdb store's open databases in ``Store._dbs`` (partition → ``rocksdict.Rdict``)
    and has no public accessor for them; a store without that attribute (``memory://``) is skipped.
    """
    usage = []
    for table in tables:
        databases = getattr(table.data, "_dbs", None)
        if not databases:
            continue
        for partition, database in sorted(dict(databases).items()):
            for kind, name in PROPERTIES.items():
                value = database.property_int_value(name)
                if value is not None:
                    usage.append(StoreUsage(table.name, partition, kind, int(value)))
    return usage
