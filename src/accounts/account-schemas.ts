import { z } from 'zod';
import { roles } from './roles';

/** Blank form fields mean "not given". */
function optionalField<T extends z.ZodType>(inner: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), inner.nullable().optional());
}

export const phoneSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại không hợp lệ (ví dụ 0912345678).'));

export const emailSchema = z.string().trim().toLowerCase().max(200).pipe(z.email('Địa chỉ email không hợp lệ.'));

// The password policy itself is checked by the service (with its own error code); this only bounds size.
const passwordSchema = z.string().min(1).max(1024);
const fullNameSchema = z.string().trim().min(1, 'Họ và tên không được để trống.').max(200);
const usernameSchema = z.string().trim().min(1).max(100);

export const roleSchema = z.enum(roles);

export const grantSchema = z.object({
  role: roleSchema,
  agencyId: z.number().int().positive().nullable().describe('Cơ quan gốc của phạm vi; null = toàn hệ thống'),
});

export const loginBody = z.object({ username: usernameSchema, password: passwordSchema });

export const registerBody = z.object({
  username: usernameSchema,
  fullName: fullNameSchema,
  password: passwordSchema,
  phone: optionalField(phoneSchema),
  email: optionalField(emailSchema),
});

export const changePasswordBody = z.object({ currentPassword: passwordSchema, newPassword: passwordSchema });

export const createUserBody = z.object({
  username: usernameSchema,
  fullName: fullNameSchema,
  email: optionalField(emailSchema),
  phone: optionalField(phoneSchema),
  agencyId: z.number().int().positive().nullable().optional(),
  password: passwordSchema,
  roles: z.array(grantSchema).min(1, 'Cần ít nhất một vai trò.').max(roles.length),
  trainingMode: z.boolean().optional(),
});

export const updateUserBody = z.object({
  fullName: fullNameSchema.optional(),
  email: optionalField(emailSchema),
  phone: optionalField(phoneSchema),
  agencyId: z.number().int().positive().nullable().optional(),
  roles: z.array(grantSchema).min(1, 'Cần ít nhất một vai trò.').max(roles.length).optional(),
});

export const resetPasswordBody = z.object({ newPassword: passwordSchema });
export const trainingModeBody = z.object({ enabled: z.boolean() });
export const userIdParams = z.object({ id: z.coerce.number().int().positive() });

export const listUsersQuery = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  role: roleSchema.optional(),
  search: z.string().max(100).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const agencyRefSchema = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const userProfileSchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  agency: agencyRefSchema.nullable(),
  roles: z.array(z.object({ role: roleSchema, label: z.string(), agency: agencyRefSchema.nullable() })),
  active: z.boolean(),
  trainingMode: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const loginResponse = z.object({
  token: z.string().describe('Mã phiên; cũng được đặt vào cookie motcua_session'),
  expiresAt: z.string(),
  user: userProfileSchema,
});

export const userPageSchema = z.object({ items: z.array(userProfileSchema), total: z.number() });
export const okSchema = z.object({ ok: z.literal(true) });
