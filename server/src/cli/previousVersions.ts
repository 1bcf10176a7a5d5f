import { loadPreviousVersion } from '../files/previousVersions';
import { message, type Message } from '../service/l10n/messages';
import type { PreviousVersion } from '../service/languageService';
import { displayPath } from './policyFiles';

/**
 * `lint --base <revision>`: the previous version of each policy, read before the checks run (worker threads
 * get them with their files). A policy the revision does not have is new and has none; a base that cannot be
 * read is a failure of the run (exit code 2), said once per file.
 */
export async function previousVersionsFor(
  files: readonly string[],
  base: string,
  cwd: string,
): Promise<{ versions: Record<string, PreviousVersion>; problems: Message[] }> {
  const versions: Record<string, PreviousVersion> = Object.create(null);
  const problems: Message[] = [];
  for (const file of files) {
    const lookup = await loadPreviousVersion(file, base);
    if (lookup.kind === 'found') versions[file] = lookup.version;
    else if (lookup.kind === 'problem')
      problems.push(message('cli.diff.baseUnreadable', { path: displayPath(file, cwd), base, detail: lookup.problem }));
  }
  return { versions, problems };
}
