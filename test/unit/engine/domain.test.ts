// Each domain fact lives in one engine module; the manifest restates some of
// them (VS Code reads package.json before any code runs), so it is held to
// those modules here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE, DIMENSION_TITLES, DIMENSIONS, isPlanFile, PLAN_EXTENSIONS, PLAN_GLOB, THRESHOLD_KEYS, thresholdSetting } from '../../../src/engine';
import { ROOT } from './support';

interface Manifest {
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, unknown> };
    languages: Array<{ id: string; extensions: string[] }>;
    yamlValidation: Array<{ fileMatch: string | string[]; url: string }>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('domain facts in one place', () => {
  it('declares each threshold setting as src/engine/thresholds.ts has it, and no other', () => {
    const declared = Object.keys(manifest.contributes.configuration.properties).filter((k) => k.startsWith('pocReadiness.thresholds.'));
    assert.deepStrictEqual(
      declared,
      THRESHOLD_KEYS.map((k) => `pocReadiness.thresholds.${k}`),
    );
    for (const key of THRESHOLD_KEYS) assert.deepStrictEqual(manifest.contributes.configuration.properties[`pocReadiness.thresholds.${key}`], thresholdSetting(key), key);
  });

  it('names plan files and the config file as src/engine/files.ts does', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'poc-plan');
    assert.deepStrictEqual(language?.extensions, [...PLAN_EXTENSIONS]);
    assert.ok(manifest.activationEvents.includes(`workspaceContains:${PLAN_GLOB}`), 'activates on a workspace with plans');
    assert.ok(manifest.activationEvents.includes(`workspaceContains:${CONFIG_FILE}`), 'activates on a workspace with a config');
    const validation = Object.fromEntries(manifest.contributes.yamlValidation.map((v) => [v.url, v.fileMatch]));
    assert.deepStrictEqual(
      validation['./schemas/poc-plan.schema.json'],
      PLAN_EXTENSIONS.map((e) => `*${e}`),
    );
    assert.strictEqual(validation['./schemas/pocreadiness.schema.json'], CONFIG_FILE);
  });

  it('reads a plan by its double extension in any case, as VS Code matches a language', () => {
    const names = ['a.poc.yaml', 'b.poc.yml', 'C.POC.YAML', 'plans/d.Poc.Yml', 'e.yaml', 'f.poc.yaml.bak', 'poc.yaml'];
    assert.deepStrictEqual(names.filter(isPlanFile), ['a.poc.yaml', 'b.poc.yml', 'C.POC.YAML', 'plans/d.Poc.Yml']);
  });

  it('titles every dimension, in the order every view shows them', () => {
    assert.deepStrictEqual(
      DIMENSIONS.map((d) => DIMENSION_TITLES[d]),
      ['Technical feasibility', 'Operational viability', 'Organizational fit'],
    );
  });
});
