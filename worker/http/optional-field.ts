import * as v from "valibot";

/**
 * An optional body field that a caller may also send as null: the spec writes optional fields
 * `"name"?`, and clients that serialise every field of their own type send the ones they have
 * no value for as null. Both mean "not given", so both come out as undefined.
 *
 * @example
 * v.parse(v.object({ picked: optionalOrNull(v.string()) }), { picked: null }); // { picked: undefined }
 */
export function optionalOrNull<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((value): v.InferOutput<TSchema> | undefined => value ?? undefined),
    ),
  );
}
