import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LANGUAGE_ID } from '../../../shared/product';
import { message, type Locale, type Message } from '../service/l10n/messages';
import { buildPage, policyLanguages, renderPolicy } from '../service/render';
import { languages as languageChoices } from '../service/schema/vocabulary';
import { PolicyDocument } from '../service/text/policyDocument';
import { LARGE_DOCUMENT_CHARS } from '../service/languageService';
import type { RenderCommand } from './arguments';
import { counted } from './formats/text';
import { readPolicyText } from './lintFile';
import { displayPath, isPolicyFileName } from './policyFiles';
import { outputProblem, writeOutput } from './output';
import { createPolicyService } from './policyService';
import { repositoryRoot } from '../files/workspaceRoots';

/**
 * `render`: the page to publish, the same page the editor's "Export HTML" writes, as a whole HTML page, an
 * embeddable fragment or Markdown, in one of the languages the policy is published in. A policy with errors (after the repository's rule configuration and the
 * file's suppression comments) or with gaps on its page is not written as final: exit 1 and nothing written,
 * unless `--draft` asks for a page marked as a draft. Exit 2 when nothing could be read or written.
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
  const errors = service
    .validate(document)
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length;
  const { published } = policyLanguages(analysis.model);
  const language = command.language ?? published[0];
  if (!published.includes(language) && !command.draft) {
    const name = (code: string) => languageChoices.find((choice) => choice.value === code)!.label;
    fail(
      message('cli.render.notPublishedIn', {
        path: displayPath(file, cwd),
        language: name(language),
        languages: published.join(', '),
      }),
    );
    return 1;
  }
  const gaps = buildPage(analysis, service.library, language).gaps.length;
  const counts = {
    path: displayPath(file, cwd),
    errors: counted(locale, 'errors', errors),
    gaps: counted(locale, 'gaps', gaps),
  };
  const final = errors === 0 && gaps === 0 && published.includes(language);
  if (!final && !command.draft) {
    fail(message('cli.render.notFinal', counts));
    return 1;
  }
  const output = renderPolicy(analysis, {
    format: command.format,
    mode: final ? 'publish' : 'draft',
    library: service.library,
    language,
  });
  if (!(await writeOutput(command.output, output, cwd, writeStdout, fail))) return 2;
  if (!final) fail(message('cli.render.draft', counts));
  return 0;
}
