import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAutomatonSpec } from '@cdam/compiler';
import { checkSource, toAutomatonJson, toJflap } from '@cdam/language';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  ensureBuilt,
  findChromium,
  gzippedSize,
  PLAYGROUND,
  startSession,
  wordInEditor,
  type Session,
} from './testing/browser.js';
import { serveStatic } from './testing/static-server.js';

/**
 * The playground in a real headless Chromium (Debian's `chromium`, started from its path by puppeteer-core;
 * no browser is downloaded), served from the built dist/ by a static server on 127.0.0.1.
 * Without Chromium the tests skip locally; under CI=true (where .ci/run installs it) they fail.
 */
const chromium = findChromium();
const ci = process.env.CI === 'true';
if (chromium === undefined && !ci) {
  console.warn(
    'playground browser tests skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)',
  );
}

const sample = (name: string) => readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8');
const text = (page: Page, id: string) => page.$eval(`[data-testid="${id}"]`, (e) => e.textContent ?? '');
const base64url = (source: string) => Buffer.from(source, 'utf8').toString('base64url');

/** The label of the highlighted state node and of the highlighted edge in the diagram. */
async function highlighted(page: Page): Promise<{ current: string[]; last: string[]; decoded: string[] }> {
  return page.$eval('[data-testid="diagram"] svg', (svg) => {
    const labels = (selector: string) =>
      [...svg.querySelectorAll(selector)].map((g) =>
        [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      );
    return { current: labels('.node.current'), last: labels('.edge.last'), decoded: labels('.node.decoded') };
  });
}

async function diagnostics(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="diagnostics"] > *', (items) => items.map((i) => i.textContent ?? ''));
}

/** A turnstile with the source's transition `locked -> locked on push` written as `extra`. */
const turnstileWith = (extra: string) => sample('turnstile.fsa').replace('locked -> locked on push', extra);

