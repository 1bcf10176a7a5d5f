import type { RuleMeta } from './rule';

/** Problems with the suppression comments themselves (see config/suppressions.ts). */
export const invalidSuppression: RuleMeta = {
  id: 'invalid-suppression',
  defaultSeverity: 'warning',
  title: { de: 'Ungültiger Abschaltkommentar', en: 'Invalid suppression comment' },
  description: {
    de: 'Ein Kommentar „# privacy-policy-disable-next-line …“ oder „# privacy-policy-disable …“ muss die Ids der Regeln nennen, die er abschaltet; eine unbekannte Id schaltet nichts ab.',
    en: 'A "# privacy-policy-disable-next-line ..." or "# privacy-policy-disable ..." comment must name the ids of the rules it disables; an unknown id disables nothing.',
  },
};

export const unusedSuppression: RuleMeta = {
  id: 'unused-suppression',
  defaultSeverity: 'hint',
  title: { de: 'Unnötiger Abschaltkommentar', en: 'Unused suppression comment' },
  description: {
    de: 'Die abgeschaltete Regel meldet an dieser Stelle nichts (mehr); der Kommentar kann weg, damit er später kein echtes Problem verdeckt.',
    en: 'The disabled rule reports nothing (any more) where the comment applies; the comment can go, so it does not hide a real problem later.',
  },
};

export const suppressionRules: readonly RuleMeta[] = [invalidSuppression, unusedSuppression];
