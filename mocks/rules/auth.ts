// Tokens (docs/glue-api.md §2): opaque random strings mapped to a customer, optionally
// a company user, and an expiry. Refresh tokens rotate: each is good for one use.
import type { MockDatabase } from '../db/database';
import type { CompanyUserRecord, CustomerRecord, TokenRecord } from '../db/records';
import { randomToken } from '../db/uuid';
import { type GlueFailure, fail } from './glue-failure';

export interface Caller {
  customer: CustomerRecord;
  /** The customer's default company user, or the one chosen at `/company-user-access-tokens`. */
  companyUser: CompanyUserRecord | null;
}

export interface TokenPair {
  tokenType: 'Bearer';
  expiresIn: number;
  accessToken: string;
  refreshToken: string;
  refreshTokenExpiresIn: number;
  idCompanyUser: string | null;
}

/** Resolves the `Authorization` header to a caller: 002 when absent, 001 when not valid. */
export function authenticate(db: MockDatabase, header: string | null): Caller | GlueFailure {
  if (header === null || header.trim() === '') return fail('002');
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const record = match?.[1] ? db.accessTokens.get(match[1]) : undefined;
  if (!record || record.expiresAt <= db.now()) return fail('001');
  const customer = db.customers.get(record.customerReference);
  if (!customer) return fail('001');
  if (record.companyUserId === null) return { customer, companyUser: null };
  const companyUser = db.companyUsers.get(record.companyUserId);
  if (!companyUser?.isActive) return fail('001');
  return { customer, companyUser };
}

function issueTokens(
  db: MockDatabase,
  customerReference: string,
  companyUserId: string | null,
  idCompanyUser: string | null,
): TokenPair {
  const now = db.now();
  const access: TokenRecord = {
    token: randomToken(),
    customerReference,
    companyUserId,
    expiresAt: now + db.tokenTtlSeconds * 1000,
  };
  const refresh: TokenRecord = {
    token: randomToken(),
    customerReference,
    companyUserId,
    expiresAt: now + db.refreshTokenTtlSeconds * 1000,
  };
  db.accessTokens.set(access.token, access);
  db.refreshTokens.set(refresh.token, refresh);
  return {
    tokenType: 'Bearer',
    expiresIn: db.tokenTtlSeconds,
    accessToken: access.token,
    refreshToken: refresh.token,
    refreshTokenExpiresIn: db.refreshTokenTtlSeconds,
    idCompanyUser,
  };
}

/**
 * The customer's default company user, even when inactive: the app then asks for a
 * company-user token, gets `003`, and can say that the account is inactive.
 */
function defaultCompanyUser(db: MockDatabase, customerReference: string) {
  const own = [...db.companyUsers.values()].filter(
    (cu) => cu.customerReference === customerReference,
  );
  return own.find((cu) => cu.isDefault) ?? own[0] ?? null;
}

export function login(
  db: MockDatabase,
  input: { username: string; password: string },
): TokenPair | GlueFailure {
  const customer = db.customersByEmail.get(input.username.trim().toLowerCase());
  if (customer?.password !== input.password) return fail('003');
  const companyUser = defaultCompanyUser(db, customer.reference);
  // In B2B the customer's token already acts as their default company user (§2), unless
  // that one is inactive: then it is a plain customer token.
  const actsAs = companyUser?.isActive ? companyUser.id : null;
  return issueTokens(db, customer.reference, actsAs, companyUser?.id ?? null);
}

export function companyUserToken(
  db: MockDatabase,
  caller: Caller,
  idCompanyUser: string,
): TokenPair | GlueFailure {
  const companyUser = db.companyUsers.get(idCompanyUser);
  if (companyUser?.customerReference !== caller.customer.reference || !companyUser.isActive) {
    return fail('003');
  }
  return issueTokens(db, caller.customer.reference, companyUser.id, companyUser.id);
}

export function refreshTokens(db: MockDatabase, refreshToken: string): TokenPair | GlueFailure {
  const record = db.refreshTokens.get(refreshToken);
  if (!record || record.expiresAt <= db.now()) return fail('004');
  db.refreshTokens.delete(refreshToken);
  const companyUser = record.companyUserId ? db.companyUsers.get(record.companyUserId) : null;
  if (companyUser && !companyUser.isActive) return fail('004');
  const idCompanyUser =
    record.companyUserId ?? defaultCompanyUser(db, record.customerReference)?.id ?? null;
  return issueTokens(db, record.customerReference, record.companyUserId, idCompanyUser);
}

/**
 * `DELETE /refresh-tokens/mine` revokes all of the caller's; the caller's own token
 * revokes that one; anything else (unknown, another customer's) revokes nothing.
 */
export function revokeRefreshTokens(db: MockDatabase, caller: Caller, which: string): void {
  for (const [token, record] of db.refreshTokens) {
    if (record.customerReference !== caller.customer.reference) continue;
    if (which === 'mine' || which === token) db.refreshTokens.delete(token);
  }
}
