import { PolicyDocument } from '../text/policyDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostics } from './diagnostics';
import type { Locale } from '../l10n/messages';
import type { RuleConfigProblem } from '../config/ruleConfig';

/** What is wrong in a `.privacy-policy.json`, as warnings of `rule-config` at their place in that file. */
export function ruleConfigDiagnostics(
  uri: string,
  text: string,
  problems: readonly RuleConfigProblem[],
  locale: Locale,
): Diagnostic[] {
  const file = PolicyDocument.create(uri, 'json', 0, text);
  const findings = problems.map((problem) => ({
    rule: 'rule-config',
    span: problem.span,
    message: problem.message,
    severity: 'warning' as const,
  }));
  return toDiagnostics(findings, file, { locale, severities: {} });
}
