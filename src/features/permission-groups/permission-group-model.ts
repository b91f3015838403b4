// Permission groups in the UI: Glue's names, and what each one lets a colleague do.
import { z } from 'zod/mini';
import type { MessageKey } from '../../lib/i18n/i18n';
import type { ResourceObject } from '../../lib/json-api/document';
import { attributesOf } from '../../lib/json-api/resource-reader';
import { type PermissionName, permissionNameSchema } from '../../lib/json-api/shared-resources';

export type { PermissionName };

export interface PermissionGroup {
  /** Glue's numeric id, as a string ("1"). */
  id: string;
  name: PermissionName;
  isDefault: boolean;
}

/** What each level lets a colleague do, as message keys. */
export const PERMISSION_TEXT: Record<
  PermissionName,
  { label: MessageKey; description: MessageKey }
> = {
  READ_ONLY: {
    label: 'permission.READ_ONLY.label',
    description: 'permission.READ_ONLY.description',
  },
  FULL_ACCESS: {
    label: 'permission.FULL_ACCESS.label',
    description: 'permission.FULL_ACCESS.description',
  },
};

const groupSchema = z.object({
  name: permissionNameSchema,
  isDefault: z.boolean(),
});

export function toPermissionGroup(resource: ResourceObject): PermissionGroup {
  return { id: resource.id ?? '', ...attributesOf(resource, groupSchema) };
}
