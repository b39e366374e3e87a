/** `base` itself when it is not in `used`, else the first free `base_2`, `base_3`, ... */
export function freshName(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let k = 2; ; k++) if (!used.has(`${base}_${k}`)) return `${base}_${k}`;
}
