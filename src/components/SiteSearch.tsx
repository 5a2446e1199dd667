/** The search box: queries the Pagefind index in the browser and lists matching pages. */
import {useEffect, useRef, useState} from 'react'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: {title?: string}
}
interface PagefindApi {
  search(term: string): Promise<{results: {id: string; data(): Promise<PagefindResultData>}[]}>
}

/** Where Pagefind writes its browser bundle; not part of Vite's graph, so imported at run time. */
const PAGEFIND_URL = '/pagefind/pagefind.js'

/** Search form with live results; works from a `?q=` link too. */
export default function SiteSearch() {
  const inputId = 'search-query'
  const [term, setTerm] = useState('')
  const [results, setResults] = useState<PagefindResultData[]>([])
  const [status, setStatus] = useState('')
  const pagefind = useRef<Promise<PagefindApi> | null>(null)

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q')
    if (initial) setTerm(initial)
  }, [])

  useEffect(() => {
    const query = term.trim()
    if (!query) {
      setResults([])
      setStatus('')
      return
    }
    let current = true
    pagefind.current ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>
    pagefind.current
      .then(async (api) => {
        const search = await api.search(query)
        const data = await Promise.all(search.results.slice(0, 20).map((result) => result.data()))
        if (!current) return
        setResults(data)
        setStatus(data.length === 0 ? `No results for “${query}”.` : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”.`)
      })
      .catch(() => current && setStatus('Search is not available right now. Please try again later.'))
    return () => {
      current = false
    }
  }, [term])

  return (
    <search className="mt-6 block">
      <form role="search" aria-label="Search page" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className="block font-semibold">Search the site</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          className="mt-2 w-full max-w-xl rounded border-2 border-slate-500 bg-white px-3 py-2 text-lg"
          autoComplete="off"
        />
        <button type="submit" className="sr-only">Search</button>
      </form>
      <p role="status" className="mt-4 text-muted">{status}</p>
      <ul className="mt-4 space-y-6">
        {results.map((result) => (
          <li key={result.url}>
            <a href={result.url} className="text-lg font-bold">{result.meta.title ?? result.url}</a>
            {/* Pagefind escapes page text and adds only <mark> around matches. */}
            <p className="mt-1" dangerouslySetInnerHTML={{__html: result.excerpt}} />
          </li>
        ))}
      </ul>
    </search>
  )
}
