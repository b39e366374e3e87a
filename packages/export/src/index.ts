export { automatonToOnnx, sequenceToOnnx, updateToOnnx, onnxProblem, MAX_ONNX_XI_ENTRIES } from './onnx-export.js';
export type { OnnxOptions } from './onnx-export.js';
export type { AutomatonMetadata, SequenceMetadata } from './metadata.js';
export { automatonMatrices, sequenceMatrices } from './network-matrices.js';
export type { NetworkMatrices } from './network-matrices.js';
export { automatonToNpz, sequenceToNpz, npzProblem, MAX_NPZ_PATTERNS } from './npz-export.js';
