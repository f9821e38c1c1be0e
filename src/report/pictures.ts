// The drawn parts of the summary, as SVG strings. Sizes go in attributes, not
// style attributes, because the panel's Content-Security-Policy blocks inline
// styles; colours come from classes in media/panel.css.

import { escapeHtml, formatNumber } from './format';
import type { Iceberg } from './summary';

export interface BarSegment {
  value: number;
  className: string;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** A horizontal bar on a 0..`max` scale, segments stacked left to right. */
export function barSvg(segments: readonly BarSegment[], max: number, label: string): string {
  let x = 0;
  const rects = segments.map(({ value, className }) => {
    const width = max > 0 ? (100 * Math.max(0, value)) / max : 0;
    const rect = `<rect class="${className}" x="${r2(x)}" y="0" width="${r2(width)}" height="10"/>`;
    x += width;
    return rect;
  });
  return (
    `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">` +
    `<rect class="bar-track" x="0" y="0" width="100" height="10"/>${rects.join('')}</svg>`
  );
}

/** Picture geometry, in SVG user units. */
const WIDTH = 320;
const MARGIN = 14;
const TIP = { width: 200, height: 110 };
const MASS = { width: 280, height: 150 };
/** A part smaller than this (1/100 of the largest amount) would vanish; it is drawn at this size instead. */
const MIN_SCALE = 0.1;

type Point = [number, number];

/** The tip above the waterline, in a unit box: x across, y from the peak (0) to the waterline (1). */
const TIP_OUTLINE: Point[] = [
  [0, 1],
  [0.16, 0.58],
  [0.3, 0.66],
  [0.52, 0],
  [0.7, 0.42],
  [0.82, 0.34],
  [1, 1],
];
/** The mass below, in a unit box from the waterline (0) down, clockwise from the right; it joins the tip's base at both ends. */
const MASS_OUTLINE: Point[] = [
  [0.88, 0.1],
  [0.98, 0.3],
  [0.92, 0.5],
  [0.96, 0.64],
  [0.82, 0.84],
  [0.62, 0.97],
  [0.44, 1],
  [0.26, 0.9],
  [0.1, 0.74],
  [0.04, 0.52],
  [0, 0.34],
  [0.1, 0.12],
];

const polygon = (points: Point[], className: string) => `<polygon class="${className}" points="${points.map(([x, y]) => `${r2(x)},${r2(y)}`).join(' ')}"/>`;

/**
 * The budget iceberg: the POC budget and scoping above the waterline, the
 * production estimate below. Linear sizes follow the square root of the
 * amounts, so areas compare like the money does. A missing part is drawn as a
 * dashed outline with a question mark.
 */
export function icebergSvg(iceberg: Iceberg): string {
  const above = iceberg.aboveWater;
  const below = iceberg.productionEstimate;
  const largest = Math.max(above ?? 0, below ?? 0);
  const scale = (value: number | undefined) => (value === undefined || largest === 0 ? 0.5 : Math.max(MIN_SCALE, Math.sqrt(value / largest)));
  const tipScale = above === undefined ? 0.35 : scale(above);
  const massScale = below === undefined ? 0.75 : scale(below);

  const cx = WIDTH / 2;
  const tipW = TIP.width * tipScale;
  const tipH = TIP.height * tipScale;
  const massW = Math.max(MASS.width * massScale, tipW + 8);
  const massH = MASS.height * massScale;
  const waterY = MARGIN + tipH;
  const height = waterY + massH + MARGIN;

  const tipLeft = cx - tipW / 2;
  const tip = TIP_OUTLINE.map(([x, y]): Point => [tipLeft + x * tipW, MARGIN + y * tipH]);
  const massLeft = cx - massW / 2;
  const mass: Point[] = [[cx + tipW / 2, waterY], ...MASS_OUTLINE.map(([x, y]): Point => [massLeft + x * massW, waterY + y * massH]), [cx - tipW / 2, waterY]];
  const massLabel = below === undefined ? '?' : iceberg.ratio === undefined ? '' : `${formatNumber(iceberg.ratio)}×`;
  const massLabelY = waterY + massH * 0.5;

  return [
    `<svg class="iceberg" viewBox="0 0 ${WIDTH} ${r2(height)}" role="img" aria-label="${escapeHtml(iceberg.caption)}">`,
    `<rect class="water" x="0" y="${r2(waterY)}" width="${WIDTH}" height="${r2(height - waterY)}"/>`,
    polygon(mass, below === undefined ? 'ice-below missing' : 'ice-below'),
    polygon(tip, above === undefined ? 'ice-above missing' : 'ice-above'),
    `<line class="waterline" x1="0" y1="${r2(waterY)}" x2="${WIDTH}" y2="${r2(waterY)}"/>`,
    above === undefined ? `<text class="ice-label" x="${cx}" y="${r2(MARGIN + tipH * 0.8)}" text-anchor="middle">?</text>` : '',
    massLabel ? `<text class="ice-label${below === undefined ? ' missing' : ''}" x="${cx}" y="${r2(massLabelY)}" text-anchor="middle" dominant-baseline="middle">${escapeHtml(massLabel)}</text>` : '',
    '</svg>',
  ].join('');
}
