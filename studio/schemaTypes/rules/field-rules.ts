/**
 * The content model's shared checks (`@onecop/content-model`) as Studio rules. The site's build
 * calls the same checks, so a value the Studio lets an editor publish is one the site accepts.
 * Every check here is an error, which blocks publishing.
 */
import {
  LINK_SCHEMES,
  calendarDateProblem,
  dateTimeProblem,
  linkProblem,
  optionProblem,
  textProblem,
  type Check,
  type Option,
} from '@onecop/content-model'
import type {CustomValidator, DateRule, DatetimeRule, RuleDef, StringRule, UrlRule} from 'sanity'

/** A problem as the Studio shows it under a field: a sentence. */
export function sentence(problem: string): string {
  return problem[0].toUpperCase() + problem.slice(1)
}

/** A shared check as a Studio validator. */
export function studioCheck<Value>(check: Check<Value>): CustomValidator<Value | undefined> {
  return (value) => {
    const problem = check(value)
    return problem ? sentence(problem) : true
  }
}

/** Required text: something other than spaces. */
export function requiredText<R extends RuleDef<R, string>>(rule: R): R {
  return rule.required().custom(studioCheck(textProblem))
}

/** Optional text that, when given, says something. */
export function optionalText<R extends RuleDef<R, string>>(rule: R): R {
  return rule.custom(studioCheck(textProblem))
}

/** A link the site will publish: a full `https:`, `http:` or `mailto:` address. */
export function linkRule(rule: UrlRule): UrlRule {
  return rule.uri({scheme: [...LINK_SCHEMES]}).custom(studioCheck(linkProblem))
}

/**
 * A list member with a list of choices: nothing outside the list, whoever writes it. (A single
 * string field with `options.list` needs no such rule: Sanity refuses other values itself.)
 */
export function optionRule(rule: StringRule, options: readonly Option[]): StringRule {
  return rule.custom(studioCheck<string>((value) => optionProblem(options, value)))
}

/** A day that exists, even when the API wrote it. */
export function dateRule(rule: DateRule): DateRule {
  return rule.custom(studioCheck(calendarDateProblem))
}

/** A moment with its offset, even when the API wrote it. */
export function dateTimeRule(rule: DatetimeRule): DatetimeRule {
  return rule.custom(studioCheck(dateTimeProblem))
}
