"""Claims against PolNeAR attribution gold (US political news labelled by trained annotators).

    .venv/bin/python benchmarks/claims_polnear.py --data ../shared/data/polnear-attributions-dev.jsonl
        [--split train|dev|both] [--misses N] [--wrong N] [--json OUT] [--seed-dir ../shared/data/seed]

The set is read at run time (``--data`` or ``WIRESTREAM_POLNEAR``); no text of it enters the
repository and no test needs it.  Each article body goes through the enrichment's own stages
(language detection, then ``extract_claims`` with the detected language), and the claims are scored
with the definitions of ``../shared/tools/score_attributions.py`` (re-implemented here so that the
table, the misses and the timing come from one pass; ``--check-scorer`` runs the shared scorer as a
subprocess on the same output and compares):

* a gold attribution is found when one predicted claim covers at least half of its content span
  (for a claim with ``parts``, the claim is its whole span ``start..end``);
* a predicted claim is correct when at least half of it lies inside some gold content span;
* speaker: for each found gold attribution with a source, the first covering claim's speaker shares a
  word with the gold source text (a gold pronoun counts as right for any non-empty speaker);
* "speech" attributions have a speech cue or quote marks in the content: the recall that matters.

It prints precision, recall (speech), recall (all), speaker accuracy and the CPU cost in ms per 2 KB
of body (process time of the claims stage alone, best of ``--passes``, of the core this interpreter
loads: pure Python in a checkout; ``claims_cost.py`` times it against the compiled one), for each
split, and writes JSON (figures only) to ``results/claims_polnear.json``.  ``--misses N`` /
``--wrong N`` print missed speech attributions / wrong speakers to the terminal only.
``--seed-dir`` also checks the seed article's ten labelled statements (text piece + speaker).  Exit
status 2 when the data is not found.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from streams.core.claims import COMPILED, extract_claims
from streams.core.language import detect_language

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear-attributions-dev.jsonl"
TOK = re.compile(r"\w+", re.U)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"}
STOP = {"the", "a", "of", "mr", "ms", "mrs"}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def languages(articles: list[dict]) -> dict[str, str]:
    """The enrichment's language stage, as `wirestream enrich` runs it before claims."""
    return {art["id"]: detect_language(None, art["body"]).code for art in articles}


def run(articles: list[dict], codes: dict[str, str]) -> dict[str, list[dict]]:
    return {
        art["id"]: [c.to_dict() for c in extract_claims(art["body"], codes[art["id"]])] for art in articles
    }


def cost_ms_per_2kb(articles: list[dict], codes: dict[str, str], passes: int) -> float:
    """CPU time of the claims stage alone (the core's cost), best of `passes`, per 2 KB of body."""
    size = sum(len(a["body"].encode("utf-8")) for a in articles)
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for art in articles:
            extract_claims(art["body"], codes[art["id"]])
        best = min(best, time.process_time() - t0)
    return round(best * 1000 / (size / 2048), 4)


def speaker_right(predicted: str | None, gold: str) -> bool:
    sp = (predicted or "").lower()
    ts, tg = set(TOK.findall(sp)) - STOP, set(TOK.findall(gold.lower())) - STOP
    return bool(sp) and (tg <= PRONOUNS or bool(ts & tg))


def score(articles: list[dict], claims: dict[str, list[dict]]) -> tuple[dict, list, list]:
    tp_pred = n_pred = n_gold = tp_gold = n_speech = tp_speech = spk_n = spk_ok = bad = 0
    miss_cues: Counter = Counter()
    misses, wrong = [], []
    for art in articles:
        body, atts = art["body"], art["attributions"]
        preds = []
        for c in claims.get(art["id"], []):
            a, b = c.get("start"), c.get("end")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(body)):
                bad += 1
                continue
            preds.append((a, b, c.get("speaker")))
        n_pred += len(preds)
        tp_pred += sum(any(overlap(p, g["content"]) >= 0.5 * (p[1] - p[0]) for g in atts) for p in preds)
        for g in atts:
            gl = g["content"][1] - g["content"][0]
            n_gold += 1
            n_speech += g["speech"]
            hit = [p for p in preds if overlap(p, g["content"]) >= 0.5 * gl]
            if not hit:
                if g["speech"]:
                    miss_cues[g["cue"].lower()] += 1
                    misses.append((art, g))
                continue
            tp_gold += 1
            tp_speech += g["speech"]
            if g["source_text"]:
                spk_n += 1
                ok = speaker_right(hit[0][2], g["source_text"])
                spk_ok += ok
                if not ok:
                    wrong.append((art, g, hit[0][2]))
    figures = {
        "articles": len(articles),
        "gold": n_gold,
        "gold_speech": n_speech,
        "predicted": n_pred,
        "bad_offsets": bad,
        "precision": round(tp_pred / max(1, n_pred), 4),
        "recall_speech": round(tp_speech / max(1, n_speech), 4),
        "recall_all": round(tp_gold / max(1, n_gold), 4),
        "speaker_acc": round(spk_ok / max(1, spk_n), 4),
        "missed_speech_by_cue": dict(miss_cues.most_common(15)),
    }
    return figures, misses, wrong


def show(art: dict, g: dict, note: str) -> str:
    body = art["body"]
    a, b = g["content"]
    s = min(a, (g["source"] or [a])[0])
    context = body[max(0, s - 60) : b + 40]
    return f"{note} {art['id']} cue={g['cue']!r} source={g['source_text']!r}\n     {context!r}"


