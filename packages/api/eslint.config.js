import { tahubConfig } from "@tahub/eslint-config/base";

export default tahubConfig(import.meta.dirname);
