"""A local newsroom for the poller's tests: outlets on 127.0.0.1 serving feeds and article pages.

Every story here was written for this project (no real news). Pages wrap the article in the
boilerplate publishers put around it: cookie banner, menus, share bar, "most read", comment prompt,
footer. Outlets misbehave on purpose at chosen paths: 429 with Retry-After, 500 then success, a
response slower than the timeout, a redirect loop, an endless body, malformed XML, robots.txt.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

import orjson
from aiohttp import web


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    author: str
    published_at: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


STORIES: dict[str, Story] = {
    story.slug: story
    for story in (
        Story(
            "ferry-budget",
            "Island council approves ferry budget after night of debate",
            "Marta Lindqvist",
            "2026-03-02T08:15:00Z",
            (
                "The island council approved a new ferry budget on Monday night after more than six hours "
                "of debate, ending a dispute that had left the harbour timetable uncertain since January.",
                "The plan sets aside money for two replacement engines, a longer winter schedule and "
                "repairs to the north pier, which was damaged in the February storms.",
                "\u201cThis is the vote the island has been waiting for,\u201d said council leader Ana "
                "Ruiz. \u201cFamilies and businesses can now plan the summer with some certainty.\u201d",
                "Opposition members argued that the engines should have been bought last year, when "
                "prices were lower, and said the pier repairs would not be finished before the tourist "
                "season begins in June.",
                "The ferry operator said it would publish the new timetable within two weeks and that "
                "the first of the replacement engines could be fitted by the end of April.",
            ),
        ),
        Story(
            "library-hours",
            "Town library extends evening hours for students",
            "Jonas Weber",
            "2026-03-02T09:40:00Z",
            (
                "The town library will stay open until nine in the evening from next month, after "
                "students and teachers asked for a quiet place to work during the exam season.",
                "Head librarian Priya Nair said the longer hours would be paid for by moving two staff "
                "shifts and closing the reading room on Monday mornings, when few visitors come in.",
                "A trial run last autumn drew more than three hundred visitors a week to the late "
                "sessions, most of them secondary school pupils preparing for their final exams.",
            ),
        ),
        Story(
            "wind-farm",
            "Regulator delays decision on coastal wind farm",
            "Elif Demir",
            "2026-03-02T11:05:00Z",
            (
                "The energy regulator has postponed its decision on the proposed coastal wind farm "
                "until the summer, saying it needs more time to study the effect on migrating birds.",
                "The developer had hoped to begin building the first turbines this year. A spokesman "
                "said the company was disappointed but would provide the additional surveys requested.",
                "Fishing groups welcomed the delay, arguing that the cable route crosses some of the "
                "most productive grounds along the coast and that their concerns had been ignored.",
            ),
        ),
        Story(
            "rail-strike",
            "Rail workers call off weekend strike after pay offer",
            "Tomas Novak",
            "2026-03-02T12:30:00Z",
            (
                "Rail workers have called off a strike planned for the weekend after the operator made "
                "an improved pay offer late on Sunday evening.",
                "The union said its members would vote on the offer over the next ten days. Trains "
                "will run to the normal timetable on Saturday and Sunday, the operator confirmed.",
                "Passenger groups said the weeks of uncertainty had already cost the region visitors, "
                "with several hotels reporting cancellations for the spring holiday.",
            ),
        ),
        Story(
            "harvest-festival",
            "Valley harvest festival returns after three-year break",
            "Sofia Marques",
            "2026-03-02T13:10:00Z",
            (
                "The valley harvest festival will return in September for the first time in three "
                "years, organisers announced, with a farmers market, a parade and a night of music.",
                "The festival was cancelled after flooding damaged the showground. Repairs finished "
                "over the winter, and the council has agreed to cover the cost of extra security.",
                "Organisers expect around twelve thousand visitors over the weekend and are looking "
                "for volunteers to help run the car parks and the children's tent.",
            ),
        ),
        Story(
            "bridge-repairs",
            "Old stone bridge to reopen to cyclists in May",
            "Daniel Okafor",
            "2026-03-02T14:45:00Z",
            (
                "The old stone bridge over the river will reopen to cyclists and walkers in May after "
                "eighteen months of repairs to its foundations, the county engineers said.",
                "Cars will remain banned from the bridge. The engineers found that the central arch "
                "had shifted by several centimetres and could not safely carry heavy traffic again.",
                "Residents on both banks campaigned for the crossing to reopen, saying the detour "
                "added half an hour to the walk between the school and the village on the far side.",
            ),
        ),
        Story(
            "airport-night-flights",
            "Airport limits night flights after noise complaints",
            "Hannah Berg",
            "2026-03-02T15:20:00Z",
            (
                "The regional airport will cut the number of night flights by a third from the summer "
                "schedule, after residents filed hundreds of noise complaints last year.",
                "\u201cWe have listened to our neighbours,\u201d said airport director Karl Jensen. "
                "\u201cThe change will cost us some cargo business, but it is the right decision.\u201d",
                "Airlines will be offered lower landing fees for moving late arrivals to the early "
                "evening, and the quietest aircraft will be given priority for the remaining slots.",
            ),
        ),
    )
}

SECTIONS = ("Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Opinion", "Podcasts")
MOST_READ = (
    "Ten walks to try this spring",
    "Council tax bills explained",
    "Your pictures of the week",
    "Quiz: how well do you know the coast?",
)


def article_page(story: Story, outlet: str, base: str, *, dateline: str = "") -> str:
    """A news page with the outlet's boilerplate around ``story``."""
    nav = "".join(f'<li><a href="/section/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    most_read = "".join(f'<li><a href="/popular/{i}">{escape(t)}</a></li>' for i, t in enumerate(MOST_READ))
    paragraphs = list(story.paragraphs)
    if dateline:
        paragraphs[0] = f"{dateline} \u2014 {paragraphs[0]}"
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    linked = orjson.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": story.published_at,
            "author": {"@type": "Person", "name": story.author},
            "publisher": {"@type": "Organization", "name": outlet},
        }
    ).decode()
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(story.title)} | {escape(outlet)}</title>
<link rel="canonical" href="{base}/news/{story.slug}">
<meta property="og:site_name" content="{escape(outlet)}">
<meta property="og:title" content="{escape(story.title)}">
<meta property="article:published_time" content="{story.published_at}">
<meta name="author" content="{escape(story.author)}">
<script type="application/ld+json">{linked}</script>
<style>body {{ font-family: serif; }} .cookie {{ position: fixed; }}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head><body>
<div class="cookie">We use cookies to improve your experience on our site. Accept all cookies</div>
<header><a href="/" class="logo">{escape(outlet)}</a><nav><ul>{nav}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<main><article>
<h1>{escape(story.title)}</h1>
<p class="byline">By {escape(story.author)}, {escape(outlet)}</p>
{body}</article>
<div class="share">Share this article: Facebook | Twitter | Email | Copy link</div>
<aside class="related"><h2>Most read</h2><ul>{most_read}</ul></aside>
<section class="comments"><h3>Comments</h3><p>No comments : Post a Comment</p></section>
</main>
<footer><ul>{nav}</ul><p>&copy; 2026 {escape(outlet)}. All rights reserved.
Contact us | Privacy policy | Terms of use | Advertise with us</p></footer>
</body></html>"""


def video_page(outlet: str) -> str:
    """A page with no article: a video player, menus and a footer."""
    nav = "".join(f'<li><a href="/section/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Video | {outlet}</title>
</head><body><header><nav><ul>{nav}</ul></nav></header>
<main><div class="player"><video src="/media/clip.mp4" controls></video></div></main>
<footer><p>&copy; 2026 {outlet}. All rights reserved.</p></footer></body></html>"""


