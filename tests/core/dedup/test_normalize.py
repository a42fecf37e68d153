import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.dedup.normalize import _NO_SPACE_CHAR as NO_SPACE_CHAR
from streams.core.dedup.normalize import _NON_ASCII_NON_WORD as NON_ASCII_NON_WORD
from streams.core.dedup.normalize import story_text, story_tokens, strip_dateline, tokens

from .stories import FERRY, FERRY_TITLE


def test_strips_byline_dateline_and_boilerplate():
    wrapped = "\n\n".join(
        [
            "Share this article",
            "By Jane Roe, Staff Writer",
            "LONDON (Reuters) - " + FERRY.split("\n\n")[0],
            *FERRY.split("\n\n")[1:],
            "No comments : Post a Comment",
            "© 2026 The Valley Courier. All rights reserved.",
        ]
    )
    assert story_text("A new headline", wrapped) == story_text(FERRY_TITLE, FERRY)


def test_datelines():
    lead = "The harbour authority said on Tuesday that the line will open."
    for dateline in (
        "NEW YORK, May 13. /TASS/. ",
        "LONDON (Reuters) - ",
        "PARIS, May 13 (AFP) - ",
        "WASHINGTON — ",
        "BERLIN, Germany - ",
    ):
        assert strip_dateline(dateline + lead) == lead, dateline
    assert strip_dateline(lead) == lead


def test_keeps_story_lines_that_start_like_boilerplate_when_long():
    line = "By the time the ferry reached the harbour" + " the passengers had waited for hours" * 8
    assert story_text("t", line) == line


def test_repeated_headline_is_dropped():
    assert story_text("Ferry line to open", "Ferry line to open\nThe line opens in spring.") == (
        "The line opens in spring."
    )


def test_tokens_casefold_nfkc_and_punctuation():
    assert tokens("“Ｆｅｒｒｙ” line—opens, it’s SPRING!") == [
        b"ferry",
        b"line",
        b"opens",
        b"it",
        b"s",
        b"spring",
    ]


def test_tokens_cjk_characters_are_tokens():
    assert [t.decode() for t in tokens("渡轮航线，明年开通 ok")] == [
        "渡",
        "轮",
        "航",
        "线",
        "明",
        "年",
        "开",
        "通",
        "ok",
    ]
    assert [t.decode() for t in tokens("図書館は2026年")] == ["図", "書", "館", "は", "2026", "年"]


def test_tokens_keep_combining_marks_inside_words():
    assert [t.decode() for t in tokens("हिन्दी समाचार, naïve")] == ["हिन्दी", "समाचार", "naïve"]


def test_body_of_only_wrapping_falls_back_to_the_text():
    assert story_tokens("Title here", "Share this article") == [b"share", b"this", b"article"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1 ,.\n\t-_é渡轮航年は図ク\u3000\u0301ыд"), max_size=40))
def test_tokens_split_scripts_without_spaces_like_one_space_around_each_character(text):
    """The same tokens as putting a space around every CJK/Thai-like character before splitting."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    spaced = NO_SPACE_CHAR.sub(lambda m: f" {m.group()} ", NON_ASCII_NON_WORD.sub(" ", folded))
    expected = tokens(spaced) if not folded.isascii() else tokens(text)
    assert tokens(text) == expected
