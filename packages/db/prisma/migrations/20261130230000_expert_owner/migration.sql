-- AlterTable
ALTER TABLE "Expert" ADD COLUMN "ownerProviderId" TEXT;

-- CreateIndex
CREATE INDEX "Expert_ownerProviderId_idx" ON "Expert"("ownerProviderId");

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_ownerProviderId_fkey" FOREIGN KEY ("ownerProviderId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;
