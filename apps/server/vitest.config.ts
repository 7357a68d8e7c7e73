import { base } from "@tahub/vitest-config";
import { defineProject } from "vitest/config";

export default defineProject(base);
