"""Language detection: accuracy and speed of plain langdetect against ``detect_language``.

    python benchmarks/language_quality.py [--json OUT] [--corpus ../shared/data/bbc-news-2005.jsonl]

Accuracy per language on evaluation/language/{sentences,two_words}.jsonl and on article-length texts
composed from the sentences (see ``compose_articles``), ms per text, and articles/s on a ~2 KB and a
1 MB article. ``--corpus`` also times both on real articles (a JSONL file of
{title, body}); nothing from it is printed but counts and timings.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException

from streams.core.language import detect_language, load_profiles

ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT / "evaluation" / "language"
SETS = {"sentences": DATA / "sentences.jsonl", "two_words": DATA / "two_words.jsonl"}


def compose_articles(rows: list[dict], per_language: int = 10, chars: int = 2000) -> list[dict]:
    """Article-length texts: a language's sentences in a seeded random order, three to a paragraph,
    until the text reaches ``chars`` characters (or the sentences run out). The articles of a language
    share sentences, so they test length, not new vocabulary."""
    by_language: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_language[row["language"]].append(row["text"])
    articles = []
    for lang in sorted(by_language):
        for i in range(per_language):
            sentences = by_language[lang][:]
            random.Random(f"{lang}-{i}").shuffle(sentences)
            paragraphs: list[str] = []
            for j in range(0, len(sentences), 3):
                paragraphs.append(" ".join(sentences[j : j + 3]))
                if sum(len(p) + 2 for p in paragraphs) >= chars:
                    break
            articles.append({"language": lang, "text": "\n\n".join(paragraphs)})
    return articles


def plain_langdetect(text: str) -> str:
    """langdetect as documented: detect(text) on the whole text, seeded; zh-cn/zh-tw read as zh."""
    try:
        return detect(text).split("-")[0]
    except LangDetectException:
        return "und"


def ours(text: str) -> str:
    return detect_language(None, text).code


METHODS = {"langdetect": plain_langdetect, "detect_language": ours}


def evaluate(rows: list[dict], method) -> tuple[dict[str, float], float, float]:
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    start = time.perf_counter()
    for row in rows:
        total[row["language"]] += 1
        correct[row["language"]] += method(row["text"]) == row["language"]
    elapsed = time.perf_counter() - start
    per_language = {lang: correct[lang] / total[lang] for lang in sorted(total)}
    return per_language, sum(correct.values()) / len(rows), elapsed / len(rows) * 1000


def articles_per_second(method, text: str, seconds: float = 1.0) -> float:
    method(text)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        method(text)
        n += 1
    return n / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--corpus", type=Path, help="JSONL of real articles ({title, body}) to time on")
    parser.add_argument("--corpus-limit", type=int, default=500)
    args = parser.parse_args(argv)

    DetectorFactory.seed = 0
    plain_langdetect("warm up")
    load_profiles()
    results: dict = {"sets": {}, "throughput": {}}

    sets = {
        name: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for name, path in SETS.items()
    }
    sets["articles"] = compose_articles(sets["sentences"])
    for name, rows in sets.items():
        results["sets"][name] = {"n": len(rows), "mean_chars": sum(len(r["text"]) for r in rows) / len(rows)}
        for method_name, method in METHODS.items():
            per_language, overall, ms = evaluate(rows, method)
            results["sets"][name][method_name] = {"per_language": per_language, "overall": overall, "ms": ms}

    # Throughput: an English article body of ~2 KB and the same text repeated to 1 MB.
    paragraph = " ".join(
        json.loads(line)["text"]
        for line in SETS["sentences"].read_text(encoding="utf-8").splitlines()
        if json.loads(line)["language"] == "en"
    )
    two_kb = paragraph[:2000]
    one_mb = (paragraph + "\n\n") * (1_000_000 // (len(paragraph) + 2) + 1)
    for label, text in (("2KB", two_kb), ("1MB", one_mb)):
        for method_name, method in METHODS.items():
            results["throughput"][f"{method_name} {label}"] = articles_per_second(method, text)

    if args.corpus:
        articles = []
        with args.corpus.open(encoding="utf-8") as handle:
            for line in handle:
                if len(articles) >= args.corpus_limit:
                    break
                record = json.loads(line)
                articles.append((record.get("title"), record.get("body") or ""))
        corpus: dict = {"n": len(articles), "mean_chars": sum(len(b) for _, b in articles) / len(articles)}
        for method_name in METHODS:
            codes: Counter[str] = Counter()
            start = time.perf_counter()
            for title, body in articles:
                if method_name == "langdetect":
                    codes[plain_langdetect(f"{title or ''}\n\n{body}")] += 1
                else:
                    codes[detect_language(title, body).code] += 1
            elapsed = time.perf_counter() - start
            corpus[method_name] = {
                "articles_per_s": len(articles) / elapsed,
                "codes": dict(codes.most_common(5)),
            }
        results["corpus"] = corpus

    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def print_table(results: dict) -> None:
    sets = results["sets"]
    languages = sorted(next(iter(sets.values()))["langdetect"]["per_language"])
    header = ["language"] + [f"{s}:{m}" for s in sets for m in METHODS]
    rows = [
        [lang] + [f"{sets[s][m]['per_language'][lang]:.3f}" for s in sets for m in METHODS]
        for lang in languages
    ]
    rows.append(["overall"] + [f"{sets[s][m]['overall']:.4f}" for s in sets for m in METHODS])
    rows.append(["ms/text"] + [f"{sets[s][m]['ms']:.3f}" for s in sets for m in METHODS])
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(c).rjust(w) for c, w in zip(row, widths, strict=True)))
    print()
    for label, rate in results["throughput"].items():
        print(f"{label:>22}: {rate:10.1f} articles/s")
    if "corpus" in results:
        corpus = results["corpus"]
        print(f"\ncorpus: {corpus['n']} articles, mean {corpus['mean_chars']:.0f} chars")
        for method_name in METHODS:
            c = corpus[method_name]
            print(f"{method_name:>22}: {c['articles_per_s']:10.1f} articles/s  codes {c['codes']}")


if __name__ == "__main__":
    raise SystemExit(main())
