"""Speaker phrases of issue #11 (speaker accuracy round): what stands between a subject and its verb,
descriptions after an inverted cue, lower-case words before a role.  All sentences are invented."""

from __future__ import annotations

import pytest

from tests.core.claims.extracting import claims_of, only


def _speaker_of(body: str, piece: str) -> tuple[str | None, str | None]:
    found = [c for c in claims_of(body) if piece in c.text]
    assert found, [c.to_dict() for c in claims_of(body)]
    return found[0].speaker, found[0].speaker_role


@pytest.mark.parametrize(
    ("body", "piece", "speaker", "role"),
    [
        # a party label or acronym in brackets between the name and the verb
        (
            'The vote was close. "It shows how much this race matters to us," Sen. Mara Quill (R-Ore.) '
            "said on Tuesday.",
            "race matters",
            "Mara Quill",
            None,
        ),
        # time phrases between the subject and the verb
        ("Councillor Ada Pike on Tuesday said the depot would close in May.", "depot", "Ada Pike", None),
        ("Dunmore later Thursday told reporters the ferry would sail.", "ferry", "Dunmore", None),
        (
            "The Harbour Trust less than two weeks ago said that the pier was unsafe.",
            "pier",
            "Harbour Trust",
            None,
        ),
        (
            "The Pellow campaign on Tuesday responded that it had moved to larger offices.",
            "larger offices",
            "Pellow campaign",
            None,
        ),
        # lower-case words before a role, after a quotation, belong to the role
        (
            'Fires spread overnight. "We evacuated three villages," fire service spokesman Yannis '
            "Artopios said.",
            "three villages",
            "Yannis Artopios",
            "fire service spokesman",
        ),
        (
            'The vote was close. "Our friends no longer trust us," former Idaho governor Jed Harlan said.',
            "no longer trust",
            "Jed Harlan",
            "former Idaho governor",
        ),
        (
            'The vote was close. "We want a person at the head of the party," campaign chairman John '
            "Pardo told reporters.",
            "head of the party",
            "John Pardo",
            "campaign chairman",
        ),
        # a modifier, a capitalised word, then the role after an inverted cue
        (
            'The vote was close. "October was a good month for us," said former Senate aide Tom Brandt.',
            "good month",
            "Tom Brandt",
            "former Senate aide",
        ),
    ],
)
def test_speaker_phrase_is_read_past_what_stands_between(body, piece, speaker, role):
    got_speaker, got_role = _speaker_of(body, piece)
    assert got_speaker == speaker
    if role:
        assert got_role == role


@pytest.mark.parametrize(
    ("body", "piece", "speaker"),
    [
        (
            'Turnout was low. "It is going to be hard to do it in time," said a longtime party data '
            "expert who has worked for two rivals.",
            "hard to do",
            "longtime party data expert",
        ),
        (
            'Turnout was low. "There will not be a path for her to win," said one of those advisers, '
            "who spoke on condition of anonymity.",
            "path for her",
            "one of those advisers",
        ),
        (
            'Turnout was low. "The odds are that the court stays at eight," said another leading court '
            "advocate, Lena J. Marsh of the law firm Brandt Hale.",
            "odds are",
            "Lena J. Marsh",
        ),
        (
            'Turnout was low. "It is a movement now, not a campaign," said the younger Mr. Pell.',
            "movement",
            "Pell",
        ),
    ],
)
def test_a_description_after_an_inverted_cue_is_the_speaker(body, piece, speaker):
    assert _speaker_of(body, piece)[0] == speaker


def test_words_after_an_inverted_cue_that_are_no_description_give_no_speaker():
    # "said the talks would resume" is content; the speaker came before the verb
    found = claims_of("The envoy said the talks would resume on Friday.")
    assert [c.speaker for c in found] == ["the envoy"]


