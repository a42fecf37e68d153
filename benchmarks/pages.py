"""News pages of a realistic size and shape for the poller's benchmarks (text written for the project).

A page is what a publisher serves around ~5 KB of article: a head with meta tags, inline CSS and
scripts and JSON-LD, a mega-menu, the article with a figure, a share bar, "related" teaser cards,
reader comments and a link-heavy footer — about 100 KB in all, like a typical news article page.
"""

from __future__ import annotations

import random
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.feeds.newsroom import STORIES, Story  # noqa: E402

WORDS = (
    "harbour council ferry mayor river storm budget school hospital bridge railway minister election "
    "farmers market village museum festival police court winter summer tunnel airport station teachers "
    "nurses workers union strike agreement report inquiry plan vote funding repairs flood drought harvest "
    "prices energy wind solar grid mountain valley coast island fishing fleet cargo shipment delay opening"
).split()


def sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) for _ in range(words)]
    return (" ".join(picked)).capitalize() + "."


def story_for(number: int) -> Story:
    """One of the newsroom's stories, lengthened to ~5 KB with generated paragraphs (reproducible)."""
    rng = random.Random(number)
    base = list(STORIES.values())[number % len(STORIES)]
    extra = tuple(" ".join(sentence(rng, rng.randint(12, 22)) for _ in range(4)) for _ in range(8))
    return Story(
        f"{base.slug}-{number}", base.title, base.author, base.published_at, (*base.paragraphs, *extra)
    )


def news_page(
    number: int, target_bytes: int = 100_000, outlet: str = "Harbour News", *, padding: str = "script"
) -> tuple[str, Story]:
    """A page of about ``target_bytes`` around story ``number``; returns (html, story).

    ``padding`` says what fills the page beyond the article: ``script`` (inline scripts and ad
    configuration, as most publishers' pages) or ``markup`` (many more teaser cards: a DOM-heavy page,
    the harder case for an extractor).
    """
    rng = random.Random(10_000 + number)
    cards = 24 if padding == "script" else 24 + max(0, (target_bytes - 30_000) // 260)
    story = story_for(number)
    menu = "".join(
        f'<li class="menu-section"><a href="/section/{s}">{s.title()}</a><ul>'
        + "".join(f'<li><a href="/section/{s}/{t}">{t.title()}</a></li>' for t in rng.sample(WORDS, 12))
        + "</ul></li>"
        for s in rng.sample(WORDS, 12)
    )
    teasers = "".join(
        f'<div class="card"><a href="/news/{rng.choice(WORDS)}-{i}"><img src="/img/{i}.jpg" alt="">'
        f"<h3>{escape(sentence(rng, 7))}</h3></a><p>{escape(sentence(rng, 14))}</p>"
        f'<span class="time">{rng.randint(1, 59)} minutes ago</span></div>'
        for i in range(cards)
    )
    comments = "".join(
        f'<div class="comment"><span class="user">reader{i}</span><p>{escape(sentence(rng, 16))}</p>'
        f'<a href="#reply">Reply</a> <a href="#report">Report</a></div>'
        for i in range(8)
    )
    footer = "".join(f'<li><a href="/about/{w}">{w.title()}</a></li>' for w in rng.sample(WORDS, 40))
    paragraphs = "".join(f"<p>{escape(p)}</p>\n" for p in story.paragraphs)
    css = "".join(f".c{i} {{ margin: {i % 7}px; color: #{i * 2371 % 0xFFFFFF:06x}; }}\n" for i in range(300))
    head = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(story.title)} | {outlet}</title>
<link rel="canonical" href="https://harbour.example/news/{story.slug}">
<meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{escape(story.title)}">
<meta property="article:published_time" content="{story.published_at}">
<meta name="author" content="{story.author}">
<style>{css}</style>"""
    body = f"""</head><body><div class="cookie">We use cookies. Accept all cookies</div>
<header><nav><ul>{menu}</ul></nav></header><main><article><h1>{escape(story.title)}</h1>
<p class="byline">By {story.author}</p><figure><img src="/img/lead.jpg" alt=""><figcaption>The harbour in
winter.</figcaption></figure>{paragraphs}</article><div class="share">Share this article</div>
<aside class="related"><h2>More from {outlet}</h2>{teasers}</aside><section class="comments">{comments}
</section></main><footer><ul>{footer}</ul><p>&copy; 2026 {outlet}. All rights reserved.</p></footer>"""
    script_bytes = max(0, target_bytes - len(head) - len(body) - 40)
    script = "".join(
        f'window.cfg{i} = {{"slot": "{rng.choice(WORDS)}-{i}", "size": [{i % 300}, {i % 250}]}};\n'
        for i in range(script_bytes // 60 + 1)
    )[:script_bytes]
    return f"{head}<script>{script}</script>{body}</body></html>", story
