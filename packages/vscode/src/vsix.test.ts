import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '..', '..');

/** The files of a zip archive by name: reads the central directory, inflates stored or deflated entries. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + compressed);
    const content = method === 0 ? Buffer.from(data) : inflateRawSync(data);
    if (content.length !== size) throw new Error(`${name}: ${content.length} bytes, the directory says ${size}`);
    files.set(name, content);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    commands: { command: string; title: string; category: string }[];
  };
}

describe('the .vsix that pnpm build makes', () => {
  let out: string;
  let files: Map<string, Buffer>;

  beforeAll(() => {
    // the package's own build: bundle with tsup, then pack with vsce (into a temporary folder)
    out = mkdtempSync(join(tmpdir(), 'cdam-vsix-'));
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], {
      cwd: here,
      stdio: 'ignore',
    });
    execFileSync(process.execPath, ['scripts/package-vsix.mjs', out], { cwd: here, stdio: 'ignore' });
    const version = (JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as { version: string }).version;
    files = unzip(readFileSync(join(out, `cdam-fsa-${version}.vsix`)));
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const file = (name: string) => {
    const data = files.get(`extension/${name}`);
    if (data === undefined)
      throw new Error(`the archive has no extension/${name}; it has ${[...files.keys()].join(', ')}`);
    return data;
  };
  const manifest = () => JSON.parse(file('package.json').toString('utf8')) as Manifest;

  it('holds the manifest, whose main is the bundled extension', () => {
    const m = manifest();
    expect(m.main).toBe('./dist/extension.cjs');
    expect(file('dist/extension.cjs').toString('utf8')).toContain('cdam language server');
    expect(m.engines.vscode).toMatch(/^\^1\./);
    expect([...files.keys()].filter((name) => name.includes('node_modules'))).toEqual([]);
  });

  it('activates on .fsa files and on its commands, and contributes the language, grammar and commands', () => {
    const m = manifest();
    expect(m.activationEvents).toEqual([
      'onLanguage:fsa',
      'onCommand:cdam.compile',
      'onCommand:cdam.runWord',
      'onCommand:cdam.verify',
    ]);
    expect(m.contributes.languages).toEqual([
      { id: 'fsa', aliases: ['FSA', 'fsa'], extensions: ['.fsa'], configuration: './language-configuration.json' },
    ]);
    const configuration = JSON.parse(file('language-configuration.json').toString('utf8')) as { comments: object };
    expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(m.contributes.commands.map((c) => `${c.category}: ${c.title}`)).toEqual([
      'cdam: Compile',
      'cdam: Run word...',
      'cdam: Verify',
    ]);
    const [grammar] = m.contributes.grammars;
    expect(grammar).toEqual({ language: 'fsa', scopeName: 'source.fsa', path: './grammar/fsa.tmLanguage.json' });
    expect(file('grammar/fsa.tmLanguage.json').toString('utf8')).toBe(
      readFileSync(join(root, 'grammar', 'fsa.tmLanguage.json'), 'utf8'),
    );
  });

  it('holds a server bundle that answers initialize on its own, with no node_modules', async () => {
    const server = join(out, 'server.cjs');
    writeFileSync(server, file('dist/server.cjs'));
    const child = spawn(process.execPath, [server, '--stdio'], { cwd: out, stdio: ['pipe', 'pipe', 'pipe'] });
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (/\r\n\r\n\{.*\}$/s.test(text)) resolve(text);
      });
    });
    child.kill();
    const result = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)) as {
      id: number;
      result: { serverInfo: { name: string } };
    };
    expect(result.id).toBe(1);
    expect(result.result.serverInfo.name).toBe('cdam');
  });
});
