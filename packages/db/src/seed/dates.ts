/** Dates of the demo records. */

/** Every demo record carries this creation instant, so a re-created database is identical. */
export const CREATED = new Date("2023-09-15T00:00:00Z");
export const date = (d: string) => new Date(`${d}T00:00:00Z`);
export const iso = (d: Date) => d.toISOString().slice(0, 10);
