import * as assert from 'assert';
import { parseArguments, UsageError } from '../../server/src/cli/arguments';
import { localeFrom, useColor } from '../../server/src/cli/environment';

function usageKey(argv: string[]): string {
  try {
    parseArguments(argv);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.detail.key;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('command-line arguments', () => {
  it('reads options in each spelling: --name value, --name=value, -x value, -xvalue', () => {
    for (const argv of [
      ['lint', '--format', 'json', 'a'],
      ['lint', '--format=json', 'a'],
      ['lint', '-f', 'json', 'a'],
      ['lint', '-fjson', 'a'],
      ['lint', 'a', '-f', 'json'],
    ]) {
      assert.deepStrictEqual(
        parseArguments(argv),
        {
          command: 'lint',
          inputs: ['a'],
          format: 'json',
          output: undefined,
          maxWarnings: undefined,
          jobs: undefined,
          locale: undefined,
          color: undefined,
        },
        argv.join(' '),
      );
    }
  });

  it('takes everything after -- as a file, even names that start with a dash', () => {
    const command = parseArguments(['lint', '--', '-odd.policy.yaml', '--format']);
    assert.deepStrictEqual(command.command === 'lint' && command.inputs, ['-odd.policy.yaml', '--format']);
  });

  it('does not take the next option as a value', () => {
    assert.strictEqual(usageKey(['lint', '--output', '--format', 'json']), 'cli.usage.missingValue');
  });

  it('refuses values on switches, unknown options, bad numbers and options of the other command', () => {
    assert.strictEqual(usageKey(['lint', '--color=yes']), 'cli.usage.unknownOption');
    assert.strictEqual(usageKey(['lint', '-x']), 'cli.usage.unknownOption');
    assert.strictEqual(usageKey(['lint', '--jobs', '0']), 'cli.usage.badCount');
    assert.strictEqual(usageKey(['lint', '--max-warnings', '-1']), 'cli.usage.missingValue');
    assert.strictEqual(usageKey(['lint', '--max-warnings', '1.5']), 'cli.usage.badCount');
    assert.strictEqual(usageKey(['render', 'a.policy.yaml', '--jobs', '2']), 'cli.usage.unknownOption');
    assert.strictEqual(usageKey(['render']), 'cli.usage.renderOneFile');
    assert.strictEqual(usageKey(['render', 'a', 'b']), 'cli.usage.renderOneFile');
    assert.strictEqual(usageKey(['lint', '--locale', 'fr']), 'cli.usage.badChoice');
  });

  it('help and version win over a command', () => {
    assert.strictEqual(parseArguments(['lint', 'a.policy.yaml', '--help']).command, 'help');
    assert.strictEqual(parseArguments(['render', '-v']).command, 'version');
    assert.strictEqual(parseArguments(['help']).command, 'help');
  });
});

describe('command-line environment', () => {
  it('colours a terminal unless told otherwise, with flags first, then FORCE_COLOR, then NO_COLOR', () => {
    const cases: Array<[boolean | undefined, Record<string, string>, boolean, boolean]> = [
      [undefined, {}, true, true],
      [undefined, {}, false, false],
      [undefined, { TERM: 'dumb' }, true, false],
      [undefined, { NO_COLOR: '1' }, true, false],
      [undefined, { NO_COLOR: '' }, true, true],
      [undefined, { FORCE_COLOR: '1' }, false, true],
      [undefined, { FORCE_COLOR: '0' }, true, false],
      [undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
      [false, { FORCE_COLOR: '1' }, true, false],
      [true, { NO_COLOR: '1' }, false, true],
    ];
    for (const [flag, env, terminal, expected] of cases) {
      assert.strictEqual(useColor(flag, env, terminal), expected, JSON.stringify({ flag, env, terminal }));
    }
  });

  it('takes the language from --locale, else LC_ALL, LC_MESSAGES, LANG in that order', () => {
    assert.strictEqual(localeFrom('en', { LC_ALL: 'de_DE.UTF-8' }), 'en');
    assert.strictEqual(localeFrom(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }), 'de');
    assert.strictEqual(localeFrom(undefined, { LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'de_AT' }), 'en');
    assert.strictEqual(localeFrom(undefined, { LANG: 'de_CH.UTF-8' }), 'de');
    assert.strictEqual(localeFrom(undefined, { LANG: 'C' }), 'en');
    assert.strictEqual(localeFrom(undefined, {}), 'en');
  });
});