def check_scorer(
    path: Path, scorer: Path, split: str, claims: dict[str, list[dict]], articles: list[dict], mine: dict
) -> bool:
    """Run the shared scorer on the same output; True when its figures equal ours."""
    if not scorer.exists():
        print(f"shared scorer not found at {scorer}", file=sys.stderr)
        return False
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for art in articles:
            handle.write(
                json.dumps({"id": art["id"], "body": art["body"], "claims": claims[art["id"]]}) + "\n"
            )
    try:
        done = subprocess.run(
            [sys.executable, str(scorer), str(path), handle.name, "--split", split],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(handle.name)
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    keys = ("precision", "recall_speech", "recall_all", "speaker_acc")
    same = all(theirs[k] == mine[k] for k in keys)
    print(
        f"shared scorer ({split}): "
        + ", ".join(f"{k} {theirs[k]}" for k in keys)
        + ("" if same else "  DIFFERS")
    )
    return same


def seed_check(seed_dir: Path) -> dict | None:
    """The seed article's labelled statements: found (a claim contains the piece) with the right speaker."""
    article, labels = seed_dir / "seed-article.txt", seed_dir / "seed-claims.json"
    if not (article.exists() and labels.exists()):
        return None
    text = article.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    body = body.strip("\n")
    gold = json.loads(labels.read_text(encoding="utf-8"))
    gold = gold.get("claims", gold) if isinstance(gold, dict) else gold
    language = detect_language(title, body)
    claims = [c.to_dict() for c in extract_claims(body, language.code)]
    rows = []
    for item in gold:
        piece = item.get("text") or item.get("piece") or item.get("claim") or ""
        speaker = item.get("speaker") or ""
        at = body.find(piece)
        found = [c for c in claims if at >= 0 and c["start"] <= at + len(piece) // 2 < c["end"]]
        right = bool(found) and any(speaker_right(c["speaker"], speaker) for c in found)
        rows.append(
            {"found": bool(found), "speaker_right": right, "speaker": found[0]["speaker"] if found else None}
        )
    return {
        "statements": len(rows),
        "found": sum(r["found"] for r in rows),
        "right_speaker": sum(r["speaker_right"] for r in rows),
        "rows": rows,
        "claims": len(claims),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("WIRESTREAM_POLNEAR", DEFAULT_DATA)))
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument(
        "--misses", type=int, default=0, help="print N missed speech attributions (train first)"
    )
    parser.add_argument("--wrong", type=int, default=0, help="print N wrong speakers")
    parser.add_argument("--passes", type=int, default=3, help="timing passes (best of)")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--check-scorer", action="store_true", help="also run the shared scorer and compare")
    parser.add_argument("--seed-dir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "claims_polnear.json")
    parser.add_argument(
        "--scorer", type=Path, default=None, help="the shared scorer (default: DATA/../tools/)"
    )
    args = parser.parse_args(argv)
    args.scorer = args.scorer or args.data.resolve().parent.parent / "tools" / "score_attributions.py"
    if not args.data.exists():
        print(f"PolNeAR data not found: {args.data} (--data or WIRESTREAM_POLNEAR)", file=sys.stderr)
        return 2
    everything = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    splits = ("train", "dev") if args.split == "both" else (args.split,)
    core = "compiled" if COMPILED else "pure Python"
    report: dict = {"data": args.data.name, "core": core, "splits": {}}
    if not args.no_speed:
        print(f"ms / 2 KB: the {core} claims core (both, alternated: benchmarks/claims_cost.py)")
    print(
        "| split | articles | gold speech | predicted | precision | recall speech | recall all | speaker "
        "| ms / 2 KB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    shown_m = shown_w = 0
    for split in splits:
        articles = [a for a in everything if a["split"] == split]
        codes = languages(articles)
        claims = run(articles, codes)
        figures, misses, wrong = score(articles, claims)
        figures["ms_per_2kb"] = None if args.no_speed else cost_ms_per_2kb(articles, codes, args.passes)
        report["splits"][split] = figures
        print(
            f"| {split} | {figures['articles']} | {figures['gold_speech']} | {figures['predicted']} "
            f"| {figures['precision']:.3f} | {figures['recall_speech']:.3f} | {figures['recall_all']:.3f} "
            f"| {figures['speaker_acc']:.3f} | {figures['ms_per_2kb'] or '-'} |"
        )
        if args.check_scorer:
            check_scorer(args.data, args.scorer, split, claims, articles, figures)
        for art, g in misses[: max(0, args.misses - shown_m)]:
            print(show(art, g, "MISS"), file=sys.stderr)
        shown_m += len(misses[: max(0, args.misses - shown_m)])
        for art, g, got in wrong[: max(0, args.wrong - shown_w)]:
            print(show(art, g, f"WRONG got={got!r}"), file=sys.stderr)
        shown_w += len(wrong[: max(0, args.wrong - shown_w)])
    for split in splits:
        print(f"missed speech by cue ({split}):", report["splits"][split]["missed_speech_by_cue"])
    if args.seed_dir is not None:
        seed = seed_check(args.seed_dir)
        report["seed"] = seed and {k: v for k, v in seed.items() if k != "rows"}
        if seed is None:
            print(f"seed article not found in {args.seed_dir}", file=sys.stderr)
        else:
            print(
                f"seed article: {seed['found']}/{seed['statements']} found, "
                f"{seed['right_speaker']} with the right speaker"
            )
            for row in seed["rows"]:
                print(
                    f"  found={row['found']} speaker_right={row['speaker_right']} speaker={row['speaker']!r}"
                )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
