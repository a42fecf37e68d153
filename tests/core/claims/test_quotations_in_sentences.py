"""Issue #11, quotations inside a sentence that no cue attributes (after a word, a comma or a
colon): the subject of the sentence said them.  Every sentence here is written for these tests."""

from .extracting import claims_of, only


def test_a_colon_after_a_participle_clause():
    claim = only(
        'Councillor Ruth Abano took to local radio, warning listeners: "We will not let this city '
        'close another library this year."'
    )
    assert claim.text == "We will not let this city close another library this year."
    assert claim.kind == "direct_quote"
    assert claim.speaker == "Ruth Abano"


def test_an_introductory_phrase_and_an_appositive_before_the_subject():
    claim = only(
        'In a memo to staff, the director of the museum, Lena Marsh, struck a gloomy note, "We '
        'cannot keep every gallery open with the money we have left."'
    )
    assert claim.text.startswith("We cannot keep every gallery open")
    assert claim.speaker == "Lena Marsh"


def test_the_main_clause_after_a_subordinate_one():
    claim = only(
        'After the union criticised the plan, Tomas Varga shot back, "Nobody at this table wants a '
        'strike, but nobody will accept these terms either."'
    )
    assert claim.speaker == "Tomas Varga"  # not "union", the subject of the "after" clause


def test_a_bracket_after_the_name():
    claim = only(
        'Rep. Ines Laval (D-Ore.) blamed the delay on what she called "a committee that has '
        'forgotten how to read a calendar."'
    )
    assert claim.text.startswith("a committee that has forgotten")
    assert claim.speaker == "Ines Laval"


def test_a_name_right_before_the_colon():
    found = claims_of(
        "The report's authors were blunt about the harbour. Its verdict doesn't surprise harbour "
        'engineer Piet Vos: "We warned about the silt in the channel for ten years."'
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("We warned about the silt in the channel for ten years.", "Piet Vos")
    ]


def test_a_short_quotation_after_a_word_stays_unattributed():
    # under seven words after a word: a slogan or a title, not somebody's statement
    assert claims_of('Ruth Abano wore a cap with "Back the harbour plan now" stitched on it.') == []
    # seven words or more are
    claim = only('Ruth Abano carried a banner with "Back the harbour plan now, before the tide turns" on it.')
    assert claim.speaker == "Ruth Abano"


def test_no_subject_no_claim():
    # a title in quotes, and a slogan on a mug sold by a shop: nobody said them here
    assert (
        claims_of(
            'The title of the exhibition, "Rivers and the people who live along their banks," was '
            "chosen by local children."
        )
        == []
    )
    assert (
        claims_of(
            'The museum shop sells a mug printed with "Keep calm and visit the east wing of the '
            'museum today."'
        )
        == []
    )


def test_a_title_in_quotes_inside_the_attribution_of_a_split_quotation():
    claim = only(
        '"Well, it is more of a consideration than it was last spring," Cole said in an interview '
        'on WXYZ\'s "Face the Town." "You do not have to be the perfect candidate any more."'
    )
    assert claim.speaker == "Cole"
    assert len(claim.parts) == 2  # the title is part of the attribution, not the second piece
    assert claim.text.endswith("the perfect candidate any more.")


def test_a_role_of_several_words_before_the_name_after_a_quotation():
    claim = only(
        "\u201cWe should give the council a little more time,\u201d Senate minority leader Ann Reid "
        "told reporters in Salem. \u201cShe tries to do the right thing.\u201d"
    )
    assert claim.speaker == "Ann Reid"
    assert claim.speaker_role and "minority leader" in claim.speaker_role
    assert len(claim.parts) == 2


def test_a_short_quotation_in_the_object_of_the_subjects_verb():
    claim = only(
        'In a radio interview on Monday, Tomas Varga blasted the plan as "a betrayal" of the port\'s workers.'
    )
    assert claim.text == 'the plan as "a betrayal" of the port\'s workers'
    assert claim.speaker == "Tomas Varga"
    assert claim.cue == "blasted"


