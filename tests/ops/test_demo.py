"""The demo's closing line (the demo itself runs in tests/ops/test_readme_flows.py on the real broker)."""

from __future__ import annotations

from streams.ops.demo import demo_summary


def test_the_closing_line_counts_the_sample_and_names_what_came_out_beyond_it():
    assert demo_summary(44, 44) == "44 of 44 sample records came out (enriched or dead-lettered)"
    assert demo_summary(30, 44).startswith("30 of 44 sample records came out")
    beyond = demo_summary(88, 44)
    assert beyond.startswith("44 of 44 sample records came out")
    assert "44 more records came out: an earlier run's" in beyond
