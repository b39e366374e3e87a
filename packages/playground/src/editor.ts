import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '@cdam/language';
import { fsaHighlight, fsaLanguage } from './fsa-language.js';
import type { LanguageService } from './service.js';

export interface Editor {
  readonly view: EditorView;
  /** Puts the caret at `offset` and shows it. */
  goTo(offset: number): void;
}

const LINT_DELAY_MS = 250;

/**
 * A CodeMirror 6 editor for `.fsa` with highlighting and the language service's diagnostics as you type.
 * `onChecked` gets the text and its diagnostics each time a check of the current text finishes.
 */
export function editorView(
  parent: HTMLElement,
  text: string,
  service: LanguageService,
  onChecked: (text: string, diagnostics: readonly Diagnostic[]) => void,
): Editor {
  const source = linter(
    async (view) => {
      const text = view.state.doc.toString();
      const diagnostics = await service.diagnose(text);
      if (diagnostics === null || view.state.doc.toString() !== text) return [];
      onChecked(text, diagnostics);
      const length = view.state.doc.length;
      return diagnostics.map((d): LintDiagnostic => {
        const from = Math.min(d.span.start.offset, length);
        return {
          from,
          to: Math.max(from, Math.min(d.span.end.offset, length)),
          severity: d.severity,
          message: d.hint ? `${d.code}: ${d.message}\n${d.hint}` : `${d.code}: ${d.message}`,
        };
      });
    },
    { delay: LINT_DELAY_MS },
  );
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
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': '.fsa source' }),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
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
  };
}

/** Replaces the whole text (one undoable change). */
export function setEditorText(editor: Editor, text: string): void {
  const { view } = editor;
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
