import { DidChangeConfigurationNotification, type Connection, type InitializeParams } from 'vscode-languageserver/node';
import { checkRuleSettings, type Severities } from '../service/config/ruleConfig';
import { localize, message, resolveLocale, type Locale } from '../service/l10n/messages';

/** The part of the editor's settings the server reads: `privacyPolicy.rules`, `.language` and `.compareWith`. */
interface RawSettings {
  readonly rules?: unknown;
  /** `auto` (the editor's display language), `de` or `en`. */
  readonly language?: unknown;
  /** What a policy is compared with: `none`, a git revision or a policy file (see files/previousVersions.ts). */
  readonly compareWith?: unknown;
}

/**
 * The editor's settings as the server uses them: the language of messages and the per-rule severities. Read at
 * `initialize` (the client's display language and initial settings), then pulled with `workspace/configuration`
 * whenever they change, or taken from `didChangeConfiguration` from clients that cannot be asked.
 */
export class Settings {
  private displayLanguage: string | undefined;
  private language: 'auto' | Locale = 'auto';
  private canPull = false;
  rules: Severities = {};
  compareWith = 'none';

  constructor(
    private readonly connection: Connection,
    /** Called after the settings changed, so that open documents are checked again. */
    private readonly changed: () => void,
  ) {}

  get locale(): Locale {
    return this.language === 'auto' ? resolveLocale(this.displayLanguage) : this.language;
  }

  initialize(params: InitializeParams): void {
    const options = (isObject(params.initializationOptions) ? params.initializationOptions : {}) as {
      locale?: unknown;
    } & RawSettings;
    // Values from outside: anything but a string is ignored, never trusted.
    this.displayLanguage = stringOr(options.locale, stringOr(params.locale, undefined));
    this.use(options);
    this.canPull = params.capabilities.workspace?.configuration === true;
  }

  initialized(): void {
    if (!this.canPull) return;
    void this.connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'privacyPolicy' })
      .catch(() => undefined);
    void this.pull();
  }

  didChangeConfiguration(settings: unknown): void {
    if (this.canPull) {
      void this.pull();
      return;
    }
    const section = isObject(settings) ? (settings as { privacyPolicy?: unknown }).privacyPolicy : undefined;
    this.use(isObject(section) ? (section as RawSettings) : {});
    this.changed();
  }

  private async pull(): Promise<void> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration('privacyPolicy');
      this.use(isObject(raw) ? (raw as RawSettings) : {});
      this.changed();
    } catch (error) {
      this.connection.console.error(`reading settings failed: ${String(error)}`);
    }
  }

  private use(raw: RawSettings): void {
    this.language = raw.language === 'de' || raw.language === 'en' ? raw.language : 'auto';
    this.compareWith = typeof raw.compareWith === 'string' ? raw.compareWith.trim() || 'none' : 'none';
    const checked = checkRuleSettings(raw.rules);
    this.rules = checked.rules;
    for (const problem of checked.problems)
      this.connection.console.warn(localize(this.locale, message('config.settingsProblem', { problem })));
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback;
}
