-- Notifications and mail (issue 15, deliverables 2 and 6, and issue 14 part 5): the mail outbox,
-- password-reset tokens, questionnaire rounds with their reminders, subscriptions to saved
-- criteria, and inbox notifications about a need or an offer (not only an engagement).

-- Subscriptions: one row per saved set of criteria instead of one row per (kind, value).
ALTER TABLE "Subscription" ADD COLUMN "target" TEXT NOT NULL DEFAULT 'needs',
ADD COLUMN "frequency" TEXT NOT NULL DEFAULT 'immediate',
ADD COLUMN "articles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "states" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "text" TEXT,
ADD COLUMN "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- An old (kind, value) row becomes the criterion it named.
UPDATE "Subscription" SET "articles" = ARRAY["value"::INTEGER] WHERE "kind" = 'article' AND "value" ~ '^[0-9]+$';
UPDATE "Subscription" SET "categories" = ARRAY["value"] WHERE "kind" = 'category';
UPDATE "Subscription" SET "regions" = ARRAY["value"] WHERE "kind" = 'region';
UPDATE "Subscription" SET "states" = ARRAY[UPPER("value")] WHERE "kind" = 'state';
UPDATE "Subscription" SET "checkedAt" = "createdAt";

DROP INDEX "Subscription_kind_value_idx";
DROP INDEX "Subscription_userId_kind_value_key";
ALTER TABLE "Subscription" DROP COLUMN "kind",
DROP COLUMN "value";

CREATE INDEX "Subscription_userId_idx" ON "Subscription"("userId");
CREATE INDEX "Subscription_frequency_checkedAt_idx" ON "Subscription"("frequency", "checkedAt");

-- Notifications about a need or an offer (subscription matches) or none (questionnaire reminders).
ALTER TABLE "Notification" ALTER COLUMN "engagementId" DROP NOT NULL,
ADD COLUMN "needId" TEXT,
ADD COLUMN "offerId" TEXT;

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "userId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notificationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OutboxMail_status_check" CHECK ("status" IN ('queued', 'sent', 'failed', 'held'))
);

CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");
CREATE INDEX "OutboxMail_to_idx" ON "OutboxMail"("to");
CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt");
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");
CREATE INDEX "PasswordResetToken_ip_createdAt_idx" ON "PasswordResetToken"("ip", "createdAt");
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "QuestionnaireRound" (
    "id" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL DEFAULT '2021-annex-I',
    "opensAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" DATE NOT NULL,
    "remindDays" INTEGER[] DEFAULT ARRAY[14, 3, 0]::INTEGER[],
    "setById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireRound_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "QuestionnaireRound_createdAt_idx" ON "QuestionnaireRound"("createdAt");
ALTER TABLE "QuestionnaireRound" ADD CONSTRAINT "QuestionnaireRound_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "QuestionnaireReminder" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireReminder_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "QuestionnaireReminder_roundId_stateId_daysBefore_key" ON "QuestionnaireReminder"("roundId", "stateId", "daysBefore");
ALTER TABLE "QuestionnaireReminder" ADD CONSTRAINT "QuestionnaireReminder_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "QuestionnaireRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuestionnaireReminder" ADD CONSTRAINT "QuestionnaireReminder_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;
