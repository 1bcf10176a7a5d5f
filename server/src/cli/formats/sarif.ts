import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { localize } from '../../service/l10n/messages';
import type { Severity } from '../../service/model/finding';
import { ruleCatalog } from '../../service/rules/ruleCatalog';
import { repositoryWebUrl, ruleHelpUri } from '../docsLinks';
import { severityOf, totalsOf, type LintReport } from '../report';
import { messageText } from './text';

const SRCROOT = '%SRCROOT%';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): every rule the tool knows, one artifact
 * per checked file relative to the working directory (%SRCROOT%), one result per problem.
 */
export function formatSarif(report: LintReport): string {
  const locale = report.locale;
  const rules: SarifRule[] = ruleCatalog.map((meta) => ({
    id: meta.id,
    shortDescription: { text: meta.title[locale] },
    fullDescription: {
      text: meta.articles ? `${meta.description[locale]} (${meta.articles})` : meta.description[locale],
    },
    defaultConfiguration: { level: levels[meta.defaultSeverity] },
    helpUri: ruleHelpUri(meta.id),
    ...(meta.articles ? { properties: { articles: meta.articles } } : {}),
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const indexOfRule = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      // A diagnostic of the service itself (such as the cap on problems per file) that is not a rule.
      index =
        rules.push({
          id,
          shortDescription: { text: id },
          fullDescription: { text: id },
          defaultConfiguration: { level: 'note' },
        }) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };

  const checked = report.files.filter((file) => !file.problem);
  const artifacts = checked.map((file) => ({ location: artifactLocation(file.file, report.cwd) }));
  const results = checked.flatMap((file, artifactIndex) =>
    file.diagnostics.map((diagnostic) =>
      result(diagnostic, { ...artifacts[artifactIndex].location, index: artifactIndex }, indexOfRule),
    ),
  );
  const failures = [...report.inputProblems, ...report.files.flatMap((file) => (file.problem ? [file.problem] : []))];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privacy-policy',
            version: report.version,
            semanticVersion: report.version,
            informationUri: repositoryWebUrl,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: totalsOf(report).failures === 0,
            ...(failures.length
              ? {
                  toolExecutionNotifications: failures.map((failure) => ({
                    level: 'error',
                    message: { text: localize(locale, failure) },
                  })),
                }
              : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.cwd) } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  /** The rule's entry in docs/rules.md; none for a diagnostic of the service that is not a rule. */
  helpUri?: string;
  properties?: { articles: string };
}

function result(
  diagnostic: Diagnostic,
  location: ArtifactLocation & { index: number },
  indexOfRule: (id: string) => number,
) {
  const ruleId = diagnostic.code === undefined ? 'privacy-policy' : String(diagnostic.code);
  return {
    ruleId,
    ruleIndex: indexOfRule(ruleId),
    level: levels[severityOf(diagnostic)],
    message: { text: messageText(diagnostic) },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(diagnostic.range) } }],
    ...(diagnostic.relatedInformation?.length
      ? {
          relatedLocations: diagnostic.relatedInformation.map((related, id) => ({
            id,
            message: { text: related.message },
            physicalLocation: { artifactLocation: location, region: region(related.location.range) },
          })),
        }
      : {}),
  };
}

/** SARIF counts lines and columns from 1; its end column, like LSP's end character, is exclusive. */
function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Relative to %SRCROOT% when inside it, which is what code scanning services resolve against the repository. */
function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, file);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}
