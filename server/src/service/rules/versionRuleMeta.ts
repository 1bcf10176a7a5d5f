import type { RuleMeta } from './rule';

/**
 * Checks across versions: they compare a policy with its previous version (a file or a git revision, see
 * docs/versions.md), so they run only when one is known. The checks are in service/versions/versionChecks.ts.
 */
export const versionNotUpdated: RuleMeta = {
  id: 'version-not-updated',
  defaultSeverity: 'warning',
  title: { de: 'Datum oder Version nicht fortgeschrieben', en: 'Date or version not updated' },
  description: {
    de: 'Der Inhalt hat sich gegenüber der vorigen Fassung geändert, aber „published“, „effective“ oder „version“ nicht: Leser können die neue Fassung dann nicht von der alten unterscheiden.',
    en: 'The content changed since the previous version, but "published", "effective" or "version" did not: readers cannot tell the new version from the old one.',
  },
  articles: 'Art. 12(1) GDPR; WP260 rev.01 (changes to Art. 13/14 information)',
};

export const changeNeedsNotice: RuleMeta = {
  id: 'change-needs-notice',
  defaultSeverity: 'warning',
  title: { de: 'Neuer Zweck ohne vorherige Information', en: 'New purpose without prior notice' },
  description: {
    de: 'Eine Datenkategorie, die es schon gab, wird nun zu einem weiteren Zweck verarbeitet. Bereits erhobene Daten dürfen dafür erst verwendet werden, nachdem die Betroffenen informiert wurden: Die Fassung muss nach ihrer Veröffentlichung in Kraft treten („effective“ nach „published“), oder „policy.notification“ sagt, wie die Betroffenen informiert werden.',
    en: 'A data category that existed before is now processed for a further purpose. Data already collected may be used for it only after the data subjects were told: the version must take effect after it is published ("effective" after "published"), or "policy.notification" says how they are told.',
  },
  articles: 'Art. 13(3), Art. 14(4) GDPR',
};

export const versionBackwards: RuleMeta = {
  id: 'version-backwards',
  defaultSeverity: 'error',
  title: { de: 'Version oder Datum geht zurück', en: 'Version or date goes backwards' },
  description: {
    de: 'Die Versionsbezeichnung ist kleiner oder ein Datum früher als in der vorigen Fassung: Meist ist die falsche Datei oder ein alter Stand bearbeitet worden.',
    en: 'The version label is lower, or a date earlier, than in the previous version: usually the wrong file or an old state was edited.',
  },
};

export const versionRules: readonly RuleMeta[] = [versionNotUpdated, changeNeedsNotice, versionBackwards];
