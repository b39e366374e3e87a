export { serve, runStdioServer, RECHECK_DELAY_MS, MAX_PUBLISHED_DIAGNOSTICS } from './server.js';
export type { ServerOptions } from './server.js';
