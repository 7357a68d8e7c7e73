/** The States parties, with their regional group, sub-region, languages and development status. */
import { STATES_PARTIES, ZRegionalGroupSchema } from "@tahub/domain";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.js";

const ZStateRowSchema = z.object({
  iso3: z.string(),
  name: z.string(),
  group: z.string(),
  subregion: z.string(),
  languages: z.array(z.string()),
  developing: z.boolean(),
});

export const statesRouter = router({
  list: publicProcedure
    .input(z.object({ group: ZRegionalGroupSchema.optional() }).default({}))
    .output(z.array(ZStateRowSchema))
    .query(({ input }) =>
      STATES_PARTIES.filter((s) => !input.group || s.group === input.group).map((s) => ({
        iso3: s.iso3,
        name: s.name,
        group: s.group,
        subregion: s.subregion,
        languages: [...s.languages],
        developing: s.developing,
      })),
    ),
});
