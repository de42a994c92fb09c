// The TimelineJS export rendered by TimelineJS 3 itself, in headless Chromium: one slide per event
// and the title slide, every date as the source wrote it, no marker hidden under another, and no
// errors in the console. Needs Debian's chromium (.ci/run installs it); skipped, and says so, without.
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import { test } from "node:test";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const timelinejs = new URL("../node_modules/@knight-lab/timelinejs/dist/", import.meta.url);
const exported = new URL("../../json/src/test/resources/exports/timeline.timelinejs.json", import.meta.url);

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css"></head>
<body><div id="timeline" style="width: 1200px; height: 650px"></div>
<script src="/tl/js/timeline.js"></script>
<script>
  fetch("/data.json").then((r) => r.json()).then((data) => {
    // the page's own fonts: TimelineJS's default would fetch them from its CDN and Google's
    window.timeline = new TL.Timeline("timeline", data, { hash_bookmark: false, font: "/fonts.css" });
    window.timeline.on("loaded", () => { window.loaded = true; });
  });
</script></body></html>`;

function serve() {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    let body;
    let type = "text/html";
    if (path === "/") {
      body = PAGE;
    } else if (path === "/fonts.css") {
      body = "/* the system's fonts */";
      type = "text/css";
    } else if (path === "/data.json") {
      body = fs.readFileSync(exported);
      type = "application/json";
    } else if (path.startsWith("/tl/") && !path.includes("..")) {
      const file = new URL(path.substring(4), timelinejs);
      if (!fs.existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      body = fs.readFileSync(file);
      type = path.endsWith(".css") ? "text/css" : path.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": type }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const missing = fs.existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; .ci/run installs it)`;

test("TimelineJS 3 renders the seed timeline export as written", { skip: missing, timeout: 120_000 }, async () => {
  const data = JSON.parse(fs.readFileSync(exported, "utf8"));
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.loaded === true, null, { timeout: 60_000 });

    // one slide per event, and the title slide
    const slides = await page.locator(".tl-slide").count();
    assert.equal(slides, data.events.length + 1);

    // every date shown as the source wrote it: TimelineJS shows display_date on the slide
    const dates = await page.locator(".tl-slide .tl-headline-date").allTextContents();
    for (const event of data.events) {
      assert.ok(dates.includes(event.display_date), `"${event.display_date}" is shown; shown: ${JSON.stringify(dates)}`);
    }

    // no marker covers another in the timeline bar, once the bar has laid them out and stopped moving
    const measure = () =>
      page.locator(".tl-timemarker").evaluateAll((markers) =>
        markers.map((m) => {
          const r = m.querySelector(".tl-timemarker-content-container").getBoundingClientRect();
          return { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) };
        }),
      );
    let boxes = await measure();
    for (let tries = 0; tries < 50; tries++) {
      await page.waitForTimeout(200);
      const again = await measure();
      const spread = new Set(again.map((b) => b.left)).size > 1;
      if (spread && JSON.stringify(again) === JSON.stringify(boxes)) break;
      boxes = again;
    }
    assert.equal(boxes.length, data.events.length);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        // in one row, the later marker must leave the start of the earlier one's title showing
        const covers = a.top === b.top && Math.abs(a.left - b.left) < a.width / 3;
        assert.ok(!covers, `markers ${i} and ${j} cover each other: ${JSON.stringify(a)} ${JSON.stringify(b)}`);
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
