import { RE2JS } from "re2js";

/**
 * Regular expressions that users write (a category field's pattern, a delivery's response
 * rule) run on RE2: matching takes time linear in the input, so no pattern and no value can
 * make a request backtrack for seconds. RE2 refuses what would need backtracking
 * (lookaround, backreferences). Its cost is still proportional to the pattern's compiled
 * size times the input's length, so the size is bounded too.
 */
export const PATTERN_MAX_INSTRUCTIONS = 200;

export interface Pattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text`, as `RegExp.prototype.test` does. */
  test(text: string): boolean;
  /** The first group of the first match (or the whole match without a group), or undefined. */
  firstGroup(text: string): string | undefined;
}

export type Compiled = { ok: true; pattern: Pattern } | { ok: false; problem: string };

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 1000;

/** Compiles once per distinct source; a later call with the same text reuses the result. */
export function compilePattern(source: string): Compiled {
  let compiled = cache.get(source);
  if (compiled) return compiled;
  compiled = compile(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, compiled);
  return compiled;
}

/** What is wrong with a pattern, or undefined when it can be used. */
export function patternProblem(source: string): string | undefined {
  const compiled = compilePattern(source);
  return compiled.ok ? undefined : compiled.problem;
}

function compile(source: string): Compiled {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, "") : "";
    return { ok: false, problem: `is not a valid regular expression that runs in linear time (${reason})` };
  }
  if (instructionsOf(re) > PATTERN_MAX_INSTRUCTIONS)
    return {
      ok: false,
      problem: `is too large (its repetitions expand beyond ${PATTERN_MAX_INSTRUCTIONS} steps); use smaller repeat counts`,
    };
  return {
    ok: true,
    pattern: {
      source,
      test: (text) => re.test(text),
      firstGroup: (text) => {
        const m = re.matcher(text);
        if (!m.find()) return undefined;
        return (m.groupCount() > 0 ? (m.group(1) ?? m.group()) : m.group()) ?? undefined;
      },
    },
  };
}

function instructionsOf(re: RE2JS): number {
  const prog = (re.re2Input as { prog?: { inst?: unknown[] } }).prog;
  return prog?.inst?.length ?? 0;
}
