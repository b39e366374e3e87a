import { XMLParser } from 'fast-xml-parser';

/** One element of a parsed SVG document, flattened. */
export interface SvgElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The element's own text (e.g. of a `<text>`), trimmed. */
  readonly text: string;
}

/**
 * Parses an SVG (or any XML) document strictly and lists every element in document order, so tests can
 * count marks and read labels. Throws on malformed XML. O(size).
 */
export function svgElements(svg: string): SvgElement[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    processEntities: true,
    htmlEntities: true,
    trimValues: true,
  });
  const tree = parser.parse(svg, true) as unknown[];
  const out: SvgElement[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes) {
      const record = node as Record<string, unknown>;
      const tag = Object.keys(record).find((k) => k !== ':@');
      if (!tag || tag === '#text' || tag.startsWith('?') || tag === '#comment') continue;
      const children = (record[tag] as unknown[]) ?? [];
      const text = children
        .map((c) => (c as Record<string, unknown>)['#text'])
        .filter((t) => t !== undefined)
        .join('')
        .trim();
      out.push({ tag, attributes: (record[':@'] as Record<string, string>) ?? {}, text });
      walk(children);
    }
  };
  walk(tree);
  return out;
}
