import type { SeveritySetting } from '../service/features/diagnostics';
import { checkRuleSettings } from '../service/config/ruleConfig';

/** The part of the editor's settings the server reads (`privacyPolicy.*`). */
export interface ServerSettings {
  /** Per rule id: `off`, `hint`, `info`, `warning` or `error`. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
}

/** Settings come from outside: keep only what has the expected shape (see checkRuleSettings for the reasons). */
export function sanitizeSettings(raw: unknown): ServerSettings {
  if (!raw || typeof raw !== 'object') return {};
  return { rules: checkRuleSettings((raw as { rules?: unknown }).rules).rules };
}
