/**
 * Fills "{field}" placeholders in a path from an action's result, e.g.
 * "/app/submissions/{submissionId}". Paths are strings because server pages cannot hand
 * functions to client components.
 */
export function fillPath(template: string, data: unknown) {
  const values = (data ?? {}) as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(values[key] ?? "")));
}
