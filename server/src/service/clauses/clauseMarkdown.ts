import type { Bilingual, Locale } from '../l10n/messages';
import type { PolicyModel } from '../model/model';
import { pageSections, rights as rightChoices } from '../schema/vocabulary';
import { escapeMarkdown } from '../text/markdown';
import type { Block, Piece } from './boundText';
import { bindText } from './clauseBinding';
import { conditionMet } from './clauseConditions';
import { clauseWording, type ClauseCondition, type ClausePlacement, type LibraryClause } from './clauseLibrary';
import { englishCitation } from '../l10n/citations';
import { policyFormat } from './policyFormat';
import { policyLanguages } from './policyLanguages';
import { describePlaceholder, type PlaceholderScope } from './placeholders';

const words = {
  missing: { de: 'Fehlt in dieser Erklärung', en: 'Missing from this policy' },
  where: { de: 'Steht', en: 'Stands' },
  needs: { de: 'Setzt voraus', en: 'Takes for granted' },
  met: { de: 'erfüllt', en: 'met' },
  unmet: { de: 'nicht erfüllt: der Baustein wird weggelassen', en: 'not met: the clause is left out' },
  facts: { de: '[die Angaben des Abschnitts aus den Daten]', en: "[the section's facts from the data]" },
} as const;

const languageNames = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
} as const;

const label = (value: string, choices: typeof pageSections, locale: Locale) =>
  choices.find((choice) => choice.value === value)?.label[locale] ?? value;

/** Where a clause stands on the page, as a sentence for completion and hover. */
export function describePlacement(placement: ClausePlacement, locale: Locale): string {
  switch (placement.kind) {
    case 'intro':
      return locale === 'de'
        ? `als Einleitung des Abschnitts „${label(placement.section, pageSections, locale)}“; dessen Angaben folgen`
        : `as the introduction of the section "${label(placement.section, pageSections, locale)}"; its facts follow`;
    case 'adds':
      return locale === 'de'
        ? `am Ende des Abschnitts „${label(placement.section, pageSections, locale)}“`
        : `at the end of the section "${label(placement.section, pageSections, locale)}"`;
    case 'explains': {
      const names = placement.rights.map((right) => label(right, rightChoices, locale)).join(', ');
      // Art. 21(4) GDPR: the right to object is presented clearly and separately from other information.
      const apart = placement.rights.includes('objection')
        ? locale === 'de'
          ? ', hervorgehoben (Art. 21 Abs. 4 DSGVO)'
          : ', set apart (Art. 21(4) GDPR)'
        : '';
      return locale === 'de'
        ? `unter „Ihre Rechte“ als Erläuterung von: ${names}${apart}`
        : `under "Your rights", explaining: ${names}${apart}`;
    }
    case 'category':
      return locale === 'de'
        ? 'bei der Datenkategorie, die `category:` nennt, über ihren Angaben'
        : 'with the data category that `category:` names, above its facts';
    case 'recipient':
      return locale === 'de' ? 'beim Empfänger, den `recipient:` nennt' : 'with the recipient that `recipient:` names';
  }
}

