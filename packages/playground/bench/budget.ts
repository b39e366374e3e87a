import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ensureBuilt, findChromium, startSession } from '../src/testing/browser.js';

/**
 * `pnpm bench:playground`: the playground's load budget, measured in headless Chromium from the built files
 * served on 127.0.0.1. Each load is in a fresh browser context (cold cache). Prints, per load and as the
 * median: time from navigation to the first useful render (editor, run and verdict on screen) and to the
 * drawn diagram; and the gzipped JavaScript fetched before the first render. Budget: under 2 s and 1 MB.
 */
const LOADS = Number(process.env.LOADS ?? 7);
const chromium = findChromium();
if (chromium === undefined) {
  process.stderr.write('bench:playground: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)\n');
  process.exit(2);
}
await ensureBuilt();
const session = await startSession(chromium);
const rows: { firstRender: number; diagram: number; jsBytes: number; scripts: number }[] = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await session.browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(new URL('index.html', session.server.url).href);
    await page.waitForFunction(() => performance.getEntriesByName('diagram-drawn').length > 0, { timeout: 30_000 });
    // A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
    const figures = (await page.evaluate(`(() => {
      const firstRender = performance.getEntriesByName('first-useful-render')[0].startTime;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime <= firstRender && /\\.m?js$/.test(new URL(r.name).pathname))
        .map((r) => new URL(r.name).pathname);
      return { firstRender, diagram: performance.getEntriesByName('diagram-drawn')[0].startTime, scripts };
    })()`)) as { firstRender: number; diagram: number; scripts: string[] };
    const jsBytes = figures.scripts.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length,
      0,
    );
    rows.push({ firstRender: figures.firstRender, diagram: figures.diagram, jsBytes, scripts: figures.scripts.length });
    await context.close();
  }
} finally {
  await session.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
process.stdout.write('load  first useful render  diagram drawn  JS before first render (gzip)\n');
rows.forEach((r, i) =>
  process.stdout.write(
    `${String(i + 1).padStart(4)}  ${ms(r.firstRender).padStart(19)}  ${ms(r.diagram).padStart(13)}  ${(r.jsBytes / 1024).toFixed(0)} KiB in ${r.scripts} scripts\n`,
  ),
);
const firstRender = median(rows.map((r) => r.firstRender));
const jsBytes = Math.max(...rows.map((r) => r.jsBytes));
process.stdout.write(
  `median first useful render ${ms(firstRender)} (budget 2000 ms), diagram ${ms(median(rows.map((r) => r.diagram)))}; ` +
    `JS before first render ${(jsBytes / 1024).toFixed(0)} KiB gzipped (budget 1024 KiB)\n`,
);
