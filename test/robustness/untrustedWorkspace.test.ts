import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../support/paths';

/** Every TypeScript file under a folder. */
function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('untrusted workspaces', function () {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

  it('the extension declares that it works in untrusted workspaces', function () {
    assert.strictEqual(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  });

  it('no setting names a program, a path or a command to run', function () {
    const properties: Record<string, { type?: string | string[] }> =
      manifest.contributes?.configuration?.properties ?? {};
    assert.ok(Object.keys(properties).length > 0, 'the extension contributes settings');
    for (const name of Object.keys(properties)) {
      assert.ok(
        !/path|command|executable|program|binary|exec|node|shell/i.test(name),
        `${name} looks like a setting that names something to run`,
      );
    }
  });

  it('neither the client nor the server can start a process or evaluate code', function () {
    // The command line (server/src/cli, its own bundle server/out/cli.js) checks many files on worker threads;
    // it is not part of the extension as long as neither the client nor the server imports it.
    const cli = path.join(repoRoot, 'server', 'src', 'cli') + path.sep;
    const files = [
      ...sources(path.join(repoRoot, 'client', 'src')),
      ...sources(path.join(repoRoot, 'server', 'src')),
    ].filter((file) => !file.startsWith(cli));
    assert.ok(files.length > 10);
    for (const file of files) {
      assert.doesNotMatch(
        fs.readFileSync(file, 'utf8'),
        /from ['"][./]*(?:\/)?cli\//,
        `${path.relative(repoRoot, file)} imports the command line`,
      );
    }
    const forbidden =
      /\bfrom ['"](?:node:)?(?:child_process|vm|worker_threads|cluster)['"]|require\(['"](?:node:)?(?:child_process|vm|worker_threads|cluster)['"]\)|\beval\(|new Function\(/;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(!forbidden.test(text), `${path.relative(repoRoot, file)} starts processes or evaluates code`);
    }
  });

  it('the client starts the server bundled with the extension, not one from the workspace', function () {
    const client = fs.readFileSync(path.join(repoRoot, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(client, /context\.asAbsolutePath\(path\.join\('server', 'out', 'server\.js'\)\)/);
  });
});
