"""Issue #11: descriptions as speakers, coordinated verbs, partial quotations in reported clauses,
quotations that end the speaker's sentence, glued full stops and the stance of a claim.
Every article here is written for these tests."""

import pytest

from .extracting import claims_of, only


def test_a_description_is_a_speaker():
    claim = only("The vote is on Tuesday. Many in the hall said the mayor had already lost the room.")
    assert claim.text == "the mayor had already lost the room"
    assert claim.speaker and "hall" in claim.speaker


def test_a_possessive_organisation_is_a_speaker():
    claim = only("Nadia Okafor's campaign said she will appeal against the ruling.")
    assert claim.text == "she will appeal against the ruling"
    assert claim.speaker and "campaign" in claim.speaker


def test_role_words_before_a_name_stay_with_the_speaker():
    claim = only("Rival candidate Joel Marsh says the budget hides a deficit of two million.")
    assert claim.speaker == "Joel Marsh"
    assert claim.text == "the budget hides a deficit of two million"


def test_a_long_description_with_an_infinitive():
    claim = only("The last candidate to win the county says he does not expect a recount.")
    assert claim.text == "he does not expect a recount"


def test_a_second_verb_takes_the_subject_of_the_first():
    claim = only("Senator Ilse Varga thanked the volunteers and said the count was fair.")
    assert claim.speaker == "Ilse Varga"
    assert claim.text == "the count was fair"


def test_a_past_tense_clause_is_no_speaker():
    assert claims_of("The bill passed the house and officials insisted.") == []


def test_a_partial_quotation_opens_the_reported_clause():
    body = "Lena Brandt told supporters on Friday that “we turn the page tonight,” and thanked them."
    claim = only(body)
    assert claim.speaker == "Lena Brandt"
    assert claim.text.startswith("“we turn the page tonight,”")


def test_a_quotation_that_ends_the_speakers_sentence_takes_the_sentence():
    body = "That leaves the council with a plan nobody can “explain to a voter,” Paula Wren said."
    claim = only(body)
    assert claim.start == 0
    assert claim.speaker == "Paula Wren"


def test_a_full_stop_without_a_space_ends_the_sentence():
    body = "“The tone was calm,” the envoy Marek Holub added.Holub said the talks had been long and open."
    found = claims_of(body)
    assert [c.text for c in found] == ["The tone was calm", "the talks had been long and open"]
    assert {c.speaker for c in found} == {"Marek Holub"}


def test_stance_of_denials_and_questions():
    body = (
        "Health minister Ruth Calder denied that hospitals were running out of beds. "
        "Opposition leader Sam Ortiz asked whether the figures were complete. "
        "Calder said the figures were published weekly."
    )
    stances = {c.text: c.stance for c in claims_of(body)}
    assert stances["hospitals were running out of beds"] == "denied"
    assert stances["the figures were published weekly"] == "asserted"
    assert [c.to_dict()["stance"] for c in claims_of(body)].count("denied") == 1


def test_a_quoted_question_is_questioned():
    claim = only("“Who pays for the new bridge?” asked councillor Ida Moss.")
    assert claim.stance == "questioned"


def test_a_lower_case_role_between_affiliation_and_name():
    claim = only("Frost is likely by morning, said Weather Bureau chief meteorologist Lena Sorvik.")
    assert (claim.speaker, claim.speaker_role) == ("Lena Sorvik", "Weather Bureau chief meteorologist")


def test_a_possessive_plural_group_speaks():
    claim = only("The drivers' union said its members would walk out on Monday.")
    assert claim.speaker == "drivers' union"


def test_people_familiar_with_the_matter():
    claim = only("Two people familiar with the talks told the Courier the merger was close.")
    assert claim.speaker == "Two people familiar with the talks"
    assert claim.text == "the merger was close"


def test_a_document_seen_by_an_outlet_is_the_source():
    claim = only("According to an internal report seen by the Courier, the depot will close in June.")
    assert claim.speaker == "internal report"
    assert claim.text == "the depot will close in June"


def test_the_company_is_the_organisation_named_before():
    body = (
        "Fenwick Holdings Ltd said on Monday that it would cut 200 jobs. "
        "The company said the cuts would fall mostly on its northern plants."
    )
    found = claims_of(body)
    assert [c.speaker for c in found] == ["Fenwick Holdings Ltd", "Fenwick Holdings Ltd"]


