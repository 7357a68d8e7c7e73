import type { AppRouter } from "@tahub/api";
import {
  createTRPCClient,
  httpBatchLink,
  splitLink,
  TRPCClientError,
  type Operation,
} from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** The TanStack-native tRPC hooks: `useTRPC()` gives `queryOptions` / `mutationOptions` factories. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

/** URL-encoded input length above which a query goes as POST (the server allows method override). */
const LONG_INPUT = 2_000;

/**
 * Free text (classify.text takes up to 20,000 characters) does not fit in a GET URL: Node
 * refuses request heads over 16 kB with 431. Such queries go as POST with a JSON body; short
 * ones stay GET.
 */
export function sendsByPost(op: Pick<Operation, "type" | "path" | "input">): boolean {
  if (op.type !== "query") return false;
  if (op.path === "classify.text") return true;
  return encodeURIComponent(JSON.stringify(op.input ?? null)).length > LONG_INPUT;
}

export function makeTrpcClient(url = "/trpc") {
  const common = {
    url,
    // The server takes at most 10 calls per request (apps/server/src/server.ts, MAX_BATCH).
    maxItems: 10,
    // The session is an HTTP-only cookie; send it with every call.
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      fetch(input, { ...init, credentials: "include" }),
  };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: sendsByPost,
        true: httpBatchLink({ ...common, methodOverride: "POST" }),
        // Batches of short queries are split before their URL nears Node's header limit.
        false: httpBatchLink({ ...common, maxURLLength: 8_000 }),
      }),
    ],
  });
}

export type TrpcError = TRPCClientError<AppRouter>;

export function isTrpcError(err: unknown): err is TrpcError {
  return err instanceof TRPCClientError;
}
