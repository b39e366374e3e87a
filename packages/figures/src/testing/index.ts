export { svgElements } from './svg-elements.js';
export type { SvgElement } from './svg-elements.js';
