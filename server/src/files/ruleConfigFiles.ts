import * as path from 'path';
import { message, type Message } from '../service/l10n/messages';
import { parseRuleConfig, RULE_CONFIG_FILE, type RuleConfig } from '../service/config/ruleConfig';
import { isInside, readRegularFile, type Refusal } from './regularFile';

/**
 * A configuration lists a severity for some of about seventy rules: a few KiB. Anything much larger is not one,
 * and is refused before it is read.
 */
export const MAX_RULE_CONFIG_BYTES = 64 * 1024;

/** A configuration file's text, or why it was not read (a message that never quotes the file). */
export type RuleConfigRead = { readonly text: string } | { readonly refused: Message };

/** Reads `.privacy-policy.json` as a regular file of at most MAX_RULE_CONFIG_BYTES inside `root`. */
export function readRuleConfigFile(file: string, root: string): RuleConfigRead | undefined {
  const read = readRegularFile(file, { maxBytes: MAX_RULE_CONFIG_BYTES, root });
  if ('missing' in read) return undefined;
  if ('refused' in read) return { refused: refusalMessage(read.refused) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(read.bytes) };
  } catch {
    return { refused: message('config.refused.notText') };
  }
}

function refusalMessage(refusal: Refusal): Message {
  switch (refusal.reason) {
    case 'notRegular':
      return message('config.refused.notRegular');
    case 'outside':
      return message('config.refused.outside');
    case 'tooLarge':
      return message('config.refused.tooLarge', { max: Math.floor(refusal.maxBytes / 1024) });
    case 'unreadable':
      return message('config.refused.unreadable', { code: refusal.code });
  }
}

/**
 * Finds the rule configuration that applies to files in `startDir`: the nearest `.privacy-policy.json` in that
 * folder or a folder above it, up to and including `root` (the workspace) and never above it. Nothing is found
 * for a folder outside `root`. The nearest file counts even when it is refused: it is reported, not skipped.
 */
export function findRuleConfig(
  startDir: string,
  root: string,
  readFile: (file: string, root: string) => RuleConfigRead | undefined = readRuleConfigFile,
): { path: string; read: RuleConfigRead } | undefined {
  const top = path.resolve(root);
  let dir = path.resolve(startDir);
  if (!isInside(top, dir)) return undefined;
  for (;;) {
    const file = path.join(dir, RULE_CONFIG_FILE);
    const read = readFile(file, top);
    if (read !== undefined) return { path: file, read };
    if (dir === top) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `findRuleConfig` and `parseRuleConfig` together; a refused file is a configuration with one problem. */
export function loadRuleConfig(
  startDir: string,
  root: string,
  readFile?: (file: string, root: string) => RuleConfigRead | undefined,
): { path: string; text: string; config: RuleConfig } | undefined {
  const found = findRuleConfig(startDir, root, readFile);
  return found && { path: found.path, ...configOf(found.read) };
}

/** What a read configuration file says: its rules and problems, or the one problem of not being read. */
export function configOf(read: RuleConfigRead): { text: string; config: RuleConfig } {
  if ('text' in read) return { text: read.text, config: parseRuleConfig(read.text) };
  return { text: '', config: { rules: {}, problems: [{ span: { start: 0, end: 0 }, message: read.refused }] } };
}
