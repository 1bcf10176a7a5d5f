import type { SeveritySetting } from '../service/features/diagnostics';

/** The part of the editor's settings the server reads (`privacyPolicy.*`). */
export interface ServerSettings {
  /** Per rule id: `off`, `hint`, `info`, `warning` or `error`. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
}

const severities = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Settings come from outside: keep only what has the expected shape. */
export function sanitizeSettings(raw: unknown): ServerSettings {
  if (!raw || typeof raw !== 'object') return {};
  const rules = (raw as { rules?: unknown }).rules;
  if (!rules || typeof rules !== 'object') return {};
  const clean: Record<string, SeveritySetting> = {};
  for (const [rule, severity] of Object.entries(rules as Record<string, unknown>)) {
    if (typeof severity === 'string' && severities.has(severity)) clean[rule] = severity as SeveritySetting;
  }
  return { rules: clean };
}
