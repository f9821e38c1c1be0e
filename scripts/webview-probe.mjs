// Answers the integration suite's questions about the summary panel's webview,
// which the extension host cannot see into: scripts/vscode-web-test.mjs hands
// each `[poc-readiness:webview] {"name", "action", "y"?}` console message here
// and this writes `<name>.json` (by rename) into the screenshot folder, or
// `<name>.json.error`; test/integration/panelProbe.ts waits for it.
//
// Actions, run in the webview frame that holds the summary (`main#summary`):
//   inspect   its scroll position and size, whether it scrolls sideways, and
//             every visible text's colour, background and WCAG contrast ratio
//   scroll    scrolls it to `y`, then inspects
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WEBVIEW_PROBE_MARKER = '[poc-readiness:webview]';

/**
 * The frame showing the summary panel, loaded and styled; webviews nest two
 * iframes deep, and VS Code writes a new page into a hidden "pending" frame
 * before it swaps it in, so a frame without its stylesheet yet is skipped.
 */
async function summaryFrame(page) {
  for (const frame of page.frames()) {
    try {
      const ready = await frame.evaluate(() => {
        if (!document.querySelector('main#summary') || document.readyState !== 'complete') return false;
        if (window.frameElement && window.frameElement.id !== 'active-frame') return false;
        const sheets = [...document.styleSheets];
        return sheets.length > 0 && sheets.every((sheet) => sheet.cssRules.length > 0);
      });
      if (ready) return frame;
    } catch {
      // A frame that navigated away mid-search, or one of another origin.
    }
  }
  return undefined;
}

export async function answerWebviewProbe(page, request, dir, log) {
  let parsed;
  try {
    parsed = JSON.parse(request);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^[\w.-]+$/.test(parsed.name ?? '') || !['inspect', 'scroll'].includes(parsed.action)) {
    log(`Ignored a malformed webview probe ${request.trim()}.`);
    return;
  }
  const file = join(dir, `${parsed.name}.json`);
  try {
    const deadline = Date.now() + 10_000;
    let frame = await summaryFrame(page);
    while (!frame && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      frame = await summaryFrame(page);
    }
    if (!frame) throw new Error('no webview frame shows the summary (main#summary)');
    const result = await frame.evaluate(inspectPage, { action: parsed.action, y: Number(parsed.y) || 0 });
    writeFileSync(`${file}.partial`, JSON.stringify(result, null, 2));
    renameSync(`${file}.partial`, file);
  } catch (error) {
    log(`Webview probe ${parsed.name} failed: ${error.message}`);
    writeFileSync(`${file}.error`, error.message);
  }
}

/** Runs inside the webview frame: no imports, no closures over this module. */
async function inspectPage({ action, y }) {
  if (action === 'scroll') {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }

  /** A CSS colour as [r, g, b, a] (0-255, alpha 0-1), through a canvas so every syntax (rgb, color(srgb), color-mix results) reads the same. */
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const parse = (css) => {
    if (!css || css === 'none' || css === 'transparent') return [0, 0, 0, 0];
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  // Non-premultiplied readback loses precision at low alpha; read the alpha from the CSS where it says one.
  const alphaOf = (css) => {
    const m = /\/\s*([\d.]+%?)\s*\)$|rgba\([^)]*,\s*([\d.]+)\s*\)$/.exec(css ?? '');
    const v = m?.[1] ?? m?.[2];
    return v === undefined ? undefined : v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v);
  };
  const color = (css) => {
    const c = parse(css);
    const a = alphaOf(css);
    return a === undefined ? c : [c[0], c[1], c[2], a];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = ([r, g, b, a]) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}${a < 1 ? ` / ${a.toFixed(2)}` : ''}`;

  // What the page sits on: VS Code paints the frame with the editor background.
  const rootStyle = getComputedStyle(document.documentElement);
  const canvasColor = color(rootStyle.getPropertyValue('--vscode-editor-background').trim() || '#ffffff');
  canvasColor[3] = 1;

  /** The colour behind an HTML element: its and its ancestors' backgrounds, composited down to the page. */
  const backgroundOf = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const bg = color(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), canvasColor);
  };

  /** SVG text sits on the shapes drawn before it in its picture: composite their fills at its centre. */
  const svgBackgroundOf = (text) => {
    const svg = text.ownerSVGElement;
    let bg = backgroundOf(svg.parentElement);
    const box = text.getBBox();
    const point = svg.createSVGPoint();
    point.x = box.x + box.width / 2;
    point.y = box.y + box.height / 2;
    for (const shape of svg.querySelectorAll('rect, polygon, path, circle, ellipse')) {
      if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const style = getComputedStyle(shape);
      if (style.fill === 'none' || !shape.isPointInFill(point)) continue;
      const fill = color(style.fill);
      fill[3] *= Number(style.fillOpacity || 1) * Number(style.opacity || 1);
      bg = over(fill, bg);
    }
    return bg;
  };

  const visible = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const rect = element.getBoundingClientRect();
    // .visually-hidden text is for screen readers: 1px, clipped.
    return rect.width > 1 && rect.height > 1 && style.clip !== 'rect(0px, 0px, 0px, 0px)';
  };

  const texts = [];
  const main = document.getElementById('summary');
  for (const element of main.querySelectorAll('*')) {
    const own = [...element.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (!own || !visible(element)) continue;
    const style = getComputedStyle(element);
    const isSvg = element instanceof SVGElement;
    const foreground = color(isSvg ? style.fill : style.color);
    const background = isSvg ? svgBackgroundOf(element) : backgroundOf(element);
    const shown = over(foreground, background);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    // WCAG: large text is 18pt (24px), or 14pt (18.66px) bold.
    const large = size >= 24 || (bold && size >= 18.66);
    texts.push({
      text: own.slice(0, 60),
      element: `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`,
      color: hex(foreground),
      background: hex(background),
      ratio: Math.round(ratio(shown, background) * 100) / 100,
      required: large ? 3 : 4.5,
    });
  }
  const doc = document.documentElement;
  return {
    themeKind: document.body.dataset.vscodeThemeKind ?? document.body.className,
    title: document.querySelector('.plan-title')?.textContent ?? '',
    scrollY: window.scrollY,
    scrollHeight: doc.scrollHeight,
    clientHeight: doc.clientHeight,
    scrollWidth: doc.scrollWidth,
    clientWidth: doc.clientWidth,
    texts,
  };
}
