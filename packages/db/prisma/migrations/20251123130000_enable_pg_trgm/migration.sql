-- Trigram matching for the need-text search index (hand-written, see docs/storage.md)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
