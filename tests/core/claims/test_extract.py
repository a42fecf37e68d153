"""Claim extraction, one case per test, on invented sentences."""

from __future__ import annotations

import pytest

from tests.core.claims.extracting import claims_of, only


@pytest.mark.parametrize(
    "body",
    [
        "“The harvest was the best in a decade,” farmer Tom Reilly said.",
        '"The harvest was the best in a decade," farmer Tom Reilly said.',
        "‘The harvest was the best in a decade,’ farmer Tom Reilly said.",
        "«The harvest was the best in a decade,» farmer Tom Reilly said.",
        "„The harvest was the best in a decade,“ farmer Tom Reilly said.",
    ],
)
def test_direct_quote_styles(body):
    claim = only(body)
    assert claim.kind == "direct_quote"
    assert claim.text == "The harvest was the best in a decade"
    assert claim.speaker == "Tom Reilly"
    assert claim.cue == "said"


def test_split_quote_is_one_claim_with_its_parts():
    body = "Mayor Lena Kovac spoke briefly. “The pool will reopen,” she said, “but not before June.”"
    claim = only(body)
    assert claim.speaker == "Lena Kovac"
    assert claim.text == body[claim.start : claim.end]
    assert claim.text == "The pool will reopen,” she said, “but not before June."
    assert [body[a:b] for a, b in claim.parts] == ["The pool will reopen", "but not before June."]
    assert claim.to_dict()["parts"] == [list(p) for p in claim.parts]


def test_quote_continued_after_the_attribution_sentence_is_one_claim():
    body = (
        "The vote was close. “We held our nerve,” the campaign manager said. “And the voters "
        "came with us in the end.”\n\nCounting went on overnight."
    )
    claim = only(body)
    assert claim.speaker == "the campaign manager"
    pieces = [body[a:b] for a, b in claim.parts]
    assert pieces == ["We held our nerve", "And the voters came with us in the end."]


def test_two_quotes_with_their_own_speakers_stay_apart():
    body = "“We will win,” Ana Ruiz said. “No, we will,” Tomas Berg replied."
    found = claims_of(body)
    pairs = [(c.text, c.speaker) for c in found]
    assert pairs == [("We will win", "Ana Ruiz"), ("No, we will", "Tomas Berg")]
    assert all(not c.parts for c in found)


def test_multi_paragraph_quote_shares_the_speaker():
    body = (
        "Coach Pavel Novak was in a reflective mood.\n\n"
        "“We lost our shape after the break. That cannot happen at this level.\n\n"
        "“We will learn from it,” Novak said.\n\nThe next match is on Sunday."
    )
    found = claims_of(body)
    assert [c.text for c in found] == [
        "We lost our shape after the break. That cannot happen at this level.",
        "We will learn from it",
    ]
    assert all(c.speaker == "Pavel Novak" and c.kind == "direct_quote" for c in found)


def test_colon_introduced_quote():
    claim = only('Nurse Kim Lowe said: "We are exhausted and nobody is listening."')
    assert claim.speaker == "Kim Lowe"
    assert claim.text == "We are exhausted and nobody is listening."


def test_indirect_speech_with_that():
    claim = only("Fisheries Minister Ruth Adler said on Thursday that quotas would be cut by a fifth.")
    assert claim.kind == "indirect_speech"
    assert claim.text == "quotas would be cut by a fifth"
    assert claim.speaker == "Ruth Adler"
    assert claim.speaker_role == "Fisheries Minister"


def test_indirect_speech_told_outlet_without_that():
    claim = only("Governor Sam Tate told CNN the state would appeal the ruling.")
    assert claim.cue == "told"
    assert claim.text == "the state would appeal the ruling"
    assert claim.speaker == "Sam Tate"


@pytest.mark.parametrize("verb", ["stressed", "noted", "announced", "warned", "denied", "added"])
def test_indirect_speech_verbs(verb):
    claim = only(f"Port director Abel Stone {verb} that the strike had cost the harbour millions.")
    assert claim.cue == verb
    assert claim.speaker == "Abel Stone"
    assert claim.text == "the strike had cost the harbour millions"


