import * as assert from 'assert';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parseRuleConfig } from '../../server/src/service/config/ruleConfig';
import { localize } from '../../server/src/service/l10n/messages';
import { LspClient } from '../support/lspClient';
import { validPolicy } from '../support/serviceHarness';
import { HANG_MS } from './edits';

const SECRET = 'GEHEIM-7f3a9c';
const posix = process.platform !== 'win32';

/** Configuration files a hostile repository can commit, each in a folder of its own, with what it must be told. */
function hostileConfigs(outside: string): Array<{ name: string; make(file: string): boolean; expect: RegExp }> {
  return [
    { name: 'link to /dev/zero', make: (file) => posix && link('/dev/zero', file), expect: /outside the workspace/ },
    {
      name: 'link to /dev/urandom',
      make: (file) => posix && link('/dev/urandom', file),
      expect: /outside the workspace/,
    },
    { name: 'FIFO', make: (file) => posix && spawnSync('mkfifo', [file]).status === 0, expect: /not a regular file/ },
    { name: 'folder', make: (file) => (fs.mkdirSync(file), true), expect: /not a regular file/ },
    {
      name: 'link to a secret outside',
      make: (file) => posix && link(path.join(outside, 'secret'), file),
      expect: /outside the workspace/,
    },
    { name: 'link to itself', make: (file) => posix && link(file, file), expect: /cannot be read \(ELOOP\)/ },
    {
      name: 'a megabyte',
      make: (file) => write(file, `{"rules": {}, "x": "${SECRET.repeat(80000)}"}`),
      expect: /larger than 64 KiB/,
    },
    {
      name: 'objects 10,000 deep',
      make: (file) => write(file, `{"rules":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`),
      expect: /nested deeper/,
    },
    {
      name: 'arrays 5,000 deep',
      make: (file) => write(file, `{"rules":{"yaml-syntax":${'['.repeat(5000)}${']'.repeat(5000)}}}`),
      expect: /nested deeper/,
    },
    {
      name: 'binary',
      make: (file) => write(file, Buffer.from([0xff, 0xfe, 0, 0x7b, 0x80, 0x81])),
      expect: /not UTF-8 text/,
    },
    { name: 'not JSON', make: (file) => write(file, `${SECRET} = off\n`), expect: /not valid JSON/ },
    {
      name: 'thousands of unknown rules',
      make: (file) =>
        write(
          file,
          JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`regel-${i}`, 'off'])) }),
        ),
      expect: /is not a rule id/,
    },
    {
      name: 'prototype-polluting keys',
      make: (file) =>
        write(file, '{"__proto__": {"polluted": true}, "rules": {"__proto__": "off", "constructor": {"x": 1}}}'),
      expect: /Unknown key "__proto__"|is not a rule id/,
    },
    {
      name: 'a list as a severity',
      make: (file) => write(file, '{"rules": {"stale-policy": ["off"]}}'),
      expect: /A list is not a severity/,
    },
  ];
}

function link(target: string, file: string): boolean {
  fs.symlinkSync(target, file);
  return true;
}

function write(file: string, content: string | Buffer): boolean {
  fs.writeFileSync(file, content);
  return true;
}

describe('hostile .privacy-policy.json files', function () {
  it('through one server process: each gets its rule-config finding, nothing is quoted, the server lives on', async function () {
    this.timeout(120000);
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'robustness-config-')));
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'robustness-outside-')));
    fs.writeFileSync(path.join(outside, 'secret'), `${SECRET}\n`);
    const client = LspClient.spawn();
    try {
      await client.initialize({ locale: 'en' }, undefined, { rootUri: pathToFileURL(dir).href });
      for (const [index, config] of hostileConfigs(outside).entries()) {
        const folder = path.join(dir, `case-${index}`);
        fs.mkdirSync(folder);
        const file = path.join(folder, '.privacy-policy.json');
        if (!config.make(file)) continue;
        const uri = pathToFileURL(path.join(folder, 'p.policy.yaml')).href;
        client.notify('textDocument/didOpen', {
          textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
        });
        await client.diagnosticsFor(uri, 1, HANG_MS).catch((error: Error) => {
          throw new Error(`${config.name}: ${error.message}\n${client.stderr.slice(-2000)}`);
        });
        const published = await client.waitForNotification(
          'textDocument/publishDiagnostics',
          (p: any) => p.uri === pathToFileURL(file).href,
          HANG_MS,
        );
        assert.ok(published.diagnostics.length > 0, config.name);
        // Beyond 1,000 problems the rest are counted in one more diagnostic, as in a policy.
        for (const diagnostic of published.diagnostics)
          assert.ok(['rule-config', 'too-many-problems'].includes(diagnostic.code), config.name);
        assert.match(published.diagnostics[0].message, config.expect, config.name);
        assert.ok(client.alive, `the server died on ${config.name}`);
      }
      assert.ok(!JSON.stringify(client.notifications).includes(SECRET), 'nothing of a refused file is shown');
      const symbols = await client.request('textDocument/documentSymbol', {
        textDocument: { uri: pathToFileURL(path.join(dir, 'case-0', 'p.policy.yaml')).href },
      });
      assert.ok(symbols.length > 0);
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('any text: parsing never throws, every problem lies inside the text, and Object.prototype stays as it was', function () {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const deep = fc
      .tuple(
        fc.constantFrom('[', '{"a":', '{"rules":'),
        fc.integer({ min: 50, max: 3000 }),
        fc.string({ maxLength: 5 }),
      )
      .map(([open, depth, inner]) => `${open.repeat(depth)}${inner}`);
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 200 }), deep), (text) => {
        const { problems } = parseRuleConfig(text);
        for (const problem of problems) {
          assert.ok(problem.span.start >= 0 && problem.span.end <= Math.max(text.length, 1), JSON.stringify(problem));
          assert.ok(localize('de', problem.message).length > 0);
        }
      }),
      { numRuns: 2000, seed: 19 },
    );
    assert.deepStrictEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  });
});
