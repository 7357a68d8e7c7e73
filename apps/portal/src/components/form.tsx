import { CONFIDENTIALITY_TIERS, type Confidentiality } from "@tahub/domain";
import { useId, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../lib/labels";
import { describeError, type FieldError } from "../lib/errors";

/** Checkbox group over a fixed vocabulary, as a fieldset with a legend. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  label,
  error,
}: {
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  label: (id: T) => string;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="checks" aria-describedby={error ? `${id}-err` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className="check">
          <input
            type="checkbox"
            checked={value.includes(o)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, o] : value.filter((v) => v !== o))
            }
          />
          <span>{label(o)}</span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Label, control, hint and error of one form field, wired for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The first API message for a field path (exact, or nested below it). */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
}

export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-err` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

/** Who may read the record: the three confidentiality tiers, one select, used by every form. */
export function ConfidentialityField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Confidentiality;
  onChange: (value: Confidentiality) => void;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <Field id={id} label={t("offerForm.confidentiality")}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Confidentiality)}>
        {CONFIDENTIALITY_TIERS.map((c) => (
          <option key={c} value={c}>
            {l.confidentiality(c)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The free-text filter at the head of a list's filter bar. */
export function TextFilter({
  id,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline field-grow">
      <label htmlFor={id}>{t("filters.text")}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </div>
  );
}

/** A select in a list's filter bar: its label, "Any" first, then the choices. */
export function SelectFilter<T extends string>({
  id,
  label,
  value,
  onChange,
  options,
  optionLabel,
  anyLabel,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: T | "") => void;
  options: readonly T[];
  optionLabel: (option: T) => string;
  /** The first choice's text; "Any" (filters.any) unless the page words it otherwise. */
  anyLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | "")}>
        <option value="">{anyLabel ?? t("filters.any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list's filter bar: a labelled group of filters (a form where `onSubmit` applies them). */
export function FilterBar({
  label,
  onSubmit,
  children,
}: {
  label?: string;
  onSubmit?: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return onSubmit ? (
    <form className="filters" onSubmit={onSubmit} aria-label={label ?? t("filters.label")}>
      {children}
    </form>
  ) : (
    <div className="filters" role="group" aria-label={label ?? t("filters.label")}>
      {children}
    </div>
  );
}

/**
 * One labelled text box (an input, or a textarea with `rows`): the field every form repeats.
 * `trim` drops spaces as the person types (day and code fields).
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  rows,
  trim = false,
  className = "field",
  ...rest
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  trim?: boolean;
  className?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: "numeric" | "email" | "text";
  type?: "email" | "password" | "text" | "url";
  autoComplete?: string;
  hint?: string;
}) {
  const { hint, ...attrs } = rest;
  const change = (v: string) => onChange(trim ? v.trim() : v);
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea
          id={id}
          rows={rows}
          value={value}
          onChange={(e) => change(e.target.value)}
          required={attrs.required}
          placeholder={attrs.placeholder}
        />
      ) : (
        <input id={id} value={value} onChange={(e) => change(e.target.value)} {...attrs} />
      )}
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

/** A form's outcome under its button: the API's refusal in words, or what was done. */
export function Outcome({ error, ok }: { error: unknown; ok: string | null }) {
  const { t } = useTranslation();
  if (error)
    return (
      <p className="field-error" role="alert">
        {describeError(error, t)}
      </p>
    );
  return ok ? (
    <p className="field-ok" role="status">
      {ok}
    </p>
  ) : null;
}
