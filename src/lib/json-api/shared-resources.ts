// Normalisers of the Glue resources that several features read: one definition each,
// so a person without a name on record is shown the same way everywhere.
import { z } from 'zod/mini';
import type { ResourceObject } from './document';
import { attributesOf } from './resource-reader';

/** Glue's two cart permission groups (docs/glue-api.md §3). */
export const permissionNameSchema = z.enum(['READ_ONLY', 'FULL_ACCESS']);
export type PermissionName = z.infer<typeof permissionNameSchema>;

export interface Person {
  /** "First Last", or the email when Glue has no name on record. */
  name: string;
  email: string;
}

const customerSchema = z.object({
  firstName: z.optional(z.nullable(z.string())),
  lastName: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
});

/** A `customers` resource as a person. */
export function personOf(customer: ResourceObject): Person {
  const { firstName, lastName, email } = attributesOf(customer, customerSchema);
  const name = `${firstName ?? ''} ${lastName ?? ''}`.trim();
  return { name: name || (email ?? ''), email: email ?? '' };
}
