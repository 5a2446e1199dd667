/**
 * The shape every shared rule has: it looks at a value and returns what is wrong with it, in a
 * sentence an editor can act on, or `undefined` when nothing is. The Studio shows the sentence
 * under the field and blocks publishing; the build prints it beside the document and field.
 * An absent value is never a problem here: whether a field is required is said separately.
 */
export type Check<Value> = (value: Value | null | undefined) => string | undefined
