// Which files the product reads: plans by their double extension, in any
// case (as VS Code matches a language's extensions), and the workspace's
// config file. The extension, the CLI and the manifest agree through here
// (test/unit/engine/domain.test.ts holds package.json to it).

/** What a plan file's name ends with. */
export const PLAN_EXTENSIONS = ['.poc.yaml', '.poc.yml'] as const;

/** Plans anywhere in a workspace folder, as a glob. */
export const PLAN_GLOB = '**/*.poc.{yaml,yml}';

/** Whether a file name or path names a plan; case does not matter. */
export function isPlanFile(name: string): boolean {
  return /\.poc\.ya?ml$/i.test(name);
}

/** The config file shared by the extension and the CLI, at the workspace root. */
export const CONFIG_FILE = '.pocreadiness.yaml';
