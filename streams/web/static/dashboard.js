// wirestream live dashboard: polls /dashboard/data.json every second and redraws. No dependencies.
"use strict";
(function () {
  const POLL_MS = 1000;
  const $ = (id) => document.getElementById(id);
  const fmt = (n) => Number(n || 0).toLocaleString("en-US");
  const rate = (n) => `${Number(n || 0).toFixed(1)}/s`;

  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  function duration(seconds) {
    seconds = Math.floor(seconds || 0);
    if (seconds < 60) return `${seconds}s`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
    return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
  }

  function when(iso) {
    if (!iso) return "–";
    return esc(String(iso).replace("T", " ").replace(/(\d\d:\d\d):\d\d(\.\d+)?/, "$1").replace("Z", " UTC"));
  }

  // An inline SVG line chart of one or more series sharing a y scale.
  function sparkline(series, colors, width, height, fill) {
    const max = Math.max(1, ...series.flat());
    const n = Math.max(2, ...series.map((s) => s.length));
    const x = (i) => (i / (n - 1)) * width;
    const y = (v) => height - 2 - (v / max) * (height - 4);
    let body = "";
    series.forEach((values, k) => {
      if (!values.length) return;
      const pts = values.map((v, i) => `${x(i + n - values.length).toFixed(1)},${y(v).toFixed(1)}`);
      if (fill) {
        body += `<polygon points="${x(n - values.length)},${height} ${pts.join(" ")} ${width},${height}"` +
          ` fill="${colors[k]}" fill-opacity="0.12"/>`;
      }
      body += `<polyline points="${pts.join(" ")}" fill="none" stroke="${colors[k]}" stroke-width="1.6"` +
        ` vector-effect="non-scaling-stroke"/>`;
    });
    return `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img">` +
      `<title>max ${fmt(max)}</title>${body}</svg>`;
  }

  function show(id, rowsHtml, emptyId) {
    const target = $(id).tagName === "TABLE" ? $(id).querySelector("tbody") : $(id);
    target.innerHTML = rowsHtml;
    $(emptyId).classList.toggle("hidden", rowsHtml !== "");
  }

  function render(d) {
    const t = d.totals;
    $("worker").textContent = d.worker;
    $("app-id").textContent = d.app_id || "–";
    $("uptime").textContent = duration(d.uptime_seconds);
    $("window").textContent = Math.round(d.window_seconds / 60);
    document.querySelectorAll(".window-min").forEach((e) => (e.textContent = Math.round(d.window_seconds / 60)));
    $("total-consumed").textContent = fmt(t.consumed);
    $("total-enriched").textContent = fmt(t.enriched);
    $("total-originals").textContent = fmt(t.originals);
    $("total-duplicates").textContent = fmt(t.duplicates);
    $("total-claims").textContent = fmt(t.claims);
    $("total-unchecked").textContent = fmt(t.unchecked);
    $("unchecked-why").textContent =
      (d.unchecked || []).map((u) => `${u.reason} ${fmt(u.count)}`).join(", ") || `${fmt(t.updates)} updates`;
    $("total-dlq").textContent = fmt(t.dead_lettered);
    $("rate-consumed").textContent = rate(d.rates.consumed_per_s);
    $("rate-enriched").textContent = rate(d.rates.enriched_per_s);
    $("rate-dlq").textContent = rate(d.rates.dead_lettered_per_s);
    $("dup-share").textContent = t.enriched ? `${Math.round((100 * t.duplicates) / t.enriched)}% of enriched` : "–";
    $("claims-per").textContent = t.enriched ? `${(t.claims / t.enriched).toFixed(1)} per article` : "–";

    const th = d.throughput;
    $("throughput").innerHTML = sparkline(
      [th.consumed, th.enriched, th.dead_lettered], ["#3867d6", "#20a26b", "#d64545"], 600, 110, true);

    show("lag", d.lag.map((p) =>
      `<tr><td>${esc(p.topic)}[${p.partition}]</td><td class="spark">${sparkline([p.history], ["#3867d6"], 160, 22, true)}</td>` +
      `<td class="num lag-value">${fmt(p.lag)}</td></tr>`).join(""), "lag-empty");

    const most = Math.max(1, ...d.languages.map((l) => l.count));
    show("languages", d.languages.map((l) =>
      `<div class="bar-row"><span class="lang">${esc(l.code)}</span>` +
      `<div><div class="bar" style="width:${(100 * l.count / most).toFixed(1)}%"></div></div>` +
      `<span class="num">${fmt(l.count)}</span></div>`).join(""), "languages-empty");

    show("stories", d.stories.map((s) =>
      `<tr class="story"><td><span class="lang">${esc(s.language)}</span><span class="story-title">${esc(s.title || s.story_id)}</span></td>` +
      `<td class="num copies">${fmt(s.copies)}</td>` +
      `<td class="sources">${esc(s.sources.join(", "))}</td>` +
      `<td>${esc(s.first_source)}</td><td class="nowrap">${when(s.first_seen_at)}</td></tr>`).join(""), "stories-empty");

    show("claims", d.claims.map((c) =>
      `<li class="claim"><span class="quote">“${esc(c.text)}”</span><div class="who">— <b>${esc(c.speaker)}</b>` +
      `${c.speaker_role ? ", " + esc(c.speaker_role) : ""} (${esc(c.cue)}) · ${esc(c.source || "unknown")}</div></li>`).join(""),
      "claims-empty");

    show("dlq", d.dlq.map((r) =>
      `<tr><td>${esc(r.code)}</td><td>${esc(r.stage)}</td><td class="num">${fmt(r.count)}</td></tr>`).join(""),
      "dlq-empty");

    $("updated").textContent = new Date(d.now * 1000).toLocaleTimeString("en-GB");
  }

  async function poll() {
    try {
      const response = await fetch("/dashboard/data.json", { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      render(await response.json());
      document.body.dataset.state = "live";
      $("status").textContent = "live";
    } catch (error) {
      document.body.dataset.state = "stale";
      $("status").textContent = "disconnected";
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }
  poll();
})();
