"""Speaker and span cases that go wrong on real news (round 2 of the rules), one per test.

All sentences are invented."""

from __future__ import annotations

import pytest

from tests.core.claims.extracting import claims_of, only


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("Wing Anselme Garnier said the pitch was poor.", "Anselme Garnier", "Wing"),
        ("Striker Kofi Adjei-Brown said the team had lost its nerve.", "Kofi Adjei-Brown", "Striker"),
        (
            "Gadget Monthly's Orrin Falk said the new drives were good value.",
            "Orrin Falk",
            "Gadget Monthly's",
        ),
        (
            "Tomas Brezina at consultancy Halberd Partners said the risk was underestimated.",
            "Tomas Brezina",
            "consultancy Halberd Partners",
        ),
        (
            '"Most firms back up to one disk," said Imelda Castellan of security firm Northgate Data.',
            "Imelda Castellan",
            None,
        ),
        ("Passenger group Rail Voice said the disruption was handled badly.", "Rail Voice", None),
        # roles of American political news
        ('"The quota will pass," said former Harbour State congressman Ola Brand.', "Ola Brand", None),
        ('"These are dark days," former mayoral speechwriter Ines Ruud wrote.', "Ines Ruud", None),
        ("Party delegate Piet Vos said the rules were unfair.", "Piet Vos", "Party delegate"),
    ],
)
def test_role_words_and_affiliations_are_not_part_of_the_name(body, speaker, role):
    claim = only(body)
    assert claim.speaker == speaker
    if role:
        assert claim.speaker_role == role


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The two firms said the deal would be completed by June.", "two firms"),
        ('"No jobs will be lost," the spokesman said.', "spokesman"),
        ('"I wish I was playing in Spain," the 21-year-old told a radio station.', "the 21-year-old"),
    ],
)
def test_nominal_speakers_are_kept(body, speaker):
    assert only(body).speaker == speaker


def test_nominal_speaker_is_a_pronoun_antecedent():
    body = (
        "A council spokeswoman said the road would reopen on Monday. "
        'She said: "We are sorry for the disruption."'
    )
    found = claims_of(body)
    assert [c.speaker for c in found] == ["council spokeswoman", "council spokeswoman"]


def test_surname_only_sports_antecedent():
    body = (
        "Coach Ronan Whitlow named an unchanged side.\n\n"
        "Flanker Tadhg Morrissey returns on the bench. Morrissey trained fully on Thursday.\n\n"
        '"I feel sharper than I have all season," he said.'
    )
    assert only(body).speaker == "Tadhg Morrissey"


def test_a_gerund_before_a_surname_is_no_first_name():
    body = (
        "Senator Ada Brisk met donors on Friday.\n\n"
        "Chasing Brisk\n\n"
        "Brisk continued to question whether the council could afford the bridge."
    )
    assert only(body).speaker == "Ada Brisk"


def test_guessed_subject_beats_possessive_mention():
    body = (
        "Ellery Vance scored twice as Dunmore beat Castleford, with Rafe Hollins' late header only "
        'a consolation.\n\n"I was lucky with the first one," he said.'
    )
    assert only(body).speaker == "Ellery Vance"


def test_object_mention_is_not_the_antecedent():
    body = (
        "Finance director Caspar Ullmann presented the results alongside chairman Rupert Haines. "
        "He said profits had risen by 4%."
    )
    assert only(body).speaker == "Caspar Ullmann"


def test_pronoun_teaches_gender():
    body = (
        "Council leader Bryony Hargate and opposition leader Callum Dewar clashed.\n\n"
        '"This is fair," Hargate said.\n\nDewar disagreed. "It is not," he said.\n\n'
        "She said the cuts would be reviewed."
    )
    assert [c.speaker for c in claims_of(body)] == ["Bryony Hargate", "Callum Dewar", "Bryony Hargate"]


def test_same_surname_told_apart_by_title():
    body = (
        "Tennis player Marit Lindqvist won easily while coach Sven Lindqvist watched. "
        '"She served well," Mr Lindqvist said. Ms Lindqvist said she was thinking of the next round.'
    )
    assert [c.speaker for c in claims_of(body)] == ["Sven Lindqvist", "Marit Lindqvist"]


def test_honorific_surname_that_is_a_role_word():
    body = "Desmond King, chief engineer at Falworth Motors, spoke. Mr King said it used less fuel."
    assert only(body).speaker == "Desmond King"


def test_mid_sentence_attribution_keeps_the_whole_sentence():
    claim = only("The reservoir, engineer Maud Petrie said, would be full again by the spring.")
    assert claim.text == "The reservoir, engineer Maud Petrie said, would be full again by the spring"
    assert claim.speaker == "Maud Petrie"


def test_mid_sentence_according_to():
    claim = only("The airport, according to the Aviation Board, handled 2 million passengers.")
    assert claim.kind == "according_to"
    assert claim.text.startswith("The airport") and claim.speaker == "Aviation Board"


