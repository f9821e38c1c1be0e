// Which files the product reads: plans by their double extension, in any
// case (as VS Code matches a language's extensions), and the workspace's
// config file. The extension, the CLI and the manifest agree through here
// (test/unit/engine/domain.test.ts holds package.json to it).

/** What a YAML plan file's name ends with: the extensions of the `poc-plan` language. */
export const PLAN_EXTENSIONS = ['.poc.yaml', '.poc.yml'] as const;

/** What a Markdown plan's name ends with: it keeps VS Code's `markdown` language (docs/markdown-plans.md). */
export const MARKDOWN_PLAN_EXTENSION = '.poc.md';

/** Plans anywhere in a workspace folder, as a glob: YAML and Markdown. */
export const PLAN_GLOB = '**/*.poc.{yaml,yml,md}';

/** Whether a file name or path names a plan, YAML or Markdown; case does not matter. */
export function isPlanFile(name: string): boolean {
  return /\.poc\.(?:ya?ml|md)$/i.test(name);
}

/** The config file shared by the extension and the CLI, at the workspace root. */
export const CONFIG_FILE = '.pocreadiness.yaml';
