import type {CurrentUser, Tool} from 'sanity'

/** Tools only administrators see: Vision runs any GROQ query, drafts and private documents included. */
const ADMINISTRATOR_TOOLS = new Set(['vision'])

/** The Studio's tools for the signed-in user: editors get everything but the administrators' tools. */
export function toolsForRole(tools: Tool[], currentUser: Omit<CurrentUser, 'role'> | null): Tool[] {
  const administrator = currentUser?.roles.some(({name}) => name === 'administrator') ?? false
  return administrator ? tools : tools.filter(({name}) => !ADMINISTRATOR_TOOLS.has(name))
}
