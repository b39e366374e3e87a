import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { LanguageService } from './index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The part of esbuild's API used here (esbuild comes with tsup, which every package builds with). */
interface Esbuild {
  build(options: object): Promise<{ errors: unknown[]; outputFiles: { text: string }[] }>;
}
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild') as Esbuild;

describe('the language service in a browser', () => {
  it('bundles for the browser platform and runs where there is no Node API at all', async () => {
    const built = await esbuild.build({
      entryPoints: [`${root}packages/language-service/src/index.ts`],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'cdamLanguageService',
      write: false,
      logLevel: 'silent',
      alias: {
        '@cdam/language': `${root}packages/language/src/index.ts`,
        '@cdam/automata': `${root}packages/automata/src/index.ts`,
      },
    });
    expect(built.errors).toEqual([]);
    // a bare JavaScript context, as in a web worker: no process, require, Buffer, module or setTimeout
    const context = createContext({});
    runInContext(`${built.outputFiles[0]!.text}\nglobalThis.cdamLanguageService = cdamLanguageService;`, context);
    expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe(
      'undefinedundefinedundefined',
    );
    const { createLanguageService } = (
      context as { cdamLanguageService: { createLanguageService: () => LanguageService } }
    ).cdamLanguageService;
    const service = createLanguageService();
    service.update('file:///a.fsa', 'dfa A {\n  alphabet coin\n  start q\n  q -> q on con\n  accept q\n}\n');
    expect(service.diagnostics('file:///a.fsa').map((d) => [d.code, d.range.start])).toEqual([
      ['FSA203', { line: 3, character: 12 }],
    ]);
    expect(
      service.codeActions('file:///a.fsa', service.diagnostics('file:///a.fsa')[0]!.range).map((a) => a.title),
    ).toEqual(['Change to coin']);
  });
});
