// Bundles the extension client, the language server, the command line and the preview's webview script with
// esbuild: self-contained files that the packaged extension and the npm binaries run. Type checking is `tsc -b` (see package.json).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions[]} */
const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
  // The preview webview's script (type-checked by media/tsconfig.json, below).
  {
    entryPoints: ['media/src/preview.ts'],
    outfile: 'media/out/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  // ES modules bundled into CommonJS lose import.meta.url (fdir, under tinyglobby, needs it): give it the bundle's own.
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
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

if (!watch) {
  // The webview script runs in a browser, so it is type-checked on its own, with the DOM library.
  const { execFileSync } = await import('node:child_process');
  const { createRequire } = await import('node:module');
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'media'], {
    stdio: 'inherit',
  });
}

if (watch) {
  for (const bundle of bundles) await (await esbuild.context({ ...common, ...bundle })).watch();
  console.log('esbuild: watching');
} else {
  const started = Date.now();
  await Promise.all(bundles.map((bundle) => esbuild.build({ ...common, ...bundle })));
  // The two bins (package.json "bin") must be executable for npx and for editors that start the server directly.
  const { chmodSync } = await import('node:fs');
  for (const bundle of bundles) if (bundle.banner?.js.startsWith('#!')) chmodSync(bundle.outfile, 0o755);
  console.log(`esbuild: ${bundles.map((b) => b.outfile).join(', ')} in ${Date.now() - started} ms`);
}
