import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import type { Rule } from './rule';
import { checkClauseTexts, forEachMatch, type TextFinding } from './textSpans';

const lawCache = new WeakMap<TextValue, readonly TextFinding[]>();

interface OutdatedName {
  readonly pattern: RegExp;
  readonly current: string;
  /** Since when the name is outdated, and why. */
  readonly note: { de: string; en: string };
  /** The law was only renamed: replacing the name cannot change what the text says. */
  readonly renameOnly: boolean;
}

const notInWord = (core: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${core})(?![\\p{L}\\p{N}])`, 'gu');

/** Law names still common in German policies, with the name in force today (see the domain notes). */
export const outdatedNames: readonly OutdatedName[] = [
  {
    pattern: notInWord('TTDSG'),
    current: 'TDDDG',
    note: { de: 'seit dem 14. Mai 2024 heißt das Gesetz TDDDG', en: 'the act has been called TDDDG since 14 May 2024' },
    renameOnly: true,
  },
  {
    pattern: new RegExp('Telekommunikation-Telemedien-Datenschutz-Gesetz', 'gu'),
    current: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz',
    note: { de: 'seit dem 14. Mai 2024 heißt das Gesetz TDDDG', en: 'the act has been called TDDDG since 14 May 2024' },
    renameOnly: true,
  },
  {
    pattern: notInWord('TMG'),
    current: 'DDG',
    note: {
      de: 'das Telemediengesetz ist seit dem 14. Mai 2024 durch das Digitale-Dienste-Gesetz ersetzt',
      en: 'the Telemedia Act was replaced by the Digital Services Act (DDG) on 14 May 2024',
    },
    renameOnly: true,
  },
  {
    pattern: new RegExp('(?<![\\p{L}\\p{N}])Telemediengesetz', 'gu'),
    current: 'Digitale-Dienste-Gesetz',
    note: {
      de: 'das Telemediengesetz ist seit dem 14. Mai 2024 durch das Digitale-Dienste-Gesetz ersetzt',
      en: 'the Telemedia Act was replaced by the Digital Services Act (DDG) on 14 May 2024',
    },
    renameOnly: true,
  },
  {
    pattern: notInWord('(?:EU-US[- ])?Privacy[- ]Shield'),
    current: 'EU-US Data Privacy Framework',
    note: {
      de: 'der EuGH hat das Privacy Shield am 16. Juli 2020 für ungültig erklärt (Schrems II); das Data Privacy Framework gilt seit dem 10. Juli 2023 und nur für zertifizierte US-Unternehmen',
      en: 'the CJEU invalidated the Privacy Shield on 16 July 2020 (Schrems II); the Data Privacy Framework applies since 10 July 2023 and only to certified US companies',
    },
    renameOnly: false,
  },
  {
    pattern: notInWord('BDSG[- ]alt|BDSG a\\. ?F\\.'),
    current: 'BDSG',
    note: {
      de: 'das alte BDSG gilt seit dem 25. Mai 2018 nicht mehr',
      en: 'the old BDSG ceased to apply on 25 May 2018',
    },
    renameOnly: false,
  },
];

export const outdatedLawName: Rule = {
  meta: {
    id: 'outdated-law',
    defaultSeverity: 'warning',
    title: { de: 'Veraltete Rechtsgrundlage im Text', en: 'Outdated legal reference in the text' },
    description: {
      de: 'Abschnittstexte nennen noch Gesetze oder Instrumente, die umbenannt wurden oder nicht mehr gelten: TTDSG (jetzt TDDDG), TMG (jetzt DDG), EU-US Privacy Shield (ungültig; jetzt EU-US Data Privacy Framework), BDSG-alt. Die Schnellkorrektur setzt den heutigen Namen ein.',
      en: 'Clause texts still name acts or instruments that were renamed or no longer apply: TTDSG (now TDDDG), TMG (now DDG), EU-US Privacy Shield (invalid; now the EU-US Data Privacy Framework), BDSG-alt. The quick fix puts in the current name.',
    },
    articles: 'TDDDG, DDG (seit 14.05.2024); EuGH C-311/18 (Schrems II)',
  },
  check(context) {
    checkClauseTexts(context, lawCache, (value, read, report) => {
      const found: Array<TextFinding & { at: number }> = [];
      for (const name of outdatedNames) {
        forEachMatch(read, value, name.pattern, (match, span, map) => {
          const replaceable = map.isVerbatim(match.index, match.index + match[0].length);
          found.push({
            at: span.start,
            span,
            message: message('outdatedLaw', { old: match[0], current: name.current, note: name.note }),
            fixData: replaceable ? { replace: span, with: name.current, safe: name.renameOnly } : undefined,
          });
        });
      }
      // In the order they stand in the text, whichever name they are.
      for (const { at: _at, ...finding } of found.sort((a, b) => a.at - b.at)) report(finding);
    });
  },
};
