"""Failures seen in the running pipeline, reproduced on invented sentences."""

from __future__ import annotations

import pytest

from streams.core.claims import Claim, extract_claims
from tests.core.claims.extracting import claims_of

LEAD = "Ferry services to the islands will be cut from June, the operator said on Monday. "
QUOTE = "“We simply cannot fill the late boats any more,”"


def the_quote(body: str, language: str = "en") -> Claim:
    quotes = [c for c in claims_of(body, language) if c.kind == "direct_quote"]
    assert len(quotes) == 1, [c.to_dict() for c in quotes]
    return quotes[0]


# -- 1. inverted attribution after a quotation, with a lower-case role -------------------------


def test_inverted_attribution_with_lower_case_role():
    claim = the_quote(LEAD + QUOTE + " said operations director Helena Marsh.")
    assert claim.text == "We simply cannot fill the late boats any more"
    assert claim.speaker == "Helena Marsh"
    assert claim.speaker_role == "operations director"
    assert claim.cue == "said"
    assert claim.kind == "direct_quote"


@pytest.mark.parametrize(
    "attribution, speaker, role, cue",
    [
        (" said chief engineer Marta Lindqvist.", "Marta Lindqvist", "chief engineer", "said"),
        (" said managing director Ruth Okafor.", "Ruth Okafor", "managing director", "said"),
        (" said Foreign Minister Anna Berg.", "Anna Berg", "Foreign Minister", "said"),
        (" said Berg, the foreign minister.", "Berg", "foreign minister", "said"),
        (" said a spokeswoman for the council.", "council", "spokeswoman", "said"),
        (" the mayor said.", "the mayor", "mayor", "said"),
        (" said the mayor.", "the mayor", "mayor", "said"),
    ],
)
def test_inverted_and_plain_attribution_variants(attribution, speaker, role, cue):
    claim = the_quote(LEAD + QUOTE + attribution)
    assert claim.text == "We simply cannot fill the late boats any more"
    assert (claim.speaker, claim.speaker_role, claim.cue) == (speaker, role, cue)


def test_surname_told_reporters_after_closing_mark():
    body = (
        "Operations director Helena Marsh met unions on Friday. " + LEAD + "“We simply cannot fill the late "
        "boats any more”, Marsh told reporters."
    )
    claim = the_quote(body)
    assert claim.speaker == "Helena Marsh"
    assert claim.cue == "told"


def test_lower_case_role_in_reverse_indirect_speech():
    body = "The late ferries will stop in June, said operations director Helena Marsh."
    claim = claims_of(body)[0]
    assert claim.text == "The late ferries will stop in June"
    assert (claim.speaker, claim.speaker_role) == ("Helena Marsh", "operations director")


def test_lower_case_words_without_a_role_are_no_speaker():
    # "said late boats ..." is no inverted attribution
    found = claims_of("“We cannot run them,” said late boats critics in the harbour town.")
    assert all(c.speaker != "late boats critics" for c in found)


# -- 2. datelines are not part of the claim --------------------------------------------------


@pytest.mark.parametrize(
    "dateline, language",
    [
        ("ROTTERDAM, March 4 (Wirestream News) - ", "en"),
        ("ROTTERDAM (Wirestream News) - ", "en"),
        ("ROTTERDAM, March 4. /TASS/. ", "en"),
        ("ROTTERDAM — ", "en"),
        ("NEW YORK, Jan. 5 (Wirestream) -- ", "en"),
        ("Rotterdam, March 4 (Wirestream News) - ", "en"),
    ],
)
def test_dateline_is_not_part_of_reverse_claim(dateline, language):
    content = "Scooter maker Lumen Motors is recalling about 40,000 e-scooters after three battery fires"
    body = dateline + content + ", the company said on Tuesday."
    claim = claims_of(body, language)[0]
    assert claim.text == content
    assert claim.speaker == "Lumen Motors"  # "the company": the company named in the content


def test_dateline_before_forward_speech():
    body = (
        "ROTTERDAM, March 4 (Wirestream News) - Lumen Motors said on Tuesday it would recall 40,000 scooters."
    )
    claim = claims_of(body)[0]
    assert claim.text == "it would recall 40,000 scooters"
    assert claim.speaker == "Lumen Motors"


def test_dateline_before_quotation():
    body = "ROTTERDAM, March 4 (Wirestream News) - “We will recall every scooter,” the company said."
    claim = the_quote(body)
    assert claim.text == "We will recall every scooter"


@pytest.mark.parametrize(
    "body, language, text",
    [
        (
            "LORMONT, 7 mars (Wirestream) - La piscine rouvrira en juin, a déclaré le maire.",
            "fr",
            "La piscine rouvrira en juin",
        ),
        (
            "BERLIN, 4. März (Wirestream) - Die Regierung will die Steuern senken, sagte ein Sprecher.",
            "de",
            "Die Regierung will die Steuern senken",
        ),
        (
            "MADRID, 4 mar (Wirestream) - El Gobierno bajará los impuestos, dijo el portavoz Andrés Vidal.",
            "es",
            "El Gobierno bajará los impuestos",
        ),
        (
            "МОСКВА, 4 марта. /ТАСС/. Фильм выйдет в прокат в мае, сообщил режиссёр Павел Орлов.",
            "ru",
            "Фильм выйдет в прокат в мае",
        ),
        (
            "МОСКВА, 4 марта (Wirestream) - Фильм выйдет в прокат в мае, по словам режиссёра Павла Орлова.",
            "ru",
            "Фильм выйдет в прокат в мае",
        ),
    ],
)
def test_dateline_in_other_languages(body, language, text):
    found = claims_of(body, language)
    assert [c.text for c in found] == [text]


