"""Polite, bounded HTTP for the poller: one request at a time per host, a gap between requests,
robots.txt, conditional GET, retries that honour Retry-After, capped sizes and redirects, and an
allow-list of hosts (those of the feeds and of the entries they list) that no request leaves.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import urllib.robotparser
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import aiohttp

from streams import __version__
from streams.core.urls import canonical_url, host_of

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_BYTES = 64 * 1024
ROBOTS_BYTES = 512 * 1024
ROBOTS_TOKEN = "wirestream"


class FetchFailed(Exception):
    """A request that did not give a usable answer; ``code`` goes to the DLQ and the metrics."""

    def __init__(self, code: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason
        self.transient = transient  # worth trying again in a later cycle
        self.retry_in: float | None = None  # set when worth retrying now, after this many seconds


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: 200 with a body, or 304 (not modified) without one."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    charset: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class HttpPolicy:
    """How the poller treats publishers (from the settings)."""

    contact: str = ""
    host_gap: float = 1.0  # seconds between two requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    max_retries: int = 3
    backoff_base: float = 1.0
    max_retry_after: float = 120.0  # a publisher asking for longer is tried again next cycle
    max_crawl_delay: float = 30.0
    robots_ttl: float = 3600.0

    @property
    def user_agent(self) -> str:
        contact = f"; +{self.contact}" if self.contact else ""
        return f"wirestream/{__version__} (news feed poller{contact})"


@dataclass
class HostSlot:
    """One host's turn-taking: a lock (one request at a time) and the earliest next request time."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    not_before: float = 0.0
    blocked_until: float = 0.0  # a Retry-After longer than a retry may wait
    gap: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_until: float = 0.0
    requests: int = 0


