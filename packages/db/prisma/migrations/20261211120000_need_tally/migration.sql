-- A roll-up of the needs for the analytics (issue 14, part 2): one row per combination of the
-- columns the figures count or filter by, with how many needs have it. Figures, filters and
-- cross-tabulations GROUP BY over this table instead of scanning every need, so their cost
-- follows the number of distinct combinations, not the number of needs. Statement-level
-- triggers with transition tables keep it current on every write to "Need" (one aggregated
-- upsert per statement, bulk inserts included), so it is never stale and needs no refresh.
-- It is derived data: backups leave it out and a restore rebuilds it through the triggers.
CREATE TABLE "NeedTally" (
    "key" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "stateId" TEXT NOT NULL,
    "chapterId" TEXT,
    "articles" INTEGER[],
    "category" TEXT,
    "categories" TEXT[],
    "cycle1Category" TEXT,
    "genderResponsive" BOOLEAN NOT NULL,
    "confidentiality" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "needs" INTEGER NOT NULL,

    CONSTRAINT "NeedTally_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "NeedTally_cycle_stateId_idx" ON "NeedTally"("cycle", "stateId");

-- The key names the combination (arrays as written: the same articles in another order make
-- another row, which is harmless because every figure sums over rows).
CREATE FUNCTION "tahub_need_tally_key"(integer, text, text, integer[], text, text[], text, boolean, text, text) RETURNS text AS $$
  SELECT md5(concat_ws('|', $1, $2, coalesce($3, '~'), $4::text, coalesce($5, '~'), $6::text, coalesce($7, '~'), $8, $9, $10))
$$ LANGUAGE sql IMMUTABLE;

-- One function for the three row events: the net change per combination (+1 per new row, -1
-- per old row, so an update that changes no counted column changes nothing), then drop the
-- combinations no need has any more.
CREATE FUNCTION "tahub_need_tally"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "NeedTally";
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", 1 AS c FROM new_needs) n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", 1 AS c FROM new_needs UNION ALL SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", -1 AS c FROM old_needs) n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
  ELSE
    INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", -1 AS c FROM old_needs) n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
  END IF;
  DELETE FROM "NeedTally" WHERE "needs" <= 0;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Need_tally_insert" AFTER INSERT ON "Need" REFERENCING NEW TABLE AS new_needs FOR EACH STATEMENT EXECUTE FUNCTION "tahub_need_tally"();
CREATE TRIGGER "Need_tally_update" AFTER UPDATE ON "Need" REFERENCING OLD TABLE AS old_needs NEW TABLE AS new_needs FOR EACH STATEMENT EXECUTE FUNCTION "tahub_need_tally"();
CREATE TRIGGER "Need_tally_delete" AFTER DELETE ON "Need" REFERENCING OLD TABLE AS old_needs FOR EACH STATEMENT EXECUTE FUNCTION "tahub_need_tally"();
CREATE TRIGGER "Need_tally_truncate" AFTER TRUNCATE ON "Need" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_need_tally"();

-- The needs already stored.
INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", 1 AS c FROM "Need") n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
