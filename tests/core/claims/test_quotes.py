from streams.core.claims.quotes import find_quotations
from streams.core.claims.sentences import paragraph_spans


def quotes(body: str):
    found = find_quotations(body, paragraph_spans(body, len(body)))
    return [(body[q.start : q.end], q.close >= 0, q.group) for q in found]


def test_apostrophes_are_not_quotes():
    assert quotes("It wasn’t the players’ fault, the coach’s either.") == []


def test_an_apostrophe_opening_a_word_opens_no_quotation():
    body = "“I grew up in the '60s and played rock 'n' roll till they told 'em to stop,” she said."
    assert quotes(body) == [(body[1 : body.index(",”")], True, 1)]
    # a single-quoted quotation that opens with a number still is one
    assert quotes("'60 people were hurt,' the chief said.") == [("60 people were hurt", True, 1)]
    # a year cut to two digits after a preposition opens none either
    body = "Ann Cole said in ‘08 that it mattered. “It does away with the old ways,” she said."
    assert quotes(body) == [("It does away with the old ways", True, 1)]
    assert quotes("The class of '98 said 'we will be back' at the reunion.") == [("we will be back", True, 1)]


def test_nested_quotes_stay_inside():
    body = "“He told me ‘never again’ and left,” she said."
    assert quotes(body) == [("He told me ‘never again’ and left", True, 1)]


def test_german_and_french_marks():
    assert quotes("„Wir bleiben“, sagte sie.")[0][0] == "Wir bleiben"
    assert quotes("« Nous restons », a-t-elle dit.")[0][0] == "Nous restons"


def test_multi_paragraph_quotation_is_grouped():
    body = '"First part of it.\n\n"Second part," he said.'
    found = quotes(body)
    assert found == [("First part of it.", False, 1), ("Second part", True, 1)]


def test_unclosed_quote_runs_to_paragraph_end():
    body = 'He said: "this never closes\n\nNew paragraph.'
    assert quotes(body) == [("this never closes", False, 1)]


def test_an_opening_mark_typed_for_the_closing_one_after_a_comma_closes():
    body = "“It's unusual,“ said Ines Ruud. “The boats should stay in.”"
    assert [text for text, _, _ in quotes(body)] == ["It's unusual", "The boats should stay in."]


def test_straight_and_curly_marks_mixed_in_one_quotation():
    assert [t for t, _, _ in quotes('"The quota is a trap,” said Ines Ruud.')] == ["The quota is a trap"]
    assert [t for t, _, _ in quotes('“The quota is a trap," said Ines Ruud.')] == ["The quota is a trap"]
