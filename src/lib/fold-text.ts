/**
 * Text folded for matching and for anchors: lower case, accents dropped, anything but letters and
 * digits turned into single spaces ("  San  JOSÉ,  " -> "san jose"). Used by "Find one near you"
 * to match what a visitor types and by the directory for each city's anchor, so both read a
 * city's name the same way.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