def test_the_company_is_the_organisation_that_opened_an_earlier_sentence():
    body = (
        "Harwick Rail cancelled 40 trains on Monday. The company said the cuts were needed because of "
        "staff shortages. It said services would return on Friday."
    )
    assert [c.speaker for c in claims_of(body)] == ["Harwick Rail", "Harwick Rail"]


def test_the_company_with_no_organisation_before_stays_nominal():
    found = claims_of("Shares fell sharply on Monday. The company said the cuts were needed.")
    assert [c.speaker for c in found] == ["company"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Senate Democrats blocked the bill because they said the wording was a poison pill.",
            "Senate Democrats",
        ),
        ("Local mayors met on Monday. They said the plan would cost too much money.", "Local mayors"),
    ],
)
def test_they_with_nobody_named_is_the_plural_subject_before_it(body, speaker):
    assert [c.speaker for c in claims_of(body)] == [speaker]


def test_they_after_a_sentence_with_no_plural_subject_stays_unresolved():
    found = claims_of("The weather was bad. They said the plan would cost too much money.")
    assert [c.speaker for c in found] == [None]


@pytest.mark.parametrize(
    "body",
    [
        "El presidente de la Diputación, Marc Soler, dijo que el plan es histórico.",
        "«Es un día histórico para la comarca», dijo el presidente de la Diputación, Marc Soler.",
    ],
)
def test_spanish_office_keeps_its_article_in_the_role(body):
    claim = claims_of(body, "es")[0]
    assert (claim.speaker, claim.speaker_role) == ("Marc Soler", "presidente de la Diputación")


@pytest.mark.parametrize(
    ("body", "piece", "speaker", "role"),
    [
        (
            'He spoke at noon. "The scheme has a basic flaw," Bill Frelon, refugee program director at '
            "Civic Watch, said in an interview.",
            "basic flaw",
            "Bill Frelon",
            "refugee program director at Civic Watch",
        ),
        (
            'He spoke at noon. "You need to act now," Representative Mara Bell, Republican of Idaho, told '
            "the crowd.",
            "act now",
            "Mara Bell",
            None,
        ),
        (
            'He spoke at noon. "We survey advertisers every month," Mr. Mahon, of Ridge Capital, said.',
            "survey advertisers",
            "Mahon",
            None,
        ),
        (
            'Dorn met the press. "We will win the county," the campaign chairman John Pardo said.',
            "win the county",
            "John Pardo",
            "campaign chairman",
        ),
        (
            'Harry Reed blasted Rubin in an interview. "What he has done is the worst," the Senate '
            "minority leader said.",
            "the worst",
            "the Senate minority leader",
            "Senate minority leader",
        ),
        (
            'Turnout was low. "It is the nominee\'s party," one campaign source said. "He sets the rules."',
            "nominee",
            "one campaign source",
            None,
        ),
    ],
)
def test_speaker_after_a_quotation_with_an_aside_or_a_long_role(body, piece, speaker, role):
    got_speaker, got_role = _speaker_of(body, piece)
    assert got_speaker == speaker
    if role:
        assert got_role == role


def test_a_sentence_of_speaker_and_cue_introduces_the_quotation_after_it():
    body = (
        'Her friend Lena Ortiz, 20, a history student from Leeds, chimed in. "We just want the trains '
        'to run on time."'
    )
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.speaker_role, claim.cue) == (
        "Lena Ortiz",
        "history student from Leeds",
        "chimed in",
    )


