// Optimistic locking: every record has a version, sent back as If-Match on updates.

/** The If-Match header for a record version: `"<version>"`. */
export function ifMatch(version: number | null | undefined): Record<string, string> {
  if (version === null || version === undefined || !Number.isFinite(version)) {
    throw new Error('A record version is required for this update')
  }
  return { 'If-Match': `"${version}"` }
}

/** The version from an ETag header (`"3"` or `W/"3"`), or null when there is none. */
export function versionFromEtag(etag: string | null | undefined): number | null {
  if (!etag) return null
  const value = etag.trim().replace(/^W\//, '').replace(/"/g, '')
  if (!/^\d+$/.test(value)) return null
  return Number(value)
}