class PoliteClient:
    """GET pages from allowed hosts only; use as ``async with PoliteClient(policy) as client``."""

    def __init__(self, policy: HttpPolicy, *, on_request=None) -> None:
        self.policy = policy
        self.allowed_hosts: set[str] = set()
        self.slots: dict[str, HostSlot] = {}
        self.session: aiohttp.ClientSession | None = None
        self.on_request = on_request  # called with (host, status or error code) per request made
        self.requests = 0

    async def __aenter__(self) -> PoliteClient:
        timeout = aiohttp.ClientTimeout(
            total=self.policy.total_timeout,
            sock_connect=self.policy.connect_timeout,
            sock_read=self.policy.read_timeout,
        )
        self.session = aiohttp.ClientSession(
            timeout=timeout,
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            connector=aiohttp.TCPConnector(limit=100, limit_per_host=1, ttl_dns_cache=300),
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=True,
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.session is not None:
            await self.session.close()

    def allow(self, url: str) -> None:
        """Add the host of ``url`` (a feed or an entry) to the hosts requests may go to."""
        self.allowed_hosts.add(host_of(url))

    def slot(self, host: str) -> HostSlot:
        if host not in self.slots:
            self.slots[host] = HostSlot(gap=self.policy.host_gap)
        return self.slots[host]

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "*/*",
        max_bytes: int | None = None,
    ) -> Page:
        """Fetch ``url`` politely; raises :class:`FetchFailed`. Redirects are followed by hand."""
        current = self._checked(url)
        for _hop in range(self.policy.max_redirects + 1):
            await self._check_robots(current)
            page = await self._get_with_retries(current, etag, last_modified, accept, max_bytes)
            if not isinstance(page, str):
                return page
            target = urljoin(current, page.strip()).split("#", 1)[0]  # requested as the server says
            if canonical_url(target) is None or urlsplit(target).scheme.lower() not in ("http", "https"):
                raise FetchFailed("bad_url", f"{current} redirects to a non-http(s) URL {page[:200]!r}")
            if host_of(target) not in self.allowed_hosts:
                raise FetchFailed(
                    "offsite_redirect", f"{current} redirects to {target}, a host no feed lists"
                )
            current = target
            etag = last_modified = None  # validators belong to the original URL
        raise FetchFailed(
            "too_many_redirects", f"{url} redirected more than {self.policy.max_redirects} times"
        )

    def _checked(self, url: str) -> str:
        canonical = canonical_url(url)
        if canonical is None or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
            raise FetchFailed("bad_url", f"not an http(s) URL: {url[:200]!r}")
        if host_of(url) not in self.allowed_hosts:
            raise FetchFailed("offsite_redirect", f"{host_of(url)} is not a host of any feed or entry")
        return url.strip()

    async def _get_with_retries(
        self, url: str, etag: str | None, last_modified: str | None, accept: str, max_bytes: int | None
    ) -> Page | str:
        """A Page, or the Location of a redirect; 429/5xx and dropped connections retried with backoff."""
        attempt = 0
        while True:
            try:
                return await self._request(url, etag, last_modified, accept, max_bytes, attempt)
            except FetchFailed as failure:
                if failure.retry_in is None or attempt >= self.policy.max_retries:
                    raise
                log.debug("%s: %s, retry %d in %.2fs", url, failure.code, attempt + 1, failure.retry_in)
                attempt += 1

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter: uniform in [0, base · 2^attempt]."""
        return random.uniform(0.0, self.policy.backoff_base * (2**attempt))

    async def _request(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        accept: str,
        max_bytes: int | None,
        attempt: int,
    ) -> Page | str:
        assert self.session is not None, "use PoliteClient as an async context manager"
        host = host_of(url)
        slot = self.slot(host)
        limit = max_bytes or self.policy.max_bytes
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with slot.lock:
            if slot.blocked_until > time.monotonic():
                raise FetchFailed(
                    "rate_limited", f"{url}: {host} asked for a pause longer than a retry", transient=True
                )
            delay = slot.not_before - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            slot.requests += 1
            self.requests += 1
            try:
                async with self.session.get(url, headers=headers, allow_redirects=False) as response:
                    status = response.status
                    self._report(host, str(status))
                    if status in REDIRECT_STATUSES:
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchFailed("http_error", f"{url}: HTTP {status} without a Location")
                        return location
                    if status in RETRY_STATUSES:
                        raise self._retry_later(
                            slot, url, status, response.headers.get("Retry-After"), attempt
                        )
                    if status == 304:
                        return Page(url, 304, etag=etag, last_modified=last_modified)
                    if status != 200:
                        raise FetchFailed("http_error", f"{url}: HTTP {status}")
                    declared = response.content_length
                    if declared is not None and declared > limit:
                        raise FetchFailed("too_large", f"{url}: {declared:,} bytes declared; limit {limit:,}")
                    body = await read_capped(response, limit, url)
                    return Page(
                        url=url,
                        status=200,
                        body=body,
                        etag=response.headers.get("ETag"),
                        last_modified=response.headers.get("Last-Modified"),
                        content_type=response.content_type or "",
                        charset=response.charset,
                    )
            except TimeoutError:
                self._report(host, "timeout")
                raise FetchFailed(
                    "timeout", f"{url}: no answer within the timeouts", transient=True
                ) from None
            except aiohttp.ClientError as error:
                self._report(host, "connection_failed")
                failure = FetchFailed("connection_failed", f"{url}: {error}", transient=True)
                failure.retry_in = self._backoff(attempt)
                slot.not_before = time.monotonic() + failure.retry_in
                raise failure from None
            finally:
                slot.not_before = max(slot.not_before, time.monotonic() + slot.gap)

    def _retry_later(
        self, slot: HostSlot, url: str, status: int, header: str | None, attempt: int
    ) -> FetchFailed:
        """A 429/5xx: wait what Retry-After asks (or back off) before this host's next request."""
        asked = retry_after(header)
        wait = self._backoff(attempt) if asked is None else asked
        code = "rate_limited" if status == 429 else "server_error"
        said = f", Retry-After {asked:.0f}s" if asked is not None else ""
        failure = FetchFailed(code, f"{url}: HTTP {status}{said}", transient=True)
        now = time.monotonic()
        if wait > self.policy.max_retry_after:
            slot.blocked_until = now + wait  # no request to this host before then; entries wait a cycle
        else:
            failure.retry_in = wait
            slot.not_before = now + max(wait, slot.gap)
        return failure

    def _report(self, host: str, outcome: str) -> None:
        if self.on_request is not None:
            self.on_request(host, outcome)

    async def _check_robots(self, url: str) -> None:
        host = host_of(url)
        slot = self.slot(host)
        async with slot.robots_lock:  # feeds of one host start together: one of them reads robots.txt
            now = time.monotonic()
            if slot.robots is None or now >= slot.robots_until:
                slot.robots = await self._load_robots(url)
                slot.robots_until = now + self.policy.robots_ttl
                delay = slot.robots.crawl_delay(ROBOTS_TOKEN)
                if delay is not None:
                    slot.gap = max(self.policy.host_gap, min(float(delay), self.policy.max_crawl_delay))
        if not slot.robots.can_fetch(ROBOTS_TOKEN, url):
            raise FetchFailed("robots_disallowed", f"{url}: disallowed by {host}/robots.txt")

    async def _load_robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """robots.txt per RFC 9309: 4xx → everything allowed; 5xx or unreachable → nothing allowed."""
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            page = await self._get_with_retries(robots_url, None, None, "text/plain", ROBOTS_BYTES)
            if isinstance(page, str):  # a redirected robots.txt: allowed only within the same host
                target = canonical_url(urljoin(robots_url, page))
                if target is None or host_of(target) != parts.netloc:
                    parser.allow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag, untyped
                    return parser
                page = await self._get_with_retries(target, None, None, "text/plain", ROBOTS_BYTES)
                if isinstance(page, str):
                    parser.allow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag, untyped
                    return parser
            parser.parse(page.body.decode("utf-8", "replace").splitlines())
        except FetchFailed as failure:
            if failure.code == "http_error":  # 4xx: no robots.txt
                parser.allow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag, untyped
            else:
                log.warning("robots.txt of %s unavailable (%s): not fetching from it", parts.netloc, failure)
                parser.disallow_all = True  # type: ignore[attr-defined]
        return parser


async def read_capped(response: aiohttp.ClientResponse, limit: int, url: str) -> bytes:
    """The body, streamed and decompressed, refused as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(CHUNK_BYTES):
        size += len(chunk)
        if size > limit:
            response.close()
            raise FetchFailed("too_large", f"{url}: body passed {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())
