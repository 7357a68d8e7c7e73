-- Search documents (issue 13): per record, the accent-folded words, their stems and the ids of
-- the lexicon concepts it names, built by the API (packages/engine/src/search) and matched with
-- array overlap and containment, which PGlite and PostgreSQL evaluate alike. New and existing
-- rows start empty, which the API reads as "to build" and fills before the next search.
ALTER TABLE "Need" ADD COLUMN "search" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Offer" ADD COLUMN "search" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Expertise" ADD COLUMN "search" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Expert" ADD COLUMN "search" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE INDEX "Need_search_idx" ON "Need" USING GIN ("search");
CREATE INDEX "Offer_search_idx" ON "Offer" USING GIN ("search");
CREATE INDEX "Expertise_search_idx" ON "Expertise" USING GIN ("search");
CREATE INDEX "Expert_search_idx" ON "Expert" USING GIN ("search");

-- A write that changes the searched text without writing a new document (a script, another
-- writer, a later feature) empties the document, so the API rebuilds it instead of answering
-- searches from the old wording. Writers that do send a document keep it.
CREATE FUNCTION "tahub_need_search_stale"() RETURNS trigger AS $$
BEGIN
  IF NEW."text" IS DISTINCT FROM OLD."text" AND NEW."search" IS NOT DISTINCT FROM OLD."search" THEN
    NEW."search" := ARRAY[]::TEXT[];
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "tahub_title_search_stale"() RETURNS trigger AS $$
BEGIN
  IF (NEW."title" IS DISTINCT FROM OLD."title" OR NEW."description" IS DISTINCT FROM OLD."description")
     AND NEW."search" IS NOT DISTINCT FROM OLD."search" THEN
    NEW."search" := ARRAY[]::TEXT[];
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "tahub_expert_search_stale"() RETURNS trigger AS $$
BEGIN
  IF (NEW."name" IS DISTINCT FROM OLD."name" OR NEW."summary" IS DISTINCT FROM OLD."summary"
      OR NEW."areas" IS DISTINCT FROM OLD."areas" OR NEW."currentPosition" IS DISTINCT FROM OLD."currentPosition"
      OR NEW."organization" IS DISTINCT FROM OLD."organization")
     AND NEW."search" IS NOT DISTINCT FROM OLD."search" THEN
    NEW."search" := ARRAY[]::TEXT[];
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Need_search_stale" BEFORE UPDATE ON "Need" FOR EACH ROW EXECUTE FUNCTION "tahub_need_search_stale"();
CREATE TRIGGER "Offer_search_stale" BEFORE UPDATE ON "Offer" FOR EACH ROW EXECUTE FUNCTION "tahub_title_search_stale"();
CREATE TRIGGER "Expertise_search_stale" BEFORE UPDATE ON "Expertise" FOR EACH ROW EXECUTE FUNCTION "tahub_title_search_stale"();
CREATE TRIGGER "Expert_search_stale" BEFORE UPDATE ON "Expert" FOR EACH ROW EXECUTE FUNCTION "tahub_expert_search_stale"();
