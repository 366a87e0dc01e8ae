/** @module `lodestone sources`: every source with publisher, date, licence and the number of figures citing it. */
import { LicenceSchema } from "../../domain/source.ts";
import { parseCommandArgs, parseFormat } from "../args.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UsageError } from "../errors.ts";
import { toCsv, toTable } from "../format.ts";

export const sourcesCommand: Command = async (args, fx) => {
  const { values } = parseCommandArgs("sources", args, {
    licence: { type: "string" },
    format: { type: "string" },
  });
  const format = parseFormat("sources", values.format, ["table", "csv", "json"] as const, "table");
  let licence: ReturnType<typeof LicenceSchema.parse> | undefined;
  if (values.licence !== undefined) {
    const p = LicenceSchema.safeParse(values.licence);
    if (!p.success)
      throw new UsageError(
        `sources: invalid --licence "${values.licence}": expected one of ${LicenceSchema.options.join(", ")}`,
      );
    licence = p.data;
  }
  const store = await commandStore(fx);
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    const rows = await store.sources(licence ? { licence } : {});
    if (format === "json") fx.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      const header = ["id", "publisher", "published", "licence", "figures", "title", "url"];
      const cells = rows.map((s) => [
        s.id,
        s.publisher,
        s.published,
        s.licence,
        String(s.figures),
        s.title,
        s.url,
      ]);
      fx.stdout(
        format === "csv"
          ? toCsv(header, cells)
          : toTable(
              header,
              cells.map((r) => r.map((c) => (c.length > 60 ? `${c.slice(0, 57)}...` : c))),
              [4],
            ),
      );
    }
    return 0;
  } finally {
    await store.close();
  }
};
