// The same `.pocreadiness.yaml` the extension reads, found in the working
// directory (the CLI's workspace root) unless --config names another file;
// --rule overrides go on top, as settings do in the editor.
import * as fs from 'fs';
import * as path from 'path';
import { checkRules, CONFIG_FILE, DEFAULT_THRESHOLDS, loadConfig, mergeOptions, type LintOptions } from '../engine';
import { CliError } from './errors';
import { readText } from './files';

export { CONFIG_FILE };
/** A config is a few lines; anything past the plan size limit is not one. */
const CONFIG_MAX_BYTES = DEFAULT_THRESHOLDS.maxBytes;

/** The config's path, when there is one to read. */
export function configPath(cwd: string, configArg: string | undefined): string | undefined {
  const file = path.resolve(cwd, configArg ?? CONFIG_FILE);
  return configArg !== undefined || fs.existsSync(file) ? file : undefined;
}

export function loadOptions(cwd: string, configArg: string | undefined, ruleArgs: Record<string, string>): LintOptions {
  const display = configArg ?? CONFIG_FILE;
  const file = configPath(cwd, configArg);
  let options: LintOptions = {};
  if (file !== undefined) {
    const { options: fromFile, errors } = loadConfig(readText(file, display, CONFIG_MAX_BYTES + 1));
    if (errors.length) throw new CliError(errors.map((e) => `${display}: ${e}`));
    options = fromFile;
  }
  if (Object.keys(ruleArgs).length === 0) return options;
  const errors: string[] = [];
  const rules = checkRules(ruleArgs, '--rule', errors);
  // checkRules names the rule as a key path (`--rule.POC999`); on a command line it reads better as an argument.
  if (errors.length) throw new CliError(errors.map((e) => e.replace(/^--rule\./, '--rule ')));
  return mergeOptions(options, { rules });
}
