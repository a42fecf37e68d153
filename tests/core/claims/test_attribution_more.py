"""Constructions added after the blind real-news check (issue #4 follow-up), on invented text."""

from streams.core.claims import extract_claims
from streams.core.claims.sentences import sentence_spans


def _pairs(body: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in extract_claims(body, "en")]


def _sentences(body: str) -> list[str]:
    return [body[a:b] for a, b in sentence_spans(body, (0, len(body)), [])]


def test_acronym_and_number_end_sentences():
    assert _sentences("It was fined by the SEC. The firm said so.") == [
        "It was fined by the SEC.",
        "The firm said so.",
    ]
    assert _sentences("Sales rose 8.6%. Next year fell.") == ["Sales rose 8.6%.", "Next year fell."]
    assert _sentences("It cost $3.8m. The firm paid.") == ["It cost $3.8m.", "The firm paid."]
    assert _sentences("He met Sen. Smith and Gen. Jones.") == ["He met Sen. Smith and Gen. Jones."]


def test_participles():
    assert _pairs(
        "Harrow Water said supplies were normal, adding that bottled water would be handed out."
    ) == [
        ("Harrow Water", "supplies were normal"),
        ("Harrow Water", "bottled water would be handed out"),
    ]
    assert _pairs("Residents criticised the council, saying they had been given no warning.") == [
        ("Residents", "they had been given no warning")
    ]
    assert _pairs("Prices rose again in March, adding to pressure on households.") == []
    assert _pairs("Marsh gave an interview, saying nothing about his contract.") == []


def test_bare_clause_after_noun_object_verbs():
    assert _pairs("Chairman Morris Quayle denied he had been offered money.") == [
        ("Morris Quayle", "he had been offered money")
    ]
    assert _pairs("The club confirmed the signing of striker Leo Marsh on Monday.") == []
    assert _pairs("Kevin Spacey, 45, wrote, directed and starred in the film.") == []


def test_attribution_inside_a_larger_sentence():
    assert _pairs("Ministers criticised campaigner Dan Hollis, who said the targets were unrealistic.") == [
        ("Dan Hollis", "the targets were unrealistic")
    ]
    assert _pairs("Shares fell after the company warned that sales would slow.") == [
        ("company", "sales would slow")
    ]
    assert _pairs("Lawyers questioned Sam Dray, who has admitted fraud and will testify.") == []


def test_speaker_asides_and_affiliations():
    assert _pairs("Marla Quince - who founded the charity - said the backlog was the worst yet.") == [
        ("Marla Quince", "the backlog was the worst yet")
    ]
    assert _pairs("Ivor Pask, 54, said the budget was unfair.") == [("Ivor Pask", "the budget was unfair")]
    claims = extract_claims("Lib Dem Sir Ivor Pask said the budget was unfair.", "en")
    assert (claims[0].speaker, claims[0].speaker_role) == ("Ivor Pask", "Lib Dem")


def test_pronoun_after_a_claim_about_someone_else():
    body = (
        "Sprinter Talia Brennock is injured. Her coach Ruben Ashdown said Brennock would be back "
        'within a month. "The scan was better than we feared," he said.'
    )
    assert [c.speaker for c in extract_claims(body, "en")] == ["Ruben Ashdown", "Ruben Ashdown"]
