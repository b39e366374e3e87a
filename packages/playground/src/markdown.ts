import { h } from './dom.js';

/**
 * The little Markdown the language service writes in hovers, as DOM: paragraphs, `---` rules, `- ` lists,
 * **bold**, *italics* and `code` spans. Text is set as text, never parsed as HTML.
 */
export function markdown(source: string): HTMLElement {
  const root = h('div', { class: 'markdown' });
  for (const block of source.split(/\n{2,}/)) {
    const trimmed = block.trim();
    if (trimmed === '') continue;
    if (/^-{3,}$/.test(trimmed)) {
      root.append(h('hr'));
      continue;
    }
    let paragraph: HTMLElement | undefined;
    let list: HTMLElement | undefined;
    for (const line of trimmed.split('\n')) {
      const item = /^\s*- (.*)$/.exec(line);
      if (item !== null) {
        paragraph = undefined;
        list ??= root.appendChild(h('ul'));
        list.append(inline(h('li'), item[1]!));
      } else {
        list = undefined;
        if (paragraph === undefined) paragraph = root.appendChild(h('p'));
        else paragraph.append(h('br'));
        inline(paragraph, line);
      }
    }
  }
  return root;
}

/** Appends `text` to `parent` with its `code` (any number of backticks), **bold** and *italic* spans. */
function inline<E extends HTMLElement>(parent: E, text: string): E {
  const pattern = /(`+)\s?(.+?)\s?\1(?!`)|\*\*(.+?)\*\*|\*([^*\s][^*]*)\*/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) parent.append(text.slice(at, m.index));
    if (m[1] !== undefined) parent.append(h('code', {}, m[2]!));
    else if (m[3] !== undefined) parent.append(h('strong', {}, m[3]));
    else parent.append(h('em', {}, m[4]!));
    at = m.index + m[0].length;
  }
  if (at < text.length) parent.append(text.slice(at));
  return parent;
}
