/** Where a global-search hit leads. Kinds without a page of their own open a filtered list. */
export function hrefFor(kind: string, id: string): string {
  switch (kind) {
    case "need":
      return `/needs/${encodeURIComponent(id)}`;
    case "offer":
      return `/offers/${encodeURIComponent(id)}`;
    case "expert":
      return `/experts/${encodeURIComponent(id)}`;
    case "expertise":
      return `/expertise?focus=${encodeURIComponent(id)}`;
    case "state":
      return `/needs?state=${encodeURIComponent(id)}`;
    case "provider":
      return `/offers?providerId=${encodeURIComponent(id)}`;
    case "article":
      return `/needs?article=${encodeURIComponent(id)}`;
    default:
      return `/search?q=${encodeURIComponent(id)}`;
  }
}
