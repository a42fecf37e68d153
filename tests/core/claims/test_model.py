import json

from streams.core.claims import Claim, claim_key, extract_claims


def test_same_input_same_ids():
    body = "“We will rebuild the school,” Principal Dora Vance said."
    first = extract_claims(body, "en")
    second = extract_claims(body, "en")
    assert [c.id for c in first] == [c.id for c in second]
    assert first[0].id


def test_claim_key_survives_light_edits():
    a = extract_claims("“We will rebuild the school,” Principal Dora Vance said.", "en")[0]
    b = extract_claims('Intro line.\n\n"We will rebuild the school," said Dora Vance.', "en")[0]
    assert claim_key(a) == claim_key(b)
    assert a.id == b.id


def test_to_dict_is_json_ready():
    claim = extract_claims("Mayor Ivan Cole said the park would reopen in May.", "en")[0]
    record = claim.to_dict()
    assert json.loads(json.dumps(record)) == record
    assert set(record) >= {
        "id",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_role",
        "cue",
        "kind",
        "salience",
        "key",
    }
    assert isinstance(claim, Claim)


def test_salience_and_key():
    body = (
        "Harbour chief Rosa Lind said the port would double its capacity by 2030. "
        "“It is the biggest investment in our history,” Lind said."
    )
    claims = extract_claims(body, "en")
    assert all(0.0 <= c.salience <= 1.0 for c in claims)
    assert any(c.key for c in claims)


def test_from_dict_round_trip():
    claim = extract_claims("Mayor Ivan Cole said the park would reopen in May.", "en")[0]
    assert Claim.from_dict(claim.to_dict()) == claim
    legacy = {k: v for k, v in claim.to_dict().items() if k != "speakers"}
    assert Claim.from_dict(legacy).speakers == ["Ivan Cole"]