def test_a_name_then_its_description_between_commas():
    claim = only("Okafor, the mayor's longest ally, said the vote would be close.")
    assert (claim.speaker, claim.speaker_role) == ("Okafor", "mayor's longest ally")


def test_a_share_of_respondents_speaks():
    claim = only("Roughly a third say they have not decided.")
    assert claim.text == "they have not decided"
    assert claim.speaker


def test_words_after_a_quotation_are_content_not_the_speaker():
    claim = only(
        "“We are extremely happy” about the decision, said Rosa Demir, director of the nurses union."
    )
    assert claim.speaker == "Rosa Demir"
    assert claim.text == "“We are extremely happy” about the decision"


def test_saying_takes_a_clause_without_that():
    claim = only("Senator Ilse Varga attacked the plan, saying the new minister “has not read it.”")
    assert claim.speaker == "Ilse Varga"
    assert claim.text.startswith("the new minister")


def test_saying_goodbye_is_no_claim():
    assert claims_of("The coach left the ground, saying goodbye to the fans at the gate.") == []


def test_a_percentage_of_a_group_speaks():
    claim = only("In the river towns, 62% of renters said the new levy was unfair.")
    assert claim.text == "the new levy was unfair"
    assert claim.speaker and "renters" in claim.speaker


def test_more_than_a_share_speaks():
    claim = only("More than 3 in 10 said the ferry timetable should change.")
    assert claim.text == "the ferry timetable should change"


def test_people_with_knowledge_of_a_matter_speak():
    claim = only("People with knowledge of the bid said the club had doubled its offer.")
    assert claim.text == "the club had doubled its offer"
    assert claim.speaker and "knowledge" in claim.speaker


def test_a_comparison_is_still_no_speaker():
    found = claims_of("Costs ran higher than analysts said they would.")
    assert all("Costs" not in (c.speaker or "") for c in found), [c.to_dict() for c in found]


def test_when_asked_whether_is_a_questioned_claim():
    found = claims_of('"You bet I would," Harmon said when asked if he would shut the bridge to lorries.')
    asked = [c for c in found if c.cue == "asked"]
    assert len(asked) == 1, [c.to_dict() for c in found]
    assert asked[0].text == "if he would shut the bridge to lorries"
    assert asked[0].speaker is None and asked[0].stance == "questioned"
    assert any(c.speaker == "Harmon" and c.text == "You bet I would" for c in found)


def test_when_asked_opening_a_sentence_ends_at_its_comma():
    found = claims_of("When asked which route she preferred, Ms. Lyle smiled at the crowd.")
    assert [c.text for c in found if c.cue == "asked"] == ["which route she preferred"]


def test_a_passive_question_without_an_asker_is_questioned_with_no_speaker():
    found = claims_of("The clerk was asked whether the form had been signed in ink.")
    asked = [c for c in found if c.cue == "asked"]
    assert [(c.text, c.speaker, c.stance) for c in asked] == [
        ("whether the form had been signed in ink", None, "questioned")
    ]


def test_a_passive_request_without_an_asker_is_no_claim():
    found = claims_of("The clerk was asked to leave the room before the vote on the new ferry timetable.")
    assert [c for c in found if c.cue == "asked"] == []


def test_when_asked_by_someone_names_the_asker():
    found = claims_of("When asked by a reporter whether the ferry would run, the minister shrugged.")
    asked = [c for c in found if c.cue == "asked"]
    assert [(c.text, c.speaker) for c in asked] == [("whether the ferry would run", "a reporter")]


def test_when_asked_in_a_month_is_still_the_question():
    found = claims_of("Ms. Lyle used the same words when asked in May if she would back the harbour plan.")
    assert [c.text for c in found if c.cue == "asked"] == ["if she would back the harbour plan"]


def test_a_name_followed_by_a_verb_after_the_cue_is_the_clause_subject():
    found = claims_of("One harbour official who watched the talks said Dunmore ended the meeting early.")
    expected = [("Dunmore ended the meeting early", "One harbour official")]
    assert [(c.text, c.speaker) for c in found] == expected


def test_an_aside_between_dashes_before_that():
    found = claims_of("The ferry operator said — in a notice posted on Friday — that fares would rise.")
    assert [c.text for c in found] == ["fares would rise"]


