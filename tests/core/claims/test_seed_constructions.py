"""The constructions of the project's seed article (a wire story re-posted on a blog), in the
project's own paraphrase: invented names and words, the same shapes.  The benchmark
(benchmarks/claims_polnear.py --seed-dir) checks the original from ../shared/data/seed/."""

from streams.core.claims import extract_claims

BODY = (
    "OSLO, June 2. /Wirestream/. The meeting between Nordland Premier Ivar Solberg and Baltic Envoy "
    'Mira Kalnins in the harbour town of Tromvik "has cleared the air" but both capitals still have '
    "far to go before trade resumes, Radio Fjord has reported.\n\n"
    'Both delegations have welcomed "constructive moments," the Nordic radio station said. '
    "MP for Vestfold Kari Holm, a member of the Foreign Affairs Committee, also told Radio Fjord it is "
    "hard to negotiate with the Balts as they defend their fishing rights very firmly.\n\n"
    'Although there was "no deal," the mood of the talks was "warmer," The Harbour Gazette reported.\n\n'
    "Solberg and his Baltic counterpart Edgars Ozols announced no firm progress after a long day of "
    "talks, the newspaper said.\n\n"
    "Solberg and Ozols stressed that differences over the fishing quotas still remain, but said that "
    "both sides would keep to the spring accord.\n\n"
    "Nordland government adviser Leif Dahl said on Tuesday the cabinet regarded the talks as a first "
    "sign of understanding.\n\n"
    '"Our premier began from our basic interest in normal relations," Dahl said. "It serves the '
    'interests of Nordland and, we hope, of the Baltic states," he added.\n\n'
    '"Proceeding from this, we find the talks very useful," he added.Dahl said the talks had been '
    "long, open and businesslike. He said Kalnins had passed on greetings from her president."
)

STATEMENTS = [
    ("has cleared the air", "Radio Fjord"),
    ("hard to negotiate with the Balts", "Kari Holm"),
    ("no deal", "The Harbour Gazette"),
    ("differences over the fishing quotas still remain", "Solberg and Ozols"),
    ("regarded the talks as a first", "Leif Dahl"),
    ("Our premier began from our basic interest", "Leif Dahl"),
    ("It serves the interests of Nordland", "Leif Dahl"),
    ("we find the talks very useful", "Leif Dahl"),
    ("long, open and businesslike", "Leif Dahl"),
    ("passed on greetings from her president", "Leif Dahl"),
]


def _claim_holding(claims, piece):
    at = BODY.index(piece) + len(piece) // 2
    return next((c for c in claims if c.start <= at < c.end), None)


def test_all_ten_statements_are_found_with_their_speaker():
    claims = extract_claims(BODY, "en")
    for piece, speaker in STATEMENTS:
        claim = _claim_holding(claims, piece)
        assert claim is not None, piece
        words = set(speaker.lower().split()) - {"the", "and"}
        assert claim.speaker and words & set(claim.speaker.lower().split()), (piece, claim.speaker)
        assert BODY[claim.start : claim.end] == claim.text


def test_the_newspaper_is_the_outlet_named_before():
    claims = extract_claims(BODY, "en")
    claim = _claim_holding(claims, "announced no firm progress")
    assert claim is not None and claim.speaker == "Harbour Gazette"


def test_the_radio_station_is_the_outlet_named_before():
    body = (
        "Talks between the two capitals will resume next week, Radio Fjord has reported. "
        "Both sides hope to sign in May, the radio station said."
    )
    claim = _claim_holding_in(body, "Both sides hope to sign in May")
    assert claim.speaker == "Radio Fjord"


def _claim_holding_in(body, piece):
    at = body.index(piece) + len(piece) // 2
    return next(c for c in extract_claims(body, "en") if c.start <= at < c.end)
