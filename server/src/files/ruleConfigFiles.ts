import * as path from 'path';
import { parseRuleConfig, RULE_CONFIG_FILE, type RuleConfig } from '../service/config/ruleConfig';

/**
 * Finds the rule configuration that applies to files in `startDir`: the nearest `.privacy-policy.json` in that
 * folder or a folder above it. `readFile` returns a file's text, or undefined when there is no such file.
 */
export function findRuleConfig(
  startDir: string,
  readFile: (file: string) => string | undefined,
): { path: string; text: string } | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const file = path.join(dir, RULE_CONFIG_FILE);
    const text = readFile(file);
    if (text !== undefined) return { path: file, text };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `findRuleConfig` and `parseRuleConfig` together: the configuration that applies in `startDir`, if any. */
export function loadRuleConfig(
  startDir: string,
  readFile: (file: string) => string | undefined,
): { path: string; text: string; config: RuleConfig } | undefined {
  const found = findRuleConfig(startDir, readFile);
  return found && { ...found, config: parseRuleConfig(found.text) };
}