def test_capitalised_opening_that_is_no_dateline_is_kept():
    body = "NATO allies will meet in May, officials said."
    assert claims_of(body)[0].text == "NATO allies will meet in May"


# -- 3. Russian role + name in the genitive after "по словам" -------------------------------


def test_russian_po_slovam_gives_the_citation_form_with_the_role_apart():
    body = "По словам режиссёра Павла Орлова, фильм выйдет в прокат в мае."
    claim = only_ru(body)
    assert claim.speaker == "Павел Орлов"  # issue #11: the nominative, not the genitive as written
    assert claim.speaker_role == "режиссёр"
    assert claim.kind == "according_to"


def test_russian_pronoun_after_po_slovam_takes_the_citation_form():
    body = (
        "По словам режиссёра Павла Орлова, репетиции шли полгода. «Это спектакль о нашем городе», сказал он."
    )
    found = claims_of(body, "ru")
    assert [(c.speaker, c.speaker_role) for c in found] == [("Павел Орлов", "режиссёр")] * 2


def test_russian_feminine_genitive_to_citation_form():
    claim = only_ru("По словам министра культуры Веры Соколовой, музей откроется в мае.")
    assert claim.speaker == "Вера Соколова"


def test_role_affiliation_before_the_name_in_russian_french_and_spanish():
    ru = only_ru("«Мы выполним план», — заявил глава госкорпорации Юрий Борисов.")
    assert (ru.speaker, ru.speaker_role) == ("Юрий Борисов", "глава госкорпорации")
    fr = extract_claims("« Nous ne céderons pas », a déclaré sa secrétaire générale, Nadia Benali.", "fr")
    assert [(c.speaker, c.speaker_role) for c in fr] == [("Nadia Benali", "secrétaire générale")]
    fr = extract_claims("Le ministre des Transports a estimé que la grève était injustifiée.", "fr")
    assert [c.speaker for c in fr] == ["Le ministre des Transports"]
    es = extract_claims("«Estamos preparados», dijo el presidente de la Generalitat, Pere Aragonès.", "es")
    assert [c.speaker for c in es] == ["Pere Aragonès"]


def test_russian_po_slovam_resolves_to_the_nominative_name_given_earlier():
    body = (
        "Режиссёр Павел Орлов закончил съёмки в Казани. "
        "По словам режиссёра Павла Орлова, фильм выйдет в прокат в мае."
    )
    claim = only_ru(body)
    assert claim.speaker == "Павел Орлов"


def test_russian_reverse_with_role_not_in_the_old_lexicon():
    claim = only_ru("Премьера пройдёт в Москве, сообщил режиссёр Павел Орлов.")
    assert (claim.speaker, claim.speaker_role) == ("Павел Орлов", "режиссёр")


def only_ru(body: str) -> Claim:
    found = claims_of(body, "ru")
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def test_russian_genitive_of_a_woman_named_before():
    body = (
        "Министр культуры Вера Соколова открыла выставку. "
        "Музей откроется в июне, по словам министра Веры Соколовой."
    )
    claim = only_ru(body)
    assert claim.text == "Музей откроется в июне"
    assert claim.speaker == "Вера Соколова"


def test_russian_genitive_of_someone_never_named_in_the_nominative_stays_as_written():
    body = "Роман Сергея Левина выйдет осенью. По словам писателя Ильи Гарина, тираж уже продан."
    claim = only_ru(body)
    assert claim.speaker == "Ильи Гарина"


# -- 4. the demo's sample firehose, read as a new user reads it --------------------------------


def speakers(body: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.speaker_role) for c in extract_claims(body, language)]


def test_the_company_after_a_dateline_is_the_company_the_story_opens_with():
    body = (
        "HARBOURTON, May 2 (Wirestream News) - Copperleaf Bakeries will close two plants, "
        "the company said on Friday. Later the company said it would offer transfers."
    )
    assert speakers(body) == [("Copperleaf Bakeries", None)] * 2


def test_the_company_is_a_brand_written_as_one_word():
    body = "TideHop has raised 9 million. According to the company, it serves 30 ports."
    assert speakers(body) == [("TideHop", None)]
    # a surname with a capital inside is no brand
    body = "Senator McKinnon praised the plan. The company said it would cut 40 trains."
    assert speakers(body) == [("company", None)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "« Un soulagement », a déclaré la conservatrice du musée municipal, Lise Morel, "
            "qui a précisé que le cadre était intact.",
            "fr",
            ("Lise Morel", "conservatrice du musée municipal"),
        ),
        (
            "«Si no llueve, limitaremos el riego», dijo el presidente de la comunidad de regantes, "
            "Iván Soto.",
            "es",
            ("Iván Soto", "presidente de la comunidad de regantes"),
        ),
    ],
)
def test_role_with_a_lower_case_affiliation_then_the_name(body, language, expected):
    assert speakers(body, language) == [expected]


def test_an_elided_article_inside_a_source_is_kept():
    body = "Deux vols ont été annulés, selon la direction de l'aéroport."
    assert speakers(body, "fr") == [("direction de l'aéroport", None)]
    assert speakers("Selon l'entreprise, la ligne rouvrira lundi.", "fr") == [("entreprise", None)]


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        ("Le pont rouvrira lundi, a annoncé vendredi la préfecture.", "fr", "préfecture"),
        ("« Le pont rouvrira lundi », a indiqué mardi la mairie.", "fr", "mairie"),
        ("«El puente abrirá el lunes», dijo el martes el alcalde, Rubén Mora.", "es", "Rubén Mora"),
        ("Die Brücke öffnet am Montag, sagte am Freitag Bürgermeisterin Eva Krüger.", "de", "Eva Krüger"),
    ],
)
def test_a_time_between_an_inverted_cue_and_its_subject(body, language, speaker):
    assert [c.speaker for c in extract_claims(body, language)] == [speaker]
