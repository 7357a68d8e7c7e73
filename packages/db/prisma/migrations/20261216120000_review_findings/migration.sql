-- Reviewers' findings (issue 14, part 6): per State, cycle and article, the number of challenges
-- and recommendations of the country review, recorded by the secretariat (form or import).

-- CreateTable
CREATE TABLE "ReviewFinding" (
    "id" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "article" INTEGER NOT NULL,
    "challenges" INTEGER NOT NULL,
    "recommendations" INTEGER NOT NULL,
    "source" TEXT,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewFinding_cycle_article_idx" ON "ReviewFinding"("cycle", "article");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewFinding_stateId_cycle_article_key" ON "ReviewFinding"("stateId", "cycle", "article");

-- AddForeignKey
ALTER TABLE "ReviewFinding" ADD CONSTRAINT "ReviewFinding_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The counts are what the review found: never negative, and within what a review can name.
ALTER TABLE "ReviewFinding" ADD CONSTRAINT "ReviewFinding_counts_check" CHECK ("challenges" BETWEEN 0 AND 1000 AND "recommendations" BETWEEN 0 AND 1000);
