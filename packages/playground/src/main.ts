import { toDfa, type Dfa } from '@cdam/automata';
import {
  compileAutomaton,
  FileAutomata,
  toArtifact,
  toSequenceArtifact,
  type CompiledNetwork,
  type CompiledSequence,
  type CompileOptions,
  type CompileReport,
} from '@cdam/compiler';
import {
  checkSource,
  formatFile,
  fromAutomatonSpec,
  fromSequenceSpec,
  hasErrors,
  importInterchange,
  parseWord,
  quoteIfNeeded,
  toAutomatonJson,
  toJflap,
  toSequenceJson,
  toSequenceSpec,
  isAutomatonLike,
  type AutomatonLikeAst,
  type AutomatonSpec,
  type CheckedSource,
  type Diagnostic,
} from '@cdam/language';
import { editorView, setEditorText, type Editor } from './editor.js';
import { drawAutomaton, highlight, type Drawing } from './diagram.js';
import { download, fill, h } from './dom.js';
import { PARAMETER_FIELDS, readParameters, type ParameterInputs } from './parameters.js';
import { SAMPLES, SAMPLE_WORDS } from './samples.js';
import { readShare, shareFragment } from './share.js';
import { workerLanguageService, type QuickFix } from './service.js';
import { NOISE_LEVELS, outputTape, Stepper, type TapeEntry } from './stepper.js';
import { renderCompileReport } from './report.js';
import { sequencePanel } from './sequence-panel.js';
import { verifyPanel } from './verify-panel.js';
import './style.css';

type FileAst = CheckedSource['file'];
type DeclarationAst = FileAst['declarations'][number];
type SequenceDeclaration = Extract<DeclarationAst, { kind: 'sequence' }>;

const DEFAULT_SAMPLE = 'family-tree.fsa';
const PLAY_INTERVAL_MS = 700;

/** Everything the page shows comes from this state; `render` draws it. */
interface Page {
  source: string;
  file: FileAst | undefined;
  diagnostics: readonly Diagnostic[];
  /** The chosen declaration's name (automaton or sequence). */
  chosen: string | undefined;
  compiled: CompiledNetwork | undefined;
  /** The compile error, or the reason nothing is compiled. */
  problem: string | undefined;
  stepper: Stepper | undefined;
  /** The drawn automaton (before completing with a dead state). */
  drawn: Dfa | undefined;
  drawing: Drawing | undefined;
  word: string;
  wordProblem: string | undefined;
  playing: ReturnType<typeof setInterval> | undefined;
  noise: number;
  /** The chosen sequence, compiled. */
  sequence: CompiledSequence | undefined;
}

const page: Page = {
  source: '',
  file: undefined,
  diagnostics: [],
  chosen: undefined,
  compiled: undefined,
  problem: undefined,
  stepper: undefined,
  drawn: undefined,
  drawing: undefined,
  word: '',
  wordProblem: undefined,
  playing: undefined,
  noise: 0,
  sequence: undefined,
};

const service = workerLanguageService();

// ---- the page's elements --------------------------------------------------------------------------------

const testid = (id: string) => ({ 'data-testid': id });
const sampleSelect = h(
  'select',
  { 'aria-label': 'samples', onchange: () => loadSample(sampleSelect.value) },
  h('option', { value: '' }, 'Samples…'),
  ...[...SAMPLES.keys()].map((name) => h('option', { value: name }, name.replace(/\.fsa$/, ''))),
);
const fileInput = h('input', {
  type: 'file',
  accept: '.fsa,.jff,.xml,.json',
  hidden: true,
  onchange: () => void openFiles(fileInput.files),
});
const picker = h('select', {
  'aria-label': 'automaton or sequence',
  ...testid('picker'),
  onchange: () => choose(picker.value),
});
const shareLink = h('a', { ...testid('share-link'), class: 'share-link', href: '#' });
const copyButton = h('button', { type: 'button', onclick: () => void copyShare() }, 'Copy link');
const themeButton = h('button', { type: 'button', 'aria-label': 'toggle dark theme', onclick: toggleTheme }, '◐');
const exportMenu = h(
  'select',
  { 'aria-label': 'export', ...testid('export'), onchange: () => exportAs(exportMenu.value) },
  h('option', { value: '' }, 'Export…'),
  h('option', { value: 'fsa' }, '.fsa source'),
  h('option', { value: 'json' }, 'JSON'),
  h('option', { value: 'jff' }, 'JFLAP .jff'),
  h('option', { value: 'svg' }, 'diagram SVG'),
  h('option', { value: 'artifact' }, 'network artifact'),
);

