"""GC pauses with a large dedup index: the longest full collection, and memory per indexed article.

    .venv/bin/python benchmarks/gc_pause.py [--articles 1000000] [--build restore|judge] [--judge 20000]
        [--json results/gc_pause.json]

One process, set up as the worker is (`freeze_startup_heap`: langdetect's profiles loaded and frozen),
then:

1. *baseline*: full collections (``gc.collect()``) timed with an empty index;
2. *build*: ``--articles`` generated fingerprints go into one :class:`StoryIndex` — ``restore`` (as a
   worker's ``reload`` after a restart, default) or ``judge`` (as arriving articles; slower to build) —
   25 % of them copies of a recent article (most of its anchors, a few of its own), the rest new
   stories, event times spread evenly over the 72 h window;
3. *at scale*: full collections timed again; GC-tracked objects and RSS per indexed article;
4. *judging*: ``--judge`` more articles are judged (eviction runs as time moves on) with a
   ``gc.callbacks`` hook timing every collection the interpreter starts by itself: the longest pause
   per generation.

Pauses are reported as wall time and as process CPU time (on a busy machine the wall time includes
time the process was not running). Fingerprints are generated, not computed from text: the index only
ever sees anchors, content hashes and times, and this keeps the build at a few minutes.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from streams.core.dedup import Fingerprint, IndexEntry, StoryIndex
from streams.shell.app import freeze_startup_heap

WINDOW = 72 * 3600.0
ANCHORS = 45  # a ~2 KB article sampled 1 in 8 (see streams/core/dedup/fingerprint.py)
COPY_SHARE = 0.25
RECENT = 5_000  # copies pick their original among the last RECENT articles
START = 1_800_000_000.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tracked_objects() -> int:
    return len(gc.get_objects())


def timed_collections(times: int = 3) -> dict[str, float]:
    """The slowest of ``times`` full collections, wall and CPU milliseconds."""
    wall, cpu = [], []
    for _ in range(times):
        w, c = time.perf_counter(), time.process_time()
        gc.collect()
        cpu.append(1000 * (time.process_time() - c))
        wall.append(1000 * (time.perf_counter() - w))
    return {"max_wall_ms": round(max(wall), 1), "max_cpu_ms": round(max(cpu), 1), "runs": times}


class Articles:
    """Generated fingerprints: new stories and copies of recent ones (reproducible from a seed)."""

    def __init__(self, count: int, seed: int = 15) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.recent: list[tuple[str, tuple[int, ...]]] = []  # (story id, anchors) of recent articles
        self.number = 0

    def _anchors(self, n: int) -> list[int]:
        bits = self.rng.getrandbits
        return [bits(64) & ~7 for _ in range(n)]

    def next(self) -> tuple[str, str | None, Fingerprint, float]:
        """(article id, story id of the copied original or None, fingerprint, event time)."""
        number = self.number
        self.number += 1
        article_id = f"gen-{number:08d}"
        event_time = START + WINDOW * number / self.count
        story_id = None
        if self.recent and self.rng.random() < COPY_SHARE:
            story_id, original = self.recent[self.rng.randrange(len(self.recent))]
            keep = int(len(original) * 0.8)
            anchors = tuple(original[:keep]) + tuple(self._anchors(len(original) - keep))
        else:
            anchors = tuple(self._anchors(ANCHORS))
        fp = Fingerprint("en", self.rng.getrandbits(64) | 1, 8, anchors, 8 * len(anchors))
        self.recent.append((story_id or article_id, anchors))
        if len(self.recent) > RECENT:
            self.recent.pop(0)
        return article_id, story_id, fp, event_time


def build(index: StoryIndex, articles: Articles, count: int, mode: str) -> None:
    for seq in range(count):
        article_id, story_id, fp, event_time = articles.next()
        if mode == "judge":
            index.judge(article_id, fp, event_time)
            continue
        copy = story_id is not None
        index.restore(
            IndexEntry(
                article_id=article_id,
                story_id=story_id if copy else article_id,
                content_hash=fp.content_hash,
                level=fp.level,
                anchors=fp.anchors,
                event_time=event_time,
                seq=seq,
                status="duplicate" if copy else "original",
                duplicate_of=story_id,
                similarity=0.8 if copy else None,
                method="near" if copy else None,
            )
        )


def judge_with_gc_hook(index: StoryIndex, articles: Articles, count: int) -> dict:
    """Judge ``count`` articles, timing every collection the interpreter runs by itself."""
    pauses: dict[int, list[tuple[float, float]]] = defaultdict(list)
    started: list[float] = [0.0, 0.0]

    def hook(phase: str, info: dict) -> None:
        if phase == "start":
            started[0], started[1] = time.perf_counter(), time.process_time()
        else:
            pauses[info["generation"]].append(
                (1000 * (time.perf_counter() - started[0]), 1000 * (time.process_time() - started[1]))
            )

    gc.callbacks.append(hook)
    cpu = time.process_time()
    try:
        for _ in range(count):
            article_id, _story, fp, event_time = articles.next()
            index.judge(article_id, fp, event_time)
            index.evict(event_time - WINDOW)
    finally:
        gc.callbacks.remove(hook)
    cpu = time.process_time() - cpu
    return {
        "articles": count,
        "cpu_ms_per_article": round(1000 * cpu / max(count, 1), 3),
        "collections": {
            str(generation): {
                "count": len(times),
                "max_wall_ms": round(max(w for w, _ in times), 2),
                "max_cpu_ms": round(max(c for _, c in times), 2),
            }
            for generation, times in sorted(pauses.items())
        },
    }


def run(count: int, mode: str, judge: int) -> dict:
    freeze_startup_heap()  # as `wirestream worker` does before it starts
    index = StoryIndex(window_seconds=WINDOW)
    baseline = timed_collections()
    rss_before = rss_mb()
    objects_before = tracked_objects()
    articles = Articles(count + judge)
    cpu = time.process_time()
    build(index, articles, count, mode)
    build_cpu = time.process_time() - cpu
    indexed = len(index)
    gc.collect()  # what a first collection leaves tracked is what every later one scans
    rss_after = rss_mb()
    # the generator's own list of recent articles is not the index's
    objects_after = tracked_objects() - sum(map(gc.is_tracked, [articles.recent, *articles.recent]))
    at_scale = timed_collections()
    judging = judge_with_gc_hook(index, articles, judge)
    return {
        "articles": count,
        "build": mode,
        "build_cpu_s": round(build_cpu, 1),
        "indexed": indexed,
        "baseline_full_gc": baseline,
        "full_gc": at_scale,
        "tracked_objects_per_article": round((objects_after - objects_before) / count, 2),
        "rss_bytes_per_article": round((rss_after - rss_before) * 1024 * 1024 / count),
        "rss_mb": round(rss_after, 1),
        "judging": judging,
    }


def print_table(result: dict) -> None:
    base, full = result["baseline_full_gc"], result["full_gc"]
    print(f"dedup index: {result['indexed']:,} articles ({result['build']}, {result['build_cpu_s']} CPU s)")
    print(f"{'':<34} {'wall ms':>8} {'CPU ms':>8}")
    print(f"{'full gc.collect(), empty index':<34} {base['max_wall_ms']:>8.1f} {base['max_cpu_ms']:>8.1f}")
    print(f"{'full gc.collect(), at scale':<34} {full['max_wall_ms']:>8.1f} {full['max_cpu_ms']:>8.1f}")
    for generation, row in result["judging"]["collections"].items():
        label = f"automatic gen {generation} (x{row['count']})"
        print(f"{label:<34} {row['max_wall_ms']:>8.1f} {row['max_cpu_ms']:>8.1f}")
    print(
        f"GC-tracked objects per indexed article: {result['tracked_objects_per_article']}; "
        f"RSS per indexed article: {result['rss_bytes_per_article']} bytes ({result['rss_mb']:.0f} MB); "
        f"judging {result['judging']['cpu_ms_per_article']} CPU ms per article"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1_000_000, help="indexed articles")
    parser.add_argument("--build", choices=("restore", "judge"), default="restore")
    parser.add_argument("--judge", type=int, default=20_000, help="articles judged afterwards (GC hook)")
    parser.add_argument(
        "--json", type=Path, help="write the result here (default results/gc_pause-<time>.json)"
    )
    args = parser.parse_args(argv)
    result = run(args.articles, args.build, args.judge)
    print_table(result)
    out = args.json or Path("results") / f"gc_pause-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
