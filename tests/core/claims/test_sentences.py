from streams.core.claims.sentences import paragraph_spans, sentence_spans


def split(body: str, regions=()):
    out = []
    for para in paragraph_spans(body, len(body)):
        out += [body[s:e] for s, e in sentence_spans(body, para, list(regions))]
    return out


def test_abbreviations_and_initials():
    body = "Sen. J. R. Smith met Dr. Ruiz on Jan. 4 in the U.S. capital. No. 10 said nothing. He left."
    assert split(body) == [
        "Sen. J. R. Smith met Dr. Ruiz on Jan. 4 in the U.S. capital.",
        "No. 10 said nothing.",
        "He left.",
    ]


def test_a_title_after_a_hyphenated_prefix_is_an_abbreviation():
    body = "She met then-Sen. Ann Reid and ex-Gov. Joel Marsh on Monday. It went well."
    assert split(body) == ["She met then-Sen. Ann Reid and ex-Gov. Joel Marsh on Monday.", "It went well."]
    body = "The plan was half-baked. Nobody liked it."
    assert split(body) == ["The plan was half-baked.", "Nobody liked it."]


def test_dotted_abbreviation_can_end_a_sentence():
    assert split("The firm is based in the U.S. The rest is history.") == [
        "The firm is based in the U.S.",
        "The rest is history.",
    ]


def test_no_split_inside_quotation():
    body = '"We tried. We failed," he said. Then he left.'
    regions = [(0, body.index(",") + 2)]
    assert split(body, regions) == ['"We tried. We failed," he said.', "Then he left."]


def test_paragraphs_blank_lines_and_wrapped_lines():
    body = "First paragraph is\nwrapped here.\n\nSecond one.\nThird after a full stop."
    spans = paragraph_spans(body, len(body))
    assert [body[s:e] for s, e in spans] == [
        "First paragraph is\nwrapped here.",
        "Second one.",
        "Third after a full stop.",
    ]
