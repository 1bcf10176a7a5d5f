import { promises as fs } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LANGUAGE_ID } from '../../../shared/product';
import { message, type Locale, type Message } from '../service/l10n/messages';
import { buildPage, policyLanguages, renderPolicy } from '../service/render';
import { languages as languageChoices } from '../service/schema/vocabulary';
import { PolicyDocument } from '../service/text/policyDocument';
import type { RenderCommand } from './arguments';
import { counted } from './formats/text';
import { readPolicyText } from './lintFile';
import { displayPath, isPolicyFileName } from './policyFiles';
import { createPolicyService } from './policyService';

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
  writeStdout: (text: string) => void,
  fail: (detail: Message) => void,
): Promise<0 | 1 | 2> {
  const file = path.resolve(cwd, command.input);
  if (!isPolicyFileName(file)) {
    fail(message('cli.input.notPolicy', { path: command.input }));
    return 2;
  }
  const read = readPolicyText(file, command.input);
  if ('problem' in read) {
    fail(read.problem);
    return 2;
  }
  const { service } = createPolicyService(locale);
  const document = PolicyDocument.create(pathToFileURL(file).href, LANGUAGE_ID, 1, read.text);
  const analysis = service.analyze(document);
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
  if (command.output === undefined) {
    writeStdout(output);
  } else {
    try {
      await fs.writeFile(path.resolve(cwd, command.output), output, 'utf8');
    } catch (error) {
      fail(message('cli.output.unwritable', { path: command.output, detail: (error as Error).message }));
      return 2;
    }
  }
  if (!final) fail(message('cli.render.draft', counts));
  return 0;
}
