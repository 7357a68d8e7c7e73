import type { FormEvent, ReactNode } from "react";
import { Link } from "react-router";

/**
 * The account pages' form shell (log in, forgot and reset password): a card form with its
 * error on top, the fields, and a primary button that says when it is working.
 */
export function AuthForm({
  onSubmit,
  error,
  busy,
  submit,
  busyLabel,
  children,
  after,
}: {
  onSubmit: () => void;
  /** The refusal to show above the fields, already in words. */
  error: ReactNode;
  busy: boolean;
  submit: string;
  busyLabel: string;
  children: ReactNode;
  /** Links under the button, inside the card. */
  after?: ReactNode;
}) {
  function handle(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }
  return (
    <form className="card form" onSubmit={handle} noValidate>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {children}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : submit}
      </button>
      {after}
    </form>
  );
}

/** What an account page shows once its request is done: the news, and the way on. */
export function AuthDone({
  message,
  to,
  link,
  button = false,
}: {
  message: string;
  to: string;
  link: string;
  button?: boolean;
}) {
  return (
    <div className="card">
      <p className="alert alert-success" role="status">
        {message}
      </p>
      <Link className={button ? "button button-primary" : undefined} to={to}>
        {link}
      </Link>
    </div>
  );
}

/** One credential box (address or password), named for the browser's password manager. */
export function CredentialField({
  id,
  label,
  type,
  autoComplete,
  value,
  onChange,
  minLength,
}: {
  id: string;
  label: string;
  type: "email" | "password";
  autoComplete: "username" | "current-password" | "new-password";
  value: string;
  onChange: (value: string) => void;
  minLength?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        minLength={minLength}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
