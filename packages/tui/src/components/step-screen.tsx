import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { layoutScreen, legendFits, MIN_COLUMNS, MIN_ROWS } from '../layout.js';
import { selectOverlaps } from '../overlaps.js';
import { agreementOf, currentSnapshot, isSettled, noiseLevel, verdictOf, type Session } from '../session/session.js';
import type { ShownParameters } from '../step-model.js';
import { truncate } from '../text-fit.js';
import { AutomatonTable, tableMetrics } from './automaton-table.js';
import { EditField } from './edit-field.js';
import { HelpLine } from './help-line.js';
import { HelpOverlay } from './help-overlay.js';
import { OverlapBars } from './overlap-bars.js';
import { StatusLine } from './status-line.js';
import { Tape } from './tape.js';

export interface StepScreenProps {
  readonly session: Session;
  /** A sequence is stepped tick by tick, beside where exact recall would be; it has no verdict. Default automaton. */
  readonly kind?: 'automaton' | 'sequence';
  /** The automaton's name. */
  readonly name: string;
  /** Where it came from (shown in the title). */
  readonly fileName: string;
  readonly parameters: ShownParameters;
  /** Transducers: the output each automaton state shows (null: none); the status line shows both outputs. */
  readonly stateOutputs?: readonly (string | null)[];
  readonly columns: number;
  readonly rows: number;
}

/** The heading of a sequence's one column: the pattern that exact recall moves to after a tick. */
export const SEQUENCE_COLUMN = 'after tick';

/**
 * The whole screen for one session and terminal size: title, transition table, correlation bars,
 * tape (or the word being edited), status and keys; or the help overlay. A function of its props.
 */
export function StepScreen({
  session,
  kind = 'automaton',
  name,
  fileName,
  parameters,
  stateOutputs,
  columns,
  rows,
}: StepScreenProps) {
  const { dfa } = session.setup;
  const rowHeading = kind === 'sequence' ? 'pattern' : 'state';
  const columnHeading = kind === 'sequence' ? SEQUENCE_COLUMN : undefined;
  const metrics = useMemo(() => tableMetrics(dfa, rowHeading, columnHeading), [dfa, rowHeading, columnHeading]);
  const tapeSymbols = useMemo(
    // each symbol as the word editor writes it: quoted when it holds a space or another character a bare name cannot
    () =>
      kind === 'sequence'
        ? expectedStates(session)
        : session.word.map((s) => session.setup.formatWord([dfa.alphabet[s]])),
    [kind, session.word, dfa, session.setup],
  );
  const layout = layoutScreen(columns, rows, {
    states: dfa.states.length,
    tableWidth: metrics.fullWidth,
    extraLines: stateOutputs ? 1 : 0,
  });
  if (layout.arrangement === 'too-small') {
    return (
      <Text wrap="truncate">{`terminal too small: ${columns}x${rows}, cdam step needs ${MIN_COLUMNS}x${MIN_ROWS} (q quits)`}</Text>
    );
  }
  const width = columns - 1;
  const snapshot = currentSnapshot(session);
  const { reading } = snapshot;
  const agreement = agreementOf(session);
  const decoded = reading.quiescent ? -1 : reading.state;
  const title =
    kind === 'sequence'
      ? `cdam step · ${name} (sequence, ${dfa.states.length} patterns) · ${fileName}`
      : `cdam step · ${name} (${dfa.states.length} states, ${dfa.alphabet.length} symbols) · ${fileName}`;
  if (session.mode === 'help') {
    return (
      <Box flexDirection="column">
        <Text bold wrap="truncate">
          {truncate(title, width)}
        </Text>
        <HelpOverlay kind={kind} width={width} height={rows - 3} />
        <HelpLine mode="help" kind={kind} playing={session.playing} width={width} />
      </Box>
    );
  }
  const nextSymbol =
    isSettled(session) && snapshot.position < session.word.length ? session.word[snapshot.position] : null;
  const table = (
    <AutomatonTable
      dfa={dfa}
      current={snapshot.symbolic}
      decoded={decoded}
      transition={snapshot.transition}
      nextSymbol={nextSymbol}
      rowHeading={rowHeading}
      columnHeading={columnHeading}
      width={layout.tableWidth}
      height={layout.tableHeight}
    />
  );
  const overlaps = selectOverlaps(reading.correlations, dfa.states, decoded, snapshot.symbolic, layout.barCount);
  const unit = kind === 'sequence' ? 'pattern' : 'state';
  const heading =
    overlaps.length < dfa.states.length
      ? `correlation: top ${overlaps.length} of ${dfa.states.length} ${unit}s`
      : `correlation with each ${unit}`;
  const bars = (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate">
        {truncate(heading, layout.barsWidth - 1)}
      </Text>
      <OverlapBars overlaps={overlaps} width={layout.barsWidth - 1} />
    </Box>
  );
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold>{truncate(title, width)}</Text>
      </Text>
      {layout.arrangement === 'side' ? (
        <Box flexDirection="row">
          <Box width={layout.tableWidth} marginRight={1}>
            {table}
          </Box>
          <Box width={layout.barsWidth}>{bars}</Box>
        </Box>
      ) : (
        <>
          {table}
          {bars}
        </>
      )}
      {session.mode === 'edit' && session.edit ? (
        <EditField text={session.edit.text} caret={session.edit.caret} error={session.edit.error} width={width} />
      ) : (
        <Tape
          symbols={tapeSymbols}
          position={snapshot.position}
          iteration={snapshot.iteration}
          iterations={session.setup.iterations}
          width={width}
        />
      )}
      <StatusLine
        network={{ name: dfa.states[reading.state], best: reading.best, margin: reading.margin }}
        automaton={snapshot.symbolic >= 0 ? dfa.states[snapshot.symbolic] : null}
        kind={kind}
        agreement={agreement}
        verdict={kind === 'sequence' ? null : verdictOf(session)}
        position={snapshot.position}
        length={session.word.length}
        iteration={snapshot.iteration}
        parameters={parameters}
        noise={noiseLevel(session)}
        playing={session.playing}
        notice={session.notice}
        {...(stateOutputs
          ? {
              output: {
                settling: agreement === 'settling',
                network: reading.output ?? null,
                automaton: snapshot.symbolic >= 0 ? (stateOutputs[snapshot.symbolic] ?? null) : null,
              },
            }
          : {})}
      />
      {legendFits(layout, rows) ? (
        <Text dimColor wrap="truncate">
          {truncate(kind === 'sequence' ? SEQUENCE_MARKS : AUTOMATON_MARKS, width)}
        </Text>
      ) : null}
      <HelpLine mode={session.mode} kind={kind} playing={session.playing} width={width} />
    </Box>
  );
}

/** The one-line legend of the table's and the bars' marks (the help overlay explains them at length). */
export const AUTOMATON_MARKS = '> automaton  • network  * accepting  [x] last transition  ▸ next input  ◀ decoded';
export const SEQUENCE_MARKS = '> exact recall  • network  [x] last tick  ▸ next pattern  ◀ decoded';

/** For a sequence, the tape shows what exact recall produces at each tick: the chain's state after it. O(ticks). */
function expectedStates(session: Session): string[] {
  const { dfa } = session.setup;
  const names: string[] = [];
  let state = dfa.start;
  for (const symbol of session.word) {
    state = state >= 0 ? dfa.delta[state][symbol] : state;
    names.push(state >= 0 ? dfa.states[state] : '·');
  }
  return names;
}
