"""What a user reads: tail/demo blocks, enrich's summary, produce's .txt articles (issue #12 items 11, 13)."""

from __future__ import annotations

from pathlib import Path

import orjson
from click.testing import CliRunner

from streams.ops.cli import main
from streams.ops.firehose import clip, describe, describe_claim, read_articles

BODY = (
    "The river authority opened the new flood gates on Tuesday. \u201cThe gates will hold a hundred-year "
    "flood without any trouble at all, and rather than sandbags we now have steel,\u201d said Ana Ruiz."
)


def enriched(**claim: object) -> bytes:
    return orjson.dumps(
        {
            "id": "a-1", "source": "River Post", "title": "Flood gates open", "body": BODY,
            "language": {"code": "en", "confidence": 0.99},
            "dedup": {"status": "original", "story_id": "ws-0123456789abcdef0123456789abcdef",
                      "duplicate_of": None, "similarity": 1.0, "method": "first"},
            "claims": [{"text": "x", "kind": "direct_quote", "speaker": None, "cue": None, **claim}],
        }
    )  # fmt: skip


def test_clip_never_cuts_a_word():
    text = "the gates will hold a hundred-year flood rather than sandbags"
    clipped = clip(text, 50)
    assert clipped.endswith("…") and len(clipped) <= 50
    assert text.startswith(clipped[:-1]) and text[len(clipped) - 1] == " "


def test_only_a_direct_quote_is_in_quotation_marks():
    assert describe_claim(
        {"text": "we stay", "kind": "direct_quote", "speaker": "Ana Ruiz", "cue": "said"}
    ) == ("“we stay” — Ana Ruiz (said)")
    reported = describe_claim({"text": "they would stay", "kind": "indirect_speech", "speaker": "Ana Ruiz",
                               "cue": "said"})  # fmt: skip
    assert reported == "reported: they would stay — Ana Ruiz (said)"
    assert "“" not in reported


def test_an_unattributed_claim_says_so():
    line = describe_claim({"text": "the gates held", "kind": "indirect_speech", "speaker": None, "cue": None})
    assert line == "reported: the gates held (unattributed)"
    assert "?" not in line and "()" not in line


def test_tail_block_shows_the_whole_story_id_and_cuts_quotes_at_words():
    long_quote = BODY[BODY.index("\u201c") + 1 : BODY.index("\u201d")]
    block = describe("articles.enriched", enriched(text=long_quote, speaker="Ana Ruiz", cue="said"))
    assert "ws-0123456789abcdef0123456789abcdef" in block
    quote_line = next(line for line in block.splitlines() if "“" in line)
    quoted = quote_line[quote_line.index("“") + 1 : quote_line.index("”")]
    assert quoted.endswith("…") and long_quote.startswith(quoted[:-1])
    assert long_quote[len(quoted) - 1] == " ", "cut mid-word"


def test_enrich_counts_blank_lines_apart_and_shows_reasons_without_dlq(tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(orjson.dumps({"id": "a", "body": BODY}) + b"\n\n" + orjson.dumps({"id": "b"}) + b"\n")
    result = CliRunner().invoke(main, ["enrich", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert "read 2  enriched 1  dead-lettered 1  (1 blank line skipped)" in result.output
    assert "dead letters: missing_body 1; keep them with --dlq FILE" in result.output
    assert "line 3: missing_body:" in result.output


def test_enrich_of_an_empty_input_still_writes_the_output_file(tmp_path: Path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["enrich", str(tmp_path / "empty.jsonl"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and out.read_bytes() == b""


def test_a_txt_article_keeps_its_file_name_and_url(tmp_path: Path):
    path = tmp_path / "gates.txt"
    path.write_text("Flood gates open\n\n" + BODY + "\n")
    ((key, value),) = list(read_articles([path]))
    article = orjson.loads(value)
    assert key is None
    assert article == {
        "source": "gates.txt", "url": path.resolve().as_uri(), "title": "Flood gates open", "body": BODY,
    }  # fmt: skip
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9\nbody".encode("latin-1"))
    assert next(iter(read_articles([tmp_path / "latin1.txt"])))[1] == "Caf\xe9\nbody".encode("latin-1")
