/**
 * The server builds its match index before it listens (docs/matching.md, "At start-up"): a
 * fresh process's first need page is answered from an index already built, not after a build
 * of every record (14 s at 100,000 needs).
 */
import { loadReferenceData } from "@tahub/db";
import { describe, expect, it } from "vitest";
import { startServer } from "./start.js";

describe("a server's start-up", () => {
  it("has the match index built, with the records already stored, before it listens", async () => {
    let needId = "";
    const s = await startServer({
      env: {
        DATABASE_URL: "memory://",
        PORT: 0,
        HOST: "127.0.0.1",
        PORTAL_DIR: "/nonexistent",
        LOG_LEVEL: "error",
        JOBS_WORKER: false,
      },
      async prepare(db) {
        await loadReferenceData(db.prisma);
        const need = await db.prisma.need.create({
          data: {
            stateId: "KEN",
            cycle: 2,
            chapterId: "II",
            text: "Training of investigators on financial investigations and asset tracing",
            confidentiality: "public",
          },
        });
        needId = need.id;
      },
    });
    try {
      const built = s.services.matcher.peek();
      expect(built?.needs.has(needId)).toBe(true);
    } finally {
      await s.stop("test");
    }
  }, 120_000);
});
