import { Box, Text } from 'ink';
import type { Agreement, Verdict } from '../session/session.js';
import type { ShownParameters } from '../step-model.js';
import { fixed, shortNumber } from '../text-fit.js';

export interface StatusLineProps {
  /** The network's reading: decoded state name, its correlation and margin. */
  readonly network: { readonly name: string; readonly best: number; readonly margin: number };
  /** The automaton's state name, or null when a partial DFA is stuck. */
  readonly automaton: string | null;
  /** For a sequence the automaton's state is where exact recall is (`expected`), and progress is in ticks. */
  readonly kind?: 'automaton' | 'sequence';
  readonly agreement: Agreement;
  readonly verdict: Verdict | null;
  readonly position: number;
  readonly length: number;
  readonly iteration: number;
  readonly parameters: ShownParameters;
  readonly noise: number;
  readonly playing: boolean;
  readonly notice: string | null;
  /** Transducers: the output the network emits (read from its state) and the automaton's (null: none). */
  readonly output?: {
    readonly network: string | null;
    readonly automaton: string | null;
    /** The network is between an input and its settled state: no mark yet. */
    readonly settling: boolean;
  };
}

const MARKS: Record<Agreement, { text: string; color: string }> = {
  agree: { text: '✓ agree', color: 'green' },
  disagree: { text: '✗ DISAGREE', color: 'red' },
  quiescent: { text: '✗ QUIESCENT (no memory active)', color: 'red' },
  settling: { text: '… settling', color: 'yellow' },
};

/**
 * The state of the run in words, three or four lines: the decoded state beside the automaton's with
 * an agreement mark; progress, noise and the verdict at the end of the word; the network parameters;
 * and a notice when there is one.
 */
export function StatusLine(props: StatusLineProps) {
  const { network, automaton, agreement, verdict, parameters: p } = props;
  const mark = MARKS[agreement];
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        {'network '}
        <Text bold>{agreement === 'quiescent' ? '(none)' : network.name}</Text>
        {` r ${fixed(network.best)} margin ${fixed(network.margin)}   ${props.kind === 'sequence' ? 'expected' : 'automaton'} `}
        <Text bold color="cyan">
          {automaton ?? '(stuck)'}
        </Text>
        {'   '}
        <Text bold color={mark.color}>
          {mark.text}
        </Text>
      </Text>
      <Text wrap="truncate">
        {props.kind === 'sequence'
          ? `tick ${props.position}/${props.length} · noise ${props.noise}`
          : `input ${props.position}/${props.length} · iteration ${Math.min(props.iteration, p.iterations)}/${p.iterations} · noise ${props.noise}`}
        {props.playing ? <Text color="green">{' · ▶ playing'}</Text> : null}
        {verdict ? <VerdictText verdict={verdict} /> : null}
      </Text>
      {props.output ? <OutputText output={props.output} /> : null}
      <Text wrap="truncate" dimColor>
        {`n ${p.neurons} (${p.split}) · beta ${shortNumber(p.beta)} · a ${shortNumber(p.auto)} · h ${shortNumber(p.hetero)} · eta ${shortNumber(p.eta)} · K ${p.iterations} · seed ${p.seed}`}
      </Text>
      {props.notice !== null ? (
        <Text wrap="truncate" color="yellow">
          {props.notice}
        </Text>
      ) : null}
    </Box>
  );
}

/** `output  network unlock   automaton unlock ✓`: the emitted output on both sides. */
function OutputText({ output }: { output: NonNullable<StatusLineProps['output']> }) {
  const show = (value: string | null) => value ?? '(none)';
  const same = output.network === output.automaton;
  return (
    <Text wrap="truncate">
      {'output  network '}
      <Text bold>{show(output.network)}</Text>
      {'   automaton '}
      <Text bold color="cyan">
        {show(output.automaton)}
      </Text>
      {output.settling ? null : (
        <Text bold color={same ? 'green' : 'red'}>
          {same ? '   ✓' : '   ✗ DIFFER'}
        </Text>
      )}
    </Text>
  );
}

function VerdictText({ verdict }: { verdict: Verdict }) {
  const word = (accept: boolean) => (accept ? 'ACCEPT' : 'REJECT');
  if (verdict.network === verdict.automaton) {
    return (
      <Text bold color={verdict.network ? 'green' : 'red'}>
        {`   verdict: ${word(verdict.network)}`}
      </Text>
    );
  }
  return (
    <Text bold color="red">
      {`   verdict: network ${word(verdict.network)}, automaton ${word(verdict.automaton)} ✗ DIFFER`}
    </Text>
  );
}