def test_a_sentence_with_more_than_speaker_and_cue_introduces_no_quotation():
    body = 'Then the mayor met the council and agreed. "We just want the trains to run on time, always."'
    assert [c.speaker for c in claims_of(body)] == [None]


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        (
            'Dorn met the press. "They are all here for free stuff," Bennett shot back with a laugh.',
            "Bennett",
            "shot back",
        ),
        (
            'Dorn met the press. "The paper says you met them in January," Hannity started.',
            "Hannity",
            "started",
        ),
        ('Dorn met the press. "What sport is he talking about?" reacted Moyle.', "Moyle", "reacted"),
        (
            'Dorn met the press. "Everything you said has overlapped," the judge exclaimed.',
            "the judge",
            "exclaimed",
        ),
        (
            'The march reached the square. "Open the files now!" some protesters chanted, at noon.',
            "some protesters",
            "chanted",
        ),
        ('Dorn met the press. "It never gives up," an angry Moyle retaliated.', "Moyle", "retaliated"),
    ],
)
def test_a_past_tense_verb_off_the_cue_list_after_a_quotation_attributes_it(body, speaker, cue):
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.cue) == (speaker, cue)


def test_a_past_tense_verb_with_an_object_after_a_quotation_attributes_nothing():
    assert claims_of('Dorn met the press. "It was a gimmick," the council rejected the plan.') == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Rob Portland (R-Ohio), another vulnerable incumbent, said he had not thought about it.",
            "Rob Portland",
        ),
        (
            "Sen. Chuck Grassmann, facing a hard race in Iowa, a swing state, said he would welcome Cruz.",
            "Chuck Grassmann",
        ),
        (
            "Ada Brisk, speaking at a rally in Wilmington, N.C., warned that the harbour plan would fail.",
            "Ada Brisk",
        ),
    ],
)
def test_a_place_or_label_inside_the_aside_is_not_the_speaker(body, speaker):
    assert claims_of(body)[0].speaker == speaker


def test_a_role_with_a_place_then_the_name_and_an_aside_is_one_subject():
    body = (
        "The talks were long. US Senator from Idaho Jim Risby, a member of the finance committee, also "
        "told reporters it is hard to hold talks with them."
    )
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.speaker_role) == ("Jim Risby", "US Senator from Idaho")


def test_it_after_a_name_with_no_first_name_is_that_organisation():
    body = "Harwick Rail said the cuts were needed. It said services would return on Friday."
    assert [c.speaker for c in claims_of(body)] == ["Harwick Rail", "Harwick Rail"]


def test_it_after_a_person_stays_unresolved():
    body = "John Harwick said the cuts were needed. It said services would return on Friday."
    assert [c.speaker for c in claims_of(body)] == ["John Harwick", None]


def test_a_state_after_the_place_of_an_appositive_ends_it():
    body = "The crowd grew by noon. Cory Jaynes, 22, of Flint, Mich., said he had not given up hope."
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.speaker_role) == ("Cory Jaynes", "of Flint, Mich.")


def test_a_role_with_a_place_resolves_only_to_a_holder_from_that_place():
    body = "Vermont Senator Bernard Sand spoke first. The Florida senator told reporters he feels good."
    assert claims_of(body)[-1].speaker == "the Florida senator"
    body = "Vermont Senator Bernard Sand spoke first. The Vermont senator told reporters he feels good."
    assert claims_of(body)[-1].speaker == "Bernard Sand"
    body = "Senator Bernard Sand spoke first. The senator told reporters he feels good about the race."
    assert claims_of(body)[-1].speaker == "Bernard Sand"
    # a nationality before the office of a holder named without one is still that holder
    body = "Archbishop Desmond Tull spoke first. The South African archbishop said the vote was fair."
    assert claims_of(body)[-1].speaker == "Desmond Tull"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Agents met on Monday. Another intelligence source speaking to the Herald said the inquiry "
            "was wide.",
            "Another intelligence source",
        ),
        (
            "Agents met on Monday. Current and former officials who spoke with the Herald said the party "
            "had become a shell.",
            "Current and former officials",
        ),
    ],
)
def test_the_one_spoken_to_inside_the_subject_is_not_the_speaker(body, speaker):
    assert claims_of(body)[0].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        (
            'Dorn spoke first.\n\nRuiz continued:\n\n"You look at the questions and you see why people '
            'do not trust the media."',
            "Ruiz",
            "continued",
        ),
        (
            'The storm hit at noon.\n\nMayor Ada Pike released the following statement:\n\n"Our thoughts are '
            'with the families who lost their homes in the night."',
            "Ada Pike",
            "released the following statement",
        ),
    ],
)
def test_a_subject_and_verb_ending_the_paragraph_with_a_colon_introduce_the_quotation(body, speaker, cue):
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.cue) == (speaker, cue)


