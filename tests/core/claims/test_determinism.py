"""Claims depend only on the article and its language, never on what the process extracted before
(a worker restarted after a crash must re-emit identical claims)."""

import json
from pathlib import Path

from streams.core.claims import extract_claims, speakers

SET = Path(__file__).resolve().parents[3] / "evaluation" / "claims" / "articles.jsonl"

# "King" is a role word ending a name here; whether the name pass took "Desmond King" as a name
# used to depend on whether "Bank" had been seen (and memoised) in an earlier article.
ARTICLE = (
    "The plan was drawn up by Desmond King Bank staff last year.\n\n"
    "Mr King said the figures were worse than expected. He added that more cuts would follow."
)
OTHER = "Bank officials said the talks had failed."


def _fresh_process() -> None:
    """Forget the per-language memos, as a newly started worker would."""
    speakers._CLASS_CACHE.clear()
    speakers._ROLE_CACHE.clear()


def _run(body: str, language: str = "en") -> list[dict]:
    return [c.to_dict() for c in extract_claims(body, language)]


def test_same_claims_before_and_after_other_articles():
    _fresh_process()
    first = _run(ARTICLE)
    _run(OTHER)
    again = _run(ARTICLE)
    assert first == again
    assert first[0]["speaker"] == "Desmond King"
    _fresh_process()
    _run(OTHER)
    assert _run(ARTICLE) == first


def test_labelled_set_independent_of_order():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    _fresh_process()
    forward = [_run(r["body"], r["language"]) for r in rows]
    _fresh_process()
    backward = [_run(r["body"], r["language"]) for r in reversed(rows)][::-1]
    assert forward == backward