const editorHost = h('div', { class: 'editor', ...testid('editor') });
const diagnosticsList = h('ul', { class: 'diagnostics', ...testid('diagnostics'), 'aria-live': 'polite' });
const loadMessage = h('p', { class: 'load-message', role: 'status', ...testid('load-message') });

const wordInput = h('input', {
  ...testid('word-input'),
  'aria-label': 'input word',
  placeholder: 'a word, e.g. wife daughter',
  spellcheck: 'false',
  autocomplete: 'off',
  oninput: () => setWord(wordInput.value, false),
  onkeydown: (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter') runWhole();
    if (key === 'Escape') wordInput.blur();
  },
});
const wordProblem = h('p', { class: 'field-error', ...testid('word-problem'), role: 'status' });
const button = (label: string, title: string, id: string, action: () => void) =>
  h('button', { type: 'button', title, 'aria-label': title, ...testid(id), onclick: action }, label);
const playButton = button('▶ play', 'play or pause (p)', 'play', togglePlay);
const controls = h(
  'div',
  { class: 'controls', role: 'toolbar', 'aria-label': 'stepping' },
  button('⟲ reset', 'reset (r)', 'reset', () => act(() => page.stepper?.reset())),
  button('◀ back', 'back (←)', 'step-back', () => act(() => page.stepper?.back())),
  button('next ▶', 'next symbol (→ or space)', 'step-next', () => act(() => page.stepper?.next())),
  button('+1 iteration', 'one more iteration (.)', 'step-iterate', () => act(() => page.stepper?.iterate())),
  playButton,
  button('run all ⇥', 'run the whole word (Enter in the word field)', 'run-all', runWhole),
);
const noiseSelect = h(
  'select',
  {
    'aria-label': 'noise before each input (n)',
    title: 'noise before each input (n)',
    ...testid('noise'),
    onchange: () => setNoise(Number(noiseSelect.value)),
  },
  ...NOISE_LEVELS.map((level) => h('option', { value: String(level) }, level === 0 ? 'no noise' : `noise ${level}`)),
);
controls.append(noiseSelect);
const tape = h('div', { class: 'tape', ...testid('tape'), 'aria-label': 'word' });

const verdict = h('span', { class: 'verdict', ...testid('verdict') });
const automatonVerdict = h('span', { ...testid('automaton-verdict') });
const networkState = h('span', { class: 'state-name', ...testid('network-state') });
const automatonState = h('span', { class: 'state-name', ...testid('automaton-state') });
const margin = h('span', { ...testid('margin') });
const networkOutputs = h('span', { class: 'outputs', ...testid('outputs'), 'aria-label': 'network output tape' });
const automatonOutputs = h('span', {
  class: 'outputs',
  ...testid('automaton-outputs'),
  'aria-label': 'automaton output tape',
});
/** The output rows, shown only for a transducer. */
const outputRows = [
  h('dt', {}, 'network output'),
  h('dd', {}, networkOutputs),
  h('dt', {}, 'automaton output'),
  h('dd', {}, automatonOutputs),
];
const status = h(
  'dl',
  { class: 'status' },
  h('dt', {}, 'network'),
  h('dd', {}, networkState, ' ', verdict),
  h('dt', {}, 'automaton'),
  h('dd', {}, automatonState, ' ', automatonVerdict),
  h('dt', {}, 'margin'),
  h('dd', {}, margin),
  ...outputRows,
);
const diagram = h('div', { class: 'diagram', ...testid('diagram') });
const bars = h('div', { class: 'bars', ...testid('bars'), role: 'list', 'aria-label': 'correlation with every state' });
const runSection = h(
  'section',
  { class: 'run', 'aria-label': 'run' },
  h('div', { class: 'word-row' }, h('label', {}, 'word ', wordInput)),
  wordProblem,
  controls,
  tape,
  status,
  diagram,
  h('h3', {}, 'Correlation with every state'),
  bars,
);

