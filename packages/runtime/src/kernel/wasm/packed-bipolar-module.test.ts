import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleWat } from '../../../../../scripts/assemble-wat.js';
import { WASM_MODULES } from '../../../../../scripts/wasm-modules.js';
import { PACKED_BIPOLAR_WASM_BASE64 } from './packed-bipolar-module.js';
import { PACKED_BIPOLAR_SIMD_WASM_BASE64 } from './packed-bipolar-simd-module.js';
import { PACKED_BIPOLAR_TABLES_WASM_BASE64 } from './packed-bipolar-tables-module.js';

const embedded: Record<(typeof WASM_MODULES)[number]['constant'], string> = {
  PACKED_BIPOLAR_WASM_BASE64,
  PACKED_BIPOLAR_SIMD_WASM_BASE64,
  PACKED_BIPOLAR_TABLES_WASM_BASE64,
};

describe('the embedded wasm modules', () => {
  it.each(WASM_MODULES.map((m) => [m.wat, m] as const))(
    '%s is embedded as assembled (run `pnpm gen:wasm` after editing a .wat)',
    async (wat, { constant }) => {
      const text = readFileSync(new URL(wat, import.meta.url), 'utf8');
      const assembled = await assembleWat(wat, text);
      expect(Buffer.from(embedded[constant], 'base64')).toEqual(Buffer.from(assembled));
    },
  );

  it('assembling reports a broken .wat with its line', async () => {
    await expect(assembleWat('broken.wat', '(module\n  (func (result i32) (i32.add)))')).rejects.toThrow(
      /broken\.wat:2/,
    );
  });
});
