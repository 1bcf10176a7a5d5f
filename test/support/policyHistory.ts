/**
 * A policy written through six realistic versions, as a shop's privacy policy grows: a new processor in the
 * United States, a new analytics purpose, a longer retention, a recipient removed, an id renamed. The unit,
 * CLI and integration tests commit these versions to real git repositories and compare them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const version1 = `policy:
  title: Datenschutzerklärung der Nordlicht Versandhandel GmbH
  language: de
  published: 2026-01-15
  effective: 2026-02-01
  version: "1.0"
controller:
  name: Nordlicht Versandhandel GmbH
  address:
    street: Hafenstraße 7
    postalCode: "24103"
    city: Kiel
    country: DE
  email: datenschutz@nordlicht.example
purposes:
  vertrag:
    title: Abwicklung Ihrer Bestellungen
    legalBasis: [art6-1-b]
  anfragen:
    title: Beantwortung Ihrer Anfragen
    legalBasis: [art6-1-b, art6-1-f]
    legitimateInterest: Anfragen von Interessenten zügig zu beantworten.
  buchhaltung:
    title: Erfüllung handels- und steuerrechtlicher Pflichten
    legalBasis: [art6-1-c]
    law: § 147 AO, § 257 HGB
  betrieb:
    title: Betrieb und Sicherheit des Onlineshops
    legalBasis: [art6-1-f]
    legitimateInterest: Ein erreichbarer und gegen Angriffe geschützter Onlineshop.
recipients:
  hoster:
    title: Förde Hosting GmbH, Kiel
    role: processor
    country: DE
  paketdienst:
    title: Paketdienstleister
    description: Stellt Ihre Bestellung zu.
    role: controller
    country: DE
  steuerberatung:
    title: Steuerberatungskanzlei Weber & Partner
    role: controller
    country: DE
categories:
  kontakt:
    title: Kontaktdaten
    data: [Name, Anschrift, E-Mail-Adresse]
    purposes: [vertrag, anfragen]
    recipients: [hoster, paketdienst]
    retention: Drei Jahre nach Ende der Geschäftsbeziehung (§ 195 BGB)
  bestellungen:
    title: Bestelldaten
    data: [bestellte Waren, Rechnungsbetrag, Zahlungsart]
    purposes: [vertrag, buchhaltung]
    recipients: [hoster, steuerberatung]
    retention: Acht Jahre (§ 147 AO, § 257 HGB)
  server-logs:
    title: Server-Log-Dateien
    data: [IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse]
    origin: generated
    purposes: [betrieb]
    recipients: [hoster]
    retention: 7 Tage, danach automatische Löschung
rights: [access, rectification, erasure, restriction, portability, objection, complaint]
supervisoryAuthority:
  name: Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein
  url: https://www.datenschutzzentrum.de
`;

/** `text` with each `[find, replacement]` applied once; every `find` must occur exactly once. */
export function edit(text: string, ...replacements: ReadonlyArray<readonly [string, string]>): string {
  let result = text;
  for (const [find, replacement] of replacements) {
    const count = result.split(find).length - 1;
    if (count !== 1) throw new Error(`"${find}" occurs ${count} times, not once`);
    result = result.replace(find, () => replacement);
  }
  return result;
}

function withMeta(text: string, published: string, effective: string, version: string): string {
  return text.replace(
    / {2}published: .*\n {2}effective: .*\n {2}version: .*\n/,
    `  published: ${published}\n  effective: ${effective}\n  version: "${version}"\n`,
  );
}

/** Version 1.1: a new processor in the United States receives the contact data. */
export const version2 = withMeta(
  edit(
    version1,
    [
      '  steuerberatung:\n',
      '  versand:\n    title: Versand Inc.\n    description: Versendet unsere Versandbestätigungen.\n    role: processor\n    country: US\n    safeguard: dpf\n  steuerberatung:\n',
    ],
    ['    recipients: [hoster, paketdienst]\n', '    recipients: [hoster, paketdienst, versand]\n'],
    [
      'rights: [',
      'transfers:\n  - country: US\n    recipients: [versand]\n    categories: [kontakt]\n    safeguard: dpf\nrights: [',
    ],
  ),
  '2026-03-02',
  '2026-03-16',
  '1.1',
);

