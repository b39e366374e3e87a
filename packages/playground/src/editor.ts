import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { fsaHighlight, fsaLanguage } from './fsa-language.js';
import { markdown } from './markdown.js';
import type { Change, Checked, LanguageService, QuickFix } from './service.js';

export interface Editor {
  readonly view: EditorView;
  /** Puts the caret at `offset` and shows it. */
  goTo(offset: number): void;
  /** Formats the text as `cdam fmt` does (one undoable change; nothing when it does not parse). */
  format(): Promise<void>;
  /** Applies a quick fix computed for `text` (nothing when the text changed since). */
  fix(text: string, fix: QuickFix): void;
}

const LINT_DELAY_MS = 250;
const HOVER_DELAY_MS = 300;

/** The word being completed: a name, or nothing right after a space, `,`, `->` or `@`. */
const WORD_BEFORE = /[\p{L}\p{N}_]*$/u;
/** Where a list of names goes on, so completion opens on its own even before a letter is typed. */
const LIST_GOES_ON = /(?:\b(?:on|states|start|accept|alphabet|items)\s+|->\s*|,\s*|@)$/;

/**
 * A CodeMirror 6 editor for `.fsa` backed by the language service in a worker: highlighting, diagnostics as
 * you type with did-you-mean quick fixes, hover, completion, go to definition (F12 or Ctrl/Cmd-click) and
 * formatting (Shift-Alt-F). `onChecked` gets the text, its diagnostics and their quick fixes each time a
 * check of the current text finishes.
 */
export function editorView(
  parent: HTMLElement,
  text: string,
  service: LanguageService,
  onChecked: (text: string, checked: Checked) => void,
): Editor {
  const source = linter(
    async (view) => {
      const text = view.state.doc.toString();
      const checked = await service.diagnose(text);
      if (checked === null || view.state.doc.toString() !== text) return [];
      onChecked(text, checked);
      const length = view.state.doc.length;
      return checked.diagnostics.map((d, i): LintDiagnostic => {
        const from = Math.min(d.span.start.offset, length);
        return {
          from,
          to: Math.max(from, Math.min(d.span.end.offset, length)),
          severity: d.severity,
          message: d.hint ? `${d.code}: ${d.message}\n${d.hint}` : `${d.code}: ${d.message}`,
          actions: (checked.fixes[i] ?? []).map((fix) => ({
            name: fix.title,
            apply: (view) => applyChanges(view, text, fix.changes),
          })),
        };
      });
    },
    { delay: LINT_DELAY_MS },
  );

  const hover = hoverTooltip(
    async (view, pos) => {
      const found = await service.hover(view.state.doc.toString(), pos);
      if (found === null) return null;
      return {
        pos: found.from,
        end: found.to,
        above: true,
        create: () => ({ dom: markdown(found.markdown) }),
      };
    },
    { hoverTime: HOVER_DELAY_MS },
  );

  const complete = async (context: CompletionContext): Promise<CompletionResult | null> => {
    const word = context.matchBefore(WORD_BEFORE);
    const from = word?.from ?? context.pos;
    const before = context.state.sliceDoc(Math.max(0, from - 40), from);
    if (!context.explicit && from === context.pos && !LIST_GOES_ON.test(before)) return null;
    const text = context.state.doc.toString();
    const options = await service.complete(text, context.pos);
    if (context.aborted || options.length === 0) return null;
    return {
      from,
      options: options.map((o) => ({
        label: o.label,
        type: o.type,
        apply: o.apply,
        ...(o.detail === undefined ? {} : { detail: o.detail }),
        ...(o.info === undefined ? {} : { info: o.info }),
      })),
      validFor: /^[\p{L}\p{N}_]*$/u,
    };
  };

  async function goToDefinition(view: EditorView, at: number): Promise<boolean> {
    const target = await service.definition(view.state.doc.toString(), at);
    if (target === null) return false;
    view.dispatch({ selection: { anchor: target }, scrollIntoView: true });
    view.focus();
    return true;
  }

  async function format(view: EditorView): Promise<void> {
    const text = view.state.doc.toString();
    applyChanges(view, text, await service.format(text));
  }

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        fsaLanguage,
        fsaHighlight,
        source,
        lintGutter(),
        hover,
        autocompletion({ override: [complete], icons: true }),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': '.fsa source' }),
        EditorView.domEventHandlers({
          mousedown(event, view) {
            if (!(event.ctrlKey || event.metaKey) || event.button !== 0) return false;
            const at = view.posAtCoords({ x: event.clientX, y: event.clientY });
            if (at === null) return false;
            event.preventDefault();
            void goToDefinition(view, at);
            return true;
          },
        }),
        keymap.of([
          { key: 'F12', run: (view) => (void goToDefinition(view, view.state.selection.main.head), true) },
          { key: 'Shift-Alt-f', run: (view) => (void format(view), true) },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
      ],
    }),
  });
  return {
    view,
    goTo(offset) {
      const at = Math.min(offset, view.state.doc.length);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    format: () => format(view),
    fix: (text, fix) => applyChanges(view, text, fix.changes),
  };
}

/** Applies changes computed for `text`, unless the text changed meanwhile (then they no longer fit). */
function applyChanges(view: EditorView, text: string, changes: readonly Change[]): void {
  if (changes.length === 0 || view.state.doc.toString() !== text) return;
  view.dispatch({ changes: [...changes], userEvent: 'input' });
}

/** Replaces the whole text (one undoable change). */
export function setEditorText(editor: Editor, text: string): void {
  const { view } = editor;
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
