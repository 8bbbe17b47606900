/** A small, strict option parser: unknown flags are usage errors, never ignored. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export interface FlagSpec {
  /** Flags that take a value (`--db FILE`). Others are booleans. */
  readonly valued: readonly string[];
  readonly boolean: readonly string[];
}

export type ParseResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly error: string };

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParseResult {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (spec.valued.includes(name)) {
        const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
        // An empty value (`--out "$UNSET"`) would name the current folder: never what was meant.
        if (value === undefined || value === '') return { ok: false, error: `--${name} needs a value` };
        flags.set(name, value);
      } else if (spec.boolean.includes(name)) {
        if (eq !== -1) return { ok: false, error: `--${name} takes no value` };
        flags.set(name, true);
      } else {
        return { ok: false, error: `unknown option --${name}` };
      }
      continue;
    }
    positionals.push(a);
  }
  return { ok: true, args: { positionals, flags } };
}

export function intFlag(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number | string {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) return `--${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(v === true ? '' : v)})`;
  return n;
}

/** Summary length in words that every command and the HTTP API accept. */
export const WORDS_RANGE = { min: 10, max: 2000 } as const;