def test_fronted_adverbial_is_not_kept():
    claim = only("On Monday, Kerry said, the talks collapsed.")
    assert claim.text == "the talks collapsed"


@pytest.mark.parametrize("pronoun", ["who chaired the inquiry", "whose company built the bridge"])
def test_relative_clause_after_the_speaker(pronoun):
    claim = only(f"Ines Valcourt, {pronoun}, told reporters the report would be published.")
    assert claim.speaker == "Ines Valcourt"
    assert claim.text == "the report would be published"


def test_told_programme_colon_quote():
    body = (
        "Minister Glenda Marchbank told Radio Wessex's Morning Call programme: "
        '"Passengers will see the benefit within a year."'
    )
    claim = only(body)
    assert claim.kind == "direct_quote" and claim.speaker == "Glenda Marchbank"
    claim = only('Ms Marchbank told the seminar: "We will extend the scheme."')
    assert claim.kind == "direct_quote"


def test_told_unknown_addressee_that():
    claim = only("Shell told shocked investors that its reserves were smaller than thought.")
    assert claim.text == "its reserves were smaller than thought"


def test_straight_quote_reopened_without_closing():
    body = (
        'He warned: "Internment has backfired because of the resentment it creates. '
        '"So unless the process is just, it will fail." He suggested a change in the law.'
    )
    found = [c for c in claims_of(body) if c.kind == "direct_quote"]
    assert [c.text for c in found] == [
        "Internment has backfired because of the resentment it creates.",
        "So unless the process is just, it will fail.",
    ]
    assert {c.cue for c in found} == {"warned"}  # not "He suggested", a new sentence


def test_quote_then_new_sentence_is_not_attributed_backwards():
    body = "The album is called 'Salt and Iron'. Singer Marisol Quint said it took three years."
    assert [c.kind for c in claims_of(body)] == ["indirect_speech"]


def test_noun_claims_is_not_a_cue():
    assert claims_of("Insurance claims rose by a fifth after the floods.") == []


def test_german_separable_verb():
    found = claims_of(
        "Der Autobauer Falkwerk teilte am Dienstag mit, die Produktion werde gedrosselt. "
        "Chefin Helga Brandt fügte hinzu, dass keine Stellen gestrichen würden.",
        "de",
    )
    assert [c.text for c in found] == ["die Produktion werde gedrosselt", "keine Stellen gestrichen würden"]
    assert found[1].speaker == "Helga Brandt"


def test_spanish_dropped_subject():
    body = "La alcaldesa Rocío Almagro inauguró el mercado.\n\nAseguró que el edificio abrirá a diario."
    claim = only(body, "es")
    assert claim.speaker == "Rocío Almagro"


def test_russian_inflected_surname():
    body = "Министр культуры Вера Соколова посетила театр. По словам Соколовой, ремонт завершится к осени."
    assert only(body, "ru").speaker == "Вера Соколова"


def test_an_english_name_is_not_an_inflected_surname():
    body = (
        "Paolo Franco, a columnist in Rome, said the visit was a success. "
        '"The boats must be allowed to sail," Francis said in a speech to fishermen.'
    )
    assert [c.speaker for c in claims_of(body)] == ["Paolo Franco", "Francis"]


def test_an_honorific_and_a_surname_are_a_pronoun_antecedent():
    body = 'The quay was loud. Mrs. Ruud attacked the levy on Monday. "It is a disgrace," she said.'
    assert [c.speaker for c in claims_of(body)] == ["Ruud"]


def test_three_apostrophes_close_an_inner_and_the_outer_quotation():
    body = "''Skippers will not be satisfied with 'We will see,''' said Councillor Ines Ruud."
    assert [(c.text, c.speaker) for c in claims_of(body)] == [
        ("Skippers will not be satisfied with 'We will see,'", "Ines Ruud")
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Critics of the levy met on Monday. The tax would hurt small boats, they said.", "Critics"),
        ("Other harbour candidates spoke first. The quota is too low, they said.", "harbour candidates"),
    ],
)
def test_they_after_a_plural_subject_with_a_phrase_or_a_role(body: str, speaker: str):
    assert [c.speaker for c in claims_of(body)] == [speaker]


def test_a_quotation_after_a_lead_sentence_is_its_subjects():
    body = (
        '"We will not back down," said council leader Ada Brisk.\n\n'
        "Mayor Tom Vell touted his record on housing at the same meeting. "
        '"We built more homes in four years than the last council did in ten."'
    )
    assert [c.speaker for c in claims_of(body)] == ["Ada Brisk", "Tom Vell"]


def test_a_quotation_after_a_sentence_about_a_thing_stays_with_the_last_speaker():
    body = (
        "Mayor Tom Vell said the plan was sound.\n\n"
        "Ada Brisk, the council leader, disagreed. The vote is on Friday.\n\n"
        '"We built more homes in four years than the last council did in ten."'
    )
    assert claims_of(body)[-1].speaker == "Tom Vell"
