"""Dedup quality benchmark: recall per kind of wire copy, false positives, speed and memory.

    .venv/bin/python benchmarks/dedup_quality.py                       # built-in generated corpus
    .venv/bin/python benchmarks/dedup_quality.py --corpus ../shared/data/bbc-news-2005.jsonl
    .venv/bin/python benchmarks/dedup_quality.py --scale 1000000       # memory at 1 M articles
    .venv/bin/python benchmarks/dedup_quality.py --corpus ../shared/data/bbc-news-2005.jsonl \
        --backfill --scale 0 --json results/dedup_backfill.json         # 30-day backfill, any order

The corpus is JSONL of {id, title, body}. A part of it (``--holdout``) is never indexed: it supplies
the outlet's own paragraphs for embedded copies and the "same topic, different story" negatives. The
rest are the wire originals. Every pass feeds articles through ``fingerprint()`` and
``StoryIndex.judge()`` exactly as production does, originals first, then one kind of copy:

* rewrapped - new headline, byline, dateline, boilerplate before and after
* half, third - rewrapped and trimmed from the bottom to 1/2 and 1/3 of the words
* edited - rewrapped, ~8 % of the words substituted or deleted
* embedded - rewrapped, outlet paragraphs added before and after (0.5-1x the wire's length)
* resend - the wire re-sent with a few words corrected and a correction note

A copy counts as caught when it is judged a duplicate *of the right story*. False positives: originals
flagged as copies of other originals, held-out articles flagged against the originals, and held-out
articles wrapped in one shared outlet template. A flagged pair whose texts share >= 50 % of their
5-word shingles (all of them, unsampled) is a genuine duplicate inside the corpus, not a false positive;
both numbers are reported.

``--backfill`` (#16): the same originals, copies and negatives as one 30-day backfill per kind of copy.
Originals are dated at random over 30 days, each copy up to 48 h after its original, the negatives at
random; one current article arrives first. The set is judged twice through ``StoryIndex`` with the
production clocks (event time = the date, arrival one second apart, ``expire()`` after every article):
in date order, and shuffled. A copy counts as found when it ends up in its original's story (shuffled,
the copy may come first and the original join it); a false positive is an article merged into another
wire story's group whose texts are not genuine duplicates (as above).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import statistics
import time
import tracemalloc
from collections.abc import Iterable
from pathlib import Path

from streams.core.dedup import Fingerprint, StoryIndex, fingerprint
from streams.core.dedup.normalize import story_tokens

Article = dict  # {"id", "title", "body"}

KINDS = ("rewrapped", "half", "third", "edited", "embedded", "resend")
TARGETS = {"rewrapped": 0.99, "half": 0.97, "third": 0.90, "edited": 0.90, "embedded": 0.95}
FP_TARGET = 0.002

# -- wrapping an outlet puts around a wire story (made up here, not taken from any outlet) ----------

BYLINES = (
    "By Jane Roe, Staff Writer",
    "By John Doe and Mary Major | The Valley Courier",
    "BY ALEX QUILL, Business Correspondent",
    "By Sam Ink",
)
DATELINES = (
    "NEW YORK, May 13. /TASS/. ",
    "LONDON (Reuters) - ",
    "WASHINGTON — ",
    "PARIS, May 13 (AFP) - ",
    "BERLIN, Germany - ",
)
LEADING_BOILERPLATE = ("Share this article", "Advertisement", "Follow us on social media for updates")
TRAILING_BOILERPLATE = (
    "No comments : Post a Comment",
    "Share this article",
    "© 2026 The Valley Courier. All rights reserved.",
    "Related stories: more from our newsroom",
    "Sign up for our morning newsletter",
)
TEMPLATE_HEAD = (
    "The Riverside Courier is an independent newspaper that has served the valley since 1921. "
    "Our reporters cover local politics, schools, business, culture and sport every day of the week."
)
TEMPLATE_FOOT = (
    "Do you have a story the Riverside Courier should know about? Contact our newsroom by telephone "
    "or visit our office on Market Street during opening hours, Monday to Saturday."
)


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.splitlines() if p.strip()]


def wrap(title: str, paras: list[str], rng: random.Random) -> tuple[str, str]:
    """New headline, byline, dateline and boilerplate around the story's paragraphs."""
    words = title.split()
    rng.shuffle(words)
    headline = " ".join(words) + rng.choice((" | Valley Courier", " - live updates", "", ": what we know"))
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice(LEADING_BOILERPLATE))
    lines.append(rng.choice(BYLINES))
    body = list(paras)
    if body:
        body[0] = rng.choice(DATELINES) + body[0]
    lines.extend(body)
    lines.extend(rng.sample(TRAILING_BOILERPLATE, rng.randint(1, 3)))
    return headline, "\n\n".join(lines)