def test_a_colon_after_no_subject_introduces_no_speaker():
    body = 'Here are the results:\n\n"One hundred and five votes were cast for the plan in the first round."'
    assert [c.speaker for c in claims_of(body)] == [None]


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [("- Bernard Sand.", "Bernard Sand"), ("-Nora Pell, tweeting after the speech.", "Nora Pell")],
)
def test_a_quotation_signed_in_the_next_paragraph_takes_that_speaker(signature, speaker):
    body = (
        "The candidates spoke for two hours.\n\n"
        '"Families are worried about the future of their kids and their jobs."\n\n'
        f"{signature}\n\nThe debate ended at ten."
    )
    assert claims_of(body)[0].speaker == speaker


@pytest.mark.parametrize(
    ("signature", "speaker", "role"),
    [
        ("— Lena Ortiz, 34, Dunmore", "Lena Ortiz", None),
        ("\u2015 Marek Tull, a nurse", "Marek Tull", "nurse"),  # a horizontal bar as the dash
    ],
)
def test_a_quotation_signed_after_a_dash_on_its_own_line_takes_that_speaker(signature, speaker, role):
    body = (
        "The council changed the bus timetable in May.\n\n"
        f'"The buses never come on time and nobody tells us why." {signature}\n\n'
        "The council will answer on Monday."
    )
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.speaker_role, claim.text) == (
        speaker,
        role,
        "The buses never come on time and nobody tells us why.",
    )


def test_a_dash_paragraph_that_is_no_name_signs_nothing():
    body = (
        "The candidates spoke for two hours.\n\n"
        '"Families are worried about the future of their kids and their jobs."\n\n'
        "- and then the hall went quiet."
    )
    assert claims_of(body)[0].speaker is None


def test_lower_case_words_then_a_full_name_after_an_inverted_cue_are_its_role():
    body = (
        'She spoke first. "I am not going to call it a mistake, so forget it," said retired '
        "neurosurgeon Ben Carlow."
    )
    claim = claims_of(body)[0]
    assert (claim.speaker, claim.speaker_role) == ("Ben Carlow", "retired neurosurgeon")
    assert claims_of("The vote passed, said about Ben Carlow.") == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"Most interviews tell an employer very little," concluded a 2013 article in a trade journal.',
            "2013 article",
        ),
        ("The editorial said the harbour plan would fail within a year.", "editorial"),
    ],
)
def test_an_article_or_an_editorial_speaks(body: str, speaker: str) -> None:
    assert [c.speaker for c in claims_of(body)] == [speaker]


def test_the_agent_of_a_participle_before_the_cue_is_not_its_subject():
    claim = claims_of("A panel chaired by Sen. Ada Brisk said the depot would close in May.")[0]
    assert (claim.speaker, claim.text) == ("panel", "the depot would close in May")


