import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { SESSION_COOKIE, sessionTokenOf } from './session-token';
import { login } from './login';
import { logout } from './logout';
import { registerCitizen } from './register-citizen';
import { getMyProfile } from './get-my-profile';
import { changeOwnPassword } from './change-own-password';
import { listUsers } from './list-users';
import { createUser } from './create-user';
import { getUser } from './get-user';
import { updateUser } from './update-user';
import { deactivateUser } from './deactivate-user';
import { activateUser } from './activate-user';
import { resetPassword } from './reset-password';
import { setTrainingMode } from './set-training-mode';
import {
  changePasswordBody,
  createUserBody,
  listUsersQuery,
  loginBody,
  loginResponse,
  okSchema,
  registerBody,
  resetPasswordBody,
  trainingModeBody,
  updateUserBody,
  userIdParams,
  userPageSchema,
  userProfileSchema,
} from './account-schemas';

const AUTH_TAG = 'Đăng nhập và tài khoản';
const USERS_TAG = 'Quản lý người dùng';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expires: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    expires,
    secure: request.protocol === 'https',
  });
}

export const registerAccountRoutes: RegisterRoutes = (app, { db }) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: [AUTH_TAG],
        summary: 'Đăng nhập',
        description: 'Đặt cookie phiên (httpOnly) và trả về mã phiên cho ứng dụng gọi API (Authorization: Bearer).',
        body: loginBody,
        response: { 200: loginResponse },
      },
    },
    async (request, reply) => {
      const result = await login(db, { ...request.body, ip: request.ip });
      setSessionCookie(request, reply, result.token, result.expiresAt);
      return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signed-in' },
      schema: { tags: [AUTH_TAG], summary: 'Đăng xuất', security, response: { 200: okSchema } },
    },
    async (request, reply) => {
      await logout(db, actorOf(request), { token: sessionTokenOf(request) ?? '' });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: [AUTH_TAG],
        summary: 'Thông tin người dùng đang đăng nhập (vai trò, cơ quan)',
        security,
        response: { 200: userProfileSchema },
      },
    },
    async (request) => getMyProfile(db, actorOf(request)),
  );

  app.post(
    '/api/auth/register',
    {
      config: { access: 'public' },
      schema: {
        tags: [AUTH_TAG],
        summary: 'Công dân, tổ chức tự đăng ký tài khoản',
        body: registerBody,
        response: { 201: userProfileSchema },
      },
    },
    async (request, reply) => {
      const profile = await registerCitizen(db, request.body);
      return reply.status(201).send(profile);
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: [AUTH_TAG],
        summary: 'Đổi mật khẩu của chính mình (các phiên khác bị đăng xuất)',
        security,
        body: changePasswordBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await changeOwnPassword(db, actorOf(request), { ...request.body, currentToken: sessionTokenOf(request) });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Danh sách người dùng (lọc theo cơ quan, vai trò, từ khóa)',
        security,
        querystring: listUsersQuery,
        response: { 200: userPageSchema },
      },
    },
    async (request) => listUsers(db, actorOf(request), request.query),
  );

  app.post(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Tạo người dùng',
        security,
        body: createUserBody,
        response: { 201: userProfileSchema },
      },
    },
    async (request, reply) => {
      const profile = await createUser(db, actorOf(request), request.body);
      return reply.status(201).send(profile);
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Thông tin một người dùng',
        security,
        params: userIdParams,
        response: { 200: userProfileSchema },
      },
    },
    async (request) => getUser(db, actorOf(request), { userId: request.params.id }),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Sửa thông tin, cơ quan và vai trò của người dùng',
        security,
        params: userIdParams,
        body: updateUserBody,
        response: { 200: userProfileSchema },
      },
    },
    async (request) => updateUser(db, actorOf(request), { ...request.body, userId: request.params.id }),
  );

  app.post(
    '/api/users/:id/deactivate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Vô hiệu hóa người dùng (đăng xuất mọi phiên)',
        security,
        params: userIdParams,
        response: { 200: userProfileSchema },
      },
    },
    async (request) => deactivateUser(db, actorOf(request), { userId: request.params.id }),
  );

  app.post(
    '/api/users/:id/activate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Kích hoạt lại người dùng',
        security,
        params: userIdParams,
        response: { 200: userProfileSchema },
      },
    },
    async (request) => activateUser(db, actorOf(request), { userId: request.params.id }),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Đặt lại mật khẩu (mở khóa, đăng xuất mọi phiên)',
        security,
        params: userIdParams,
        body: resetPasswordBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await resetPassword(db, actorOf(request), { userId: request.params.id, newPassword: request.body.newPassword });
      return { ok: true as const };
    },
  );

  app.put(
    '/api/users/:id/training-mode',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [USERS_TAG],
        summary: 'Bật/tắt chế độ tập huấn (hồ sơ tạo ra là hồ sơ thử)',
        security,
        params: userIdParams,
        body: trainingModeBody,
        response: { 200: userProfileSchema },
      },
    },
    async (request) => setTrainingMode(db, actorOf(request), { userId: request.params.id, enabled: request.body.enabled }),
  );
};