const parameterInputs: ParameterInputs = Object.fromEntries(
  PARAMETER_FIELDS.map((f) => [
    f.key,
    f.key === 'encoding'
      ? h(
          'select',
          { 'aria-label': f.label, onchange: rebuild },
          h('option', { value: '' }, 'from file'),
          h('option', { value: 'bipolar' }, 'bipolar'),
          h('option', { value: 'uniform' }, 'uniform'),
        )
      : h('input', { 'aria-label': f.label, inputmode: 'decimal', placeholder: 'auto', onchange: rebuild }),
  ]),
) as ParameterInputs;
const parameterErrors = new Map(PARAMETER_FIELDS.map((f) => [f.key, h('small', { class: 'field-error' })]));
const parametersForm = h(
  'div',
  { class: 'parameters', ...testid('parameters') },
  ...PARAMETER_FIELDS.map((f) =>
    h('label', { title: f.help }, h('span', {}, f.label), parameterInputs[f.key], parameterErrors.get(f.key)),
  ),
);
const reportBox = h('div', { class: 'report', ...testid('compile-report') });
const verify = verifyPanel(() => verifyRequest());
const sequenceBox = h('div', { class: 'sequence-box', ...testid('sequence') });

const helpDialog = h(
  'dialog',
  { class: 'help', ...testid('help') },
  h('h2', {}, 'Keys (as in cdam step)'),
  h(
    'dl',
    {},
    ...[
      ['→ or space', 'next symbol'],
      ['←', 'back'],
      ['.', 'one more iteration'],
      ['r', 'reset'],
      ['p', 'play / pause'],
      ['n', 'next noise level'],
      ['e', 'edit the word'],
      ['?', 'this help'],
    ].flatMap(([k, v]) => [h('dt', {}, h('kbd', {}, k!)), h('dd', {}, v!)]),
  ),
  h(
    'p',
    {},
    'Keys act when the focus is outside the editor and the word field. Esc leaves the word field; in the editor, Esc then Tab moves on.',
  ),
  h(
    'p',
    {},
    'In the editor: hover a name to see what it is; Ctrl-Space completes; F12 or Ctrl/Cmd-click goes to where a name is declared; Shift-Alt-F formats; a did-you-mean diagnostic offers its fix in its tooltip.',
  ),
  h('button', { type: 'button', onclick: () => helpDialog.close() }, 'Close'),
);

const app = document.getElementById('app')!;
fill(
  app,
  h(
    'header',
    {},
    h('h1', {}, 'cdam playground'),
    h(
      'nav',
      {},
      sampleSelect,
      h('button', { type: 'button', onclick: () => fileInput.click(), ...testid('open') }, 'Open…'),
      fileInput,
      h(
        'button',
        {
          type: 'button',
          onclick: () => void editor.format(),
          title: 'format the source as cdam fmt does (Shift-Alt-F)',
          ...testid('format'),
        },
        'Format',
      ),
      picker,
      exportMenu,
      themeButton,
      h('button', { type: 'button', 'aria-label': 'keys', onclick: () => helpDialog.showModal() }, '?'),
    ),
  ),
  h(
    'main',
    {},
    h(
      'section',
      { class: 'source', 'aria-label': 'source' },
      editorHost,
      loadMessage,
      diagnosticsList,
      h('div', { class: 'share' }, h('span', {}, 'Share: '), shareLink, copyButton),
    ),
    runSection,
    sequenceBox,
    h(
      'section',
      { class: 'network', 'aria-label': 'network' },
      h('details', { open: true }, h('summary', {}, 'Compile parameters and report'), parametersForm, reportBox),
      h('details', {}, h('summary', {}, 'Verify'), verify.element),
    ),
  ),
  helpDialog,
);

/** The quick fixes of a text, by diagnostic (the language service's last check). */
interface Fixes {
  readonly text: string;
  readonly fixes: readonly (readonly QuickFix[])[];
}
let lastFixes: Fixes | undefined;

const editor: Editor = editorView(editorHost, '', service, (text, { diagnostics, fixes }) => {
  page.source = text;
  lastFixes = { text, fixes };
  showDiagnostics(diagnostics, lastFixes);
  if (!hasErrors(diagnostics) && text !== builtSource) rebuild();
  updateShare();
});

// ---- loading --------------------------------------------------------------------------------------------

function loadSource(text: string, word: string, chosen?: string, runAll = false): void {
  page.source = text;
  page.chosen = chosen;
  page.word = word;
  wordInput.value = word;
  setEditorText(editor, text);
  rebuild();
  if (runAll) runWhole();
  else render();
}

