/**
 * The command line: `privacy-policy lint` checks policy files as the editor does (for CI and pre-commit
 * hooks), `privacy-policy render` writes the HTML the preview shows. Bundled to server/out/cli.js; the
 * same file runs the worker threads that check many files at once.
 */
import * as path from 'path';
import { parentPort, workerData } from 'worker_threads';
import { PRODUCT_VERSION as version } from '../../../shared/product';
import { localize, message, type Locale, type Message } from '../service/l10n/messages';
import { parseArguments, UsageError, type LintCommand } from './arguments';
import { localeFrom, useColor } from './environment';
import { formatReport } from './formats';
import { escapeControls } from './formats/text';
import { outputProblem, StdoutError, writeOutput } from './output';
import { lintFiles, runLintWorker } from './lintFiles';
import { resolveInputs } from './policyFiles';
import { ruleConfigReports } from './policyService';
import { renderCommand } from './render';
import { diffCommand } from './diff';
import { previousVersionsFor } from './previousVersions';
import { exitCodeOf, totalsOf, type LintReport } from './report';

/** What the CLI touches of the outside world, so tests and callers can run it in-process too. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTerminal: boolean;
  /** Resolves once written; rejects with StdoutError when the output cannot be written (not when a pipe closed). */
  writeStdout(text: string): Promise<void>;
  writeStderr(text: string): void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = localeFrom(undefined, io.env);
  // Messages name files, and file names may hold anything: one line, no control characters.
  const fail = (detail: Message) => io.writeStderr(`privacy-policy: ${escapeControls(localize(locale, detail))}\n`);
  try {
    const command = parseArguments(argv);
    locale = localeFrom(command.locale, io.env);
    switch (command.command) {
      case 'help':
        await io.writeStdout(localize(locale, message('cli.help', { version })) + '\n');
        return 0;
      case 'version':
        await io.writeStdout(`privacy-policy ${version}\n`);
        return 0;
      case 'lint':
        return await lint(command, locale, io, fail);
      case 'render':
        return await renderCommand(command, locale, io.cwd, (text) => io.writeStdout(text), fail);
      case 'diff': {
        const inputs = [command.file, ...(command.oldIsBase ? [] : [command.old])].map((file) =>
          path.resolve(io.cwd, file),
        );
        const refused = command.output === undefined ? undefined : outputProblem(command.output, inputs, io.cwd);
        if (refused) {
          fail(refused);
          return 2;
        }
        const color = command.output === undefined && useColor(command.color, io.env, io.stdoutIsTerminal);
        const write = (text: string) =>
          writeOutput(command.output, text, io.cwd, (chunk) => io.writeStdout(chunk), fail);
        return await diffCommand(command, locale, io.cwd, color, write, fail);
      }
    }
  } catch (error) {
    if (error instanceof StdoutError) {
      fail(message('cli.output.stdoutFailed', { detail: error.code }));
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    fail(error.detail);
    io.writeStderr(localize(locale, message('cli.seeHelp')) + '\n');
    return 2;
  }
}

async function lint(command: LintCommand, locale: Locale, io: CliIo, fail: (detail: Message) => void): Promise<number> {
  const inputs = await resolveInputs(command.inputs, io.cwd);
  const refused = command.output === undefined ? undefined : outputProblem(command.output, inputs.files, io.cwd);
  if (refused) {
    fail(refused);
    return 2;
  }
  // With --base, each policy's previous version is read first (from git or a file), for the checks across versions.
  const base = command.base === undefined ? undefined : await previousVersionsFor(inputs.files, command.base, io.cwd);
  const policies = await lintFiles(inputs.files, {
    locale,
    cwd: io.cwd,
    jobs: command.jobs,
    workerScript: __filename,
    previous: base?.versions,
  });
  const ruleConfigs = [...new Set(policies.flatMap((policy) => (policy.ruleConfig ? [policy.ruleConfig] : [])))];
  const files = [...ruleConfigReports(ruleConfigs, locale, io.cwd), ...policies];
  const report: LintReport = {
    cwd: io.cwd,
    locale,
    version,
    files,
    inputProblems: [...inputs.problems, ...(base?.problems ?? [])],
  };
  // What could not be checked goes to stderr in every format, so a machine-readable stdout stays parseable.
  for (const problem of inputs.problems) fail(problem);
  for (const problem of base?.problems ?? []) fail(problem);
  for (const file of files) if (file.problem) fail(file.problem);

  const color = command.output === undefined && useColor(command.color, io.env, io.stdoutIsTerminal);
  const text = formatReport(report, command.format, color);
  if (!(await writeOutput(command.output, text, io.cwd, (chunk) => io.writeStdout(chunk), fail))) return 2;

  const totals = totalsOf(report);
  if (command.maxWarnings !== undefined && totals.warnings > command.maxWarnings) {
    fail(message('cli.summary.tooManyWarnings', { count: totals.warnings, max: command.maxWarnings }));
  }
  return exitCodeOf(totals, command.maxWarnings);
}

if (!runLintWorker(workerData, parentPort) && require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, not the run or its exit code.
  // Any other write error (a full disk, `> /dev/full`) loses the report: writeStdout rejects, and the exit code is 2.
  let stdoutClosed = false;
  process.stdout.on('error', () => (stdoutClosed = true));
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    writeStdout: (text) =>
      new Promise((resolve, reject) => {
        if (stdoutClosed) return resolve();
        process.stdout.write(text, (error?: NodeJS.ErrnoException | null) => {
          if (!error) return resolve();
          stdoutClosed = true;
          if (error.code === 'EPIPE') resolve();
          else reject(new StdoutError(error.code ?? error.message));
        });
      }),
    writeStderr: (text) => process.stderr.write(text),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(
        `privacy-policy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
