import { readFileSync } from 'node:fs';
import {
  compileAutomaton,
  compileSequence,
  findAutomatonSpec,
  loadArtifact,
  loadSequenceArtifact,
  toArtifact,
  toSequenceArtifact,
} from '@cdam/compiler';
import { automatonToNpz, automatonToOnnx, sequenceToOnnx } from '@cdam/export';
import { checkSource, findSequence, toSequenceSpec } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TURNSTILE } from '../testing/index.js';

const SEQUENCES = readFileSync(new URL('../../../../samples/sequences.fsa', import.meta.url), 'utf8');

function compiledTurnstile() {
  const found = findAutomatonSpec(checkSource(TURNSTILE).file, undefined);
  if (!found.ok) throw new Error(found.message);
  const result = compileAutomaton(found.declaration, { sourceText: TURNSTILE });
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.network;
}

function compiledMelody() {
  const found = findSequence(checkSource(SEQUENCES).file, 'Melody');
  if (!found.ok) throw new Error(found.message);
  const result = compileSequence(toSequenceSpec(found.declaration), { sourceText: SEQUENCES });
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

const network = compiledTurnstile();
const sequence = compiledMelody();
const files = {
  't.fsa': TURNSTILE,
  't.cdam.json': toArtifact(network),
  'melody.cdam.json': toSequenceArtifact(sequence),
  'seq.fsa': SEQUENCES,
};

describe('cdam export --format onnx|npz', () => {
  it('writes the ONNX model of a compiled automaton, recognised by its format field', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.cdam.json', '--format', 'onnx', '-o', 't.onnx'], io)).toBe(ExitCode.Ok);
    const loaded = loadArtifact(files['t.cdam.json']);
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    expect(io.binaries.get('t.onnx')).toEqual(automatonToOnnx(loaded.network));
    // The same bytes as the network compiled in memory: the metadata does not depend on how it was loaded.
    expect(io.binaries.get('t.onnx')).toEqual(automatonToOnnx(network));
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(
      /^wrote the ONNX model of automaton 'Turnstile' \(6 patterns, \d+ bytes\) to t\.onnx\n$/,
    );
  });

  it('writes the NumPy archive, and compiles an .fsa source first', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.fsa', '--format', 'npz', '-o', 't.npz'], io)).toBe(ExitCode.Ok);
    expect(io.binaries.get('t.npz')).toEqual(automatonToNpz(network));
  });

  it('exports a compiled sequence, and a sequence of a source with --sequence', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 'melody.cdam.json', '--format', 'onnx', '-o', 'm.onnx'], io)).toBe(ExitCode.Ok);
    const loaded = loadSequenceArtifact(files['melody.cdam.json']);
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    expect(io.binaries.get('m.onnx')).toEqual(sequenceToOnnx(loaded.sequence));
    expect(io.binaries.get('m.onnx')).toEqual(sequenceToOnnx(sequence));
    expect(await runCli(['export', 'seq.fsa', '--sequence', 'Melody', '--format', 'onnx', '-o', 'n.onnx'], io)).toBe(
      ExitCode.Ok,
    );
    expect(io.binaries.get('n.onnx')).toEqual(sequenceToOnnx(sequence));
  });

  it('needs -o (the output is binary): exit 2', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.cdam.json', '--format', 'onnx'], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(
      "cdam: --format onnx writes a binary file; give its name with -o FILE (see 'cdam export --help')\n",
    );
  });

  it('refuses a damaged artifact with the field that is wrong: exit 1, nothing written', async () => {
    const damaged = JSON.parse(files['t.cdam.json']);
    damaged.parameters.eta = 'fast';
    const io = memoryIo({ 'bad.json': JSON.stringify(damaged), 'cut.json': files['t.cdam.json'].slice(0, 200) });
    expect(await runCli(['export', 'bad.json', '--format', 'onnx', '-o', 'x.onnx'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toContain('cdam: bad.json: invalid cdam-network artifact: parameters.eta');
    expect(await runCli(['export', 'cut.json', '--format', 'npz', '-o', 'x.npz'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toContain('cdam: cut.json: not a cdam-network artifact: the text is not valid JSON');
    expect(io.writes).toEqual([]);
  });

  it('refuses an artifact with any top-level field missing or replaced, naming it: exit 1, nothing written', async () => {
    for (const file of ['t.cdam.json', 'melody.cdam.json'] as const) {
      const artifact = JSON.parse(files[file]) as Record<string, unknown>;
      for (const key of Object.keys(artifact)) {
        for (const change of ['delete', 'null'] as const) {
          const damaged = { ...artifact };
          if (change === 'delete') delete damaged[key];
          else damaged[key] = null;
          const io = memoryIo({ 'bad.json': JSON.stringify(damaged) });
          const code = await runCli(['export', 'bad.json', '--format', 'onnx', '-o', 'x.onnx'], io);
          // `report` is informational: a network without it (or with null) still exports.
          if (key === 'report' && code === ExitCode.Ok) continue;
          expect([file, key, change, code]).toEqual([file, key, change, ExitCode.Errors]);
          expect(io.stderr()).toMatch(/^cdam: bad\.json: (invalid|not a) cdam-(sequence-)?network artifact/);
          expect(io.stderr()).toContain(key);
          expect(io.writes).toEqual([]);
        }
      }
    }
  });

  it('refuses --automaton with a compiled sequence and --sequence with a compiled automaton', async () => {
    const io = memoryIo(files);
    expect(
      await runCli(['export', 'melody.cdam.json', '--automaton', 'X', '--format', 'onnx', '-o', 'x.onnx'], io),
    ).toBe(ExitCode.Errors);
    expect(await runCli(['export', 't.cdam.json', '--sequence', 'X', '--format', 'npz', '-o', 'x.npz'], io)).toBe(
      ExitCode.Errors,
    );
    expect(io.stderr()).toBe(
      'cdam: melody.cdam.json: this is a compiled sequence; leave out --automaton\n' +
        'cdam: t.cdam.json: this is a compiled automaton; leave out --sequence\n',
    );
  });

  it('will not write over its input', async () => {
    const io = memoryIo(files);
    expect(await runCli(['export', 't.cdam.json', '--format', 'onnx', '-o', 't.cdam.json'], io)).toBe(ExitCode.Usage);
    expect(io.files.get('t.cdam.json')).toBe(files['t.cdam.json']);
  });
});
