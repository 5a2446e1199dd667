/**
 * What `/api/publish-status` answers, shared by the function that serves it and the Studio plugin
 * that reads it (`studio/plugins/publish-status/`). Types only: the Studio imports this file with
 * `import type`, so nothing from the functions is bundled into the Studio.
 *
 * Every time is an ISO 8601 string in UTC, as Netlify and Sanity write them.
 */

/** Where a production deploy is: Netlify's own states, narrowed to the three that matter to editors. */
export type DeployState = 'building' | 'ready' | 'error'

/** One production deploy, as Netlify's deploy notifications described it. */
export interface Deploy {
  /** Netlify's deploy id (it is also the `DEPLOY_ID` the build saw). */
  id: string
  state: DeployState
  /** When Netlify created the deploy (`created_at`): changes published before this are in it. */
  startedAt: string
  /** When it went live (`published_at`) or failed; null while it builds. */
  finishedAt: string | null
  /** The commit it built, if it came from Git; null for builds started by a hook. */
  commitRef: string | null
  /** What started it: the build hook's title (e.g. `Sanity: resource resource-x`), if any. */
  trigger: string | null
  /**
   * For a failed build, what to fix: the build's own content problems (`type id: field: problem`),
   * or Netlify's error message when the build recorded none. Empty otherwise.
   */
  errorLines: string[]
}

/** A change to a published document that started a build, as the Sanity webhook saw it. */
export interface Publish {
  /** The document's `_type`. */
  type: string
  /** When the webhook asked Netlify for the build (before Netlify created the deploy). */
  at: string
  /**
   * The published revision (`_rev`) the webhook reported, so the Studio knows this record is for
   * the version it shows. Absent if the webhook's projection leaves `_rev` out.
   */
  rev?: string
}

/** The whole answer of `/api/publish-status`. It carries no tokens, hook URLs or site ids. */
export interface PublishStatus {
  /** The production deploy that started most recently, whatever its state. */
  latestDeploy: Deploy | null
  /** The production deploy that went live most recently: what visitors see now. */
  lastLiveDeploy: Deploy | null
  /** The latest publishes that started a build, by published document id (the most recent 500). */
  publishes: Record<string, Publish>
  /** When this answer was read from the store. */
  checkedAt: string
}
