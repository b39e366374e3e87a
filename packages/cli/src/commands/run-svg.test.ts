import { svgElements } from '@cdam/figures/testing';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TURNSTILE } from '../testing/index.js';

describe('cdam run --svg', () => {
  it('draws the correlation with every state after each iteration', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE });
    expect(await runCli(['run', 't.fsa', '--input', 'coin push push', '--svg', 'run.svg'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toContain('accepted');
    const svg = svgElements(io.files.get('run.svg') ?? '');
    const cells = svg.filter((e) => e.tag === 'path' && e.attributes['aria-roledescription'] === 'rect mark');
    expect(cells).toHaveLength((1 + 3 * 2) * 2); // start + 3 symbols × K = 2 iterations, 2 states
    expect(svg.map((e) => e.text)).toEqual(expect.arrayContaining(['start', '1:coin.1', '3:push.2', 'State']));
  });

  it('needs --input', async () => {
    const io = memoryIo({ 't.fsa': TURNSTILE, 'w.txt': 'coin\n' });
    expect(await runCli(['run', 't.fsa', '--words', 'w.txt', '--svg', 'x.svg'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toContain("option '--svg' draws one word: give it with '--input'");
  });
});
