"""Feed documents → entries: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed, news sitemaps, indexes.

Pure: bytes in, :class:`FeedDocument` out. No entity expansion, no network, no DTDs.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
import xxhash
from lxml import etree

from streams.core.page import normalise_time, text_from_html
from streams.core.urls import canonical_url

#: Entries kept per document (the newest first when the document dates them).
MAX_ENTRIES = 200
#: Child sitemaps followed from one sitemap index (the most recently modified first).
MAX_SITEMAPS = 20

_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False, huge_tree=False
)


class MalformedFeed(ValueError):
    """The document is not a feed this poller can read; ``code`` names why for the DLQ."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One article a feed lists. ``url`` is absolute and canonical; texts are plain (no HTML)."""

    url: str
    guid: str | None = None
    title: str | None = None
    summary: str = ""  # the entry's own text: full content when the feed carries it, else its summary
    author: str | None = None
    published_at: str | None = None
    updated_at: str | None = None
    source: str | None = None  # the publication a news sitemap names

    @property
    def content_hash(self) -> str:
        """What the feed says about the entry: a change means the article may have changed."""
        parts = (self.url, self.title or "", self.summary, self.published_at or "", self.updated_at or "")
        return xxhash.xxh3_64_hexdigest(orjson.dumps(parts))


@dataclass(frozen=True, slots=True)
class FeedDocument:
    kind: str  # rss, atom, json, sitemap, sitemap_index
    title: str | None = None
    language: str | None = None
    entries: tuple[FeedEntry, ...] = ()
    sitemaps: tuple[str, ...] = field(default=())  # child sitemaps of an index


def parse_feed(content: bytes, url: str) -> FeedDocument:
    """Read any supported feed document fetched from ``url``; raises :class:`MalformedFeed`."""
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise MalformedFeed("malformed_feed", "the feed document is empty")
    if head[:1] in (b"{", b"["):
        return parse_json_feed(content, url)
    if b"<urlset" in head or b"<sitemapindex" in head or b":urlset" in head or b":sitemapindex" in head:
        return parse_sitemap(content, url)
    return parse_xml_feed(content, url)


def parse_xml_feed(content: bytes, url: str) -> FeedDocument:
    """RSS and Atom through feedparser (it tolerates common breakage; an unreadable feed is rejected)."""
    import feedparser

    parsed = feedparser.parse(
        content, response_headers={"content-location": url}, resolve_relative_uris=True, sanitize_html=False
    )
    version = parsed.get("version") or ""
    entries = []
    for item in parsed.entries:
        link = _entry_link(item)
        entry_url = canonical_url(link, base=url) if link else None
        if entry_url is None:
            continue
        contents = item.get("content") or []
        html = max((c.get("value") or "" for c in contents), key=len, default="") or item.get("summary", "")
        entries.append(
            FeedEntry(
                url=entry_url,
                guid=item.get("id") or None,
                title=_plain(item.get("title")),
                summary=text_from_html(html),
                author=_plain(item.get("author")),
                published_at=_struct_time(dict.get(item, "published_parsed")),  # no feedparser fallbacks
                updated_at=_struct_time(dict.get(item, "updated_parsed")),
            )
        )
    if not entries and (parsed.bozo or not version):
        error = parsed.get("bozo_exception")
        raise MalformedFeed("malformed_feed", f"not a readable RSS/Atom feed: {error or 'no feed elements'}")
    channel = parsed.feed
    return FeedDocument(
        kind="atom" if version.startswith("atom") else "rss",
        title=_plain(channel.get("title")),
        language=channel.get("language") or None,
        entries=_newest(entries),
    )


def _entry_link(item: Any) -> str | None:
    for link in item.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    guid = item.get("id")
    if item.get("guidislink") and isinstance(guid, str):
        return guid
    return item.get("link") or None


