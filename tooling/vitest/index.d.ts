import type { UserConfig } from "vitest/config";
export declare const base: UserConfig;
export default base;