def trim(paras: list[str], fraction: float) -> list[str]:
    """Keep the first ``fraction`` of the words, cutting the last kept paragraph mid-way if needed."""
    total = sum(len(p.split()) for p in paras)
    budget = max(1, math.ceil(total * fraction))
    kept = []
    for para in paras:
        words = para.split()
        if len(words) >= budget:
            kept.append(" ".join(words[:budget]))
            break
        kept.append(para)
        budget -= len(words)
    return kept


def edit(paras: list[str], rate: float, vocabulary: list[str], rng: random.Random) -> list[str]:
    out = []
    for para in paras:
        words = []
        for word in para.split():
            if rng.random() < rate:
                if rng.random() < 0.5:
                    words.append(rng.choice(vocabulary))
                continue
            words.append(word)
        out.append(" ".join(words))
    return out


def split_sentences(text: str) -> list[str]:
    out = []
    for para in paragraphs(text):
        start = 0
        for i, ch in enumerate(para):
            if ch in ".!?" and (i + 1 == len(para) or para[i + 1] == " "):
                sentence = para[start : i + 1].strip()
                if len(sentence.split()) >= 4:
                    out.append(sentence)
                start = i + 1
    return out


def outlet_paragraphs(words_wanted: int, pool: list[str], rng: random.Random) -> list[str]:
    paras, current, count = [], [], 0
    while count < words_wanted:
        sentence = rng.choice(pool)
        current.append(sentence)
        count += len(sentence.split())
        if len(current) >= rng.randint(2, 4):
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def make_copy(kind: str, article: Article, pool: list[str], vocabulary: list[str], rng: random.Random):
    paras = paragraphs(article["body"])
    if kind == "rewrapped":
        return wrap(article["title"], paras, rng)
    if kind == "half":
        return wrap(article["title"], trim(paras, 1 / 2), rng)
    if kind == "third":
        return wrap(article["title"], trim(paras, 1 / 3), rng)
    if kind == "edited":
        return wrap(article["title"], edit(paras, 0.08, vocabulary, rng), rng)
    if kind == "embedded":
        wire_words = sum(len(p.split()) for p in paras)
        added = outlet_paragraphs(int(wire_words * rng.uniform(0.5, 1.0)), pool, rng)
        cut = rng.randint(0, len(added))
        return wrap(article["title"], added[:cut] + paras + added[cut:], rng)
    if kind == "resend":
        fixed = edit(paras, min(0.02, 3 / max(1, len(article["body"].split()))), vocabulary, rng)
        fixed.append("(Corrects the figure in the third paragraph; an earlier version gave the wrong one.)")
        return article["title"] + " (corrected)", "\n\n".join(fixed)
    raise ValueError(kind)


# -- ground truth for flagged pairs -----------------------------------------------------------------


def all_shingles(title: str, body: str) -> set[tuple[str, ...]]:
    words = story_tokens(title, body)
    return {tuple(words[i : i + 5]) for i in range(max(1, len(words) - 4))}


def genuine_duplicate(a: Article, b: Article) -> bool:
    """Oracle: the two texts share >= 50 % of the smaller one's (unsampled) 5-word shingles."""
    sa, sb = all_shingles(a["title"], a["body"]), all_shingles(b["title"], b["body"])
    if not sa or not sb:
        return False
    return len(sa & sb) / min(len(sa), len(sb)) >= 0.5


