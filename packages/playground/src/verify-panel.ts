import type { NetworkParameters } from '@cdam/language';
import type { VerifyReport } from '@cdam/runtime';
import { fill, h } from './dom.js';
import { table } from './report.js';
import type { VerifyMessage, VerifyRequest } from './verify-worker.js';

export interface VerifyPanel {
  readonly element: HTMLElement;
  /** Forgets the last report (the network changed). */
  reset(): void;
}

/** A button that verifies the network in a worker, with a progress bar, the report and the noise chart. */
export function verifyPanel(
  request: () => { source: string; automaton: string; options: NetworkParameters } | undefined,
): VerifyPanel {
  const progress = h('progress', {
    max: 1,
    value: 0,
    'data-testid': 'verify-progress',
    'aria-label': 'verify progress',
  });
  const phase = h('span', { class: 'muted' });
  const output = h('div', { 'data-testid': 'verify-report' });
  let worker: Worker | undefined;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    start.textContent = 'Verify';
  };
  const start = h(
    'button',
    {
      type: 'button',
      'data-testid': 'verify',
      onclick: () => {
        if (worker) return stop();
        const what = request();
        if (!what) return fill(output, h('p', { class: 'error' }, 'nothing compiled to verify'));
        worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
        start.textContent = 'Stop';
        fill(output);
        worker.addEventListener('message', (event: MessageEvent<VerifyMessage>) => {
          const m = event.data;
          if (m.kind === 'progress') {
            progress.max = m.progress.total;
            progress.value = m.progress.done;
            phase.textContent = ` ${m.progress.phase}: ${m.progress.done} / ${m.progress.total}`;
            return;
          }
          stop();
          phase.textContent = '';
          fill(output, m.kind === 'done' ? verifyReport(m.report) : h('p', { class: 'error' }, m.message));
        });
        worker.postMessage(what satisfies VerifyRequest);
      },
    },
    'Verify',
  );
  const element = h('div', { class: 'verify' }, h('div', {}, start, ' ', progress, phase), output);
  return {
    element,
    reset() {
      stop();
      progress.value = 0;
      phase.textContent = '';
      fill(output);
    },
  };
}

function verifyReport(r: VerifyReport): HTMLElement {
  const passed = r.failingWords === 0 && r.dfaMatchesSource;
  return h(
    'div',
    {},
    h(
      'p',
      { class: passed ? 'ok' : 'error', 'data-testid': 'verify-verdict' },
      passed ? `verified: ${r.wordsChecked} words, no mismatch` : `${r.failingWords} of ${r.wordsChecked} words fail`,
    ),
    table([
      ['words', `${r.exhaustiveWords} exhaustive (length ≤ ${r.exhaustiveDepth}) + ${r.randomWords} random`],
      ['inputs simulated', String(r.inputsSimulated)],
      ['minimum margin', r.minMargin.toFixed(4)],
      ['states visited', `${r.coverage.statesVisited} / ${r.coverage.reachableStates}`],
      ['transitions exercised', `${r.coverage.transitionsExercised} / ${r.coverage.reachableTransitions}`],
      [
        'state closure',
        r.closure.closed ? `closed (${r.closure.networkStates} network states): exact for every word` : 'not proved',
      ],
      ['seed', String(r.seed)],
    ]),
    r.marginWarning ? h('p', { class: 'warning' }, r.marginWarning) : null,
    ...r.mismatches
      .slice(0, 5)
      .map((m) =>
        h(
          'p',
          { class: 'error' },
          `${m.word.join(' ')}: expected ${m.expected}, got ${m.got ?? 'nothing'} at input ${m.atInput}`,
        ),
      ),
    h('h4', {}, 'Accuracy under noise'),
    noiseChart(r.noise),
  );
}

/** A bar per noise level: the share of words the network still runs right. */
function noiseChart(rows: VerifyReport['noise']): HTMLElement {
  return h(
    'div',
    { class: 'chart', role: 'list', 'data-testid': 'noise-chart' },
    ...rows.map((row) =>
      h(
        'div',
        { class: 'bar', role: 'listitem' },
        h('span', { class: 'bar-name' }, `noise ${row.level}`),
        h('span', { class: 'bar-track' }, h('span', { class: 'bar-fill', style: `width:${row.accuracy * 100}%` })),
        h('span', { class: 'bar-value' }, `${(row.accuracy * 100).toFixed(1)}% of ${row.words}`),
      ),
    ),
  );
}
