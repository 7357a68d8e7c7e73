// The shared config with browser globals, for the portal.
import { tahubConfig } from "./base.js";

/** @param {Parameters<typeof tahubConfig>} args */
export function tahubReactConfig(tsconfigRootDir, options = {}) {
  return tahubConfig(tsconfigRootDir, { ...options, browser: true });
}
