// Writes the files derived from the engine's metadata, so they are reviewed in
// diffs and shipped without a build step in the editor:
//   snippets/poc-plan.code-snippets        (from the section metadata)
//   snippets/poc-plan-md.code-snippets     (the same, for Markdown plans)
//   docs/rules.md                          (from the rule and section metadata, see rule-docs.mjs)
//   schemas/*.schema.json                  (see schemas.mjs)
//   syntaxes/poc-plan.tmLanguage.json      (see grammar.mjs)
// Run `npm run generate` after changing a rule, a message or a section.
//   node scripts/generate.mjs --check      regenerates in memory and exits 1
//                                          naming each committed file that differs
// test/unit/generated.test.ts runs the check. Needs the compiled engine in out/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grammarText } from './grammar.mjs';
import { ruleDocs } from './rule-docs.mjs';
import { schemaFiles } from './schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every generated file's path (from the repository root) and text. */
export async function generatedFiles() {
  const load = createRequire(import.meta.url);
  const engine = load(join(root, 'out/src/engine/index.js'));
  const markdown = load(join(root, 'out/src/engine/markdown/index.js'));
  return {
    'snippets/poc-plan.code-snippets': `${JSON.stringify(engine.planSnippets(), null, 2)}\n`,
    'snippets/poc-plan-md.code-snippets': `${JSON.stringify(markdown.markdownPlanSnippets(), null, 2)}\n`,
    'docs/rules.md': ruleDocs(engine, root),
    ...schemaFiles(root),
    'syntaxes/poc-plan.tmLanguage.json': await grammarText(),
  };
}

/** Where two texts first differ, as a line number and both lines. */
function firstDifference(committed, generated) {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}:\n    committed: ${JSON.stringify(a[at] ?? '(end of file)')}\n    generated: ${JSON.stringify(b[at] ?? '(end of file)')}`;
}

const files = await generatedFiles();
if (process.argv.includes('--check')) {
  const stale = [];
  for (const [file, text] of Object.entries(files)) {
    let committed;
    try {
      committed = readFileSync(join(root, file), 'utf8');
    } catch {
      committed = undefined;
    }
    if (committed === undefined) stale.push(`${file} is missing`);
    else if (committed !== text) stale.push(`${file} differs from what the metadata generates, at ${firstDifference(committed, text)}`);
  }
  if (stale.length) {
    console.error(`${stale.join('\n')}\nRun \`npm run generate\` and review the diff.`);
    process.exit(1);
  }
} else {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  console.log(`Wrote ${Object.keys(files).join(', ')}.`);
}
