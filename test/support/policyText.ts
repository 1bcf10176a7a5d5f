import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageServiceOptions } from '../../server/src/service/languageService';
import { documentOf, service } from './serviceHarness';

/** The top-level sections of a policy text, by name, each with its lines up to the next section. */
function sectionsOf(text: string): Array<{ name: string; text: string }> {
  const sections: Array<{ name: string; text: string }> = [];
  for (const line of text.split(/(?<=\n)/)) {
    const key = /^([A-Za-z]\w*):/.exec(line);
    if (key) sections.push({ name: key[1], text: line });
    else if (sections.length) sections[sections.length - 1].text += line;
    else sections.push({ name: '', text: line });
  }
  return sections;
}

/**
 * A policy with some top-level sections replaced (or added at the end, or removed with an empty string):
 * `withSections(validPolicy, { rights: 'rights: [access]\n' })`.
 */
export function withSections(policy: string, replacements: Readonly<Record<string, string>>): string {
  const left = new Map(Object.entries(replacements));
  let out = '';
  for (const section of sectionsOf(policy)) {
    if (left.has(section.name)) {
      out += left.get(section.name);
      left.delete(section.name);
    } else {
      out += section.text;
    }
  }
  for (const added of left.values()) out += added;
  return out;
}

/** The 1-based `line:col-line:col` range of the n-th occurrence of `needle`, as `rangesOf` writes ranges. */
export function rangeOfText(text: string, needle: string, occurrence = 0, length = needle.length): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  const document = TextDocument.create('file:///range', 'x', 1, text);
  const start = document.positionAt(at);
  const end = document.positionAt(at + length);
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

export function diagnosticsOf(text: string, options: LanguageServiceOptions = {}): Diagnostic[] {
  return service(options).validate(documentOf(text));
}

/** The rule ids of a text's diagnostics, without repeats. */
export function codesOf(text: string, options: LanguageServiceOptions = {}): string[] {
  return [...new Set(diagnosticsOf(text, options).map((d) => String(d.code)))];
}

/** The range of `part` inside the first occurrence of `context`: `rangeWithin(text, 'und und', 'und', 1)`. */
export function rangeWithin(text: string, context: string, part: string, occurrence = 0): string {
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`no "${context}"`);
  let inner = -1;
  for (let i = 0; i <= occurrence; i++) {
    inner = context.indexOf(part, inner + 1);
    if (inner < 0) throw new Error(`"${part}" occurs fewer than ${occurrence + 1} times in "${context}"`);
  }
  return rangeOfText(text.slice(0, at + inner) + '\u0000' + text.slice(at + inner + 1), '\u0000', 0, part.length);
}
