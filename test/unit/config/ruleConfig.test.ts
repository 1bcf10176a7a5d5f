import * as assert from 'assert';
import * as path from 'path';
import {
  mergeSeverities,
  parseRuleConfig,
  checkRuleSettings,
  RULE_CONFIG_FILE,
} from '../../../server/src/service/config/ruleConfig';
import { findRuleConfig, loadRuleConfig } from '../../../server/src/files/ruleConfigFiles';
import { localize } from '../../../server/src/service/l10n/messages';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';

const problemsOf = (text: string) =>
  parseRuleConfig(text).problems.map((p) => ({
    text: text.slice(p.span.start, p.span.end),
    message: localize('en', p.message),
  }));

describe('.privacy-policy.json', () => {
  it('reads severities per rule id', () => {
    const config = parseRuleConfig(
      '{\n  "$schema": "./schema.json",\n  "rules": { "vague-wording": "off", "stale-policy": "error" }\n}\n',
    );
    assert.deepStrictEqual(config.rules, { 'vague-wording': 'off', 'stale-policy': 'error' });
    assert.deepStrictEqual(config.problems, []);
  });

  it('reports unknown rule ids (with a suggestion) and bad values where they stand, and keeps the valid entries', () => {
    const text =
      '{"rules": {"retention-vage": "off", "stale-policy": "warn", "placeholder": 3, "doubled-word": "hint"}}';
    assert.deepStrictEqual(parseRuleConfig(text).rules, { 'doubled-word': 'hint' });
    assert.deepStrictEqual(problemsOf(text), [
      {
        text: '"retention-vage"',
        message: '"retention-vage" is not a rule id; did you mean "retention-vague"? It is ignored.',
      },
      {
        text: '"warn"',
        message: '"warn" is not a severity for "stale-policy": use off, hint, info, warning or error.',
      },
      { text: '3', message: '"3" is not a severity for "placeholder": use off, hint, info, warning or error.' },
    ]);
  });

  it('reports invalid JSON, a wrong shape and unknown keys, never throwing', () => {
    assert.match(problemsOf('{"rules": {"a": "off",}}')[0].message, /^The rule configuration is not valid JSON/);
    assert.match(problemsOf('[1, 2]')[0].message, /must be a JSON object/);
    assert.deepStrictEqual(
      problemsOf('{"rules": ["stale-policy"]}').map((p) => p.text),
      ['["stale-policy"]'],
    );
    assert.deepStrictEqual(problemsOf('{"rule": {}}'), [
      { text: '"rule"', message: 'Unknown key "rule": the rule configuration holds only "rules".' },
    ]);
    assert.deepStrictEqual(parseRuleConfig('').problems, []);
  });

  it('names a list or an object given as a severity by its kind, not as "undefined"', () => {
    assert.deepStrictEqual(
      problemsOf('{"rules": {"stale-policy": ["off"], "vague-wording": {"level": "off"}, "placeholder": null}}').map(
        (p) => p.message,
      ),
      [
        'A list is not a severity for "stale-policy": use off, hint, info, warning or error.',
        'An object is not a severity for "vague-wording": use off, hint, info, warning or error.',
        '"null" is not a severity for "placeholder": use off, hint, info, warning or error.',
      ],
    );
  });

  it('refuses nesting deeper than policies may have before parsing, and never quotes the text in a syntax error', () => {
    const deep = `{"rules":{"yaml-syntax":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    assert.deepStrictEqual(problemsOf(deep), [
      {
        text: '[',
        message:
          'The rule configuration is nested deeper than 100 levels; it is not read, and every rule keeps its own severity.',
      },
    ]);
    // Brackets inside strings do not count.
    assert.deepStrictEqual(parseRuleConfig(`{"rules": {}, "$schema": "${'['.repeat(500)}"}`).problems, []);
    const secret = 'GEHEIM-7f3a9c = off';
    const [syntax] = problemsOf(secret);
    assert.match(syntax.message, /^The rule configuration is not valid JSON/);
    assert.ok(!syntax.message.includes('GEHEIM'), syntax.message);
  });

  it("is found by walking up from the policy's folder, never above the workspace root", () => {
    const root = path.resolve('/repo');
    const text = '{"rules": {"stale-policy": "off"}}';
    const files = new Map([
      [path.join(root, RULE_CONFIG_FILE), text],
      [path.resolve('/', RULE_CONFIG_FILE), '{"rules": {"stale-policy": "error"}}'],
    ]);
    const asked: string[] = [];
    const read = (file: string) => {
      asked.push(file);
      const found = files.get(file);
      return found === undefined ? undefined : { text: found };
    };
    assert.deepStrictEqual(findRuleConfig(path.join(root, 'docs', 'policies'), root, read), {
      path: path.join(root, RULE_CONFIG_FILE),
      read: { text },
    });
    assert.deepStrictEqual(loadRuleConfig(path.join(root, 'docs'), root, read)?.config.rules, {
      'stale-policy': 'off',
    });
    // The file at / lies above the workspace: a workspace without its own configuration has none.
    asked.length = 0;
    assert.strictEqual(findRuleConfig(path.resolve('/work/a/b'), path.resolve('/work'), read), undefined);
    assert.deepStrictEqual(asked, [
      path.resolve('/work/a/b', RULE_CONFIG_FILE),
      path.resolve('/work/a', RULE_CONFIG_FILE),
      path.resolve('/work', RULE_CONFIG_FILE),
    ]);
    // A folder outside the workspace gets no configuration, and nothing is read for it.
    asked.length = 0;
    assert.strictEqual(findRuleConfig(path.resolve('/elsewhere/deep'), root, read), undefined);
    assert.deepStrictEqual(asked, []);
  });

  it('settings are checked the same way, and win over the file', () => {
    assert.deepStrictEqual(checkRuleSettings({ 'stale-policy': 'hint', nonsense: 'off' }).rules, {
      'stale-policy': 'hint',
    });
    assert.strictEqual(checkRuleSettings({ nonsense: 'off' }).problems.length, 1);
    assert.deepStrictEqual(mergeSeverities({ a: 'off', b: 'error' } as never, { a: 'warning' } as never), {
      a: 'warning',
      b: 'error',
    });
  });

  it("a severity from the configuration changes or hides a rule's diagnostics", () => {
    const text = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
    const severities = parseRuleConfig('{"rules": {"retention-period": "hint"}}').rules;
    assert.strictEqual(validate(text, { severities }).find((d) => d.code === 'retention-period')!.severity, 4);
    assert.deepStrictEqual(
      rangesOf(validate(text, { severities: { 'retention-period': 'off' } }), 'retention-period'),
      [],
    );
    const perDocument = validate(text, { severitiesFor: () => ({ 'retention-period': 'off' }) });
    assert.deepStrictEqual(rangesOf(perDocument, 'retention-period'), []);
  });
});
