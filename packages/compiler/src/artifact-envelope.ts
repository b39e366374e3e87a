import { FieldError, fail, field, object } from './artifact-fields.js';

/** The `format` of each artifact cdam writes. */
export type ArtifactFormat = 'cdam-network' | 'cdam-sequence-network';

/**
 * Why an artifact could not be loaded. `otherFormat` is set when the text is another kind of cdam artifact;
 * `message` then already names the commands that read it, so a caller adds no advice of its own.
 */
export interface ArtifactError {
  readonly kind: 'error';
  readonly message: string;
  readonly otherFormat?: ArtifactFormat;
}

/** A name as typed after an option: as is when a shell needs no quotes around it, else a placeholder. */
function nameArgument(name: unknown): string {
  return typeof name === 'string' && /^(?:[\p{L}_][\p{L}\p{N}_]*|[0-9]+)$/u.test(name) ? name : '<name>';
}

/** The artifact formats cdam writes: what each holds and the commands that read it (given its `name` field). */
const KNOWN_FORMATS: Readonly<
  Record<ArtifactFormat, { readonly holds: string; readonly readers: (name: unknown) => string }>
> = {
  'cdam-network': {
    holds: 'a compiled automaton',
    readers: () => "run it with 'cdam run', or step through it with 'cdam step'",
  },
  'cdam-sequence-network': {
    holds: 'a compiled sequence',
    readers: (name) =>
      `recall it with 'cdam recall', or step through it with 'cdam step --sequence ${nameArgument(name)}'`,
  },
};

function isArtifactFormat(value: unknown): value is ArtifactFormat {
  return typeof value === 'string' && Object.hasOwn(KNOWN_FORMATS, value);
}

export type ArtifactRead<T> = { readonly kind: 'ok'; readonly value: T } | ArtifactError;

/**
 * Parses artifact text and hands the root object to `read` once its `format` is `format` and its `version`
 * is `version`. Another artifact of cdam is named with the commands that read it, and `otherFormat` says
 * which it is. Every problem, including a `FieldError` from `read`, becomes `{ kind: 'error' }` with a message
 * starting `not a <format> artifact` or `invalid <format> artifact: <field path>`; this function never throws.
 * O(text length) plus `read`.
 */
export function readArtifact<T>(
  text: string,
  format: ArtifactFormat,
  version: number | readonly number[],
  read: (root: { readonly [key: string]: unknown }) => T,
): ArtifactRead<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'error',
      message: `not a ${format} artifact: the text is not valid JSON (${(error as Error).message})`,
    };
  }
  try {
    const root = object(parsed, 'artifact');
    const found = field(root, 'format', '');
    if (found !== format) {
      if (isArtifactFormat(found)) {
        const known = KNOWN_FORMATS[found];
        const problem = `this is ${known.holds} ('${found}'), not ${KNOWN_FORMATS[format].holds}; ${known.readers(root.name)}`;
        return { kind: 'error', message: `invalid ${format} artifact: format: ${problem}`, otherFormat: found };
      }
      fail('format', `expected '${format}', found ${JSON.stringify(found)}`);
    }
    const foundVersion = field(root, 'version', '');
    const versions = typeof version === 'number' ? [version] : version;
    if (typeof foundVersion !== 'number' || !versions.includes(foundVersion)) {
      fail(
        'version',
        `${JSON.stringify(foundVersion)} is not supported (this reader knows version ${versions.join(' and ')})`,
      );
    }
    return { kind: 'ok', value: read(root) };
  } catch (error) {
    if (error instanceof FieldError) return { kind: 'error', message: `invalid ${format} artifact: ${error.message}` };
    // Not a field problem (e.g. memory ran out): still a value, never an exception of the API.
    return {
      kind: 'error',
      message: `invalid ${format} artifact: artifact: could not be read (${(error as Error)?.message ?? String(error)})`,
    };
  }
}
