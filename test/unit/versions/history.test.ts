import * as assert from 'assert';
import * as fs from 'fs';
import { readFileAtRevision } from '../../../server/src/files/gitRevisions';
import { noticeMarkdown, escapeInlineMarkdown } from '../../../server/src/service/versions/noticeText';
import { historyRepository, tags, version1, version2, versions } from '../../support/policyHistory';
import { documentOf, service } from '../../support/serviceHarness';

/** The notice of one version against the one before it, as (rank, sentence) pairs with the heading. */
function noticeOf(before: string, after: string, label = 'HEAD') {
  return service({ locale: 'de' }).compare(documentOf(after), { text: before, label }).notice;
}

describe('versions: a policy through six versions in a git repository', function () {
  this.timeout(30_000);
  let repo: { root: string; file: string };
  before(() => {
    repo = historyRepository();
  });
  after(() => fs.rmSync(repo.root, { recursive: true, force: true }));

  /** The policy as it was at each tag, read from the repository. */
  async function atTag(tag: string): Promise<string> {
    const read = await readFileAtRevision(repo.file, tag);
    assert.ok('text' in read, `${tag}: ${JSON.stringify(read)}`);
    return read.text;
  }

  it('reads every published version back from its tag, byte for byte', async () => {
    for (const [index, tag] of tags.entries()) assert.strictEqual(await atTag(tag), versions[index]);
  });

  it('1.0 → 1.1, a new processor in the United States: the transfer with its safeguard, in German', async () => {
    const notice = noticeOf(await atTag('v1.0'), await atTag('v1.1'));
    assert.strictEqual(notice.heading, 'Änderungen gegenüber Version 1.0 vom 1. Februar 2026');
    assert.strictEqual(notice.effective, 'Die geänderte Fassung gilt ab dem 16. März 2026.');
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.text),
      ['Neu: Wir übermitteln Kontaktdaten an die Versand Inc. in den USA (EU-US Data Privacy Framework).'],
    );
    assert.strictEqual(notice.needsNotice, true);
  });

  it('1.1 → 2.0, a new analytics purpose: the purpose first, with its legal bases, then the new data and cookie', async () => {
    const notice = noticeOf(await atTag('v1.1'), await atTag('v2.0'));
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.text),
      [
        'Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten zu einem weiteren Zweck: Reichweitenmessung. Rechtsgrundlagen sind Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG.',
        'Neu: Wir verarbeiten eine weitere Kategorie personenbezogener Daten: Nutzungsdaten (gekürzte IP-Adresse, aufgerufene Seiten und Verweildauer).',
        'Neu: Wir setzen das Cookie „_pk_id“ ein (Anbieter: Nordlicht Versandhandel GmbH (Matomo); Speicherdauer: 13 Monate; Rechtsgrundlage: § 25 Abs. 1 TDDDG).',
        'Neu: Hinweis auf Ihr Recht auf Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO).',
      ],
    );
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.needsNotice),
      [true, true, true, false],
    );
  });

  it('2.0 → 2.1, retention extended: said to be longer, both periods quoted', async () => {
    const notice = noticeOf(await atTag('v2.0'), await atTag('v2.1'));
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.text),
      [
        'Geändert: Wir speichern Server-Log-Dateien länger als bisher. Speicherdauer nun: „30 Tage, danach automatische Löschung“ (bisher: „7 Tage, danach automatische Löschung“).',
      ],
    );
    assert.strictEqual(notice.needsNotice, true);
  });

  it('2.1 → 2.2, a recipient removed: said once, and needs no notice', async () => {
    const notice = noticeOf(await atTag('v2.1'), await atTag('v2.2'));
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.text),
      ['Entfallen: Wir übermitteln keine Daten mehr an den Empfänger „Paketdienstleister“.'],
    );
    assert.strictEqual(notice.needsNotice, false);
  });

  it('2.2 → 2.3, an id renamed everywhere: recognised as a rename, nothing for readers', async () => {
    const comparison = service({ locale: 'de' }).compare(documentOf(await atTag('v2.3')), {
      text: await atTag('v2.2'),
      label: 'v2.2',
    });
    assert.deepStrictEqual(comparison.notice.entries, []);
    assert.deepStrictEqual(comparison.diff.renames, [
      { section: 'purposes', from: 'reichweite', to: 'reichweitenmessung' },
    ]);
    assert.deepStrictEqual(comparison.findings, []);
  });

  it('1.0 → 2.3 at once: the most important first (purposes, transfers, retention, data), removals last', async () => {
    const notice = noticeOf(await atTag('v1.0'), await atTag('v2.3'));
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.kind),
      [
        'purpose.added',
        'recipient.added',
        'retention.longer',
        'category.added',
        'cookie.added',
        'recipient.removed',
        'right.added',
      ],
    );
  });

  it('writes the notice as Markdown to edit before publishing, author text escaped', async () => {
    const comparison = service({ locale: 'de' }).compare(
      documentOf((await atTag('v2.0')).replace('Versand Inc.', 'Versand *Express* Inc.')),
      { text: await atTag('v1.1'), label: 'v1.1' },
      { escape: escapeInlineMarkdown },
    );
    assert.strictEqual(
      noticeMarkdown(comparison.notice),
      [
        '## Änderungen gegenüber Version 1.1 vom 16. März 2026',
        '',
        'Die geänderte Fassung gilt ab dem 18. Mai 2026.',
        '',
        '- Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten zu einem weiteren Zweck: Reichweitenmessung. Rechtsgrundlagen sind Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG.',
        '- Neu: Wir verarbeiten eine weitere Kategorie personenbezogener Daten: Nutzungsdaten (gekürzte IP-Adresse, aufgerufene Seiten und Verweildauer).',
        '- Neu: Wir setzen das Cookie „\\_pk\\_id“ ein (Anbieter: Nordlicht Versandhandel GmbH (Matomo); Speicherdauer: 13 Monate; Rechtsgrundlage: § 25 Abs. 1 TDDDG).',
        '- Neu: Hinweis auf Ihr Recht auf Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO).',
        '- Redaktionell: Der Empfänger „Versand Inc.“ heißt nun „Versand \\*Express\\* Inc.“.',
        '',
      ].join('\n'),
    );
  });

  it('says the same in English for a policy written in English', () => {
    const english = (text: string) =>
      text
        .replace('language: de', 'language: en')
        .replace('title: Kontaktdaten', 'title: contact data')
        .replace('Datenschutzerklärung der', 'Privacy policy of');
    const notice = service({ locale: 'de' }).compare(documentOf(english(version2)), {
      text: english(version1),
      label: 'v1.0',
    }).notice;
    assert.strictEqual(notice.heading, 'Changes since version 1.0 of 1 February 2026');
    assert.deepStrictEqual(
      notice.entries.map((entry) => entry.text),
      ['New: We transfer contact data to Versand Inc. in the United States (EU-US Data Privacy Framework).'],
    );
  });
});
