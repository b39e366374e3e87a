import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to an SVG document without a browser or canvas: Vega-Lite compiles it to Vega,
 * a headless view (`renderer: 'none'`) lays it out, and `toSVG` serialises the scene. Text widths are
 * estimated, so labels may sit a pixel off what a browser would draw. O(marks).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The blue-white-red colour of a correlation in [-1, 1] (the paper's `bwr` map): -1 blue, 0 white, +1 red,
 * as a `#rrggbb` string. Values outside [-1, 1] are clamped. O(1).
 */
export function correlationColour(r: number): string {
  const t = Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : 0;
  const channel = (v: number) =>
    Math.round(255 * v)
      .toString(16)
      .padStart(2, '0');
  // white at 0, fading towards pure blue (t = -1) or pure red (t = +1)
  const fade = 1 - Math.abs(t);
  return t >= 0 ? `#ff${channel(fade)}${channel(fade)}` : `#${channel(fade)}${channel(fade)}ff`;
}