function loadSample(name: string): void {
  const text = SAMPLES.get(name);
  if (text === undefined) return;
  loadMessage.textContent = '';
  loadSource(text, SAMPLE_WORDS[name] ?? '');
}

/** Opens a `.fsa`, or imports a `.jff`/`.json` into `.fsa` text; problems are shown as diagnostics. */
async function openFiles(files: FileList | null | undefined): Promise<void> {
  const file = files?.[0];
  if (!file) return;
  const text = await file.text();
  if (/\.fsa$/i.test(file.name)) {
    loadMessage.textContent = `opened ${file.name}`;
    loadSource(text, '');
    return;
  }
  const result = importInterchange(text, file.name);
  if (result.kind === 'error') {
    loadMessage.textContent = `cannot import ${file.name}:`;
    showDiagnostics(result.diagnostics);
    return;
  }
  const declaration =
    result.format === 'jflap-re'
      ? result.regex
      : result.format === 'cdam-sequence'
        ? fromSequenceSpec(result.spec)
        : fromAutomatonSpec(result.spec);
  const fsa = formatFile({ kind: 'file', declarations: [declaration], comments: [], span: declaration.span });
  loadMessage.textContent = `imported ${file.name} (${result.format})`;
  loadSource(fsa, '');
}

document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dropping');
  void openFiles(event.dataTransfer?.files);
});

// ---- compile and step -----------------------------------------------------------------------------------

/** The automata (written, regexes, derived) and sequences of the file; test blocks are not run here. */
function declarations(file: FileAst | undefined): readonly (AutomatonLikeAst | SequenceDeclaration)[] {
  return (file?.declarations ?? []).filter(
    (d): d is AutomatonLikeAst | SequenceDeclaration => isAutomatonLike(d) || d.kind === 'sequence',
  );
}

/** The explicit machine of an automaton of the current file (a regex or derived one is built), or why not. */
function specOf(chosen: AutomatonLikeAst): { ok: true; spec: AutomatonSpec } | { ok: false; message: string } {
  return page.file ? new FileAutomata(page.file).spec(chosen) : { ok: false, message: 'no file is loaded' };
}

/** Parses the source, compiles the chosen automaton with the parameters, and restarts the word. */
let builtSource: string | undefined;

function rebuild(): void {
  stopPlaying();
  builtSource = page.source;
  const checked = checkSource(page.source);
  page.diagnostics = checked.diagnostics;
  showDiagnostics(checked.diagnostics, lastFixes?.text === page.source ? lastFixes : undefined);
  if (hasErrors(checked.diagnostics)) {
    // Keep showing the last network that compiled; with none yet, say why nothing runs.
    if (!page.stepper) {
      page.problem = 'fix the errors in the source to compile it';
      render();
    }
    return;
  }
  page.file = checked.file;
  const all = declarations(checked.file);
  fill(
    picker,
    ...all.map((d) =>
      h('option', { value: d.name.value }, `${d.kind === 'sequence' ? 'sequence ' : ''}${d.name.value}`),
    ),
  );
  if (!all.some((d) => d.name.value === page.chosen)) {
    if (page.chosen !== undefined && all.length > 0) {
      loadMessage.textContent = `the source declares no '${page.chosen}'; showing '${all[0]!.name.value}'`;
    }
    page.chosen = all[0]?.name.value;
  }
  picker.value = page.chosen ?? '';
  const chosen = all.find((d) => d.name.value === page.chosen);
  page.compiled = undefined;
  page.sequence = undefined;
  page.stepper = undefined;
  page.drawn = undefined;
  page.problem = undefined;
  runSection.hidden = chosen?.kind === 'sequence';
  sequenceBox.hidden = chosen?.kind !== 'sequence';
  if (chosen === undefined) {
    page.problem = 'the file declares no automaton or sequence';
  } else if (chosen.kind === 'sequence') {
    const parameters = readParameters(parameterInputs, parameterErrors);
    fill(reportBox);
    page.sequence = sequencePanel(sequenceBox, toSequenceSpec(chosen), parameters.options, page.source);
  } else {
    compileChosen(chosen);
  }
  setWord(page.word, true);
  void redraw();
  updateShare();
}

