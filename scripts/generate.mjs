// Writes the files derived from the engine's metadata, so they are reviewed in
// diffs and shipped without a build step in the editor:
//   snippets/poc-plan.code-snippets  (from the section metadata)
//   docs/rules.md                    (from the rule and section metadata)
//   schemas/*.schema.json            (see scripts/schemas.mjs)
// Run `npm run generate` after changing a rule or a section; unit tests fail
// when either file drifts from the metadata. Needs the compiled engine in out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocs } from './rule-docs.mjs';
import { schemaFiles } from './schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(join(root, 'out/src/engine/index.js'));

export function snippetsText() {
  return `${JSON.stringify(engine.planSnippets(), null, 2)}\n`;
}

mkdirSync(join(root, 'snippets'), { recursive: true });
writeFileSync(join(root, 'snippets/poc-plan.code-snippets'), snippetsText());
writeFileSync(join(root, 'docs/rules.md'), ruleDocs(engine, root));
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [file, text] of Object.entries(schemaFiles(root))) writeFileSync(join(root, file), text);
console.log('Wrote snippets/poc-plan.code-snippets, docs/rules.md and schemas/*.schema.json.');