def test_reverse_indirect_speech():
    claim = only("The reservoir is at its lowest level since 1976, the water authority said.")
    assert claim.text == "The reservoir is at its lowest level since 1976"
    assert claim.kind == "indirect_speech"


def test_source_report_has_reported():
    claim = only("CNN has reported that the two carmakers are discussing a merger.")
    assert claim.kind == "source_report"
    assert claim.cue == "has reported"
    assert claim.speaker == "CNN"


def test_source_report_newspaper():
    claim = only("The Wall Street Journal reported that the bank would shed 3,000 jobs.")
    assert claim.kind == "source_report"
    assert claim.speaker == "Wall Street Journal"


def test_source_report_statement():
    claim = only("Norland Rail said in a statement that services would resume on Monday.")
    assert claim.kind == "source_report"
    assert claim.speaker == "Norland Rail"


def test_reported_figures_are_the_sources_claim():
    claim = only("Astor Mining reported profits of $40m for the quarter.")
    assert (claim.text, claim.speaker, claim.cue) == (
        "profits of $40m for the quarter",
        "Astor Mining",
        "reported",
    )


def test_an_object_after_the_cue_is_the_content_not_the_opening_phrase():
    claim = only("Shortly after the vote, Ann Cole announced her resignation.")
    assert (claim.text, claim.speaker) == ("her resignation", "Ann Cole")
    claim = only("The talks failed, the Harbour Gazette reported late Thursday.")
    assert (claim.text, claim.speaker) == ("The talks failed", "Harbour Gazette")


def test_a_recalled_memory_is_a_claim_but_a_recalled_player_is_not():
    claim = only("Mr Palmer recalled the case of a couple who lost their photographs.")
    assert (claim.text, claim.speaker) == ("the case of a couple who lost their photographs", "Palmer")
    assert claims_of("Tom Nevin, recalled in place of Joe Lark, was twice denied a goal.") == []
    claim = only("Mayor Ada Brisk tweeted her thanks to the volunteers.")
    assert (claim.text, claim.speaker, claim.cue) == ("her thanks to the volunteers", "Ada Brisk", "tweeted")
    assert claims_of("The board reported to the minister on Monday.") == []


@pytest.mark.parametrize(
    "body,text,speaker",
    [
        (
            "According to the Met Office, the heatwave will end on Friday.",
            "the heatwave will end on Friday",
            "Met Office",
        ),
        (
            "The heatwave will end on Friday, according to the Met Office.",
            "The heatwave will end on Friday",
            "Met Office",
        ),
    ],
)
def test_according_to(body, text, speaker):
    claim = only(body)
    assert claim.kind == "according_to"
    assert claim.text == text
    assert claim.speaker == speaker


def test_follow_on_pronouns_resolve_to_last_compatible_speaker():
    body = (
        "Shipping magnate Elena Marsh and economist Victor Lamb disagreed sharply. "
        "Marsh said freight rates would fall. Lamb said they would rise. "
        "She added that ports were already quieter."
    )
    found = claims_of(body)
    assert [c.speaker for c in found] == ["Elena Marsh", "Victor Lamb", "Elena Marsh"]


def test_he_added_follows_previous_speaker():
    body = "Striker Jonas Berg said the team was ready. “We fear nobody,” he added."
    found = claims_of(body)
    assert [c.speaker for c in found] == ["Jonas Berg", "Jonas Berg"]
    assert found[1].cue == "added"


def test_role_and_name_split():
    claim = only("Deputy Foreign Secretary of State Maria Holt said the embassy would stay open.")
    assert claim.speaker == "Maria Holt"
    assert claim.speaker_role == "Deputy Foreign Secretary of State"