function compileChosen(chosen: AutomatonLikeAst): void {
  const built = specOf(chosen);
  if (!built.ok) {
    page.problem = `cannot build '${chosen.name.value}': ${built.message}`;
    fill(reportBox, h('p', { class: 'error' }, page.problem));
    return;
  }
  const spec = built.spec;
  const parameters = readParameters(parameterInputs, parameterErrors);
  if (!parameters.ok) {
    page.problem = 'fix the compile parameters marked above';
    fill(reportBox, h('p', { class: 'error' }, page.problem));
    return;
  }
  const options: CompileOptions = { ...parameters.options, sourceText: page.source };
  const result = compileAutomaton(spec, options);
  if (result.kind === 'error') {
    page.problem = `cannot compile '${spec.name}': ${result.error.message}`;
    parameters.explain(result.error.message);
    fill(reportBox, h('p', { class: 'error', ...testid('compile-error') }, page.problem));
    return;
  }
  page.compiled = result.network;
  page.stepper = new Stepper(result.network);
  page.stepper.noise = page.noise;
  const drawn = toDfa(spec);
  page.drawn = drawn.kind === 'ok' ? drawn.dfa : result.network.dfa;
  renderCompileReport(reportBox, result.network.report as CompileReport);
  verify.reset();
}

function setWord(text: string, keepPosition: boolean): void {
  page.word = text;
  const stepper = page.stepper;
  if (!stepper) return render();
  const parsed = parseWord(text, stepper.compiled.dfa.alphabet);
  page.wordProblem = parsed.ok ? undefined : parsed.message;
  const symbols = parsed.ok ? parsed.symbols : [];
  const consumed = keepPosition ? stepper.current.consumed : 0;
  stepper.reset(symbols);
  for (let i = 0; i < consumed && stepper.next(); i++);
  updateShare();
  render();
}

/** Noise for the inputs from here on (a new network keeps it); the run so far is replayed with it. */
function setNoise(level: number): void {
  page.noise = level;
  noiseSelect.value = String(level);
  if (page.stepper) page.stepper.noise = level;
  setWord(page.word, true);
}

function act(action: () => void): void {
  action();
  render();
}

function runWhole(): void {
  stopPlaying();
  page.stepper?.reset();
  page.stepper?.runToEnd();
  render();
}

function togglePlay(): void {
  if (page.playing !== undefined) return stopPlaying();
  const stepper = page.stepper;
  if (!stepper) return;
  if (stepper.done) stepper.reset();
  page.playing = setInterval(() => {
    if (!stepper.next()) stopPlaying();
    render();
  }, PLAY_INTERVAL_MS);
  render();
}

function stopPlaying(): void {
  if (page.playing === undefined) return;
  clearInterval(page.playing);
  page.playing = undefined;
  render();
}

// ---- drawing ----------------------------------------------------------------------------------------------

let drawGeneration = 0;
let firstRenderDone: () => void = () => {};
/** Graphviz (1.4 MB of JavaScript and WebAssembly) loads only after the first render is on screen. */
const firstRender = new Promise<void>((resolve) => (firstRenderDone = resolve));

async function redraw(): Promise<void> {
  const generation = ++drawGeneration;
  const dfa = page.drawn;
  if (!dfa || !page.compiled) {
    page.drawing = undefined;
    fill(diagram, h('p', { class: 'muted' }, page.problem ?? ''));
    return;
  }
  if (!diagram.firstChild) fill(diagram, h('p', { class: 'muted' }, 'drawing…'));
  try {
    await firstRender;
    const drawing = await drawAutomaton(dfa, page.compiled.name);
    if (generation !== drawGeneration) return;
    page.drawing = drawing;
    fill(diagram, drawing.svg);
    render();
    if (performance.getEntriesByName('diagram-drawn').length === 0) performance.mark('diagram-drawn');
  } catch (error) {
    fill(diagram, h('p', { class: 'error' }, `cannot draw the automaton: ${String(error)}`));
  }
}

