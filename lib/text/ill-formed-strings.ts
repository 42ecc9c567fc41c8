/**
 * The paths (react-hook-form style, "paragraphs.2.text") of every string in a decoded request
 * that is not well-formed UTF-16: a lone surrogate, usually half an emoji left by copy and
 * paste. Such text cannot be stored as UTF-8 (PostgreSQL refuses it; SQLite's driver rejects
 * it), so it is refused beside its field instead of failing the save.
 */
export function illFormedStringPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "string") {
    if (!value.isWellFormed()) found.push(path.join("."));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => illFormedStringPaths(item, [...path, String(index)], found));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) illFormedStringPaths(item, [...path, key], found);
  }
  return found;
}

export const ILL_FORMED_TEXT =
  "This contains a character that cannot be saved (often half of an emoji or symbol left by copying and pasting). Delete it and type it again.";