def test_surname_resolved_to_full_name():
    body = "Transport Secretary Gavin Reed visited the site. Reed said the line would be finished by 2030."
    claim = only(body)
    assert claim.speaker == "Gavin Reed"
    assert claim.speaker_role == "Transport Secretary"


def test_several_speakers():
    claim = only("Mr Olsen and Mr Varga said they would sign the accord on Friday.")
    assert claim.speaker == "Olsen and Varga"
    assert claim.speakers == ["Olsen", "Varga"]


def test_organisation_speaker_and_it():
    body = "Kestrel Airlines said fares would rise in the spring. It said fuel costs had doubled."
    found = claims_of(body)
    assert [c.speaker for c in found] == ["Kestrel Airlines", "Kestrel Airlines"]


def test_appositive_role():
    claim = only("Ada Fischer, the chief economist at Lindqvist Bank, said growth would slow.")
    assert claim.speaker == "Ada Fischer"
    assert claim.speaker_role == "chief economist at Lindqvist Bank"


def test_abbreviations_do_not_split_sentences():
    body = "Sen. T. J. Harlow said the U.S. Army had paid Dr. Nash on Jan. 3 for No. 4 of the reports."
    claim = only(body)
    assert claim.speaker == "T. J. Harlow"
    assert claim.text.startswith("the U.S. Army had paid Dr. Nash")


def test_scare_quotes_are_not_claims():
    assert claims_of("The “historic” deal was signed in a so-called “friendship hall”.") == []


def test_quotation_continued_in_the_next_paragraph_is_one_claim():
    body = (
        '"We knew it was coming," said ranger Bill Dunn.\n\n'
        '"There was simply no time to move the herd to higher ground."'
    )
    claim = only(body)
    assert claim.speaker == "Bill Dunn"
    assert [body[a:b] for a, b in claim.parts] == [
        "We knew it was coming",
        "There was simply no time to move the herd to higher ground.",
    ]


def test_unattributed_standalone_quote_follows_previous_speaker():
    body = (
        '"We knew it was coming," said ranger Bill Dunn. The river rose overnight.\n\n'
        '"There was simply no time to move the herd to higher ground."'
    )
    found = claims_of(body)
    assert [c.speaker for c in found] == ["Bill Dunn", "Bill Dunn"]


def test_a_title_in_capitals_inside_the_attribution_does_not_split_the_quotation():
    body = (
        'Voters were restless. "The plan will fail," Baker said on the show "Morning Talk with Ann Lee." '
        '"And nobody will admit it."'
    )
    claim = only(body)
    assert claim.speaker == "Baker"
    assert [body[a:b] for a, b in claim.parts] == ["The plan will fail", "And nobody will admit it."]


def test_no_claims_in_plain_report():
    assert claims_of("Snow closed the mountain pass for a third day. Drivers were diverted.") == []


# ---- other languages ---------------------------------------------------------------------------


def test_russian():
    body = (
        "Губернатор области Сергей Лебедев заявил, что дорогу отремонтируют к осени. "
        "«Деньги уже выделены», — сказал Лебедев. По словам Лебедева, работы начнутся в мае."
    )
    found = claims_of(body, "ru")
    assert [c.kind for c in found] == ["indirect_speech", "direct_quote", "according_to"]
    assert {c.speaker for c in found} == {"Сергей Лебедев"}


def test_russian_dash_quote():
    body = "Министр Ольга Зайцева выступила на форуме.\n\n— Мы не будем повышать налоги, — заявила Зайцева."
    claim = only(body, "ru")
    assert claim.text == "Мы не будем повышать налоги"
    assert claim.speaker == "Ольга Зайцева"


def test_german():
    body = (
        "Innenminister Karl Brandt sagte am Dienstag, die Grenze bleibe offen. "
        "„Wir haben die Lage im Griff“, sagte Brandt. Laut Brandt gibt es keine neuen Fälle."
    )
    found = claims_of(body, "de")
    assert [c.kind for c in found] == ["indirect_speech", "direct_quote", "according_to"]
    assert {c.speaker for c in found} == {"Karl Brandt"}


