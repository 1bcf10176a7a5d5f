import * as assert from 'assert';
import { edit, version1, version2, version3, version4, version5 } from '../../support/policyHistory';
import { rangeOfText } from '../../support/policyText';
import { documentOf, rangesOf, service } from '../../support/serviceHarness';

/** The diagnostics of `text` with `previous` as its previous version (labelled `v-prev`). */
function checked(text: string, previous: string, locale: 'de' | 'en' = 'en') {
  return service({ locale, previousVersion: () => ({ text: previous, label: 'v-prev' }) }).validate(documentOf(text));
}

const versionRules = ['version-not-updated', 'change-needs-notice', 'version-backwards'];
const codes = (diagnostics: ReturnType<typeof checked>) =>
  diagnostics.map((d) => String(d.code)).filter((code) => versionRules.includes(code));

describe('versions: checks across versions', () => {
  it('every version of the history passes them against the one before', () => {
    const history = [version1, version2, version3, version4, version5];
    for (let index = 1; index < history.length; index++)
      assert.deepStrictEqual(codes(checked(history[index], history[index - 1])), [], `version ${index + 1}`);
  });

  it('content changed but the dates and version did not: one finding on each, at its value, naming the base', () => {
    const stale = edit(
      version2,
      ['published: 2026-03-02', 'published: 2026-01-15'],
      ['effective: 2026-03-16', 'effective: 2026-02-01'],
      ['version: "1.1"', 'version: "1.0"'],
    );
    const diagnostics = checked(stale, version1, 'de');
    assert.deepStrictEqual(rangesOf(diagnostics, 'version-not-updated'), [
      rangeOfText(stale, '2026-01-15'),
      rangeOfText(stale, '2026-02-01'),
      rangeOfText(stale, '"1.0"'),
    ]);
    assert.strictEqual(
      diagnostics.find((d) => d.code === 'version-not-updated')!.message,
      'Die Erklärung hat sich gegenüber v-prev geändert, „published“ ist aber noch 2026-01-15: Geben Sie dieser Fassung ein eigenes Veröffentlichungsdatum, damit Leser sie von der vorigen unterscheiden können (Art. 12 Abs. 1 DSGVO; WP260 rev.01 zu Änderungen der Informationen nach Art. 13/14).',
    );
  });

  it('a rename alone changes nothing a reader sees, so the dates may stay', () => {
    assert.deepStrictEqual(codes(checked(version5.replace(/\breichweite\b/g, 'reichweitenmessung'), version5)), []);
  });

  it('a new purpose for data already collected, effective the day it is published: flagged at the new purpose (Art. 13(3))', () => {
    const sameDay = edit(version3, ['effective: 2026-05-18', 'effective: 2026-05-04']);
    const diagnostics = checked(sameDay, version2);
    assert.deepStrictEqual(rangesOf(diagnostics, 'change-needs-notice'), [
      rangeOfText(sameDay, 'reichweite]', 0, 'reichweite'.length),
    ]);
    const finding = diagnostics.find((d) => d.code === 'change-needs-notice')!;
    assert.match(
      String(finding.message),
      /^Data category "Server-Log-Dateien" is now processed for purpose "Reichweitenmessung" too, which it was not in v-prev: .*\(Art\. 13\(3\), Art\. 14\(4\) GDPR\)/,
    );
    assert.deepStrictEqual(
      finding.relatedInformation?.map((related) => related.message),
      ['This version takes effect on 2026-05-04, the day it is published.'],
    );
    // The new category, collected only from now on, is not flagged; stating how readers are told is enough.
    const told = edit(sameDay, [
      '  version: "2.0"\n',
      '  version: "2.0"\n  notification: E-Mail an alle Kundinnen und Kunden am 2026-04-20.\n',
    ]);
    assert.deepStrictEqual(codes(checked(told, version2)), []);
  });

  it('a version or a date that goes backwards is an error', () => {
    const backwards = edit(
      version4,
      ['version: "2.1"', 'version: "1.9"'],
      ['published: 2026-07-01', 'published: 2026-04-30'],
    );
    const diagnostics = checked(backwards, version3);
    assert.deepStrictEqual(rangesOf(diagnostics, 'version-backwards'), [
      rangeOfText(backwards, '2026-04-30'),
      rangeOfText(backwards, '"1.9"'),
    ]);
    assert.ok(diagnostics.filter((d) => d.code === 'version-backwards').every((d) => d.severity === 1));
  });

  it('run only when a previous version is known, and can be switched off like any rule', () => {
    const stale = edit(version2, ['version: "1.1"', 'version: "1.0"']);
    assert.deepStrictEqual(codes(service().validate(documentOf(stale))), []);
    const off = service({
      previousVersion: () => ({ text: version1, label: 'HEAD' }),
      severities: { 'version-not-updated': 'off' },
    }).validate(documentOf(stale));
    assert.deepStrictEqual(codes(off), []);
  });

  it('a suppression comment disables them on the next line', () => {
    const stale = edit(
      version2,
      ['published: 2026-03-02', 'published: 2026-01-15'],
      ['effective: 2026-03-16', 'effective: 2026-02-01'],
      ['  version: "1.1"\n', '  # privacy-policy-disable-next-line version-not-updated\n  version: "1.0"\n'],
    );
    assert.deepStrictEqual(rangesOf(checked(stale, version1), 'version-not-updated'), [
      rangeOfText(stale, '2026-01-15'),
      rangeOfText(stale, '2026-02-01'),
    ]);
  });
});
