"""The worker's web endpoints: the live dashboard, its JSON feed, and Prometheus ``/metrics``.

``install(app, topology)`` is called once from ``Topology.__init__``; it registers the pages on Faust's
web server (bound to ``settings.web_host:web_port``, 127.0.0.1 by default) and a timer that samples
consumer lag. The page is plain HTML/CSS/JS shipped with the package: it works offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import faust

    from streams.shell.app import Topology

#: Seconds between two consumer-lag samples.
LAG_INTERVAL = 2.0

ENDPOINTS = {
    "/dashboard/": "the live dashboard (HTML)",
    "/dashboard/data.json": "what the dashboard shows, as JSON (the page polls it every second)",
    "/metrics": "Prometheus metrics (text exposition format)",
}


def install(app: faust.App, topology: Topology) -> Any:
    """Register the dashboard, its JSON feed, ``/metrics`` and the lag sampler on ``app``."""
    from streams.web.views import register

    return register(app, topology, lag_interval=LAG_INTERVAL)
