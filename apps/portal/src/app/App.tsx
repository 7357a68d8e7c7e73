import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter } from "react-router";
import { errorCode } from "../lib/errors";
import { makeTrpcClient, TRPCProvider } from "../lib/trpc";
import { AppRoutes } from "./AppRoutes";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change on retry; only network and server errors are retried, once.
        retry: (count, err) => {
          const code = errorCode(err);
          return count < 1 && (code === "NETWORK" || code === "INTERNAL_SERVER_ERROR");
        },
      },
    },
  });
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() => makeTrpcClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
