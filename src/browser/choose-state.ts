/**
 * The Get-involved forms' state field, chosen from the address: a state's page in the directory
 * links here with `?state=GA` when it has no partnership yet. Without JavaScript the visitor picks
 * it; an unknown value chooses nothing.
 */
export function chooseStateFromAddress(root: ParentNode, address: URL): void {
  const state = address.searchParams.get('state')
  if (!state) return
  for (const field of root.querySelectorAll<HTMLSelectElement>('select[data-state-field]')) {
    if ([...field.options].some((option) => option.value === state)) field.value = state
  }
}
