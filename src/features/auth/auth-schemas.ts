// Request attributes of the token endpoints (glue-api.md §2), shared by the login
// form and the mock backend.
import { z } from 'zod/mini';
import { requiredText } from '../../lib/json-api/field-rules';

export const loginSchema = z.object({
  username: requiredText(),
  password: requiredText(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const companyUserTokenSchema = z.object({ idCompanyUser: requiredText() });
export type CompanyUserTokenInput = z.infer<typeof companyUserTokenSchema>;

export const refreshTokenSchema = z.object({ refreshToken: requiredText() });
export type RefreshTokenInput = z.infer<typeof refreshTokenSchema>;
