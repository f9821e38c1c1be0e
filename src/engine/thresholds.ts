// Where the checks draw their lines: each threshold's default, bounds and
// description, in one table. `.pocreadiness.yaml` is checked against it, the
// published config schema is generated from it, and a unit test holds the
// manifest's `pocReadiness.thresholds.*` settings to it.
import type { Thresholds } from './types';

export interface ThresholdInfo {
  default: number;
  minimum: number;
  /** Absent: no upper bound. */
  maximum?: number;
  /** One text for the setting, the config schema and the docs. */
  description: string;
}

export const THRESHOLDS: Readonly<Record<keyof Thresholds, ThresholdInfo>> = {
  minPilotWeeks: {
    default: 2,
    minimum: 0,
    description: 'A pilot shorter than this many weeks is flagged.',
  },
  minSavingPercent: {
    default: 20,
    minimum: 0,
    maximum: 100,
    description: 'An AI path (AI time plus human review) that saves less than this percent of manual time is flagged.',
  },
  maxBudgetRatio: {
    default: 10,
    minimum: 1,
    description: 'A production estimate over this many times the POC budget, with no scoping budget, is flagged.',
  },
  maxBytes: {
    default: 1_000_000,
    minimum: 10_000,
    description: 'Plans larger than this are not checked (a note on the first line says so), so the editor never stalls parsing them.',
  },
  maxDaysToProduction: {
    default: 90,
    minimum: 1,
    description: 'A go decision with nothing in production after this many days is flagged.',
  },
};

export const THRESHOLD_KEYS = Object.keys(THRESHOLDS) as ReadonlyArray<keyof Thresholds>;

export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, THRESHOLDS[k].default])) as unknown as Thresholds;

/** `[minimum, maximum]`, `Infinity` when there is no upper bound. */
export const BOUNDS: Readonly<Record<keyof Thresholds, readonly [number, number]>> = Object.fromEntries(
  THRESHOLD_KEYS.map((k) => [k, [THRESHOLDS[k].minimum, THRESHOLDS[k].maximum ?? Infinity]]),
) as unknown as Record<keyof Thresholds, readonly [number, number]>;

/** The manifest's `pocReadiness.thresholds.<key>` setting, as package.json must declare it. */
export function thresholdSetting(key: keyof Thresholds): Record<string, unknown> {
  const t = THRESHOLDS[key];
  return { type: 'number', default: t.default, minimum: t.minimum, ...(t.maximum === undefined ? {} : { maximum: t.maximum }), scope: 'resource', description: t.description };
}
