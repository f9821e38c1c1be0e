// Renders media/icon.svg to media/icon.png (128 x 128, transparent corners),
// the extension's icon in the Extensions view and the Marketplace, which take
// PNG only. Run after editing the SVG and commit both: `node scripts/icon.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root } from './vscode-web.mjs';

const svg = readFileSync(join(root, 'media/icon.svg'), 'utf8');
const { browser, page } = await launchChromium();
try {
  await page.setViewportSize({ width: 128, height: 128 });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  writeFileSync(join(root, 'media/icon.png'), await page.locator('svg').screenshot({ type: 'png', omitBackground: true }));
  console.log('Wrote media/icon.png');
} finally {
  await browser.close();
}
