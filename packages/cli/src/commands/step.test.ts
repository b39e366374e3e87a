import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, TURNSTILE, TWO_AUTOMATA, UNKNOWN_SYMBOL } from '../testing/index.js';
import { isContinuousIntegration, stepCommand, type StepTerminal, type StepUiRequest } from './step.js';

const TCP = `dfa Tcp {
  alphabet "passive open", SYN, ACK
  start CLOSED
  accept ESTABLISHED
  CLOSED -> LISTEN on "passive open"
  LISTEN -> SYN_RCVD on SYN
  SYN_RCVD -> ESTABLISHED on ACK
}
`;

const files = { 't.fsa': TURNSTILE, 'two.fsa': TWO_AUTOMATA, 'bad.fsa': UNKNOWN_SYMBOL, 'tcp.fsa': TCP };

/** A terminal that records the UI request instead of drawing. */
function fakeTerminal(interactive: boolean): StepTerminal & { requests: StepUiRequest[] } {
  const requests: StepUiRequest[] = [];
  return {
    interactive,
    requests,
    async runUi(request) {
      requests.push(request);
    },
  };
}

describe('cdam step without a terminal', () => {
  it('prints one line per input with both states, the margin and the verdict, and exits 0', async () => {
    const io = memoryIo(files);
    const terminal = fakeTerminal(true);
    expect(await stepCommand('t.fsa', { input: 'coin push' }, io, terminal)).toBe(ExitCode.Ok);
    const lines = io.stdout().split('\n');
    expect(lines[0]).toMatch(/^Turnstile: n = \d+ neurons/);
    expect(lines[1]).toMatch(/^\s*step\s+symbol\s+network\s+automaton\s+margin$/);
    expect(lines[2]).toMatch(/^\s+0\s+\(start\)\s+locked\s+locked\s+0\.\d{3}$/);
    expect(lines[3]).toMatch(/^\s+1\s+coin\s+unlocked\s+unlocked\s+0\.\d{3}$/);
    expect(lines[4]).toMatch(/^\s+2\s+push\s+locked\s+locked\s+0\.\d{3}$/);
    expect(lines[5]).toBe('accepted; the automaton agrees');
    expect(terminal.requests).toEqual([]);
    expect(io.stderr()).toBe('');
  });

  it('prints the plain steps when the output is a terminal but the UI cannot run (no keys, or CI)', async () => {
    const io = memoryIo(files, { isTTY: true });
    const terminal = fakeTerminal(false);
    expect(await stepCommand('t.fsa', { input: 'coin' }, io, terminal)).toBe(ExitCode.Ok);
    expect(io.stdout()).toContain('rejected; the automaton agrees');
    expect(terminal.requests).toEqual([]);
  });

  it('steps through the empty word when no input is given', async () => {
    const io = memoryIo(files);
    expect(await stepCommand('t.fsa', {}, io, fakeTerminal(false))).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/\(start\)\s+locked\s+locked.*\naccepted; the automaton agrees\n$/);
  });

  it('reads quoted symbols as cdam run does', async () => {
    const io = memoryIo(files);
    expect(await stepCommand('tcp.fsa', { input: '"passive open" SYN' }, io, fakeTerminal(false))).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/"passive open"\s+LISTEN\s+LISTEN/);
  });
});

describe('isContinuousIntegration', () => {
  it('reads CI and CONTINUOUS_INTEGRATION as ink does', () => {
    expect(isContinuousIntegration({})).toBe(false);
    expect(isContinuousIntegration({ CI: 'true' })).toBe(true);
    expect(isContinuousIntegration({ CI: '1' })).toBe(true);
    expect(isContinuousIntegration({ CI: '' })).toBe(true);
    expect(isContinuousIntegration({ CI: '0' })).toBe(false);
    expect(isContinuousIntegration({ CI: 'false', CONTINUOUS_INTEGRATION: 'yes' })).toBe(true);
  });
});

