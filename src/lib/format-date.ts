/** Formats a `YYYY-MM-DD` date for readers, e.g. "November 25, 2026", without time-zone drift. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`))
}
