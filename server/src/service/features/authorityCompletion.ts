/**
 * Completion of `supervisoryAuthority.name`: the authority competent for this controller first (from its
 * country, state and kind of body), then every German and EEA authority, each with its address.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { Locale } from '../l10n/messages';
import type { PolicyModel } from '../model/model';
import { controllerCompetence } from '../rules/authorityCompetenceRules';
import { allAuthorities, type Authority } from '../schema/law/authorities';
import { LAW_AS_OF } from '../schema/law/sources';
import { escapeMarkdown } from '../text/markdown';

function documentation(authority: Authority, competent: boolean, locale: Locale): string {
  const de = locale === 'de';
  const { street, postalCode, city } = authority.address;
  const lines = [
    `**${escapeMarkdown(authority.name)}** (${escapeMarkdown(authority.short)})`,
    '',
    `${escapeMarkdown(street)}, ${escapeMarkdown(postalCode)} ${escapeMarkdown(city)}`,
  ];
  if (authority.email) lines.push(`${de ? 'E-Mail' : 'E-mail'}: ${escapeMarkdown(authority.email)}`);
  lines.push(`Web: ${escapeMarkdown(authority.url)}`, '');
  if (competent)
    lines.push(
      de
        ? 'Für diesen Verantwortlichen zuständig. Die Schnellkorrektur „Aufsichtsbehörde eintragen“ schreibt auch die Anschrift.'
        : 'Competent for this controller. The quick fix "Write the supervisory authority" writes the address too.',
    );
  lines.push(
    `${de ? 'Stand' : 'As of'} ${LAW_AS_OF}; ${de ? 'Prüfung' : 'checked'}: ${escapeMarkdown(authority.verification)}`,
  );
  return lines.join('\n\n');
}

export function authorityNameItems(model: PolicyModel, range: Range, locale: Locale): CompletionItem[] {
  const competence = controllerCompetence(model);
  const competent = new Set(competence?.kind === 'authorities' ? competence.authorities.map((a) => a.id) : []);
  return allAuthorities.map((authority, index) => {
    const isCompetent = competent.has(authority.id);
    return {
      label: authority.name,
      kind: CompletionItemKind.Value,
      detail: isCompetent
        ? locale === 'de'
          ? `${authority.short} – zuständig`
          : `${authority.short} – competent`
        : authority.short,
      documentation: { kind: MarkupKind.Markdown, value: documentation(authority, isCompetent, locale) },
      filterText: `${authority.name} ${authority.short}`,
      sortText: `${isCompetent ? '0' : '1'}_${String(index).padStart(3, '0')}`,
      preselect: isCompetent || undefined,
      textEdit: { range, newText: authority.name },
    };
  });
}
