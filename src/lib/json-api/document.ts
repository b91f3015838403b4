// The JSON:API wire format Glue speaks (docs/glue-api.md §1). Both sides use these
// schemas: the app validates every response, the mock's tests validate what it writes.
// zod/mini keeps the first visit small; the schemas read the same as with full zod.
import { z } from 'zod/mini';

export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface ResourceObject {
  type: string;
  /** Token resources (`access-tokens`, …) have no id: Glue sends null. */
  id: string | null;
  /** What is in it is each normaliser's business: attributesOf parses it with the
   * resource's own schema. */
  attributes: Record<string, unknown>;
  links?: { self: string };
  /** Glue always sends relationship data as an array, even for one related resource. */
  relationships?: Record<string, { data: ResourceIdentifier[] }>;
}

const isIdentifier = (value: unknown): value is ResourceIdentifier =>
  isPlainObject(value) && typeof value.type === 'string' && typeof value.id === 'string';

/** What is wrong with one resource object, in words; null when nothing is. */
export function resourceObjectProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'a resource must be an object';
  if (typeof value.type !== 'string') return 'type must be a string';
  if (value.id !== null && typeof value.id !== 'string') return 'id must be a string or null';
  if (!isPlainObject(value.attributes)) return 'attributes must be an object';
  const { links, relationships } = value;
  if (links !== undefined && !(isPlainObject(links) && typeof links.self === 'string')) {
    return 'links.self must be a string';
  }
  if (relationships === undefined) return null;
  if (!isPlainObject(relationships)) return 'relationships must be an object';
  for (const [name, relationship] of Object.entries(relationships)) {
    const data = isPlainObject(relationship) ? relationship.data : undefined;
    if (!Array.isArray(data) || !data.every(isIdentifier)) {
      return `relationships.${name}.data must be an array of {type, id} strings`;
    }
  }
  return null;
}

/**
 * One resource object, checked by a plain function rather than composed zod objects: a
 * big account's cart list holds thousands of resources and identifiers, and zod walked
 * and copied each key by key before the list's first paint
 * (docs/decisions/hand-written-resource-check.md). A resource passes through as it came;
 * the check's words go into the error.
 */
export const resourceObjectSchema = z.custom<ResourceObject>().check(
  z.superRefine((value, context) => {
    const problem = resourceObjectProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

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