/** Lists the diagnostics of the source, each with its quick fixes when the language service gave them. */
function showDiagnostics(diagnostics: readonly Diagnostic[], fixes?: Fixes): void {
  fill(
    diagnosticsList,
    ...diagnostics.map((d, i) =>
      h(
        'li',
        { class: d.severity, ...testid('diagnostic') },
        h(
          'button',
          {
            type: 'button',
            class: 'at',
            onclick: () => editor.goTo(d.span.start.offset),
            title: 'go to this place in the source',
          },
          `${d.span.start.line}:${d.span.start.column}`,
        ),
        ` ${d.severity} ${d.code}: `,
        h('span', { class: 'message' }, d.message),
        d.hint ? h('span', { class: 'hint' }, ` — ${d.hint}`) : null,
        ...(fixes?.fixes[i] ?? []).map((fix) =>
          h(
            'button',
            { type: 'button', class: 'fix', ...testid('quick-fix'), onclick: () => editor.fix(fixes!.text, fix) },
            fix.title,
          ),
        ),
      ),
    ),
  );
}

/** Draws the run: tape, status, verdicts, bars and the diagram's highlight. */
function render(): void {
  playButton.textContent = page.playing !== undefined ? '❚❚ pause' : '▶ play';
  wordProblem.textContent = page.wordProblem ?? '';
  const stepper = page.stepper;
  if (!stepper) {
    fill(tape);
    fill(bars);
    for (const element of [verdict, automatonVerdict, networkState, automatonState, margin]) element.textContent = '';
    showOutputs(undefined, undefined);
    if (page.problem) verdict.textContent = page.problem;
    return;
  }
  const { dfa } = stepper.compiled;
  const now = stepper.current;
  fill(
    tape,
    ...stepper.symbols.map((symbol, i) =>
      h('span', { class: i < now.consumed ? 'read' : i === now.consumed ? 'next' : '' }, quoteIfNeeded(symbol)),
    ),
    stepper.symbols.length === 0 ? h('span', { class: 'muted' }, 'the empty word') : null,
    h('span', { class: 'position' }, `${now.consumed}/${stepper.symbols.length} read, ${now.iterations} updates`),
  );
  const network = dfa.states[now.decoded]!;
  const automaton = dfa.states[now.automaton]!;
  networkState.textContent = now.quiescent ? `${network} (quiescent)` : network;
  automatonState.textContent = automaton;
  const scope = stepper.done ? '' : ' so far';
  verdict.textContent = page.wordProblem
    ? 'no verdict: the word does not parse'
    : `${stepper.networkAccepts() ? 'accepted' : 'rejected'}${scope}`;
  verdict.className = `verdict ${stepper.networkAccepts() ? 'yes' : 'no'}`;
  automatonVerdict.textContent = page.wordProblem
    ? ''
    : `${stepper.automatonAccepts() ? 'accepted' : 'rejected'}${scope}`;
  const agree = now.decoded === now.automaton && stepper.networkAccepts() === stepper.automatonAccepts();
  networkState.classList.toggle('differs', !agree);
  margin.textContent = `${now.margin.toFixed(3)} (best ${now.best.toFixed(3)})`;
  showOutputs(stepper.networkOutputs(), stepper.automatonOutputs());
  fill(
    bars,
    ...dfa.states.map((name, q) => {
      const r = now.correlations[q]!;
      return h(
        'div',
        {
          class: `bar${q === now.decoded ? ' decoded' : ''}${q === now.automaton ? ' current' : ''}`,
          role: 'listitem',
        },
        h('span', { class: 'bar-name' }, name),
        h(
          'span',
          { class: 'bar-track' },
          h('span', {
            class: `bar-fill ${r < 0 ? 'negative' : ''}`,
            style: `width:${Math.min(100, Math.abs(r) * 100)}%`,
          }),
        ),
        h('span', { class: 'bar-value' }, r.toFixed(3)),
      );
    }),
  );
  if (page.drawing) {
    const last = now.lastTransition
      ? ([dfa.states[now.lastTransition[0]]!, dfa.states[now.lastTransition[2]]!] as const)
      : null;
    highlight(page.drawing, automaton, last, now.quiescent ? null : network);
  }
}

/**
 * Shows a transducer's output tapes, the network's beside the automaton's, one entry per symbol read; an
 * output of the network that is not the automaton's is marked as a differing state is. Hidden for an acceptor.
 */
function showOutputs(
  network: readonly (string | null)[] | undefined,
  automaton: readonly (string | null)[] | undefined,
) {
  for (const row of outputRows) row.hidden = network === undefined;
  const tape = (entries: readonly TapeEntry[]) =>
    entries.flatMap(({ text, differs }, i) => {
      const item = h('span', { class: `state-name${differs ? ' differs' : ''}` }, text);
      return i === 0 ? [item] : [' ', item];
    });
  fill(networkOutputs, ...tape(outputTape(network ?? [], automaton)));
  fill(automatonOutputs, ...tape(outputTape(automaton ?? [])));
}

