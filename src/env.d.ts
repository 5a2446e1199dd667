declare namespace App {
  interface Locals {
    /** The language of the page's main content: its own, or English where the translation is missing (set by BaseLayout). */
    textLocale?: import('./i18n/locales').Locale
  }
}
