/// <reference lib="webworker" />
import { checkSource } from '@cdam/language';
import type { DiagnoseRequest, DiagnoseResponse } from './service.js';

// Diagnostics of `.fsa` text, off the page's thread. Stale requests are skipped: only the newest text counts.
let latest = 0;
self.addEventListener('message', (event: MessageEvent<DiagnoseRequest>) => {
  latest = Math.max(latest, event.data.id);
  // A task, not a microtask: requests already queued behind this one are seen first.
  setTimeout(() => {
    if (event.data.id !== latest) {
      self.postMessage({ id: event.data.id, diagnostics: null } satisfies DiagnoseResponse);
      return;
    }
    const { diagnostics } = checkSource(event.data.text);
    self.postMessage({ id: event.data.id, diagnostics } satisfies DiagnoseResponse);
  }, 0);
});
