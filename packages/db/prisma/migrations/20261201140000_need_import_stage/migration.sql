-- Rows of a needs import in progress (issue 12). A large import is staged here in small
-- statements, so on the embedded database it never holds one long transaction that stops every
-- other request; at the end one INSERT ... SELECT moves the rows into "Need", all or nothing.
-- Nothing else reads this table.
CREATE TABLE "NeedImportStage" (
    "importKey" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedImportStage_pkey" PRIMARY KEY ("importKey","seq")
);
