import type { AutomatonSpec } from '../spec.js';
import { freshName } from './fresh-name.js';
import { toJflapMetadataComments } from './jflap-metadata.js';

/**
 * Writes an automaton as JFLAP 7 XML (`.jff`, type `fa`; a transducer as type `mealy` with each
 * transition's output in `<transout>`, or `moore` with each state's in `<output>`) that JFLAP opens: state ids 0..n-1
 * in spec order, names = state names, positions on a circle, epsilon as `<read/>`, everything
 * XML-escaped. Where JFLAP has no counterpart, the file says it twice:
 * - for JFLAP: a symbol is written as its string (JFLAP reads a multi-character `<read>` as a chain
 *   of characters), and an nfa with several start states gets a fresh initial state (`init`, made
 *   unique) with an epsilon transition to each of them, since JFLAP has one initial state;
 * - for cdam: XML comments JFLAP ignores (`<!--cdam:name "Turnstile"-->`, `cdam:kind`,
 *   `cdam:alphabet` with the exact symbols in order, `cdam:start`, `cdam:accept`, `cdam:network`;
 *   see `jflap-metadata.ts`), from which `importJflap` restores the automaton exactly.
 * Without the comments (a file JFLAP wrote, or one they were removed from) the import follows JFLAP's meaning.
 * Runs in O(states + transitions).
 */
export function toJflap(spec: AutomatonSpec): string {
  const { states, start, transitions } = withSingleStart(spec);
  const ids = new Map(states.map((name, i) => [name, i]));
  const initial = new Set(start);
  const transducer = spec.kind === 'mealy' || spec.kind === 'moore';
  // A JFLAP transducer has no final states: every state of a cdam transducer accepts.
  const accepting = new Set(transducer ? [] : spec.accept);
  const stateOutput = (name: string): string => {
    const output =
      spec.kind === 'moore' && spec.outputs && Object.hasOwn(spec.outputs, name) ? spec.outputs[name] : undefined;
    return output === undefined ? '' : `<output>${escapeXml(output)}</output>`;
  };
  const radius = Math.max(120, (states.length * 80) / (2 * Math.PI));
  const lines: string[] = [];
  states.forEach((name, i) => {
    const angle = (2 * Math.PI * i) / states.length - Math.PI / 2;
    const x = (radius + 80 + radius * Math.cos(angle)).toFixed(1);
    const y = (radius + 80 + radius * Math.sin(angle)).toFixed(1);
    const marks = `${initial.has(name) ? '<initial/>' : ''}${accepting.has(name) ? '<final/>' : ''}`;
    lines.push(`<state id="${i}" name="${escapeXml(name)}"><x>${x}</x><y>${y}</y>${marks}${stateOutput(name)}</state>`);
  });
  for (const [from, symbol, to, output] of transitions) {
    const read = symbol === '' ? '<read/>' : `<read>${escapeXml(symbol)}</read>`;
    const transout = output === undefined ? '' : `<transout>${escapeXml(output)}</transout>`;
    lines.push(
      `<transition><from>${ids.get(from) ?? -1}</from><to>${ids.get(to) ?? -1}</to>${read}${transout}</transition>`,
    );
  }
  // `&#13;` before each line break is how JFLAP 7 itself writes its files.
  const body = lines.map((line) => `${line}&#13;\n`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><structure>&#13;<type>${transducer ? spec.kind : 'fa'}</type>&#13;<automaton>&#13;\n` +
    toJflapMetadataComments(spec)
      .map((comment) => `${comment}&#13;\n`)
      .join('') +
    `<!--The list of states and transitions.-->&#13;\n${body}</automaton>&#13;\n</structure>\n`
  );
}

function withSingleStart(spec: AutomatonSpec): Pick<AutomatonSpec, 'states' | 'start' | 'transitions'> {
  if (spec.start.length <= 1) return spec;
  const init = freshName('init', new Set(spec.states));
  return {
    states: [...spec.states, init],
    start: [init],
    transitions: [...spec.transitions, ...spec.start.map((s) => [init, '', s] as const)],
  };
}

/**
 * Escapes text for XML content and attribute values. Line breaks and tabs become character
 * references so attribute-value normalisation cannot turn them into spaces; other control
 * characters (which XML 1.0 cannot carry at all) become references too, so at least cdam reads them back.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\u0000-\u001f]/g, (c) => XML_ESCAPES[c] ?? `&#${c.charCodeAt(0)};`);
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
