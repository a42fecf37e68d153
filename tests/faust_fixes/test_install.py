"""faust_fixes.install: every fix plugged in through the transport's classes, before the clients exist."""

from __future__ import annotations

import asyncio

import faust
import pytest

from streams import faust_fixes
from streams.faust_fixes.changelog_buffer import Outbox, OutboxProducer
from streams.faust_fixes.fetch_wait import FETCH_MAX_WAIT_MS, ShortFetchWaitThread
from streams.faust_fixes.recovery import GuardedConsumer
from streams.settings import Settings
from streams.shell.app import create_app, create_worker


def new_app(name: str = "fixes-test") -> faust.App:
    return faust.App(name, broker="kafka://127.0.0.1:1", store="memory://")


def test_the_wirestream_app_gets_every_fix(tmp_path):
    app = create_app(Settings(data_dir=str(tmp_path), store="memory://"))
    assert isinstance(app.consumer, faust_fixes.WorkerConsumer)
    assert isinstance(app.consumer, GuardedConsumer)
    assert isinstance(app.producer, OutboxProducer)
    outbox = faust_fixes.changelog_outbox(app)
    assert isinstance(outbox, Outbox) and app.producer.buffer.outbox is outbox


def test_the_consumer_is_built_with_the_short_fetch_wait():
    async def scenario():
        app = faust_fixes.install(new_app())
        thread = app.consumer._thread
        assert isinstance(thread, ShortFetchWaitThread)
        consumer = thread._create_worker_consumer(app.transport)  # built, never started
        assert consumer._fetch_max_wait_ms == FETCH_MAX_WAIT_MS == 50

    asyncio.run(scenario())


def test_plain_faust_keeps_its_own_wait_and_buffer():
    async def scenario():
        app = new_app("plain")
        consumer = app.consumer._thread._create_worker_consumer(app.transport)
        assert consumer._fetch_max_wait_ms == 1500
        assert not hasattr(app.producer.buffer, "outbox")

    asyncio.run(scenario())


def test_install_refuses_an_app_whose_clients_exist_and_an_unreviewed_faust():
    app = new_app("late")
    app.producer  # noqa: B018  (created before the fixes)
    with pytest.raises(RuntimeError, match="before the app's consumer and producer"):
        faust_fixes.install(app)
    with pytest.raises(RuntimeError, match=r"0\.16\.0"):
        faust_fixes.check_faust("0.16.0")


def test_no_outbox_without_the_fixes():
    with pytest.raises(RuntimeError, match="no changelog outbox"):
        faust_fixes.changelog_outbox(new_app("bare"))


def test_the_worker_runs_without_the_start_up_spinner(tmp_path):
    settings = Settings(data_dir=str(tmp_path), store="memory://", log_level="warning")
    worker = create_worker(create_app(settings), settings.log_level)
    assert isinstance(worker, faust_fixes.QuietWorker) and worker.spinner is None
