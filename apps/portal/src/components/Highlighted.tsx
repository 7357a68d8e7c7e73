import { highlightSegments } from "../lib/highlight";

/** The need's text with the classifier's evidence terms marked. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = highlightSegments(text, terms);
  return (
    <p className="need-text">
      {segments.map((s, i) =>
        s.term ? (
          <mark key={i} title={s.term}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
