/**
 * `diff`: what changed between two versions of a policy, as the change notice readers must be told (text for
 * people, Markdown for a pull-request comment or a file to edit before publishing, JSON for scripts), and
 * whether it needs notice: exit code 1 when it does (a new purpose, recipient, transfer, longer retention,
 * new data …), 0 when it does not, 2 when a version could not be read.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PRODUCT_VERSION, LANGUAGE_ID } from '../../../shared/product';
import { loadPreviousVersion } from '../files/previousVersions';
import { localize, message, type Locale, type Message } from '../service/l10n/messages';
import { LARGE_DOCUMENT_CHARS, type PreviousVersion } from '../service/languageService';
import { PolicyDocument } from '../service/text/policyDocument';
import { escapeInlineMarkdown, noticeLines, noticeMarkdown } from '../service/versions/noticeText';
import type { ChangeNotice } from '../service/versions/notice';
import type { Leaf } from '../service/versions/snapshot';
import { modelOfText } from '../service/versions/comparison';
import { checkDate } from '../service/text/dates';
import type { DiffCommand } from './arguments';
import { paint } from './formats/ansi';
import { oneLine } from './formats/text';
import { readPolicyText } from './lintFile';
import { displayPath, isPolicyFileName } from './policyFiles';
import { createPolicyService } from './policyService';
import { repositoryRoot } from '../files/workspaceRoots';

export async function diffCommand(
  command: DiffCommand,
  locale: Locale,
  cwd: string,
  color: boolean,
  write: (text: string) => Promise<boolean>,
  fail: (detail: Message) => void,
): Promise<0 | 1 | 2> {
  const file = path.resolve(cwd, command.file);
  for (const name of command.oldIsBase ? [command.file] : [command.old, command.file]) {
    if (!isPolicyFileName(name)) {
      fail(message('cli.input.notPolicy', { path: name }));
      return 2;
    }
  }
  const read = readPolicyText(file, command.file, repositoryRoot(cwd));
  if ('problem' in read) {
    fail(read.problem);
    return 2;
  }
  let previous: PreviousVersion;
  if (command.oldIsBase) {
    const lookup = await loadPreviousVersion(file, command.old);
    if (lookup.kind === 'problem') {
      fail(lookup.problem);
      return 2;
    }
    if (lookup.kind !== 'found') {
      // A policy added in this change: nothing to compare, and nothing readers were told before.
      const note = message('versions.newFile', { path: displayPath(file, cwd), base: command.old });
      if (command.format === 'json')
        return (await write(json({ file: displayPath(file, cwd), base: command.old, newFile: true }))) ? 0 : 2;
      return (await write(`${oneLine(localize(locale, note))}\n`)) ? 0 : 2;
    }
    previous = lookup.version;
  } else {
    const old = readPolicyText(path.resolve(cwd, command.old), command.old, repositoryRoot(cwd));
    if ('problem' in old) {
      fail(old.problem);
      return 2;
    }
    previous = { text: old.text, label: command.old };
  }

  const { service } = createPolicyService(locale, cwd);
  const document = PolicyDocument.create(pathToFileURL(file).href, LANGUAGE_ID, 1, read.text);
  if (read.text.length > LARGE_DOCUMENT_CHARS || previous.text.length > LARGE_DOCUMENT_CHARS) {
    fail(message('cli.diff.tooLarge', { limit: LARGE_DOCUMENT_CHARS / (1024 * 1024) }));
    return 2;
  }
  const comparison = service.compare(document, previous, {
    escape: command.format === 'markdown' || command.format === 'history' ? escapeInlineMarkdown : undefined,
  });
  const { notice } = comparison;
  const lineOf = (offset: number) => document.positionAt(offset).line + 1;
  let output: string;
  switch (command.format) {
    case 'markdown':
      output = noticeMarkdown(notice);
      break;
    case 'history':
      output = historyEntry(notice, read.text);
      break;
    case 'json':
      output = json({
        file: displayPath(file, cwd),
        base: previous.label,
        language: notice.language,
        needsNotice: notice.needsNotice,
        heading: notice.heading,
        effective: notice.effective ?? null,
        entries: notice.entries.map((entry) => ({
          kind: entry.kind,
          rank: entry.rank,
          needsNotice: entry.needsNotice,
          text: entry.text,
          line: entry.span ? lineOf(entry.span.start) : null,
        })),
        renames: notice.renames,
        changes: comparison.diff.changes.map((change) => ({
          section: change.section,
          kind: change.kind,
          key: change.key,
          ...(change.renamedFrom ? { renamedFrom: change.renamedFrom } : {}),
          fields: change.fields.map((field) => ({
            field: field.field,
            before: leafValue(field.before),
            after: leafValue(field.after),
            ...(field.added.length || field.removed.length ? { added: field.added, removed: field.removed } : {}),
          })),
        })),
        findings: comparison.findings.map((finding) => ({
          rule: finding.rule,
          message: localize(locale, finding.message),
          line: lineOf(finding.span.start),
          column: document.positionAt(finding.span.start).character + 1,
        })),
      });
      break;
    default: {
      const p = paint(color);
      const lines = noticeLines({ ...notice, entries: [] }).map((line, index) =>
        index === 0 ? p.bold(oneLine(line)) : oneLine(line),
      );
      lines.push('');
      for (const entry of notice.entries) {
        const where = entry.span
          ? ` ${p.dim(`(${localize(locale, message('versions.line', { line: lineOf(entry.span.start) }))})`)}`
          : '';
        const mark = entry.needsNotice ? p.yellow('!') : ' ';
        lines.push(`${mark} ${oneLine(entry.text)}${where}`);
      }
      if (!notice.entries.length) lines.push(oneLine(localize(notice.language, message('notice.nothing'))));
      if (notice.renames.length)
        lines.push(
          '',
          oneLine(
            localize(
              locale,
              message('versions.renamed', {
                renames: notice.renames.map((rename) => `${rename.from} → ${rename.to}`).join(', '),
              }),
            ),
          ),
        );
      if (comparison.findings.length) {
        lines.push('', oneLine(localize(locale, message('versions.checks', { base: previous.label }))));
        for (const finding of comparison.findings) {
          const position = document.positionAt(finding.span.start);
          lines.push(
            `  ${p.dim(`${position.line + 1}:${position.character + 1}`)}  ${oneLine(localize(locale, finding.message))}  ${p.dim(finding.rule)}`,
          );
        }
      }
      lines.push(
        '',
        notice.needsNotice
          ? p.yellow(p.bold(`⚠ ${localize(locale, message('versions.needsNotice'))}`))
          : p.green(`✔ ${localize(locale, message('versions.noNotice'))}`),
      );
      output = lines.join('\n') + '\n';
    }
  }
  if (!(await write(output))) return 2;
  return notice.needsNotice ? 1 : 0;
}

/**
 * An entry for the policy's `changeHistory` section, to paste under it (newest first): this version's label
 * and effective date, and the notice's entries as the block the page turns into a list.
 */
function historyEntry(notice: ChangeNotice, text: string): string {
  const meta = modelOfText(text).root.fields.policy?.fields;
  const version = meta?.version?.text.trim();
  const date = meta?.effective?.text.trim();
  const scalar = (value: string) => (checkDate(value).ok ? value : JSON.stringify(value));
  const lines = notice.entries.length
    ? notice.entries.map((entry) => `- ${entry.text}`)
    : [localize(notice.language, message('notice.nothing'))];
  return [
    `  - ${version ? `version: ${JSON.stringify(version)}\n    ` : ''}date: ${date ? scalar(date) : '""'}`,
    '    notice: |',
    ...lines.map((line) => `      ${line}`),
    '',
  ].join('\n');
}

/** A field's value for JSON: its text, its list, `none`, or null when the field is absent. */
function leafValue(leaf: Leaf | undefined): string | string[] | null {
  if (!leaf) return null;
  if (leaf.kind === 'text') return leaf.text;
  if (leaf.kind === 'none') return 'none';
  return leaf.items.map((item) => item.text);
}

function json(value: object): string {
  return JSON.stringify({ tool: { name: 'privacy-policy', version: PRODUCT_VERSION }, ...value }, null, 2) + '\n';
}
