import type { Confidentiality, NeedStatus } from "@tahub/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../../lib/trpc";

/** What the State's actions read of a need. */
export interface NeedLike {
  id: string;
  version: number;
  text: string;
  articles: number[];
  confidentiality: Confidentiality;
  genderResponsive: boolean;
  status: NeedStatus;
}

/** After an action: the need, its revisions, the lists, proposals and consents read afresh. */
export function useRefreshNeed(id: string) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: trpc.needs.byId.queryKey({ id }) });
    void qc.invalidateQueries({ queryKey: trpc.needs.history.queryKey({ id }) });
    void qc.invalidateQueries({ queryKey: trpc.needs.list.pathKey() });
    void qc.invalidateQueries({ queryKey: trpc.corrections.list.pathKey() });
    void qc.invalidateQueries({ queryKey: trpc.consents.list.pathKey() });
  };
}
