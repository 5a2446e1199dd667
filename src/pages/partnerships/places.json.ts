/**
 * The index "Find one near you" loads when a visitor starts typing: every city with a
 * partnership, its state, its number of pairings and the page of its state's list where they
 * start (`DirectoryPlace`). One file for both editions: the page names the places in its language.
 * Content: `partnershipsQuery`.
 */
import type {APIRoute} from 'astro'
import {allPartnerships} from '../../lib/collections'
import {directoryPlaces, statePages} from '../../lib/partnership-directory'

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(directoryPlaces(statePages(await allPartnerships()))), {
    headers: {'content-type': 'application/json; charset=utf-8'},
  })
