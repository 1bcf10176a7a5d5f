import * as path from 'path';

/** The repository root, from the compiled test files in out/test/... */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const examplesDir = path.join(repoRoot, 'examples');
export const serverBundle = path.join(repoRoot, 'server', 'out', 'server.js');
