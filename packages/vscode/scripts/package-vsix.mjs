// Packs the extension into dist/cdam-fsa-<version>.vsix with @vscode/vsce, offline: the grammar and the
// licence are copied in from the repository, the bundles in dist/ carry every dependency (--no-dependencies).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const root = join(here, '..', '..');
const outDir = process.argv[2] ?? join(here, 'dist');

mkdirSync(join(here, 'grammar'), { recursive: true });
copyFileSync(join(root, 'grammar', 'fsa.tmLanguage.json'), join(here, 'grammar', 'fsa.tmLanguage.json'));
copyFileSync(join(root, 'LICENSE'), join(here, 'LICENSE'));

const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const vscePackage = require.resolve('@vscode/vsce/package.json');
const vsce = join(dirname(vscePackage), JSON.parse(readFileSync(vscePackage, 'utf8')).bin.vsce);
const out = join(outDir, `${manifest.name}-${manifest.version}.vsix`);
mkdirSync(outDir, { recursive: true });
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], {
  cwd: here,
  stdio: ['ignore', 'inherit', 'inherit'],
});
