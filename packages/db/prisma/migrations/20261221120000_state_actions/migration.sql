-- States (issue 15, deliverable 3, docs/states.md): a need's withdrawal day, its revisions, the
-- States' correction proposals, their consents to share a restricted need with named providers
-- (CAC/COSP/2021 note on TA needs, para 31), assistance received (2021 questionnaire, Q9 and Q11)
-- and expert recommendations (2009 working-group report, para 25).

-- AlterTable
ALTER TABLE "Need" ADD COLUMN     "withdrawnOn" DATE;

-- CreateTable
CREATE TABLE "NeedRevision" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT,
    "byUserId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedCorrection" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "categories" TEXT[],
    "articles" INTEGER[],
    "articlesGiven" BOOLEAN NOT NULL DEFAULT false,
    "comment" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "proposedById" TEXT,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT,

    CONSTRAINT "NeedCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedShare" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "expiresOn" DATE,
    "grantedById" TEXT,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedById" TEXT,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "NeedShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssistanceReceived" (
    "id" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "needId" TEXT,
    "providerId" TEXT,
    "providerName" TEXT,
    "periodFrom" DATE,
    "periodTo" DATE,
    "description" TEXT NOT NULL,
    "articles" INTEGER[],
    "evaluation" JSONB,
    "recordedById" TEXT,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistanceReceived_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertRecommendation" (
    "id" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "expertId" TEXT,
    "reason" TEXT NOT NULL,
    "name" TEXT,
    "areas" TEXT[],
    "articles" INTEGER[],
    "languages" TEXT[],
    "nationality" TEXT,
    "contact" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "recommendedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ExpertRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NeedRevision_needId_at_idx" ON "NeedRevision"("needId", "at");

-- CreateIndex
CREATE INDEX "NeedCorrection_needId_idx" ON "NeedCorrection"("needId");

-- CreateIndex
CREATE INDEX "NeedCorrection_status_idx" ON "NeedCorrection"("status");

-- CreateIndex
CREATE INDEX "NeedShare_needId_idx" ON "NeedShare"("needId");

-- CreateIndex
CREATE INDEX "NeedShare_providerId_revokedAt_idx" ON "NeedShare"("providerId", "revokedAt");

-- CreateIndex
CREATE INDEX "AssistanceReceived_stateId_idx" ON "AssistanceReceived"("stateId");

-- CreateIndex
CREATE INDEX "AssistanceReceived_needId_idx" ON "AssistanceReceived"("needId");

-- CreateIndex
CREATE INDEX "ExpertRecommendation_stateId_idx" ON "ExpertRecommendation"("stateId");

-- CreateIndex
CREATE INDEX "ExpertRecommendation_status_idx" ON "ExpertRecommendation"("status");

-- AddForeignKey
ALTER TABLE "NeedRevision" ADD CONSTRAINT "NeedRevision_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedRevision" ADD CONSTRAINT "NeedRevision_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedCorrection" ADD CONSTRAINT "NeedCorrection_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedCorrection" ADD CONSTRAINT "NeedCorrection_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedCorrection" ADD CONSTRAINT "NeedCorrection_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedShare" ADD CONSTRAINT "NeedShare_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedShare" ADD CONSTRAINT "NeedShare_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedShare" ADD CONSTRAINT "NeedShare_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedShare" ADD CONSTRAINT "NeedShare_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceReceived" ADD CONSTRAINT "AssistanceReceived_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceReceived" ADD CONSTRAINT "AssistanceReceived_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceReceived" ADD CONSTRAINT "AssistanceReceived_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceReceived" ADD CONSTRAINT "AssistanceReceived_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertRecommendation" ADD CONSTRAINT "ExpertRecommendation_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertRecommendation" ADD CONSTRAINT "ExpertRecommendation_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertRecommendation" ADD CONSTRAINT "ExpertRecommendation_recommendedById_fkey" FOREIGN KEY ("recommendedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertRecommendation" ADD CONSTRAINT "ExpertRecommendation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A proposal, a consent and a recommendation say what they are: closed sets, like the domain's.
ALTER TABLE "NeedRevision" ADD CONSTRAINT "NeedRevision_kind_check" CHECK ("kind" IN ('edit', 'withdraw', 'correction'));
ALTER TABLE "NeedCorrection" ADD CONSTRAINT "NeedCorrection_status_check" CHECK ("status" IN ('pending', 'accepted', 'rejected'));
ALTER TABLE "ExpertRecommendation" ADD CONSTRAINT "ExpertRecommendation_status_check" CHECK ("status" IN ('pending', 'added', 'dismissed'));
-- A recommendation names a directory entry or a new person.
ALTER TABLE "ExpertRecommendation" ADD CONSTRAINT "ExpertRecommendation_who_check" CHECK ("expertId" IS NOT NULL OR "name" IS NOT NULL);
-- Assistance is from a provider of TA Hub or a named other one.
ALTER TABLE "AssistanceReceived" ADD CONSTRAINT "AssistanceReceived_provider_check" CHECK ("providerId" IS NOT NULL OR "providerName" IS NOT NULL);

-- Consents change who may read a need: cached reads must see it, like a write to Need.
CREATE TRIGGER "NeedShare_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NeedShare" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();
CREATE TRIGGER "NeedCorrection_bump_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NeedCorrection" FOR EACH STATEMENT EXECUTE FUNCTION "tahub_bump_data_version"();

-- The analytics roll-up carries the withdrawal day, so a withdrawn need counts as at the days
-- before it was withdrawn and not after (migration need_tally). The key gains the column, the
-- trigger function reads it, and the roll-up is rebuilt from the needs.
ALTER TABLE "NeedTally" ADD COLUMN "withdrawnOn" DATE;

CREATE FUNCTION "tahub_need_tally_key"(integer, text, text, integer[], text, text[], text, boolean, text, text, date) RETURNS text AS $$
  SELECT md5(concat_ws('|', $1, $2, coalesce($3, '~'), $4::text, coalesce($5, '~'), $6::text, coalesce($7, '~'), $8, $9, $10, coalesce($11::text, '~')))
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION "tahub_need_tally"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "NeedTally";
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", 1 AS c FROM new_needs) n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", 1 AS c FROM new_needs UNION ALL SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", -1 AS c FROM old_needs) n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
  ELSE
    INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", "needs")
    SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn", sum(n.c)
      FROM (SELECT "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", -1 AS c FROM old_needs) n
     GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"
    HAVING sum(n.c) <> 0
    ON CONFLICT ("key") DO UPDATE SET "needs" = "NeedTally"."needs" + EXCLUDED."needs";
  END IF;
  DELETE FROM "NeedTally" WHERE "needs" <= 0;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DELETE FROM "NeedTally";
INSERT INTO "NeedTally" ("key", "cycle", "stateId", "chapterId", "articles", "category", "categories", "cycle1Category", "genderResponsive", "confidentiality", "status", "withdrawnOn", "needs")
  SELECT "tahub_need_tally_key"(n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn"), n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn", count(*)
    FROM "Need" n
   GROUP BY n."cycle", n."stateId", n."chapterId", n."articles", n."category", n."categories", n."cycle1Category", n."genderResponsive", n."confidentiality", n."status", n."withdrawnOn";
