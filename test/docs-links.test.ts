import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The documentation stays inside the repository: every relative link of README.md, docs/, grammar/ and
 * samples/ points at a file of the repository that exists, and the model is cited as docs/model.md (the
 * project's own description), never by the name of a document the repository does not hold.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

function documents(): string[] {
  const inFolder = (folder: string, ext: RegExp) =>
    readdirSync(join(root, folder))
      .filter((name) => ext.test(name))
      .map((name) => `${folder}/${name}`);
  return [
    'README.md',
    ...inFolder('docs', /\.md$/),
    ...inFolder('grammar', /\.(md|json)$/),
    ...inFolder('samples', /\.(md|fsa)$/),
  ];
}

describe('documentation links', () => {
  const files = documents();

  it('finds the documents', () => {
    expect(files).toContain('docs/model.md');
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s links only to files inside the repository that exist', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target!)) continue;
      const path = resolve(dirname(join(root, file)), target!.replace(/#.*$/, ''));
      const inside = !relative(root, path).startsWith('..');
      if (!inside || !existsSync(path)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });

  it.each(files)('%s cites the model as docs/model.md', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/cdam-model\.md|\.\.\/shared\//);
  });
});
