import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { escapeInlineMarkdown, noticeMarkdown } from '../../server/src/service/versions/noticeText';
import {
  edit,
  gitIn,
  historyRepository,
  POLICY_FILE,
  tags,
  version1,
  version5,
  version6,
} from '../support/policyHistory';
import { documentOf, service } from '../support/serviceHarness';
import { quietEnv, runCli } from './cliHarness';

describe('privacy-policy diff and lint --base, on a real git history', function () {
  this.timeout(60_000);
  let repo: { root: string; file: string };
  beforeEach(() => {
    repo = historyRepository();
  });
  afterEach(() => fs.rmSync(repo.root, { recursive: true, force: true }));

  const cli = (args: string[], env = quietEnv()) => runCli(args, { cwd: repo.root, env });

  it('diff --base <tag>: the notice in German, most important first, places in the file, exit 1 (needs notice)', async () => {
    const result = await cli(['diff', '--base', 'v1.0', '--no-color', POLICY_FILE], quietEnv({ LANG: 'de_DE.UTF-8' }));
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(result.code, 1);
    const line = (needle: string) => version6.slice(0, version6.indexOf(needle)).split('\n').length;
    assert.strictEqual(
      result.stdout,
      [
        'Änderungen gegenüber Version 1.0 vom 1. Februar 2026',
        'Die geänderte Fassung gilt ab dem 15. Oktober 2026.',
        '',
        `! Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten zu einem weiteren Zweck: Reichweitenmessung. Rechtsgrundlagen sind Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG. (Zeile ${line('  reichweitenmessung:')})`,
        `! Neu: Wir übermitteln Kontaktdaten an die Versand Inc. in den USA (EU-US Data Privacy Framework). (Zeile ${line('  versand:')})`,
        `! Geändert: Wir speichern Server-Log-Dateien länger als bisher. Speicherdauer nun: „30 Tage, danach automatische Löschung“ (bisher: „7 Tage, danach automatische Löschung“). (Zeile ${line('    retention: 30 Tage')})`,
        `! Neu: Wir verarbeiten eine weitere Kategorie personenbezogener Daten: Nutzungsdaten (gekürzte IP-Adresse, aufgerufene Seiten und Verweildauer). (Zeile ${line('  nutzung:')})`,
        `! Neu: Wir setzen das Cookie „_pk_id“ ein (Anbieter: Nordlicht Versandhandel GmbH (Matomo); Speicherdauer: 13 Monate; Rechtsgrundlage: § 25 Abs. 1 TDDDG). (Zeile ${line('  - name: _pk_id')})`,
        '  Entfallen: Wir übermitteln keine Daten mehr an den Empfänger „Paketdienstleister“.',
        `  Neu: Hinweis auf Ihr Recht auf Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO). (Zeile ${line('rights:')})`,
        '',
        '⚠ Diese Änderung ist hinweispflichtig: Informieren Sie die Betroffenen, bevor sie wirksam wird.',
        '',
      ].join('\n'),
    );
  });

  it('diff <old> <new> --format markdown -o: the editable notice, the same the service writes', async () => {
    fs.writeFileSync(path.join(repo.root, 'alt.policy.yaml'), version1);
    const result = await cli(['diff', 'alt.policy.yaml', POLICY_FILE, '--format', 'markdown', '-o', 'hinweis.md']);
    assert.strictEqual(result.code, 1, result.stderr);
    assert.strictEqual(result.stdout, '');
    const expected = noticeMarkdown(
      service().compare(
        documentOf(version6),
        { text: version1, label: 'alt.policy.yaml' },
        { escape: escapeInlineMarkdown },
      ).notice,
    );
    assert.strictEqual(fs.readFileSync(path.join(repo.root, 'hinweis.md'), 'utf8'), expected);
    assert.match(expected, /^## Änderungen gegenüber Version 1\.0 vom 1\. Februar 2026\n/);
  });

  it('exit 0 when nothing needs notice: a recipient removed, an id renamed; JSON says why', async () => {
    for (const [base, needsNotice] of [
      ['v2.1', false],
      ['v2.2', false],
    ] as const) {
      const result = await cli(['diff', '--base', base, POLICY_FILE, '--format', 'json']);
      assert.strictEqual(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.strictEqual(report.needsNotice, needsNotice);
      assert.strictEqual(report.base, base);
    }
    const renamed = JSON.parse((await cli(['diff', '--base', 'v2.2', POLICY_FILE, '--format', 'json'])).stdout);
    assert.deepStrictEqual(renamed.entries, []);
    assert.deepStrictEqual(renamed.renames, [{ section: 'purposes', from: 'reichweite', to: 'reichweitenmessung' }]);
    // The structural diff, down to the field, with the rename and the references that follow it.
    assert.deepStrictEqual(
      renamed.changes.filter((change: { section: string }) => change.section !== 'policy'),
      [{ section: 'purposes', kind: 'changed', key: 'reichweitenmessung', renamedFrom: 'reichweite', fields: [] }],
    );
    assert.deepStrictEqual(renamed.changes[0], {
      section: 'policy',
      kind: 'changed',
      key: 'policy',
      fields: [
        { field: 'published', before: '2026-09-01', after: '2026-10-01' },
        { field: 'effective', before: '2026-09-15', after: '2026-10-15' },
        { field: 'version', before: '2.2', after: '2.3' },
      ],
    });
    const removed = JSON.parse((await cli(['diff', '--base', 'v2.1', POLICY_FILE, '--format', 'json'])).stdout);
    assert.deepStrictEqual(
      removed.changes
        .filter((change: { section: string }) => change.section === 'categories')
        .map((change: { key: string; fields: unknown }) => [change.key, change.fields]),
      [
        [
          'kontakt',
          [
            {
              field: 'recipients',
              before: ['hoster', 'paketdienst', 'versand'],
              after: ['hoster', 'versand'],
              added: [],
              removed: ['paketdienst'],
            },
          ],
        ],
      ],
    );
    assert.deepStrictEqual(
      removed.entries.map((entry: { kind: string; needsNotice: boolean }) => [entry.kind, entry.needsNotice]),
      [['recipient.removed', false]],
    );
  });

  it('a policy the base revision does not have is new: said so, exit 0; an unknown revision is exit 2', async () => {
    fs.writeFileSync(path.join(repo.root, 'neu.policy.yaml'), version1);
    const fresh = await cli(['diff', '--base', 'HEAD', 'neu.policy.yaml']);
    assert.strictEqual(fresh.code, 0, fresh.stderr);
    assert.strictEqual(
      fresh.stdout,
      'neu.policy.yaml did not exist in HEAD: there is no earlier version to compare with.\n',
    );
    const unknown = await cli(['diff', '--base', 'v7.0', POLICY_FILE]);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /"v7\.0" is not a revision of the repository/);
    const usage = await cli(['diff', POLICY_FILE]);
    assert.strictEqual(usage.code, 2);
    assert.match(usage.stderr, /diff takes two policy files/);
  });

  it('a version over the size limit is not compared: exit 2, one line, no hang', async () => {
    const large = `${version1}${'# Füllzeile, die nur Platz einnimmt\n'.repeat(70000)}`;
    fs.writeFileSync(path.join(repo.root, 'gross.policy.yaml'), large);
    const result = await cli(['diff', POLICY_FILE, 'gross.policy.yaml']);
    assert.deepStrictEqual(
      [result.code, result.stdout, result.stderr],
      [
        2,
        '',
        'privacy-policy: A version has more than 2 MiB of text, more than any policy needs: it is not compared.\n',
      ],
    );
  });

  it('escapes author text for the terminal and for Markdown: no escape sequence, no markup', async () => {
    const hostile = edit(version6, ['title: Versand Inc.', 'title: "Versand \\e[31mInc.\\e[0m <b>*fett*</b>"']);
    fs.writeFileSync(repo.file, hostile);
    const text = await cli(['diff', '--base', 'v2.2', POLICY_FILE]);
    assert.ok(!text.stdout.includes('\u001b'), 'no escape character reaches the terminal');
    assert.match(text.stdout, /„Versand \\u001b\[31mInc\.\\u001b\[0m <b>\*fett\*<\/b>“/);
    const markdown = await cli(['diff', '--base', 'v2.2', POLICY_FILE, '--format', 'markdown']);
    assert.ok(!markdown.stdout.includes('\u001b'), 'no escape character in the Markdown');
    assert.match(markdown.stdout, /„Versand \\u001b\\\[31mInc\.\\u001b\\\[0m \\<b\\>\\\*fett\\\*\\<\/b\\>“/);
  });

  it('lint --base: the checks across versions, in every output format, on one thread or several', async () => {
    fs.writeFileSync(
      repo.file,
      edit(version6, ['version: "2.3"', 'version: "2.2"'], ['published: 2026-10-01', 'published: 2026-09-01']),
    );
    const result = await cli(['lint', '--base', 'HEAD', '--format', 'compact', POLICY_FILE]);
    assert.strictEqual(result.code, 1, result.stderr);
    assert.strictEqual(
      result.stdout,
      [
        `${POLICY_FILE}:4:14: error version-backwards "published" goes backwards: 2026-09-01 comes before 2026-10-01 in HEAD.`,
        `${POLICY_FILE}:6:12: error version-backwards "version" goes backwards: 2.2 comes before 2.3 in HEAD.`,
        '',
      ].join('\n'),
    );
    // Without --base the same file is clean: the checks run only against a known previous version.
    assert.strictEqual((await cli(['lint', POLICY_FILE])).code, 0);
    // Worker threads get each file's previous version with the file.
    for (const name of ['a', 'b', 'c']) fs.copyFileSync(repo.file, path.join(repo.root, `${name}.policy.yaml`));
    gitIn(repo.root, 'add', '-A');
    gitIn(repo.root, 'commit', '-q', '-m', 'Kopien');
    fs.writeFileSync(path.join(repo.root, 'b.policy.yaml'), edit(version5, ['version: "2.2"', 'version: "2.1"']));
    const parallel = await cli(['lint', '--base', 'HEAD', '--jobs', '2', '--format', 'json', '.']);
    const files = JSON.parse(parallel.stdout).files as Array<{ path: string; problems: Array<{ rule: string }> }>;
    assert.deepStrictEqual(
      files.map((file) => [file.path, file.problems.map((problem) => problem.rule)]),
      [
        ['a.policy.yaml', []],
        ['b.policy.yaml', ['version-backwards', 'version-backwards']],
        ['c.policy.yaml', []],
        [POLICY_FILE, []],
      ],
    );
    const unknown = await cli(['lint', '--base', 'v9', POLICY_FILE]);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /Cannot compare datenschutz\.policy\.yaml with v9/);
  });

  it('the page: the change history, built with diff --format history version by version, rendered at the end', async () => {
    // Each version in turn in the working tree, compared with the tag before it, as a publishing job would.
    const entries: string[] = [];
    for (let index = 1; index < tags.length; index++) {
      gitIn(repo.root, 'checkout', '-q', tags[index], '--', POLICY_FILE);
      const result = await cli(['diff', '--base', tags[index - 1], POLICY_FILE, '--format', 'history']);
      assert.strictEqual(result.stderr, '');
      entries.unshift(result.stdout); // newest first
    }
    gitIn(repo.root, 'checkout', '-q', 'HEAD', '--', POLICY_FILE);
    assert.strictEqual(
      entries[4],
      [
        '  - version: "1.1"',
        '    date: 2026-03-16',
        '    notice: |',
        '      - Neu: Wir übermitteln Kontaktdaten an die Versand Inc. in den USA (EU-US Data Privacy Framework).',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(repo.file, `${version6}changeHistory:\n${entries.join('')}`);

    // The history is part of the policy: it passes every check, and is no change of its own.
    const lint = await cli(['lint', '--base', 'HEAD', POLICY_FILE]);
    assert.strictEqual(lint.code, 0, lint.stdout);
    const diff = await cli(['diff', '--base', 'HEAD', POLICY_FILE, '--format', 'json']);
    assert.deepStrictEqual(JSON.parse(diff.stdout).entries, []);

    const page = await cli(['render', POLICY_FILE]);
    assert.strictEqual(page.code, 0, page.stderr);
    // The versions stand under "Änderungen dieser Erklärung", the last section of the page.
    const section = page.stdout.slice(
      page.stdout.indexOf('<section id="aenderungen"'),
      page.stdout.indexOf('</article>'),
    );
    assert.ok(section.includes('id="fassung-1"'), 'a change history under the changes section');
    assert.match(
      page.stdout,
      /<li><a href="#aenderungen">Änderungen dieser Erklärung<\/a><\/li>\n<\/ol>/,
      'listed last in the contents',
    );
    assert.deepStrictEqual(
      [...section.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((match) => match[1]),
      [
        'Fassung 2.3 vom 15. Oktober 2026',
        'Fassung 2.2 vom 15. September 2026',
        'Fassung 2.1 vom 15. Juli 2026',
        'Fassung 2.0 vom 18. Mai 2026',
        'Fassung 1.1 vom 16. März 2026',
      ],
    );
    assert.ok(section.includes('<p>Inhaltlich hat sich nichts geändert.</p>'), 'the rename-only version says so');
    assert.ok(
      section.includes(
        '<li>Neu: Wir setzen das Cookie „_pk_id“ ein (Anbieter: Nordlicht Versandhandel GmbH (Matomo); Speicherdauer: 13 Monate; Rechtsgrundlage: § 25 Abs. 1 TDDDG).</li>',
      ),
      'Markdown escapes undone on the page',
    );
    assert.ok(
      section.includes('<li>Entfallen: Wir übermitteln keine Daten mehr an den Empfänger „Paketdienstleister“.</li>'),
    );
  });
});