# -- corpora ----------------------------------------------------------------------------------------


def load_corpus(path: Path, limit: int | None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                articles.append(
                    {"id": str(record["id"]), "title": record.get("title", ""), "body": record["body"]}
                )
            if limit and len(articles) >= limit:
                break
    return articles


def generated_corpus(count: int, seed: int = 7) -> list[Article]:
    """Distinct made-up articles: pseudo-words, topic vocabularies, news-like lengths."""
    rng = random.Random(seed)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3)))

    function_words = "the a of to in and that for on with said was is it by as at from has have will".split()
    common = [word() for _ in range(400)]
    topics = [[word() for _ in range(150)] for _ in range(12)]
    articles = []
    for n in range(count):
        topic = topics[n % len(topics)]
        paras = []
        for _ in range(rng.randint(2, 9)):
            sentences = []
            for _ in range(rng.randint(1, 3)):
                words = [
                    rng.choice(function_words if r < 0.4 else common if r < 0.7 else topic)
                    for r in (rng.random() for _ in range(rng.randint(8, 28)))
                ]
                sentences.append(" ".join(words).capitalize() + ".")
            paras.append(" ".join(sentences))
        title = " ".join(rng.choice(topic) for _ in range(rng.randint(4, 8))).capitalize()
        articles.append({"id": f"gen-{n:07d}", "title": title, "body": "\n\n".join(paras)})
    return articles


# -- running ----------------------------------------------------------------------------------------


class Runner:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.articles = 0
        self.chars = 0

    def judge(self, index: StoryIndex, article_id: str, title: str, body: str, clock: float):
        start = time.perf_counter()
        fp = fingerprint(title, body, "en")
        verdict, entry = index.judge(article_id, fp, clock)
        self.seconds += time.perf_counter() - start
        self.articles += 1
        self.chars += len(body.encode())
        return verdict, entry


def index_originals(
    runner: Runner, originals: list[Article]
) -> tuple[StoryIndex, list[tuple[str, str]], list]:
    index = StoryIndex()
    flagged = []
    entries = []
    for n, article in enumerate(originals):
        verdict, entry = runner.judge(index, article["id"], article["title"], article["body"], float(n))
        entries.append(entry)
        if verdict.status == "duplicate":
            flagged.append((article["id"], verdict.duplicate_of))
    return index, flagged, entries


def count_false_positives(flagged: Iterable[tuple[str, str]], by_id: dict[str, Article]) -> tuple[int, int]:
    genuine = false = 0
    for article_id, other in flagged:
        if genuine_duplicate(by_id[article_id], by_id[other]):
            genuine += 1
        else:
            false += 1
    return genuine, false