// ---- share, export, theme, keys -------------------------------------------------------------------------

function shareUrl(): string {
  const fragment = shareFragment({
    source: page.source,
    input: page.word,
    ...(page.chosen !== undefined && declarations(page.file).length > 1 ? { automaton: page.chosen } : {}),
  });
  return `${location.href.replace(/#.*$/, '')}#${fragment}`;
}

function updateShare(): void {
  const url = shareUrl();
  shareLink.href = url;
  shareLink.textContent = url;
}

async function copyShare(): Promise<void> {
  try {
    await navigator.clipboard.writeText(shareLink.href);
    copyButton.textContent = 'Copied';
  } catch {
    copyButton.textContent = 'Select the link to copy it';
  }
  setTimeout(() => (copyButton.textContent = 'Copy link'), 1500);
}

function exportAs(kind: string): void {
  exportMenu.value = '';
  const name = page.chosen ?? 'automaton';
  const chosen = declarations(page.file).find((d) => d.name.value === page.chosen);
  if (kind === 'fsa') return download(`${name}.fsa`, page.source, 'text/plain');
  if (kind === 'svg' && page.drawing) {
    return download(`${name}.svg`, new XMLSerializer().serializeToString(page.drawing.svg), 'image/svg+xml');
  }
  if (kind === 'artifact' && page.compiled) {
    return download(`${name}.cdam.json`, toArtifact(page.compiled), 'application/json');
  }
  if (kind === 'artifact' && page.sequence) {
    return download(`${name}.cdam.json`, toSequenceArtifact(page.sequence), 'application/json');
  }
  if (chosen?.kind === 'sequence' && kind === 'json') {
    return download(`${name}.json`, toSequenceJson(toSequenceSpec(chosen)), 'application/json');
  }
  if (chosen === undefined || chosen.kind === 'sequence') return;
  const built = specOf(chosen);
  if (!built.ok) return;
  const spec = built.spec;
  if (kind === 'json') download(`${name}.json`, toAutomatonJson(spec), 'application/json');
  if (kind === 'jff') download(`${name}.jff`, toJflap(spec), 'application/xml');
}

function choose(name: string): void {
  page.chosen = name;
  rebuild();
}

function verifyRequest() {
  const chosen = page.chosen;
  if (!page.compiled || chosen === undefined) return undefined;
  const parameters = readParameters(parameterInputs, parameterErrors);
  return { source: page.source, automaton: chosen, options: parameters.options };
}

function toggleTheme(): void {
  const root = document.documentElement;
  const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset.theme = dark ? 'light' : 'dark';
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target?.closest('.cm-editor, input, select, textarea, dialog')) return;
  const keys: Record<string, () => void> = {
    ArrowRight: () => act(() => page.stepper?.next()),
    ' ': () => act(() => page.stepper?.next()),
    ArrowLeft: () => act(() => page.stepper?.back()),
    '.': () => act(() => page.stepper?.iterate()),
    r: () => act(() => page.stepper?.reset()),
    p: togglePlay,
    n: () => setNoise(NOISE_LEVELS[(NOISE_LEVELS.indexOf(page.noise) + 1) % NOISE_LEVELS.length]!),
    e: () => wordInput.focus(),
    '?': () => helpDialog.showModal(),
  };
  const action = keys[event.key];
  if (!action || (target?.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter'))) return;
  event.preventDefault();
  action();
});

function loadFromLocation(): boolean {
  const read = readShare(location.hash);
  if (read.kind === 'none') return false;
  if (read.kind === 'error') {
    loadMessage.textContent = read.message;
    return false;
  }
  loadMessage.textContent = '';
  loadSource(read.shared.source, read.shared.input, read.shared.automaton, true);
  return true;
}

window.addEventListener('hashchange', () => {
  if (location.hash !== new URL(shareLink.href).hash) loadFromLocation();
});

if (!loadFromLocation()) {
  sampleSelect.value = DEFAULT_SAMPLE;
  loadSample(DEFAULT_SAMPLE);
}
// The editor, the run and its verdict are on screen at the next frame (the diagram follows once Graphviz loads).
requestAnimationFrame(() => {
  performance.mark('first-useful-render');
  firstRenderDone();
});
