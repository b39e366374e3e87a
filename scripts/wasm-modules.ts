/** The .wat modules of packages/runtime/src/kernel/wasm, each embedded as base64 in the .ts file beside it. */
export const WASM_MODULES = [
  { wat: 'packed-bipolar.wat', ts: 'packed-bipolar-module.ts', constant: 'PACKED_BIPOLAR_WASM_BASE64' },
  {
    wat: 'packed-bipolar-tables.wat',
    ts: 'packed-bipolar-tables-module.ts',
    constant: 'PACKED_BIPOLAR_TABLES_WASM_BASE64',
  },
  {
    wat: 'packed-bipolar-simd.wat',
    ts: 'packed-bipolar-simd-module.ts',
    constant: 'PACKED_BIPOLAR_SIMD_WASM_BASE64',
  },
] as const;
