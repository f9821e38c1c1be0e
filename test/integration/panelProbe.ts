// Looks inside the summary panel's webview, which the extension host cannot:
// the harness (scripts/vscode-web-test.mjs with scripts/webview-probe.mjs)
// answers `[poc-readiness:webview] {"name", "action", "y"?}` on the console by
// writing `<name>.json` beside the screenshots. Same folder and protocol as
// screenshot() in helpers.ts.
import * as fs from 'fs';
import * as path from 'path';
import { waitFor } from './helpers';

const SCREENSHOT_DIR_ENV = 'POC_READINESS_SCREENSHOT_DIR';
const WEBVIEW_PROBE_MARKER = '[poc-readiness:webview]';

export interface TextContrast {
  text: string;
  /** `tag.class.class` */
  element: string;
  color: string;
  background: string;
  /** WCAG contrast ratio of the text on what is behind it. */
  ratio: number;
  /** 4.5, or 3 for large text (WCAG AA). */
  required: number;
}

export interface WebviewInspection {
  themeKind: string;
  /** The plan title the page shows. */
  title: string;
  scrollY: number;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
  texts: TextContrast[];
}

/** Whether a harness that can look into webviews is listening (not under test-electron). */
export const canProbeWebview = () => Boolean(process.env[SCREENSHOT_DIR_ENV]);

let probes = 0;

/** Inspects the panel's webview, after scrolling it to `y` when given. */
export async function probeWebview(y?: number): Promise<WebviewInspection> {
  const dir = process.env[SCREENSHOT_DIR_ENV];
  if (!dir) throw new Error('No harness looks into webviews here: check canProbeWebview() first.');
  const name = `webview-probe-${process.pid}-${++probes}`;
  const file = path.join(dir, `${name}.json`);
  const failure = `${file}.error`;
  console.log(`${WEBVIEW_PROBE_MARKER} ${JSON.stringify({ name, action: y === undefined ? 'inspect' : 'scroll', y })}`);
  await waitFor(() => fs.existsSync(file) || fs.existsSync(failure), { timeout: 20_000, interval: 50, message: `webview probe ${name}` });
  if (fs.existsSync(failure)) throw new Error(`Webview probe failed: ${fs.readFileSync(failure, 'utf8')}`);
  const result = JSON.parse(fs.readFileSync(file, 'utf8')) as WebviewInspection;
  fs.rmSync(file, { force: true });
  return result;
}

/** The texts below WCAG AA, one line each, for an assertion message. */
export function lowContrast(inspection: WebviewInspection): string[] {
  return inspection.texts.filter((t) => t.ratio < t.required).map((t) => `${t.ratio}:1 (needs ${t.required}) ${t.element} "${t.text}" ${t.color} on ${t.background}`);
}
