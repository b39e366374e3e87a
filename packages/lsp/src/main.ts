#!/usr/bin/env node
import { runStdioServer } from './server.js';

/** The language server on its own (the editor extension bundles this file): LSP over stdin and stdout. */
runStdioServer();
