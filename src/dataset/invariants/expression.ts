/** @module Derivation expressions: arithmetic over figure ids, e.g. `{a} / {b} * 100` (pure, no eval). */

/** The result of evaluating a derivation: the value, or why it could not be computed. */
export type Evaluation = { ok: true; value: number; refs: string[] } | { ok: false; error: string };

/**
 * Evaluates `+ - * / ( )`, plain decimal numbers and `{figure id}` references, looking each id up with `lookup`
 * (undefined = unknown id, null = the figure has no single value).
 */
export function evaluate(text: string, lookup: (id: string) => number | null | undefined): Evaluation {
  let i = 0;
  const refs: string[] = [];
  const fail = (error: string): never => {
    throw new SyntaxError(error);
  };
  const space = () => {
    while (text[i] === " ") i++;
  };
  const factor = (): number => {
    space();
    const c = text[i];
    if (c === "-") {
      i++;
      return -factor();
    }
    if (c === "(") {
      i++;
      const v = expr();
      space();
      if (text[i] !== ")") fail(`expected ")" at character ${i + 1}`);
      i++;
      return v;
    }
    if (c === "{") {
      const end = text.indexOf("}", i);
      if (end < 0) fail(`expected "}" after "{" at character ${i + 1}`);
      const id = text.slice(i + 1, end).trim();
      i = end + 1;
      const v = lookup(id);
      if (v === undefined) fail(`unknown figure id {${id}}`);
      if (v === null) fail(`figure {${id}} has no single value (a range or a bound)`);
      refs.push(id);
      return v as number;
    }
    const m = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (!m) fail(`expected a number, a {figure id} or "(" at character ${i + 1}`);
    i += m![0].length;
    return Number(m![0]);
  };
  const term = (): number => {
    let v = factor();
    for (;;) {
      space();
      const c = text[i];
      if (c !== "*" && c !== "/") return v;
      i++;
      const r = factor();
      v = c === "*" ? v * r : v / r;
    }
  };
  const expr = (): number => {
    let v = term();
    for (;;) {
      space();
      const c = text[i];
      if (c !== "+" && c !== "-") return v;
      i++;
      const r = term();
      v = c === "+" ? v + r : v - r;
    }
  };
  try {
    const value = expr();
    space();
    if (i < text.length) fail(`unexpected "${text[i]}" at character ${i + 1}`);
    if (!Number.isFinite(value)) fail("the result is not a finite number (division by zero?)");
    return { ok: true, value, refs };
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, error: e.message };
    throw e;
  }
}
