/** @module Article input for extract, ingest and check-claims: strict UTF-8 reading, --date validation, extraction. */
import { isPeriod } from "../domain/period.ts";
import { ExtractInputError, type Extraction, extractArticle, MAX_INPUT_CHARS } from "../extract/index.ts";
import { parseCommandArgs, parseFormat } from "./args.ts";
import type { Effects } from "./effects.ts";
import { UsageError, UserError } from "./errors.ts";

/** Validates a `--date YYYY-MM-DD` option (a real calendar day), naming the command on failure. */
export function parseDateOption(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isPeriod(value))
    throw new UsageError(`${command}: invalid --date "${value}": expected a day as YYYY-MM-DD`);
  return value;
}

/** Decodes bytes as UTF-8 text, refusing invalid UTF-8, binary content (NUL bytes), empty and oversized input. */
export function decodeArticle(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not UTF-8 text");
  }
  if (text.includes("\u0000")) throw new Error("not a text file (contains NUL bytes)");
  if (text.length > MAX_INPUT_CHARS)
    throw new Error(`too large: ${text.length} characters (limit ${MAX_INPUT_CHARS})`);
  if (!text.trim()) throw new Error("empty file");
  return text.replace(/^\uFEFF/, "");
}

/** Reads an article file through the effects, refusing files too large to be an article. */
export async function readArticleFile(path: string, fx: Effects): Promise<string> {
  const bytes = await fx.readBytes(path);
  if (bytes.length > MAX_INPUT_CHARS * 4)
    throw new Error(`too large: ${bytes.length} bytes (limit ${MAX_INPUT_CHARS} characters)`);
  return decodeArticle(bytes);
}

/** Reads FILE, or standard input for `-`; a failure is a UserError naming the file and the reason. */
export async function readArticle(command: string, file: string, fx: Effects): Promise<string> {
  try {
    return file === "-"
      ? decodeArticle(Buffer.from(await fx.readStdin(), "utf8"))
      : await readArticleFile(file, fx);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UserError(
      `${command}: cannot read ${file}: ${code ?? (e instanceof Error ? e.message : String(e))}`,
    );
  }
}

/** Extracts claims and events, printing the extraction's warnings when `fx` is given; input the extractor refuses (too large) becomes a UserError. */
export function extractOrFail(
  command: string,
  text: string,
  date: string | undefined,
  fx?: Effects,
): Extraction {
  try {
    const x = extractArticle(text, date ? { docDate: date } : {});
    if (fx) for (const w of x.meta.warnings ?? []) fx.stderr(`${command}: warning: ${w.message}\n`);
    return x;
  } catch (e) {
    if (e instanceof ExtractInputError) throw new UserError(`${command}: ${e.message}`);
    throw e;
  }
}

/**
 * The arguments shared by extract, ingest and check-claims: one FILE (or DIR, or -), `--format`, `--date`, `--help`,
 * plus the command's own string options (`spec.options`, returned in `options`).
 * Returns null after printing the usage (or `spec.help`) for `--help`.
 */
export function parseArticleCommand<F extends string, O extends string = never>(
  command: string,
  args: string[],
  fx: Effects,
  spec: {
    formats: readonly F[];
    fallback: F;
    usage: string;
    target: string;
    help?: string;
    options?: readonly O[];
  },
): { format: F; date: string | undefined; target: string; options: Record<O, string | undefined> } | null {
  const own = Object.fromEntries((spec.options ?? []).map((o) => [o, { type: "string" as const }]));
  const { values, positionals } = parseCommandArgs(command, args, {
    ...own,
    format: { type: "string" },
    date: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    fx.stdout(`${spec.help ?? spec.usage}\n`);
    return null;
  }
  const format = parseFormat(command, values.format as string | undefined, spec.formats, spec.fallback);
  if (positionals.length !== 1)
    throw new UsageError(`${command}: expected one ${spec.target}\n${spec.usage}`);
  const options = Object.fromEntries(
    (spec.options ?? []).map((o) => [o, (values as Record<string, unknown>)[o] as string | undefined]),
  ) as Record<O, string | undefined>;
  return {
    format,
    date: parseDateOption(command, values.date as string | undefined),
    target: positionals[0]!,
    options,
  };
}
