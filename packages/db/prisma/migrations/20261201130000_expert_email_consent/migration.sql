-- An expert's e-mail is unique per owning provider, not globally (issue 12, existence oracle).
DROP INDEX "Expert_email_key";
CREATE UNIQUE INDEX "Expert_ownerProviderId_email_key" ON "Expert"("ownerProviderId", "email");

-- Who recorded the expert's consent to be listed, and when.
ALTER TABLE "Expert" ADD COLUMN "consentRecordedById" TEXT;
ALTER TABLE "Expert" ADD COLUMN "consentRecordedAt" TIMESTAMPTZ(3);
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_consentRecordedById_fkey" FOREIGN KEY ("consentRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
