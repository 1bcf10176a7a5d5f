import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { examplesDir, repoRoot } from '../support/paths';
import { completePolicy } from '../support/serviceHarness';
import { ansiEscape, cliBundle, placesOf, quietEnv, runCli, serviceDiagnostics, workspace } from './cliHarness';

const seedFile = path.join(examplesDir, 'help-desk-migration.policy.yaml');
/** A plain number where text belongs: a warning (implicit-type), nothing else. */
const warningPolicy = completePolicy.replace(
  '  email: datenschutz@beispiel.de\n',
  '  email: datenschutz@beispiel.de\n  phone: 351123\n',
);
/** The purpose "vertrag" defined twice: one error (duplicate-id) with related information. */
const errorPolicy = completePolicy.replace(
  'purposes:\n',
  'purposes:\n  vertrag:\n    title: Doppelt\n    legalBasis: [art6-1-b]\n',
);

describe('privacy-policy lint', function () {
  let ws: ReturnType<typeof workspace>;

  beforeEach(() => {
    ws = workspace({
      'clean.policy.yaml': completePolicy,
      'warning.policy.yaml': warningPolicy,
      'error.policy.yaml': errorPolicy,
    });
  });
  afterEach(() => ws.remove());

  describe('exit codes', () => {
    it('exits 0 for a policy without problems and says so', async () => {
      const result = await runCli(['lint', 'clean.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(result.code, 0, result.stderr);
      assert.match(result.stdout, /1 policy file checked: no problems\./);
      assert.strictEqual(result.stderr, '');
    });

    it('exits 0 when there are only warnings, and 1 when --max-warnings is exceeded', async () => {
      const lenient = await runCli(['lint', 'warning.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(lenient.code, 0, lenient.stdout + lenient.stderr);
      assert.match(lenient.stdout, /1 problem \(1 warning\)/);

      const allowed = await runCli(['lint', 'warning.policy.yaml', '--max-warnings', '1'], { cwd: ws.dir });
      assert.strictEqual(allowed.code, 0, allowed.stderr);
      const strict = await runCli(['lint', 'warning.policy.yaml', '--max-warnings', '0'], { cwd: ws.dir });
      assert.strictEqual(strict.code, 1);
      assert.match(strict.stderr, /Too many warnings: 1, at most 0 allowed/);
    });

    it('exits 1 when any file has an error', async () => {
      const result = await runCli(['lint', 'clean.policy.yaml', 'error.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(result.code, 1);
      assert.match(result.stdout, /1 problem \(1 error\) in 2 policy files checked\./);
    });

    it('exits 1 for the seed example, reporting exactly what the language service reports', async () => {
      const result = await runCli(['lint', '--format', 'json', seedFile], { cwd: repoRoot });
      assert.strictEqual(result.code, 1);
      const report = JSON.parse(result.stdout);
      const expected = placesOf(serviceDiagnostics(seedFile));
      assert.ok(expected.length > 0);
      assert.deepStrictEqual(
        report.files[0].problems.map((p: any) => `${p.line}:${p.column} ${p.rule}`),
        expected,
      );
    });
  });

  describe('pretty output', () => {
    it('counts problems as the Problems panel does, and hints apart under the word their lines carry', async () => {
      const result = await runCli(['lint', seedFile, '--no-color'], { cwd: repoRoot });
      const diagnostics = serviceDiagnostics(seedFile);
      const hints = diagnostics.filter((d) => d.severity === 4).length;
      const listed = diagnostics.length - hints; // what VS Code's Problems panel lists: no hints
      assert.deepStrictEqual([listed, hints], [31, 14]);
      const lines = result.stdout.trimEnd().split('\n');
      assert.strictEqual(
        lines[lines.length - 1],
        `✖ ${listed} problems (28 errors, 3 warnings) and ${hints} hints in 1 policy file checked.`,
      );
      assert.strictEqual(lines.filter((line) => / {2}hint {4} /.test(line)).length, hints);
      const german = await runCli(['lint', seedFile, '--no-color', '--locale', 'de'], { cwd: repoRoot });
      assert.match(
        german.stdout,
        /✖ 31 Probleme \(28 Fehler, 3 Warnungen\) und 14 Hinweise in 1 Datenschutzerklärung geprüft\.\n$/,
      );
      assert.strictEqual(german.stdout.split('  Hinweis  ').length - 1, 14);

      const onlyHints = workspace({
        'hint.policy.yaml': `${completePolicy}clauses:\n  - text: Wir können Daten löschen.\n`,
      });
      try {
        const hinted = await runCli(['lint', 'hint.policy.yaml', '--no-color'], { cwd: onlyHints.dir });
        assert.strictEqual(hinted.code, 0);
        assert.match(hinted.stdout, /\n✔ 1 policy file checked: no problems, 1 hint\.\n$/);
      } finally {
        onlyHints.remove();
      }
    });

    it('groups problems under their file, with line:column, severity, message and rule', async () => {
      const result = await runCli(['lint', '.'], { cwd: ws.dir });
      const lines = result.stdout.split('\n');
      const errorHeader = lines.indexOf('error.policy.yaml');
      const warningHeader = lines.indexOf('warning.policy.yaml');
      assert.ok(errorHeader >= 0 && warningHeader > errorHeader, result.stdout);
      assert.ok(!lines.includes('clean.policy.yaml'), 'a file without problems gets no heading');
      const [duplicate] = serviceDiagnostics(ws.file('error.policy.yaml'));
      const row = lines[errorHeader + 1];
      assert.ok(
        row.startsWith(`  ${duplicate.range.start.line + 1}:${duplicate.range.start.character + 1}  error  `),
        row,
      );
      assert.ok(row.includes(String(duplicate.message)) && row.trimEnd().endsWith('duplicate-id'), row);
      // The related place (the first definition) follows its problem.
      const related = duplicate.relatedInformation![0];
      assert.ok(
        lines[errorHeader + 2].includes(
          `↳ ${related.location.range.start.line + 1}:${related.location.range.start.character + 1} ${related.message}`,
        ),
        lines[errorHeader + 2],
      );
      assert.match(lines[warningHeader + 1], /^ {2}\d+:\d+ {2}warning {2}.* {2}implicit-type$/);
      assert.match(result.stdout, /✖ 2 problems \(1 error, 1 warning\) in 3 policy files checked\./);
    });

    it('colours only a terminal, or when FORCE_COLOR or --color asks, and never with NO_COLOR or --no-color', async () => {
      const piped = await runCli(['lint', 'error.policy.yaml'], { cwd: ws.dir });
      assert.doesNotMatch(piped.stdout, ansiEscape, 'piped output is plain');
      const forced = await runCli(['lint', 'error.policy.yaml'], { cwd: ws.dir, env: quietEnv({ FORCE_COLOR: '1' }) });
      assert.match(forced.stdout, ansiEscape);
      const flag = await runCli(['lint', 'error.policy.yaml', '--color'], {
        cwd: ws.dir,
        env: quietEnv({ NO_COLOR: '1' }),
      });
      assert.match(flag.stdout, ansiEscape, '--color wins over NO_COLOR');
      const noColor = await runCli(['lint', 'error.policy.yaml'], { cwd: ws.dir, env: quietEnv({ NO_COLOR: '1' }) });
      assert.doesNotMatch(noColor.stdout, ansiEscape);
      const noColorFlag = await runCli(['lint', 'error.policy.yaml', '--no-color'], {
        cwd: ws.dir,
        env: quietEnv({ FORCE_COLOR: '1' }),
      });
      assert.doesNotMatch(noColorFlag.stdout, ansiEscape, '--no-color wins over FORCE_COLOR');
    });

    it('speaks German with --locale de or a German LANG, English otherwise', async () => {
      const flag = await runCli(['lint', 'error.policy.yaml', '--locale', 'de'], { cwd: ws.dir });
      assert.match(flag.stdout, /Fehler {2}Die Id „vertrag“ ist in „purposes“ mehrfach definiert\./);
      assert.match(flag.stdout, /✖ 1 Problem \(1 Fehler\) in 1 Datenschutzerklärung geprüft\./);
      const lang = await runCli(['lint', 'error.policy.yaml'], { cwd: ws.dir, env: quietEnv({ LANG: 'de_DE.UTF-8' }) });
      assert.strictEqual(lang.stdout, flag.stdout);
      const overridden = await runCli(['lint', 'error.policy.yaml', '--locale', 'en'], {
        cwd: ws.dir,
        env: quietEnv({ LC_ALL: 'de_AT.UTF-8' }),
      });
      assert.match(overridden.stdout, /The id "vertrag" is defined more than once/);
      const missing = await runCli(['lint', 'fehlt.policy.yaml'], {
        cwd: ws.dir,
        env: quietEnv({ LC_MESSAGES: 'de_CH' }),
      });
      assert.match(missing.stderr, /fehlt\.policy\.yaml: Datei oder Verzeichnis gibt es nicht\./);
      const auto = await runCli(['lint', 'error.policy.yaml', '--locale', 'auto'], {
        cwd: ws.dir,
        env: quietEnv({ LANG: 'de_DE.UTF-8' }),
      });
      assert.strictEqual(auto.stdout, flag.stdout, '--locale auto is the environment, as without --locale');
    });

    it('shows control characters from the policy escaped, so they cannot drive the terminal', async () => {
      const hostile = completePolicy.replace('policy:\n', 'policy:\n  "x\\e[2Jy": 1\n');
      fs.writeFileSync(ws.file('hostile.policy.yaml'), hostile);
      const result = await runCli(['lint', 'hostile.policy.yaml', '--format', 'compact'], { cwd: ws.dir });
      assert.strictEqual(result.code, 1);
      assert.ok(!result.stdout.includes('\u001b'), JSON.stringify(result.stdout));
      assert.ok(result.stdout.includes('x\\u001b[2Jy'), result.stdout);
    });
  });

  describe('compact output', () => {
    it("prints file:line:col: severity rule message, one line per problem, matched by the extension's problem matcher", async () => {
      const result = await runCli(['lint', '--format', 'compact', '.'], { cwd: ws.dir });
      assert.strictEqual(result.code, 1);
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      const matcher = manifest.contributes.problemMatchers.find((m: any) => m.name === 'privacy-policy');
      const pattern = new RegExp(matcher.pattern.regexp);
      const lines = result.stdout.trimEnd().split('\n');
      const expected = [
        ...serviceDiagnostics(ws.file('error.policy.yaml')).map((d) => ({ file: 'error.policy.yaml', d })),
        ...serviceDiagnostics(ws.file('warning.policy.yaml')).map((d) => ({ file: 'warning.policy.yaml', d })),
      ];
      assert.strictEqual(lines.length, expected.length, result.stdout);
      lines.forEach((line, i) => {
        const match = pattern.exec(line);
        assert.ok(match, `the problem matcher does not match: ${line}`);
        const { file, d } = expected[i];
        const at = (group: number) => match[group];
        assert.strictEqual(at(matcher.pattern.file), file);
        assert.strictEqual(Number(at(matcher.pattern.line)), d.range.start.line + 1);
        assert.strictEqual(Number(at(matcher.pattern.column)), d.range.start.character + 1);
        assert.strictEqual(at(matcher.pattern.severity), d.severity === 1 ? 'error' : 'warning');
        assert.strictEqual(at(matcher.pattern.code), d.code);
        assert.strictEqual(at(matcher.pattern.message), d.message);
      });
    });
  });

  describe('json output', () => {
    it('lists every checked file with counts, problems and totals', async () => {
      const result = await runCli(['lint', '-f', 'json', '.'], { cwd: ws.dir });
      assert.strictEqual(result.code, 1);
      const report = JSON.parse(result.stdout);
      assert.deepStrictEqual(
        report.files.map((f: any) => [f.path, f.errorCount, f.warningCount, f.problems.length]),
        [
          ['clean.policy.yaml', 0, 0, 0],
          ['error.policy.yaml', 1, 0, 1],
          ['warning.policy.yaml', 0, 1, 1],
        ],
      );
      const [duplicate] = serviceDiagnostics(ws.file('error.policy.yaml'));
      const problem = report.files[1].problems[0];
      assert.deepStrictEqual(
        [
          problem.rule,
          problem.severity,
          problem.message,
          problem.line,
          problem.column,
          problem.endLine,
          problem.endColumn,
        ],
        [
          'duplicate-id',
          'error',
          duplicate.message,
          duplicate.range.start.line + 1,
          duplicate.range.start.character + 1,
          duplicate.range.end.line + 1,
          duplicate.range.end.character + 1,
        ],
      );
      assert.strictEqual(problem.related[0].message, duplicate.relatedInformation![0].message);
      assert.deepStrictEqual(report.summary, {
        errors: 1,
        warnings: 1,
        infos: 0,
        hints: 0,
        checkedFiles: 3,
        filesWithProblems: 2,
        failures: 0,
      });
      assert.deepStrictEqual(report.failures, []);
      assert.strictEqual(
        report.tool.version,
        JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version,
      );
    });

    it('writes the report to --output and nothing to the standard output', async () => {
      const result = await runCli(['lint', '-f', 'json', '-o', 'report.json', 'error.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(result.code, 1);
      assert.strictEqual(result.stdout, '');
      assert.strictEqual(JSON.parse(fs.readFileSync(ws.file('report.json'), 'utf8')).summary.errors, 1);
    });
  });

  describe('which files', () => {
    it('checks a directory recursively, skipping node_modules and .git, and takes .yml too', async () => {
      const tree = workspace({
        'a.policy.yaml': completePolicy,
        'nested/deeper/b.policy.yml': errorPolicy,
        'nested/notes.yaml': 'not: a policy\n',
        'node_modules/dep/c.policy.yaml': errorPolicy,
        '.git/d.policy.yaml': errorPolicy,
      });
      // A link back up the tree: not followed, so no file is found twice and the walk ends.
      fs.symlinkSync('..', tree.file('nested/loop'));
      try {
        const result = await runCli(['lint', '-f', 'json'], { cwd: tree.dir });
        assert.deepStrictEqual(
          JSON.parse(result.stdout).files.map((f: any) => f.path),
          ['a.policy.yaml', path.join('nested', 'deeper', 'b.policy.yml')],
        );
        assert.strictEqual(result.code, 1);
        const twice = await runCli(['lint', '-f', 'json', 'a.policy.yaml', 'nested/loop/a.policy.yaml'], {
          cwd: tree.dir,
        });
        assert.deepStrictEqual(
          JSON.parse(twice.stdout).files.map((f: any) => f.path),
          ['a.policy.yaml'],
          'the same file through a link is checked once',
        );
      } finally {
        tree.remove();
      }
    });

    it('expands quoted globs itself, keeps only policy files, and checks a file named twice once', async () => {
      const tree = workspace({
        'policies/de/main.policy.yaml': completePolicy,
        'policies/en/main.policy.yaml': errorPolicy,
        'policies/en/draft.yaml': 'x: 1\n',
        'other/skip.policy.yaml': errorPolicy,
      });
      try {
        const result = await runCli(['lint', '-f', 'json', 'policies/**/*', 'policies/de/main.policy.yaml'], {
          cwd: tree.dir,
        });
        assert.deepStrictEqual(
          JSON.parse(result.stdout).files.map((f: any) => f.path),
          [path.join('policies', 'de', 'main.policy.yaml'), path.join('policies', 'en', 'main.policy.yaml')],
        );
        const braces = await runCli(['lint', '-f', 'json', '{policies,other}/*/*.policy.yaml'], { cwd: tree.dir });
        assert.strictEqual(
          JSON.parse(braces.stdout).files.length,
          2,
          'other/skip.policy.yaml is one level too shallow for */*',
        );
        const absolute = await runCli(['lint', '-f', 'json', path.join(tree.dir, 'other', '*.policy.yaml')], {
          cwd: repoRoot,
        });
        assert.deepStrictEqual(
          JSON.parse(absolute.stdout).files.map((f: any) => f.path),
          [path.join(tree.dir, 'other', 'skip.policy.yaml')],
        );
      } finally {
        tree.remove();
      }
    });

    it('checks many files in parallel with the same result as one after another', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 30; i++)
        files[`p${String(i).padStart(2, '0')}.policy.yaml`] = [completePolicy, warningPolicy, errorPolicy][i % 3];
      const tree = workspace(files);
      try {
        const serial = await runCli(['lint', '-f', 'json', '--jobs', '1'], { cwd: tree.dir });
        const parallel = await runCli(['lint', '-f', 'json', '--jobs', '2'], { cwd: tree.dir });
        assert.strictEqual(serial.code, 1);
        assert.strictEqual(parallel.code, 1);
        assert.strictEqual(JSON.parse(serial.stdout).files.length, 30);
        assert.strictEqual(parallel.stdout, serial.stdout);
      } finally {
        tree.remove();
      }
    });
  });

  describe('what cannot be checked', () => {
    it('names a missing file clearly and exits 2, still checking the others', async () => {
      const result = await runCli(['lint', 'missing.policy.yaml', 'error.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(result.code, 2);
      assert.strictEqual(
        result.stderr.split('\n')[0],
        'privacy-policy: missing.policy.yaml: no such file or directory.',
      );
      assert.match(result.stdout, /error\.policy\.yaml\n/);
      assert.match(result.stdout, /1 file or argument could not be checked/);
    });

    it('shows no success tick when something could not be checked, even with no problem found', async () => {
      const alone = await runCli(['lint', 'nonexist.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(alone.code, 2);
      assert.strictEqual(alone.stderr, 'privacy-policy: nonexist.policy.yaml: no such file or directory.\n');
      assert.doesNotMatch(alone.stdout, /✔/);
      assert.deepStrictEqual(alone.stdout.trimEnd().split('\n'), [
        '0 policy files checked: no problems.',
        '✖ 1 file or argument could not be checked: see the messages above.',
      ]);
      const withClean = await runCli(['lint', 'clean.policy.yaml', 'nonexist.policy.yaml', '--color'], { cwd: ws.dir });
      assert.strictEqual(withClean.code, 2);
      assert.doesNotMatch(withClean.stdout, /✔/);
      // eslint-disable-next-line no-control-regex -- an ANSI colour starts with ESC
      assert.doesNotMatch(withClean.stdout, /\x1b\[32m/, 'nothing green');
      // The tick itself is still there when everything was checked.
      const clean = await runCli(['lint', 'clean.policy.yaml'], { cwd: ws.dir });
      assert.deepStrictEqual([clean.code, clean.stdout], [0, '✔ 1 policy file checked: no problems.\n']);
    });

    it('refuses a file that is not a policy by name, and one that is not text', async () => {
      fs.writeFileSync(ws.file('notes.txt'), 'hello\n');
      fs.writeFileSync(
        ws.file('image.policy.yaml'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      );
      fs.writeFileSync(ws.file('latin1.policy.yaml'), Buffer.from('policy:\n  title: Erkl\xe4rung\n', 'latin1'));
      const result = await runCli(
        ['lint', 'notes.txt', 'image.policy.yaml', 'latin1.policy.yaml', '--format', 'json'],
        { cwd: ws.dir },
      );
      assert.strictEqual(result.code, 2);
      assert.deepStrictEqual(result.stderr.trimEnd().split('\n'), [
        'privacy-policy: notes.txt is not a policy file: policy files end in .policy.yaml or .policy.yml.',
        'privacy-policy: image.policy.yaml is not UTF-8 text, so it cannot be a policy.',
        'privacy-policy: latin1.policy.yaml is not UTF-8 text, so it cannot be a policy.',
      ]);
      const report = JSON.parse(result.stdout);
      assert.strictEqual(report.failures.length, 3);
      assert.strictEqual(report.summary.failures, 3);
    });

    it('says so when a glob or a directory holds no policy file', async () => {
      const glob = await runCli(['lint', 'drafts/**/*.policy.yaml'], { cwd: ws.dir });
      assert.strictEqual(glob.code, 2);
      assert.match(glob.stderr, /No policy file matches "drafts\/\*\*\/\*\.policy\.yaml"\./);
      fs.mkdirSync(ws.file('empty'));
      const dir = await runCli(['lint', 'empty'], { cwd: ws.dir });
      assert.strictEqual(dir.code, 2);
      assert.match(dir.stderr, /No policy files \(\*\.policy\.yaml, \*\.policy\.yml\) in empty\./);
    });

    it('exits 2 when the report cannot be written', async () => {
      const result = await runCli(['lint', 'clean.policy.yaml', '-o', path.join('no', 'such', 'dir', 'r.txt')], {
        cwd: ws.dir,
      });
      assert.strictEqual(result.code, 2);
      assert.match(result.stderr, /^privacy-policy: Cannot write no\/such\/dir\/r\.txt: /);
    });
  });

  describe('pipes', () => {
    it('stops quietly with its exit code when the reader closes the pipe early (| head)', async () => {
      // Far more than a pipe buffer (64 KiB) of JSON, so writing goes on after the reader has gone.
      const files: Record<string, string> = {};
      const seed = fs.readFileSync(seedFile, 'utf8');
      for (let i = 0; i < 100; i++) files[`p${i}.policy.yaml`] = seed;
      const tree = workspace(files);
      try {
        const child = spawn(process.execPath, [cliBundle, 'lint', '--format', 'json', '--jobs', '1'], {
          cwd: tree.dir,
          env: quietEnv(),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        assert.strictEqual(stderr, '');
        assert.strictEqual(code, 1);
      } finally {
        tree.remove();
      }
    });
  });

  describe('usage', () => {
    for (const [args, expected] of [
      [['lint', '--format', 'xml'], '--format cannot be "xml". Choose one of: pretty, compact, json, sarif.'],
      [['lint', '--max-warnings', 'many'], '--max-warnings expects a whole number of at least 0, not "many".'],
      [['lint', '--output'], 'The option --output needs a value.'],
      [['lint', '--fix'], 'Unknown option --fix.'],
      [
        ['render', '--format', 'json', 'a.policy.yaml'],
        '--format cannot be "json". Choose one of: page, fragment, markdown.',
      ],
      [['check', 'a.policy.yaml'], 'Unknown command "check": use lint, render or diff.'],
      [[], 'Name a command: lint, render or diff.'],
    ] as const) {
      it(`exits 2 for: privacy-policy ${args.join(' ')}`, async () => {
        const result = await runCli(args, { cwd: ws.dir });
        assert.strictEqual(result.code, 2);
        assert.strictEqual(result.stdout, '');
        assert.strictEqual(result.stderr, `privacy-policy: ${expected}\nRun "privacy-policy --help" for usage.\n`);
      });
    }

    it('prints help and the version, in the chosen language', async () => {
      const help = await runCli(['--help']);
      assert.strictEqual(help.code, 0);
      assert.match(help.stdout, /privacy-policy lint \[files, directories or globs \.\.\.\] \[options\]/);
      assert.match(help.stdout, /Exit codes:\n {2}0 {2}no errors/);
      const hilfe = await runCli(['lint', '--help', '--locale', 'de']);
      assert.match(hilfe.stdout, /Rückgabewerte:/);
      // --locale offers what the VS Code setting privacyPolicy.language offers, in both languages' help.
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      const choices = manifest.contributes.configuration.properties['privacyPolicy.language'].enum.join('|');
      assert.strictEqual(choices, 'auto|de|en');
      for (const text of [help.stdout, hilfe.stdout])
        assert.strictEqual(text.split(`--locale <${choices}>`).length - 1, 2, 'lint and render name the same choice');
      const version = await runCli(['--version']);
      assert.strictEqual(
        version.stdout,
        `privacy-policy ${JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version}\n`,
      );
    });
  });
});
