/**
 * The share link's fragment: `#src=<base64url of the UTF-8 source>&input=<URI-encoded word>`, with an
 * optional `&automaton=NAME`. The fragment never reaches a server, so the source stays in the browser.
 */
export interface Shared {
  readonly source: string;
  readonly input: string;
  readonly automaton?: string;
}

export type ReadShare =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly shared: Shared }
  | { readonly kind: 'error'; readonly message: string };

/** base64url (RFC 4648 §5, no padding) of the UTF-8 bytes of `text`. O(length). */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of base64url (padding optional), or undefined when it is not base64url of UTF-8. O(length). */
export function fromBase64Url(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(code) || code.replace(/=+$/, '').length % 4 === 1) return undefined;
  try {
    const binary = atob(code.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The fragment (without `#`) that carries `shared`. */
export function shareFragment(shared: Shared): string {
  const parts = [`src=${toBase64Url(shared.source)}`, `input=${encodeURIComponent(shared.input)}`];
  if (shared.automaton !== undefined) parts.push(`automaton=${encodeURIComponent(shared.automaton)}`);
  return parts.join('&');
}

/** Reads a location hash (`#src=...&input=...`); `none` when it carries no source. Never throws. */
export function readShare(hash: string): ReadShare {
  const fields = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    fields.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? '' : part.slice(eq + 1));
  }
  const src = fields.get('src');
  if (src === undefined) return { kind: 'none' };
  const source = fromBase64Url(src);
  if (source === undefined) {
    return { kind: 'error', message: "the link's src is not base64url of UTF-8 text; copy the whole link again" };
  }
  const decode = (key: string): string | undefined | null => {
    const value = fields.get(key);
    if (value === undefined) return undefined;
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  };
  const input = decode('input');
  const automaton = decode('automaton');
  if (input === null || automaton === null) {
    const key = input === null ? 'input' : 'automaton';
    return { kind: 'error', message: `the link's ${key} is not URI-encoded text; copy the whole link again` };
  }
  return { kind: 'ok', shared: { source, input: input ?? '', ...(automaton !== undefined ? { automaton } : {}) } };
}
