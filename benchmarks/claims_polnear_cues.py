"""Learn the English cue verbs of `streams/core/claims/cue_verbs.py` from PolNeAR train.

    .venv/bin/python benchmarks/claims_polnear_cues.py --data ../shared/data/polnear-attributions-dev.jsonl
        [--min-count 2] [--write]

Counts the one-word cues of the gold speech attributions of the ``train`` split (never ``dev``) and
keeps the verb forms seen at least ``--min-count`` times.  ``--write`` regenerates the module (a list
of common English verb forms: no text of the corpus); without it, prints the list and whether the
module is up to date (exit 1 when it is not).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "streams" / "core" / "claims" / "cue_verbs.py"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear-attributions-dev.jsonl"
WORD = re.compile(r"[A-Za-z]+")
# cue words that are no verb of speech (prepositions, auxiliaries and nouns of the labelled cues)
NOT_VERBS = frozenset(
    """according to said says say told tells the a an of in on for with as that this it his her their
    is was are were be been has have had do does did will would could should may might can must not
    just also then still even only now statement interview letter message news""".split()
)
# a verb form, not a noun or a preposition: inflected, or one of the irregular past tenses
INFLECTED = ("ed", "es", "s", "ing")
IRREGULAR = frozenset("wrote read thought began spoke swore".split())


def learn(path: Path, min_count: int) -> list[str]:
    counts: Counter = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["split"] != "train":
                continue
            for gold in article["attributions"]:
                words = WORD.findall(gold["cue"])
                if gold["speech"] and len(words) == 1:
                    counts[words[0].lower()] += 1
    return sorted(
        w
        for w, n in counts.items()
        if n >= min_count and w not in NOT_VERBS and len(w) > 3 and (w.endswith(INFLECTED) or w in IRREGULAR)
    )


def render(words: list[str], min_count: int) -> str:
    lines, line = [], "    "
    for word in words:
        if len(line) + len(word) + 1 > 100:
            lines.append(line.rstrip())
            line = "    "
        line += word + " "
    lines.append(line.rstrip())
    body = "\n".join(lines)
    return (
        '"""English cue verbs learned from PolNeAR train (generated: benchmarks/claims_polnear_cues.py,\n'
        f"one-word cues of gold speech attributions seen at least {min_count} times).  "
        'Do not edit by hand."""\n\n'
        "LEARNED_CUE_VERBS = frozenset(\n"
        '    """\n'
        f"{body}\n"
        '    """.split()\n'
        ")\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("WIRESTREAM_POLNEAR", DEFAULT_DATA)))
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"PolNeAR data not found: {args.data} (--data or WIRESTREAM_POLNEAR)", file=sys.stderr)
        return 2
    words = learn(args.data, args.min_count)
    text = render(words, args.min_count)
    if args.write:
        MODULE.write_text(text, encoding="utf-8")
        print(f"wrote {MODULE} ({len(words)} verb forms)")
        return 0
    print(" ".join(words))
    same = MODULE.exists() and MODULE.read_text(encoding="utf-8") == text
    print(f"{len(words)} verb forms; module {'up to date' if same else 'STALE'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
