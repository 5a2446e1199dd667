/** Count words (`1 recurso`, `2 recursos`) by each language's plural rules. */
import {INTL_LOCALES, type Locale} from './locales'

/** Each language's plural rules, made once (a build counts on tens of thousands of pages). */
const PLURAL_RULES = Object.fromEntries(Object.entries(INTL_LOCALES).map(([locale, tag]) => [locale, new Intl.PluralRules(tag)])) as Record<
  Locale,
  Intl.PluralRules
>

/** `count` with the noun in the form the language's plural rules ask for: "1 resource", "0 resources". */
export function countOf(locale: Locale, count: number, noun: {one: string; other: string}): string {
  const form = PLURAL_RULES[locale].select(count) === 'one' ? noun.one : noun.other
  return `${count} ${form}`
}
