"""An article page (HTML) → the article: title, body text, author, published time, canonical URL, site.

The body comes from trafilatura (boilerplate removal: menus, share bars, comment prompts, related
links go); the metadata is read here from the page's own declarations (``<link rel=canonical>``, Open
Graph, ``article:*`` meta, JSON-LD), which is cheaper than trafilatura's metadata pass and keeps the
publication time to the second. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import lxml.html
import orjson
from lxml import etree

from streams.core.urls import canonical_url

#: Less text than this after boilerplate removal is not an article (a video page, a paywall stub).
MIN_ARTICLE_CHARS = 80
#: JSON-LD types that describe an article.
ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report",
     "LiveBlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "WebPage"}
)  # fmt: skip
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
CANONICAL_LINK = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageArticle:
    """What a page says about its article; ``body`` is never empty."""

    body: str
    title: str | None = None
    author: str | None = None
    published_at: str | None = None  # RFC 3339
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None


class NoArticleText(ValueError):
    """The page has no article text once boilerplate is removed."""


def decode_page(content: bytes, charset: str | None = None) -> str:
    """Page bytes → text: the HTTP charset, else the page's ``<meta charset>``, else UTF-8 (replacing)."""
    for candidate in (charset, _meta_charset(content)):
        if candidate:
            try:
                return content.decode(candidate, "replace")
            except LookupError:
                continue
    return content.decode("utf-8", "replace")


def _meta_charset(content: bytes) -> str | None:
    found = _CHARSET.search(content[:4096])
    return found.group(1).decode("ascii") if found else None


def extract_page(html: str, url: str | None = None) -> PageArticle:
    """The article of ``html`` (fetched from ``url``); raises :class:`NoArticleText` when there is none."""
    tree = parse_html(html)
    if tree is None:
        raise NoArticleText("the page is empty or not HTML")
    metadata = page_metadata(tree, url)  # before trafilatura prunes the tree
    body = article_text(tree, url, metadata.get("title"))
    if len(body) < MIN_ARTICLE_CHARS:
        raise NoArticleText(f"{len(body)} characters of article text after boilerplate removal")
    return PageArticle(body=body, **metadata)


def parse_html(html: str) -> Any:
    """An lxml tree of the page, or None for an empty or unparseable one."""
    if not html or not html.strip():
        return None
    if html.lstrip()[:5].lower() == "<?xml":  # lxml refuses str with an encoding declaration
        html = html.split("?>", 1)[1] if "?>" in html else html
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def article_text(tree: Any, url: str | None, title: str | None) -> str:
    """Main text of the page with trafilatura (fast mode: no second-opinion extractors)."""
    from trafilatura import bare_extraction

    document = bare_extraction(
        tree, url=url, fast=True, with_metadata=False, include_comments=False, include_images=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        return ""
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]  # trafilatura keeps the headline as the first line
    return "\n\n".join(lines)


def page_metadata(tree: Any, url: str | None) -> dict[str, str | None]:
    """Title, author, published time, canonical URL, site name and language from the page's head."""
    meta = _meta_values(tree)
    linked = _json_ld_article(tree)
    canonical = None
    for href in (*tree.xpath(CANONICAL_LINK), meta.get("og:url")):
        canonical = canonical_url(href, base=url) if href else None
        if canonical:
            break
    headline = linked.get("headline") if isinstance(linked.get("headline"), str) else None
    title = meta.get("og:title") or headline or _first_text(tree, "//h1") or _first_text(tree, "//title")
    author = _json_ld_author(linked) or next(
        (meta[name] for name in AUTHOR_META if meta.get(name) and "://" not in meta[name]), None
    )
    published = None
    for candidate in (
        *(meta.get(name) for name in PUBLISHED_META),
        linked.get("datePublished"),
        *tree.xpath("(//article//time/@datetime)[1] | (//time[@pubdate]/@datetime)[1]"),
    ):
        published = normalise_time(candidate) if isinstance(candidate, str) else None
        if published:
            break
    publisher = linked.get("publisher")
    site_name = meta.get("og:site_name") or (
        publisher.get("name")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str)
        else None
    )
    language = (tree.get("lang") or meta.get("og:locale") or "").strip() or None
    return {
        "title": _clean(title),
        "author": _clean(author),
        "published_at": published,
        "canonical_url": canonical or canonical_url(url),
        "site_name": _clean(site_name),
        "language": language,
    }


def _meta_values(tree: Any) -> dict[str, str]:
    """``<meta>`` content by lower-cased name/property/itemprop (the first wins)."""
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            name = element.get(attribute)
            if name:
                values.setdefault(name.strip().lower(), content.strip())
    return values


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (``@graph`` and lists searched), else {}."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            document = orjson.loads((script.text or "").strip() or "null")
        except orjson.JSONDecodeError:
            continue
        pending = [document]
        while pending:
            node = pending.pop(0)
            if isinstance(node, list):
                pending.extend(node)
            elif isinstance(node, dict):
                kinds = node.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(kind in ARTICLE_TYPES for kind in kinds if isinstance(kind, str)):
                    return node
                if isinstance(node.get("@graph"), list):
                    pending.extend(node["@graph"])
    return {}


def _json_ld_author(linked: dict[str, Any]) -> str | None:
    authors = linked.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    found = [
        author if isinstance(author, str) else author.get("name")
        for author in authors
        if isinstance(author, (str, dict))
    ]
    names = [name.strip() for name in found if isinstance(name, str) and name.strip()]
    return ", ".join(names) or None


def _first_text(tree: Any, path: str) -> str | None:
    for element in tree.xpath(path):
        text = str(element.text_content()).strip()
        if text:
            return text
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACES.sub(" ", value.replace("\n", " ")).strip()
    return value or None


def normalise_time(value: str | None) -> str | None:
    """A publication time as RFC 3339 (UTC ``Z``); a time without offset is taken as UTC; else None."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 10:  # a date alone: midnight UTC
        text += "T00:00:00"
    if re.fullmatch(r".*[+-]\d{4}", text):  # +0100 → +01:00
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not 1900 <= moment.year <= 2200:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def text_from_html(fragment: str | None) -> str:
    """Plain text of an HTML fragment (a feed entry's summary or content), paragraphs kept apart."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", fragment)).strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("script", "style"):
        element.drop_tree()
    lines = [_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines()]
    return "\n\n".join(line for line in lines if line)
