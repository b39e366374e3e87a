import initWabt from 'wabt';

/**
 * Assembles WebAssembly text into a validated binary module (bulk memory and 128-bit SIMD enabled), with no names
 * section, so the bytes depend only on the text and the pinned wabt version. Throws wabt's message,
 * which names the line, on a syntax or validation error.
 */
export async function assembleWat(fileName: string, text: string): Promise<Uint8Array> {
  const wabt = await initWabt();
  const module = wabt.parseWat(fileName, text, { bulk_memory: true, simd: true });
  try {
    module.validate();
    return module.toBinary({ log: false, write_debug_names: false }).buffer;
  } finally {
    module.destroy();
  }
}
