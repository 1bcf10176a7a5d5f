import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageServiceOptions,
  type PolicyLanguageService,
} from '../../server/src/service/languageService';

/** A fixed "today" so that date-dependent checks give the same answer every day. */
export const TODAY = new Date('2026-11-25T12:00:00Z');

export function service(options: LanguageServiceOptions = {}): PolicyLanguageService {
  return createLanguageService({ locale: 'en', now: () => TODAY, ...options });
}

let counter = 0;

export function documentOf(text: string, uri = `file:///test/${++counter}.policy.yaml`): PolicyDocument {
  return PolicyDocument.create(uri, 'privacy-policy', 1, text);
}

/** Text with one `|` marking the cursor: the text without it and the cursor's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** Diagnostics of one rule, as `line:col-line:col` ranges (1-based lines and columns) for compact assertions. */
export function rangesOf(diagnostics: readonly Diagnostic[], rule: string): string[] {
  return diagnostics
    .filter((d) => d.code === rule)
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
    );
}

export function validate(text: string, options: LanguageServiceOptions = {}): Diagnostic[] {
  return service(options).validate(documentOf(text));
}

/** A small, complete policy that passes every core check; tests change one thing at a time. */
export const validPolicy = `policy:
  title: Datenschutzerklärung
  published: 2024-01-01
  effective: 2024-02-01
controller:
  name: Beispiel GmbH
  address:
    street: Musterstraße 1
    postalCode: "01067"
    city: Dresden
    country: DE
  email: datenschutz@beispiel.de
purposes:
  vertrag:
    title: Erfüllung des Vertrags
    legalBasis: [art6-1-b]
recipients:
  hoster:
    title: Hosting-Dienstleister
    role: processor
    country: DE
categories:
  kontakt:
    title: Kontaktdaten
    data: [Name, E-Mail-Adresse]
    purposes: [vertrag]
    recipients: [hoster]
    retention: Drei Jahre nach Vertragsende.
`;

/** A date some days before the real today, as YYYY-MM-DD: recent for every clock a test runs with. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `validPolicy` made complete for the GDPR completeness checks too: it states rights and the supervisory
 * authority, and its dates are recent (before the real today, which is never before TODAY), so it is not stale
 * for the server's clock either. It passes every check.
 */
export const completePolicy = validPolicy
  .replace(/published: .*\n/, `published: ${daysAgo(60)}\n`)
  .replace(/effective: .*\n/, `effective: ${daysAgo(30)}\n`)
  .concat(
    'rights: [access, rectification, erasure, restriction, portability, complaint]\nsupervisoryAuthority:\n  name: Sächsische Datenschutz- und Transparenzbeauftragte\n',
  );
