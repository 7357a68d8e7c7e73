/**
 * For component tests: a tRPC client that records each call and refuses it (as if the server
 * were away), wrapped around the component with a fresh query client. The test then checks
 * what was sent, or that nothing was.
 */
import type { AppRouter } from "@tahub/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, TRPCClientError, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import type { ReactNode } from "react";
import { TRPCProvider } from "./trpc";

export interface RecordedCall {
  path: string;
  input: unknown;
}

export function recordingTrpc(): {
  calls: RecordedCall[];
  wrap: (ui: ReactNode) => ReactNode;
} {
  const calls: RecordedCall[] = [];
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((o) => {
        calls.push({ path: op.path, input: op.input });
        o.error(TRPCClientError.from(new Error("offline")));
      });
  const client = createTRPCClient<AppRouter>({ links: [link] });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrap = (ui: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        {ui}
      </TRPCProvider>
    </QueryClientProvider>
  );
  return { calls, wrap };
}
