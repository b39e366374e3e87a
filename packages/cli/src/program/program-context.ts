import type { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';

/** What every command declarer needs: where output goes, and where each command's exit code goes. */
export interface ProgramContext {
  readonly io: Io;
  readonly setExitCode: (code: ExitCode) => void;
}
