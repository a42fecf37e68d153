"""Portuguese and Italian speakers (issue #11): a small lexicon each.  All sentences are invented."""

from __future__ import annotations

import pytest

from tests.core.claims.extracting import claims_of


@pytest.mark.parametrize(
    ("body", "language", "speaker", "role", "kind"),
    [
        (
            "A greve começou ontem. «Não vamos recuar nas nossas exigências», disse o ministro da "
            "Saúde, Rui Pinto.",
            "pt",
            "Rui Pinto",
            "ministro da Saúde",
            "direct_quote",
        ),
        (
            "A ministra Ana Costa disse que o plano será aprovado em maio.",
            "pt",
            "Ana Costa",
            "ministra",
            "indirect_speech",
        ),
        ("Segundo a polícia, o incêndio começou de madrugada.", "pt", "polícia", None, "according_to"),
        (
            "Lo sciopero è iniziato ieri. «Non faremo un passo indietro sulle richieste», ha detto il "
            "sindaco Marco Ferri.",
            "it",
            "Marco Ferri",
            "sindaco",
            "direct_quote",
        ),
        (
            "Il ministro Luca Bassi ha detto che il piano sarà approvato a maggio.",
            "it",
            "Luca Bassi",
            "ministro",
            "indirect_speech",
        ),
        ("Secondo la polizia, l’incendio è iniziato di notte.", "it", "polizia", None, "according_to"),
    ],
)
def test_speaker_role_and_kind(body, language, speaker, role, kind):
    claim = claims_of(body, language)[0]
    assert (claim.speaker, claim.speaker_role, claim.kind) == (speaker, role, kind)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("O ministro disse ao jornal local muitas coisas sobre o porto.", "pt"),
        ("Il ministro ha detto molte cose al giornale locale sul porto.", "it"),
    ],
)
def test_a_verb_without_que_or_che_is_no_indirect_claim(body, language):
    assert claims_of(body, language) == []