def test_a_subject_with_an_aside_between_dashes():
    found = claims_of(
        "Even if the vote passes, officials in the two northern ports — Arlow and Tenby Cross — said the "
        "quota was unfair."
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("the quota was unfair", "officials in the two northern ports")
    ]


def test_an_introductory_phrase_before_a_coordinated_cue():
    found = claims_of(
        "By the end of the day, Mr. Haldane was forced to retreat and said that he had been misread."
    )
    assert [(c.text, c.speaker) for c in found] == [("he had been misread", "Haldane")]


def test_only_an_addressee_after_told_makes_the_sentence_before_the_claim():
    found = claims_of("The fleet will shrink by a third, Fisheries Minister Ola Brand told a council panel.")
    assert [(c.text, c.speaker) for c in found] == [("The fleet will shrink by a third", "Ola Brand")]


def test_told_an_audience_then_a_pronoun_clause():
    found = claims_of("Ola Brand told a meeting of skippers in Arlow she will defend the quota.")
    assert [c.text for c in found] == ["she will defend the quota"]


def test_an_exclamation_inside_a_quotation_does_not_end_the_sentence():
    found = claims_of('Ms. Reyes shouted "What a night!" and said that her crew would sail at dawn.')
    assert ("her crew would sail at dawn", "Reyes") in [(c.text, c.speaker) for c in found]


def test_a_subject_and_others_before_a_relative_clause():
    found = claims_of("Marsh and others who oppose the levy said Monday's vote will change nothing at all.")
    assert [(c.text, c.speaker) for c in found] == [
        ("Monday's vote will change nothing at all", "Marsh and others")
    ]


def test_a_relative_clause_on_the_object_of_a_preposition():
    found = claims_of(
        "The first question came from a young fisherman, who said he had sailed from Tenby Cross."
    )
    assert [(c.text, c.speaker) for c in found] == [("he had sailed from Tenby Cross", "young fisherman")]


def test_a_quotation_after_a_second_named_speaker_ends_the_first_claim():
    found = claims_of("A skipper asked for a photo and Ms. Brand said, “as long as the nets stay dry.”")
    assert ("as long as the nets stay dry.", "Brand") in [(c.text, c.speaker) for c in found]
    assert all("Brand said" not in c.text for c in found), [c.to_dict() for c in found]


def test_a_quotation_in_a_relative_clause_stays_inside_the_claim():
    found = claims_of("Ms. Brand said the quota is a trap, which she called “a noose for the small boats.”")
    assert any(c.speaker == "Brand" and "which she called" in c.text for c in found), [
        c.to_dict() for c in found
    ]


def test_a_quotation_with_words_after_it_before_said_name():
    found = claims_of('The levy is unpopular. "This will be a hard sell" for the council, said Ms. Brand.')
    assert [(c.text, c.speaker) for c in found] == [('"This will be a hard sell" for the council', "Brand")]


def test_agreed_ending_a_sentence_introduces_the_next_quotation():
    body = 'Harbour master Ines Ruud agreed. "The boats cannot wait another season for a decision."'
    assert [c.speaker for c in claims_of(body)] == ["Ines Ruud"]


def test_a_long_dash_aside_and_both_before_the_cue():
    found = claims_of(
        "The skippers — whose boats have been tied up in Arlow harbour since the storm in early March — "
        "both said the quota would ruin them."
    )
    assert [(c.text, c.speaker) for c in found] == [("the quota would ruin them", "skippers")]


def test_a_subordinate_clause_gives_the_subject_of_a_coordinated_cue():
    found = claims_of(
        "The crowd cheered when Ms. Brand arrived on the quay and said she would fight for the boats."
    )
    assert [(c.text, c.speaker) for c in found] == [("she would fight for the boats", "Brand")]


def test_a_speaker_between_commas_after_the_cue_speaks_the_whole_sentence():
    found = claims_of(
        "Part of the trouble with the nets, say experts like Ola Brand, a marine biologist, is the cold."
    )
    assert [c.speaker for c in found] == ["experts"]
    assert found[0].text.startswith("Part of the trouble") and found[0].text.endswith("is the cold")