def run(articles: list[Article], holdout: float, seed: int, verbose: bool) -> dict:
    rng = random.Random(seed)
    shuffled = list(articles)
    rng.shuffle(shuffled)
    n_holdout = max(1, int(len(shuffled) * holdout))
    held, originals = shuffled[:n_holdout], shuffled[n_holdout:]
    by_id = {a["id"]: a for a in articles}
    pool = [s for a in held for s in split_sentences(a["body"])]
    vocabulary = [w for a in held for w in a["body"].split()]
    runner = Runner()
    result: dict = {"originals": len(originals), "held_out": len(held), "recall": {}, "copies": {}}

    # originals against each other
    index, flagged, entries = index_originals(runner, originals)
    genuine, false = count_false_positives(flagged, by_id)
    negatives = {"originals": (len(originals), len(flagged), genuine, false)}
    result["persisted_bytes_per_entry"] = statistics.mean(len(e.to_bytes()) for e in entries if e)
    result["anchors_per_entry"] = statistics.mean(len(e.anchors) for e in entries if e)
    if verbose:
        for a, b in flagged:
            print(f"  original flagged: {by_id[a]['title']!r} ~ {by_id[b]['title']!r}")

    # same topic, different story; and same outlet template, different story
    clock = float(len(originals))
    same_topic = []
    for article in held:
        verdict, _ = runner.judge(index, "held-" + article["id"], article["title"], article["body"], clock)
        clock += 1
        if verdict.status == "duplicate":
            same_topic.append((article["id"], verdict.duplicate_of.removeprefix("held-")))
    negatives["same_topic"] = (len(held), len(same_topic), *count_false_positives(same_topic, by_id))
    template = []
    index, _, _ = index_originals(Runner(), originals)
    for article in held:
        body = "\n\n".join([TEMPLATE_HEAD, article["body"], TEMPLATE_FOOT, "Share this article"])
        verdict, _ = runner.judge(index, "tpl-" + article["id"], article["title"], body, clock)
        clock += 1
        if verdict.status == "duplicate":
            other = verdict.duplicate_of.removeprefix("tpl-")
            template.append((article["id"], other))
    negatives["template"] = (len(held), len(template), *count_false_positives(template, by_id))
    if verbose:
        for a, b in same_topic + template:
            print(f"  negative flagged: {by_id[a]['title']!r} ~ {by_id[b]['title']!r}")

    # one pass per kind of copy: originals, then that kind's copies in random order
    for kind in KINDS:
        index, _, _ = index_originals(Runner(), originals)
        story_of = {a["id"]: index.get(a["id"]).story_id for a in originals}
        kind_rng = random.Random(f"{seed}-{kind}")
        order = list(originals)
        kind_rng.shuffle(order)
        caught = wrong = 0
        clock = float(len(originals))
        for article in order:
            title, body = make_copy(kind, article, pool, vocabulary, kind_rng)
            verdict, _ = runner.judge(index, f"{kind}-{article['id']}", title, body, clock)
            clock += 1
            if verdict.status == "duplicate" and verdict.story_id == story_of[article["id"]]:
                caught += 1
            elif verdict.status == "duplicate":
                wrong += 1
        result["recall"][kind] = caught / len(order)
        result["copies"][kind] = {"n": len(order), "caught": caught, "wrong_story": wrong}

    total_neg = sum(v[0] for v in negatives.values())
    total_false = sum(v[3] for v in negatives.values())
    result["negatives"] = {
        k: {"n": n, "flagged": f, "genuine_corpus_duplicates": g, "false_positives": fp}
        for k, (n, f, g, fp) in negatives.items()
    }
    result["false_positive_rate"] = total_false / total_neg
    result["ms_per_article"] = 1000 * runner.seconds / runner.articles
    result["ms_per_2kb"] = 1000 * runner.seconds / (runner.chars / 2048)
    result["mean_body_bytes"] = runner.chars / runner.articles
    return result


BACKFILL_DAYS = 30
COPY_DELAY_HOURS = 48
DAY = 86400.0


