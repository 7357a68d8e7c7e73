import { useSearchParams } from "react-router";

/**
 * Filters live in the URL so a filtered list can be bookmarked and shared. `set` writes one
 * parameter (an empty value removes it) without adding a history entry per keystroke.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { params, set };
}
