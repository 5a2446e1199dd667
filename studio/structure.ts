import type {StructureResolver} from 'sanity/structure'

/** Desk structure: pillars first (they frame everything), then the resource library. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.documentTypeListItem('pillar').title('Pillars of 21st Century Policing'),
      S.documentTypeListItem('resource').title('Resources'),
    ])
