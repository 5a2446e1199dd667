/**
 * The Spanish strings the browser's search code uses: the same shape as `en-search.ts`, and part of
 * the Spanish dictionary (`es.ts`).
 */
import type {SearchDictionary} from './en-search'

export const esSearch: SearchDictionary = {
  pagination: {
    previous: 'Anterior',
    next: 'Siguiente',
    pageWord: 'página',
    pageNumber: 'Página',
    titleOfPage: (title: string, page: number, last: number) => `${title}, página ${page} de ${last}`,
    showing: (first: number, last: number, total: number) => `Del ${first} al ${last} de ${total}`,
  },
  searchKinds: {Resource: 'Recurso', Event: 'Evento', Pillar: 'Pilar', Page: 'Página', Partnership: 'Alianza'},
  search: {
    title: 'Buscar',
    description: 'Busque en los pilares, la biblioteca de recursos, los eventos y las páginas de OneCOP.',
    formLabel: 'Página de búsqueda',
    label: 'Buscar en el sitio',
    button: 'Buscar',
    noScriptBefore: 'La búsqueda necesita JavaScript. Sin él, explore',
    noScriptLibrary: 'la biblioteca de recursos',
    noScriptEvents: 'los eventos',
    noScriptAnd: 'y',
    noScriptPillars: 'los seis pilares',
    filters: 'Filtros',
    kindOfPage: 'Tipo de página',
    resourcesFacet: (facet: string) => `Recursos: ${facet.toLowerCase()}`,
    showMore: (remaining: number) => `Mostrar más resultados (${remaining} más)`,
    showMoreButton: 'Mostrar más resultados',
    noResults: (term: string) => (term ? `No hay resultados para «${term}».` : 'No hay resultados.'),
    results: (count: number, term: string) => `${count} resultado${count === 1 ? '' : 's'}${term ? ` para «${term}»` : ''}.`,
    seeAll: 'Ver todos los resultados',
    partnershipsMatch: (count: number, term: string) =>
      `${count === 1 ? '1 alianza también coincide' : `${count} alianzas también coinciden`} con «${term}».`,
    showPartnerships: 'Ver las alianzas',
  },
  library: {
    pagesOfResults: 'Páginas de los resultados',
    resource: {one: 'recurso', other: 'recursos'},
    matching: (term: string) => ` que coinciden con «${term}»`,
  },
}
