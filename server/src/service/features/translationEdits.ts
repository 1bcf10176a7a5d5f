/**
 * The quick fix for a missing translation: the text becomes a text per language, with the missing language's
 * placeholder to replace. Written in the document's own indentation and line endings; a text in a flow
 * collection or a list item becomes a flow map (`{ de: …, en: … }`), any other a block map under its key.
 */
import type { TextValue } from '../model/model';
import { columnOf, eolOf, type SourceContext, type SourceEdit } from './sourceEdits';

export function addTranslation(
  ctx: SourceContext,
  value: TextValue,
  language: string,
  placeholder: string,
  primary: string,
): SourceEdit | undefined {
  const { text } = ctx;
  const eol = eolOf(text);
  const missing = `${language}: ${JSON.stringify(placeholder)}`;
  const map = value.translations;
  if (map) {
    if (text[map.span.start] === '{') {
      let at = map.span.end;
      if (text[at - 1] !== '}') return undefined;
      at--;
      while (at > map.span.start && /\s/.test(text[at - 1])) at--;
      return { start: at, end: at, newText: `, ${missing}` };
    }
    const last = map.entries[map.entries.length - 1].value.span;
    const at = lineEnd(text, Math.max(last.start, trimmedEnd(text, last) - 1));
    const indent = ' '.repeat(columnOf(ctx, map.entries[0].keySpan.start));
    return { start: at, end: at, newText: `${eol}${indent}${missing}` };
  }

  const end = trimmedEnd(text, value.span);
  const written = text.slice(value.span.start, end);
  let before = value.span.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  const lineStart = text.lastIndexOf('\n', before - 1) + 1;
  const blockMap = text[before - 1] === ':' && !/[[{]/.test(text.slice(lineStart, before));
  const block = value.style === 'literal' || value.style === 'folded';
  if (!blockMap) {
    if (block) return undefined;
    return { start: value.span.start, end, newText: `{ ${primary}: ${flowScalar(value, written)}, ${missing} }` };
  }
  const keyIndent = /^[ ]*/.exec(text.slice(lineStart, before))![0].length;
  const indent = ' '.repeat(keyIndent + 2);
  // A block scalar's lines move two columns in with it; any other text spanning lines is written as one string.
  const primaryText = block
    ? written.replace(/\r?\n(?=[^\r\n])/g, (lineBreak) => `${lineBreak}  `)
    : /[\r\n]/.test(written)
      ? JSON.stringify(value.text)
      : written;
  return {
    start: before,
    end,
    newText: `${eol}${indent}${primary}: ${primaryText}${eol}${indent}${missing}`,
  };
}

/** A scalar as it may stand in a flow map: quoted as written, or quoted when plain text would end the map. */
function flowScalar(value: TextValue, written: string): string {
  if (value.style !== 'plain') return written;
  return /[,[\]{}#]|: |[\r\n]/.test(written) ? JSON.stringify(value.text) : written;
}

/** The end of a span without the line breaks and blanks a block scalar's span takes in after its text. */
function trimmedEnd(text: string, span: { start: number; end: number }): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}
