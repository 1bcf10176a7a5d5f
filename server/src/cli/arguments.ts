import { message, type Locale, type Message } from '../service/l10n/messages';

export const formats = ['pretty', 'compact', 'json', 'sarif'] as const;
export type Format = (typeof formats)[number];

export const diffFormats = ['text', 'markdown', 'json', 'history'] as const;
export type DiffFormat = (typeof diffFormats)[number];

export interface LintCommand {
  readonly command: 'lint';
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly output?: string;
  readonly maxWarnings?: number;
  readonly jobs?: number;
  readonly locale?: Locale;
  /** `true`/`false` when given on the command line; otherwise decided from the terminal and environment. */
  readonly color?: boolean;
  /** `--base`: the revision (or file) each policy is compared with, for the checks across versions. */
  readonly base?: string;
}

/** `diff <old> <new>` or `diff --base <revision> <file>`: the change notice (see diff.ts). */
export interface DiffCommand {
  readonly command: 'diff';
  readonly file: string;
  /** The earlier version: a file, or with `--base` a revision or file. */
  readonly old: string;
  readonly oldIsBase: boolean;
  readonly format: DiffFormat;
  readonly output?: string;
  readonly locale?: Locale;
  readonly color?: boolean;
}

export const renderFormats = ['page', 'fragment', 'markdown'] as const;
export type RenderFormat = (typeof renderFormats)[number];

export interface RenderCommand {
  readonly command: 'render';
  readonly input: string;
  readonly output?: string;
  readonly locale?: Locale;
  readonly format: RenderFormat;
  /** Write a page marked as a draft even when the policy has errors or gaps. */
  readonly draft: boolean;
  /** The page's language; the policy's first when not given. */
  readonly language?: 'de' | 'en';
}

export type Command =
  LintCommand | RenderCommand | DiffCommand | { readonly command: 'help' | 'version'; readonly locale?: Locale };

/** A mistake in how the tool was called: shown with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(readonly detail: Message) {
    super(detail.key);
  }
}

interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly value: boolean;
}

const optionSpecs: readonly OptionSpec[] = [
  { name: 'format', short: 'f', value: true },
  { name: 'output', short: 'o', value: true },
  { name: 'max-warnings', value: true },
  { name: 'jobs', short: 'j', value: true },
  { name: 'locale', value: true },
  { name: 'base', value: true },
  { name: 'color', value: false },
  { name: 'no-color', value: false },
  { name: 'draft', value: false },
  { name: 'lang', value: true },
  { name: 'help', short: 'h', value: false },
  { name: 'version', short: 'v', value: false },
];

/** Which options each command accepts; anything else is a usage error rather than silently ignored. */
const accepted: Record<'lint' | 'render' | 'diff', ReadonlySet<string>> = {
  lint: new Set(['format', 'output', 'max-warnings', 'jobs', 'locale', 'color', 'no-color', 'help', 'base']),
  render: new Set(['output', 'format', 'draft', 'lang', 'locale', 'help']),
  diff: new Set(['format', 'output', 'locale', 'color', 'no-color', 'help', 'base']),
};

/** Parses the arguments after `node cli.js`. Throws UsageError for anything it cannot make sense of. */
export function parseArguments(argv: readonly string[]): Command {
  const { options, positionals } = splitArguments(argv);
  // The same choice as the editor's setting privacyPolicy.language; `auto` is the default, from the environment.
  const chosen = options.has('locale')
    ? choice('--locale', options.get('locale')!, ['auto', 'de', 'en'] as const)
    : 'auto';
  const locale = chosen === 'auto' ? undefined : chosen;
  if (options.has('version')) return { command: 'version', locale };
  const [command, ...rest] = positionals;
  if (options.has('help') || command === 'help') return { command: 'help', locale };
  if (command === undefined) throw new UsageError(message('cli.usage.noCommand'));
  if (command !== 'lint' && command !== 'render' && command !== 'diff')
    throw new UsageError(message('cli.usage.unknownCommand', { command }));
  for (const name of options.keys()) {
    if (!accepted[command].has(name)) throw new UsageError(message('cli.usage.unknownOption', { option: `--${name}` }));
  }
  const output = options.get('output');
  if (command === 'render') {
    if (rest.length !== 1) throw new UsageError(message('cli.usage.renderOneFile'));
    const format = options.has('format') ? choice('--format', options.get('format')!, renderFormats) : 'page';
    const language = options.has('lang') ? choice('--lang', options.get('lang')!, ['de', 'en'] as const) : undefined;
    return { command, input: rest[0], output, locale, format, draft: options.has('draft'), language };
  }
  const color = options.has('no-color') ? false : options.has('color') ? true : undefined;
  const base = options.get('base');
  if (command === 'diff') {
    if (base !== undefined ? rest.length !== 1 : rest.length !== 2)
      throw new UsageError(message('cli.usage.diffFiles'));
    const format = options.has('format') ? choice('--format', options.get('format')!, diffFormats) : 'text';
    const [old, file] = base !== undefined ? [base, rest[0]] : [rest[0], rest[1]];
    return { command, file, old, oldIsBase: base !== undefined, format, output, locale, color };
  }
  const format = options.has('format') ? choice('--format', options.get('format')!, formats) : 'pretty';
  return {
    command,
    inputs: rest,
    format,
    output,
    maxWarnings: options.has('max-warnings') ? count('--max-warnings', options.get('max-warnings')!, 0) : undefined,
    jobs: options.has('jobs') ? count('--jobs', options.get('jobs')!, 1) : undefined,
    locale,
    color,
    ...(base !== undefined ? { base } : {}),
  };
}

function splitArguments(argv: readonly string[]): { options: Map<string, string>; positionals: string[] } {
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      // A loop, not a spread: a shell glob can pass more names than a call takes arguments.
      for (let j = i + 1; j < argv.length; j++) positionals.push(argv[j]);
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const equals = long ? arg.indexOf('=') : -1;
    const key = long ? arg.slice(2, equals < 0 ? undefined : equals) : arg.slice(1, 2);
    const spec = optionSpecs.find((candidate) => (long ? candidate.name === key : candidate.short === key));
    if (!spec) throw new UsageError(message('cli.usage.unknownOption', { option: long ? `--${key}` : `-${key}` }));
    let value = '';
    if (spec.value) {
      const attached = long
        ? equals < 0
          ? undefined
          : arg.slice(equals + 1)
        : arg.length > 2
          ? arg.slice(2)
          : undefined;
      // A following "-x" is taken as the next option, never as this one's value ("-o --format" is a mistake).
      const next = argv[i + 1];
      value = attached ?? (next !== undefined && !next.startsWith('-') ? argv[++i] : '');
      if (value === '') throw new UsageError(message('cli.usage.missingValue', { option: `--${spec.name}` }));
    } else if ((long && equals >= 0) || (!long && arg.length > 2)) {
      throw new UsageError(message('cli.usage.unknownOption', { option: arg }));
    }
    options.set(spec.name, value);
  }
  return { options, positionals };
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(message('cli.usage.badChoice', { option, value, allowed: allowed.join(', ') }));
}

function count(option: string, value: string, min: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isSafeInteger(number) && number >= min) return number;
  throw new UsageError(message('cli.usage.badCount', { option, value, min }));
}
