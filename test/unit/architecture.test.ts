import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../support/paths';

const depcruise = path.join(repoRoot, 'node_modules', '.bin', 'depcruise');
const config = path.join(repoRoot, '.dependency-cruiser.cjs');

/** Runs the floor check on a tree of files; returns its exit code and report. */
function cruise(cwd: string, folders: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(depcruise, [...folders, '--config', config], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A small tree laid out like the product's, with the given files, in a fresh folder. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'floors-'));
  fs.writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true } }),
  );
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('the floors of the code', function () {
  this.timeout(60_000);

  it('hold on the product as it is', () => {
    const result = cruise(repoRoot, ['server/src', 'client/src', 'shared', 'media/src']);
    assert.strictEqual(result.status, 0, result.output);
  });

  it('refuse an import that runs up a floor, and accept the same import downward', () => {
    const upward = tree({
      'server/src/service/text/lines.ts':
        "import { complete } from '../features/completion';\nexport const lines = complete;\n",
      'server/src/service/features/completion.ts': 'export const complete = 1;\n',
    });
    const refused = cruise(upward, ['server/src']);
    assert.notStrictEqual(refused.status, 0);
    assert.match(
      refused.output,
      /floor-text: server\/src\/service\/text\/lines\.ts → server\/src\/service\/features\/completion\.ts/,
    );

    const downward = tree({
      'server/src/service/features/completion.ts':
        "import { lines } from '../text/lines';\nexport const complete = lines;\n",
      'server/src/service/text/lines.ts': 'export const lines = 1;\n',
    });
    const accepted = cruise(downward, ['server/src']);
    assert.strictEqual(accepted.status, 0, accepted.output);
  });

  it('refuse imports between rooms of one floor, from the service to transport, and from the client to the server', () => {
    const root = tree({
      'server/src/service/render/page.ts': "import { hover } from '../features/hover';\nexport const page = hover;\n",
      'server/src/service/features/hover.ts': "import * as fs from 'fs';\nexport const hover = fs;\n",
      'client/src/extension.ts':
        "import { page } from '../../server/src/service/render/page';\nexport const x = page;\n",
    });
    const result = cruise(root, ['server/src', 'client/src']);
    assert.notStrictEqual(result.status, 0);
    assert.match(result.output, /floor-features-sibling: server\/src\/service\/render\/page\.ts/);
    assert.match(result.output, /service-without-transport: server\/src\/service\/features\/hover\.ts → fs/);
    assert.match(result.output, /client-only-shared: client\/src\/extension\.ts/);
  });
});
