import { ruleCatalog } from '../../server/src/service/rules/ruleCatalog';
import { ruleExamples } from './ruleExamples';
import type { RuleMeta } from '../../server/src/service/rules/rule';
import { legalFactsMarkdown, sourceLine } from './legalFacts';

/** Where the documentation of the rules is generated to, from the repository root. */
export const RULE_DOCS_PATH = 'docs/rules.md';
/** The JSON Schema of `.privacy-policy.json`, which gives VS Code's JSON editor completion and checks of rule ids. */
export const RULE_CONFIG_SCHEMA_PATH = 'schemas/privacy-policy-rules.schema.json';

const severityWords: Record<string, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

/** Shows a lone CR, which Markdown would swallow. */
function shown(yaml: string): string {
  return yaml.replace(/\r\n/g, '\n').replace(/\r/g, '␍\n').replace(/\n$/, '');
}

function ruleSection(meta: RuleMeta): string {
  const example = ruleExamples[meta.id];
  const lines = [
    `### \`${meta.id}\``,
    '',
    `**${meta.title.en}** · *${meta.title.de}*`,
    '',
    `- Default severity: \`${severityWords[meta.defaultSeverity]}\``,
    `- Article: ${meta.articles ?? '—'}`,
    `- Quick fix: ${example?.quickFix ?? 'none; the fix needs a decision only the author can make.'}`,
    ...(meta.sources?.length ? ['- Sources:', ...meta.sources.map((source) => `  - ${sourceLine(source)}`)] : []),
    '',
    meta.description.en,
    '',
    `> ${meta.description.de}`,
    '',
  ];
  if (example?.previous !== undefined) {
    lines.push(
      'Compared with the previous version (its changed sections; the rest as in the example policy):',
      '',
      '```yaml',
      shown(example.previous || '# (the example policy as it is)\n'),
      '```',
      '',
    );
  }
  if (example) {
    lines.push('Triggers it:', '', '```yaml', shown(example.bad), '```', '', 'Fixed:', '', '```yaml', shown(example.good), '```', '');
  }
  return lines.join('\n');
}

/** docs/rules.md, from the rule catalog and the examples. `npm run docs` writes it; a unit test keeps it current. */
export function renderRuleDocs(): string {
  const table = [
    '| Rule | Default | Checks | Article |',
    '| --- | --- | --- | --- |',
    ...ruleCatalog.map((meta) => `| [\`${meta.id}\`](#${meta.id}) | ${meta.defaultSeverity} | ${meta.title.en} | ${meta.articles ?? ''} |`),
  ];
  return [
    '# Checks',
    '',
    '<!-- Generated from the rule catalog (server/src/service/rules) by `npm run docs`; do not edit by hand. -->',
    '',
    'Every problem the checker reports has a stable rule id (shown as the diagnostic\'s code). The ids are what you',
    'write in the settings, in `.privacy-policy.json` and in suppression comments. Messages appear in German or',
    'English, after VS Code\'s display language (the CLI: after `LANG`).',
    '',
    '## Configuring',
    '',
    '- **Severity per rule** (`off`, `hint`, `info`, `warning`, `error`): in the VS Code setting `privacyPolicy.rules`,',
    '  or in a file `.privacy-policy.json` in the policy\'s folder or any folder above it, which the command line reads',
    '  too. The setting wins over the file. Unknown rule ids and bad values are reported in the file itself.',
    '',
    '  ```json',
    '  { "rules": { "vague-wording": "off", "stale-policy": "error" } }',
    '  ```',
    '',
    '- **Suppression comments**, on a line of their own:',
    '  `# privacy-policy-disable-next-line <rule-id>[, <rule-id>] [-- reason]` disables the rules for the next line',
    '  with content (for a text that runs over several lines: the whole text); `# privacy-policy-disable <rule-id>`',
    '  disables them in the whole file. A comment naming an unknown rule is reported (`invalid-suppression`), one that',
    '  hides nothing is marked (`unused-suppression`). Every diagnostic offers both comments as quick fixes.',
    '- **Checks across versions** (`version-not-updated`, `change-needs-notice`, `version-backwards`) run when a',
    '  previous version is known: the setting `privacyPolicy.compareWith` in the editor, `--base` on the command line',
    '  (see [versions.md](versions.md)).',
    '- **Quick fixes that add keys** leave the policy one step from valid: in VS Code (and any editor that takes LSP',
    '  snippet edits) the cursor lands where the value goes, ids and vocabulary come as a choice, dates as today. In',
    '  other editors the key is added to fill in, and a list of ids becomes one fix per id.',
    '- **Fix all**: the action `source.fixAll.privacy-policy` applies every safe fix at once (quoting retyped values,',
    '  renamed acts such as TTDSG → TDDDG, missing spaces). Run it on save with',
    '  `"editor.codeActionsOnSave": { "source.fixAll.privacy-policy": "explicit" }`.',
    '',
    '## All rules',
    '',
    ...table,
    '',
    '## The rules one by one',
    '',
    ...ruleCatalog.map(ruleSection),
    legalFactsMarkdown(),
  ].join('\n');
}

/** The JSON Schema of `.privacy-policy.json`, from the rule catalog. */
export function renderRuleConfigSchema(): string {
  const severity = { enum: ['off', 'hint', 'info', 'warning', 'error'] };
  const properties = Object.fromEntries(
    ruleCatalog.map((meta) => [meta.id, { ...severity, description: `${meta.title.en} / ${meta.title.de} (default: ${meta.defaultSeverity})`, markdownDescription: `**${meta.title.en}** (default: \`${meta.defaultSeverity}\`)\n\n${meta.description.en}\n\n*${meta.description.de}*` }]),
  );
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Privacy policy rule configuration (.privacy-policy.json)',
    description: 'Severity per rule id for the privacy policy checks; the editor setting privacyPolicy.rules wins over this file.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', description: 'Per rule id: off, hint, info, warning or error.', properties, additionalProperties: false },
    },
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
