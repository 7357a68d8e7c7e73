/**
 * `pnpm --filter @tahub/db figures [--db URL|DIR] [--json]`: builds the demo in an in-memory
 * PGlite (or reads the database given), computes the analytics and prints every data label of
 * figures I-VI of the CAC/COSP/2023 note on TA needs beside the count (asked as the note asks:
 * `NOTE_2023_QUERY`), then how many match.
 */
import { parseArgs } from "node:util";
import { analytics, createDb, migrate, MEMORY } from "../src/index.js";
import { seedDemo } from "../src/seed/index.js";
import { checkFigures } from "../src/seed/fidelity.js";
import { NOTE_2023_QUERY } from "../src/seed/figures.js";

const { values } = parseArgs({
  options: { db: { type: "string" }, json: { type: "boolean" } },
});
const db = await createDb({ url: values.db ?? MEMORY });
try {
  await migrate(db);
  if (!values.db) await seedDemo(db.prisma);
  const rows = checkFigures(await analytics(db.prisma, NOTE_2023_QUERY));
  const same = rows.filter((r) => r.counted === r.published).length;
  if (values.json) {
    console.log(JSON.stringify({ matching: same, labels: rows.length, rows }));
  } else {
    for (const figure of ["I", "II", "III", "IV", "V", "VI"]) {
      const of = rows.filter((r) => r.figure === figure);
      const ok = of.filter((r) => r.counted === r.published).length;
      console.log(`Figure ${figure}: ${ok} of ${of.length}`);
      for (const r of of)
        console.log(
          `  ${r.counted === r.published ? "  " : "≠ "}${r.label.padEnd(64)} ${String(r.published).padStart(5)} ${String(r.counted ?? "-").padStart(5)}`,
        );
    }
    console.log(`${same} of ${rows.length} data labels match`);
  }
} finally {
  await db.close();
}
