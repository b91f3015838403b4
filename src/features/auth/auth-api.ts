// Glue's token endpoints and the caller's own company users (docs/glue-api.md §2, §4).
import { z } from 'zod/mini';
import { glue } from '../../lib/glue/client';
import { attributesOf, readResources } from '../../lib/json-api/resource-reader';
import { personOf } from '../../lib/json-api/shared-resources';
import { type TokenPair, readTokenPair } from '../../lib/session/token-pair';
import type { LoginInput } from '../../contract/auth-schemas';

export async function requestCustomerToken(input: LoginInput): Promise<TokenPair> {
  const document = await glue.one('POST', '/access-tokens', {
    anonymous: true,
    body: { type: 'access-tokens', attributes: input },
  });
  return readTokenPair(document);
}

/** Exchanges a token for one that acts as the given company user. */
export async function requestCompanyUserToken(
  idCompanyUser: string,
  token?: string,
): Promise<TokenPair> {
  const document = await glue.one('POST', '/company-user-access-tokens', {
    token,
    body: { type: 'company-user-access-tokens', attributes: { idCompanyUser } },
  });
  return readTokenPair(document);
}

/** Revokes every refresh token of the person `token` belongs to (the session that ended). */
export async function revokeRefreshTokens(token: string): Promise<void> {
  await glue.none('DELETE', '/refresh-tokens/mine', { token });
}

export interface MyCompanyUser {
  id: string;
  isDefault: boolean;
  /** Null when Glue sent no company (the UI says "Unknown company" in the user's language). */
  companyName: string | null;
  personName: string | null;
  /** The person as an order's customer needs them (docs/glue-api.md §11j). */
  person: { salutation: string; firstName: string; lastName: string; email: string } | null;
}

const companyUserSchema = z.object({ isActive: z.boolean(), isDefault: z.boolean() });
const companySchema = z.object({ name: z.string() });
const text = z.optional(z.nullable(z.string()));
const customerSchema = z.object({ salutation: text, firstName: text, lastName: text, email: text });

function personDetails(raw: z.infer<typeof customerSchema>) {
  return {
    salutation: raw.salutation ?? '',
    firstName: raw.firstName ?? '',
    lastName: raw.lastName ?? '',
    email: raw.email ?? '',
  };
}

/** The caller's active company users, each with its company's name and the person's name. */
export async function fetchMyCompanyUsers(token?: string): Promise<MyCompanyUser[]> {
  const document = await glue.many('/company-users/mine', {
    token,
    query: { include: ['companies', 'customers'] },
  });
  const reader = readResources(document);
  return document.data.map((resource) => {
    const attributes = attributesOf(resource, companyUserSchema);
    const company = reader.related(resource, 'companies')[0];
    const customer = reader.related(resource, 'customers')[0];

    return {
      id: resource.id ?? '',
      isDefault: attributes.isDefault,
      companyName: company ? attributesOf(company, companySchema).name : null,
      personName: customer ? personOf(customer).name : null,
      person: customer ? personDetails(attributesOf(customer, customerSchema)) : null,
    };
  });
}
