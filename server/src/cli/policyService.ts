import { fileURLToPath, pathToFileURL } from 'url';
import { configOf, readRuleConfigFile } from '../files/ruleConfigFiles';
import { RuleConfigStore } from '../files/ruleConfigStore';
import { repositoryRoot, WorkspaceRoots } from '../files/workspaceRoots';
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
 * the nearest `.privacy-policy.json` above it inside the workspace (`repositoryRoot(cwd)`; found and read by the
 * server's own RuleConfigStore), and the service itself honours suppression comments.
 */
export function createPolicyService(
  locale: Locale,
  cwd: string,
  /** The previous version of a document (by URI), when the run compares with one (`--base`). */
  previousVersion?: (uri: string) => PreviousVersion | undefined,
): PolicyService {
  const roots = new WorkspaceRoots([repositoryRoot(cwd)]);
  const configs = new RuleConfigStore((dir) => roots.rootFor(dir));
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
 * of `rule-config`): invalid JSON, unknown rule ids, bad severities, a file that was refused. Files without
 * problems give no report.
 */
export function ruleConfigReports(configFiles: readonly string[], locale: Locale, cwd: string): FileReport[] {
  const root = repositoryRoot(cwd);
  return configFiles.flatMap((file): FileReport[] => {
    const read = readRuleConfigFile(file, root);
    if (!read) return []; // removed since it was read: the checks that used it have run
    const { text, config } = configOf(read);
    if (config.problems.length === 0) return [];
    return [
      {
        file,
        kind: 'config',
        diagnostics: ruleConfigDiagnostics(pathToFileURL(file).href, text, config.problems, locale),
      },
    ];
  });
}
