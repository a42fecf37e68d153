"""The worker's web endpoints: the live dashboard, its JSON feed, and Prometheus ``/metrics``.

``install(app, source)`` is called once by the shell; it registers the pages on Faust's web server
(bound to ``settings.web_host:web_port``, 127.0.0.1 by default) and a timer that samples consumer lag;
``/metrics`` reads the table stores' RocksDB memory when it is scraped.
The web layer knows the pipeline only through :class:`Observed`, never the shell's classes. The page is
plain HTML/CSS/JS shipped with the package: it works offline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import faust

    from streams.web.metrics import PipelineMetrics
    from streams.web.views import Dashboard

#: Seconds between two consumer-lag samples.
LAG_INTERVAL = 2.0

ENDPOINTS = {
    "/dashboard/": "the live dashboard (HTML)",
    "/dashboard/data.json": "what the dashboard shows, as JSON (the page polls it every second)",
    "/metrics": "Prometheus metrics (text exposition format)",
}


class Observed(Protocol):
    """What the pages need from a running pipeline."""

    @property
    def app_id(self) -> str: ...

    @property
    def metrics(self) -> PipelineMetrics: ...

    async def lag(self) -> list[tuple[str, int, int]]:
        """(topic, partition, records behind the end) for the agents' assigned partitions."""
        ...

    def table_stores(self) -> Sequence[tuple[str, int, str, int]]:
        """(table, partition, kind, bytes) of the RocksDB stores behind the tables (none for memory://)."""
        ...


def install(app: faust.App, source: Observed) -> Dashboard:
    """Register the dashboard, its JSON feed, ``/metrics`` and the lag sampler on ``app``."""
    from streams.web.views import register

    return register(app, source, lag_interval=LAG_INTERVAL)
