import { resolveLocale, type Locale } from '../service/l10n/messages';

type Environment = Readonly<Record<string, string | undefined>>;

/** The language of messages: --locale, else the POSIX locale variables in their order of precedence. */
export function localeFrom(explicit: Locale | undefined, env: Environment): Locale {
  if (explicit) return explicit;
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return resolveLocale(posix);
}

/**
 * Whether the pretty report is coloured: --color/--no-color first, then FORCE_COLOR and NO_COLOR
 * (https://no-color.org: present and not empty means no colour), then whether the output is a terminal.
 */
export function useColor(explicit: boolean | undefined, env: Environment, isTerminal: boolean): boolean {
  if (explicit !== undefined) return explicit;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal && env.TERM !== 'dumb';
}