const conditionWords: {
  readonly [K in ClauseCondition['kind']]: (condition: Extract<ClauseCondition, { kind: K }>) => Bilingual;
} = {
  basis: (c) => ({
    de: `ein Zweck ${c.of === 'category' ? 'der Datenkategorie ' : ''}beruht auf ${c.bases.join(' oder ')}`,
    en: `a purpose ${c.of === 'category' ? 'of the data category ' : ''}rests on ${c.bases.join(' or ')}`,
  }),
  right: (c) => ({ de: `rights nennt ${c.right}`, en: `rights lists ${c.right}` }),
  data: (c) => ({ de: `die Erklärung nennt ${c.part}`, en: `the policy states ${c.part}` }),
  role: (c) => ({
    de: `${c.of === 'recipient' ? 'der Empfänger hat' : 'ein Empfänger hat'} die Rolle ${c.roles.join(' oder ')}`,
    en: `${c.of === 'recipient' ? 'the recipient has' : 'a recipient has'} the role ${c.roles.join(' or ')}`,
  }),
  thirdCountry: () => ({
    de: 'Daten gehen in ein Land außerhalb des EWR',
    en: 'data goes to a country outside the EEA',
  }),
  channel: (c) => ({
    de: `die Datenkategorie nennt channels: ${c.channels.join(', ')}`,
    en: `the data category lists channels: ${c.channels.join(', ')}`,
  }),
  generated: () => ({ de: 'die Datenkategorie hat origin: generated', en: 'the data category has origin: generated' }),
  fromElsewhere: () => ({
    de: 'Daten stammen nicht von der Person selbst (Art. 14)',
    en: 'data comes from somewhere other than the person (Art. 14)',
  }),
  obligation: () => ({ de: 'eine Datenkategorie nennt obligation', en: 'a data category states obligation' }),
  cookieBasis: (c) => ({ de: `ein Cookie hat basis: ${c.basis}`, en: `a cookie has basis: ${c.basis}` }),
  https: () => ({ de: 'policy.url beginnt mit https://', en: 'policy.url starts with https://' }),
};

/** What a condition takes for granted, in words. */
export function describeCondition(condition: ClauseCondition): Bilingual {
  return (conditionWords[condition.kind] as (c: ClauseCondition) => Bilingual)(condition);
}

/**
 * A clause as Markdown for completion and hover: where it stands, its text with this policy's data filled in
 * (every unfilled placeholder marked) in each language the policy is published in, what it takes for granted
 * and whether this policy says so, then the provisions it serves.
 */
export function clausePreviewMarkdown(
  clause: LibraryClause,
  model: PolicyModel,
  scope: PlaceholderScope,
  locale: Locale,
): string {
  const { primary, published } = policyLanguages(model);
  const parts: string[] = [];
  const missing = new Set<string>();
  published.forEach((language, index) => {
    const wording = clauseWording(clause, language) ?? clause;
    const named = published.length > 1 ? ` (${languageNames[language][locale]})` : '';
    parts.push(`**${escapeMarkdown(wording.title)}**${named}`);
    if (index === 0)
      parts.push(`*${words.where[locale]} ${escapeMarkdown(describePlacement(clause.placement, locale))}.*`);
    const bound = bindText(wording.text, model, scope, policyFormat(language, primary));
    for (const name of bound.missing) missing.add(name);
    parts.push(...bound.blocks.map((block) => blockMarkdown(block, locale)));
  });
  if (clause.conditions?.length) {
    const lines = clause.conditions.map((condition) => {
      const met = conditionMet(condition, model, scope);
      return `- ${escapeMarkdown(describeCondition(condition)[locale])}: ${met ? words.met[locale] : `⚠ ${words.unmet[locale]}`}`;
    });
    parts.push(`${words.needs[locale]}:\n${lines.join('\n')}`);
  }
  const articles = locale === 'en' ? clause.articles.map(englishCitation) : clause.articles;
  parts.push(`*${articles.map(escapeMarkdown).join(' · ')}*`);
  if (missing.size) {
    parts.push(
      `⚠ ${words.missing[locale]}: ${[...missing].map((name) => `\`${name}\` (${escapeMarkdown(describePlaceholder(name)[locale])})`).join(', ')}`,
    );
  }
  return parts.join('\n\n');
}

function blockMarkdown(block: Block, locale: Locale): string {
  if (block.kind === 'facts') return `*${words.facts[locale]}*`;
  if (block.kind === 'list') return block.items.map((item) => `- ${piecesMarkdown(item)}`).join('\n');
  // Two trailing spaces keep the author's line breaks (addresses) inside a paragraph.
  return block.lines.map(piecesMarkdown).join('  \n');
}

function piecesMarkdown(pieces: readonly Piece[]): string {
  return pieces
    .map((piece) => (piece.kind === 'gap' ? `**⚠ [${escapeMarkdown(piece.label)}]**` : escapeMarkdown(piece.text)))
    .join('');
}
