/** @module The source columns selected beside a curated row (`JOIN source s`), and the SourceRef read from them. */
import type { SourceRef } from "./query-fields.ts";

/** Select list for the joined source (alias `s`). */
export const SOURCE_SELECT =
  "s.title AS s_title, s.publisher AS s_publisher, s.url AS s_url, s.published AS s_published, s.licence AS s_licence";

/** The source of a row selected with SOURCE_SELECT. */
export function sourceRef(r: Record<string, unknown>): SourceRef {
  return {
    id: r.source_id as string,
    title: r.s_title as string,
    publisher: r.s_publisher as string,
    url: r.s_url as string,
    published: r.s_published as string,
    licence: r.s_licence as string,
  };
}
