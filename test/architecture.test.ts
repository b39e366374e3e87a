import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The package order from style.md: a package may import only packages to its left,
 * and only through their public entry points. The path aliases would let an undeclared
 * import compile, so this test reads the sources.
 */
const ORDER = [
  'language',
  'automata',
  'language-service',
  'compiler',
  'runtime',
  'export',
  'figures',
  'lsp',
  'cli',
  'tui',
  'vscode',
  'playground',
] as const;
const RIGHTMOST_PEERS: Record<string, readonly string[]> = { cli: ['tui'] }; // cli may load tui lazily only

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

interface ImportSite {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly dynamic: boolean;
}

function importsOf(file: string): ImportSite[] {
  const text = readFileSync(file, 'utf8');
  const sites: ImportSite[] = [];
  const staticImport = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(staticImport)) {
    sites.push({ file, specifier: m[3]!, typeOnly: Boolean(m[2]), dynamic: false });
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) {
    sites.push({ file, specifier: m[1]!, typeOnly: false, dynamic: false });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    sites.push({ file, specifier: m[1]!, typeOnly: false, dynamic: true });
  }
  return sites;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes(`${join('src', 'testing')}`);

describe('package architecture', () => {
  for (const pkg of ORDER) {
    const dir = join(root, 'packages', pkg);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const declared = new Set(Object.keys(manifest.dependencies ?? {}));
    const sites = sourceFiles(join(dir, 'src')).flatMap(importsOf);

    it(`${pkg} imports only packages to its left, through their entry points`, () => {
      const problems: string[] = [];
      for (const site of sites) {
        const m = /^@cdam\/([a-z-]+)(\/.*)?$/.exec(site.specifier);
        if (!m) continue;
        const target = m[1]!;
        const where = relative(root, site.file);
        if (target === pkg) problems.push(`${where}: imports its own package by name`);
        const lazyPeer = RIGHTMOST_PEERS[pkg]?.includes(target) && site.dynamic;
        if (ORDER.indexOf(target as (typeof ORDER)[number]) >= ORDER.indexOf(pkg) && !lazyPeer) {
          problems.push(`${where}: imports '${site.specifier}', which is not to the left of '${pkg}'`);
        }
        // '@cdam/runtime/parallel' is the runtime's Node-only entry (worker threads), kept out of its main one.
        const nodeEntry = site.specifier === '@cdam/runtime/parallel';
        if (m[2] && !(m[2] === '/testing' && isTest(site.file)) && !nodeEntry) {
          problems.push(`${where}: deep import '${site.specifier}'`);
        }
        if (!isTest(site.file) && !declared.has(`@cdam/${target}`)) {
          problems.push(`${where}: '@cdam/${target}' is not a dependency in packages/${pkg}/package.json`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('automata is pure algebra: only from-spec.ts imports from the language, and only types', () => {
    const sites = sourceFiles(join(root, 'packages', 'automata', 'src'))
      .filter((f) => !isTest(f))
      .flatMap(importsOf)
      .filter((s) => s.specifier === '@cdam/language');
    const offenders = sites.filter((s) => !s.typeOnly || !s.file.endsWith('from-spec.ts'));
    expect(offenders.map((s) => relative(root, s.file))).toEqual([]);
  });

  it('the cli loads the terminal UI only lazily, so commands that do not draw never pull in React', () => {
    const eager = sourceFiles(join(root, 'packages', 'cli', 'src'))
      .flatMap(importsOf)
      .filter((s) => !s.dynamic && !s.typeOnly && /^(@cdam\/tui|ink|react)$/.test(s.specifier));
    expect(eager.map((s) => `${relative(root, s.file)} -> ${s.specifier}`)).toEqual([]);
  });

  it('the cdam bin reaches the compiler, runtime, figures and terminal UI only through lazy imports', () => {
    // So `cdam check`, `fmt`, `import` and `--help` start without loading them (dynamic imports are chunks).
    const cliSrc = join(root, 'packages', 'cli', 'src');
    const seen = new Set<string>();
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const site of importsOf(file)) {
        if (site.dynamic || site.typeOnly) continue;
        if (site.specifier.startsWith('.')) {
          visit(join(file, '..', site.specifier).replace(/\.js$/, '.ts'));
        } else {
          reached.add(`${relative(root, file)} -> ${site.specifier}`);
        }
      }
    };
    visit(join(cliSrc, 'main.ts'));
    expect(seen.size).toBeGreaterThan(5);
    const heavy = [...reached].filter((edge) =>
      /-> (@cdam\/(compiler|runtime|export|figures|tui|lsp)|ink|react|vscode-languageserver)$/.test(edge),
    );
    expect(heavy).toEqual([]);
    expect([...reached].some((edge) => edge.endsWith('-> commander'))).toBe(true);
  });

  it('the language service and the packages under it use no Node API, so they run in a browser web worker', () => {
    const nodeModules = new Set(builtinModules);
    const problems = (['language', 'automata', 'language-service'] as const).flatMap((p) =>
      sourceFiles(join(root, 'packages', p, 'src'))
        .filter((f) => !isTest(f))
        .flatMap((f) => {
          const where = relative(root, f);
          const text = readFileSync(f, 'utf8');
          const imports = importsOf(f)
            .filter((s) => s.specifier.startsWith('node:') || nodeModules.has(s.specifier.split('/')[0]!))
            .map((s) => `${where}: imports '${s.specifier}'`);
          const globals = [...text.matchAll(/\b(process|Buffer|require|__dirname|__filename)\b\s*[.(]/g)].map(
            (m) => `${where}: uses the Node global '${m[1]}'`,
          );
          return [...imports, ...globals];
        }),
    );
    expect(problems).toEqual([]);
    // the service's own dependencies are browser-safe by name: no language server, no Node transport
    const manifest = JSON.parse(readFileSync(join(root, 'packages', 'language-service', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      '@cdam/automata',
      '@cdam/language',
      'vscode-languageserver-textdocument',
      'vscode-languageserver-types',
    ]);
  });

  it('the browser playground reaches no Node API: every module its page and workers load, core packages included', () => {
    // Walks the static and dynamic imports from the playground's entry points into the packages it uses,
    // and fails on a Node built-in module or a Node-only global on any reached path.
    const playground = join(root, 'packages', 'playground', 'src');
    const entries = ['main.ts', 'service-worker.ts', 'verify-worker.ts'].map((f) => join(playground, f));
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const seen = new Set<string>();
    const problems: string[] = [];
    const packagesReached = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const global of text.match(/\b(Buffer|process|__dirname|require)\s*[.(]/g) ?? []) {
        problems.push(`${relative(root, file)}: uses the Node global '${global.replace(/\s*[.(]$/, '')}'`);
      }
      for (const site of importsOf(file)) {
        if (site.typeOnly) continue;
        const where = `${relative(root, file)} -> ${site.specifier}`;
        if (builtins.has(site.specifier) || site.specifier.startsWith('node:')) problems.push(where);
        const pkg = /^@cdam\/([a-z-]+)$/.exec(site.specifier)?.[1];
        if (pkg === 'cli' || pkg === 'tui') problems.push(`${where}: a Node-only package`);
        if (pkg !== undefined) {
          packagesReached.add(pkg);
          visit(join(root, 'packages', pkg, 'src', 'index.ts'));
        } else if (site.specifier.startsWith('.')) {
          const target = join(file, '..', site.specifier).replace(/\.js$/, '.ts');
          if (existsSync(target)) visit(target);
          else if (!/\.(css|fsa)(\?.*)?$/.test(site.specifier)) problems.push(`${where}: not found`);
        }
      }
    };
    entries.forEach(visit);
    expect(problems).toEqual([]);
    expect([...packagesReached].sort()).toEqual([
      'automata',
      'compiler',
      'figures',
      'language',
      'language-service',
      'runtime',
    ]);
    expect(seen.size).toBeGreaterThan(100);
  });

  it('library packages use no ambient randomness or clock', () => {
    const offenders = ORDER.filter((p) => p !== 'cli' && p !== 'tui' && p !== 'lsp' && p !== 'vscode')
      .flatMap((p) => sourceFiles(join(root, 'packages', p, 'src')))
      .filter((f) => !isTest(f))
      .filter((f) => /\bMath\.random\(|\bDate\.now\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
