/** @module `lodestone reextract [--id ID] [--date D] [--format table|json]`: run the extractor again over stored articles. */
import { articleInput } from "../../api/routes/claims.ts";
import { ExtractInputError, extractArticle } from "../../extract/index.ts";
import { replaceExtraction, type SaveStatus } from "../../store/articles.ts";
import { parseDateOption } from "../article-input.ts";
import { parseCommandArgs, parseFormat } from "../args.ts";
import { commandStore } from "../config.ts";
import { type Command, UsageError } from "../errors.ts";
import { toTable } from "../format.ts";
import { createProgress } from "../progress.ts";

const USAGE = `usage: lodestone reextract [--id ID] [--date YYYY-MM-DD] [--format table|json]

Runs the extractor again over the text kept for each stored article (one transaction per article), replacing its
claims and events when they changed. --id limits it to articles whose id starts with ID; --date (with --id) reads
them with another date, which rewrites their relative periods on purpose. Articles ingested before texts were kept
are skipped: ingest their files again.`;

interface Outcome {
  id: string;
  title: string | null;
  status: SaveStatus | "skipped" | "failed";
  claims: number;
  reason?: string;
}

export const reextractCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("reextract", args, {
    id: { type: "string" },
    date: { type: "string" },
    format: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    fx.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`reextract: unexpected argument "${positionals[0]}"\n${USAGE}`);
  const format = parseFormat("reextract", values.format, ["table", "json"] as const, "table");
  const date = parseDateOption("reextract", values.date);
  if (date && !values.id)
    throw new UsageError("reextract: --date needs --id (the articles to read with that date)");
  if (values.id !== undefined && !/^[0-9a-f]{4,64}$/.test(values.id))
    throw new UsageError(
      `reextract: invalid --id "${values.id}": expected at least 4 hex digits of an article id`,
    );
  const store = await commandStore(fx);
  const outcomes: Outcome[] = [];
  try {
    const list = await store.sql.query<{ id: string; title: string | null; has_text: boolean }>(
      `SELECT id, title, source_text IS NOT NULL AS has_text FROM article
       WHERE $1::text IS NULL OR id LIKE $1 || '%' ORDER BY ingested_at, id`,
      [values.id ?? null],
    );
    if (values.id && !list.length)
      throw new UsageError(`reextract: no stored article id starts with "${values.id}"`);
    const progress = createProgress(fx, list.length, {
      label: (done) => outcomes[done - 1]!.id.slice(0, 12),
      line: (done) => {
        const o = outcomes[done - 1]!;
        return `[${done}/${list.length}] ${o.id.slice(0, 12)} ${o.status}${o.reason ? `: ${o.reason}` : ""}`;
      },
    });
    for (const [i, a] of list.entries()) {
      let o: Outcome;
      if (!a.has_text) o = { id: a.id, title: a.title, status: "skipped", claims: 0, reason: "no text kept" };
      else {
        // One article's text at a time, so memory stays bounded whatever the number of articles.
        const [row] = await store.sql.query<{ source_text: string; doc_date: string | null }>(
          "SELECT source_text, doc_date FROM article WHERE id = $1",
          [a.id],
        );
        const docDate = date ?? row!.doc_date ?? undefined;
        try {
          const x = extractArticle(row!.source_text, docDate ? { docDate } : {});
          const r = await replaceExtraction(store.sql, a.id, articleInput(row!.source_text, x));
          o = { id: a.id, title: a.title, status: r.status, claims: r.claims };
        } catch (e) {
          if (!(e instanceof ExtractInputError)) throw e;
          o = { id: a.id, title: a.title, status: "failed", claims: 0, reason: e.message };
        }
      }
      outcomes.push(o);
      progress(i + 1);
    }
  } finally {
    await store.close();
  }
  const count = (s: Outcome["status"]) => outcomes.filter((o) => o.status === s).length;
  const summary = {
    articles: outcomes.length,
    updated: count("updated"),
    unchanged: count("unchanged"),
    skipped: count("skipped"),
    failed: count("failed"),
  };
  if (format === "json") fx.stdout(`${JSON.stringify({ articles: outcomes, summary }, null, 2)}\n`);
  else {
    fx.stdout(
      toTable(
        ["id", "status", "claims", "title / reason"],
        outcomes.map((o) => [o.id.slice(0, 12), o.status, String(o.claims), o.reason ?? o.title ?? ""]),
        [2],
      ),
    );
    fx.stdout(
      `${summary.articles} articles: ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.skipped} skipped (no text kept), ${summary.failed} failed\n`,
    );
  }
  return summary.failed ? 1 : 0;
};
