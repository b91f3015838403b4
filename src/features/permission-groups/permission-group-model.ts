// Permission groups in the UI: Glue's names, and what each one lets a colleague do.
import { z } from 'zod';
import type { ResourceObject } from '../../lib/json-api/document';
import { attributesOf } from '../../lib/json-api/resource-reader';

export type PermissionName = 'READ_ONLY' | 'FULL_ACCESS';

export interface PermissionGroup {
  /** Glue's numeric id, as a string ("1"). */
  id: string;
  name: PermissionName;
  isDefault: boolean;
}

export const PERMISSION_TEXT: Record<PermissionName, { label: string; description: string }> = {
  READ_ONLY: {
    label: 'Read-only',
    description: 'Can see the cart, its items and totals, but not change anything.',
  },
  FULL_ACCESS: {
    label: 'Full access',
    description: 'Can also change items and quantities, rename the cart and delete it.',
  },
};

const groupSchema = z.object({
  name: z.enum(['READ_ONLY', 'FULL_ACCESS']),
  isDefault: z.boolean(),
});

export function toPermissionGroup(resource: ResourceObject): PermissionGroup {
  return { id: resource.id ?? '', ...attributesOf(resource, groupSchema) };
}
