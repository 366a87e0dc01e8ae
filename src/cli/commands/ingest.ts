/** @module `lodestone ingest FILE|DIR|- [--format table|json] [--date YYYY-MM-DD]`: extract articles and store them with their claims and events. */
import { decodeArticle, parseArticleCommand, readArticleFile } from "../article-input.ts";
import { createProgress } from "../progress.ts";
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { ingestArticle } from "../../api/routes/claims.ts";
import { ExtractInputError, extractArticle } from "../../extract/index.ts";
import { ArticleDateConflictError, type SaveStatus } from "../../store/articles.ts";
import type { Store } from "../../store/store.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UserError } from "../errors.ts";
import { toTable } from "../format.ts";
import { ingestRemote, remoteServer } from "../remote-store.ts";
import { readToken } from "../token.ts";
import { StoreUnavailableError } from "../../store/store-unavailable.ts";

const USAGE = "usage: lodestone ingest FILE|DIR|- [--format table|json] [--date YYYY-MM-DD]";
/** Files with these extensions are ingested from a directory (recursively; hidden entries skipped). */
const ARTICLE_FILE = /\.(txt|md|html?|text)$/i;

export interface IngestOutcome {
  file: string;
  status: SaveStatus | "failed";
  id: string | null;
  claims: number;
  events: number;
  error?: string;
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listArticleFiles(p)));
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) out.push(p);
  }
  return out;
}

/** Extracts one article and saves it with its claims and events (idempotent). */
function ingestText(store: Store, text: string, date: string | undefined) {
  return ingestArticle(store, text, extractArticle(text, date ? { docDate: date } : {}));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const ingestCommand: Command = async (args, fx) => {
  const parsed = parseArticleCommand("ingest", args, fx, {
    formats: ["table", "json"] as const,
    fallback: "table",
    usage: USAGE,
    target: "FILE, DIR or -",
  });
  if (!parsed) return 0;
  const { format, date, target } = parsed;
  let files: string[];
  if (target === "-") files = ["-"];
  else {
    const info = await stat(target).catch(() => null);
    if (!info) throw new UserError(`ingest: cannot read ${target}: no such file or directory`);
    files = info.isDirectory() ? await listArticleFiles(target) : [target];
    if (info.isDirectory() && !files.length)
      throw new UserError(`ingest: no article files (.txt, .md, .html) in ${target}`);
  }
  const name = (f: string) => (f === "-" ? "(stdin)" : target !== f ? relative(target, f) : f);
  const store = await commandStore(fx);
  // Beside a running server that holds the embedded store, articles go through its API with the write token.
  const remote = remoteServer(store);
  const token = remote ? await readToken(fx.env) : undefined;
  const outcomes: IngestOutcome[] = [];
  const describe = (o: IngestOutcome) =>
    o.status === "failed"
      ? `${o.file}: failed: ${o.error}`
      : `${o.file}: ${o.status} (${plural(o.claims, "claim")}, ${plural(o.events, "event")})`;
  const progress =
    files.length > 1
      ? createProgress(fx, files.length, {
          label: (done) => {
            const f = outcomes[done - 1]!.file;
            return f.length > 40 ? `…${f.slice(-39)}` : f.padEnd(40);
          },
          line: (done) => `[${done}/${files.length}] ${describe(outcomes[done - 1]!)}`,
        })
      : undefined;
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    for (const [i, file] of files.entries()) {
      let outcome: IngestOutcome;
      try {
        const text =
          file === "-"
            ? decodeArticle(Buffer.from(await fx.readStdin(), "utf8"))
            : await readArticleFile(file, fx);
        if (remote) {
          const r = await ingestRemote(remote.base, token, text, date);
          outcome = r.ok
            ? { file: name(file), status: r.status, id: r.id, claims: r.claims, events: r.events }
            : { file: name(file), status: "failed", id: null, claims: 0, events: 0, error: r.error };
        } else {
          const r = await ingestText(store, text, date);
          outcome = { file: name(file), status: r.status, id: r.id, claims: r.claims, events: r.events };
        }
      } catch (e) {
        // The store itself refused (held by a server, database down): no use trying the other files.
        if (e instanceof UserError || e instanceof StoreUnavailableError) throw e;
        const code = (e as { code?: string }).code;
        const reason =
          e instanceof ExtractInputError || e instanceof ArticleDateConflictError || !code
            ? e instanceof Error
              ? e.message
              : String(e)
            : `cannot read (${code})`;
        outcome = { file: name(file), status: "failed", id: null, claims: 0, events: 0, error: reason };
      }
      outcomes.push(outcome);
      progress?.(i + 1);
    }
  } finally {
    await store.close();
  }
  const count = (s: IngestOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  const stored = outcomes.filter((o) => o.status === "new" || o.status === "updated");
  const summary = {
    new: count("new"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    failed: count("failed"),
    claimsStored: stored.reduce((s, o) => s + o.claims, 0),
    eventsStored: stored.reduce((s, o) => s + o.events, 0),
  };
  if (format === "json") fx.stdout(`${JSON.stringify({ articles: outcomes, summary }, null, 2)}\n`);
  else {
    fx.stdout(
      toTable(
        ["file", "status", "claims", "events", "id / reason"],
        outcomes.map((o) => [
          o.file,
          o.status,
          String(o.claims),
          String(o.events),
          o.error ?? o.id?.slice(0, 12) ?? "",
        ]),
        [2, 3],
      ),
    );
    fx.stdout(
      `${summary.new} new, ${summary.updated ? `${summary.updated} updated, ` : ""}${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.claimsStored} claims and ${summary.eventsStored} events stored\n`,
    );
  }
  for (const o of outcomes.filter((x) => x.status === "failed"))
    fx.stderr(`lodestone ingest: ${o.file}: ${o.error}\n`);
  return summary.failed ? 1 : 0;
};
