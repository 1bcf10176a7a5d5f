import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import type { LegalSource } from '../schema/law/sources';
import type { Rule } from './rule';

const RENAMING: LegalSource = {
  title: 'Art. 8 des Gesetzes vom 06.05.2024 (BGBl. 2024 I Nr. 149): TTDSG → TDDDG, TMG → DDG, in Kraft 14.05.2024',
  url: 'https://www.gesetze-im-internet.de/ttdsg/',
  kind: 'statute',
};
const SCHREMS: LegalSource = {
  title: 'EuGH, Urt. v. 06.10.2015, C-362/14 (Schrems I); Urt. v. 16.07.2020, C-311/18 (Schrems II)',
  kind: 'case-law',
};
const SCC_2021: LegalSource = {
  title: 'Durchführungsbeschluss (EU) 2021/914 vom 04.06.2021 (ABl. L 199 vom 07.06.2021), Art. 4',
  kind: 'decision',
  unverified: 'Wortlaut von Art. 4 (Übergang bis 27.12.2022) nicht erneut gelesen',
};
import { checkAuthorTexts } from './authorTexts';
import { forEachMatch, type TextFinding } from './textSpans';

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
    pattern: notInWord('(?:EU-US[- ])?Safe[- ]Harbou?r'),
    current: 'EU-US Data Privacy Framework',
    note: {
      de: 'der EuGH hat das Safe-Harbor-Abkommen am 6. Oktober 2015 für ungültig erklärt (C-362/14, Schrems I); das Data Privacy Framework gilt seit dem 10. Juli 2023 und nur für zertifizierte US-Unternehmen',
      en: 'the CJEU invalidated Safe Harbor on 6 October 2015 (C-362/14, Schrems I); the Data Privacy Framework applies since 10 July 2023 and only to certified US companies',
    },
    renameOnly: false,
  },
  {
    pattern: notInWord('2010/87/EU|2001/497/E[GC]|2004/915/E[GC]'),
    current: '(EU) 2021/914',
    note: {
      de: 'die alten Standardvertragsklauseln sind mit Wirkung zum 27. September 2021 aufgehoben; vorher geschlossene Verträge galten nur bis zum 27. Dezember 2022 (Art. 4 Durchführungsbeschluss (EU) 2021/914)',
      en: 'the old standard contractual clauses were repealed with effect from 27 September 2021; contracts concluded before applied only until 27 December 2022 (Art. 4 of Implementing Decision (EU) 2021/914)',
    },
    renameOnly: false,
  },
  {
    pattern: notInWord('(?:Richtlinie|RL|Directive) 95/46/E[GC]'),
    current: 'Verordnung (EU) 2016/679 (DSGVO)',
    note: {
      de: 'die Datenschutzrichtlinie ist seit dem 25. Mai 2018 aufgehoben (Art. 94 DSGVO)',
      en: 'the Data Protection Directive was repealed on 25 May 2018 (Art. 94 GDPR)',
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
      de: 'Ein Text der Erklärung – Abschnittstexte ebenso wie Beschreibungen, Interessen, Speicherdauern und Übermittlungen – nennt noch Gesetze oder Instrumente, die umbenannt wurden oder nicht mehr gelten: TTDSG (seit 14.05.2024 TDDDG), TMG (seit 14.05.2024 DDG), EU-US Privacy Shield (ungültig seit 16.07.2020) und Safe Harbor (ungültig seit 06.10.2015), beide heute EU-US Data Privacy Framework, die alten Standardvertragsklauseln 2010/87/EU, 2001/497/EG und 2004/915/EG (heute Durchführungsbeschluss (EU) 2021/914), die Richtlinie 95/46/EG und das BDSG-alt. Die Schnellkorrektur setzt den heutigen Namen ein.',
      en: 'A text of the policy – clause texts as well as descriptions, interests, retention periods and transfers – still names acts or instruments that were renamed or no longer apply: TTDSG (TDDDG since 14 May 2024), TMG (DDG since 14 May 2024), the EU-US Privacy Shield (invalid since 16 July 2020) and Safe Harbor (invalid since 6 Oct 2015), both today the EU-US Data Privacy Framework, the old standard contractual clauses 2010/87/EU, 2001/497/EC and 2004/915/EC (today Implementing Decision (EU) 2021/914), Directive 95/46/EC and the old BDSG. The quick fix puts in the current name.',
    },
    articles:
      'TDDDG, DDG (seit 14.05.2024); EuGH C-362/14 (Schrems I), C-311/18 (Schrems II); Durchführungsbeschluss (EU) 2021/914; Art. 94 DSGVO',
    sources: [RENAMING, SCHREMS, SCC_2021],
  },
  check(context) {
    checkAuthorTexts(context, lawCache, (value, read, report) => {
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