BOILERPLATE = ("No comments", "Share this article", "cookies", "All rights reserved", "Most read", "Podcasts")

LAST_MODIFIED = format_datetime(datetime(2026, 3, 2, 16, 0, tzinfo=UTC), usegmt=True)


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    started: float
    ended: float = 0.0


@dataclass
class Outlet:
    """One publisher on its own port: the unit of politeness (one host)."""

    name: str
    port: int = 0
    requests: list[Request] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    documents: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # path → (type, body)
    robots: str = "User-agent: *\nDisallow: /private/\n"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path


def rss(outlet: Outlet, items: list[tuple[str, str, str]]) -> bytes:
    """RSS 2.0 of (path, title, published) items; links carry tracking parameters, as feeds' do."""
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{outlet.base}{path}?utm_source=rss&amp;utm_medium=feed"
        f'</link><guid isPermaLink="false">{escape(path)}</guid><pubDate>{published}</pubDate>'
        f"<description>{escape(title)}.</description></item>"
        for path, title, published in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet.name}</title>'
        f"<link>{outlet.base}/</link><language>en</language>{entries}</channel></rss>"
    ).encode()


def atom(outlet: Outlet, stories: list[Story]) -> bytes:
    entries = "".join(
        f'<entry><title>{escape(s.title)}</title><link rel="alternate" href="{outlet.base}/news/{s.slug}"/>'
        f"<id>urn:{outlet.name}:{s.slug}</id><updated>{s.published_at}</updated>"
        f"<author><name>{escape(s.author)}</name></author><summary>{escape(s.paragraphs[0])}</summary></entry>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{outlet.name}</title><id>urn:{outlet.name}</id><updated>2026-03-02T16:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


def json_feed(outlet: Outlet, stories: list[Story]) -> bytes:
    return orjson.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": outlet.name,
            "items": [
                {
                    "id": s.slug,
                    "url": f"{outlet.base}/news/{s.slug}",
                    "title": s.title,
                    "content_text": s.paragraphs[0],
                    "date_published": s.published_at,
                    "authors": [{"name": s.author}],
                }
                for s in stories
            ],
        }
    )


