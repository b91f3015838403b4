// Request attributes of the token endpoints (docs/glue-api.md §2), shared by the login
// form and the mock backend. Glue checks them (422 `901`) before the credentials.
import { z } from 'zod/mini';
import { requiredEmail, requiredText, requiredUuid } from './field-rules';

export const loginSchema = z.object({
  username: requiredEmail(),
  password: requiredText(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const companyUserTokenSchema = z.object({ idCompanyUser: requiredUuid() });
export type CompanyUserTokenInput = z.infer<typeof companyUserTokenSchema>;

export const refreshTokenSchema = z.object({ refreshToken: requiredText() });
export type RefreshTokenInput = z.infer<typeof refreshTokenSchema>;
