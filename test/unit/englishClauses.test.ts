import * as assert from 'assert';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { placeholdersIn, type LibraryClause } from '../../server/src/service/clauses/clauseLibrary';

/** Words and forms that betray German left standing in an English text. */
const germanGiveaways = [' und ', ' der ', ' die ', 'DSGVO', ' Abs. ', ' lit. ', ' Nr. ', '§', 'e-mail', 'E-Mail'];

/** The German statutes the library cites, with the English name each is glossed by at its first mention. */
const germanStatutes: Readonly<Record<string, string>> = {
  UWG: 'German Act against Unfair Competition',
  TDDDG: 'German Telecommunications Digital Services Data Protection Act',
  BDSG: 'German Federal Data Protection Act',
};

const paragraphsOf = (text: string) => text.split('\n\n');

/** The numbers of the articles a text cites, the ends of a range ("Art. 44 bis 49", "Arts. 44 to 49") included. */
function articlesCited(text: string, language: 'de' | 'en'): number[] {
  const pattern =
    language === 'de'
      ? /Art\.\s*(\d+)(?:\s*(?:bis|–|-)\s*(\d+))?/g
      : /(?:Arts?\.|Articles?)\s*(\d+)(?:(?:\(\d+\))*(?:\([a-z]\))*\s*(?:to|–|-)\s*(\d+))?/g;
  const numbers = [...text.matchAll(pattern)].flatMap((match) => [match[1], match[2]].filter(Boolean).map(Number));
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The numbers of the sections of German statutes a text cites ("§ 25", "Section 25"). */
function sectionsCited(text: string, language: 'de' | 'en'): number[] {
  const pattern = language === 'de' ? /§\s*(\d+)/g : /\bSections?\s+(\d+)/g;
  return [...new Set([...text.matchAll(pattern)].map((match) => Number(match[1])))].sort((a, b) => a - b);
}

/** The legal bases an English text names, by id ("Art. 6(1)(e) or (f)" names art6-1-e and art6-1-f). */
function basesNamed(text: string): string[] {
  return [...text.matchAll(/Art\. (6)\(1\)\(([a-f])\)(?: or \(([a-f])\))?|Art\. (9)\(2\)\(([a-j])\)/g)].flatMap(
    (match) =>
      match[4] ? [`art9-2-${match[5]}`] : [match[2], match[3]].filter(Boolean).map((letter) => `art6-1-${letter}`),
  );
}

function english(clause: LibraryClause) {
  assert.ok(clause.en, `${clause.id} has an English wording`);
  return clause.en;
}

describe('clause library in English', () => {
  it('gives every clause an English title and text', () => {
    for (const clause of builtinClauses) {
      const en = english(clause);
      assert.ok(en.title.trim().length > 3, `${clause.id}: title`);
      assert.ok(en.text.trim().length > 100, `${clause.id}: text`);
    }
  });

  for (const clause of builtinClauses) {
    describe(clause.id, () => {
      it('uses the same placeholders as the German', () => {
        const en = english(clause);
        assert.deepStrictEqual(placeholdersIn(en.text).sort(), placeholdersIn(clause.text).sort());
      });

      it('has the same paragraphs, the facts of the section standing where the German has them', () => {
        const de = paragraphsOf(clause.text);
        const en = paragraphsOf(english(clause).text);
        assert.strictEqual(en.length, de.length, 'number of paragraphs');
        assert.deepStrictEqual(
          en.map((paragraph) => paragraph.trim() === '{{section.facts}}'),
          de.map((paragraph) => paragraph.trim() === '{{section.facts}}'),
          'paragraphs that are only {{section.facts}}',
        );
      });

      it('leaves no German behind', () => {
        const { title, text } = english(clause);
        for (const giveaway of germanGiveaways)
          assert.ok(!` ${title} `.includes(giveaway) && !` ${text} `.includes(giveaway), `"${giveaway.trim()}"`);
      });

      it('cites every article and every section of a German statute that the German cites, and no other', () => {
        const de = `${clause.title}\n${clause.text}`;
        const { title, text } = english(clause);
        const en = `${title}\n${text}`;
        assert.deepStrictEqual(articlesCited(en, 'en'), articlesCited(de, 'de'), 'articles');
        assert.deepStrictEqual(sectionsCited(en, 'en'), sectionsCited(de, 'de'), 'sections');
        assert.doesNotMatch(en, /Art\. \d+ \(|Art\. \d+ para/, 'citations in the form Art. 6(1)(f)');
      });

      it('names each German statute the German names, glossed in English at its first mention in the text', () => {
        const { text } = english(clause);
        for (const [abbreviation, name] of Object.entries(germanStatutes)) {
          const inGerman = new RegExp(`\\b${abbreviation}\\b`).test(clause.text);
          const first = text.search(new RegExp(`\\b${abbreviation}\\b`));
          assert.strictEqual(first >= 0, inGerman, `${abbreviation} named in both or neither`);
          if (first >= 0)
            assert.strictEqual(
              text.slice(first - name.length - 2, first + abbreviation.length + 1),
              `${name} (${abbreviation})`,
              `${abbreviation} glossed at its first mention`,
            );
        }
      });

      it('states no period and names no legal basis that the data does not give', () => {
        const literal = english(clause).text.replace(/\{\{[^}]*\}\}/g, ' ');
        assert.doesNotMatch(
          literal,
          /\b(?:\d+|one|two|three|four|six|twelve|thirty)\s+(?:days?|weeks?|months?|years?)\b/i,
          'periods come from the data',
        );
        const allowed = new Set([
          ...(clause.conditions ?? []).flatMap((condition) => (condition.kind === 'basis' ? condition.bases : [])),
          ...(clause.citesAsLaw ?? []),
        ]);
        assert.deepStrictEqual(
          basesNamed(literal).filter((basis) => !allowed.has(basis)),
          [],
        );
      });

      it('writes titles in sentence case and British spelling', () => {
        const { title, text } = english(clause);
        const capitalised = title
          .split(/\s+/)
          .slice(1)
          .filter((word) => /^\p{Lu}/u.test(word))
          .filter(
            (word) => !/^\(?[\p{Lu}\d/]+\)?$/u.test(word) && !['European', 'Union', 'Art.', 'Section'].includes(word),
          );
        assert.deepStrictEqual(capitalised, [], 'only the first word, names and abbreviations are capitalised');
        assert.doesNotMatch(
          `${title} ${text}`,
          /\b(?:\w*(?:[^s]iz(?:e|es|ed|ing|ation)|yze|yzed|yzing)|behavior\w*|center\w*)\b/i,
          'British spelling (organisation, recognise, analyse)',
        );
      });
    });
  }
});
