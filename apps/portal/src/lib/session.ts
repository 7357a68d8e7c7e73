import { isSecretariat, type RoleId } from "@tahub/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "./trpc";

type SessionUser = NonNullable<RouterOutputs["auth"]["me"]>;

/** The logged-in user (null for the public) from `auth.me`, cached for the whole app. */
export function useSession() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const user: SessionUser | null = me.data ?? null;
  const role: RoleId = user?.role ?? "public";
  return {
    user,
    role,
    loading: me.isPending,
    isSecretariat: isSecretariat(role),
    isState: role === "state",
    isDonor: role === "provider",
  };
}
