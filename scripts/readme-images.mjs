// Copies the screenshots the README shows from the integration harness's
// output (test-results/screenshots/, written by `npm test`) to docs/images/.
// README images are never made by hand: run `npm test`, then this.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shots = join(root, 'test-results/screenshots');
const names = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\(docs\/images\/([\w.-]+\.png)\)/g)].map((m) => m[1]);
const missing = names.filter((name) => !existsSync(join(shots, name)));
if (missing.length) {
  console.error(`Not in ${shots}: ${missing.join(', ')}. Run \`npm test\` first (the integration suite takes them).`);
  process.exit(1);
}
mkdirSync(join(root, 'docs/images'), { recursive: true });
for (const name of names) copyFileSync(join(shots, name), join(root, 'docs/images', name));
console.log(`Copied ${names.length} screenshot(s) to docs/images/: ${names.join(', ')}`);
