-- A single counter that every write to the records bumps, through statement-level triggers.
-- API processes compare it with the value their cached read models were built from (the match
-- index, list pages): one indexed read tells them whether another process changed anything.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "tahub_bump_data_version"() RETURNS trigger AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Need_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Need" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "Offer_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Offer" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "Expertise_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Expertise" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "Expert_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Expert" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "Engagement_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Engagement" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "Provider_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Provider" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "State_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "State" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "NeedStatusChange_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NeedStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
