import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { SeveritySetting } from '../model/finding';
import { message, type Message } from '../l10n/messages';
import type { Span } from '../text/positions';
import { closestWord } from '../text/spelling';
import { ruleCatalog, ruleMeta } from '../rules/ruleCatalog';
import { MAX_NESTING } from '../syntax/chunkParser';
import { excessiveJsonNesting } from './jsonNesting';

/**
 * The repository's rule configuration: a file `.privacy-policy.json` next to the policy or in any folder above
 * it, `{"rules": {"<rule-id>": "off" | "hint" | "info" | "warning" | "error"}}`. The CLI and the language server
 * both read it with these functions; in the editor, the setting `privacyPolicy.rules` wins over the file.
 */
export const RULE_CONFIG_FILE = '.privacy-policy.json';

export type Severities = Readonly<Record<string, SeveritySetting>>;

export const severityValues: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface RuleConfigProblem {
  /** Offsets into the configuration text. */
  readonly span: Span;
  readonly message: Message;
}

export interface RuleConfig {
  /** The valid entries; unknown rule ids and bad values are left out (and reported in `problems`). */
  readonly rules: Severities;
  readonly problems: readonly RuleConfigProblem[];
}

/**
 * Reads the text of a `.privacy-policy.json`. Never throws: invalid JSON, a wrong shape, unknown rule ids and
 * bad severities come back as problems with their place in the text, and the valid entries still apply.
 */
export function parseRuleConfig(text: string): RuleConfig {
  const problems: RuleConfigProblem[] = [];
  const whole = { start: 0, end: Math.min(text.length, Math.max(1, text.search(/\r?\n|$/))) };
  if (text.trim() === '') return { rules: {}, problems };
  // The same limit as a policy's: a configuration needs three levels.
  const tooDeep = excessiveJsonNesting(text, MAX_NESTING);
  if (tooDeep !== undefined) {
    problems.push({
      span: { start: tooDeep, end: tooDeep + 1 },
      message: message('config.tooDeep', { max: MAX_NESTING }),
    });
    return { rules: {}, problems };
  }
  try {
    JSON.parse(text);
  } catch (error) {
    // V8 quotes the start of the text ('"…" is not valid JSON'); the diagnostic's place shows where instead.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/, ".*" is not valid JSON$/s, '');
    const position = Number(/position (\d+)/.exec(detail)?.[1]);
    const at = Number.isFinite(position) ? Math.min(position, text.length) : 0;
    problems.push({
      span: { start: at, end: Math.min(text.length, at + 1) },
      message: message('config.syntax', { detail }),
    });
    return { rules: {}, problems };
  }
  // JSON is YAML: the YAML reader gives every key and value its place in the text.
  const document = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  const root = document.contents;
  if (!isMap(root)) {
    problems.push({ span: whole, message: message('config.notObject') });
    return { rules: {}, problems };
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keySpan = rangeOf(pair.key, whole);
    if (key === '$schema') continue;
    if (key !== 'rules') {
      problems.push({ span: keySpan, message: message('config.unknownKey', { key }) });
      continue;
    }
    if (!isMap(pair.value)) {
      problems.push({ span: rangeOf(pair.value, keySpan), message: message('config.rulesNotObject') });
      continue;
    }
    for (const entry of pair.value.items) {
      const rule = isScalar(entry.key) ? String(entry.key.value) : '';
      const ruleSpan = rangeOf(entry.key, keySpan);
      const value = isScalar(entry.value)
        ? entry.value.value
        : isSeq(entry.value)
          ? []
          : isMap(entry.value)
            ? {}
            : null;
      const problem = checkEntry(rule, value);
      if (problem)
        problems.push({ span: problem.onValue ? rangeOf(entry.value, ruleSpan) : ruleSpan, message: problem.message });
      else rules[rule] = value as SeveritySetting;
    }
  }
  return { rules, problems };
}

/** Checks the `privacyPolicy.rules` setting the same way: the valid entries, and what is wrong with the others. */
export function checkRuleSettings(raw: unknown): { rules: Severities; problems: Message[] } {
  if (raw === undefined || raw === null) return { rules: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { rules: {}, problems: [message('config.rulesNotObject')] };
  const rules: Record<string, SeveritySetting> = {};
  const problems: Message[] = [];
  for (const [rule, value] of Object.entries(raw as Record<string, unknown>)) {
    const problem = checkEntry(rule, value);
    if (problem) problems.push(problem.message);
    else rules[rule] = value as SeveritySetting;
  }
  return { rules, problems };
}

function checkEntry(rule: string, value: unknown): { message: Message; onValue: boolean } | undefined {
  if (!ruleMeta(rule)) {
    const suggestion = closestWord(
      rule,
      ruleCatalog.map((meta) => meta.id),
    );
    return {
      message: suggestion
        ? message('config.unknownRule.suggest', { rule, suggestion })
        : message('config.unknownRule', { rule }),
      onValue: false,
    };
  }
  if (typeof value !== 'string' || !(severityValues as readonly string[]).includes(value)) {
    // Lists and objects are named by their kind: their text may be long, and says nothing a person needs.
    if (Array.isArray(value)) return { message: message('config.badValue.list', { rule }), onValue: true };
    if (typeof value === 'object' && value !== null)
      return { message: message('config.badValue.object', { rule }), onValue: true };
    return {
      message: message('config.badValue', { rule, value: typeof value === 'string' ? value : String(value) }),
      onValue: true,
    };
  }
  return undefined;
}

function rangeOf(node: unknown, fallback: Span): Span {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? { start: range[0], end: Math.max(range[1], range[0] + 1) } : fallback;
}

/** Later layers win: `mergeSeverities(fileRules, settingsRules)`. */
export function mergeSeverities(...layers: ReadonlyArray<Severities | undefined>): Severities {
  return Object.assign({}, ...layers.filter(Boolean));
}