def test_a_clause_after_the_cue_is_no_inverted_speaker():
    found = claims_of(
        "Even the harbour's fiercest critics, like Brand and Ruud, say the bulk of the fleet should stay."
    )
    assert all("should" not in (c.speaker or "") for c in found), [c.to_dict() for c in found]


def test_a_show_title_before_the_speaker_is_no_quotation():
    found = claims_of(
        "Sunday on Harbour Radio's “Morning Tides,” Councillor Ines Ruud said the ferry's “timetable” "
        "and “fares” are in question."
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("the ferry's “timetable” and “fares” are in question", "Ines Ruud")
    ]


def test_and_with_an_adverb_before_a_coordinated_cue():
    found = claims_of("Ms. Brand played down the row and reportedly argued that the quota would pass.")
    assert [(c.text, c.speaker) for c in found] == [("the quota would pass", "Brand")]


def test_the_tail_of_an_addressee_after_told_is_no_claim():
    found = claims_of("“We will sail at dawn,” Ines Ruud told Harbour Radio 6 in Arlow.")
    assert [(c.text, c.speaker) for c in found] == [("We will sail at dawn", "Ines Ruud")]


def test_a_modal_and_an_adverb_between_subject_and_cue():
    found = claims_of(
        "Asked about the levy, the harbour master would only say that the fees were under review."
    )
    assert ("the fees were under review", "harbour master") in [(c.text, c.speaker) for c in found]


def test_have_in_the_past_said():
    found = claims_of(
        "Ruud's close friends and allies have in the past said she was staying quiet on purpose."
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("she was staying quiet on purpose", "Ruud's close friends and allies")
    ]


def test_an_opener_before_a_subject_with_a_relative_clause():
    found = claims_of("But fishing organizations that have backed her say they want the quota cut.")
    assert [(c.text, c.speaker) for c in found] == [("they want the quota cut", "fishing organizations")]


def test_whose_noun_before_the_cue_speaks():
    found = claims_of(
        "The ruling was a setback for the port, whose lawyers argued that the fees were lawful."
    )
    assert [(c.text, c.speaker) for c in found] == [("the fees were lawful", "lawyers")]


def test_what_someone_said_was():
    found = claims_of(
        "The boats came home early, showing what many skippers said was a sign of a poor season ahead."
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("what many skippers said was a sign of a poor season ahead", "many skippers")
    ]


def test_adding_after_a_quotation_and_its_attribution():
    found = claims_of("“The boats are ready,” Ines Ruud said of the fleet, adding the E.U. must act first.")
    assert [(c.text, c.speaker) for c in found] == [
        ("The boats are ready", "Ines Ruud"),
        ("the E.U. must act first", "Ines Ruud"),
    ]


def test_adding_after_a_title_whose_comma_sits_inside_the_marks():
    found = claims_of("Ms. Ruud spoke on ''Morning Tides,'' adding that the quota would be cut in spring.")
    assert ("the quota would be cut in spring", "Ruud") in [(c.text, c.speaker) for c in found]


def test_agrees_after_a_quotation():
    found = claims_of('"Our idea of a good season is different," agrees Ines Ruud, a skipper from Arlow.')
    assert [(c.text, c.speaker) for c in found] == [("Our idea of a good season is different", "Ines Ruud")]


def test_asked_by_someone_opening_a_sentence_names_the_asker():
    found = claims_of('Asked by Ola Brand whether the boats were ready, she said, "They sail at dawn."')
    asked = [c for c in found if c.cue == "asked"]
    assert [(c.text, c.speaker) for c in asked] == [("whether the boats were ready", "Ola Brand")]


def test_a_time_aside_between_subject_and_cue():
    found = claims_of("Then the ferry company, only two months later, said it would merge with a rival.")
    assert [(c.text, c.speaker) for c in found] == [("it would merge with a rival", "ferry company")]


def test_a_party_label_before_an_aside():
    found = claims_of(
        "Sen. Ola Brand, R-Fla., appearing on Harbour Radio after the vote, said the quota was unfair."
    )
    assert [(c.text, c.speaker) for c in found] == [("the quota was unfair", "Ola Brand")]


def test_a_party_label_right_before_the_cue():
    found = claims_of("Sen. Ola Brand, R-Fla., said the quota was unfair.")
    assert [(c.text, c.speaker) for c in found] == [("the quota was unfair", "Ola Brand")]


