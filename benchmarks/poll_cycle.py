"""One poll cycle over 500 feeds × 20 entries on local outlets: time against the politeness floor,
CPU, peak memory, and the politeness the outlets observed.

    .venv/bin/python benchmarks/poll_cycle.py [--feeds 500] [--entries 20] [--hosts 50] [--gap 0.05]
        [--page-bytes 50000] [--json OUT]

The outlets run in a separate process (``--serve``), ``--hosts`` ports on 127.0.0.1, each serving
its share of the RSS feeds, its robots.txt and one ~``--page-bytes`` article page per entry
(benchmarks/pages.py). The poller runs here, exactly as `wirestream poll` does minus Kafka: the
records go to an outbox that counts them (the broker is measured by benchmarks/throughput.py).

Measured in the same run:

* the politeness floor — the busiest host's requests × ``--gap``: no polite poller can be faster;
* the first cycle (every entry new: feed, robots.txt, every page fetched and extracted);
* a second cycle (every feed answers 304: what an idle cycle costs);
* peak RSS of the poller process, and what the outlets saw: the most requests in flight at once per
  host (must be 1) and the shortest gap between two requests to one host (must be ≥ ``--gap``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import orjson
import pages
from aiohttp import web

from streams.feeds.http import HttpPolicy, PoliteClient
from streams.feeds.poller import Outbox, Poller
from streams.feeds.sources import FeedSource
from streams.feeds.state import PollState

ROOT = Path(__file__).resolve().parent.parent
DISTINCT_PAGES = 40


class CountingOutbox(Outbox):
    """Counts what would go to Kafka; keeps nothing (memory is the poller's own)."""

    def __init__(self) -> None:
        self.articles = self.dead_letters = self.states = 0

    async def article(self, key: bytes, value: bytes) -> None:
        self.articles += 1

    async def dead_letter(self, key: bytes | None, value: bytes) -> None:
        self.dead_letters += 1

    async def state(self, key: bytes, value: bytes | None) -> None:
        self.states += 1


# --- the outlets (a separate process) -------------------------------------------------------------


def serve(hosts: int, feeds_per_host: int, entries: int, page_bytes: int) -> None:
    """Serve the outlets; print the ports as one JSON line; report politeness at GET /stats."""
    page_html = [pages.news_page(n, page_bytes)[0].encode() for n in range(DISTINCT_PAGES)]
    modified = format_datetime(datetime(2026, 3, 2, tzinfo=UTC), usegmt=True)
    stats: dict[int, dict] = defaultdict(
        lambda: {"requests": 0, "in_flight": 0, "most": 0, "gap": 1e9, "last": None}
    )

    def feed(port: int, number: int) -> bytes:
        items = "".join(
            f"<item><title>Story {number}-{j} from outlet {port}</title>"
            f"<link>http://127.0.0.1:{port}/news/{number}-{j}?utm_source=rss</link>"
            f"<pubDate>Mon, 02 Mar 2026 10:{j:02d}:00 GMT</pubDate>"
            f"<description>Story {j}.</description></item>"
            for j in range(entries)
        )
        channel = f"<channel><title>F{number}</title>{items}</channel>"
        return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()

    def app_for(port_box: list[int]) -> web.Application:
        async def handle(request: web.Request) -> web.Response:
            port = port_box[0]
            seen = stats[port]
            now = time.monotonic()
            if seen["last"] is not None and seen["in_flight"] == 0:
                seen["gap"] = min(seen["gap"], now - seen["last"])
            seen["requests"] += 1
            seen["in_flight"] += 1
            seen["most"] = max(seen["most"], seen["in_flight"])
            try:
                path = request.path
                if path == "/robots.txt":
                    return web.Response(text="User-agent: *\nAllow: /\n")
                if path.startswith("/feed-"):
                    if request.headers.get("If-Modified-Since") == modified:
                        return web.Response(status=304)
                    body = feed(port, int(path[6:].split(".")[0]))
                    return web.Response(
                        body=body, content_type="application/rss+xml", headers={"Last-Modified": modified}
                    )
                if path.startswith("/news/"):
                    number = hash(path) % DISTINCT_PAGES
                    return web.Response(body=page_html[number], content_type="text/html", charset="utf-8")
                raise web.HTTPNotFound()
            finally:
                seen["in_flight"] -= 1
                seen["last"] = time.monotonic()

        app = web.Application()
        app.router.add_get("/{path:.*}", handle)
        return app

    async def main() -> None:
        ports = []
        for _ in range(hosts):
            box = [0]
            runner = web.AppRunner(app_for(box), access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            box[0] = runner.addresses[0][1]
            ports.append(box[0])
        control = web.Application()

        async def report(_request: web.Request) -> web.Response:
            return web.json_response(
                {str(port): {k: v for k, v in s.items() if k != "last"} for port, s in stats.items()}
            )

        async def reset(_request: web.Request) -> web.Response:
            stats.clear()
            return web.json_response({})

        control.router.add_get("/stats", report)
        control.router.add_get("/reset", reset)
        runner = web.AppRunner(control, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        print(json.dumps({"ports": ports, "control": runner.addresses[0][1]}), flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# --- the poller (this process) ---------------------------------------------------------------------


async def control(port: int, path: str) -> dict:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as response:
        return await response.json()


async def measure(args: argparse.Namespace, ports: list[int], control_port: int) -> dict:
    feeds_per_host = args.feeds // len(ports)
    sources = [
        FeedSource(f"http://127.0.0.1:{port}/feed-{number}.xml")
        for port in ports
        for number in range(feeds_per_host)
    ]
    policy = HttpPolicy(host_gap=args.gap, read_timeout=30.0, max_bytes=5 * 1024 * 1024)
    outbox = CountingOutbox()
    results = {}
    async with PoliteClient(policy) as client:
        poller = Poller(client, PollState(), outbox, concurrency=args.concurrency)
        for name in ("first cycle", "second cycle (304)"):
            await control(control_port, "/reset")
            cpu, wall = time.process_time(), time.monotonic()
            reports = await poller.poll_cycle(sources)
            wall, cpu = time.monotonic() - wall, time.process_time() - cpu
            seen = await control(control_port, "/stats")
            busiest = max(host["requests"] for host in seen.values())
            results[name] = {
                "wall_s": wall,
                "cpu_s": cpu,
                "requests": sum(host["requests"] for host in seen.values()),
                "busiest_host_requests": busiest,
                "floor_s": (busiest - 1) * args.gap,
                "most_in_flight_per_host": max(host["most"] for host in seen.values()),
                "shortest_gap_s": min(host["gap"] for host in seen.values()),
                "new": sum(r.new for r in reports),
                "unchanged": sum(r.unchanged for r in reports),
                "errors": sum(r.errors for r in reports),
                "not_modified": sum(r.status == "not_modified" for r in reports),
            }
    results["articles_sent"] = outbox.articles
    results["dead_letters"] = outbox.dead_letters
    results["state_records"] = outbox.states
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--gap", type=float, default=0.05, help="seconds between requests to one host")
    parser.add_argument("--page-bytes", type=int, default=50_000)
    parser.add_argument("--concurrency", type=int, default=32, help="feeds polled at once")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "poll_cycle.json")
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, args.feeds // args.hosts, args.entries, args.page_bytes)
        return

    command = [sys.executable, __file__, "--serve", "--hosts", str(args.hosts), "--feeds", str(args.feeds),
               "--entries", str(args.entries), "--page-bytes", str(args.page_bytes)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        ready = json.loads(server.stdout.readline())
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results = asyncio.run(measure(args, ready["ports"], ready["control"]))
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        server.terminate()
        server.wait(10)

    entries = (args.feeds // args.hosts) * args.hosts * args.entries
    print(
        f"{(args.feeds // args.hosts) * args.hosts} feeds × {args.entries} entries on {args.hosts} hosts, "
        f"gap {args.gap}s per host, pages {args.page_bytes / 1000:.0f} KB"
    )
    print(f"{'cycle':<22}{'wall s':>8}{'floor s':>9}{'× floor':>9}{'CPU s':>8}{'requests':>10}"
          f"{'in flight/host':>16}{'min gap s':>11}")  # fmt: skip
    for name in ("first cycle", "second cycle (304)"):
        row = results[name]
        ratio = row["wall_s"] / row["floor_s"] if row["floor_s"] else float("nan")
        print(
            f"{name:<22}{row['wall_s']:>8.1f}{row['floor_s']:>9.1f}{ratio:>9.2f}{row['cpu_s']:>8.1f}"
            f"{row['requests']:>10,}{row['most_in_flight_per_host']:>16}{row['shortest_gap_s']:>11.3f}"
        )
    first = results["first cycle"]
    print(
        f"entries {entries:,}: new {first['new']:,}, errors {first['errors']}; second cycle: "
        f"{results['second cycle (304)']['not_modified']} feeds not modified, "
        f"{results['second cycle (304)']['new']} new; sent {results['articles_sent']:,}"
    )
    print(f"CPU per entry (first cycle): {first['cpu_s'] / max(1, first['new']) * 1000:.2f} ms")
    print(f"peak RSS of the poller: {peak_mib:.0f} MiB (before the cycles: {rss_before:.0f} MiB)")
    polite = all(
        results[n]["most_in_flight_per_host"] == 1 and results[n]["shortest_gap_s"] >= args.gap * 0.95
        for n in ("first cycle", "second cycle (304)")
    )
    print(f"politeness kept (one request at a time per host, gaps ≥ {args.gap}s): {polite}")
    load = os.getloadavg()[0]
    print(f"load average during the run: {load:.1f} on {os.cpu_count()} cores (wall time: only idle)")
    results.update(
        feeds=args.feeds, entries_per_feed=args.entries, hosts=args.hosts, gap_s=args.gap,
        page_bytes=args.page_bytes, peak_rss_mib=peak_mib, rss_before_mib=rss_before, polite=polite,
        load_average=load,
    )  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
