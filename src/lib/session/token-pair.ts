// The attributes of access-tokens, company-user-access-tokens and refresh-tokens.
import { z } from 'zod/mini';
import type { SingleDocument } from '../json-api/document';
import { attributesOf } from '../json-api/resource-reader';

const tokenPairSchema = z.object({
  tokenType: z.literal('Bearer'),
  expiresIn: z.number(),
  accessToken: z.string().check(z.minLength(1)),
  refreshToken: z.string().check(z.minLength(1)),
  refreshTokenExpiresIn: z.number(),
  idCompanyUser: z.nullable(z.string()),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const readTokenPair = (document: SingleDocument): TokenPair =>
  attributesOf(document.data, tokenPairSchema);
