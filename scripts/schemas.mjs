// schemas/poc-plan.schema.json and schemas/pocreadiness.schema.json, from the
// compiled engine (out/): the section metadata and the thresholds
// (src/engine/thresholds.ts). Written by `npm run generate`;
// test/unit/generated.test.ts fails when a committed file drifts.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function schemaFiles(root) {
  const engine = createRequire(import.meta.url)(join(root, 'out/src/engine/index.js'));
  return {
    'schemas/poc-plan.schema.json': engine.schemaText(engine.planJsonSchema()),
    'schemas/pocreadiness.schema.json': engine.schemaText(engine.configJsonSchema()),
  };
}
