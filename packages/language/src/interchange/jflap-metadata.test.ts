import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AutomatonSpec } from '../spec.js';
import { arbNetworkParameters } from '../testing/spec-arbitraries.js';
import { propertyRuns } from '../testing/property-runs.js';
import { readJflapMetadata, toJflapMetadataComments } from './jflap-metadata.js';

const runs = propertyRuns(200);

/** Any non-empty text, weighted towards the characters an XML comment cannot hold as they are. */
const arbText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('-', '-', '>', '<', '!', '\u0085', '\uffff', '\ud800'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 8,
});

const arbFields = fc.record({
  name: arbText,
  kind: fc.constantFrom('dfa' as const, 'nfa' as const),
  alphabet: fc.uniqueArray(arbText, { maxLength: 4 }),
  start: fc.uniqueArray(arbText, { minLength: 1, maxLength: 3 }),
  accept: fc.uniqueArray(arbText, { maxLength: 3 }),
  network: arbNetworkParameters,
});

describe('cdam comments in a jff', () => {
  it('read back exactly what was written, and are well-formed XML comments', () => {
    fc.assert(
      fc.property(arbFields, (fields) => {
        const spec: AutomatonSpec = { ...fields, states: [], transitions: [] };
        const comments = toJflapMetadataComments(spec);
        for (const comment of comments) {
          const content = comment.slice('<!--'.length, -'-->'.length);
          expect(content).not.toContain('--');
          expect(content).not.toMatch(/-$/);
          expect(content).not.toMatch(/[>\u007f-\u009f\ufffe\uffff]/);
        }
        const { network, ...rest } = readJflapMetadata(`<structure>${comments.join('\n')}</structure>`);
        expect(rest).toEqual({
          name: fields.name,
          kind: fields.kind,
          alphabet: fields.alphabet,
          start: fields.start,
          accept: fields.accept,
        });
        expect(network ?? {}).toEqual(fields.network);
      }),
      runs,
    );
  });

  it('are only read from comments that start with cdam: and a known field', () => {
    expect(
      readJflapMetadata(
        '<a><!--cdam:colour "red"--><!--note cdam:name "x"--><b name="&lt;!--cdam:name &quot;y&quot;--&gt;"/></a>',
      ),
    ).toEqual({});
    expect(readJflapMetadata('<a><!--\n  cdam:name\t"spaced"\n--></a>')).toEqual({ name: 'spaced' });
  });
});
