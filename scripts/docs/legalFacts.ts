import { allAuthorities, authoritySources } from '../../server/src/service/schema/law/authorities';
import { adequacyDecisions, adequacySources, internationalOrganisationDecisions } from '../../server/src/service/schema/law/adequacy';
import { retentionStatutes, unverifiedRetentionStatutes } from '../../server/src/service/schema/law/retentionStatutes';
import { LAW_AS_OF, type LegalSource } from '../../server/src/service/schema/law/sources';
import { offenceAsPurpose, specialTerms } from '../../server/src/service/schema/law/specialCategoryTerms';
import { countryCodeSuccessors, countryName } from '../../server/src/service/schema/countries';
import { specialCategories } from '../../server/src/service/schema/vocabulary';

/** A source as one line of Markdown: its title, linked where it has an address, and what is not verified. */
export function sourceLine(source: LegalSource): string {
  const title = source.url ? `[${source.title}](${source.url})` : source.title;
  return source.unverified ? `${title} — UNVERIFIED: ${source.unverified}` : title;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The tables of legal facts the checks use, each with its sources and the day they were checked: the last part
 * of docs/rules.md. Generated from the tables themselves, so the documentation states what the checks know.
 */
export function legalFactsMarkdown(): string {
  const lines = [
    `## Legal facts and their sources (as of ${LAW_AS_OF})`,
    '',
    'The checks rest on these tables (server/src/service/schema/law/). Each fact names where it comes from;',
    'what could not be checked against a primary source is marked UNVERIFIED and is never stated as fact in a',
    'message; where a message relies on such a fact, the rule\'s description says so.',
    '',
    '### Statutory retention periods',
    '',
    '| Statute | Records | Years | Provision | Starts | Changed |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const statute of retentionStatutes)
    for (const period of statute.periods)
      lines.push(
        `| ${statute.citation} | ${cell(period.records)} | ${period.years} | ${period.provision} | ${cell(statute.start)} | ${
          period.previous ? `${period.previous.years} years until ${period.previous.until} (${period.previous.changedBy})` : ''
        } |`,
      );
  lines.push('', 'Sources:', '');
  for (const source of retentionStatutes.flatMap((statute) => statute.sources)) lines.push(`- ${sourceLine(source)}`);
  lines.push(
    '',
    'Periods policies often cite that could not be checked against the statute, and so are not used by the checks (UNVERIFIED):',
    '',
    ...unverifiedRetentionStatutes.map((entry) => `- ${entry}`),
    '',
    '### Supervisory authorities',
    '',
    'Competence: § 40 Abs. 1 BDSG (the state authority for private bodies), § 9 Abs. 1 BDSG (BfDI for federal public',
    'bodies and telecommunications), § 29 TDDDG, § 71 Abs. 1 PostG (BfDI for postal services); in Bavaria the BayLDA',
    'supervises private and the BayLfD public bodies. A controller without an establishment in the Union has no lead',
    'authority (Art. 55, 56, 77 GDPR; EDPB Guidelines 3/2018). The state comes from `controller.address.state` or from a',
    'state capital or unambiguous large city, never from the postal code (postal regions cross state borders).',
    '',
    '| Authority | Name | State / country | Supervises | Address used by the quick fix | E-mail | Web | Checked | UNVERIFIED |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const authority of allAuthorities)
    lines.push(
      `| ${cell(authority.short)} | ${cell(authority.name)} | ${authority.state ?? authority.country} | ${authority.scope} | ${cell(
        authority.unconfirmed?.includes('address')
          ? '— (not confirmed; not written)'
          : `${authority.address.street}, ${authority.address.postalCode} ${authority.address.city}`,
      )} | ${authority.email ?? '—'} | ${authority.unconfirmed?.includes('url') ? '— (not confirmed; not written)' : authority.url} | ${cell(
        authority.verification,
      )} | ${cell(authority.unverified ?? '')} |`,
    );
  lines.push('', 'Sources:', '', ...authoritySources.map((source) => `- ${sourceLine(source)}`), '');
  lines.push(
    '### Adequacy decisions (Art. 45 GDPR)',
    '',
    '| Country | Decision | Adopted | Scope | UNVERIFIED |',
    '| --- | --- | --- | --- | --- |',
    ...adequacyDecisions.map(
      (decision) =>
        `| ${countryName(decision.country, 'en')} (${decision.country}) | ${cell(decision.decision)} | ${decision.adopted} | ${cell(
          decision.scope,
        )} | ${cell(decision.unverified ?? '')} |`,
    ),
    '',
    `Not a country, so not a code a policy can write: ${internationalOrganisationDecisions.join('; ')}.`,
    '',
    'Sources:',
    '',
    ...adequacySources.map((source) => `- ${sourceLine(source)}`),
    '',
    '### Country codes',
    '',
    'Only the 249 codes ISO 3166-1 assigns are accepted (iso-codes 4.15.0), and Kosovo\'s user-assigned XK; reserved and',
    'withdrawn codes that ICU still names are not. For these the check names the code that stands for the country today:',
    '',
    ...Object.entries(countryCodeSuccessors).map(([code, successor]) => `- \`${code}\` → \`${successor}\` (${countryName(successor, 'en')})`),
    '',
    '### Special categories: the word list',
    '',
    'A category whose title, description or data items contain one of these words holds that special category',
    '(`special-category-undeclared`). Patterns match the word forms listed; the near misses must not match (a unit test',
    'checks both). Source: research/law/special-categories.json (Art. 4 Nr. 13–15, Art. 9, Art. 10, Recitals 35, 51 GDPR;',
    'CJEU C-184/20, C-21/23). Only "strong" terms are used; "weak" ones (DNA, Rasse, katholisch, Bußgeld, Face ID ...)',
    'need context a policy does not give.',
    '',
    '| Term | Category | Matches, e.g. | Does not match |',
    '| --- | --- | --- | --- |',
    ...specialTerms.map(
      (term) =>
        `| \`${term.id}\` | ${specialCategories.find((choice) => choice.value === term.category)?.label.en ?? term.category} | ${cell(
          term.matches.join(', '),
        )} | ${cell(term.misses.join(', ') || '—')} |`,
    ),
    '',
    `Editorial decision: offences named as what a measure guards against (\`${offenceAsPurpose.source}\` before the word, as in`,
    '"zur Aufklärung von Straftaten" for video surveillance) do not count as Art. 10 data: private video surveillance rests on',
    'Art. 6(1)(f) GDPR (BVerwG 6 C 2.18), and reading it as Art. 10 data would demand a law private controllers never have.',
    '',
    '### Cookie lifetimes',
    '',
    'No German supervisory authority or court has set a maximum cookie lifetime (nothing found as of the date above; UNVERIFIED',
    'that none exists). `cookie-duration` therefore reports a missing or endless lifetime (CJEU C-673/17 Planet49: the',
    "information must state it), and more than 13 months only as a hint, citing the French CNIL's limit for",
    'audience-measurement trackers (guidance of 4 July 2025), which is French guidance, not German law.',
    '',
  );
  return lines.join('\n');
}
