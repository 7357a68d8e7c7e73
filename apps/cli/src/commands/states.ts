import { REGIONAL_GROUPS, STATES_PARTIES } from "@tahub/domain";
import { json, table, UsageError, type Command } from "../lib/command.js";

export const statesCommand: Command = {
  name: "states",
  summary: "List the States parties with regional group, subregion and UN languages",
  usage: "tahub states [--json] [--group african]",
  options: { json: { type: "boolean" }, group: { type: "string" } },
  run({ values, io }) {
    const group = values.group as string | undefined;
    if (group && !REGIONAL_GROUPS.some((g) => g.id === group)) {
      throw new UsageError(
        `unknown regional group "${group}"; one of: ${REGIONAL_GROUPS.map((g) => g.id).join(", ")}`,
      );
    }
    const states = STATES_PARTIES.filter((s) => !group || s.group === group);
    if (values.json) {
      io.out(json(states));
      return 0;
    }
    for (const line of table([
      ["ISO3", "group", "subregion", "languages", "name"],
      ...states.map((s) => [s.iso3, s.group, s.subregion, s.languages.join(",") || "-", s.name]),
    ]))
      io.out(line);
    io.out(`${states.length} States parties`);
    return 0;
  },
};
