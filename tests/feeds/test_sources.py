import pytest

from streams.feeds.sources import FeedsFileError, parse_toml_feeds, parse_url_lines, read_feeds_file


def test_url_lines_skip_comments_blanks_and_repeats():
    text = (
        "# outlets\n\nhttps://a.example/rss.xml\n  http://b.example/feed.json  \nhttps://a.example/rss.xml\n"
    )
    assert [s.url for s in parse_url_lines(text)] == [
        "https://a.example/rss.xml",
        "http://b.example/feed.json",
    ]


def test_a_line_that_is_not_a_web_url_is_an_error_with_its_line_number():
    with pytest.raises(FeedsFileError, match="feeds:2"):
        parse_url_lines("https://a.example/rss\nftp://b.example/feed\n")


def test_toml_gives_name_interval_and_language():
    (feed,) = parse_toml_feeds(
        '[[feed]]\nurl = "https://a.example/rss"\nname = "A"\ninterval = 600\nlanguage = "de"\n'
    )
    assert (feed.url, feed.name, feed.interval, feed.language) == ("https://a.example/rss", "A", 600.0, "de")
    for bad in ('[[feed]]\nname = "no url"', '[[feed]]\nurl = "https://a.example"\nintervall = 5',
                '[[feed]]\nurl = "https://a.example"\ninterval = -1', "feed = 3", "[[feed]\n"):  # fmt: skip
        with pytest.raises(FeedsFileError):
            parse_toml_feeds(bad)


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "feeds.txt").write_text("# nothing yet\n")
    with pytest.raises(FeedsFileError, match="no feeds"):
        read_feeds_file(tmp_path / "feeds.txt")


def test_toml_is_recognised_by_suffix_or_content(tmp_path):
    toml = '# my feeds\n[[feed]]\nurl = "https://a.example/rss"\nname = "A"\n'
    for name in ("feeds.toml", "feeds"):
        (tmp_path / name).write_text(toml)
        assert [s.name for s in read_feeds_file(tmp_path / name)] == ["A"]
