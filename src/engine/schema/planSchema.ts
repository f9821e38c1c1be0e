// The JSON Schema for plan format version 1, derived from the section
// metadata so the two cannot drift. scripts/build.mjs compiles it with ajv
// into standalone code; nothing compiles it at run time.
//
// Unknown keys are allowed here: the unknown-key rule reports them with a
// "did you mean" suggestion, which a schema error cannot give.

import { KeyInfo, SECTIONS } from '../sections';

type JsonSchema = Record<string, unknown>;

// Free text may be written as a number (`target: 20`); YAML reads it as one.
const TEXT: JsonSchema = { type: ['string', 'number'] };

/** What a key adds beside its value's schema (the published schemas add titles and descriptions). */
export type Annotate = (info: KeyInfo) => JsonSchema;

export function schemaFor(info: KeyInfo, annotate?: Annotate): JsonSchema {
  switch (info.kind) {
    case 'text':
      return TEXT;
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'enum':
      return { enum: [...(info.values ?? [])] };
    case 'text-list':
      return { type: 'array', items: TEXT };
    case 'map':
      return mapSchema(info.children ?? [], annotate);
    case 'map-list':
      // A list of strings or of the objects shown is accepted.
      return { type: 'array', items: { anyOf: [TEXT, mapSchema(info.children ?? [], annotate)] } };
  }
}

export function mapSchema(children: readonly KeyInfo[], annotate?: Annotate): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(children.map((c) => [c.key, annotate ? { ...annotate(c), ...schemaFor(c, annotate) } : schemaFor(c)])),
  };
}

export function planSchema(): JsonSchema {
  const schema = mapSchema(SECTIONS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://poc-readiness.dev/schema/poc-plan-1.json',
    title: 'POC plan (format version 1)',
    ...schema,
    properties: { ...(schema.properties as JsonSchema), schema_version: { enum: [1] } },
    required: ['poc'],
  };
}
