/**
 * Portable Text rendered at build time (no client JavaScript). Text is escaped by React; links
 * keep only https:, http: and mailto: addresses, and any other link keeps its text but loses
 * the link, since `@portabletext/react` itself blocks only javascript:.
 */
import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {PortableTextBlock} from '@portabletext/react'
import {isAllowedLink} from '@onecop/content-model'

const components: PortableTextComponents = {
  marks: {
    link: ({value, children}) => {
      const href = typeof value?.href === 'string' ? value.href : ''
      return isAllowedLink(href) ? <a href={href}>{children}</a> : <>{children}</>
    },
  },
  block: {
    h2: ({children}) => <h2 className="mt-8 text-2xl font-bold text-navy">{children}</h2>,
    h3: ({children}) => <h3 className="mt-6 text-xl font-bold text-navy">{children}</h3>,
    blockquote: ({children}) => <blockquote className="mt-4 border-l-4 border-gold pl-4 italic">{children}</blockquote>,
    normal: ({children}) => <p className="mt-4">{children}</p>,
  },
  list: {
    bullet: ({children}) => <ul className="mt-4 list-disc pl-6">{children}</ul>,
    number: ({children}) => <ol className="mt-4 list-decimal pl-6">{children}</ol>,
  },
}

/** A Portable Text body; with `lang`, marked as written in that language. */
export default function RichText({value, lang}: {value: unknown[]; lang?: string}) {
  const body = <PortableText value={value as PortableTextBlock[]} components={components} />
  return lang ? <div lang={lang}>{body}</div> : body
}
