import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { examplesDir, repoRoot, serverBundle } from '../support/paths';

/** The Lua block of the "### Neovim" section of docs/editors.md: the test runs what users are told to use. */
function documentedNeovimConfig(): string {
  const editors = fs.readFileSync(path.join(repoRoot, 'docs', 'editors.md'), 'utf8');
  const section = editors.slice(editors.indexOf('\n### Neovim\n'));
  const block = /```lua\n([\s\S]*?)```/.exec(section);
  assert.ok(
    editors.includes('\n### Neovim\n') && block,
    'docs/editors.md has a "### Neovim" section with a ```lua block',
  );
  return block[1];
}

/**
 * Drives a headless Neovim: loads the documented configuration, opens the file, waits for the server's
 * diagnostics, asks for a hover, then edits the buffer and waits for the diagnostics of the edit.
 * Everything Neovim saw is written as JSON for the test to compare with the language service.
 */
const driver = String.raw`
dofile(os.getenv('PP_CONFIG'))
local result = {}
local function finish()
  local f = io.open(os.getenv('PP_OUT'), 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end
local function diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(out, { line = d.lnum, col = d.col, code = code, message = d.message, source = d.source, severity = d.severity })
  end
  return out
end
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('PP_FILE')))
  local buf = vim.api.nvim_get_current_buf()
  result.attached = vim.wait(20000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20)
  result.opened = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  result.diagnostics = diagnostics(buf)
  local client = vim.lsp.buf_get_clients(buf)[next(vim.lsp.buf_get_clients(buf))]
  result.client = client and client.name
  -- Hover on the key of line 9 ("  published: ..."), as K would.
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 8, character = 4 } }, 20000)
  for _, answer in pairs(hover or {}) do
    if answer.result then result.hover = answer.result.contents.value end
  end
  -- An edit: a line with an unknown key at the end of the file, sent as an incremental change.
  local before = #result.diagnostics
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { 'unbekannt: 1' })
  result.edited = vim.wait(20000, function() return #vim.diagnostic.get(buf) > before end, 20)
  result.afterEdit = diagnostics(buf)
  result.lineCount = vim.api.nvim_buf_line_count(buf)
end)
if not ok then result.error = tostring(err) end
finish()
`;

/** Neovim keeps diagnostics in its own order: compare by place, then rule. */
function sorted<T extends { line: number; col: number; code?: unknown }>(diagnostics: T[]): T[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.col - b.col || String(a.code).localeCompare(String(b.code)),
  );
}

function nvimAvailable(): boolean {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('the language server in Neovim (an LSP client that is not VS Code)', function () {
  this.timeout(90000);
  let dir: string;

  before(() => {
    // Never skipped: a test that skips where its tool is missing passes on exactly the machines that do not
    // run it. `npm test` installs Neovim (scripts/run-tests.mjs); run on its own, this says how.
    if (!nvimAvailable())
      throw new Error(
        'nvim is not installed: run npm test, which installs it as root, or: sudo apt-get install neovim',
      );
  });

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-nvim-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the documented configuration: diagnostics on open, hover, and diagnostics after an edit', async () => {
    // The documented command, privacy-policy-language-server, as `npm link` would put it on the PATH.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const shim = path.join(bin, 'privacy-policy-language-server');
    fs.writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${serverBundle}" "$@"\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'config.lua'), documentedNeovimConfig());
    fs.writeFileSync(path.join(dir, 'driver.lua'), driver);
    const policy = path.join(dir, 'help-desk.policy.yaml');
    fs.copyFileSync(path.join(examplesDir, 'help-desk-migration.policy.yaml'), policy);
    const out = path.join(dir, 'out.json');

    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('nvim', ['--headless', '-i', 'NONE', '-n', '-u', path.join(dir, 'driver.lua')], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          PATH: `${bin}${path.delimiter}${process.env.PATH}`,
          PP_CONFIG: path.join(dir, 'config.lua'),
          PP_FILE: policy,
          PP_OUT: out,
          XDG_CONFIG_HOME: path.join(dir, 'config'),
          XDG_DATA_HOME: path.join(dir, 'data'),
          XDG_STATE_HOME: path.join(dir, 'state'),
          XDG_CACHE_HOME: path.join(dir, 'cache'),
        },
      });
      const killer = setTimeout(() => child.kill('SIGKILL'), 80000);
      child.on('error', reject);
      child.on('exit', (exitCode) => {
        clearTimeout(killer);
        resolve(exitCode);
      });
    });
    assert.strictEqual(code, 0, 'nvim exits cleanly');
    const seen = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.strictEqual(seen.error, undefined, seen.error);
    assert.strictEqual(seen.attached, true, 'the server attached to the buffer');
    assert.strictEqual(seen.client, 'privacy-policy');

    // The diagnostics Neovim shows are the service's, in German (init_options.locale = 'de').
    const service = createLanguageService({ locale: 'de' });
    const text = fs.readFileSync(policy, 'utf8');
    // Neovim counts columns in bytes of the line (UTF-8), LSP in UTF-16 code units: it converts, as it must.
    const expected = (source: string) => {
      const lines = source.split('\n');
      const byteColumn = (line: number, character: number) =>
        Buffer.byteLength(lines[line].slice(0, character), 'utf8');
      return sorted(
        service.validate(PolicyDocument.create('file:///x.policy.yaml', 'privacy-policy', 1, source)).map((d) => ({
          line: d.range.start.line,
          col: byteColumn(d.range.start.line, d.range.start.character),
          code: d.code,
          message: d.message,
          source: 'privacy-policy',
          severity: d.severity,
        })),
      );
    };
    assert.strictEqual(seen.opened, true, 'diagnostics arrived');
    assert.deepStrictEqual(sorted(seen.diagnostics), expected(text));

    assert.match(seen.hover, /\*\*published\*\*/);
    assert.match(seen.hover, /Veröffentlichung/);

    assert.strictEqual(seen.edited, true, 'the edit was checked');
    const afterEdit = expected(`${text}unbekannt: 1\n`);
    assert.ok(afterEdit.some((d) => d.code === 'unknown-key' && d.line === seen.lineCount - 1));
    assert.deepStrictEqual(sorted(seen.afterEdit), afterEdit);
  });
});
