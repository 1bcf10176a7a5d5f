import * as assert from 'assert';
import { specialTerms, specialTermsIn, termStems } from '../../../server/src/service/schema/law/specialCategoryTerms';
import { specialCategories } from '../../../server/src/service/schema/vocabulary';
import { completePolicy, rangesOf, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

function category(lines: string, bases = '[art6-1-b]'): string {
  return withSections(completePolicy, {
    purposes: `purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: ${bases}\n`,
    categories: `categories:\n  kontakt:\n${lines}    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n`,
  });
}

describe('the special-category word list', () => {
  for (const term of specialTerms) {
    it(`${term.id}: finds its word forms, not its near misses`, () => {
      assert.ok(
        specialCategories.some((choice) => choice.value === term.category),
        term.category,
      );
      for (const text of term.matches)
        assert.ok(
          specialTermsIn(text).some((found) => found.term === term),
          text,
        );
      for (const text of term.misses)
        assert.ok(!specialTermsIn(text).some((found) => found.term === term), `${text} must not match`);
    });
  }

  it('every word form contains one of the stems that rule texts in before the patterns run', () => {
    for (const term of specialTerms)
      for (const text of term.matches) assert.match(text, termStems, `${term.id}: ${text}`);
  });

  it('does not read offences named as what surveillance guards against as Art. 10 data', () => {
    assert.deepStrictEqual(specialTermsIn('Kameras zur Verhinderung und zur Aufklärung von Straftaten'), []);
    assert.deepStrictEqual(specialTermsIn('zum Schutz vor Straftaten'), []);
    assert.strictEqual(specialTermsIn('Angaben zu Straftaten und Vorstrafen')[0].term.category, 'criminal-convictions');
  });
});

describe('rule special-category-undeclared', () => {
  it('reports health data in the data items of a category that does not declare it, at the word', () => {
    const text = category('    title: Patientendaten der Praxis\n    data: [Name, Diagnosen, Medikation]\n');
    // The title names patients already: the first word found is reported, once per special category.
    assert.deepStrictEqual(rangesOf(validate(text), 'special-category-undeclared'), [
      rangeOfText(text, 'Patientendaten'),
    ]);
  });

  it('reports each undeclared category once, and only those not declared', () => {
    const text = category(
      '    title: Personalakte\n    data: [Name, Arbeitsunfähigkeitsbescheinigungen, Kirchensteuermerkmal, Gewerkschaftsmitglied]\n    special: health\n',
      '[art6-1-b, art9-2-b]',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'special-category-undeclared'), [
      rangeOfText(text, 'Kirchensteuermerkmal'),
      rangeOfText(text, 'Gewerkschaftsmitglied'),
    ]);
  });

  it('reports criminal-offence data (Art. 10) with its own message', () => {
    const text = category(
      '    title: Ehrenamtliche in der Jugendarbeit\n    data: [Name, Einsicht in das erweiterte Führungszeugnis]\n',
    );
    const found = validate(text).filter((d) => d.code === 'special-category-undeclared');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message as string, /Art\. 10 GDPR/);
  });

  it('is quiet for declared categories and the near misses real policies contain', () => {
    for (const lines of [
      '    title: Patientendaten\n    data: [Diagnosen, Befunde]\n    special: health\n',
      '    title: Lohnabrechnung\n    data: [Name, Name der Krankenkasse, Steuer-ID]\n',
      '    title: Meldungen an das Gesundheitsamt\n    data: [Name, Anschrift]\n',
      '    title: Werkstatttermine\n    data: [Kennzeichen, Fehlerdiagnose per Fernwartung]\n',
      '    title: Mietverträge\n    data: [Name, Vertragsstrafe bei verspäteter Rückgabe]\n',
      '    title: Bestellungen\n    data: [Rezepte für Kuchen, Lieferanschrift]\n',
      '    title: Kontakt\n    description: Grundlage ist die Verordnung (EU) 2016/679.\n    data: [Name]\n',
      '    title: Videoüberwachung\n    description: Zur Aufklärung von Straftaten auf dem Gelände.\n    data: [Bildaufnahmen]\n',
      '    title: Mitglieder\n    data: [Name, Betriebsratsmitglied, Abteilung]\n',
      '    title: Anmeldung\n    data: [Name, Geschlecht, Staatsangehörigkeit, Profilfoto]\n',
      '    title: Tierbedarf\n    data: [Hunderasse, Tierarzneimittel]\n',
    ])
      assert.deepStrictEqual(rangesOf(validate(category(lines)), 'special-category-undeclared'), [], lines);
  });
});
