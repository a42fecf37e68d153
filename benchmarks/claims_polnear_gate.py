"""Train the learned gate of the English cue scan (`streams/core/claims/cue_gate.json`) on PolNeAR train.

    .venv/bin/python benchmarks/claims_polnear_gate.py --data ../shared/data/polnear-attributions-dev.jsonl \
        --strict --min-count 5 --l2 1e-6 --threshold 0.05 [--cv] [--write | --check]

(those are the shipped weights' settings).  The relaxed rules of the cue scan
(`extract._RELAXED_RULES`: a subject before a long aside, a bare clause inside a longer sentence,
"that" after an unknown phrase, "vowed to …", "accused X of", new participles …) propose candidate
claims; with ``--strict`` the doubtful claims of the strict rules (`_Extractor._doubtful`) are
candidates too.  Each gets the sparse features of `gate.features`.  A candidate is labelled right
when at least half of it lies inside a gold content span of the ``train`` split (never ``dev``).
A logistic regression (full-batch gradient descent with L2: the same weights on every run) learns to
accept or reject them; features seen fewer than ``--min-count`` times are dropped, and only word
shapes and lower-case / closed-class words are features (`gate.word_feature`), so no name is
stored.

``--cv`` first reports a 2-fold cross-validation by article on train (train on one half, run the
extractor with those weights on the other): precision, recall (speech) and the candidates kept, for
the gate off, every candidate kept, and the gate at a few thresholds.  ``--write`` writes the
weights trained on all of train with ``--threshold`` (a probability) into the package; ``--check``
exits 1 when the shipped file differs from what ``--write`` would write.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from claims_polnear import languages, overlap, score  # noqa: E402

from streams.core.claims import extract as extract_module  # noqa: E402
from streams.core.claims import extract_claims, gate  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear-attributions-dev.jsonl"
WEIGHTS = ROOT / "streams" / "core" / "claims" / "cue_gate.json"
RELAXED = extract_module._RELAXED_RULES


def candidates(articles: list[dict], codes: dict[str, str], strict: bool) -> list[tuple[list[str], int, str]]:
    """(features, label, rule) of every candidate the cue scan proposes with the gate open."""
    out = []
    for art in articles:
        seen: list[gate.Candidate] = []
        extract_claims(art["body"], codes[art["id"]], gate.Gate(mode="all", record=seen.append))
        for rule, start, end, feats, gated in seen:
            if rule not in RELAXED and not (strict and gated):
                continue  # ("X said that …" is never gated)
            right = any(
                overlap((start, end), g["content"]) >= 0.5 * (end - start) for g in art["attributions"]
            )
            out.append((feats, int(right), rule))
    return out


def train(
    rows: list[tuple[list[str], int, str]], min_count: int, iterations: int = 3000, l2: float = 1e-6
) -> dict:
    """Logistic regression by full-batch gradient descent: the weights do not depend on the order of
    the candidates, so one candidate more or less moves a few decisions, not dozens (plain SGD over a
    shuffled order, used until the tenth round, flipped 11-13 of ~1,970 when one was dropped)."""
    counts = Counter(f for feats, _, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    data = [([index[f] for f in feats if f in index], y) for feats, y, _ in rows]
    weights = [0.0] * len(vocab)
    bias, rate, n = 0.0, 4.0, max(1, len(data))
    for _ in range(iterations):
        gradient = [0.0] * len(vocab)
        bias_gradient = 0.0
        for feats, y in data:
            z = bias + sum(weights[i] for i in feats)
            g = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - y
            bias_gradient += g
            for i in feats:
                gradient[i] += g
        bias -= rate * bias_gradient / n
        for i, w in enumerate(weights):
            weights[i] = w - rate * (gradient[i] / n + l2 * w)
    return {
        "bias": round(bias, 4),
        "weights": {f: round(weights[i], 4) for f, i in index.items() if abs(weights[i]) >= 1e-3},
    }


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def evaluate(
    articles: list[dict],
    codes: dict[str, str],
    mode: str,
    model: dict | None,
    threshold: float,
    strict: bool = False,
) -> dict:
    weights = (
        None if model is None else gate.Weights(model["weights"], model["bias"], logit(threshold), strict)
    )
    cue_gate = gate.Gate(mode=mode, weights=weights, strict=strict)
    claims = {
        a["id"]: [c.to_dict() for c in extract_claims(a["body"], codes[a["id"]], cue_gate)] for a in articles
    }
    return score(articles, claims)[0]


def merge(parts: list[dict]) -> dict:
    """Precision and recall (speech) of two folds together, from their counts."""
    pred = sum(p["predicted"] for p in parts)
    right = sum(p["precision"] * p["predicted"] for p in parts)
    speech = sum(p["gold_speech"] for p in parts)
    found = sum(p["recall_speech"] * p["gold_speech"] for p in parts)
    spk = sum(p["speaker_acc"] for p in parts) / len(parts)
    return {"predicted": pred, "precision": right / pred, "recall_speech": found / speech, "speaker": spk}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("WIRESTREAM_POLNEAR", DEFAULT_DATA)))
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--l2", type=float, default=1e-6)
    parser.add_argument(
        "--threshold", type=float, default=0.5, help="probability above which a candidate is kept"
    )
    parser.add_argument("--strict", action="store_true", help="also gate the strict rules' claims")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when the shipped weights differ from a fresh training"
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"PolNeAR data not found: {args.data} (--data or WIRESTREAM_POLNEAR)", file=sys.stderr)
        return 2
    articles = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    articles = [a for a in articles if a["split"] == "train"]
    codes = languages(articles)
    if args.cv:
        folds = [[a for a in articles if zlib.crc32(a["id"].encode()) % 2 == k] for k in (0, 1)]
        models = [
            train(candidates(folds[1 - k], codes, args.strict), args.min_count, l2=args.l2) for k in (0, 1)
        ]
        print("| gate (2-fold CV on train) | predicted | precision | recall speech | speaker |")
        print("|---|---|---|---|---|")
        rows = [("off (strict rules only)", "none", None), ("every candidate kept", "all", None)]
        rows += [(f"learned, p > {t}", "learned", t) for t in (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7)]
        for label, mode, threshold in rows:
            parts = [
                evaluate(
                    folds[k], codes, mode, models[k] if threshold else None, threshold or 0.5, args.strict
                )
                for k in (0, 1)
            ]
            m = merge(parts)
            print(
                f"| {label} | {m['predicted']} | {m['precision']:.4f} | {m['recall_speech']:.4f} "
                f"| {m['speaker']:.3f} |"
            )
    rows = candidates(articles, codes, args.strict)
    model = train(rows, args.min_count, l2=args.l2)
    kept = sum(1 for feats, _, _ in rows if gate_score(model, feats) > logit(args.threshold))
    print(
        f"{len(rows)} candidates on train ({sum(y for _, y, _ in rows)} right), "
        f"{len(model['weights'])} weights, {kept} kept at p > {args.threshold}"
    )
    model["threshold"] = round(logit(args.threshold), 4)
    model["trained_on"] = "PolNeAR train, benchmarks/claims_polnear_gate.py"
    model["strict"] = args.strict
    text = json.dumps(model, indent=0, sort_keys=True) + "\n"
    if args.write:
        WEIGHTS.write_text(text, encoding="utf-8")
        print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size} bytes)")
    elif args.check:
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == text
        print(f"shipped weights {'up to date' if same else 'STALE'}")
        return 0 if same else 1
    return 0


def gate_score(model: dict, feats: list[str]) -> float:
    return model["bias"] + sum(model["weights"].get(f, 0.0) for f in feats)


if __name__ == "__main__":
    sys.exit(main())
