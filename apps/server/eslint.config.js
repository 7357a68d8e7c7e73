import base from "@tahub/eslint-config/base";

export default base;
