/**
 * The command line: `privacy-policy lint` checks policy files as the editor does (for CI and pre-commit
 * hooks), `privacy-policy render` writes the HTML the preview shows. Bundled to server/out/cli.js; the
 * same file runs the worker threads that check many files at once.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parentPort, workerData } from 'worker_threads';
import { PRODUCT_VERSION as version } from '../../../shared/product';
import { localize, message, type Locale, type Message } from '../service/l10n/messages';
import { parseArguments, UsageError, type LintCommand } from './arguments';
import { localeFrom, useColor } from './environment';
import { formatReport } from './formats';
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
  writeStdout(text: string): void;
  writeStderr(text: string): void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = localeFrom(undefined, io.env);
  const fail = (detail: Message) => io.writeStderr(`privacy-policy: ${localize(locale, detail)}\n`);
  try {
    const command = parseArguments(argv);
    locale = localeFrom(command.locale, io.env);
    switch (command.command) {
      case 'help':
        io.writeStdout(localize(locale, message('cli.help', { version })) + '\n');
        return 0;
      case 'version':
        io.writeStdout(`privacy-policy ${version}\n`);
        return 0;
      case 'lint':
        return await lint(command, locale, io, fail);
      case 'render':
        return await renderCommand(command, locale, io.cwd, (text) => io.writeStdout(text), fail);
      case 'diff': {
        const color = command.output === undefined && useColor(command.color, io.env, io.stdoutIsTerminal);
        return await diffCommand(command, locale, io.cwd, color, (text) => write(command.output, text, io, fail), fail);
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(error.detail);
    io.writeStderr(localize(locale, message('cli.seeHelp')) + '\n');
    return 2;
  }
}

async function lint(command: LintCommand, locale: Locale, io: CliIo, fail: (detail: Message) => void): Promise<number> {
  const inputs = await resolveInputs(command.inputs, io.cwd);
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
  const files = [...ruleConfigReports(ruleConfigs, locale), ...policies];
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
  if (!(await write(command.output, text, io, fail))) return 2;

  const totals = totalsOf(report);
  if (command.maxWarnings !== undefined && totals.warnings > command.maxWarnings) {
    fail(message('cli.summary.tooManyWarnings', { count: totals.warnings, max: command.maxWarnings }));
  }
  return exitCodeOf(totals, command.maxWarnings);
}

async function write(
  output: string | undefined,
  text: string,
  io: CliIo,
  fail: (detail: Message) => void,
): Promise<boolean> {
  if (output === undefined) {
    io.writeStdout(text);
    return true;
  }
  try {
    await fs.writeFile(path.resolve(io.cwd, output), text, 'utf8');
    return true;
  } catch (error) {
    fail(message('cli.output.unwritable', { path: output, detail: (error as Error).message }));
    return false;
  }
}

if (!runLintWorker(workerData, parentPort) && require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, not the run or its exit code.
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && !stdoutClosed) throw error;
    stdoutClosed = true;
  });
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    writeStdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
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
