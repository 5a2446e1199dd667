/** "2 minutes ago", for editors: coarse on purpose, since the status is polled every 20 seconds. */
export function timeAgo(time: string, now: number): string {
  const seconds = Math.round((now - Date.parse(time)) / 1000)
  if (Number.isNaN(seconds)) return 'at an unknown time'
  // A little ahead of this clock (Netlify's and the editor's clocks differ) still reads as now.
  if (seconds < 45) return 'less than a minute ago'
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`
  const days = Math.round(hours / 24)
  return `${days} day${days === 1 ? '' : 's'} ago`
}
