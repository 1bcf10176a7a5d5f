/** Author text shown as Markdown (hover, completion documentation) must not turn into links, HTML or formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (character) => `\\${character}`);
}

/**
 * Author text as an inline code span. Markdown has no escapes inside code spans: the fence must be longer than
 * any run of backticks in the text, and a text that starts or ends with a backtick needs a space inside the
 * fence. Line breaks would end the span's paragraph, so they become spaces.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  let longest = 0;
  for (const run of flat.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  const padded = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}
