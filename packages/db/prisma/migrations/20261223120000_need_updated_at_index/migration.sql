-- matching (issue 14): a need's page answered while the match index is rebuilt re-reads the
-- needs changed since the build read the database, found by "updatedAt" (docs/matching.md,
-- "Answering while the index is rebuilt"). Without an index that is a scan of every need.

-- CreateIndex
CREATE INDEX "Need_updatedAt_idx" ON "Need"("updatedAt");