def test_a_quotation_right_after_the_cue_inside_a_longer_clause():
    found = claims_of("Ms. Ruud said “it makes me angry” every time the ferry is cancelled without notice.")
    assert [(c.text, c.speaker, c.kind) for c in found] == [
        ("“it makes me angry” every time the ferry is cancelled without notice", "Ruud", "indirect_speech")
    ]


def test_a_time_phrase_is_no_speaker():
    found = claims_of("At the time, the mayor did not come out and say the ferry should be sold.")
    assert all(c.speaker != "At the time" for c in found), [c.to_dict() for c in found]


def test_this_past_week_between_subject_and_cue():
    found = claims_of(
        "Ola Brand, the harbour chair, this past week announced the creation of a new ferry line."
    )
    assert [c.speaker for c in found] == ["Ola Brand"]


@pytest.mark.parametrize(
    "body",
    [
        # the attribution set off by commas, then a quoted piece the sentence goes on from
        "Ada Brisk runs the club. The club's spending on its pools, Ms. Brisk said, “is a fine example "
        "of adapting” to the changing habits of golfers.",
        # a quoted piece opens the sentence, unquoted words follow it before the attribution
        "Ada Brisk runs the club. “Most of the cost of the pools comes from heating” the water, she "
        "said, rather than from the staff.",
        # the same with two apostrophes as the quotation mark
        "Ada Brisk runs the club. ''Most of the cost of the pools comes from heating'' the water, she "
        "said, rather than from the staff.",
    ],
)
def test_a_sentence_with_a_quoted_piece_and_an_attribution_inside_is_one_claim(body: str) -> None:
    found = claims_of(body)
    sentence = body.split(". ", 1)[1].rstrip(".")
    assert [(c.text, c.speaker) for c in found] == [(sentence, "Ada Brisk")]


@pytest.mark.parametrize(
    ("body", "text", "stance"),
    [
        (
            "Ada Brisk lost the vote. I said the plan would fail, and it did.",
            "the plan would fail",
            "asserted",
        ),
        (
            "Ada Brisk lost the vote. We asked our readers which candidate won the debate.",
            "our readers which candidate won the debate",
            "questioned",
        ),
    ],
)
def test_the_writer_in_the_first_person_is_a_claim_without_a_named_speaker(body, text, stance):
    found = [c for c in claims_of(body) if c.text.startswith(text)]
    assert [(c.speaker, c.stance) for c in found] == [(None, stance)]


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "The depot stays shut. Most of them said they had liked working at the depot.",
            "Most of them",
            "they had liked working at the depot",
        ),
        (
            "The talks stalled, a source close to him said.",
            "source close to him",
            "The talks stalled",
        ),
        (
            "On Monday, 1,209 nurses said they wanted a new contract.",
            "1,209 nurses",
            "they wanted a new contract",
        ),
        (
            "The council members have already said they would back the levy.",
            "council members",
            "they would back the levy",
        ),
        (
            "Ada Brisk shook her head and said the levy was dead.",
            "Ada Brisk",
            "the levy was dead",
        ),
    ],
)
def test_noun_phrases_that_end_in_an_object_or_hold_a_number_are_speakers(body, speaker, text):
    found = [c for c in claims_of(body) if c.text == text]
    assert [c.speaker for c in found] == [speaker]


def test_already_between_subject_and_cue_is_not_part_of_the_speaker():
    claim = only("The wardens already said the bridge would reopen in May.")
    assert claim.speaker == "wardens"


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "After saying he was nervous about the vote, the pilot Omar Reyes left the hall early.",
            "Omar Reyes",
            "he was nervous about the vote",
        ),
        (
            "Ada Brisk gave a long speech on the levy, while saying that the county budget had a "
            "hole of two million.",
            "Ada Brisk",
            "the county budget had a hole of two million",
        ),
    ],
)
def test_saying_after_a_subordinator_is_a_claim_of_the_main_clause_subject(body, speaker, text):
    found = [c for c in claims_of(body) if c.text == text]
    assert [c.speaker for c in found] == [speaker]


def test_saying_after_a_subordinator_needs_a_clause():
    assert [c.text for c in claims_of("After saying goodbye to the crew, Ada Brisk left the hall.")] == []


