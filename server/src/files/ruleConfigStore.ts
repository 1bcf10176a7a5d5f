import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { RULE_CONFIG_FILE, type RuleConfig, type Severities } from '../service/config/ruleConfig';
import { loadRuleConfig, type RuleConfigRead } from './ruleConfigFiles';

export interface LoadedRuleConfig {
  readonly uri: string;
  readonly text: string;
  readonly config: RuleConfig;
}

/**
 * The `.privacy-policy.json` that applies to each policy file, found by walking up from the file's folder to
 * the workspace root that `rootFor` names for it (a file outside every workspace has none). Lookups are
 * remembered per folder until a configuration file or the workspace changes (`clear`).
 */
export class RuleConfigStore {
  private readonly byDir = new Map<string, LoadedRuleConfig | null>();

  constructor(
    /** The workspace root a folder lies in, or undefined when it lies in none. */
    private readonly rootFor: (dir: string) => string | undefined,
    private readonly readFile?: (file: string, root: string) => RuleConfigRead | undefined,
  ) {}

  /** The configuration for a document, or undefined for documents that are not files or have none. */
  forDocument(uri: string): LoadedRuleConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let dir: string;
    try {
      dir = path.dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    const known = this.byDir.get(dir);
    if (known !== undefined) return known ?? undefined;
    const root = this.rootFor(dir);
    const loaded = root === undefined ? undefined : loadRuleConfig(dir, root, this.readFile);
    const entry = loaded
      ? { uri: pathToFileURL(loaded.path).toString(), text: loaded.text, config: loaded.config }
      : null;
    this.byDir.set(dir, entry);
    return entry ?? undefined;
  }

  rulesFor(uri: string): Severities {
    return this.forDocument(uri)?.config.rules ?? {};
  }

  /** The configuration files found so far, for publishing their problems. */
  loaded(): LoadedRuleConfig[] {
    const seen = new Map<string, LoadedRuleConfig>();
    for (const entry of this.byDir.values()) if (entry) seen.set(entry.uri, entry);
    return [...seen.values()];
  }

  /** Forgets every lookup: after a configuration file was created, changed or deleted, or the workspace changed. */
  clear(): void {
    this.byDir.clear();
  }
}

export function isRuleConfigUri(uri: string): boolean {
  return uri.endsWith(`/${RULE_CONFIG_FILE}`);
}
