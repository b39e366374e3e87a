import { describe, expect, it } from 'vitest';
import type { AutomatonAst } from '../ast.js';
import { parse } from '../parse.js';
import { toAutomatonSpec } from '../resolve.js';
import { astBuilder } from './ast-builders.js';
import { parityMembers, paritySource, paritySpec } from './spec-fixtures.js';

describe('spec fixtures', () => {
  it('paritySource and parityMembers both resolve to paritySpec', () => {
    const { file, diagnostics } = parse(paritySource);
    expect(diagnostics).toEqual([]);
    const { stateSpans: _fromSource, ...fromSource } = toAutomatonSpec(file.declarations[0] as AutomatonAst);
    expect(fromSource).toEqual(paritySpec);
    const b = astBuilder();
    const { stateSpans: _fromMembers, ...fromMembers } = toAutomatonSpec(b.dfa('Parity', ...parityMembers(b)));
    expect(fromMembers).toEqual(paritySpec);
  });
});
