export { serve, runStdioServer, RECHECK_DELAY_MS } from './server.js';
export type { ServerOptions } from './server.js';
