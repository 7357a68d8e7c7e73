import { useQuery } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { hrefFor } from "../lib/links";
import { useHitText, type SearchHit } from "../lib/searchHit";
import { useTRPC } from "../lib/trpc";
import { useDebounced } from "../lib/useDebounced";

/** What a key does in the combobox; `null` when the key is the input's own (typing). */
interface ComboboxStep {
  preventDefault?: boolean;
  open?: boolean;
  /** The highlighted option after the key, -1 for none. */
  active?: number;
  /** Enter: open the highlighted hit, or the full results page when none is highlighted. */
  submit?: boolean;
}

/** The combobox keys (ARIA 1.2): arrows move within the list, Escape closes it, Enter opens. */
export function comboboxKey(key: string, active: number, count: number): ComboboxStep | null {
  switch (key) {
    case "ArrowDown":
      return { preventDefault: true, open: true, active: Math.min(active + 1, count - 1) };
    case "ArrowUp":
      return { preventDefault: true, active: Math.max(active - 1, -1) };
    case "Escape":
      return { open: false, active: -1 };
    case "Enter":
      return { preventDefault: true, submit: true };
    default:
      return null;
  }
}

/** The combobox's state: the text, the suggestions for it, which is highlighted, and moving. */
function useSearchCombobox() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
    const step = comboboxKey(e.key, active, items.length);
    if (!step) return;
    if (step.preventDefault) e.preventDefault();
    if (step.open !== undefined) setOpen(step.open);
    if (step.active !== undefined) setActive(step.active);
    if (step.submit) {
      const hit = active >= 0 ? items[active] : undefined;
      if (hit) go(hrefFor(hit.kind, hit.id));
      else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
    }
  }

  function type(text: string) {
    setQ(text);
    setOpen(true);
    setActive(-1);
  }

  return { q, type, open, setOpen, active, items, expanded, go, onKeyDown };
}

/**
 * The global search: an ARIA 1.2 combobox. Suggestions come from `search.global` (typo-tolerant)
 * as the person types; arrows move, Enter opens the highlighted hit or the full results page.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const { q, type, setOpen, active, items, expanded, go, onKeyDown } = useSearchCombobox();
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
        onChange={(e) => type(e.target.value)}
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
          <Suggestion
            key={`${hit.kind}-${hit.id}`}
            id={`${id}-opt-${i}`}
            hit={hit}
            active={i === active}
            onPick={() => go(hrefFor(hit.kind, hit.id))}
          />
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded ? t("search.count", { count: items.length }) : ""}
      </span>
    </form>
  );
}

/** One suggestion: the kind of record, its title and subtitle; picked on mouse down. */
function Suggestion({
  id,
  hit,
  active,
  onPick,
}: {
  id: string;
  hit: SearchHit;
  active: boolean;
  onPick: () => void;
}) {
  const { t } = useTranslation();
  const hitText = useHitText();
  const { title, subtitle } = hitText(hit);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? "active" : undefined}
      onMouseDown={(e) => {
        e.preventDefault();
        onPick();
      }}
    >
      <span className="search-kind">{t(`kind.${hit.kind}`)}</span>
      <span className="search-title">{title}</span>
      {subtitle ? <span className="search-sub">{subtitle}</span> : null}
    </li>
  );
}
