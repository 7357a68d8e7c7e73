-- Optimistic concurrency (issue 12): an update names the version it read and increments it,
-- so a second writer holding a stale copy matches no row and is told, instead of silently
-- overwriting the first. Existing rows start at version 1.

-- AlterTable
ALTER TABLE "Need" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Expert" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
