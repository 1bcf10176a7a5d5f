/**
 * Clause text with the policy's data bound into it, before it is written out as HTML (preview, export) or
 * Markdown (completion, hover). Gaps stay gaps here, so each output can mark them in its own way.
 */

/** What the reader would miss; each kind has the words the rendered policy shows, in the page's language. */
import type { PageLanguage } from './policyLanguages';

export type GapKind =
  | 'placeholder'
  | 'title'
  | 'effective'
  | 'controller'
  | 'purpose'
  | 'legal-basis'
  | 'legitimate-interest'
  | 'recipient'
  | 'retention'
  | 'source'
  | 'safeguard'
  | 'cookie-basis'
  | 'rights'
  | 'authority'
  | 'reference'
  | 'clause'
  | 'condition'
  /** A text the policy does not yet give in the page's language. */
  | 'translation';

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  /** A value taken from the policy: the reader sees plain text, the author can see where it came from. */
  | { readonly kind: 'value'; readonly name: string; readonly text: string }
  | { readonly kind: 'gap'; readonly gap: GapKind; readonly label: string };

export type Block =
  | { readonly kind: 'paragraph'; readonly lines: readonly (readonly Piece[])[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Piece[])[] }
  /** `{{section.facts}}` on a paragraph of its own: where the section's facts stand. */
  | { readonly kind: 'facts' };

export const text = (value: string): Piece => ({ kind: 'text', text: value });
export const gap = (kind: GapKind, label: string): Piece => ({ kind: 'gap', gap: kind, label });

type LabelledGap = Exclude<GapKind, 'placeholder' | 'reference' | 'clause' | 'condition' | 'translation'>;

/** The wording of each gap, as the preview shows it to the author before publishing. */
export const gapLabels: Readonly<Record<PageLanguage, Readonly<Record<LabelledGap, string>>>> = {
  de: {
    title: 'Überschrift fehlt',
    effective: 'Stand (Datum des Inkrafttretens) fehlt',
    controller: 'Angaben zum Verantwortlichen fehlen',
    purpose: 'Zweck fehlt',
    'legal-basis': 'Rechtsgrundlage fehlt',
    'legitimate-interest': 'Berechtigtes Interesse nicht beschrieben',
    recipient: 'Empfänger fehlen',
    retention: 'Speicherdauer fehlt',
    source: 'Quelle der Daten fehlt',
    safeguard: 'Garantie für die Drittlandübermittlung fehlt',
    'cookie-basis': 'Rechtsgrundlage des Cookies fehlt',
    rights: 'Betroffenenrechte fehlen',
    authority: 'Zuständige Aufsichtsbehörde fehlt',
  },
  en: {
    title: 'Heading missing',
    effective: 'Effective date missing',
    controller: 'Controller details missing',
    purpose: 'Purpose missing',
    'legal-basis': 'Legal basis missing',
    'legitimate-interest': 'Legitimate interest not described',
    recipient: 'Recipients missing',
    retention: 'Retention period missing',
    source: 'Source of the data missing',
    safeguard: 'Safeguard for the transfer to a third country missing',
    'cookie-basis': 'Legal basis of the cookie missing',
    rights: 'Data subject rights missing',
    authority: 'Competent supervisory authority missing',
  },
};

/** The gap where a placeholder has no data: what it stands for, and the placeholder to look for. */
export function placeholderGapLabel(language: PageLanguage, what: string, name: string): string {
  return language === 'de' ? `${what} fehlt ({{${name}}})` : `${what} missing ({{${name}}})`;
}

/** The paragraphs of a text, each as its lines: a blank line separates paragraphs, a line break stays one. */
export function paragraphsOf(source: string): string[][] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, '').split('\n'));
}
