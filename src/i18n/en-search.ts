/**
 * The English strings the browser's search code uses, as a dictionary of their own
 * (`search-translations.ts`), so that a page's search script does not carry every string of the
 * site. Part of the English dictionary (`en.ts`), which spreads them in.
 */

export const enSearch = {
  pagination: {
    previous: 'Previous',
    next: 'Next',
    /** Read after "Previous" and "Next" by screen readers. */
    pageWord: 'page',
    /** Read before a page's number by screen readers. */
    pageNumber: 'Page',
    /** "Resource library, page 2 of 12" */
    titleOfPage: (title: string, page: number, last: number) => `${title}, page ${page} of ${last}`,
    /** "Showing 25–42 of 42" */
    showing: (first: number, last: number, total: number) => `Showing ${first}–${last} of ${total}`,
  },
  searchKinds: {Resource: 'Resource', Event: 'Event', Pillar: 'Pillar', Page: 'Page', Partnership: 'Partnership'},
  search: {
    title: 'Search',
    description: "Search OneCOP's pillars, resource library, events and pages.",
    formLabel: 'Search page',
    label: 'Search the site',
    button: 'Search',
    noScriptBefore: 'Searching needs JavaScript. Without it, browse',
    noScriptLibrary: 'the resource library',
    noScriptEvents: 'events',
    noScriptAnd: 'and',
    noScriptPillars: 'the six pillars',
    filters: 'Filters',
    kindOfPage: 'Kind of page',
    resourcesFacet: (facet: string) => `Resources: ${facet.toLowerCase()}`,
    showMore: (remaining: number) => `Show more results (${remaining} more)`,
    showMoreButton: 'Show more results',
    noResults: (term: string) => (term ? `No results for “${term}”.` : 'No results.'),
    results: (count: number, term: string) => `${count} result${count === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}.`,
    seeAll: 'See all results',
    partnershipsMatch: (count: number, term: string) => `${count} partnership${count === 1 ? ' also matches' : 's also match'} “${term}”.`,
    showPartnerships: 'Show the partnerships',
  },
  library: {
    pagesOfResults: 'Pages of the results',
    resource: {one: 'resource', other: 'resources'},
    matching: (term: string) => ` matching “${term}”`,
  },
}

/** The shape every language's search strings have. */
export type SearchDictionary = typeof enSearch