def test_a_long_source_after_according_to_that_opens_the_sentence():
    body = (
        "According to early figures from the survey run by the Eastbridge Institute for the county "
        "council and two local papers, most residents want the ferry back."
    )
    claim = only(body)
    assert claim.text == "most residents want the ferry back"
    assert claim.speaker is not None and claim.speaker.startswith("early figures from the survey")


def test_a_long_phrase_after_according_to_inside_a_sentence_is_no_source():
    body = (
        "The ferry runs, according to early figures from the survey run by the Eastbridge Institute "
        "for the county council and two local papers, at a loss."
    )
    assert [c.speaker for c in claims_of(body) if c.cue.lower() == "according to"] == []


def test_asked_with_an_object_after_an_apposition_is_active():
    claim = only("Nadia Okafor, a council member, asked the mayor whether the depot would close.")
    assert (claim.speaker, claim.cue) == ("Nadia Okafor", "asked")
    assert claim.text.endswith("whether the depot would close")


def test_asked_as_a_participle_between_commas_is_no_claim_of_the_subject():
    assert [c.speaker for c in claims_of("Joel Marsh, asked about the depot by reporters, smiled.")] == []


def test_told_an_addressee_then_a_subordinate_clause_attributes_what_came_before():
    claim = only("This is not about me, Mayor Ada Brisk told her aides as she left the hall.")
    assert (claim.speaker, claim.text) == ("Ada Brisk", "This is not about me")


@pytest.mark.parametrize("pronoun", ["he’ll", "he'll", "she’d", "they’re"])
def test_a_contracted_pronoun_opens_a_reported_clause(pronoun):
    body = f"The council met Joel Marsh, who told reporters {pronoun} work to keep the depot open."
    claim = only(body)
    assert claim.speaker == "Joel Marsh"
    assert claim.text.startswith(pronoun)


@pytest.mark.parametrize(
    "body",
    [
        "The councillors, who’ve said they back the ferry levy, voted against it.",
        "The councillors, who've already said they back the ferry levy, voted against it.",
        # the main clause resumes with an irregular past tense
        "The councillors, who have said they back the ferry levy, left.",
    ],
)
def test_a_contracted_relative_pronoun_before_the_cue(body):
    claim = only(body)
    assert (claim.speaker, claim.text) == ("councillors", "they back the ferry levy")


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "As the Harbour Gazette reported, the ferry company was also fined for late sailings.",
            "Harbour Gazette",
            "the ferry company was also fined for late sailings",
        ),
        (
            "As the agency reported, rents rose by 9 percent.",
            "agency",
            "rents rose by 9 percent",
        ),
    ],
)
def test_as_x_reported_frames_the_clause_after_the_comma(body, speaker, text):
    claim = only(body)
    assert (claim.speaker, claim.text) == (speaker, text)


def test_as_with_no_attribution_is_no_claim():
    assert claims_of("As the mayor spoke, the crowd cheered.") == []


def test_a_full_name_and_its_verb_open_a_reported_clause():
    claim = only("The council denied Ada Brisk had been offered the post.")
    assert (claim.speaker, claim.text) == ("council", "Ada Brisk had been offered the post")


def test_more_likely_to_say_in_a_poll_is_the_subjects_claim():
    claim = only("Rural voters were slightly more likely to say the ferry levy was too high.")
    assert (claim.speaker, claim.text) == ("Rural voters", "the ferry levy was too high")


def test_a_plural_person_noun_before_a_place_is_the_speaker():
    claim = only("Labour insiders in Eastbridge said the mayor still has a chance.")
    assert claim.speaker == "Labour insiders in Eastbridge"


def test_thats_according_to_takes_nothing_after_the_source():
    body = (
        "The club raised two million in May. That’s according to filings through Jan. 31 that the "
        "club made on Friday."
    )
    assert [c.text for c in claims_of(body) if c.cue.lower() == "according to"] == []


@pytest.mark.parametrize("adverb", ["then", "also", "later"])
def test_a_coordinated_cue_after_and_an_adverb_takes_the_sentence_subject(adverb):
    claim = only(f"The mayor thanked the crowd, and {adverb} said the bridge would reopen in May.")
    assert (claim.speaker, claim.text) == ("the mayor", "the bridge would reopen in May")
