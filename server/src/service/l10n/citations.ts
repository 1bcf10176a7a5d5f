/**
 * Provisions as English texts cite them: "Art. 13 Abs. 1 lit. a DSGVO" is "Art. 13(1)(a) GDPR", "§ 25 Abs. 2
 * Nr. 2 TDDDG" is "Section 25(2) no. 2 TDDDG". German statutes keep their German abbreviations, as English
 * commentary on German law writes them. A citation of another shape is left as written.
 */
const citation =
  /^(Art\.|§)\s*(\d+[a-z]?)(?:\s*[–-]\s*(\d+[a-z]?))?(?:\s+Abs\.\s*(\d+))?(?:\s+lit\.\s*([a-z]))?(?:\s+Nr\.\s*(\d+))?\s+([A-ZÄÖÜ][\wÄÖÜäöü-]*)$/u;

export function englishCitation(german: string): string {
  const match = citation.exec(german.trim());
  if (!match) return german;
  const [, kind, first, last, paragraph, letter, number, law] = match;
  const article = kind === 'Art.';
  let text = last ? `${article ? 'Arts.' : 'Sections'} ${first}–${last}` : `${article ? 'Art.' : 'Section'} ${first}`;
  if (paragraph) text += `(${paragraph})`;
  if (letter) text += `(${letter})`;
  // "Art. 4 Nr. 1 DSGVO" is point (1) of Art. 4; "§ 25 Abs. 2 Nr. 2 TDDDG" is number 2 of that subsection.
  if (number) text += article ? `(${number})` : ` no. ${number}`;
  return `${text} ${law === 'DSGVO' ? 'GDPR' : law}`;
}
