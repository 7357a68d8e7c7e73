-- Engagement lifecycle and in-app inbox (issue 15).
-- Statuses take the lifecycle's names: agreed becomes accepted, ongoing in-progress, completed
-- delivered (evaluated when an evaluation was recorded), cancelled withdrawn.
UPDATE "Engagement" SET "status" = CASE "status"
  WHEN 'agreed' THEN 'accepted'
  WHEN 'ongoing' THEN 'in-progress'
  WHEN 'completed' THEN CASE WHEN "evaluation" IS NULL THEN 'delivered' ELSE 'evaluated' END
  WHEN 'cancelled' THEN 'withdrawn'
  ELSE "status" END;

-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN "stateEvaluation" JSONB,
ADD COLUMN "proposedNeedStatus" TEXT,
ADD COLUMN "needStatusDecision" TEXT,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Two clicks on "offer support" (or two processes) cannot record two open engagements of one
-- provider for one need and offer. COALESCE makes "no offer" one value, as NULLs are distinct.
CREATE UNIQUE INDEX "Engagement_open_key" ON "Engagement"("needId", "providerId", COALESCE("offerId", ''))
  WHERE "status" IN ('proposed', 'accepted', 'in-progress');

-- CreateTable
CREATE TABLE "EngagementEvent" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from" TEXT,
    "to" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "byUserId" TEXT,
    "message" TEXT,
    "needStatus" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EngagementEvent_engagementId_at_idx" ON "EngagementEvent"("engagementId", "at");

-- AddForeignKey
ALTER TABLE "EngagementEvent" ADD CONSTRAINT "EngagementEvent_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementEvent" ADD CONSTRAINT "EngagementEvent_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Engagements recorded before the lifecycle get one history entry, so every history has a start.
INSERT INTO "EngagementEvent" ("id", "engagementId", "action", "from", "to", "party", "at")
  SELECT 'rec-' || "id", "id", 'record', NULL, "status", 'provider', "createdAt" FROM "Engagement";

-- The notifications table had English title and body and was never written: typed data instead.
DELETE FROM "Notification";
ALTER TABLE "Notification" DROP COLUMN "title",
DROP COLUMN "body",
DROP COLUMN "entity",
DROP COLUMN "entityId",
ADD COLUMN "engagementId" TEXT NOT NULL,
ADD COLUMN "eventId" TEXT,
ADD COLUMN "data" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "mailedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_engagementId_idx" ON "Notification"("engagementId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "EngagementEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
