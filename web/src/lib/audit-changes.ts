/**
 * One line for an audit entry's changes: `field: before → after` when the values are shown, else the
 * field names (admins do not see the values of file content; the API sends them null).
 */
export function describeChanges(changedFields: readonly string[], changes: unknown): string {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return changedFields.join(', ');
  return Object.entries(changes as Record<string, unknown>)
    .map(([field, value]) =>
      Array.isArray(value) && value.length === 2
        ? `${field}: ${JSON.stringify(value[0])} → ${JSON.stringify(value[1])}`
        : `${field}: ${JSON.stringify(value)}`,
    )
    .join('; ');
}