def test_french():
    body = (
        "Le député Marc Lefèvre a déclaré que la loi serait votée en juin. "
        "« Nous avons les voix », a-t-il ajouté. Selon le gouvernement, le texte est prêt."
    )
    found = claims_of(body, "fr")
    assert [c.kind for c in found] == ["indirect_speech", "direct_quote", "according_to"]
    assert [c.speaker for c in found][:2] == ["Marc Lefèvre", "Marc Lefèvre"]


def test_spanish():
    body = (
        "La ministra Elena Ruiz dijo que el puerto abrirá en marzo.\n\n"
        "—Estamos listos para recibir a los primeros barcos —afirmó Ruiz.\n\n"
        "Según la patronal, la obra costó 80 millones."
    )
    found = claims_of(body, "es")
    assert [c.kind for c in found] == ["indirect_speech", "direct_quote", "according_to"]
    assert [c.speaker for c in found][:2] == ["Elena Ruiz", "Elena Ruiz"]


def test_unsupported_language_keeps_quotes_without_speakers():
    body = "“Dit is een historische dag voor de hele stad en de haven”, zei burgemeester Marco Bellini."
    found = claims_of(body, "nl")
    assert found and all(c.speaker is None for c in found)


def test_italian_quote_gets_its_speaker():
    body = "“Questa è una giornata storica per tutta la città”, ha detto il sindaco Marco Bellini."
    claim = claims_of(body, "it")[0]
    assert (claim.speaker, claim.speaker_role, claim.cue) == ("Marco Bellini", "sindaco", "ha detto")


def test_according_to_between_an_opening_phrase_and_a_clause_takes_the_sentence():
    # PolNeAR's span: the opening phrase and the source set off by commas belong to the claim
    claim = only("About 10 p.m., according to a council timeline, the guards left the harbour.")
    assert (claim.text, claim.speaker) == (
        "About 10 p.m., according to a council timeline, the guards left the harbour",
        "council timeline",
    )
    claim = only("But the next day, according to Ada Brisk, the trust made further demands.")
    assert claim.text == "But the next day, according to Ada Brisk, the trust made further demands"
    claim = only("In Arlow, the mayor is in first, according to the Harbour Gazette poll.")
    assert claim.text == "In Arlow, the mayor is in first"


def test_a_long_source_after_according_to_that_ends_the_sentence():
    claim = only(
        "The prize will not be handed out next week, according to an email from the chair of the "
        "Harbour Workers Federation obtained by the Arlow Gazette."
    )
    assert claim.text == "The prize will not be handed out next week"
    assert claim.speaker.startswith("email from the chair of the Harbour Workers Federation")
    # a dash inside the words after "according to" opens an aside: no long source then
    assert (
        claims_of(
            "Many voters backed him, according to a February survey conducted by the radio station in "
            "Arlow - "
            "they liked his plan for the harbour."
        )
        == []
    )


def test_a_counterfactual_cue_is_no_attribution():
    body = (
        "The deal was signed.\n\nFormer Senator Ann Cole, a harbour Democrat who led the Transport "
        "Committee, said that a swap involved hard choices but that if Mr. Vell opted to make one, he should "
        "have insisted on getting all the boats back."
    )
    assert [(c.speaker, c.cue) for c in claims_of(body)] == [("Ann Cole", "said")]


def test_according_to_before_a_colon_that_ends_its_paragraph_takes_the_passage_below():
    body = (
        "The trust lists the berths as its first worry.\n\n"
        "According to Ada Brisk, writing for the Harbour Gazette:\n\n"
        "The trust took in as much as £2 million from the levy last year.\n\n"
        "Nobody denies it."
    )
    assert [(c.speaker, c.text) for c in claims_of(body)] == [
        ("Ada Brisk", "The trust took in as much as £2 million from the levy last year.")
    ]
