import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from './static-server.js';

/** packages/playground */
export const PLAYGROUND = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(PLAYGROUND, 'dist');

/** The system Chromium (Debian's `chromium` package), or `CHROMIUM_PATH`; undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

function newestSource(dir: string): number {
  return readdirSync(dir).reduce((newest, entry) => {
    const path = join(dir, entry);
    const stat = statSync(path);
    return Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
  }, 0);
}

/** Builds the playground into dist/ when it is missing or older than its sources or those of the packages it uses. */
export async function ensureBuilt(): Promise<void> {
  const index = join(DIST, 'index.html');
  const sourceDirs = [
    'playground/src',
    'language/src',
    'language-service/src',
    'automata/src',
    'compiler/src',
    'runtime/src',
    'figures/src',
  ];
  const sources = Math.max(
    ...sourceDirs.map((dir) => newestSource(join(PLAYGROUND, '..', dir))),
    newestSource(join(PLAYGROUND, '..', '..', 'samples')),
    statSync(join(PLAYGROUND, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ root: PLAYGROUND, configFile: join(PLAYGROUND, 'vite.config.ts'), logLevel: 'error' });
}

export interface Session {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Console errors and uncaught exceptions of every page opened, as `url: text`. */
  readonly errors: string[];
  /** Opens `path` (relative to the served dist) at the given viewport and waits for the first render. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 and starts headless Chromium from `executablePath` (never downloads one). */
export async function startSession(executablePath: string): Promise<Session> {
  const server = await serveStatic(DIST);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const errors: string[] = [];
  return {
    browser,
    server,
    errors,
    async open(path = 'index.html', viewport = { width: 1280, height: 800 }) {
      const page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
      await page.setViewport(viewport);
      await page.goto(new URL(path, server.url).href);
      await page.waitForFunction(() => performance.getEntriesByName('first-useful-render').length > 0);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The middle of `word`'s first occurrence on the editor's first line that starts with `line`, in page coordinates. */
export async function wordInEditor(page: Page, line: string, word: string): Promise<{ x: number; y: number }> {
  const at = await page.$$eval(
    '[data-testid="editor"] .cm-line',
    (lines, line, word) => {
      const found = lines.find((l) => (l.textContent ?? '').trim().startsWith(line));
      const index = found?.textContent?.indexOf(word) ?? -1;
      if (found === undefined || index < 0) return null;
      found.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(found, NodeFilter.SHOW_TEXT);
      let skipped = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (skipped + length > index) {
          const range = document.createRange();
          range.setStart(node, index - skipped);
          range.setEnd(node, Math.min(length, index - skipped + word.length));
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        skipped += length;
      }
      return null;
    },
    line,
    word,
  );
  if (at === null) throw new Error(`no '${word}' on a line starting with '${line}' in the editor`);
  return at;
}

/** Gzipped size of the dist file a URL of the server names. */
export function gzippedSize(url: string): number {
  const path = join(DIST, decodeURIComponent(new URL(url).pathname));
  return gzipSync(readFileSync(path), { level: 9 }).length;
}
