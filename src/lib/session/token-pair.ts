// The attributes of access-tokens, company-user-access-tokens and refresh-tokens.
import { z } from 'zod';
import type { SingleDocument } from '../json-api/document';
import { attributesOf } from '../json-api/resource-reader';

const tokenPairSchema = z.object({
  tokenType: z.literal('Bearer'),
  expiresIn: z.number(),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  refreshTokenExpiresIn: z.number(),
  idCompanyUser: z.string().nullable(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const readTokenPair = (document: SingleDocument): TokenPair =>
  attributesOf(document.data, tokenPairSchema);