describe('cdam step in a terminal', () => {
  it('hands the network, the word and the word syntax to the UI, and prints nothing itself', async () => {
    const io = memoryIo(files, { isTTY: true });
    const terminal = fakeTerminal(true);
    expect(await stepCommand('tcp.fsa', { input: '"passive open" SYN' }, io, terminal)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('');
    expect(terminal.requests).toHaveLength(1);
    const [request] = terminal.requests;
    if (!('network' in request)) throw new Error('expected an automaton');
    expect(request.network.name).toBe('Tcp');
    expect(request.word).toEqual(['passive open', 'SYN']);
    expect(request.fileName).toBe('tcp.fsa');
    expect(request.parseWord('SYN ACK')).toEqual({ ok: true, symbols: ['SYN', 'ACK'] });
    expect(request.parseWord('SYN FIN')).toMatchObject({ ok: false, symbol: 'FIN', column: 5 });
    expect(request.formatWord(['passive open', 'SYN'])).toBe('"passive open" SYN');
  });

  it('chooses the automaton with --automaton', async () => {
    const io = memoryIo(files, { isTTY: true });
    const terminal = fakeTerminal(true);
    expect(await stepCommand('two.fsa', { automaton: 'EndsAb', input: 'a b' }, io, terminal)).toBe(ExitCode.Ok);
    expect(terminal.requests[0]).toMatchObject({ network: { name: 'EndsAb' } });
  });
});

describe('cdam step errors', () => {
  it('shows the diagnostics of a broken file and exits 1 without starting the UI', async () => {
    const io = memoryIo(files, { isTTY: true });
    const terminal = fakeTerminal(true);
    expect(await stepCommand('bad.fsa', { input: 'coin' }, io, terminal)).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(/^bad\.fsa:5:\d+: error\[FSA203\]: symbol 'push' is not in the alphabet/m);
    expect(terminal.requests).toEqual([]);
    expect(io.stdout()).toBe('');
  });

  it('names a symbol of --input outside the alphabet and exits 1', async () => {
    const io = memoryIo(files, { isTTY: true });
    const terminal = fakeTerminal(true);
    expect(await stepCommand('t.fsa', { input: 'coin kick' }, io, terminal)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe("cdam: --input: symbol 'kick' at column 6 is not in the alphabet (coin, push)\n");
    expect(terminal.requests).toEqual([]);
  });

  it('asks for --automaton when the file has several', async () => {
    const io = memoryIo(files);
    expect(await stepCommand('two.fsa', {}, io, fakeTerminal(false))).toBe(ExitCode.Errors);
    expect(io.stderr()).toMatch(/^cdam: two\.fsa: file has 2 automata: .*--automaton NAME/);
  });

  it('refuses --automaton with --sequence as a usage error', async () => {
    const io = memoryIo(files);
    expect(await stepCommand('two.fsa', { automaton: 'Even', sequence: 'Walk' }, io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toBe(
      "cdam: options '--automaton' and '--sequence' cannot be used together (see 'cdam step --help')\n",
    );
  });
});

describe('cdam step --sequence', () => {
  it('prints the recall as cdam recall does when there is no terminal', async () => {
    const io = memoryIo(files);
    const terminal = fakeTerminal(false);
    expect(await stepCommand('two.fsa', { sequence: 'Walk' }, io, terminal)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^Walk: n = \d+ neurons, p = 5 patterns \(loop\)/);
    expect(io.stdout()).toMatch(/^cue: step 0 \('A'\)$/m);
    expect(io.stdout()).toMatch(/on the sequence at every tick\n$/);
    expect(terminal.requests).toEqual([]);
  });

  it('steps a compiled sequence artifact as it steps the .fsa file', async () => {
    const io = memoryIo(files);
    expect(await runCli(['compile', 'two.fsa', '--sequence', 'Walk', '-o', 'walk.cdam.json'], io)).toBe(ExitCode.Ok);
    const fromArtifact = memoryIo(Object.fromEntries(io.files));
    expect(await stepCommand('walk.cdam.json', { sequence: 'Walk' }, fromArtifact, fakeTerminal(false))).toBe(
      ExitCode.Ok,
    );
    const fromSource = memoryIo(files);
    expect(await stepCommand('two.fsa', { sequence: 'Walk' }, fromSource, fakeTerminal(false))).toBe(ExitCode.Ok);
    expect(fromArtifact.stdout()).toBe(fromSource.stdout());
  });

  it('without --sequence, sends a sequence artifact to cdam recall or cdam step --sequence with its name', async () => {
    const io = memoryIo(files);
    expect(await runCli(['compile', 'two.fsa', '--sequence', 'Walk', '-o', 'walk.cdam.json'], io)).toBe(ExitCode.Ok);
    const step = memoryIo(Object.fromEntries(io.files));
    const terminal = fakeTerminal(true);
    expect(await stepCommand('walk.cdam.json', {}, step, terminal)).toBe(ExitCode.Errors);
    expect(step.stderr()).toBe(
      "cdam: walk.cdam.json: invalid cdam-network artifact: format: this is a compiled sequence ('cdam-sequence-network'), not a compiled automaton; recall it with 'cdam recall', or step through it with 'cdam step --sequence Walk'\n",
    );
    expect(terminal.requests).toEqual([]);
    const suggested = memoryIo(Object.fromEntries(io.files));
    expect(await stepCommand('walk.cdam.json', { sequence: 'Walk' }, suggested, fakeTerminal(false))).toBe(ExitCode.Ok);
  });

  it('with --sequence, sends an automaton artifact to cdam run or cdam step', async () => {
    const io = memoryIo(files);
    expect(await runCli(['compile', 'two.fsa', '--automaton', 'Even', '-o', 'even.cdam.json'], io)).toBe(ExitCode.Ok);
    const step = memoryIo(Object.fromEntries(io.files));
    expect(await stepCommand('even.cdam.json', { sequence: 'Walk' }, step, fakeTerminal(false))).toBe(ExitCode.Errors);
    expect(step.stderr()).toMatch(
      /not a compiled sequence; run it with 'cdam run', or step through it with 'cdam step'\n$/,
    );
  });

  it('hands the compiled sequence to the UI in a terminal', async () => {
    const io = memoryIo(files, { isTTY: true });
    const terminal = fakeTerminal(true);
    expect(await stepCommand('two.fsa', { sequence: 'Walk' }, io, terminal)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('');
    expect(terminal.requests).toHaveLength(1);
    const [request] = terminal.requests;
    expect('sequence' in request && request.sequence.name).toBe('Walk');
    expect(request.fileName).toBe('two.fsa');
  });

  it('refuses an input word for a sequence, and names a sequence that is not there', async () => {
    const io = memoryIo(files);
    expect(await stepCommand('two.fsa', { sequence: 'Walk', input: 'a' }, io, fakeTerminal(true))).toBe(ExitCode.Usage);
    expect(io.stderr()).toMatch(/^cdam: a sequence has no input word/);
    const missing = memoryIo(files);
    expect(await stepCommand('two.fsa', { sequence: 'Wlak' }, missing, fakeTerminal(true))).toBe(ExitCode.Errors);
    expect(missing.stderr()).toMatch(/^cdam: two\.fsa: no sequence named 'Wlak'; did you mean 'Walk'\?/);
  });
});

describe('cdam step (program level)', () => {
  it('is registered with its options and key summary in --help', async () => {
    const io = memoryIo(files);
    expect(await runCli(['step', '--help'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^Usage: cdam step \[options\] <file>/);
    for (const flag of ['--automaton <name>', '--sequence <name>', '--input <word>']) {
      expect(io.stdout()).toContain(flag);
    }
    expect(io.stdout()).toContain('q quit');
  });

  it('runs through runCli with the plain output when stdout is not a terminal', async () => {
    const io = memoryIo(files);
    expect(await runCli(['step', 't.fsa', '--input', 'coin'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toContain('rejected; the automaton agrees');
  });
});