describe.skipIf(chromium === undefined && !ci)('playground in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    if (chromium === undefined) {
      throw new Error('no Chromium at /usr/bin/chromium: under CI, .ci/run installs it (apt-get install -y chromium)');
    }
    await ensureBuilt();
    session = await startSession(chromium);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('opens on a sample, draws it, and loads another sample from the menu', async () => {
    const page = await session.open();
    await page.waitForSelector('[data-testid="diagram"] svg .node');
    expect(await diagnostics(page)).toEqual([]);
    expect(await page.$eval('[data-testid="editor"]', (e) => e.textContent)).toContain('dfa FamilyTree');
    await page.select('select[aria-label="samples"]', 'turnstile.fsa');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="diagram"] svg .node text')].some(
        (t) => t.textContent === 'unlocked',
      ),
    );
    expect(await text(page, 'automaton-state')).toBe('locked');
    await page.close();
  });

  it('shows a typo as a diagnostic while typing, and clears it when fixed', async () => {
    const page = await session.open();
    await page.focus('[data-testid="editor"] .cm-content');
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type('\ndfa Oops { start }');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="diagnostics"] > *').length > 0);
    const shown = await diagnostics(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]).toMatch(/error FSA\d+: \S/);
    expect(await page.$$('.cm-lint-marker-error')).not.toHaveLength(0);
    for (let i = 0; i < '\ndfa Oops { start }'.length; i++) await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="diagnostics"] > *').length === 0);
    expect(await page.$eval('[data-testid="editor"]', (e) => e.textContent)).not.toContain('Oops');
    await page.close();
  });

  it('shows what a state is when the mouse rests on it', async () => {
    const page = await session.open(`index.html#src=${base64url(sample('turnstile.fsa'))}&input=coin`);
    const { x, y } = await wordInEditor(page, 'unlocked -> locked', 'unlocked');
    await page.mouse.move(x, y);
    await page.waitForSelector('.cm-tooltip-hover', { timeout: 10_000 });
    const shown = await page.$eval('.cm-tooltip-hover', (e) => e.textContent ?? '');
    expect(shown).toMatch(/^state unlocked of dfa Turnstile · not accepting/);
    expect(shown).toContain('locked -> unlocked on coin');
    await page.close();
  });

  it('completes the symbols of the alphabet after `on`', async () => {
    const page = await session.open(`index.html#src=${base64url(sample('turnstile.fsa'))}&input=coin`);
    const { x, y } = await wordInEditor(page, 'unlocked -> unlocked', 'coin');
    await page.mouse.click(x, y);
    await page.keyboard.press('End');
    await page.keyboard.type('\nunlocked -> locked on ');
    await page.waitForSelector('.cm-tooltip-autocomplete li', { timeout: 10_000 });
    const offered = await page.$$eval('.cm-tooltip-autocomplete li .cm-completionLabel', (labels) =>
      labels.map((l) => l.textContent),
    );
    expect(offered).toEqual(expect.arrayContaining(['coin', 'push']));
    expect(offered).not.toContain('locked');
    // Waits until the offered list is the symbols, then picks one with the mouse.
    const push = await page.waitForFunction(() =>
      [...document.querySelectorAll('.cm-tooltip-autocomplete li')].find(
        (li) => li.querySelector('.cm-completionLabel')?.textContent === 'push',
      ),
    );
    await (push as ElementHandle<Element>).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="editor"]')?.textContent?.includes('unlocked -> locked on push'),
    );
    expect(await page.$$('.cm-tooltip-autocomplete')).toHaveLength(0);
    await page.close();
  });

  it('offers the did-you-mean fix of a misspelt symbol, and applying it clears the diagnostic', async () => {
    const page = await session.open(
      `index.html#src=${base64url(turnstileWith('locked -> locked on psuh'))}&input=coin`,
    );
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="diagnostics"] > *').length > 0);
    const shown = await diagnostics(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/error FSA\d+: .*'psuh'.*did you mean 'push'\?/);
    await page.waitForSelector('.cm-lintRange-error');
    const { x, y } = await wordInEditor(page, 'locked -> locked', 'psuh');
    await page.mouse.move(x, y);
    const fix = await page.waitForSelector('.cm-tooltip-lint .cm-diagnosticAction', { timeout: 10_000 });
    expect(await fix!.evaluate((b) => b.textContent)).toBe('Change to push');
    await fix!.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="diagnostics"] > *').length === 0);
    const source = await page.$eval('[data-testid="editor"]', (e) => e.textContent ?? '');
    expect(source).toContain('locked -> locked on push');
    expect(source).not.toContain('psuh');
    expect(await page.$$('.cm-lintRange-error')).toHaveLength(0);
    await page.close();
  });

  it('offers the same fix as a button in the list of diagnostics, and the fixed source compiles and runs', async () => {
    const page = await session.open(
      `index.html#src=${base64url(turnstileWith('locked -> locked on psuh'))}&input=coin`,
    );
    const fix = await page.waitForSelector('[data-testid="diagnostic"] [data-testid="quick-fix"]', { timeout: 10_000 });
    expect(await fix!.evaluate((b) => b.textContent)).toBe('Change to push');
    expect(await text(page, 'verdict')).toBe('fix the errors in the source to compile it');
    await fix!.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="diagnostics"] > *').length === 0);
    expect(await page.$eval('[data-testid="editor"]', (e) => e.textContent)).toContain('locked -> locked on push');
    await page.waitForFunction(() => document.querySelector('[data-testid="automaton-state"]')?.textContent !== '');
    expect(await text(page, 'automaton-state')).toBe('locked');
    await page.close();
  });

  it('formats the source with the Format button, and goes to a declaration by Ctrl-click and by F12', async () => {
    const page = await session.open(
      `index.html#src=${base64url(turnstileWith('locked   ->locked on    push'))}&input=coin`,
    );
    await page.click('[data-testid="format"]');
    // The whole line: 'unlocked -> locked on push' contains the formatted text before formatting too.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="editor"] .cm-line')].some(
        (line) => line.textContent?.trim() === 'locked -> locked on push',
      ),
    );
    const lines = await page.$$eval('[data-testid="editor"] .cm-line', (ls) => ls.map((l) => l.textContent ?? ''));
    expect(lines.join('\n')).toBe(sample('turnstile.fsa'));
    const activeLine = () => page.$eval('[data-testid="editor"] .cm-activeLine', (l) => (l.textContent ?? '').trim());
    // Ctrl-click on the target state of a transition goes to its declaration...
    const target = await wordInEditor(page, 'locked -> unlocked', 'unlocked');
    await page.keyboard.down('Control');
    await page.mouse.click(target.x, target.y);
    await page.keyboard.up('Control');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="editor"] .cm-activeLine')?.textContent?.trim().startsWith('states'),
    );
    // ...and so does F12 with the caret on a state's name.
    const { x, y } = await wordInEditor(page, 'unlocked -> unlocked', 'unlocked');
    await page.mouse.click(x, y);
    expect(await activeLine()).toBe('unlocked -> unlocked on coin');
    await page.keyboard.press('F12');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="editor"] .cm-activeLine')?.textContent?.trim().startsWith('states'),
    );
    await page.close();
  });

  it('steps the family tree Homer, Marge, Lisa, Bart with the diagram highlighting each step, then accepts', async () => {
    const page = await session.open();
    await page.waitForSelector('[data-testid="diagram"] svg .node.current');
    expect(await page.$eval('[data-testid="word-input"]', (e) => (e as HTMLInputElement).value)).toBe(
      'wife daughter brother',
    );
    const steps: [string, string][] = [
      ['Marge', 'wife'],
      ['Lisa', 'daughter'],
      ['Bart', 'brother'],
    ];
    expect(await text(page, 'automaton-state')).toBe('Homer');
    expect(await text(page, 'network-state')).toBe('Homer');
    expect(await highlighted(page)).toMatchObject({ current: ['Homer'], last: [] });
    for (const [k, [person, relation]] of steps.entries()) {
      // The button for the first step, the keyboard (→, as in cdam step) for the others.
      if (k === 0) await page.click('[data-testid="step-next"]');
      else {
        await page.focus('[data-testid="step-next"]');
        await page.keyboard.press('ArrowRight');
      }
      expect(await text(page, 'automaton-state')).toBe(person);
      expect(await text(page, 'network-state')).toBe(person);
      expect(await highlighted(page)).toEqual({ current: [person], last: [relation], decoded: [] });
    }
    expect(await text(page, 'verdict')).toMatch(/^accepted/);
    await page.click('[data-testid="step-back"]');
    expect(await highlighted(page)).toMatchObject({ current: ['Lisa'], last: ['daughter'] });
    await page.close();
  });

  it('round-trips a share URL: source and word come back and the whole word runs at once', async () => {
    const page = await session.open();
    await page.click('[data-testid="word-input"]', { count: 3 });
    await page.keyboard.type('son mother husband');
    const url = await page.$eval('[data-testid="share-link"]', (a) => (a as HTMLAnchorElement).href);
    expect(url).toMatch(/index\.html#src=[A-Za-z0-9_-]+&input=son%20mother%20husband$/);
    await page.close();

    const shared = await session.open(url.slice(session.server.url.length));
    expect(await shared.$eval('[data-testid="word-input"]', (e) => (e as HTMLInputElement).value)).toBe(
      'son mother husband',
    );
    expect(await text(shared, 'automaton-state')).toBe('Homer');
    expect(await text(shared, 'verdict')).toBe('accepted');
    expect(await shared.$eval('[data-testid="editor"]', (e) => e.textContent)).toContain('Homer -> Bart on son');
    await shared.close();

    // The contract form, written by hand: another source, a rejected word and a chosen automaton.
    const source = sample('turnstile.fsa');
    const page2 = await session.open(
      `index.html#src=${base64url(source)}&input=${encodeURIComponent('coin')}&automaton=Turnstile`,
    );
    expect(await text(page2, 'automaton-state')).toBe('unlocked');
    expect(await text(page2, 'network-state')).toBe('unlocked');
    expect(await text(page2, 'verdict')).toBe('rejected');
    await page2.close();
  });

  it('opens a JFLAP .jff file as .fsa text and runs it', async () => {
    const { file } = checkSource(sample('turnstile.fsa'));
    const found = findAutomatonSpec(file);
    if (!found.ok) throw new Error(found.message);
    const dir = mkdtempSync(join(tmpdir(), 'cdam-playground-'));
    const path = join(dir, 'gate.jff');
    writeFileSync(path, toJflap(found.declaration));
    const page = await session.open();
    const input = (await page.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="load-message"]')?.textContent?.includes('gate.jff'),
    );
    expect(await text(page, 'load-message')).toBe('imported gate.jff (jflap)');
    expect(await page.$eval('[data-testid="editor"]', (e) => e.textContent)).toMatch(/dfa \S+ \{/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="diagram"] svg .node text')].some(
        (t) => t.textContent === 'unlocked',
      ),
    );
    await page.click('[data-testid="word-input"]', { count: 3 });
    await page.keyboard.type('coin push');
    await page.keyboard.press('Enter');
    expect(await text(page, 'automaton-state')).toBe('locked');
    expect(await text(page, 'verdict')).toBe('accepted');
    await page.close();
  });

  it('opens a cdam JSON file dropped on the page', async () => {
    const { file } = checkSource(sample('even-parity.fsa'));
    const found = findAutomatonSpec(file);
    if (!found.ok) throw new Error(found.message);
    const json = toAutomatonJson(found.declaration);
    const page = await session.open();
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'parity.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, json);
    await page.waitForFunction(() => document.querySelector('[data-testid="load-message"]')?.textContent !== '');
    expect(await text(page, 'load-message')).toBe('imported parity.json (cdam-automaton)');
    expect(await page.$eval('[data-testid="picker"]', (e) => (e as HTMLSelectElement).value)).toBe(
      found.declaration.name,
    );
    await page.close();
  });

  it('explains a word outside the alphabet and a broken link instead of guessing a verdict', async () => {
    const page = await session.open();
    await page.click('[data-testid="word-input"]', { count: 3 });
    await page.keyboard.type('wife nephew');
    expect(await text(page, 'word-problem')).toMatch(
      /symbol 'nephew' at column 6 is not in the alphabet \(wife, husband/,
    );
    expect(await text(page, 'verdict')).toBe('no verdict: the word does not parse');
    await page.close();

    const broken = await session.open(`index.html#src=${base64url('dfa A { start }')}&input=a`);
    expect((await diagnostics(broken))[0]).toMatch(/error FSA101: expected a name after 'start'/);
    expect(await text(broken, 'verdict')).toBe('fix the errors in the source to compile it');
    await broken.close();

    const missing = await session.open(
      `index.html#src=${base64url(sample('turnstile.fsa'))}&input=coin&automaton=Gate`,
    );
    expect(await text(missing, 'load-message')).toBe("the source declares no 'Gate'; showing 'Turnstile'");
    expect(await text(missing, 'automaton-state')).toBe('unlocked');
    await missing.close();
  });

  it("shows a transducer's output tape, the network's beside the automaton's", async () => {
    const page = await session.open(
      `index.html#src=${base64url(sample('vending-machine.fsa'))}&input=${encodeURIComponent('coin coin push')}`,
    );
    expect(await text(page, 'outputs')).toBe('wait wait drink');
    expect(await text(page, 'automaton-outputs')).toBe('wait wait drink');
    expect(await text(page, 'verdict')).toBe('accepted');
    expect(await page.$$('[data-testid="outputs"] .differs')).toHaveLength(0);
    await page.click('[data-testid="step-back"]');
    expect(await text(page, 'outputs')).toBe('wait wait');
    expect(await text(page, 'automaton-outputs')).toBe('wait wait');

    // The samples menu offers both transducers, each with a word to start with.
    await page.select('select[aria-label="samples"]', 'traffic-light-outputs.fsa');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="diagram"] svg .node text')].some((t) => t.textContent === 'amber'),
    );
    await page.click('[data-testid="step-next"]');
    await page.click('[data-testid="step-next"]');
    expect(await text(page, 'outputs')).toBe('get_ready go');
    expect(await text(page, 'automaton-outputs')).toBe('get_ready go');
    const offered = await page.$$eval('select[aria-label="samples"] option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(offered).toEqual(
      expect.arrayContaining(['vending-machine.fsa', 'traffic-light-outputs.fsa', 'regex.fsa', 'intersection.fsa']),
    );
    await page.select('select[aria-label="samples"]', 'vending-machine.fsa');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="diagram"] svg .node text')].some((t) => t.textContent === 'paid'),
    );
    expect(await page.$eval('[data-testid="word-input"]', (e) => (e as HTMLInputElement).value)).toBe('coin coin push');
    for (let i = 0; i < 3; i++) await page.click('[data-testid="step-next"]');
    expect(await text(page, 'outputs')).toBe('wait wait drink');
    expect(await text(page, 'automaton-outputs')).toBe('wait wait drink');

    // An acceptor shows no output rows.
    await page.select('select[aria-label="samples"]', 'turnstile.fsa');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="automaton-state"]')?.textContent === 'locked',
    );
    expect(await page.$eval('[data-testid="outputs"]', (e) => (e.closest('[hidden]') ? 'hidden' : 'shown'))).toBe(
      'hidden',
    );
    await page.close();
  });

  it('works from a subfolder of another static server (relative asset paths)', async () => {
    const server = await serveStatic(PLAYGROUND);
    try {
      const page = await session.browser.newPage();
      await page.goto(`${server.url}dist/index.html#src=${base64url(sample('turnstile.fsa'))}&input=coin%20push`);
      await page.waitForSelector('[data-testid="diagram"] svg .node.current');
      expect(await text(page, 'automaton-state')).toBe('locked');
      expect(await text(page, 'verdict')).toBe('accepted');
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('fits a 390-pixel-wide phone screen: no sideways scrolling, and stepping works', async () => {
    const page = await session.open('index.html', { width: 390, height: 844 });
    await page.waitForSelector('[data-testid="diagram"] svg .node');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    for (const id of ['editor', 'diagram', 'word-input', 'step-next', 'step-back', 'verdict', 'share-link']) {
      const box = await (await page.$(`[data-testid="${id}"]`))!.boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x, id).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(390.5);
    }
    await page.click('[data-testid="step-next"]');
    expect(await text(page, 'automaton-state')).toBe('Marge');
    await page.close();
  });

  it('explains an invalid compile parameter in place', async () => {
    const page = await session.open();
    const eta = (await page.$('input[aria-label="eta η"]'))!;
    await eta.type('2');
    await eta.press('Tab');
    await page.waitForFunction(
      () => document.querySelector('input[aria-label="eta η"]')?.getAttribute('aria-invalid') === 'true',
    );
    const message = await page.$eval('input[aria-label="eta η"] + small', (e) => e.textContent);
    expect(message).toMatch(/out of range: expected a number > 0 and <= 1/);
    await page.close();
  });

  it('verifies in a worker with a progress bar, and shows the report and the noise chart', async () => {
    const page = await session.open('index.html#src=' + base64url(sample('turnstile.fsa')) + '&input=coin');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.click('[data-testid="verify"]');
    await page.waitForSelector('[data-testid="verify-verdict"]', { timeout: 60_000 });
    expect(await text(page, 'verify-verdict')).toMatch(/^verified: \d+ words, no mismatch$/);
    const progress = await page.$eval('[data-testid="verify-progress"]', (p) => [
      (p as HTMLProgressElement).value,
      (p as HTMLProgressElement).max,
    ]);
    expect(progress[0]).toBe(progress[1]);
    expect(progress[1]).toBeGreaterThan(1);
    const noise = await page.$$eval('[data-testid="noise-chart"] > *', (rows) => rows.map((r) => r.textContent));
    expect(noise[0]).toMatch(/^noise 0.*100\.0% of \d+$/);
    expect(noise.length).toBeGreaterThan(2);
    await page.close();
  });

  it('recalls a sequence from a cue and draws the overlap heatmap', async () => {
    const page = await session.open();
    await page.select('select[aria-label="samples"]', 'sequences.fsa');
    await page.waitForSelector('[data-testid="recall-heatmap"] svg', { timeout: 60_000 });
    expect(await text(page, 'recall-summary')).toMatch(/^exact recall over \d+ updates: A B A C A B A C/);
    expect(await page.$eval('[data-testid="recall-heatmap"] svg', (svg) => svg.textContent)).toContain(
      'Recall of Melody',
    );
    expect(await page.$eval('[data-testid="diagram"]', (e) => (e.closest('[hidden]') ? 'hidden' : 'shown'))).toBe(
      'hidden',
    );
    await page.close();
  });

  it('keeps the keys of cdam step, switches to dark, and exports what is shown', async () => {
    const page = await session.open();
    await page.waitForSelector('[data-testid="diagram"] svg .node.current');
    await page.focus('[data-testid="step-next"]');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', '.'] as const) await page.keyboard.press(key);
    expect(await text(page, 'tape')).toMatch(/1\/3 read, 3 updates$/); // K = 2, then one more
    await page.keyboard.press('n');
    expect(await page.$eval('[data-testid="noise"]', (e) => (e as HTMLSelectElement).value)).toBe('0.1');
    await page.keyboard.press('r');
    expect(await text(page, 'automaton-state')).toBe('Homer');
    await page.keyboard.press('e');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('word-input');

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click('button[aria-label="toggle dark theme"]');
    expect(await background()).not.toBe(light);

    // Each export hands the browser a file: capture the link it clicks and read the blob.
    await page.evaluate(() => {
      const w = window as unknown as { downloads: Promise<[string, string]>[] };
      w.downloads = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.downloads.push(fetch(this.href).then(async (r) => [this.download, await r.text()]));
      };
    });
    for (const kind of ['fsa', 'json', 'jff', 'svg', 'artifact']) await page.select('[data-testid="export"]', kind);
    const files = await page.evaluate(() =>
      Promise.all((window as unknown as { downloads: Promise<[string, string]>[] }).downloads),
    );
    expect(files.map(([name]) => name)).toEqual([
      'FamilyTree.fsa',
      'FamilyTree.json',
      'FamilyTree.jff',
      'FamilyTree.svg',
      'FamilyTree.cdam.json',
    ]);
    expect(files[0]![1]).toBe(sample('family-tree.fsa'));
    expect(JSON.parse(files[1]![1])).toMatchObject({ format: 'cdam-automaton', name: 'FamilyTree' });
    expect(files[2]![1]).toMatch(/^<\?xml[\s\S]*<structure>/);
    expect(files[3]![1]).toMatch(/<svg[\s\S]*Marge/);
    expect(JSON.parse(files[4]![1])).toMatchObject({ format: 'cdam-network', name: 'FamilyTree' });
    await page.close();
  });

  it('loads no more than 1 MB of gzipped JavaScript before the first useful render', async () => {
    const page = await session.open();
    // Resource timing: every script the page and its workers fetched before the first useful render.
    const before = await page.evaluate(() => {
      const mark = performance.getEntriesByName('first-useful-render')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime <= mark && /\.m?js$/.test(new URL(r.name).pathname))
        .map((r) => r.name);
    });
    const bytes = before.reduce((sum, url) => sum + gzippedSize(url), 0);
    expect(before.some((url) => /\/index-[^/]+\.js$/.test(url))).toBe(true);
    expect(before.filter((url) => /viz/.test(url))).toEqual([]); // Graphviz loads after
    expect(bytes).toBeLessThan(1024 * 1024);
    await page.close();
  });

  it('logged no console error on any page', () => {
    expect(session.errors).toEqual([]);
  });
});
