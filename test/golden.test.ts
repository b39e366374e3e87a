/**
 * Golden tests: every broken input in golden/ is checked, and its diagnostics are compared with the
 * expected text (`<name>.txt`, as `cdam check` prints it) and JSON (`<name>.json`, as `--format json`).
 * Update them with `pnpm vitest run test/golden.test.ts -u` and review the diff like code.
 * `binary-input.fsa` is raw bytes (the start of an ELF executable, NULs and escape sequences included), which
 * git shows as a binary file; its expected text shows that none of those bytes reaches the terminal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource, DIAGNOSTICS, formatDiagnostics, toJsonDiagnostics, type DiagnosticCode } from '@cdam/language';

const dir = new URL('./golden/', import.meta.url);
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.fsa'))
  .sort();

function check(fileName: string) {
  const source = readFileSync(new URL(fileName, dir), 'utf8');
  return { source, diagnostics: checkSource(source).diagnostics };
}

describe('golden diagnostics', () => {
  it.each(inputs)('%s', async (fileName) => {
    const { source, diagnostics } = check(fileName);
    expect(diagnostics.length).toBeGreaterThan(0);
    const base = fileName.replace(/\.fsa$/, '');
    await expect(formatDiagnostics(diagnostics, { fileName, source })).toMatchFileSnapshot(`./golden/${base}.txt`);
    await expect(`${JSON.stringify(toJsonDiagnostics(diagnostics, fileName), null, 2)}\n`).toMatchFileSnapshot(
      `./golden/${base}.json`,
    );
  });

  it('exercises every diagnostic code that .fsa text can produce', () => {
    const seen = new Set(inputs.flatMap((f) => check(f).diagnostics.map((d) => d.code)));
    // FSA3xx come from the interchange importers, not from .fsa text; FSA224 from building a regex or
    // derived automaton, which `cdam check` does after these checks (packages/cli/src/commands/check.test.ts).
    const expected = Object.keys(DIAGNOSTICS).filter((code) => code !== 'FSA224' && !code.startsWith('FSA3'));
    expect(expected.filter((code) => !seen.has(code as DiagnosticCode))).toEqual([]);
  });
});
