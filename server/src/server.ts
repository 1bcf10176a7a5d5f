/**
 * The language server's entry point: `privacy-policy-language-server --stdio` (or `--node-ipc`, `--socket=N`,
 * `--pipe=NAME`) from any editor. Everything else is in lsp/ (the wiring) and service/ (the language).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { PRODUCT_VERSION, SERVER_NAME } from '../../shared/product';
import { startLanguageServer } from './lsp/languageServer';

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe=', '--clientProcessId='];

function usage(): string {
  return [
    `${SERVER_NAME} ${PRODUCT_VERSION}: the language server for privacy policies (*.policy.yaml).`,
    '',
    `Usage: ${SERVER_NAME} --stdio          speak LSP over standard input and output (what editors start)`,
    `       ${SERVER_NAME} --node-ipc       over Node IPC (VS Code starts it so)`,
    `       ${SERVER_NAME} --socket=PORT    over a TCP socket`,
    `       ${SERVER_NAME} --version`,
    '',
    'To check files from the command line, use `privacy-policy lint`.',
  ].join('\n');
}

function main(args: readonly string[]): void {
  if (args.includes('--version')) {
    process.stdout.write(`${SERVER_NAME} ${PRODUCT_VERSION}\n`);
    return;
  }
  const help = args.includes('--help') || args.includes('-h');
  if (
    help ||
    !args.some((arg) =>
      transports.some((transport) => arg === transport || (transport.endsWith('=') && arg.startsWith(transport))),
    )
  ) {
    // Started by hand: say how to start it rather than wait for a connection that never comes.
    (help ? process.stdout : process.stderr).write(usage() + '\n');
    process.exitCode = help ? 0 : 2;
    return;
  }
  // A bug must cost one answer, not the server: log it and keep serving.
  process.on('uncaughtException', (error) => console.error(`uncaught: ${error.stack ?? String(error)}`));
  process.on('unhandledRejection', (reason) => console.error(`unhandled rejection: ${String(reason)}`));
  startLanguageServer(createConnection(ProposedFeatures.all));
}

main(process.argv.slice(2));
