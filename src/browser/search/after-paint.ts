/**
 * Resolves once the browser has painted what the page has changed so far: a frame callback runs
 * just before the frame is drawn, and a task queued from it runs after. Work that should not
 * compete with showing results (fetching the partnership directory's index) waits for it.
 */
export const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
