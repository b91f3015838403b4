// The cart permission groups, read-only reference data (docs/glue-api.md §4).
import type { MockDatabase } from '../db/database';
import type { PermissionGroupRecord } from '../db/records';
import { type GlueFailure, fail } from './glue-failure';

export const listPermissionGroups = (db: MockDatabase): PermissionGroupRecord[] => [
  ...db.permissionGroups.values(),
];

/** An unknown group is 404 here, unlike the 422 when a share names one. */
export const getPermissionGroup = (
  db: MockDatabase,
  id: string,
): PermissionGroupRecord | GlueFailure => db.permissionGroups.get(id) ?? fail('2501', 404);
