from streams.core.urls import article_id_for_url, canonical_url, host_of


def test_tracking_parameters_fragment_default_port_and_host_case_go():
    url = "HTTPS://News.Example:443/world/story?id=7&utm_source=rss&utm_medium=feed&fbclid=x#comments"
    assert canonical_url(url) == "https://news.example/world/story?id=7"


def test_parameters_that_may_name_the_article_stay_in_order():
    assert canonical_url("http://a.example/p?page=2&cid=9&id=3") == "http://a.example/p?page=2&cid=9&id=3"


def test_relative_urls_resolve_against_a_base_and_other_schemes_are_refused():
    assert canonical_url("/news/a?utm_campaign=x", base="http://h.example:8080/feed") == (
        "http://h.example:8080/news/a"
    )
    for bad in ("ftp://h.example/a", "javascript:alert(1)", "file:///etc/passwd", "", None, "http://"):
        assert canonical_url(bad) is None
    assert canonical_url("http://user:pw@h.example/") is None


def test_article_id_is_stable_across_tracking_and_scheme():
    one = article_id_for_url("https://h.example/a?utm_source=x")
    assert one == article_id_for_url("http://h.example/a") == article_id_for_url("https://H.example/a#top")
    assert one != article_id_for_url("https://h.example/b")
    assert one.startswith("url-") and len(one) == 36


def test_host_is_host_and_port():
    assert host_of("http://127.0.0.1:8081/x") == "127.0.0.1:8081"
    assert host_of("https://News.example/x") == "news.example"
