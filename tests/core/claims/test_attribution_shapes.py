"""Attribution shapes of US news the extractor once got wrong: the content, the speaker, the span."""

from __future__ import annotations

from .extracting import claims_of, only


def test_two_apostrophes_are_one_double_quote_mark_and_text_stays_the_body():
    body = (
        "He bought the jet in 1988, according to his book ''The Making of a Bargain.'' "
        "Mr. Baker said a smaller jet would have cost twice as much.\n\n"
        "''It was more plane than I needed,'' he wrote, ''but I love a good deal.''"
    )
    found = claims_of(body)
    assert [c.text for c in found] == [
        "a smaller jet would have cost twice as much",
        "It was more plane than I needed,'' he wrote, ''but I love a good deal.",
    ]
    assert all(c.text == body[c.start : c.end] for c in found)
    assert [c.speaker for c in found] == ["Baker", "Baker"]


def test_a_party_label_does_not_end_the_sentence():
    claim = only("Sen. Mitch Baker (R-Ky.) said that he did not want to bring up any more bills.")
    assert claim.speaker == "Mitch Baker"
    assert claim.text == "he did not want to bring up any more bills"


def test_said_he_followed_by_a_clause_is_reported_speech_not_an_inversion():
    body = (
        "Paul Porter, a truck driver from Ava, Mo., who is a member of the union and a supporter of the "
        "mayor, said he already received overtime after eight hours of work."
    )
    claim = only(body)
    assert claim.speaker == "Paul Porter"
    assert claim.text == "he already received overtime after eight hours of work"


def test_an_opening_phrase_does_not_become_the_content():
    claim = only("On the other side, Hawkins said her group will work to place new judges in each county.")
    assert claim.text == "her group will work to place new judges in each county"


def test_a_time_phrase_after_the_verb_leaves_the_clause_before_it_as_content():
    claim = only("His support has moved from Smith to Jones to, now, Brown, Wilkin said during his speech.")
    assert claim.text == "His support has moved from Smith to Jones to, now, Brown"
    assert claim.speaker == "Wilkin"


def test_a_quoted_word_before_the_next_sentence_does_not_take_its_cue():
    body = (
        "The party will pick 27 “at-large” delegates next week. Tom John said the three delegates from his "
        "district are also unlikely to back the governor."
    )
    claim = only(body)
    assert claim.speaker == "Tom John"
    assert claim.text.startswith("the three delegates from his district")


def test_inverted_speaker_with_a_description_and_a_place():
    body = (
        '"I have no idea where he stands on taxes," said undecided Republican voter Mary Jones of Dover, '
        "before the town hall."
    )
    claim = only(body)
    assert claim.speaker == "Mary Jones"
    assert claim.text == "I have no idea where he stands on taxes"
