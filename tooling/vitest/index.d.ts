// Written out rather than typed as vitest's `UserWorkspaceConfig`: this package resolves its own
// copy of vitest (another @types/node peer), whose config types do not match a package's copy
// nominally. A plain structural type fits `defineProject` in every package.
export declare const base: {
  test: {
    include: string[];
    pool: "forks";
    maxWorkers: number;
    testTimeout: number;
    hookTimeout: number;
    env: Record<string, string>;
  };
};