@pytest.mark.parametrize(
    ("body", "piece", "speaker", "role"),
    [
        # a rank before the name, perhaps with its service and "retired": all of it is the role
        (
            'Ivo Dane spoke first. "I fundamentally disagree," said retired Navy Lt. Cmdr. Rosa Venn, '
            "who ran the base for a decade.",
            "disagree",
            "Rosa Venn",
            "retired Navy Lt. Cmdr.",
        ),
        ("Col. Ada Brisk said the depot would close in May.", "depot", "Ada Brisk", "Col."),
        # an introductory phrase, then the subject and an aside
        (
            "Ivo Dane spoke first. For now, Marek Tull, at the Harbour Institute, said the ports would "
            "stay open.",
            "ports",
            "Marek Tull",
            None,
        ),
        # the description names a newspaper, and the newspaper is named after it: the person first
        (
            "Tomas Arlo Pike, the editor of the party's newspaper, La Voce Nuova, said every vote counted.",
            "every vote",
            "Tomas Arlo Pike",
            "editor of the party's newspaper, La Voce Nuova",
        ),
        # a description with capitalised modifiers before its head, before the cue
        (
            'Ivo Dane spoke first. "We will not move the rally," a Brisk campaign spokesman said.',
            "rally",
            "Brisk campaign spokesman",
            None,
        ),
        # a description whose head is followed by a participle phrase, both sides of the cue
        (
            'Ivo Dane spoke first. "Money is not a problem," said one Republican involved in the '
            "planning, who asked not to be named.",
            "Money",
            "one Republican involved in the planning",
            None,
        ),
        (
            'Ivo Dane spoke first. "Money is not a problem," one Republican involved in the planning said.',
            "Money",
            "one Republican involved in the planning",
            None,
        ),
    ],
)
def test_ranks_introductions_named_bodies_and_long_descriptions(
    body: str, piece: str, speaker: str, role: str | None
) -> None:
    assert _speaker_of(body, piece) == (speaker, role)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a cue set off by commas with a person and a comma after it: the speaker follows the cue
        ("The plan, said Ada Brisk, a geologist, will fail within a year.", "Ada Brisk"),
        (
            "The riddle of the harbour, says Marek Tull, a historian at the museum, is its depth.",
            "Marek Tull",
        ),
        # but a subject with its own description before the cue keeps the claim
        ("Ivo Dane, the port's envoy, said Ada Brisk, the mayor, would come to the talks.", "Ivo Dane"),
    ],
)
def test_a_cue_between_commas_takes_the_person_named_after_it(body: str, speaker: str) -> None:
    assert [c.speaker for c in claims_of(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The levy is dead,” said a Brisk supporter at the rally.", "Brisk supporter"),
        ("“The levy is dead,” wrote a Marsh voter.", "Marsh voter"),
    ],
)
def test_an_inverted_description_with_a_name_inside_is_not_that_person(body, speaker):
    found = claims_of(body)
    assert [c.speaker for c in found] == [speaker]


def test_a_surname_that_is_also_a_role_word_before_of_and_a_place():
    found = claims_of("Senator Barbara Boxer of Norlandia said she had called the minister.")
    assert [(c.speaker, c.speaker_role) for c in found] == [("Barbara Boxer", "Senator of Norlandia")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ada Brisk of Columbia, South Carolina says she will vote for the levy.", "Ada Brisk"),
        ("A nurse in Worcester, Massachusetts, told him she worries about the levy.", "a nurse"),
    ],
)
def test_a_state_after_a_citys_comma_is_part_of_the_place_not_the_speaker(body, speaker):
    assert [c.speaker for c in claims_of(body)] == [speaker]


def test_a_possessive_before_a_noun_like_cue_is_no_speaker():
    assert claims_of("Despite Ada Brisk's claims that the levy is fair, the council voted it down.") == []
    assert claims_of("Joel Marsh’s promises to cut the levy worried the council.") == []


@pytest.mark.parametrize("contraction", ["She's", "She’s"])
def test_a_contracted_pronoun_before_the_cue_is_the_pronoun(contraction):
    body = f"Ada Brisk runs the ferry board. {contraction} said the levy will rise."
    assert [c.speaker for c in claims_of(body)] == ["Ada Brisk"]


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("General Motors said on Tuesday that it would cut 2,000 jobs.", "General Motors", None),
        ("General Electric said profits fell in the quarter.", "General Electric", None),
        ("General Ada Brisk said the troops would stay.", "Ada Brisk", "General"),
    ],
)
def test_a_rank_before_a_company_word_is_part_of_the_companys_name(body, speaker, role):
    assert [(c.speaker, c.speaker_role) for c in claims_of(body)] == [(speaker, role)]