def test_the_lexical_verb_after_an_auxiliary():
    claim = only(
        'Since the vote, Tomas Varga has repeatedly mocked the "harbour cartel" and its friends on '
        "the council."
    )
    assert claim.text.startswith('the "harbour cartel"')
    assert claim.cue == "mocked"


def test_a_short_quotation_after_a_verb_that_is_no_cue():
    # "branded" is not a learned cue verb: a short quotation after it stays unattributed
    body = 'In a radio interview, Tomas Varga branded the plan "a betrayal" of the workers.'
    assert claims_of(body) == []


def test_a_short_quotation_far_from_a_verb_that_is_no_speech_verb():
    # "painted" is no cue, and the quotation is not in its object: a name, not a statement
    body = 'The council painted the old bridge in what residents call "harbour blue" last spring.'
    assert claims_of(body) == []


def test_a_participle_cue_shortly_before_a_partial_quotation():
    claim = only(
        "The harbour board took the unusual step of writing to every household, accusing the "
        'council of "gambling with the docks."'
    )
    assert claim.text == 'the council of "gambling with the docks."'
    assert claim.cue == "accusing"
    assert claim.speaker and "harbour board" in claim.speaker


def test_a_passive_naming_verb_is_no_cue():
    # "is called" names the thing; nobody is quoted
    assert claims_of('The new ferry is called "Spirit of the North Sea" by everyone in town.') == []


def test_a_name_before_the_colon_that_is_the_addressee():
    found = claims_of(
        'Councillor Ruth Abano delivered a blunt message to Tomas Varga: "It is time to stop '
        'attacking the people who run the harbour."'
    )
    assert [c.speaker for c in found] == ["Ruth Abano"]


def test_a_short_lead_in_before_a_quoted_phrase_is_part_of_the_claim():
    claim = claims_of('This is a "raw time," said the strategist Ada Brisk, an old ally of the mayor.')[0]
    assert (claim.text, claim.speaker) == ('This is a "raw time', "Ada Brisk")


def test_words_after_a_quotation_up_to_a_comma_go_on_with_it():
    claim = claims_of(
        '"Boots on the ground" would be needed, council candidate Ada Brisk said after the vote.'
    )[0]
    assert (claim.text, claim.speaker, claim.speaker_role) == (
        '"Boots on the ground" would be needed',
        "Ada Brisk",
        "council candidate",
    )


def test_a_lead_in_starts_after_a_second_main_clause_opens():
    body = (
        "Members are asked to rank the panels, and the harbour panel is less likely to be “overrun with "
        "lobbyists,” Ada Brisk said."
    )
    claim = claims_of(body)[-1]
    assert (claim.text, claim.speaker) == (
        "the harbour panel is less likely to be “overrun with lobbyists",
        "Ada Brisk",
    )


def test_words_after_a_quotation_introduced_with_a_comma_go_on_with_it():
    body = "On Monday, Ada Brisk said, “We have three weeks to go” until the harbour vote."
    assert [c.text for c in claims_of(body)] == ["“We have three weeks to go” until the harbour vote"]
    # a dash, a relative clause or a second verb after the quotation end the claim there
    for tail in (" - at which point the crowd cheered.", " who then left the hall.", " and left the hall."):
        body = "Ada Brisk said, “We have three weeks to go”" + tail
        assert claims_of(body)[0].text == "We have three weeks to go"


def test_an_inverted_speaker_between_the_pieces_of_a_split_quotation():
    body = "“She is too far behind,” said a Westshire Democrat, “and the harbour vote was not decisive.”"
    claim = only(body)
    assert claim.speaker == "Westshire Democrat"
    assert [body[a:b] for a, b in claim.parts] == [
        "She is too far behind",
        "and the harbour vote was not decisive.",
    ]


def test_a_longer_description_before_an_unlisted_verb_after_a_quotation():
    body = "The town wants boats. “Hi sailors! The berths are free!” a welcome message on the website reads."
    assert [(c.speaker, c.cue) for c in claims_of(body)] == [("welcome message on the website", "reads")]