/** Version 2.0: reach measurement, with a new category, the server logs used for it too, and its cookie. */
export const version3 = withMeta(
  edit(
    version2,
    [
      'recipients:\n  hoster:\n',
      '  reichweite:\n    title: Reichweitenmessung\n    legalBasis: [art6-1-a, tdddg-25-1]\nrecipients:\n  hoster:\n',
    ],
    ['    purposes: [betrieb]\n', '    purposes: [betrieb, reichweite]\n'],
    [
      'transfers:\n',
      '  nutzung:\n    title: Nutzungsdaten\n    data: [gekürzte IP-Adresse, aufgerufene Seiten, Verweildauer]\n    origin: generated\n    purposes: [reichweite]\n    recipients: none\n    retention: 13 Monate\ntransfers:\n',
    ],
    ['objection, complaint]\n', 'objection, withdrawal, complaint]\n'],
    [
      'supervisoryAuthority:\n',
      'cookies:\n  - name: _pk_id\n    provider: Nordlicht Versandhandel GmbH (Matomo)\n    purposes: [reichweite]\n    duration: 13 Monate\n    basis: consent\nsupervisoryAuthority:\n',
    ],
  ),
  '2026-05-04',
  '2026-05-18',
  '2.0',
);

/** Version 2.1: the server logs are kept for 30 days instead of 7. */
export const version4 = withMeta(
  edit(version3, [
    '    retention: 7 Tage, danach automatische Löschung\n',
    '    retention: 30 Tage, danach automatische Löschung\n',
  ]),
  '2026-07-01',
  '2026-07-15',
  '2.1',
);

/** Version 2.2: the parcel service is no longer a recipient. */
export const version5 = withMeta(
  edit(
    version4,
    [
      '  paketdienst:\n    title: Paketdienstleister\n    description: Stellt Ihre Bestellung zu.\n    role: controller\n    country: DE\n',
      '',
    ],
    ['    recipients: [hoster, paketdienst, versand]\n', '    recipients: [hoster, versand]\n'],
  ),
  '2026-09-01',
  '2026-09-15',
  '2.2',
);

/** Version 2.3: the purpose `reichweite` is renamed `reichweitenmessung`; nothing a reader sees changes. */
export const version6 = withMeta(
  version5.replace(/\breichweite\b/g, 'reichweitenmessung'),
  '2026-10-01',
  '2026-10-15',
  '2.3',
);

export const versions = [version1, version2, version3, version4, version5, version6] as const;
export const tags = ['v1.0', 'v1.1', 'v2.0', 'v2.1', 'v2.2', 'v2.3'] as const;

export const POLICY_FILE = 'datenschutz.policy.yaml';

/** Runs git in a folder, with a fixed identity and no user or system configuration; throws on failure. */
export function gitIn(dir: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: os.devNull,
      GIT_AUTHOR_NAME: 'Datenschutz Team',
      GIT_AUTHOR_EMAIL: 'team@nordlicht.example',
      GIT_COMMITTER_NAME: 'Datenschutz Team',
      GIT_COMMITTER_EMAIL: 'team@nordlicht.example',
    },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * A fresh git repository holding the history: each version committed (with the date it was published) and
 * tagged; the working tree holds the last version. `subdir` puts the policy below the repository's root.
 */
export function historyRepository(
  root?: string,
  subdir = '',
  /** A folder to create the repository in (it is created), instead of a fresh temporary one. */
  at?: string,
): { root: string; file: string } {
  if (at) fs.mkdirSync(at, { recursive: true });
  root ??= fs.realpathSync(at ?? fs.mkdtempSync(path.join(os.tmpdir(), 'policy-history-')));
  gitIn(root, 'init', '-q', '-b', 'main');
  const file = path.join(root, subdir, POLICY_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  versions.forEach((text, index) => {
    fs.writeFileSync(file, text);
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-q', '-m', `Datenschutzerklärung ${tags[index]}`);
    gitIn(root, 'tag', '-a', tags[index], '-m', `Veröffentlicht: ${tags[index]}`);
  });
  return { root, file };
}
