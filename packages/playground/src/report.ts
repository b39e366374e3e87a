import type { CompileReport, SequenceReport } from '@cdam/compiler';
import { fill, h } from './dom.js';

const num = (x: number | null) => (x === null ? '—' : Number.isInteger(x) ? String(x) : x.toPrecision(4));

/** A two-column table of name and value. */
export function table(rows: readonly (readonly [string, string])[]): HTMLTableElement {
  return h(
    'table',
    {},
    h('tbody', {}, ...rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v)))),
  );
}

function exactness(exact: boolean, warnings: readonly string[]): HTMLElement {
  return h(
    'div',
    {},
    h(
      'p',
      { class: exact ? 'ok' : 'warning', 'data-testid': 'exactness' },
      exact ? 'exact: the capacity check and the schedule guarantee exact runs' : 'not guaranteed exact',
    ),
    ...warnings.map((w) => h('p', { class: 'warning' }, w)),
  );
}

/** The compile report of an automaton: sizes, capacity check (gaps against the required gap), exactness. */
export function renderCompileReport(box: HTMLElement, r: CompileReport): void {
  fill(
    box,
    exactness(r.exact, r.warnings),
    table([
      ['neurons', `${r.neurons} (${r.stateNeurons} state + ${r.inputNeurons} input, ${r.neuronsChosen})`],
      ['patterns', `${r.patterns} (${r.states} states × ${r.symbols} symbols)`],
      ['determinised', r.determinised ? 'yes' : 'no'],
      ['dead state', r.deadState ?? 'none'],
      ['encoding, seed', `${r.encoding}, ${r.seed}`],
      ['beta', `${num(r.beta)} (${r.betaChosen}; minimum ${num(r.minimumBeta)})`],
      ['a, h, eta, K', `${num(r.auto)}, ${num(r.hetero)}, ${num(r.eta)}, ${r.iterations}`],
      ['κ state, κ input', `${num(r.kappaState)}, ${num(r.kappaInput)}`],
      [
        'gaps present / jump / hold / decode',
        `${num(r.gaps.present)} / ${num(r.gaps.jump)} / ${num(r.gaps.hold)} / ${num(r.gaps.decode)}`,
      ],
      [
        'worst gap, required',
        `${num(r.gaps.worst)} ≥ ${num(r.requiredGap)}: ${(r.gaps.worst ?? Infinity) >= r.requiredGap ? 'safe' : 'not safe'}`,
      ],
    ]),
  );
}

/** The compile report of a sequence. */
export function renderSequenceReport(box: HTMLElement, r: SequenceReport): void {
  fill(
    box,
    exactness(r.exact, r.warnings),
    table([
      ['neurons', `${r.neurons} (${r.itemNeurons} item + ${r.contextNeurons} context, ${r.neuronsChosen})`],
      ['patterns', `${r.patterns} (${r.items} items, ${r.steps} steps, ${r.loop ? 'loop' : 'no loop'})`],
      ['encoding, seed', `${r.encoding}, ${r.seed}`],
      ['beta', `${num(r.beta)} (${r.betaChosen}; minimum ${num(r.minimumBeta)})`],
      ['a, h, eta', `${num(r.auto)}, ${num(r.hetero)}, ${num(r.eta)}`],
      ['required gap', num(r.requiredGap)],
    ]),
  );
}
