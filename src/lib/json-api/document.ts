// The JSON:API wire format Glue speaks (docs/glue-api.md §1). Both sides use these
// schemas: the app validates every response, the mock's tests validate what it writes.
// zod/mini keeps the first visit small; the schemas read the same as with full zod.
import { z } from 'zod/mini';

export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const resourceIdentifierSchema = z.object({ type: z.string(), id: z.string() });

/** Glue always sends relationship data as an array, even for one related resource. */
export const relationshipsSchema = z.record(
  z.string(),
  z.object({ data: z.array(resourceIdentifierSchema) }),
);

export const resourceObjectSchema = z.object({
  type: z.string(),
  // Token resources (`access-tokens`, …) have no id: Glue sends null.
  id: z.nullable(z.string()),
  // An object; what is in it is each normaliser's business (attributesOf parses it with the
  // resource's own schema), so the document is not walked and copied key by key twice —
  // for 504 carts that was half the time spent checking the answer.
  attributes: z.custom<Record<string, unknown>>(isPlainObject),
  links: z.optional(z.object({ self: z.string() })),
  relationships: z.optional(relationshipsSchema),
});
export type ResourceObject = z.infer<typeof resourceObjectSchema>;

const linksSchema = z.record(z.string(), z.string());

export const singleDocumentSchema = z.object({
  data: resourceObjectSchema,
  included: z.optional(z.array(resourceObjectSchema)),
});
export const collectionDocumentSchema = z.object({
  data: z.array(resourceObjectSchema),
  included: z.optional(z.array(resourceObjectSchema)),
  links: linksSchema,
});
export type SingleDocument = z.infer<typeof singleDocumentSchema>;
export type CollectionDocument = z.infer<typeof collectionDocumentSchema>;

export const errorObjectSchema = z.object({
  status: z.number().check(z.refine(Number.isInteger)),
  // Framework errors (bad body, unknown route, bad paging) carry no code.
  code: z.optional(z.string()),
  detail: z.string(),
});
export type GlueErrorObject = z.infer<typeof errorObjectSchema>;

export const errorDocumentSchema = z.object({
  errors: z.array(errorObjectSchema).check(z.minLength(1)),
});
