import * as path from 'path';
import { pathToFileURL } from 'url';
import { PolicyDocument } from '../service/text/policyDocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { message, type Locale, type Message } from '../service/l10n/messages';
import { LARGE_DOCUMENT_CHARS } from '../service/languageService';
import { renderPolicyHtml } from '../service/render';
import type { RenderCommand } from './arguments';
import { counted } from './formats/text';
import { readPolicyText } from './lintFile';
import { displayPath, isPolicyFileName } from './policyFiles';
import { outputProblem, writeOutput } from './output';
import { createPolicyService } from './policyService';
import { LANGUAGE_ID } from '../../../shared/product';
import { repositoryRoot } from '../files/workspaceRoots';

/**
 * `render`: the publishable page of one policy, the same page the preview's "Export HTML" writes
 * (`renderPolicyHtml` in standalone mode: no script, a strict CSP, the preview's body). Exit code 0 when
 * written; 1 when written but the policy has errors (after the repository's rule configuration and the
 * file's suppression comments), so a publishing job stops; 2 when nothing could be written.
 */
export async function renderCommand(
  command: RenderCommand,
  locale: Locale,
  cwd: string,
  writeStdout: (text: string) => Promise<void>,
  fail: (detail: Message) => void,
): Promise<0 | 1 | 2> {
  const file = path.resolve(cwd, command.input);
  if (!isPolicyFileName(file)) {
    fail(message('cli.input.notPolicy', { path: command.input }));
    return 2;
  }
  const refused = command.output === undefined ? undefined : outputProblem(command.output, [file], cwd);
  if (refused) {
    fail(refused);
    return 2;
  }
  const read = readPolicyText(file, command.input, repositoryRoot(cwd));
  if ('problem' in read) {
    fail(read.problem);
    return 2;
  }
  const { service } = createPolicyService(locale, cwd);
  const document = PolicyDocument.create(pathToFileURL(file).href, LANGUAGE_ID, 1, read.text);
  const analysis = service.analyze(document);
  // An empty page would claim the policy lacks everything.
  if (analysis.tooLarge) {
    fail(message('cli.render.tooLarge', { path: command.input, limit: LARGE_DOCUMENT_CHARS / (1024 * 1024) }));
    return 2;
  }
  const html = renderPolicyHtml(analysis, { mode: 'standalone', library: service.library });
  if (!(await writeOutput(command.output, html, cwd, writeStdout, fail))) return 2;
  const errors = service
    .validate(document)
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length;
  if (errors === 0) return 0;
  fail(
    message('cli.render.policyHasErrors', { path: displayPath(file, cwd), errors: counted(locale, 'errors', errors) }),
  );
  return 1;
}
