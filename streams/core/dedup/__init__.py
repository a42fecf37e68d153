"""Near-duplicate wire-story detection: the pure core (no Kafka, no asyncio).

>>> fp = fingerprint(title, body, language)
>>> verdict, entry = index.judge(article_id, fp, event_time, received_at)

See docs/dedup.md for what is caught, how it is decided and what it costs.
"""

from .fingerprint import Fingerprint, fingerprint
from .index import IndexEntry, Judged, StoryIndex, Verdict

__all__ = ["Fingerprint", "IndexEntry", "Judged", "StoryIndex", "Verdict", "fingerprint"]
