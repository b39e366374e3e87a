export { runStepUi } from './run-step-ui.js';
export type { StepUiOptions } from './run-step-ui.js';
export { StepApp } from './step-app.js';
export type { StepAppProps } from './step-app.js';
export { modelFromNetwork } from './step-model.js';
export { networkPerformer } from './step-model.js';
export type { StepModel, ShownParameters } from './step-model.js';
export type { WordParse, WordParser, WordFormatter } from './session/word.js';
