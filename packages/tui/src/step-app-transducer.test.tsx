import { readFileSync } from 'node:fs';
import { compileAutomaton, findAutomatonSpec } from '@cdam/compiler';
import { checkSource } from '@cdam/language';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { StepApp } from './step-app.js';
import { modelFromNetwork } from './step-model.js';
import { manualTimer, settleInk } from './testing/index.js';

const RIGHT = '\u001B[C';

function vendingModel() {
  const source = readFileSync(new URL('../../../samples/vending-machine.fsa', import.meta.url), 'utf8');
  const found = findAutomatonSpec(checkSource(source).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return modelFromNetwork(compiled.network);
}

const outputLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('output ')) ?? '';

describe('StepApp on a transducer', () => {
  it('shows the output the network emits beside the automaton output after each input', async () => {
    const model = vendingModel();
    expect(model.stateOutputs).toBeDefined();
    const ui = render(
      <StepApp
        model={model}
        word={['coin', 'coin', 'push']}
        fileName="samples/vending-machine.fsa"
        timer={manualTimer()}
        columns={100}
        rows={30}
      />,
    );
    await settleInk();
    expect(outputLine(ui.lastFrame() ?? '')).toBe('output  network (none)   automaton (none)   ✓');
    const press = async () => {
      ui.stdin.write(RIGHT);
      await settleInk();
      return outputLine(ui.lastFrame() ?? '');
    };
    expect(await press()).toBe('output  network wait   automaton wait   ✓');
    expect(await press()).toBe('output  network wait   automaton wait   ✓');
    expect(await press()).toBe('output  network drink   automaton drink   ✓');
    ui.unmount();
  });
});
