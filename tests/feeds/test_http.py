"""The poller's HTTP client against the local newsroom: politeness, limits and failures."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import time

import pytest
from aiohttp import web

from streams.feeds.http import FetchFailed, PoliteClient, retry_after
from tests.feeds.conftest import FAST_POLICY
from tests.feeds.newsroom import Newsroom


def run(scenario, **newsroom):
    """Run ``scenario(room, client)`` against a fresh newsroom whose hosts are allowed."""

    async def main():
        room = await Newsroom(slow_seconds=3.0, **newsroom).start()
        try:
            async with PoliteClient(FAST_POLICY) as client:
                for outlet in room.outlets.values():
                    client.allow(outlet.base + "/")
                return await scenario(room, client)
        finally:
            await room.stop()

    return asyncio.run(main())


def fails_with(code: str, coroutine_factory):
    async def scenario(room, client):
        with pytest.raises(FetchFailed) as failure:
            await coroutine_factory(room, client)
        return room, failure.value

    room, failure = run(scenario)
    assert failure.code == code, failure
    return room, failure


def test_a_repeated_conditional_request_is_answered_304_without_a_body():
    async def scenario(room, client):
        first = await client.get(room.harbour.url("/rss.xml"))
        second = await client.get(
            room.harbour.url("/rss.xml"), etag=first.etag, last_modified=first.last_modified
        )
        return room, first, second

    room, first, second = run(scenario)
    assert first.status == 200 and first.body.startswith(b"<?xml") and first.etag
    assert second.not_modified and second.body == b""
    feed_requests = [r for r in room.harbour.requests if r.path == "/rss.xml"]
    assert feed_requests[1].headers["If-None-Match"] == first.etag
    assert feed_requests[1].headers["If-Modified-Since"] == first.last_modified


def test_user_agent_names_the_project_and_its_contact_and_gzip_is_asked_for():
    async def scenario(room, client):
        await client.get(room.harbour.url("/rss.xml"))
        return room

    room = run(scenario)
    for request in room.harbour.requests:
        assert request.headers["User-Agent"].startswith("wirestream/")
        assert "mailto:desk@wirestream.invalid" in request.headers["User-Agent"]
        assert "gzip" in request.headers["Accept-Encoding"]


def with_route(room, path, handler):
    """Serve ``path`` on every outlet with ``handler(request)``; the rest as the newsroom does."""
    original = room._respond

    async def respond(outlet, request):
        if request.path == path:
            return await handler(request)
        return await original(outlet, request)

    room._respond = respond


def test_a_gzip_body_is_decompressed():
    page = b"<html><body>" + b"<p>compressed words</p>" * 500 + b"</body></html>"

    async def scenario(room, client):
        async def gzipped(_request):
            headers = {"Content-Encoding": "gzip", "Content-Type": "text/html"}
            return web.Response(body=gzip.compress(page), headers=headers)

        with_route(room, "/gz", gzipped)
        return await client.get(room.harbour.url("/gz"))

    assert run(scenario).body == page


def test_429_waits_for_retry_after_then_succeeds():
    async def scenario(room, client):
        return room, await client.get(room.harbour.url("/news/busy"))

    room, page = run(scenario)
    assert page.status == 200 and b"night flights" in page.body
    tries = [r for r in room.harbour.requests if r.path == "/news/busy"]
    assert len(tries) == 2
    assert tries[1].started - tries[0].ended >= 0.95  # Retry-After: 1


def test_500_is_retried_with_backoff_then_succeeds():
    async def scenario(room, client):
        return room, await client.get(room.harbour.url("/news/flaky"))

    room, page = run(scenario)
    assert page.status == 200 and room.harbour.hits["/news/flaky"] == 2


def test_retries_stop_after_the_limit_and_a_404_is_not_retried():
    async def scenario(room, client):
        async def always_503(_request):
            return web.Response(status=503)

        with_route(room, "/always-503", always_503)
        codes = []
        for path in ("/always-503", "/news/missing-page"):
            with pytest.raises(FetchFailed) as failure:
                await client.get(room.harbour.url(path))
            codes.append((failure.value.code, failure.value.transient))
        return room, codes

    room, codes = run(scenario)
    assert codes == [("server_error", True), ("http_error", False)]
    assert room.harbour.hits["/always-503"] == FAST_POLICY.max_retries + 1
    assert room.harbour.hits["/news/missing-page"] == 1


def test_a_slow_response_times_out():
    started = time.monotonic()
    _room, failure = fails_with("timeout", lambda room, client: client.get(room.harbour.url("/news/slow")))
    assert failure.transient
    assert time.monotonic() - started < 3.0  # read timeout 0.6 s, no retry on timeouts


def test_a_redirect_loop_stops_at_the_cap():
    room, _ = fails_with(
        "too_many_redirects", lambda room, client: client.get(room.harbour.url("/news/loop"))
    )
    assert (
        room.harbour.hits["/news/loop"] + room.harbour.hits["/news/loop-again"]
        == FAST_POLICY.max_redirects + 1
    )


def test_an_endless_body_is_cut_at_the_size_cap_without_holding_it():
    import tracemalloc

    async def scenario(room, client):
        tracemalloc.start()
        try:
            with pytest.raises(FetchFailed) as failure:
                await client.get(room.harbour.url("/news/endless"))
            return failure.value, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    failure, peak = run(scenario)
    assert failure.code == "too_large"
    assert peak < 8 * FAST_POLICY.max_bytes  # the client holds about one cap's worth, never the stream


def test_a_declared_length_over_the_cap_is_refused_before_reading():
    async def scenario(room, client):
        room.harbour.documents["/big.xml"] = ("application/xml", b"x" * (FAST_POLICY.max_bytes + 1))
        with pytest.raises(FetchFailed) as failure:
            await client.get(room.harbour.url("/big.xml"))
        return failure.value

    assert run(scenario).code == "too_large"


def test_robots_txt_is_honoured_and_fetched_once():
    room, _ = fails_with(
        "robots_disallowed", lambda room, client: client.get(room.harbour.url("/private/staff-memo"))
    )
    assert room.harbour.hits["/private/staff-memo"] == 0
    assert room.harbour.hits["/robots.txt"] == 1


def test_no_request_leaves_the_allowed_hosts():
    async def scenario(room, client):
        client.allowed_hosts = {f"127.0.0.1:{room.harbour.port}"}  # coast is not in any feed here
        with pytest.raises(FetchFailed) as direct:
            await client.get(room.coast.url("/rss.xml"))
        return room, direct.value

    room, direct = run(scenario)
    assert direct.code == "offsite_redirect"
    assert room.coast.requests == []


def test_an_offsite_redirect_is_not_followed():
    async def scenario(room, client):
        client.allowed_hosts = {f"127.0.0.1:{room.harbour.port}"}

        async def moved(_request):
            raise web.HTTPMovedPermanently(room.coast.url("/rss.xml"))

        with_route(room, "/moved", moved)
        with pytest.raises(FetchFailed) as failure:
            await client.get(room.harbour.url("/moved"))
        return room, failure.value

    room, failure = run(scenario)
    assert failure.code == "offsite_redirect"
    assert room.coast.requests == []


def test_only_http_and_https():
    async def scenario(room, client):
        codes = []
        for url in ("ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)"):
            with pytest.raises(FetchFailed) as failure:
                await client.get(url)
            codes.append(failure.value.code)
        return codes

    assert run(scenario) == ["bad_url"] * 3


def test_one_request_at_a_time_per_host_with_the_gap_between():
    policy = dataclasses.replace(FAST_POLICY, host_gap=0.1)

    async def main():
        room = await Newsroom().start()
        try:
            async with PoliteClient(policy) as client:
                client.allow(room.harbour.base + "/")
                client.allow(room.coast.base + "/")
                urls = [
                    room.harbour.url(f"/news/{slug}") for slug in ("ferry-budget", "wind-farm", "rail-strike")
                ]
                urls += [room.coast.url("/news/ferry-budget")] * 3
                await asyncio.gather(*(client.get(url) for url in urls))
            return room
        finally:
            await room.stop()

    room = asyncio.run(main())
    for outlet in (room.harbour, room.coast):
        assert outlet.most_in_flight == 1
        assert outlet.hits["/robots.txt"] == 1  # concurrent first requests read robots.txt once
        starts = sorted(r.started for r in outlet.requests)
        ends = sorted(r.ended for r in outlet.requests)
        assert all(nxt - end >= 0.095 for end, nxt in zip(ends, starts[1:], strict=False)), outlet.name


def test_retry_after_reads_seconds_and_dates():
    assert retry_after("3") == 3.0
    assert retry_after(None) is None and retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: no wait


def test_a_redirect_within_the_allowed_hosts_is_followed_as_given():
    async def scenario(room, client):
        async def moved(_request):
            raise web.HTTPMovedPermanently("/news/ferry-budget?page=1#top")

        with_route(room, "/old-address", moved)
        return room, await client.get(room.harbour.url("/old-address"))

    room, page = run(scenario)
    assert page.status == 200 and page.url == room.harbour.url("/news/ferry-budget?page=1")
    assert b"ferry budget" in page.body