def news_sitemap(outlet: Outlet, stories: list[Story]) -> bytes:
    urls = "".join(
        f"<url><loc>{outlet.base}/news/{s.slug}</loc><news:news><news:publication><news:name>{outlet.name}"
        f"</news:name><news:language>en</news:language></news:publication><news:publication_date>"
        f"{s.published_at}</news:publication_date><news:title>{escape(s.title)}</news:title></news:news></url>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    ).encode()


def sitemap_index(outlet: Outlet, paths: list[str]) -> bytes:
    maps = "".join(
        f"<sitemap><loc>{outlet.base}{path}</loc><lastmod>2026-03-02T16:00:00Z</lastmod></sitemap>"
        for path in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
    ).encode()


XML = "application/xml"
HTML = "text/html; charset=utf-8"


class Newsroom:
    """Outlets on 127.0.0.1 (one port each); ``harbour`` and ``coast`` carry the same ferry story.

    ``slow_seconds`` is how long /news/slow keeps quiet (past the poller's read timeout in tests).
    """

    def __init__(self, *, slow_seconds: float = 5.0, outlets: int = 2) -> None:
        self.slow_seconds = slow_seconds
        names = ["harbour", "coast", *[f"outlet{i}" for i in range(2, outlets)]]
        self.outlets = {name: Outlet(name) for name in names}
        self.runners: list[web.AppRunner] = []
        self.stopping = asyncio.Event()

    @property
    def harbour(self) -> Outlet:
        return self.outlets["harbour"]

    @property
    def coast(self) -> Outlet:
        return self.outlets["coast"]

    def requests(self) -> list[tuple[str, Request]]:
        return [(outlet.name, r) for outlet in self.outlets.values() for r in outlet.requests]

    async def start(self) -> Newsroom:
        self.stopping = asyncio.Event()
        for outlet in self.outlets.values():
            app = web.Application()
            app.router.add_route("GET", "/{path:.*}", self._handler(outlet))
            runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", outlet.port)
            await site.start()
            outlet.port = runner.addresses[0][1]
            self.runners.append(runner)
        self.publish()
        return self

    async def stop(self) -> None:
        self.stopping.set()
        for runner in self.runners:
            await runner.cleanup()
        self.runners = []

    def publish(self) -> None:
        """The feeds of the standard newsroom (called at start; tests may change documents after)."""
        harbour, coast = self.harbour, self.coast
        s = STORIES
        published = "Mon, 02 Mar 2026 16:00:00 GMT"
        harbour.documents["/rss.xml"] = (
            "application/rss+xml",
            rss(
                harbour,
                [
                    ("/news/ferry-budget", s["ferry-budget"].title, published),
                    ("/news/library-hours", s["library-hours"].title, published),
                    ("/news/flaky", s["bridge-repairs"].title, published),
                    ("/news/busy", s["airport-night-flights"].title, published),
                    ("/private/staff-memo", "Staff memo", published),
                    ("/news/slow", "Slow page", published),
                    ("/news/loop", "Redirect loop", published),
                    ("/news/endless", "Endless page", published),
                    ("/news/video", "Watch: the harbour at dawn", published),
                ],
            ),
        )
        harbour.documents["/atom.xml"] = ("application/atom+xml", atom(harbour, [s["wind-farm"]]))
        harbour.documents["/feed.json"] = ("application/feed+json", json_feed(harbour, [s["rail-strike"]]))
        harbour.documents["/sitemap-index.xml"] = (XML, sitemap_index(harbour, ["/sitemap-news.xml"]))
        harbour.documents["/sitemap-news.xml"] = (XML, news_sitemap(harbour, [s["harvest-festival"]]))
        harbour.documents["/broken.xml"] = (XML, b"<?xml version='1.0'?><rss><channel><item><title>Half")
        coast.documents["/rss.xml"] = (
            "application/rss+xml",
            rss(coast, [("/news/ferry-budget", s["ferry-budget"].title, published)]),
        )

    def feeds(self) -> list[str]:
        h = self.harbour
        return [
            h.url("/rss.xml"), h.url("/atom.xml"), h.url("/feed.json"), h.url("/sitemap-index.xml"),
            h.url("/broken.xml"), self.coast.url("/rss.xml"),
        ]  # fmt: skip

    def _handler(self, outlet: Outlet):
        async def handle(request: web.Request) -> web.StreamResponse:
            record = Request(request.path, dict(request.headers), time.monotonic())
            outlet.requests.append(record)
            outlet.in_flight += 1
            outlet.most_in_flight = max(outlet.most_in_flight, outlet.in_flight)
            outlet.hits[request.path] += 1
            try:
                return await self._respond(outlet, request)
            finally:
                outlet.in_flight -= 1
                record.ended = time.monotonic()

        return handle

    async def _respond(self, outlet: Outlet, request: web.Request) -> web.StreamResponse:
        path = request.path
        hits = outlet.hits[path]
        if path == "/robots.txt":
            return web.Response(text=outlet.robots, content_type="text/plain")
        if path in outlet.documents:
            content_type, body = outlet.documents[path]
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            return web.Response(
                body=body,
                headers={"Content-Type": content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED},
            )
        if path == "/news/flaky" and hits == 1:
            return web.Response(status=500, text="Internal Server Error")
        if path == "/news/busy" and hits == 1:
            return web.Response(status=429, text="Too Many Requests", headers={"Retry-After": "1"})
        if path == "/news/slow":
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), self.slow_seconds)
            return web.Response(text=article_page(STORIES["library-hours"], outlet.name, outlet.base))
        if path in ("/news/loop", "/news/loop-again"):
            target = "/news/loop-again" if path == "/news/loop" else "/news/loop"
            raise web.HTTPFound(target)
        if path == "/news/endless":
            response = web.StreamResponse(headers={"Content-Type": HTML})
            await response.prepare(request)
            chunk = b"<p>" + b"endless " * 8000 + b"</p>\n"
            with contextlib.suppress(ConnectionError, RuntimeError):
                while not self.stopping.is_set():
                    await response.write(chunk)
            return response
        if path == "/news/video":
            return web.Response(text=video_page(outlet.name), content_type="text/html")
        if path.startswith("/news/") or path.startswith("/private/"):
            slug = {"flaky": "bridge-repairs", "busy": "airport-night-flights"}.get(
                path.rsplit("/", 1)[1], path.rsplit("/", 1)[1]
            )
            story = STORIES.get(slug)
            if story is None:
                raise web.HTTPNotFound()
            dateline = "PORT ELLEN, March 2 (Coast Courier)" if outlet.name == "coast" else ""
            page = article_page(story, outlet.name.title() + " News", outlet.base, dateline=dateline)
            return web.Response(text=page, content_type="text/html", charset="utf-8")
        raise web.HTTPNotFound()


@contextlib.contextmanager
def newsroom_in_thread(**options) -> Iterator[Newsroom]:
    """A newsroom served from its own thread and event loop (for a poller in another process)."""
    loop = asyncio.new_event_loop()
    room = Newsroom(**options)
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(room.start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield room
    finally:
        asyncio.run_coroutine_threadsafe(room.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
