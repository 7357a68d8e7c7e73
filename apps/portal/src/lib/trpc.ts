import type { AppRouter } from "@tahub/api";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** The TanStack-native tRPC hooks: `useTRPC()` gives `queryOptions` / `mutationOptions` factories. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export function makeTrpcClient(url = "/trpc") {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The server takes at most 10 calls per request (apps/server/src/server.ts, MAX_BATCH).
        maxItems: 10,
        // The session is an HTTP-only cookie; send it with every call.
        fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
      }),
    ],
  });
}

export type TrpcError = TRPCClientError<AppRouter>;

export function isTrpcError(err: unknown): err is TrpcError {
  return err instanceof TRPCClientError;
}
