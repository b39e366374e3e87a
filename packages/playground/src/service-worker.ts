/// <reference lib="webworker" />
import { createLanguageService } from '@cdam/language-service';
import { CompletionItemKind, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import type { Change, CompletionOption, ServiceAnswers, ServiceRequest, ServiceResponse } from './service.js';

// The `.fsa` language service, off the page's thread. Requests carry offsets; the service speaks LSP
// positions, converted here with the analysed document.
const URI = 'playground:///source.fsa';
const service = createLanguageService();
let current: string | undefined;
let version = 0;

/** Makes `text` the open document (a new version only when it changed). */
function open(text: string) {
  if (text !== current) {
    current = text;
    service.update(URI, text, ++version);
  }
  return service.analysis(URI).document;
}

function changes(text: string, edits: readonly TextEdit[]): Change[] {
  const document = open(text);
  return edits.map((e) => ({
    from: document.offsetAt(e.range.start),
    to: document.offsetAt(e.range.end),
    insert: e.newText,
  }));
}

/** The service's completion kinds as CodeMirror's completion types (its icons). */
const COMPLETION_TYPES: Partial<Record<CompletionItemKind, string>> = {
  [CompletionItemKind.Keyword]: 'keyword',
  [CompletionItemKind.EnumMember]: 'variable',
  [CompletionItemKind.Constant]: 'constant',
  [CompletionItemKind.Value]: 'text',
  [CompletionItemKind.Property]: 'property',
  [CompletionItemKind.Class]: 'class',
  [CompletionItemKind.Operator]: 'keyword',
};

function completionOption(item: CompletionItem): CompletionOption {
  const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value;
  return {
    label: item.label,
    type: (item.kind === undefined ? undefined : COMPLETION_TYPES[item.kind]) ?? 'text',
    ...(item.detail === undefined ? {} : { detail: item.detail }),
    ...(documentation === undefined ? {} : { info: documentation }),
    apply: item.insertText ?? item.label,
  };
}

function answer(request: ServiceRequest): ServiceAnswers[keyof ServiceAnswers] {
  const document = open(request.text);
  switch (request.kind) {
    case 'diagnose': {
      const diagnostics = service.analysis(URI).checked.diagnostics;
      const published = service.diagnostics(URI);
      const fixes = published.map((d) =>
        service.codeActions(URI, d.range, [d]).map((action) => ({
          title: action.title,
          changes: changes(request.text, action.edit?.changes?.[URI] ?? []),
        })),
      );
      return { diagnostics, fixes };
    }
    case 'hover': {
      const found = service.hover(URI, document.positionAt(request.offset));
      if (found === null) return null;
      const contents = found.contents;
      const markdown =
        typeof contents === 'string'
          ? contents
          : Array.isArray(contents)
            ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n')
            : contents.value;
      const from = found.range ? document.offsetAt(found.range.start) : request.offset;
      const to = found.range ? document.offsetAt(found.range.end) : request.offset;
      return { from, to, markdown };
    }
    case 'complete':
      return service.completion(URI, document.positionAt(request.offset)).map(completionOption);
    case 'definition': {
      const [first] = service.definition(URI, document.positionAt(request.offset));
      return first === undefined ? null : document.offsetAt(first.range.start);
    }
    case 'format':
      return changes(request.text, service.format(URI));
  }
}

// Only the newest check counts: a stale one answers null without running.
let latestCheck = 0;
self.addEventListener('message', (event: MessageEvent<ServiceRequest>) => {
  const request = event.data;
  if (request.kind === 'diagnose') latestCheck = Math.max(latestCheck, request.id);
  // A task, not a microtask: requests already queued behind this one are seen first.
  setTimeout(() => {
    if (request.kind === 'diagnose' && request.id !== latestCheck) {
      self.postMessage({ id: request.id, answer: null } satisfies ServiceResponse);
      return;
    }
    try {
      self.postMessage({ id: request.id, answer: answer(request) } satisfies ServiceResponse);
    } catch (error) {
      // A failure of the service answers as "nothing here", so the editor never waits for ever.
      const fallback = request.kind === 'complete' || request.kind === 'format' ? [] : null;
      self.postMessage({ id: request.id, answer: fallback, error: String(error) } satisfies ServiceResponse);
    }
  }, 0);
});
