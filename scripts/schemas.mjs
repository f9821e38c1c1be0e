// schemas/poc-plan.schema.json and schemas/pocreadiness.schema.json, from the
// compiled engine (out/) and the thresholds' descriptions in package.json.
// Written by `npm run generate`; test/unit/editor/schemas.test.ts regenerates
// them in memory and fails when a committed file drifts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function schemaFiles(root) {
  const engine = createRequire(import.meta.url)(join(root, 'out/src/engine/index.js'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const properties = manifest.contributes.configuration.properties;
  const descriptions = Object.fromEntries(
    Object.keys(engine.DEFAULT_THRESHOLDS)
      .map((key) => [key, properties[`pocReadiness.thresholds.${key}`]?.description])
      .filter(([, description]) => description),
  );
  return {
    'schemas/poc-plan.schema.json': engine.schemaText(engine.planJsonSchema()),
    'schemas/pocreadiness.schema.json': engine.schemaText(engine.configJsonSchema()),
  };
}
