-- Where a need came from, structured (issue 14, part 4): an executive summary's ingestion, the
-- paragraph the need was read from and its heading (see ZNeedSourceSchema in @tahub/domain).
-- Null for needs entered one by one or imported from a sheet, which keep "sourceRef".
ALTER TABLE "Need" ADD COLUMN "source" JSONB;
