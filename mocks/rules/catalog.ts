// Read-only reference data: permission groups and concrete products.
import type { MockDatabase } from '../db/database';
import type { PermissionGroupRecord, ProductRecord } from '../db/records';
import { type GlueFailure, fail } from './glue-failure';

export const listPermissionGroups = (db: MockDatabase): PermissionGroupRecord[] => [
  ...db.permissionGroups.values(),
];

/** An unknown group is 404 here, unlike the 422 when a share names one. */
export const getPermissionGroup = (
  db: MockDatabase,
  id: string,
): PermissionGroupRecord | GlueFailure => db.permissionGroups.get(id) ?? fail('2501', 404);

export const getProduct = (db: MockDatabase, sku: string): ProductRecord | GlueFailure =>
  db.products.get(sku) ?? fail('302');
