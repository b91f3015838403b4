// Ids for the mock database. Seed data gets UUIDv5 (RFC 9562) ids from a name, so a
// link copied yesterday opens the same cart today; resources created at run time get
// random ones. The `uuid` package does the hashing (its SHA-1 is synchronous in the
// browser too, which seeding needs).
import { v5 as uuidv5 } from 'uuid';

/** This project's own namespace for UUIDv5 names. */
const NAMESPACE = '6f1c2a9e-3b7d-4c55-9e0a-5d2b8f4a7c10';

/** UUIDv5 of `name` in the project namespace: same name, same id, every run. */
export const stableUuid = (name: string): string => uuidv5(name, NAMESPACE);

/** A random UUIDv4, for resources created at run time (carts, shares). */
export const randomUuid = (): string => crypto.randomUUID();

/** An opaque random token (hex). */
export function randomToken(byteLength = 32): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(byteLength)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
