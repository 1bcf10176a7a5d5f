import * as assert from 'assert';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { rangesOf, validate, validPolicy } from '../support/serviceHarness';

describe('content checks', () => {
  describe('category-purpose', () => {
    it('flags a category that states no purpose at its id', () => {
      const diagnostics = validate(validPolicy.replace('    purposes: [vertrag]\n', ''));
      assert.deepStrictEqual(rangesOf(diagnostics, 'category-purpose'), ['23:3-23:10']);
      assert.strictEqual(
        diagnostics.find((d) => d.code === 'category-purpose')!.message,
        'Data category "kontakt" states no purpose (Art. 13(1)(c) GDPR): add "purposes: [...]".',
      );
    });

    it('flags an empty purpose list at its key', () => {
      assert.deepStrictEqual(
        rangesOf(validate(validPolicy.replace('purposes: [vertrag]', 'purposes: []')), 'category-purpose'),
        ['26:5-26:13'],
      );
      assert.deepStrictEqual(
        rangesOf(validate(validPolicy.replace('purposes: [vertrag]', 'purposes:')), 'category-purpose'),
        ['26:5-26:13'],
      );
    });

    it('is quiet when a purpose is stated', () => {
      assert.deepStrictEqual(rangesOf(validate(validPolicy), 'category-purpose'), []);
    });
  });

  describe('category-recipient', () => {
    it('flags a category that states no recipient', () => {
      const diagnostics = validate(validPolicy.replace('    recipients: [hoster]\n', ''));
      assert.deepStrictEqual(rangesOf(diagnostics, 'category-recipient'), ['23:3-23:10']);
    });

    it('flags an empty recipient list: silence is not "nobody"', () => {
      assert.deepStrictEqual(
        rangesOf(validate(validPolicy.replace('recipients: [hoster]', 'recipients: []')), 'category-recipient'),
        ['27:5-27:15'],
      );
    });

    it('accepts the explicit statement that the data goes to nobody', () => {
      const diagnostics = validate(validPolicy.replace('recipients: [hoster]', 'recipients: none'));
      assert.deepStrictEqual(rangesOf(diagnostics, 'category-recipient'), []);
    });

    it('speaks German to German authors', () => {
      const diagnostics = validate(validPolicy.replace('    recipients: [hoster]\n', ''), { locale: 'de' });
      assert.match(
        String(diagnostics.find((d) => d.code === 'category-recipient')!.message),
        /^Die Datenkategorie „kontakt“ nennt keinen Empfänger/,
      );
    });
  });

  describe('unknown-reference', () => {
    it('flags an id that is not defined, listing the defined ones', () => {
      const diagnostics = validate(validPolicy.replace('purposes: [vertrag]', 'purposes: [vertrag, werbung]'));
      assert.deepStrictEqual(rangesOf(diagnostics, 'unknown-reference'), ['26:25-26:32']);
      assert.strictEqual(
        diagnostics.find((d) => d.code === 'unknown-reference')!.message,
        '"werbung" is not defined in "purposes". Defined there: vertrag.',
      );
      assert.deepStrictEqual(diagnostics.find((d) => d.code === 'unknown-reference')!.data, {
        define: 'purposes',
        id: 'werbung',
      });
    });

    it('checks recipients and transferred categories too', () => {
      const text =
        validPolicy.replace('recipients: [hoster]', 'recipients: [hoster, druckerei]') +
        'transfers:\n  - country: US\n    recipients: [hoster]\n    categories: [kontakt, zahlung]\n';
      assert.deepStrictEqual(rangesOf(validate(text), 'unknown-reference'), ['27:26-27:35', '32:27-32:34']);
    });

    it('says so when a section defines nothing yet', () => {
      const text = validPolicy.replace(
        'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n',
        '',
      );
      const diagnostics = validate(text);
      assert.strictEqual(
        diagnostics.find((d) => d.code === 'unknown-reference')!.message,
        '"hoster" is not defined in "recipients", which defines nothing yet.',
      );
    });
  });

  describe('unused-definition', () => {
    it('marks a purpose and a recipient nothing refers to as unnecessary hints', () => {
      const text = validPolicy
        .replace('recipients:\n', '  werbung:\n    title: Werbung\nrecipients:\n')
        .replace('categories:\n', '  druckerei:\n    title: Druckerei\ncategories:\n');
      const diagnostics = validate(text);
      assert.deepStrictEqual(rangesOf(diagnostics, 'unused-definition'), ['17:3-17:10', '24:3-24:12']);
      for (const diagnostic of diagnostics.filter((d) => d.code === 'unused-definition')) {
        assert.strictEqual(diagnostic.severity, 4);
        assert.deepStrictEqual(diagnostic.tags, [DiagnosticTag.Unnecessary]);
      }
    });

    it('counts uses by cookies and transfers', () => {
      const text =
        validPolicy.replace('recipients:\n', '  werbung:\n    title: Werbung\nrecipients:\n') +
        'cookies:\n  - name: _ga\n    purposes: [werbung]\n';
      assert.deepStrictEqual(rangesOf(validate(text), 'unused-definition'), []);
    });
  });

  describe('invalid-date', () => {
    for (const [date, message] of [
      ['2023-02-29', '"2023-02-29" is not a real calendar date: February has no day 29.'],
      ['2024-13-01', '"2024-13-01" is not a real calendar date: there is no month 13.'],
      ['2024-04-31', '"2024-04-31" is not a real calendar date: April has no day 31.'],
      ['1.1.2024', '"1.1.2024" is not a date in the form YYYY-MM-DD: write it so, e.g. 2026-10-01.'],
    ]) {
      it(`flags ${date}`, () => {
        const diagnostics = validate(validPolicy.replace('published: 2024-01-01', `published: ${date}`));
        assert.deepStrictEqual(rangesOf(diagnostics, 'invalid-date'), [`3:14-3:${14 + date.length}`]);
        assert.strictEqual(diagnostics.find((d) => d.code === 'invalid-date')!.message, message);
      });
    }

    it('accepts 29 February in a leap year', () => {
      assert.deepStrictEqual(
        rangesOf(
          validate(
            validPolicy
              .replace('published: 2024-01-01', 'published: 2024-02-29')
              .replace('effective: 2024-02-01', 'effective: 2024-03-01'),
          ),
          'invalid-date',
        ),
        [],
      );
    });
  });

  describe('date-order', () => {
    it('flags an effective date before the publication date and shows both places', () => {
      const diagnostics = validate(validPolicy.replace('effective: 2024-02-01', 'effective: 2023-12-31'));
      assert.deepStrictEqual(rangesOf(diagnostics, 'date-order'), ['4:14-4:24']);
      const diagnostic = diagnostics.find((d) => d.code === 'date-order')!;
      assert.strictEqual(
        diagnostic.message,
        'The effective date 2023-12-31 is before the publication date 2024-01-01: swap them, or set the effective date to 2024-01-01 or later.',
      );
      assert.deepStrictEqual(
        diagnostic.relatedInformation!.map((r) => [r.location.range, r.message]),
        [[{ start: { line: 2, character: 13 }, end: { line: 2, character: 23 } }, 'Published on 2024-01-01.']],
      );
    });

    it('accepts the same day and a later day', () => {
      assert.deepStrictEqual(
        rangesOf(validate(validPolicy.replace('effective: 2024-02-01', 'effective: 2024-01-01')), 'date-order'),
        [],
      );
      assert.deepStrictEqual(rangesOf(validate(validPolicy), 'date-order'), []);
    });

    it('does not compare a date that is not real', () => {
      const diagnostics = validate(
        validPolicy
          .replace('published: 2024-01-01', 'published: 2024-02-30')
          .replace('effective: 2024-02-01', 'effective: 2023-01-01'),
      );
      assert.deepStrictEqual(rangesOf(diagnostics, 'date-order'), []);
      assert.deepStrictEqual(rangesOf(diagnostics, 'invalid-date'), ['3:14-3:24']);
    });
  });

  describe('clauses', () => {
    it('flags a clause with neither a library clause nor text, and an unknown library id', () => {
      const text = `${validPolicy}clauses:\n  - title: Leer\n  - use: gibt-es-nicht\n  - use: ssl-tls\n  - title: Eigener Text\n    text: Hallo.\n`;
      const diagnostics = validate(text);
      assert.deepStrictEqual(rangesOf(diagnostics, 'clause-content'), ['30:5-30:6']);
      assert.deepStrictEqual(rangesOf(diagnostics, 'unknown-clause'), ['31:10-31:23']);
    });
  });
});
