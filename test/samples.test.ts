/**
 * Every sample in samples/ is a valid program: `cdam check` (checkSource) reports no errors,
 * and each file explains itself in comments.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, formatSource } from '@cdam/language';

const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const sampleFiles = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.fsa'))
  .sort();

describe('samples', () => {
  it('has at least 10 samples', () => {
    expect(sampleFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sampleFiles)('%s checks without errors', (file) => {
    const { file: ast, diagnostics } = checkSource(readFileSync(samplesDir + file, 'utf8'));
    const errors = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${file}:${d.span.start.line}:${d.span.start.column}: ${d.code}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(ast.declarations.length).toBeGreaterThan(0);
  });

  it.each(sampleFiles)('%s has no warnings either: samples are models to copy', (file) => {
    const { diagnostics } = checkSource(readFileSync(samplesDir + file, 'utf8'));
    expect(diagnostics.map((d) => `${file}:${d.span.start.line}: ${d.code}: ${d.message}`)).toEqual([]);
  });

  it.each(sampleFiles)('%s opens with a comment that explains it', (file) => {
    const { file: ast } = checkSource(readFileSync(samplesDir + file, 'utf8'));
    const first = ast.comments[0];
    expect(first).toBeDefined();
    expect(first.span.start.offset).toBe(0);
    expect(first.span.start.offset).toBeLessThan(ast.declarations[0].span.start.offset);
  });

  it.each(sampleFiles)('%s is canonically formatted: cdam fmt leaves it as it is', (file) => {
    const text = readFileSync(samplesDir + file, 'utf8');
    expect(formatSource(text).text).toBe(text);
  });

  it('lists every sample in samples/README.md', () => {
    const readme = readFileSync(samplesDir + 'README.md', 'utf8');
    for (const file of sampleFiles) expect(readme, file).toContain(`(${file})`);
  });
});

/** The complete-file examples (```fsa fences) of the language reference, keyed by their first line. */
const referenceExamples = [
  ...readFileSync(fileURLToPath(new URL('../grammar/language-reference.md', import.meta.url)), 'utf8').matchAll(
    /```fsa\n([\s\S]*?)```/g,
  ),
].map((m) => m[1]);

/** The diagnostics the reference documents for its examples; every other example has none. */
const DOCUMENTED: Record<string, readonly string[]> = {
  'dfa Handshake {': ['FSA240'],
  'dfa Turnstile {': ['FSA211', 'FSA241', 'FSA203', 'FSA209', 'FSA210'],
};

describe('examples in grammar/language-reference.md', () => {
  it('has examples, including the documented broken one', () => {
    expect(referenceExamples.length).toBeGreaterThanOrEqual(5);
    expect(referenceExamples.map((e) => e.split('\n')[0])).toEqual(expect.arrayContaining(Object.keys(DOCUMENTED)));
  });

  it.each(referenceExamples.map((text) => [text.split('\n')[0], text]))(
    '%s reports what the text says',
    (first, text) => {
      const { diagnostics } = checkSource(text);
      expect(diagnostics.map((d) => d.code)).toEqual(DOCUMENTED[first] ?? []);
    },
  );
});
