import pytest

from streams.core.article import RejectedRecord, parse_article
from streams.core.page import NoArticleText, decode_page, extract_page, normalise_time, text_from_html
from tests.feeds.newsroom import BOILERPLATE, STORIES, article_page, video_page

STORY = STORIES["ferry-budget"]


def test_the_article_comes_out_without_the_publishers_boilerplate():
    page = extract_page(article_page(STORY, "Harbour News", "http://h.example"), "http://h.example/news/x")
    assert page.body == STORY.body  # every paragraph, nothing else (no byline, no menus)
    assert not [phrase for phrase in BOILERPLATE if phrase in page.body]
    assert page.title == STORY.title
    assert page.author == "Marta Lindqvist"
    assert page.published_at == "2026-03-02T08:15:00Z"
    assert page.site_name == "Harbour News"
    assert page.canonical_url == "http://h.example/news/ferry-budget"
    assert page.language == "en"


def test_metadata_falls_back_to_json_ld_then_the_page():
    html = (
        "<html><head><title>Plain title</title><script type='application/ld+json'>"
        '{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle",'
        '"datePublished": "2026-01-05T10:00:00+01:00",'
        '"author": [{"name": "A. Writer"}, {"name": "B. Writer"}], "publisher": {"name": "The Post"}}]}'
        "</script></head><body><article><h1>Heading</h1>"
        + "".join(f"<p>Paragraph {n} of the article, long enough to count as text.</p>" for n in range(3))
        + "</article></body></html>"
    )
    page = extract_page(html, "https://post.example/a?utm_source=x")
    assert (page.author, page.published_at, page.site_name) == (
        "A. Writer, B. Writer",
        "2026-01-05T09:00:00Z",
        "The Post",
    )
    assert page.title == "Heading"
    assert page.canonical_url == "https://post.example/a"


def test_a_page_without_an_article_is_refused():
    with pytest.raises(NoArticleText):
        extract_page(video_page("Harbour News"), "http://h.example/video")
    for html in ("", "   ", "<html></html>", "not html at all"):
        with pytest.raises(NoArticleText):
            extract_page(html)


def test_times_are_rfc3339_utc():
    assert normalise_time("2026-03-02T10:00:00+0100") == "2026-03-02T09:00:00Z"
    assert normalise_time("2026-03-02") == "2026-03-02T00:00:00Z"
    assert normalise_time("2026-03-02T10:00:00") == "2026-03-02T10:00:00Z"
    assert normalise_time("yesterday") is None
    assert normalise_time("0001-01-01T00:00:00Z") is None


def test_text_from_html_keeps_paragraphs_apart():
    assert text_from_html("<p>One <b>two</b></p><p>Three<br>four</p><script>x()</script>") == (
        "One two\n\nThree\n\nfour"
    )
    assert text_from_html("plain   text") == "plain text"
    assert text_from_html(None) == ""


def test_decoding_follows_http_then_meta_charset():
    latin = "<html><head><meta charset='iso-8859-1'></head><body>café</body></html>".encode("latin-1")
    assert "café" in decode_page(latin)
    assert "café" in decode_page("café".encode("cp1252"), "cp1252")
    assert decode_page(b"\xff ok", "no-such-charset").endswith("ok")


def test_a_record_sent_as_a_page_is_extracted_in_the_input_contract():
    import orjson

    html = article_page(STORY, "Harbour News", "http://h.example")
    article = parse_article(orjson.dumps({"html": html, "id": "scraped-1"}), max_bytes=1 << 20)
    assert article.body == STORY.body
    assert article.id == "scraped-1"
    assert (article.title, article.source, article.url) == (
        STORY.title,
        "Harbour News",
        "http://h.example/news/ferry-budget",
    )
    assert article.published_at == "2026-03-02T08:15:00Z"
    assert "html" not in article.fields and article.fields["extracted_from"] == "html"
    given = parse_article(
        orjson.dumps({"html": html, "title": "Given title", "body": "Given body"}), max_bytes=1 << 20
    )
    assert (given.title, given.body) == ("Given title", "Given body")  # a body wins: the page is not read


def test_a_page_record_without_text_is_rejected_with_its_own_code():
    import orjson

    with pytest.raises(RejectedRecord) as rejected:
        parse_article(orjson.dumps({"html": video_page("Harbour News")}), max_bytes=1 << 20)
    assert (rejected.value.code, rejected.value.stage) == ("no_article_text", "extract")
    with pytest.raises(RejectedRecord) as wrong:
        parse_article(orjson.dumps({"html": 42}), max_bytes=1 << 20)
    assert wrong.value.code == "wrong_type"
