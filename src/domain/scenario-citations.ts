/** @module A scenario file's own description (its top comment) and citations, for the page and the report. */

/** The comment lines at the top of a YAML text, joined: a scenario's description when it has no `description`. */
export function leadingComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^#\s?(.*)$/.exec(line);
    if (!m) break;
    lines.push(m[1]!.trim());
  }
  return lines.join(" ").trim();
}

type SourceRef = { publisher: string; url: string; date: string };

/** Every source reference (`{url, publisher}`) and assumption (`{assumption}`) in a file's own data, in order. */
export function ownCitations(data: unknown): { sources: SourceRef[]; assumptions: string[] } {
  const sources = new Map<string, SourceRef>();
  const assumptions = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.url === "string" && typeof o.publisher === "string")
        sources.set(o.url + o.publisher, {
          publisher: o.publisher,
          url: o.url,
          date: typeof o.date === "string" ? o.date : "",
        });
      else if (typeof o.assumption === "string") assumptions.add(o.assumption);
      else for (const x of Object.values(o)) walk(x);
    }
  };
  walk(data);
  return { sources: [...sources.values()], assumptions: [...assumptions] };
}
