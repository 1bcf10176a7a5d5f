import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import { RuleConfigStore } from '../files/ruleConfigStore';
import { parseRuleConfig } from '../service/config/ruleConfig';
import { ruleConfigDiagnostics } from '../service/features/ruleConfigDiagnostics';
import { createLanguageService, type PolicyLanguageService, type PreviousVersion } from '../service/languageService';
import type { Locale } from '../service/l10n/messages';
import type { FileReport } from './report';

export interface PolicyService {
  readonly service: PolicyLanguageService;
  /** The `.privacy-policy.json` that applies to a policy (absolute path), if any. */
  ruleConfigFor(uri: string): string | undefined;
}

/**
 * The language service as the editor configures it for files on disk: each file's rule severities come from
 * the nearest `.privacy-policy.json` above it (found and read by the server's own RuleConfigStore), and the
 * service itself honours suppression comments.
 */
export function createPolicyService(
  locale: Locale,
  /** The previous version of a document (by URI), when the run compares with one (`--base`). */
  previousVersion?: (uri: string) => PreviousVersion | undefined,
): PolicyService {
  const configs = new RuleConfigStore();
  const service = createLanguageService({ locale, severitiesFor: (uri) => configs.rulesFor(uri), previousVersion });
  return {
    service,
    ruleConfigFor: (uri) => {
      const config = configs.forDocument(uri);
      return config && fileURLToPath(config.uri);
    },
  };
}

/**
 * What is wrong in the configuration files that were used, at its place, as the editor shows it (warnings
 * of `rule-config`): invalid JSON, unknown rule ids, bad severities. Files without problems give no report.
 */
export function ruleConfigReports(configFiles: readonly string[], locale: Locale): FileReport[] {
  return configFiles.flatMap((file): FileReport[] => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return []; // removed since it was read: the checks that used it have run
    }
    const { problems } = parseRuleConfig(text);
    if (problems.length === 0) return [];
    return [
      { file, kind: 'config', diagnostics: ruleConfigDiagnostics(pathToFileURL(file).href, text, problems, locale) },
    ];
  });
}
