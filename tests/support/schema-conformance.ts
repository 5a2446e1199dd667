/**
 * Type-level check that a Zod schema takes what its query returns, as TypeGen describes it:
 * the same fields at every depth, every type TypeGen allows accepted (a string for a string, an
 * object for an object, a list for a list), and null accepted wherever TypeGen says null can
 * come back. The schema may accept more (null where TypeGen promises a value, since a reference
 * can dangle) and refuse at run time what pages cannot show; it may not expect less.
 *
 * `Mismatches<Input, Row, "name">` is the union of the paths that do not conform, `never` when
 * all do, so a failing check names the field.
 */
type IsAny<T> = 0 extends 1 & T ? true : false

export type Mismatches<Input, Row, Path extends string> =
  IsAny<Input> extends true
    ? Path
    : unknown extends Input
      ? Path // a schema that takes anything checks nothing
      : null extends Row
        ? null extends Input
          ? ValueMismatches<NonNullable<Input>, NonNullable<Row>, Path>
          : `${Path} (TypeGen allows null; the schema does not)`
        : ValueMismatches<NonNullable<Input>, NonNullable<Row>, Path>

type ValueMismatches<Input, Row, Path extends string> = [Row] extends [readonly (infer RowItem)[]]
  ? [Input] extends [readonly (infer InputItem)[]]
    ? Mismatches<InputItem, RowItem, `${Path}[]`>
    : `${Path} (TypeGen: a list)`
  : [Row] extends [object]
    ? [Input] extends [readonly unknown[]]
      ? `${Path} (TypeGen: an object)`
      : [Input] extends [object]
        ? ObjectMismatches<Input, Row, Path>
        : `${Path} (TypeGen: an object)`
    : [Row] extends [Input]
      ? never
      : `${Path} (the schema does not take every value TypeGen allows)`

type ObjectMismatches<Input, Row, Path extends string> = string extends keyof Input
  ? [Row] extends [Input]
    ? never // a loose object (Portable Text blocks): every row must fit it
    : Path
  : [Exclude<keyof Row, keyof Input>] extends [never]
    ? [Exclude<keyof Input, keyof Row>] extends [never]
      ? {[K in keyof Row & keyof Input & string]: Mismatches<Input[K], Row[K], `${Path}.${K}`>}[keyof Row & keyof Input & string]
      : `${Path}.${Exclude<keyof Input, keyof Row> & string} (only in the schema)`
    : `${Path}.${Exclude<keyof Row, keyof Input> & string} (only in the query)`
