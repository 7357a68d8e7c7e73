import { useQuery } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { hrefFor } from "../lib/links";
import { useHitText } from "../lib/searchHit";
import { useTRPC } from "../lib/trpc";
import { useDebounced } from "../lib/useDebounced";

/**
 * The global search: an ARIA 1.2 combobox. Suggestions come from `search.global` (typo-tolerant)
 * as the person types; arrows move, Enter opens the highlighted hit or the full results page.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hitText = useHitText();
  const term = useDebounced(q.trim(), 200);
  const hits = useQuery({
    ...trpc.search.global.queryOptions({ q: term, limit: 8 }),
    enabled: term.length >= 2,
    placeholderData: (prev) => prev,
  });
  const items = term.length >= 2 ? (hits.data ?? []) : [];
  const expanded = open && items.length > 0;

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    void navigate(href);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const hit = active >= 0 ? items[active] : undefined;
      if (hit) go(hrefFor(hit.kind, hit.id));
      else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
    }
  }

  return (
    <form className="search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        placeholder={t("search.placeholder")}
        value={q}
        autoComplete="off"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t("search.suggestions")}
        className="search-list"
        hidden={!expanded}
      >
        {items.map((hit, i) => (
          <li
            key={`${hit.kind}-${hit.id}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              go(hrefFor(hit.kind, hit.id));
            }}
          >
            <span className="search-kind">{t(`kind.${hit.kind}`)}</span>
            <span className="search-title">{hitText(hit).title}</span>
            {hitText(hit).subtitle ? (
              <span className="search-sub">{hitText(hit).subtitle}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded ? t("search.count", { count: items.length }) : ""}
      </span>
    </form>
  );
}
