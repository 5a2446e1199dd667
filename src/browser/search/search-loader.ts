/**
 * The only script every page loads: it waits until someone focuses or types in the header's
 * search box, and only then fetches the search code (and, through it, Pagefind).
 */
const input = document.querySelector<HTMLInputElement>('#site-search')
if (input) {
  const start = () => {
    input.removeEventListener('focus', start)
    input.removeEventListener('input', start)
    void import('./header-search').then(({enhanceHeaderSearch}) => enhanceHeaderSearch(input))
  }
  input.addEventListener('focus', start)
  input.addEventListener('input', start)
}
