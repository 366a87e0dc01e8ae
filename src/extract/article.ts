/** @module Article input: size limit, header block (`key: value` lines then `---`), HTML to text. */
import { decodeHTML } from "entities";
import { isValidDocDate } from "./period-check.ts";

/** Inputs longer than this many characters are refused (`input_too_large`). */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;

export class ExtractInputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "ExtractInputError";
    this.code = code;
  }
}

export interface ParsedArticle {
  header: Record<string, string>;
  /** The text all offsets refer to. */
  body: string;
  format: "text" | "html";
}

const HEADER_KEY = /^[a-z_]{2,20}:/;

/**
 * Splits an optional header block from the body; converts HTML bodies to text. `work.htmlChars` (when given) grows
 * by the characters the HTML pass examined: scanned for tags, skipped, or handed to the entity decoder.
 */
export function parseArticle(text: string, work?: { htmlChars: number }): ParsedArticle {
  if (typeof text !== "string")
    throw new ExtractInputError("invalid_input", "invalid input: expected a string");
  if (text.length > MAX_INPUT_CHARS)
    throw new ExtractInputError(
      "input_too_large",
      `input_too_large: ${text.length} characters exceeds the limit of ${MAX_INPUT_CHARS}`,
    );
  const header: Record<string, string> = {};
  let body = text;
  const sep = text.indexOf("\n---\n");
  if (sep >= 0 && sep < 20000) {
    const lines = text.slice(0, sep).split("\n");
    if (lines.length > 0 && lines.every((l) => l.trim() === "" || HEADER_KEY.test(l))) {
      for (const l of lines) {
        const i = l.indexOf(":");
        if (i > 0) header[l.slice(0, i).trim()] = l.slice(i + 1).trim();
      }
      body = text.slice(sep + 5);
    }
  }
  if (looksLikeHtml(body)) return { header, body: htmlToText(body, work), format: "html" };
  return { header, body, format: "text" };
}

function looksLikeHtml(s: string): boolean {
  // No tag can start without a `<` in the head.
  const lt = s.indexOf("<");
  if (lt < 0 || lt >= 2000) return false;
  const head = s.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /<(p|div|body|article|br)[\s>/]/.test(head)
  );
}

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "title",
  "td",
  "th",
]);
/**
 * Converts HTML to plain text in one linear pass: tags dropped, block tags become line breaks, script and style
 * skipped, character references decoded as a browser does (every named entity of the HTML standard, numeric
 * references, legacy forms without `;`) by the `entities` package.
 */
export function htmlToText(html: string, work?: { htmlChars: number }): string {
  const out: string[] = [];
  /** Characters examined: each is scanned once for a tag or handed once to the decoder. */
  let examined = 0;
  const lower = html.toLowerCase();
  let i = 0;
  const n = html.length;
  /** Start of the text run since the last tag: decoded as a whole, since an entity never spans a tag. */
  let run = 0;
  const flush = (end: number) => {
    if (end <= run) return;
    examined += end - run;
    out.push(decodeHTML(html.slice(run, end)));
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      examined += n - i;
      break;
    }
    const close = html.indexOf(">", lt + 1);
    examined += (close < 0 ? n : close + 1) - i;
    if (close < 0) break;
    flush(lt);
    const raw = html.slice(lt + 1, Math.min(close, lt + 40)).toLowerCase();
    const name = /^\/?([a-z0-9]+)/.exec(raw)?.[1] ?? "";
    i = close + 1;
    if ((name === "script" || name === "style") && !raw.startsWith("/")) {
      const end = lower.indexOf(`</${name}`, i);
      examined += (end < 0 ? n : end) - i;
      i = end < 0 ? n : end;
    }
    run = i;
    if (BLOCK_TAGS.has(name)) out.push("\n");
  }
  flush(n);
  if (work) work.htmlChars += examined;
  return out.join("");
}

/** Reads a normalised date (YYYY-MM-DD, YYYY-MM, YYYY) from a header value such as `2025-11-20 (from the URL)`. */
export function headerDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(?![\d-])/.exec(value.trim());
  const q = m ? null : /^(\d{4})-Q([1-4])/.exec(value.trim());
  const date = m ? m[0] : q ? `${q[1]}-${String(Number(q[2]) * 3).padStart(2, "0")}` : null;
  // A day that does not exist (`2025-02-30`) or a year out of range (`0000`) is no date at all.
  return date !== null && isValidDocDate(date) ? date : null;
}
