"""Claim extraction quality on real news: BBC articles labelled blind, labels stored as offsets only.

    .venv/bin/python benchmarks/claims_real.py [--corpus ../shared/data/bbc-news-2005.jsonl]
        [--json OUT] [--misses] [--min-precision 0.85 --min-recall 0.80 --min-speaker 0.85]

The labels (evaluation/claims-real/labels.jsonl, format and guideline in its README) give each article's
corpus id, a sha256 of its body and the attributions as code-point offsets + speaker + tags; the corpus
text is read from --corpus at run time and never copied anywhere (the JSON holds offsets, no text).
An article whose body hash differs from the label's is skipped and reported.

Scoring is claims_quality.py's: a prediction matches a gold item when the spans overlap by at least
half of the shorter one (one-to-one, greedy by overlap); precision over predictions, recall over gold,
speaker accuracy over matched pairs (normalised names, gold alternatives separated by "|").  Gold items
tagged marginal (finding, cognition, np_object, …) are "don't care" in the headline row: matched
against what is left after the core items, neither a hit nor a miss, and a prediction they take is not
counted as spurious; the "all" row counts them as gold.

--misses prints the missed, spurious and wrong-speaker items with their text, to the terminal only.
Exit status: 0 ok; 1 a threshold missed; 2 corpus or labels not found; 3 some article skipped (corpus
changed), after printing the figures for the rest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from claims_quality import match, speaker_ok

from streams.core.claims import KINDS, extract_claims

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "bbc-news-2005.jsonl"
DEFAULT_LABELS = ROOT / "evaluation" / "claims-real" / "labels.jsonl"
EDGE = frozenset(" \n\t\"'“”‘’«».,;:!?-")
MARGINAL = frozenset({"finding", "cognition", "np_object", "free_indirect", "passive", "nested", "fragment"})


def by_parts(claims: list[dict]) -> list[dict]:
    """The labels' guideline makes a split quote two spans ('"A," he said, "B."'); the extractor
    gives one claim over the whole quotation with its quoted pieces in `parts` (issue #11): score
    each piece as a prediction of its own, with the claim's speaker and kind."""
    out = []
    for claim in claims:
        for start, end in claim.get("parts") or [(claim["start"], claim["end"])]:
            out.append({**claim, "start": start, "end": end})
    return out


def body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def is_marginal(item: dict) -> bool:
    return bool(MARGINAL.intersection(item.get("tags", ())))


def load_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_corpus(path: Path) -> dict[str, tuple[int, dict]]:
    records = {}
    with path.open(encoding="utf-8") as handle:
        for line, text in enumerate(handle):
            record = json.loads(text)
            records[record.get("id", str(line))] = (line, record)
    return records


def same_span(body: str, a: dict, b: dict, slack: int = 3) -> bool:
    """Both boundaries within `slack` code points, once quote marks, punctuation and spaces are trimmed."""

    def trimmed(item: dict) -> tuple[int, int]:
        start, end = item["start"], item["end"]
        while start < end and body[start] in EDGE:
            start += 1
        while end > start and body[end - 1] in EDGE:
            end -= 1
        return start, end

    (s1, e1), (s2, e2) = trimmed(a), trimmed(b)
    return abs(s1 - s2) <= slack and abs(e1 - e2) <= slack


def marginal_gold(gold: list[dict]) -> list[dict]:
    return [g for g in gold if is_marginal(g)]


def bootstrap(per_article: list[list[int]], resamples: int = 2000, seed: int = 1) -> dict:
    """95% intervals of core precision, recall and speaker accuracy, resampling whole articles."""
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {"precision": [], "recall": [], "speaker_accuracy": []}
    for _ in range(resamples):
        gold = predicted = matched = ok = 0
        for g, p, m, k in (rng.choice(per_article) for _ in per_article):
            gold, predicted, matched, ok = gold + g, predicted + p, matched + m, ok + k
        for key, num, den in (("precision", matched, predicted), ("recall", matched, gold),
                              ("speaker_accuracy", ok, matched)):  # fmt: skip
            if den:
                draws[key].append(num / den)
    out = {}
    for key, values in draws.items():
        values.sort()
        low, high = int(0.025 * len(values)), max(0, int(0.975 * len(values)) - 1)
        out[key] = [round(values[low], 3), round(values[high], 3)] if values else None
    return out


def score_article(predicted: list[dict], gold: list[dict]) -> tuple[dict[int, int], dict[int, int]]:
    """Two-stage matching: core gold first, then marginal gold against the predictions left over.

    Returns (core, marginal) maps of gold index -> predicted index."""
    core_idx = [j for j, g in enumerate(gold) if not is_marginal(g)]
    marginal_idx = [j for j, g in enumerate(gold) if is_marginal(g)]
    core = {core_idx[j]: i for i, j in match(predicted, [gold[j] for j in core_idx])}
    left = [i for i in range(len(predicted)) if i not in set(core.values())]
    pairs = match([predicted[i] for i in left], [gold[j] for j in marginal_idx])
    marginal = {marginal_idx[j]: left[i] for i, j in pairs}
    return core, marginal


def evaluate(labels: list[dict], corpus: dict[str, tuple[int, dict]], language: str = "en") -> dict:
    stats: dict[str, Counter] = defaultdict(Counter)
    tags: dict[str, Counter] = defaultdict(Counter)
    misses, spurious, wrong, skipped, per_article = [], [], [], [], []
    elapsed = 0.0
    scored = 0
    for label in labels:
        found = corpus.get(label["id"])
        if found is None:
            skipped.append({"id": label["id"], "reason": "not in corpus"})
            continue
        line, record = found
        body = record.get("body") or ""
        if body_sha256(body) != label["sha256"]:
            skipped.append({"id": label["id"], "reason": "body sha256 differs"})
            continue
        scored += 1
        t0 = time.perf_counter()
        predicted = by_parts([c.to_dict() for c in extract_claims(body, record.get("language", language))])
        elapsed += time.perf_counter() - t0
        gold = label["attributions"]
        core, marginal = score_article(predicted, gold)
        taken = {**{i: j for j, i in core.items()}, **{i: j for j, i in marginal.items()}}
        category = f"cat:{label.get('category') or record.get('category') or '?'}"
        where = {"id": label["id"], "line": line}

        core_ok = sum(speaker_ok(predicted[i]["speaker"], gold[j]["speaker"]) for j, i in core.items())
        per_article.append(
            [len(gold) - len(marginal_gold(gold)), len(predicted) - len(marginal), len(core), core_ok]
        )
        for scope in ("core", "all", category):
            stats[scope]["predicted"] += len(predicted)
            stats[scope]["dont_care"] += len(marginal) if scope != "all" else 0
        for i, p in enumerate(predicted):
            g = gold[taken[i]] if i in taken else None
            if g is None or not is_marginal(g):
                stats[p["kind"]]["predicted"] += 1
                stats[p["kind"]]["matched_as"] += g is not None
            if i not in taken:
                spurious.append({**where, **{k: p[k] for k in ("start", "end", "speaker", "kind", "cue")}})

        for j, g in enumerate(gold):
            marginal_item = is_marginal(g)
            i = marginal.get(j) if marginal_item else core.get(j)
            hit = i is not None
            ok = hit and speaker_ok(predicted[i]["speaker"], g["speaker"])
            exact = hit and same_span(body, predicted[i], g)
            scopes = ["all"] if marginal_item else ["core", "all", category, g["kind"]]
            for scope in scopes:
                stats[scope]["gold"] += 1
                stats[scope]["matched"] += hit
                stats[scope]["speaker_ok"] += ok
                stats[scope]["span_exact"] += exact
            for tag in g.get("tags") or ["(none)"]:
                tags[tag]["gold"] += 1
                tags[tag]["matched"] += hit
                tags[tag]["speaker_ok"] += ok
            item = {**where, "start": g["start"], "end": g["end"], "speaker": g["speaker"],
                    "kind": g["kind"], "tags": g.get("tags", []), "marginal": marginal_item}  # fmt: skip
            if not hit:
                misses.append(item)
            elif not ok:
                p = predicted[i]
                wrong.append({**item, "predicted_speaker": p["speaker"], "predicted_start": p["start"],
                              "predicted_end": p["end"], "cue": p["cue"]})  # fmt: skip

    def rate(num: int, den: int) -> float | None:
        return round(num / den, 3) if den else None

    table = {}
    for scope, c in stats.items():
        counted = c["predicted"] - c["dont_care"]
        hits = c["matched_as"] if scope in KINDS else c["matched"]
        table[scope] = {
            "gold": c["gold"],
            "predicted": counted,
            "matched": c["matched"],
            "precision": rate(hits, counted),
            "recall": rate(c["matched"], c["gold"]),
            "speaker_ok": c["speaker_ok"],
            "speaker_accuracy": rate(c["speaker_ok"], c["matched"]),
            "span_exact": c["span_exact"],
            "span_accuracy": rate(c["span_exact"], c["matched"]),
        }
    by_tag = {
        tag: {
            "gold": c["gold"],
            "matched": c["matched"],
            "recall": rate(c["matched"], c["gold"]),
            "speaker_accuracy": rate(c["speaker_ok"], c["matched"]),
            "marginal": tag in MARGINAL,
        }
        for tag, c in sorted(tags.items(), key=lambda kv: -kv[1]["gold"])
    }
    return {
        "articles": scored,
        "skipped": skipped,
        "table": table,
        "tags": by_tag,
        "misses": misses,
        "spurious": spurious,
        "wrong_speaker": wrong,
        "ci95_core": bootstrap(per_article) if per_article else None,
        "ms_per_article": round(1000 * elapsed / max(1, scored), 3),
    }


def _fmt(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "  -  "


def print_table(result: dict) -> None:
    table = result["table"]
    order = ["core", "all", *KINDS, *sorted(k for k in table if k.startswith("cat:"))]
    print(
        f"{'scope':<18}{'gold':>6}{'pred':>6}{'hit':>6}{'prec':>8}{'recall':>8}"
        f"{'spk ok':>8}{'speaker':>9}{'span':>7}"
    )
    for scope in order:
        if scope not in table:
            continue
        row = table[scope]
        print(
            f"{scope:<18}{row['gold']:>6}{row['predicted']:>6}{row['matched']:>6}{_fmt(row['precision']):>8}"
            f"{_fmt(row['recall']):>8}{row['speaker_ok']:>8}{_fmt(row['speaker_accuracy']):>9}"
            f"{_fmt(row['span_accuracy']):>7}"
        )
    print("\n(core: marginal gold is don't-care; all: marginal gold counted; kinds by gold kind for recall,")
    print(" by predicted kind for precision; cat: core items per corpus section; span: matched pairs whose")
    print(" boundaries agree within 3 code points, quote marks and punctuation trimmed)")
    print(f"\n{'tag':<16}{'gold':>6}{'hit':>6}{'recall':>8}{'speaker':>9}")
    for tag, row in result["tags"].items():
        name = f"{tag}*" if row["marginal"] else tag
        print(
            f"{name:<16}{row['gold']:>6}{row['matched']:>6}{_fmt(row['recall']):>8}"
            f"{_fmt(row['speaker_accuracy']):>9}"
        )
    print("(* marginal)")


def print_misses(result: dict, corpus: dict[str, tuple[int, dict]]) -> None:
    """Missed, spurious and wrong-speaker items with their text: terminal only, never to a file."""

    def text(item: dict, start: int, end: int) -> str:
        body = corpus[item["id"]][1]["body"]
        snippet = body[start:end].replace("\n", " ")
        return snippet if len(snippet) <= 160 else snippet[:100] + " … " + snippet[-50:]

    print("\n# missed gold")
    for m in result["misses"]:
        flag = " (marginal)" if m["marginal"] else ""
        head = f"{m['line']:>5} [{m['start']}:{m['end']}] {m['kind']} speaker={m['speaker']!r}"
        print(f"{head} tags={','.join(m['tags'])}{flag}\n        {text(m, m['start'], m['end'])}")
    print("\n# spurious predictions")
    for s in result["spurious"]:
        head = f"{s['line']:>5} [{s['start']}:{s['end']}] {s['kind']} cue={s['cue']!r}"
        print(f"{head} speaker={s['speaker']!r}\n        {text(s, s['start'], s['end'])}")
    print("\n# wrong speaker (matched span)")
    for w in result["wrong_speaker"]:
        head = f"{w['line']:>5} [{w['start']}:{w['end']}] gold={w['speaker']!r}"
        tail = f"cue={w['cue']!r} tags={','.join(w['tags'])}"
        print(f"{head} predicted={w['predicted_speaker']!r} {tail}\n        {text(w, w['start'], w['end'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="BBC news JSONL (read only)")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="offset labels JSONL")
    parser.add_argument("--language", default="en", help="language for corpus records without one")
    parser.add_argument("--json", type=Path, help="write the figures (offsets, no text) as JSON here")
    parser.add_argument("--misses", action="store_true", help="print missed/spurious/wrong items (terminal)")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-speaker", type=float, default=0.0)
    args = parser.parse_args(argv)

    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (pass --corpus PATH; see ../shared/data/README.md)",
              file=sys.stderr)  # fmt: skip
        return 2
    if not args.labels.is_file():
        print(f"labels not found: {args.labels}", file=sys.stderr)
        return 2
    labels = load_labels(args.labels)
    corpus = load_corpus(args.corpus)
    result = evaluate(labels, corpus, args.language)
    result["labels_sha256"] = hashlib.sha256(args.labels.read_bytes()).hexdigest()

    scored = f"{result['articles']} articles scored from {args.corpus.name}"
    print(f"{scored}, {result['ms_per_article']} ms/article\n")
    print_table(result)
    if result["ci95_core"]:
        ci = result["ci95_core"]
        print(
            f"\ncore 95% intervals (article bootstrap): precision {ci['precision']}, recall {ci['recall']}, "
            f"speaker {ci['speaker_accuracy']}"
        )
    if args.misses:
        print_misses(result, corpus)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    for skip in result["skipped"]:
        print(f"SKIPPED {skip['id']}: {skip['reason']}", file=sys.stderr)

    core = result["table"].get("core", {})
    failed = []
    for name, key, minimum in (
        ("precision", "precision", args.min_precision),
        ("recall", "recall", args.min_recall),
        ("speaker accuracy", "speaker_accuracy", args.min_speaker),
    ):
        if (core.get(key) or 0) < minimum:
            failed.append(f"{name} {core.get(key)} < {minimum}")
    for reason in failed:
        print(f"FAIL: {reason}", file=sys.stderr)
    if failed:
        return 1
    return 3 if result["skipped"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
