import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readFileAtRevision } from '../../../server/src/files/gitRevisions';
import { loadPreviousVersion } from '../../../server/src/files/previousVersions';
import { localize } from '../../../server/src/service/l10n/messages';
import {
  gitIn,
  historyRepository,
  POLICY_FILE,
  version1,
  version2,
  version4,
  version5,
  version6,
} from '../../support/policyHistory';

/** Every file under a folder with a hash of its content and its modification time: what "unchanged" means. */
function fingerprint(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const hash = crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
      return `${path.relative(dir, file)} ${hash} ${fs.statSync(file).mtimeMs}`;
    })
    .sort();
}

async function textAt(file: string, revision: string): Promise<string> {
  const read = await readFileAtRevision(file, revision);
  assert.ok('text' in read, `${revision}: ${JSON.stringify(read)}`);
  return read.text;
}

describe('versions: reading a file in a git revision (isomorphic-git)', function () {
  this.timeout(30_000);
  let repo: { root: string; file: string };
  before(() => {
    // The policy in a subfolder, so paths in commits are relative to the repository, not to the file.
    repo = historyRepository(undefined, 'recht');
  });
  after(() => fs.rmSync(repo.root, { recursive: true, force: true }));

  it('reads HEAD, a branch, annotated tags, ancestry (~ and ^), a full and an abbreviated commit id', async () => {
    assert.strictEqual(await textAt(repo.file, 'HEAD'), version6);
    assert.strictEqual(await textAt(repo.file, 'main'), version6);
    assert.strictEqual(await textAt(repo.file, 'v1.1'), version2);
    assert.strictEqual(await textAt(repo.file, 'HEAD~1'), version5);
    assert.strictEqual(await textAt(repo.file, 'HEAD^^'), version4);
    assert.strictEqual(await textAt(repo.file, 'v1.1~1'), version1);
    const first = gitIn(repo.root, 'rev-list', '--max-parents=0', 'HEAD').trim();
    assert.strictEqual(await textAt(repo.file, first), version1);
    assert.strictEqual(await textAt(repo.file, first.slice(0, 7)), version1);
  });

  it('reads a remote-tracking branch such as origin/main in a pull request', async () => {
    gitIn(repo.root, 'update-ref', 'refs/remotes/origin/main', 'v2.1');
    assert.strictEqual(await textAt(repo.file, 'origin/main'), version4);
  });

  it('reads a linked worktree (".git" is a file) through the common git directory, with its own HEAD', async () => {
    const worktree = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-worktree-')));
    fs.rmSync(worktree, { recursive: true });
    gitIn(repo.root, 'worktree', 'add', '-q', '--detach', worktree, 'v2.0');
    try {
      assert.ok(fs.statSync(path.join(worktree, '.git')).isFile());
      const file = path.join(worktree, 'recht', POLICY_FILE);
      assert.strictEqual(await textAt(file, 'HEAD~2'), version1);
      assert.strictEqual(await textAt(file, 'v2.2'), version5);
    } finally {
      gitIn(repo.root, 'worktree', 'remove', '--force', worktree);
    }
  });

  it('tells a file that did not exist in a revision, an unknown revision and a folder outside any repository apart', async () => {
    assert.deepStrictEqual(await readFileAtRevision(path.join(path.dirname(repo.file), 'neu.policy.yaml'), 'HEAD'), {
      missing: true,
    });
    const unknown = await readFileAtRevision(repo.file, 'v9.9');
    assert.ok('problem' in unknown);
    assert.strictEqual(
      localize('de', unknown.problem),
      '„v9.9“ ist keine Revision des Repositorys (ein Branch, ein Tag, ein Commit oder HEAD~1).',
    );
    assert.ok('problem' in (await readFileAtRevision(repo.file, 'HEAD~99')));
    // A revision is a name git would accept: never a path that leads out of the repository.
    for (const revision of ['../../../../etc/hostname', 'refs/../../config', '-c', '.git/HEAD', 'main.lock', 'a b']) {
      const read = await readFileAtRevision(repo.file, revision);
      assert.strictEqual('problem' in read && read.problem.key, 'git.unknownRevision', revision);
    }
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'no-repo-'));
    try {
      const read = await readFileAtRevision(path.join(outside, POLICY_FILE), 'HEAD');
      assert.ok('problem' in read && read.problem.key === 'git.notRepository');
    } finally {
      fs.rmSync(outside, { recursive: true });
    }
  });

  it('never changes the repository or the working tree, not even its index', async () => {
    fs.writeFileSync(repo.file, `${version6}# ein Entwurf, nicht gespeichert in git\n`);
    const before = fingerprint(repo.root);
    for (const revision of ['HEAD', 'v1.0', 'HEAD~3', 'origin/main', 'does-not-exist', 'HEAD~99'])
      await readFileAtRevision(repo.file, revision);
    assert.deepStrictEqual(fingerprint(repo.root), before);
    assert.strictEqual(gitIn(repo.root, 'status', '--porcelain'), ` M recht/${POLICY_FILE}\n`);
    fs.writeFileSync(repo.file, version6);
  });

  it('compareWith: none, a revision, or another policy file, and never a file of another kind or outside the roots', async () => {
    assert.deepStrictEqual(await loadPreviousVersion(repo.file, 'none'), { kind: 'none' });
    assert.deepStrictEqual(await loadPreviousVersion(repo.file, 'v1.0'), {
      kind: 'found',
      version: { text: version1, label: 'v1.0' },
    });
    const published = path.join(path.dirname(repo.file), 'veroeffentlicht.policy.yaml');
    fs.writeFileSync(published, version4);
    try {
      assert.deepStrictEqual(
        await loadPreviousVersion(repo.file, 'veroeffentlicht.policy.yaml', { roots: [repo.root] }),
        {
          kind: 'found',
          version: { text: version4, label: 'veroeffentlicht.policy.yaml' },
        },
      );
      const outside = await loadPreviousVersion(repo.file, 'veroeffentlicht.policy.yaml', {
        roots: [os.tmpdir() + '/elsewhere'],
      });
      assert.strictEqual(outside.kind === 'problem' && outside.problem.key, 'previous.outside');
      const notPolicy = await loadPreviousVersion(repo.file, '../../../../etc/hosts.yaml');
      assert.strictEqual(notPolicy.kind === 'problem' && notPolicy.problem.key, 'previous.notPolicy');
    } finally {
      fs.rmSync(published);
    }
  });

  it('reads objects from pack files, as a repository has them after git gc or a clone', async () => {
    gitIn(repo.root, 'gc', '-q', '--aggressive');
    assert.strictEqual(
      fs.readdirSync(path.join(repo.root, '.git', 'objects', 'pack')).some((f) => f.endsWith('.pack')),
      true,
    );
    assert.strictEqual(await textAt(repo.file, 'v1.1'), version2);
    assert.strictEqual(await textAt(repo.file, 'HEAD~1'), version5);
  });
});
