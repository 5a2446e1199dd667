/**
 * Cards for search results, from a `<template>` the page renders with its own card component,
 * so a result looks exactly like a built card and the markup is written once. The template
 * holds `%name%` placeholders in text and attributes; values go in as text, never as HTML.
 */

/** A copy of the template's content with every `%name%` replaced by `values[name]`; an attribute left empty is removed. */
export function fillTemplate(template: HTMLTemplateElement, values: Record<string, string>): DocumentFragment {
  const copy = template.content.cloneNode(true) as DocumentFragment
  const fill = (text: string) => text.replace(/%(\w+)%/g, (_, name: string) => values[name] ?? '')
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      node.data = fill(node.data)
      continue
    }
    for (const attribute of [...(node as Element).attributes]) {
      const value = fill(attribute.value)
      if (value) attribute.value = value
      else (node as Element).removeAttribute(attribute.name)
    }
  }
  return copy
}
