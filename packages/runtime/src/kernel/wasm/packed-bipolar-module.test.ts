import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleWat } from '../../../../../scripts/assemble-wat.js';
import { PACKED_BIPOLAR_WASM_BASE64 } from './packed-bipolar-module.js';

describe('the embedded wasm module', () => {
  it('is packed-bipolar.wat assembled (run `pnpm gen:wasm` after editing the .wat)', async () => {
    const text = readFileSync(new URL('packed-bipolar.wat', import.meta.url), 'utf8');
    const assembled = await assembleWat('packed-bipolar.wat', text);
    expect(Buffer.from(PACKED_BIPOLAR_WASM_BASE64, 'base64')).toEqual(Buffer.from(assembled));
  });

  it('assembling reports a broken .wat with its line', async () => {
    await expect(assembleWat('broken.wat', '(module\n  (func (result i32) (i32.add)))')).rejects.toThrow(
      /broken\.wat:2/,
    );
  });
});
