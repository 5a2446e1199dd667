/** Which Netlify deploy a build is for: `CONTEXT` is set by Netlify during builds. */

/** True for deploy previews and branch deploys: drafts may show, and search engines must stay out. */
export function isPreviewDeploy(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CONTEXT === 'deploy-preview' || env.CONTEXT === 'branch-deploy'
}
