import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, findChromium, startSession, wordInEditor } from '../src/testing/browser.js';

/**
 * `pnpm gen:screenshots`: screenshots of the playground's main views into docs/, taken in headless Chromium
 * from the built files: stepping the family tree (light and dark, desktop and phone), a verified network,
 * a sequence's recall heatmap, and the editor offering the quick fix of a misspelt symbol.
 */
const docs = fileURLToPath(new URL('../../../docs/', import.meta.url));
const chromium = findChromium();
if (chromium === undefined) {
  process.stderr.write('gen:screenshots: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)\n');
  process.exit(2);
}
await ensureBuilt();
const session = await startSession(chromium);
try {
  const page = await session.open();
  await page.waitForSelector('[data-testid="diagram"] svg .node');
  await page.click('[data-testid="step-next"]');
  await page.click('[data-testid="step-next"]');
  // Show the automaton's declaration rather than the file's opening comment.
  await page.evaluate(() => {
    const scroller = document.querySelector('.cm-scroller')!;
    const line = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent?.startsWith('dfa '));
    if (line) scroller.scrollTop = (line as HTMLElement).offsetTop - 8;
  });
  await page.screenshot({ path: `${docs}playground.png` });

  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.screenshot({ path: `${docs}playground-dark.png` });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));

  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.click('[data-testid="verify"]');
  await page.waitForSelector('[data-testid="verify-verdict"]', { timeout: 120_000 });
  const verify = await page.$('[data-testid="verify-report"]');
  await verify!.evaluate((e) => e.closest('details')!.scrollIntoView());
  await page.screenshot({ path: `${docs}playground-verify.png` });
  await page.close();

  const phone = await session.open('index.html', { width: 390, height: 844 });
  await phone.waitForSelector('[data-testid="diagram"] svg .node');
  await phone.click('[data-testid="step-next"]');
  await phone.evaluate(() => document.querySelector('[data-testid="word-input"]')!.scrollIntoView());
  await phone.screenshot({ path: `${docs}playground-phone.png` });
  await phone.close();

  const sequences = await session.open();
  await sequences.select('select[aria-label="samples"]', 'sequences.fsa');
  await sequences.waitForSelector('[data-testid="recall-heatmap"] svg', { timeout: 60_000 });
  await sequences.click('[data-testid="modes"]');
  await sequences.waitForSelector('[data-testid="modes-chart"] svg', { timeout: 120_000 });
  await sequences.screenshot({ path: `${docs}playground-sequence.png`, fullPage: true });
  await sequences.close();
  const source = readFileSync(new URL('../../../samples/turnstile.fsa', import.meta.url), 'utf8');
  const typo = source.replace('locked -> locked on push', 'locked -> locked on psuh');
  const editor = await session.open(`index.html#src=${Buffer.from(typo).toString('base64url')}&input=coin`);
  await editor.waitForSelector('.cm-lintRange-error');
  const { x, y } = await wordInEditor(editor, 'locked -> locked', 'psuh');
  await editor.mouse.move(x, y);
  await editor.waitForSelector('.cm-tooltip-lint .cm-diagnosticAction');
  await editor.screenshot({ path: `${docs}playground-editor.png`, clip: { x: 0, y: 0, width: 900, height: 480 } });
  await editor.close();
  if (session.errors.length > 0) throw new Error(`console errors:\n${session.errors.join('\n')}`);
} finally {
  await session.close();
}
