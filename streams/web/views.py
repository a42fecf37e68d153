"""Faust views: ``/dashboard/`` (+ its static files and JSON feed) and ``/metrics``."""

from __future__ import annotations

import logging
import os
import socket
from importlib import resources
from typing import TYPE_CHECKING, Any

from faust import web
from prometheus_client import CONTENT_TYPE_LATEST

if TYPE_CHECKING:
    import faust

    from streams.web import Observed

log = logging.getLogger(__name__)

STATIC = {
    "dashboard.css": "text/css",
    "dashboard.js": "application/javascript",
}


def static_file(name: str) -> bytes:
    return resources.files("streams.web").joinpath("static", name).read_bytes()


class Dashboard:
    """The web side of one worker: pages and the consumer-lag sampler."""

    def __init__(self, source: Observed, *, lag_interval: float) -> None:
        self.source = source
        self.metrics = source.metrics
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.lag_interval = lag_interval

    async def lag_timer(self) -> None:
        try:
            self.metrics.lag(await self.source.lag())
        except Exception as error:  # never let the sampler take the worker down
            log.debug("lag sample failed: %r", error)

    def metrics_text(self) -> bytes:
        """The Prometheus exposition, with the table stores read at this moment."""
        try:
            self.metrics.table_stores(self.source.table_stores())
        except Exception as error:  # a store closing during a rebalance: keep the last sample
            log.debug("table store sample failed: %r", error)
        return self.metrics.exposition()

    def data(self) -> dict[str, Any]:
        snapshot = self.metrics.live.snapshot(worker=self.worker)
        snapshot["app_id"] = self.source.app_id
        return snapshot


def register(app: faust.App, source: Observed, *, lag_interval: float) -> Dashboard:
    dashboard = Dashboard(source, lag_interval=lag_interval)
    index = static_file("dashboard.html")
    assets = {name: (static_file(name), kind) for name, kind in STATIC.items()}

    @app.page("/dashboard/", name="wirestream_dashboard")
    async def dashboard_page(self: web.View, request: web.Request) -> web.Response:
        return self.bytes(index, content_type="text/html", headers={"Cache-Control": "no-cache"})

    @app.page("/dashboard/data.json", name="wirestream_dashboard_data")
    async def dashboard_data(self: web.View, request: web.Request) -> web.Response:
        return self.json(dashboard.data(), headers={"Cache-Control": "no-store"})

    @app.page("/dashboard/static/{name}", name="wirestream_dashboard_static")
    async def dashboard_static(self: web.View, request: web.Request, name: str) -> web.Response:
        if name not in assets:
            return self.text("not found", status=404)
        body, kind = assets[name]
        return self.bytes(body, content_type=kind, headers={"Cache-Control": "no-cache"})

    @app.page("/metrics", name="wirestream_metrics")
    async def metrics_page(self: web.View, request: web.Request) -> web.Response:
        return self.bytes(dashboard.metrics_text(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.timer(lag_interval, name="wirestream.lag")(dashboard.lag_timer)
    return dashboard
