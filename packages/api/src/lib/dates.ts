/** Prisma returns @db.Date columns as Date at UTC midnight; the API speaks yyyy-mm-dd. */
export const toDay = (d: Date | null | undefined): string | null =>
  d ? d.toISOString().slice(0, 10) : null;
export const fromDay = (s: string | null | undefined): Date | null =>
  s ? new Date(`${s}T00:00:00.000Z`) : null;
export const toInstant = (d: Date | null | undefined): string | null =>
  d ? d.toISOString() : null;
