import * as assert from 'assert';
import { countryName } from '../../server/src/service/schema/countries';
import { rangesOf, validate, validPolicy } from '../support/serviceHarness';

describe('structure checks', () => {
  describe('unknown-key', () => {
    it('flags a key the format does not know, suggesting the one meant', () => {
      const diagnostics = validate(validPolicy.replace('    city: Dresden', '    cty: Dresden'));
      assert.deepStrictEqual(rangesOf(diagnostics, 'unknown-key'), ['10:5-10:8']);
      assert.strictEqual(
        diagnostics.find((d) => d.code === 'unknown-key')!.message,
        'Unknown key "cty" in "controller.address". Did you mean "city"?',
      );
      assert.deepStrictEqual(diagnostics.find((d) => d.code === 'unknown-key')!.data, { replaceWith: 'city' });
    });

    it('lists the allowed keys when nothing is close', () => {
      const diagnostics = validate(`${validPolicy}weather: sunny\n`);
      assert.deepStrictEqual(rangesOf(diagnostics, 'unknown-key'), ['29:1-29:8']);
      assert.match(
        String(diagnostics.find((d) => d.code === 'unknown-key')!.message),
        /Allowed here: policy, controller, purposes/,
      );
    });

    it('treats keys such as __proto__ and constructor as ordinary unknown keys', () => {
      const diagnostics = validate(
        validPolicy.replace(
          '  email: datenschutz@beispiel.de',
          '  __proto__: x\n  constructor: y\n  email: datenschutz@beispiel.de',
        ),
      );
      assert.deepStrictEqual(rangesOf(diagnostics, 'unknown-key'), ['12:3-12:12', '13:3-13:14']);
      assert.strictEqual(({} as Record<string, unknown>).x, undefined);
    });
  });

  describe('texts per language', () => {
    const withTitle = (title: string) => validPolicy.replace('    title: Kontaktdaten\n', `    title: ${title}\n`);

    it('takes a map of languages where a text for readers goes, and reads it as its German text', () => {
      const structure = (title: string) =>
        validate(title)
          .filter((d) => ['unknown-key', 'duplicate-key', 'value-type', 'required-field'].includes(String(d.code)))
          .map((d) => d.code);
      assert.deepStrictEqual(structure(withTitle('{ de: Kontaktdaten, en: Contact details }')), []);
      assert.deepStrictEqual(structure(withTitle('\n      de: Kontaktdaten\n      en: Contact details')), []);
    });

    it('flags what is not a language, a repeated language, a list or a map under a language, and an empty map', () => {
      const codes = (title: string) =>
        validate(withTitle(title))
          .filter((d) => ['unknown-key', 'duplicate-key', 'value-type'].includes(String(d.code)))
          .map((d) => `${d.code}: ${d.message}`);
      assert.deepStrictEqual(codes('{ de: A, __proto__: B }'), [
        'unknown-key: "__proto__" is not a language a policy is published in. Allowed: de, en.',
      ]);
      assert.deepStrictEqual(codes('{ de: A, de: B }'), [
        'duplicate-key: "de" appears more than once in "categories.kontakt.title"; YAML readers keep only one of them.',
      ]);
      assert.deepStrictEqual(
        codes('{ de: [A], en: { x: y } }'),
        ['"title.de" expects text, not a list.', '"title.en" expects text, not a map of keys.'].map(
          (message) => `value-type: ${message}`,
        ),
      );
      assert.deepStrictEqual(codes('{}'), [
        'value-type: Write the text itself, or one text per language (de: …, en: …).',
      ]);
    });

    it('does not take a map of languages for a name, an address or a date', () => {
      const diagnostics = validate(
        validPolicy.replace('  name: Beispiel GmbH', '  name: { de: Beispiel GmbH, en: Example Ltd }'),
      );
      assert.deepStrictEqual(
        diagnostics.filter((d) => d.code === 'value-type').map((d) => d.message),
        ['"name" expects text, not a map of keys.'],
      );
    });
  });

  describe('value-type', () => {
    it('flags a list where text belongs and text where a list of ids belongs', () => {
      const text = validPolicy
        .replace('    title: Kontaktdaten', '    title: [Kontakt, Daten]')
        .replace('    purposes: [vertrag]', '    purposes: vertrag');
      const diagnostics = validate(text);
      assert.deepStrictEqual(rangesOf(diagnostics, 'value-type'), ['24:12-24:28', '26:15-26:22']);
      assert.strictEqual(
        diagnostics.find((d) => d.code === 'value-type')!.message,
        '"title" expects text, or one text per language (de: …, en: …), not a list.',
      );
    });

    it('is quiet when every value has its shape', () => {
      assert.deepStrictEqual(rangesOf(validate(validPolicy), 'value-type'), []);
    });
  });

  describe('required-field', () => {
    it('flags a missing required field at the key that owns the object', () => {
      const diagnostics = validate(validPolicy.replace('  name: Beispiel GmbH\n', ''));
      assert.deepStrictEqual(rangesOf(diagnostics, 'required-field'), ['5:1-5:11']);
      assert.strictEqual(
        diagnostics.find((d) => d.code === 'required-field')!.message,
        'The required field "name" is missing in section "controller".',
      );
    });

    it('flags a required field that is present but empty at its key', () => {
      const diagnostics = validate(validPolicy.replace('    title: Erfüllung des Vertrags', '    title:'));
      assert.deepStrictEqual(rangesOf(diagnostics, 'required-field'), ['15:5-15:10']);
    });

    it('flags missing required sections at the top of the file', () => {
      const diagnostics = validate('purposes: {}\n');
      assert.deepStrictEqual(rangesOf(diagnostics, 'required-field'), ['1:1-1:13', '1:1-1:13']);
    });
  });

  describe('duplicate-key and duplicate-id', () => {
    it('flags a key written twice in one map, pointing to the first', () => {
      const diagnostics = validate(
        validPolicy.replace('    city: Dresden\n', '    city: Dresden\n    city: Leipzig\n'),
      );
      const duplicate = diagnostics.find((d) => d.code === 'duplicate-key')!;
      assert.deepStrictEqual(rangesOf(diagnostics, 'duplicate-key'), ['11:5-11:9']);
      assert.strictEqual(duplicate.relatedInformation![0].location.range.start.line, 9);
    });

    it('flags a section written twice', () => {
      const diagnostics = validate(`${validPolicy}controller:\n  name: Zweite GmbH\n`);
      assert.deepStrictEqual(rangesOf(diagnostics, 'duplicate-key'), ['29:1-29:11']);
    });

    it('flags an id defined twice, also when the entries are far apart', () => {
      const extra = Array.from(
        { length: 30 },
        (_, i) => `  andere-${i}:\n    title: Andere ${i}\n    purposes: [vertrag]\n    recipients: none\n`,
      ).join('');
      const text = `${validPolicy}${extra}  kontakt:\n    title: Noch einmal\n    purposes: [vertrag]\n    recipients: none\n`;
      const diagnostics = validate(text);
      assert.deepStrictEqual(rangesOf(diagnostics, 'duplicate-id'), ['149:3-149:10']);
      assert.deepStrictEqual(
        diagnostics.find((d) => d.code === 'duplicate-id')!.relatedInformation![0].location.range.start,
        { line: 22, character: 2 },
      );
    });
  });

  describe('implicit-type', () => {
    it('is an error when YAML would change the value (leading zero, trailing zero)', () => {
      const diagnostics = validate(
        validPolicy
          .replace('postalCode: "01067"', 'postalCode: 01067')
          .replace('  effective: 2024-02-01', '  effective: 2024-02-01\n  version: 1.10'),
      );
      assert.deepStrictEqual(rangesOf(diagnostics, 'implicit-type'), ['5:12-5:16', '10:17-10:22']);
      const byLine = new Map(
        diagnostics.filter((d) => d.code === 'implicit-type').map((d) => [d.range.start.line + 1, d]),
      );
      assert.strictEqual(byLine.get(10)!.severity, 1);
      assert.strictEqual(
        byLine.get(10)!.message,
        'YAML reads 01067 as a number 1067, not as text: put it in quotes ("01067") so it reaches the reader as written.',
      );
      assert.strictEqual(byLine.get(5)!.severity, 1);
    });

    it('is a warning when only the type changes (true, 2024)', () => {
      const diagnostics = validate(
        validPolicy
          .replace('    title: Kontaktdaten', '    title: true')
          .replace('    retention: Drei Jahre nach Vertragsende.', '    retention: 2024'),
      );
      assert.deepStrictEqual(rangesOf(diagnostics, 'implicit-type'), ['24:12-24:16', '28:16-28:20']);
      assert.ok(diagnostics.filter((d) => d.code === 'implicit-type').every((d) => d.severity === 2));
    });

    it('accepts quoted and explicitly tagged values', () => {
      assert.deepStrictEqual(
        rangesOf(validate(validPolicy.replace('    title: Kontaktdaten', "    title: '2024'")), 'implicit-type'),
        [],
      );
      assert.deepStrictEqual(
        rangesOf(validate(validPolicy.replace('    title: Kontaktdaten', '    title: !!str 2024')), 'implicit-type'),
        [],
      );
    });
  });

  describe('invalid-value', () => {
    it('flags a legal basis that does not exist, listing the allowed ones', () => {
      const diagnostics = validate(validPolicy.replace('legalBasis: [art6-1-b]', 'legalBasis: [art6-1-b, art6-1-z]'));
      assert.deepStrictEqual(rangesOf(diagnostics, 'invalid-value'), ['16:28-16:36']);
      assert.match(
        String(diagnostics.find((d) => d.code === 'invalid-value')!.message),
        /^"art6-1-z" is not a valid legalBasis\. Allowed: art6-1-a, art6-1-b/,
      );
    });

    it('flags a country that is not an ISO code', () => {
      const diagnostics = validate(
        validPolicy.replace('    country: DE\ncategories', '    country: Deutschland\ncategories'),
      );
      assert.deepStrictEqual(rangesOf(diagnostics, 'invalid-value'), ['21:14-21:25']);
    });

    it('knows countries by their ISO code, Kosovo too, but not the EU or ICU pseudo-regions', () => {
      for (const code of ['US', 'XK', 'eu', 'EU', 'XA', 'ZZ']) {
        const diagnostics = validate(
          validPolicy.replace('    country: DE\ncategories', `    country: ${code}\ncategories`),
        );
        assert.strictEqual(rangesOf(diagnostics, 'invalid-value').length, ['US', 'XK'].includes(code) ? 0 : 1, code);
      }
    });

    it('names countries in German and English without asking ICU', () => {
      assert.strictEqual(countryName('DE', 'de'), 'Deutschland');
      assert.strictEqual(countryName('US', 'de'), 'Vereinigte Staaten');
      assert.strictEqual(countryName('US', 'en'), 'United States');
      assert.strictEqual(countryName('QO', 'en'), undefined);
      assert.strictEqual(countryName('constructor', 'en'), undefined);
    });
  });
});
