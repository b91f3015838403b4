// Request attributes of the sharing endpoints (docs/glue-api.md §6): the mock backend
// validates with them, the app's sharing requests are typed by them.
import { z } from 'zod/mini';
import { requiredNumericId, requiredUuid } from './field-rules';

export const shareCreateSchema = z.object({
  idCompanyUser: requiredUuid(),
  idCartPermissionGroup: requiredNumericId(),
});
export type ShareCreateInput = z.infer<typeof shareCreateSchema>;

/** Only `idCartPermissionGroup` is used on PATCH; anything else is dropped. */
export const shareUpdateSchema = z.object({ idCartPermissionGroup: requiredNumericId() });
export type ShareUpdateInput = z.infer<typeof shareUpdateSchema>;
