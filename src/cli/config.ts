// The same `.pocreadiness.yaml` the extension reads, found in the working
// directory (the CLI's workspace root) unless --config names another file;
// --rule overrides go on top, as settings do in the editor.
import * as fs from 'fs';
import * as path from 'path';
import { checkRules, loadConfig, mergeOptions, type LintOptions } from '../engine';
import { CliError } from './errors';
import { readText } from './files';

export const CONFIG_FILE = '.pocreadiness.yaml';

export function loadOptions(cwd: string, configArg: string | undefined, ruleArgs: Record<string, string>): LintOptions {
  const display = configArg ?? CONFIG_FILE;
  const file = path.resolve(cwd, display);
  let options: LintOptions = {};
  if (configArg !== undefined || fs.existsSync(file)) {
    const { options: fromFile, errors } = loadConfig(readText(file, display));
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
