import orjson
import pytest

from streams.core.feed import MAX_ENTRIES, MalformedFeed, parse_feed
from tests.feeds.newsroom import STORIES, Outlet, atom, json_feed, news_sitemap, rss, sitemap_index

OUTLET = Outlet("harbour", port=8080)
BASE = "http://127.0.0.1:8080"
STORY = STORIES["wind-farm"]


def test_rss_2_entries_are_canonical_and_dated():
    document = parse_feed(
        rss(OUTLET, [("/news/a", "A & B", "Mon, 02 Mar 2026 10:00:00 +0100")]), BASE + "/rss"
    )
    assert document.kind == "rss" and document.title == "harbour" and document.language == "en"
    (entry,) = document.entries
    assert entry.url == BASE + "/news/a"  # utm_* parameters gone
    assert entry.title == "A & B"
    assert entry.published_at == "2026-03-02T09:00:00Z"


@pytest.mark.parametrize(
    "document",
    [
        b'<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><item><title>One</title>'
        b"<link>http://old.example/1</link><description>First.</description></item></channel></rss>",
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://old.example/"><title>Old</title></channel>'
        b'<item rdf:about="http://old.example/1"><title>One</title><link>http://old.example/1</link>'
        b"<description>First.</description></item></rdf:RDF>",
    ],
    ids=["rss-0.91", "rss-1.0"],
)
def test_older_rss_versions(document):
    parsed = parse_feed(document, "http://old.example/feed")
    assert [(e.url, e.title, e.summary) for e in parsed.entries] == [
        ("http://old.example/1", "One", "First.")
    ]


def test_atom_json_feed_and_news_sitemap_agree_on_one_story():
    read = {
        "atom": parse_feed(atom(OUTLET, [STORY]), BASE + "/atom.xml"),
        "json": parse_feed(json_feed(OUTLET, [STORY]), BASE + "/feed.json"),
        "sitemap": parse_feed(news_sitemap(OUTLET, [STORY]), BASE + "/sitemap.xml"),
    }
    for kind, document in read.items():
        assert document.kind == kind
        (entry,) = document.entries
        assert entry.url == f"{BASE}/news/{STORY.slug}"
        assert entry.title == STORY.title
        assert (entry.published_at or entry.updated_at) == STORY.published_at
    assert read["atom"].entries[0].author == read["json"].entries[0].author == STORY.author
    assert read["sitemap"].entries[0].source == "harbour"


def test_sitemap_index_lists_child_sitemaps_newest_first():
    index = sitemap_index(OUTLET, ["/a.xml", "/b.xml"]).replace(
        b"<loc>http://127.0.0.1:8080/b.xml</loc><lastmod>2026-03-02T16:00:00Z",
        b"<loc>http://127.0.0.1:8080/b.xml</loc><lastmod>2026-03-03T16:00:00Z",
    )
    document = parse_feed(index, BASE + "/index.xml")
    assert document.kind == "sitemap_index" and not document.entries
    assert document.sitemaps == (BASE + "/b.xml", BASE + "/a.xml")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"<?xml version='1.0'?><rss><channel><item><title>Half",
        b"<html><body>Not a feed</body></html>",
        b'{"title": "not a json feed"}',
        b"{broken json",
        b"<urlset><url><loc>http://a.example/</loc></url>",
    ],
)
def test_unreadable_documents_are_malformed_feeds(content):
    with pytest.raises(MalformedFeed) as failure:
        parse_feed(content, "http://a.example/feed")
    assert failure.value.code == "malformed_feed"


def test_entities_are_never_expanded():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c SYSTEM "file:///etc/passwd">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>http://a.example/&b;&c;</loc></url></urlset>"
    )
    try:
        document = parse_feed(bomb, "http://a.example/sitemap.xml")
    except MalformedFeed:
        return
    assert all("aaaa" not in e.url and "root" not in e.url for e in document.entries)


def test_entries_without_a_web_link_are_skipped_and_many_are_capped():
    items = [
        {
            "id": str(i),
            "url": f"http://a.example/{i}",
            "date_published": f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}Z",
        }
        for i in range(MAX_ENTRIES + 50)
    ]
    items += [{"id": "x", "url": "javascript:alert(1)"}, {"id": "y"}]
    document = parse_feed(
        orjson.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}), "http://a.example/f"
    )
    assert len(document.entries) == MAX_ENTRIES
    assert all(entry.url.startswith("http://a.example/") for entry in document.entries)


def test_content_hash_changes_with_what_the_feed_says():
    one = parse_feed(atom(OUTLET, [STORY]), BASE).entries[0]
    again = parse_feed(atom(OUTLET, [STORY]), BASE).entries[0]
    changed = parse_feed(atom(OUTLET, [STORY]).replace(b"postponed", b"put off"), BASE).entries[0]
    assert one.content_hash == again.content_hash != changed.content_hash