def test_a_contracted_pronoun_after_an_introductory_phrase_is_the_pronoun():
    body = "Ada Brisk lost the vote. Since then, she's said she'll fight all the way to the convention."
    assert [(c.speaker, c.text) for c in claims_of(body)] == [
        ("Ada Brisk", "she'll fight all the way to the convention")
    ]


def test_pres_is_a_title_before_a_name():
    assert [c.speaker for c in claims_of("Pres. Ada Brisk said the harbour would reopen.")] == ["Ada Brisk"]


def test_a_date_after_a_role_is_no_organisation():
    body = "The Green nominee for the Nov. 8 election later said she was being sarcastic."
    speaker = only(body).speaker
    assert speaker is not None and speaker.startswith("Green nominee")
    # a named organisation after the role still speaks
    assert only("A spokesman for the Harbour Board said the berths were full.").speaker == "Harbour Board"


def test_the_subject_after_a_relative_that_is_the_speaker_not_the_noun_before_it():
    body = "Ten berths close every year, a trend that the foundation predicts will go on for a decade."
    claim = only(body)
    assert (claim.speaker, claim.text) == (
        "foundation",
        "that the foundation predicts will go on for a decade",
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Skippers trying to keep control of the old berths in the harbour next year say they will win.",
            "Skippers",
        ),
        ("But harbour activists clamoring to block the levy say they are winning.", "harbour activists"),
        (
            "He gave to a charity in Arlow, Westshire, that prosecutors said was a front for smugglers.",
            "prosecutors",
        ),
    ],
)
def test_the_subject_before_a_participle_or_after_a_relative_that_is_the_speaker(body, speaker):
    assert [c.speaker for c in claims_of(body)] == [speaker]


def test_an_ing_noun_after_the_subject_opens_no_aside():
    # "timing of": a noun, not a participle — "sleepy" is no speaker
    body = "Even the sleepy timing of the debate led rivals to say the party was hiding her."
    assert "sleepy" not in [c.speaker for c in claims_of(body)]


def test_a_description_then_a_name_after_an_inverted_cue():
    body = "“We are anxious,” said another ferry user, Ada Brisk. “The fees are getting ever higher.”"
    found = claims_of(body)
    assert [(c.speaker, c.speaker_role) for c in found] == [("Ada Brisk", "ferry user")]
    assert [body[a:b] for a, b in found[0].parts] == ["We are anxious", "The fees are getting ever higher."]


def test_a_past_form_opening_the_reported_clause_can_be_an_adjective():
    body = "Ada Brisk, whose party runs the harbour, said closed berths cost the town a fortune."
    assert [(c.speaker, c.text) for c in claims_of(body)] == [
        ("Ada Brisk", "closed berths cost the town a fortune")
    ]
    # verbs in a row and a participle after a statement are no clause
    assert claims_of("Ben Ayre wrote, directed and starred in the film.") == []
    assert claims_of("Ben Ayre said in a statement provided to the Herald.") == []


def test_a_span_of_time_between_the_subject_and_the_cue_is_no_part_of_the_speaker():
    assert only("Ada Brisk two days later said the levy was dead.").speaker == "Ada Brisk"
    assert only("When Ben Ayre a month later announced the cuts, the crew walked out.").speaker == "Ben Ayre"


def test_time_passing_and_saying_little_are_no_statements():
    assert claims_of("As the day went on, Ada Brisk was pressed to explain the levy.") == []
    assert claims_of("In court, Ben Ayre said little, and the judge adjourned the case.") == []


def test_both_after_the_subject_is_skipped_on_the_way_to_it():
    assert only("The two skippers both said the berths were full.").speaker == "two skippers"
    # an opening "both" is the subject itself
    assert only("Both said the berths were full.").speaker == "Both"
    assert only("The towns voted. And both vowed to fight the levy.").speaker == "both"