def backfill(articles: list[Article], holdout: float, seed: int, days: int = BACKFILL_DAYS) -> dict:
    """Recall per kind and false positives for one backfill per kind, in date order and shuffled."""
    rng = random.Random(seed)
    shuffled = list(articles)
    rng.shuffle(shuffled)
    n_holdout = max(1, int(len(shuffled) * holdout))
    held, originals = shuffled[:n_holdout], shuffled[n_holdout:]
    # embedded copies take outlet paragraphs from one half of the held-out articles, the negatives are
    # the other half (in one backfill they meet the copies: they must not share text with them)
    words_from, negatives = held[: len(held) // 2], held[len(held) // 2 :]
    pool = [s for a in words_from for s in split_sentences(a["body"])]
    vocabulary = [w for a in words_from for w in a["body"].split()]
    start = 1_767_225_600.0  # 2026-01-01T00:00:00Z
    dated = random.Random(f"{seed}-dates")
    published = {a["id"]: start + dated.uniform(0, days * DAY) for a in originals}
    result: dict = {"days": days, "copy_delay_hours": COPY_DELAY_HOURS, "kinds": {}}
    for kind in KINDS:
        kind_rng = random.Random(f"{seed}-{kind}-backfill")
        # (id, title, body, event time, label): the label is the wire story an article belongs to
        items = [(a["id"], a["title"], a["body"], published[a["id"]], a["id"]) for a in originals]
        for a in originals:
            title, body = make_copy(kind, a, pool, vocabulary, kind_rng)
            delay = kind_rng.uniform(0, COPY_DELAY_HOURS * 3600)
            items.append((f"{kind}-{a['id']}", title, body, published[a["id"]] + delay, a["id"]))
        for a in negatives:
            items.append(
                ("held-" + a["id"], a["title"], a["body"], start + kind_rng.uniform(0, days * DAY), None)
            )
            body = "\n\n".join([TEMPLATE_HEAD, a["body"], TEMPLATE_FOOT, "Share this article"])
            items.append(("tpl-" + a["id"], a["title"], body, start + kind_rng.uniform(0, days * DAY), None))
        fingerprints = {i[0]: fingerprint(i[1], i[2], "en") for i in items}
        texts = {i[0]: {"title": i[1], "body": i[2]} for i in items}
        in_date_order = sorted(items, key=lambda i: (i[3], i[0]))
        any_order = list(items)
        random.Random(f"{seed}-{kind}-shuffle").shuffle(any_order)
        row = {}
        for name, order in (("date_order", in_date_order), ("shuffled", any_order)):
            row[name] = judge_backfill(order, fingerprints, texts, start + (days + 30) * DAY)
        result["kinds"][kind] = row
    return result


def judge_backfill(order: list[tuple], fingerprints: dict, texts: dict, now: float) -> dict:
    """Judge ``order`` as production does after one current article; recall and false merges.

    An article that joins a story holding none of its own wire story is flagged; it is a genuine
    corpus duplicate when its text is one of some member of that story (the oracle above), else a
    false positive (an original or a negative) or a wrong-story copy.
    """
    index = StoryIndex()
    other = fingerprint("t", "A current article about something else entirely today.", "en")
    index.judge("current", other, now, now)
    story_of: dict[str, str] = {}
    members: dict[str, list[tuple[str, str]]] = {}  # story id -> [(article id, label)]
    genuine = false = wrong_story = unchecked = 0
    for n, (article_id, _title, _body, event_time, label) in enumerate(order):
        verdict, _ = index.judge(article_id, fingerprints[article_id], event_time, now + 1 + n)
        index.expire()
        label = label or article_id
        story_of[article_id] = verdict.story_id
        unchecked += verdict.status == "unchecked"
        group = members.setdefault(verdict.story_id, [])
        if group and all(other_label != label for _, other_label in group):
            if any(genuine_duplicate(texts[article_id], texts[member]) for member, _ in group):
                genuine += 1
            elif label != article_id:
                wrong_story += 1  # a copy that joined another wire story
            else:
                false += 1
        group.append((article_id, label))
    copies = [(i[0], i[4]) for i in order if i[4] is not None and i[0] != i[4]]
    found = sum(story_of[copy] == story_of[original] for copy, original in copies)
    return {
        "copies": len(copies),
        "found": found,
        "recall": found / len(copies),
        "wrong_story": wrong_story,
        "flagged_genuine": genuine,
        "false_positives": false,
        "unchecked": unchecked,
    }


def print_backfill(result: dict) -> None:
    days, delay = result["days"], result["copy_delay_hours"]
    print(f"\n{days}-day backfill (copies up to {delay} h after their original), after one current article")
    print(f"{'kind':<12}{'n':>7}{'date order':>12}{'shuffled':>10}{'diff':>9}{'FP date':>9}{'FP shuf':>9}")
    for kind, row in result["kinds"].items():
        a, b = row["date_order"], row["shuffled"]
        diff = b["recall"] - a["recall"]
        print(
            f"{kind:<12}{a['copies']:>7}{a['recall']:>12.4f}{b['recall']:>10.4f}{diff:>+9.4f}"
            f"{a['false_positives']:>9}{b['false_positives']:>9}"
        )
    unchecked = sum(r[o]["unchecked"] for r in result["kinds"].values() for o in ("date_order", "shuffled"))
    print(f"unchecked verdicts: {unchecked}")


def measure_memory(count: int, seed: int) -> dict:
    """Index ``count`` generated articles; Python heap held by the index per article (tracemalloc)."""
    articles = generated_corpus(min(count, 20000), seed)
    fingerprints: list[Fingerprint] = [fingerprint(a["title"], a["body"], "en") for a in articles]
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    index = StoryIndex()
    rng = random.Random(seed)
    start = time.perf_counter()
    for n in range(count):
        fp = fingerprints[n % len(fingerprints)]
        if n >= len(fingerprints):  # fresh stories: new anchors and content hash, same shape
            salt = rng.getrandbits(64)
            fp = Fingerprint(
                fp.language,
                fp.content_hash ^ salt,
                fp.level,
                tuple(sorted(((a ^ salt) & ~(fp.level - 1)) for a in fp.anchors)),
                fp.token_count,
            )
        index.judge(f"art-{n:08d}-{seed}", fp, float(n), n + 0.5)  # arrival and event time differ
    seconds = time.perf_counter() - start
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    return {
        "articles": count,
        "index_bytes": used,
        "bytes_per_article": used / count,
        "anchors_per_article": statistics.mean(len(f.anchors) for f in fingerprints),
        "judge_ms_per_article_traced": 1000 * seconds / count,
    }


def print_table(result: dict) -> None:
    print(f"\noriginals {result['originals']}, held out {result['held_out']}")
    print(f"{'kind':<12}{'n':>7}{'recall':>9}{'target':>9}{'wrong story':>13}")
    for kind in KINDS:
        copies = result["copies"][kind]
        target = TARGETS.get(kind)
        print(
            f"{kind:<12}{copies['n']:>7}{result['recall'][kind]:>9.4f}"
            f"{(f'≥{target:.2f}' if target else '-'):>9}{copies['wrong_story']:>13}"
        )
    print(f"\n{'negatives':<12}{'n':>7}{'flagged':>9}{'genuine':>9}{'false pos':>11}")
    for name, row in result["negatives"].items():
        print(
            f"{name:<12}{row['n']:>7}{row['flagged']:>9}"
            f"{row['genuine_corpus_duplicates']:>9}{row['false_positives']:>11}"
        )
    print(f"false-positive rate {result['false_positive_rate']:.4%} (target ≤ {FP_TARGET:.1%})")
    print(
        f"\nfingerprint+judge: {result['ms_per_article']:.3f} ms/article "
        f"(mean body {result['mean_body_bytes']:.0f} B), {result['ms_per_2kb']:.3f} ms per 2 KB"
    )
    print(
        f"anchors/entry {result['anchors_per_entry']:.1f}, "
        f"persisted entry {result['persisted_bytes_per_entry']:.0f} B"
    )
    if "memory" in result:
        mem = result["memory"]
        print(
            f"index memory at {mem['articles']:,} articles: {mem['index_bytes'] / 2**20:.0f} MiB, "
            f"{mem['bytes_per_article']:.0f} B/article ({mem['anchors_per_article']:.1f} anchors/article)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="JSONL of {id,title,body}; default: generated")
    parser.add_argument("--limit", type=int, help="use at most N articles of the corpus")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--holdout", type=float, default=0.2, help="share never indexed (default 0.2)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=int, default=100_000, help="articles for the memory run (0: skip)")
    parser.add_argument("--verbose", action="store_true", help="list flagged negatives")
    parser.add_argument(
        "--backfill", action="store_true", help="also: the 30-day backfill, date order vs shuffled"
    )
    args = parser.parse_args(argv)

    if args.corpus:
        articles = load_corpus(args.corpus, args.limit)
        source = str(args.corpus)
    else:
        articles = generated_corpus(args.limit or 2000)
        source = "generated"
    result = {
        "corpus": source,
        "articles": len(articles),
        **run(articles, args.holdout, args.seed, args.verbose),
    }
    if args.scale:
        result["memory"] = measure_memory(args.scale, args.seed)
    if args.backfill:
        result["backfill"] = backfill(articles, args.holdout, args.seed)
    print_table(result)
    if args.backfill:
        print_backfill(result["backfill"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
