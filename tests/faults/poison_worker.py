"""`python -m tests.faults.poison_worker <wirestream CLI args>`: the real CLI, with two stages booby-trapped.

No production code knows about this: the wrapper patches core functions in this process only, then runs
``streams.ops.cli.main``. An article whose body contains ``CLAIMS_TRAP`` makes the claims stage raise (in the
ingest agent); an article whose id starts with ``DEDUP_TRAP`` makes the story desk raise (in the judge).
"""

from __future__ import annotations

import streams.core.enrich as enrich
from streams.core.desk import StoryDesk

CLAIMS_TRAP = "TRIP-THE-CLAIMS-STAGE"
DEDUP_TRAP = "trip-the-desk-"
CLAIMS_ERROR = "claims extractor blew up on purpose"
DEDUP_ERROR = "story desk blew up on purpose"


def install() -> None:
    real_extract = enrich.extract_claims
    real_judge = StoryDesk.judge

    def extract_claims(body, language):
        if CLAIMS_TRAP in body:
            raise ZeroDivisionError(CLAIMS_ERROR)
        return real_extract(body, language)

    def judge(self, prepared):
        if prepared.article.id.startswith(DEDUP_TRAP):
            raise KeyError(DEDUP_ERROR)
        return real_judge(self, prepared)

    enrich.extract_claims = extract_claims
    StoryDesk.judge = judge


if __name__ == "__main__":
    install()
    from streams.ops.cli import main

    main()