def parse_json_feed(content: bytes, url: str) -> FeedDocument:
    """JSON Feed 1.0 / 1.1."""
    try:
        document = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        raise MalformedFeed("malformed_feed", f"not valid JSON: {error}") from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise MalformedFeed("malformed_feed", "a JSON document without a JSON Feed version")
    items = document.get("items")
    if not isinstance(items, list):
        raise MalformedFeed("malformed_feed", "a JSON Feed without an items list")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        entry_url = canonical_url(link, base=url) if isinstance(link, str) else None
        if entry_url is None:
            continue
        html, text = item.get("content_html"), item.get("content_text")
        summary = text_from_html(html) if isinstance(html, str) and html else _str(text) or ""
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        names = [str(a["name"]) for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
        entries.append(
            FeedEntry(
                url=entry_url,
                guid=_str(item.get("id")),
                title=_plain(_str(item.get("title"))),
                summary=summary or _str(item.get("summary")) or "",
                author=", ".join(names) or None,
                published_at=normalise_time(_str(item.get("date_published"))),
                updated_at=normalise_time(_str(item.get("date_modified"))),
            )
        )
    return FeedDocument(
        kind="json",
        title=_plain(_str(document.get("title"))),
        language=_str(document.get("language")),
        entries=_newest(entries),
    )


def parse_sitemap(content: bytes, url: str) -> FeedDocument:
    """A sitemap ``<urlset>`` (news: entries read) or a ``<sitemapindex>`` of child sitemaps."""
    try:
        root = etree.fromstring(content, parser=_XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise MalformedFeed("malformed_feed", f"sitemap is not well-formed XML: {error}") from None
    if root is None:
        raise MalformedFeed("malformed_feed", "the sitemap is empty")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = []
        for sitemap in _children(root, "sitemap"):
            loc = canonical_url(_child_text(sitemap, "loc"), base=url)
            if loc:
                children.append((normalise_time(_child_text(sitemap, "lastmod")) or "", loc))
        children.sort(key=lambda pair: pair[0], reverse=True)
        return FeedDocument(kind="sitemap_index", sitemaps=tuple(loc for _, loc in children[:MAX_SITEMAPS]))
    if kind != "urlset":
        raise MalformedFeed("malformed_feed", f"a sitemap's root must be urlset or sitemapindex, not {kind}")
    entries = []
    for node in _children(root, "url"):
        entry_url = canonical_url(_child_text(node, "loc"), base=url)
        if entry_url is None:
            continue
        news = next(_children(node, "news"), None)
        publication = next(_children(news, "publication"), None) if news is not None else None
        entries.append(
            FeedEntry(
                url=entry_url,
                title=_plain(_child_text(news, "title")) if news is not None else None,
                published_at=normalise_time(_child_text(news, "publication_date"))
                if news is not None
                else None,
                updated_at=normalise_time(_child_text(node, "lastmod")),
                source=_plain(_child_text(publication, "name")) if publication is not None else None,
            )
        )
    return FeedDocument(kind="sitemap", entries=_newest(entries))


def _children(node: Any, name: str) -> Iterator[Any]:
    return (child for child in node if isinstance(child.tag, str) and etree.QName(child).localname == name)


def _child_text(node: Any, name: str) -> str | None:
    if node is None:
        return None
    child = next(_children(node, name), None)
    return (child.text or "").strip() or None if child is not None else None


def _newest(entries: list[FeedEntry]) -> tuple[FeedEntry, ...]:
    """At most MAX_ENTRIES, newest first when dated (document order otherwise); one per URL."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry.url not in seen:
            seen.add(entry.url)
            unique.append(entry)
    if len(unique) > MAX_ENTRIES:
        unique.sort(key=lambda e: e.published_at or e.updated_at or "", reverse=True)
    return tuple(unique[:MAX_ENTRIES])


def _struct_time(value: time.struct_time | None) -> str | None:
    if value is None:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(value)))
    except (OverflowError, ValueError):
        return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    text = text_from_html(value) if "<" in value else " ".join(value.split())
    return " ".join(text.split()) or None
