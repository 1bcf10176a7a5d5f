// Bundles the extension client and the language server with esbuild: two self-contained files that the
// packaged extension and the npm binary run. Type checking is `tsc -b` (see package.json).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions[]} */
const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

if (watch) {
  for (const bundle of bundles) await (await esbuild.context({ ...common, ...bundle })).watch();
  console.log('esbuild: watching');
} else {
  const started = Date.now();
  await Promise.all(bundles.map((bundle) => esbuild.build({ ...common, ...bundle })));
  console.log(`esbuild: ${bundles.map((b) => b.outfile).join(', ')} in ${Date.now() - started} ms`);
}
