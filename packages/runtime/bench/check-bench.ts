import { checkSource, formatDiagnostics } from '@cdam/language';
import type { CheckRow, HostileKind } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';

/** What the check section runs: one generated hostile file of about `bytes` bytes per kind. */
export interface CheckPlan {
  readonly kinds: readonly HostileKind[];
  readonly bytes: number;
  readonly timing: TimingPolicy;
}

/** As many diagnostics as `cdam check` prints as text (the CLI's TEXT_DIAGNOSTIC_LIMIT). */
const SHOWN = 50;

/**
 * Times what `cdam check FILE` does with a hostile file, reading aside: `checkSource`, then rendering the
 * first 50 diagnostics. Each kind once made every diagnostic cost time in the size of the file.
 */
export function benchCheck(plan: CheckPlan, log: (line: string) => void): CheckRow[] {
  return plan.kinds.map((kind) => {
    const source = hostileSource(kind, plan.bytes);
    let diagnostics = 0;
    const timed = measure(() => {
      const checked = checkSource(source);
      diagnostics = checked.diagnostics.length;
      formatDiagnostics(checked.diagnostics, { fileName: 'hostile.fsa', source, limit: SHOWN });
    }, plan.timing);
    log(`check ${kind} (${source.length} bytes): ${timed.ms.toFixed(0)} ms (${timed.reps} reps)`);
    return { kind, bytes: source.length, diagnostics, ms: timed.ms, reps: timed.reps };
  });
}

/**
 * A file of about `bytes` ASCII bytes: `escapes` is one alphabet symbol `"\q\q..."` (an invalid escape every
 * two bytes, all on one line); `alphabet` repeats the symbol `a` in one alphabet list (a duplicate every
 * three bytes, on one line).
 */
export function hostileSource(kind: HostileKind, bytes: number): string {
  const n = Math.max(1, Math.floor(bytes / (kind === 'escapes' ? 2 : 3)));
  const alphabet = kind === 'escapes' ? `"${'\\q'.repeat(n)}"` : Array.from({ length: n }, () => 'a').join(', ');
  return `dfa Hostile {\n  alphabet ${alphabet}\n  start q\n  accept q\n}\n`;
}
