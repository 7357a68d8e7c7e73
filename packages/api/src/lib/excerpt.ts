/** `text` cut to at most `max` characters, with an ellipsis where it was cut. */
export function excerpt(text: string, max = 200): string {
  return text.length > max ? text.slice(0, max - 3) + "…" : text;
}
