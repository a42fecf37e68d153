"""The claims topic on the real broker: one record per claim, merged across the copies of a story."""

from __future__ import annotations

from pathlib import Path

from streams.testing.corpus import article, rewrap
from tests.integration.harness import WorkerProcess, collect, send


def test_claims_repeated_by_copies_merge_into_one_claim_with_every_source(
    pipeline_settings, workers, schemas
):
    settings = pipeline_settings
    workers.append(WorkerProcess(settings, Path(settings.data_dir)).start())
    body = (
        "The island ferry service will stop its night crossings from April, the operator said on Monday. "
        "“We simply cannot fill the late boats any more,” said operations director Helena Marsh. "
        "Marsh said the company had lost money on the route for three winters in a row. "
        "Passenger groups said they would ask the regional council to step in."
    )
    sources = ("Wirestream News", "Coastline Press", "Valley Times", "Northern Ledger")
    values = [article("ferry-0", body, source=sources[0])] + [
        article(f"ferry-{n}", rewrap(body, source), source=source) for n, source in enumerate(sources[1:], 1)
    ]
    send(settings, [(None, value, n % settings.partitions) for n, value in enumerate(values)])
    outputs = collect(
        settings, lambda o: len(o.values("articles.enriched")) >= len(values), workers=tuple(workers)
    )
    for _, claim in outputs.records["claims"]:
        schemas.validate("claims", claim)
    latest = outputs.by_key("claims")
    quote = [c for c in latest.values() if c["text"].startswith("We simply cannot fill")]
    assert len(quote) == 1, "one claim record for the quote, however many copies repeat it"
    assert quote[0]["speaker"] == "Helena Marsh"
    assert quote[0]["copies"] == len(sources)
    assert sorted(quote[0]["sources"]) == sorted(sources)
