import { repository } from '../../../package.json';

/**
 * Where a reader of a report finds the documentation: the repository named in package.json `repository.url`,
 * as its web page (without `git+` and `.git`), and files in it on the default branch (`blob/HEAD/...`, which
 * GitHub and Gitea resolve, and GitLab redirects). Changing `repository.url` moves every link with it.
 */
export const repositoryWebUrl = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** docs/rules.md, which has one heading per rule: `### \`rule-id\``, whose anchor is the rule id itself. */
export const rulesDocUrl = `${repositoryWebUrl}/blob/HEAD/docs/rules.md`;

/** The entry of a rule in docs/rules.md. */
export function ruleHelpUri(ruleId: string): string {
  return `${rulesDocUrl}#${encodeURIComponent(ruleId)}`;
}
