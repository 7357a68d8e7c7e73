// Size guards (issue 16: no file over 400 lines, no function over 60 lines outside data tables).
//
// `max-lines-per-function` counts a vitest `describe(..., () => { ... })` callback as a function,
// so every suite of more than a few tests would "fail" although no code in it is long. This rule
// is ESLint's own `max-lines-per-function` with one difference: the callback passed to
// `describe` (and `describe.skip`, `describe.each(...)`, ...) is not measured. Every other
// function is, in tests too: an `it`/`test` callback, a hook or a helper over 60 lines is a
// real finding.
import { builtinRules } from "eslint/use-at-your-own-risk";

const core = builtinRules.get("max-lines-per-function");

/** The identifier a callee starts from: `describe.each([...])` -> "describe". */
function rootName(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression") return rootName(node.object);
  if (node.type === "CallExpression") return rootName(node.callee);
  return undefined;
}

function isDescribeCallback(node) {
  const parent = node.parent;
  return (
    (node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression") &&
    parent?.type === "CallExpression" &&
    parent.callee !== node &&
    parent.arguments.includes(node) &&
    rootName(parent.callee) === "describe"
  );
}

const maxLinesPerFunction = {
  meta: {
    ...core.meta,
    docs: {
      ...core.meta.docs,
      description: "max-lines-per-function, except for the callback of a vitest `describe`",
    },
  },
  create(context) {
    const filtered = Object.create(context, {
      report: {
        value(descriptor) {
          if (!isDescribeCallback(descriptor.node)) context.report(descriptor);
        },
      },
    });
    return core.create(filtered);
  },
};

export const sizePlugin = {
  meta: { name: "tahub-size" },
  rules: { "max-lines-per-function": maxLinesPerFunction },
};
