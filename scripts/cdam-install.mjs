#!/usr/bin/env node
// `pnpm cdam:install` / `pnpm cdam:uninstall`: puts a `cdam` command into npm's global bin folder (the one
// `npm install -g` uses, so it is already on the PATH) or takes it away again. The command is a small
// launcher that runs this repository's packages/cli/bin/cdam.mjs with the user's arguments, from the folder the
// user is in. Plain JavaScript with no dependencies: it runs on a fresh clone with only Node and npm.
//
// Usage: node scripts/cdam-install.mjs install|uninstall [--prefix DIR]
//   --prefix DIR   use DIR instead of `npm prefix -g` (the command goes to DIR/bin, on Windows to DIR)
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const launcherScript = fileURLToPath(new URL('../packages/cli/bin/cdam.mjs', import.meta.url));
const windows = process.platform === 'win32';
/** Every launcher written here carries this line; only such a file is replaced or removed. */
const marker = 'written by `pnpm cdam:install`';

function fail(message) {
  process.stderr.write(`cdam:install: ${message}\n`);
  process.exit(1);
}

function parseArguments(argv) {
  const [action, ...rest] = argv;
  if (action !== 'install' && action !== 'uninstall') fail(`expected 'install' or 'uninstall', got '${action ?? ''}'`);
  let prefix;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--prefix' && i + 1 < rest.length) prefix = resolve(rest[++i]);
    else fail(`unknown argument '${rest[i]}' (the only option is --prefix DIR)`);
  }
  return { action, prefix };
}

function npmGlobalPrefix() {
  try {
    return execFileSync(windows ? 'npm.cmd' : 'npm', ['prefix', '-g'], {
      encoding: 'utf8',
      shell: windows,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch {
    fail("cannot ask npm for its global folder ('npm prefix -g' failed); give one with --prefix DIR");
  }
}

/** The launchers for this platform: file name and text. */
function launchers() {
  if (windows)
    return [
      ['cdam.cmd', `@REM cdam: ${marker}; \`pnpm cdam:uninstall\` removes it.\r\n@node "${launcherScript}" %*\r\n`],
    ];
  const quoted = `'${launcherScript.replaceAll("'", `'\\''`)}'`;
  return [['cdam', `#!/bin/sh\n# cdam: ${marker}; \`pnpm cdam:uninstall\` removes it.\nexec node ${quoted} "$@"\n`]];
}

/** An existing file at `path` that is not one of these launchers (a symbolic link is never one). */
function isForeign(path) {
  if (!existsSync(path) && !isLink(path)) return false;
  return isLink(path) || !readFileSync(path, 'utf8').includes(marker);
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const { action, prefix = npmGlobalPrefix() } = parseArguments(process.argv.slice(2));
const binDir = windows ? prefix : join(prefix, 'bin');

for (const [name, text] of launchers()) {
  const path = join(binDir, name);
  if (isForeign(path)) fail(`'${path}' exists and was not written by cdam:install; remove it first`);
  if (action === 'install') {
    mkdirSync(binDir, { recursive: true });
    writeFileSync(path, text, { mode: 0o755 });
    chmodSync(path, 0o755);
    process.stdout.write(`installed '${path}': 'cdam' now runs ${launcherScript}\n`);
  } else if (existsSync(path)) {
    rmSync(path);
    process.stdout.write(`removed '${path}'\n`);
  } else {
    process.stdout.write(`nothing to remove: '${path}' does not exist\n`);
  }
}

const onPath = (process.env.PATH ?? '').split(delimiter).some((dir) => dir && resolve(dir) === resolve(binDir));
if (action === 'install' && !onPath) {
  process.stdout.write(`note: '${binDir}' is not on your PATH; add it to call 'cdam' by name\n`);
}
