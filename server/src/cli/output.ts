import { promises as fs, statSync } from 'fs';
import * as path from 'path';
import { RULE_CONFIG_FILE } from '../service/config/ruleConfig';
import { message, type Message } from '../service/l10n/messages';
import { isPolicyFileName } from './policyFiles';

/**
 * Why a report or page must not be written to `output`, if it must not: never over a policy or a rule
 * configuration (by name: `lint *.policy.yaml` with a file named `-oprod.policy.yaml` reads as `-o
 * prod.policy.yaml`), and never over a file being read, whatever it is called (a link or a second name of it).
 */
export function outputProblem(output: string, inputs: readonly string[], cwd: string): Message | undefined {
  const target = path.resolve(cwd, output);
  const name = path.basename(target);
  if (isPolicyFileName(name) || name.toLowerCase() === RULE_CONFIG_FILE)
    return message('cli.output.isPolicy', { path: output });
  const written = identity(target);
  if (!written) return undefined;
  for (const input of inputs) {
    const read = identity(path.resolve(cwd, input));
    if (read && read.dev === written.dev && read.ino === written.ino)
      return message('cli.output.isInput', { path: output });
  }
  return undefined;
}

/** Device and inode after every link; undefined for a file that does not exist (yet). */
function identity(file: string): { dev: number; ino: number } | undefined {
  try {
    const stat = statSync(file);
    // Inode numbers are 0 on some Windows file systems: compare paths there instead.
    return stat.ino === 0 ? undefined : { dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

/** A write to the standard output failed (a full disk, `> /dev/full`): the report is lost. */
export class StdoutError extends Error {
  constructor(readonly code: string) {
    super(`standard output: ${code}`);
  }
}

/** Writes a report or page to the standard output or to `output`; false (said through `fail`) when it cannot. */
export async function writeOutput(
  output: string | undefined,
  text: string,
  cwd: string,
  writeStdout: (text: string) => Promise<void>,
  fail: (detail: Message) => void,
): Promise<boolean> {
  if (output === undefined) {
    try {
      await writeStdout(text);
      return true;
    } catch (error) {
      if (!(error instanceof StdoutError)) throw error;
      fail(message('cli.output.stdoutFailed', { detail: error.code }));
      return false;
    }
  }
  try {
    await fs.writeFile(path.resolve(cwd, output), text, 'utf8');
    return true;
  } catch (error) {
    fail(message('cli.output.unwritable', { path: output, detail: (error as Error).message }));
    return false;
  }
}
