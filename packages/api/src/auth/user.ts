import type { RoleId } from "@tahub/domain";

/** Who is calling. `null` in `Context.user` is the anonymous public. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Exclude<RoleId, "public">;
  /** The State a focal point acts for. */
  state: string | null;
  /** The provider a donor/provider user acts for. */
  providerId: string | null;
  /** Display names of that State or provider, for the layout. */
  stateName: string | null;
  providerName: string | null;
  locale: string;
}
