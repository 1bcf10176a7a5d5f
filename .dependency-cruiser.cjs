// The floors of the code, lowest first: a module may import from its own floor's folder and from floors below,
// never from above and never from a sibling on the same floor. `npm run check:deps` (part of `npm test`) holds
// the code to this; docs/architecture.md says what each floor is for.
const floors = [
  ['text', ['server/src/service/text']],
  ['l10n', ['server/src/service/l10n']],
  ['syntax', ['server/src/service/syntax']],
  ['schema', ['server/src/service/schema']],
  ['model', ['server/src/service/model']],
  ['clauses', ['server/src/service/clauses']],
  ['rules', ['server/src/service/rules']],
  ['versions', ['server/src/service/versions']],
  ['config', ['server/src/service/config']],
  ['features', ['server/src/service/render', 'server/src/service/features']],
  ['service', ['server/src/service/languageService\\.ts']],
  ['files', ['server/src/files']],
  ['adapters', ['server/src/lsp', 'server/src/cli']],
  ['entry', ['server/src/server\\.ts']],
];

const pattern = (paths) => `^(?:${paths.join('|')})(?:/|$)`;

const forbidden = [];
floors.forEach(([name, paths], index) => {
  const above = floors.slice(index + 1).flatMap(([, higher]) => higher);
  if (above.length) {
    forbidden.push({
      name: `floor-${name}`,
      comment: `The ${name} floor imports only from floors below it (see docs/architecture.md).`,
      severity: 'error',
      from: { path: pattern(paths) },
      to: { path: pattern(above) },
    });
  }
  // Rooms on one floor stand beside each other: neither imports the other.
  for (const room of paths) {
    const siblings = paths.filter((other) => other !== room);
    if (!siblings.length) continue;
    forbidden.push({
      name: `floor-${name}-sibling`,
      comment: `${room} and the other rooms of the ${name} floor do not import each other.`,
      severity: 'error',
      from: { path: pattern([room]) },
      to: { path: pattern(siblings) },
    });
  }
});

forbidden.push(
  {
    name: 'service-without-transport',
    comment: 'The language service knows nothing of LSP transport, VS Code, the file system or processes.',
    severity: 'error',
    from: { path: '^server/src/service/' },
    to: {
      path: '^(?:vscode|vscode-languageserver|vscode-languageclient|fs|child_process|worker_threads|net|http|https)$',
      dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-no-pkg', 'npm-unknown', 'unknown'],
    },
  },
  {
    name: 'service-without-transport-packages',
    comment: 'The language service knows nothing of LSP transport or VS Code.',
    severity: 'error',
    from: { path: '^server/src/service/' },
    to: { path: '(?:^|/)node_modules/(?:vscode-languageserver|vscode-languageclient|vscode)/' },
  },
  {
    name: 'client-only-shared',
    comment: 'The VS Code client speaks to the server through shared/ only (protocol, product facts).',
    severity: 'error',
    from: { path: '^(?:client|media)/' },
    to: { path: '^server/' },
  },
  {
    name: 'shared-stands-alone',
    comment: 'shared/ is what client and server both read; it imports neither.',
    severity: 'error',
    from: { path: '^shared/' },
    to: { path: '^(?:client|server|media)/' },
  },
  {
    name: 'product-code-not-from-tests-or-scripts',
    comment: 'Shipped code never imports tests or build scripts.',
    severity: 'error',
    from: { path: '^(?:server|client|shared|media)/' },
    to: { path: '^(?:test|scripts)/' },
  },
  {
    name: 'no-circular',
    comment: 'No import cycles, not even inside one folder.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(?:^|/)out/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
