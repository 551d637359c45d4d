import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import {
  agencyParams,
  dueBody,
  dueResponse,
  updatedYearResponse,
  updateYearBody,
  workingHoursBody,
  workingHoursResponse,
  yearParams,
  yearResponse,
} from './calendar-schemas';
import { computeDue } from './compute-due';
import { getCalendarYear } from './get-calendar-year';
import { getWorkingHours } from './get-working-hours';
import { setWorkingHours } from './set-working-hours';
import { updateCalendarYear } from './update-calendar-year';

const TAG = 'Lịch làm việc và thời hạn';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

export const registerCalendarRoutes: RegisterRoutes = (app, { db }) => {
  app.get(
    '/api/calendar/years/:year',
    {
      config: { access: 'public' },
      schema: {
        tags: [TAG],
        summary: 'Ngày nghỉ, ngày làm bù và ngày lễ của một năm',
        params: yearParams,
        response: { 200: yearResponse },
      },
    },
    async (request) => {
      const view = await getCalendarYear(db, { year: request.params.year });
      return { ...view, updatedAt: view.updatedAt?.toISOString() ?? null };
    },
  );

  app.put(
    '/api/calendar/years/:year',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [TAG],
        summary: 'Cập nhật lịch nghỉ của một năm (theo quyết định mới công bố)',
        security,
        params: yearParams,
        body: updateYearBody,
        response: { 200: updatedYearResponse },
      },
    },
    async (request) => {
      const saved = await updateCalendarYear(db, actorOf(request), { year: request.params.year, ...request.body });
      return { ...saved, updatedAt: saved.updatedAt.toISOString() };
    },
  );

  app.post(
    '/api/calendar/due',
    {
      config: { access: 'public' },
      schema: {
        tags: [TAG],
        summary: 'Tính hạn xử lý từ thời điểm tiếp nhận và thời hạn giải quyết',
        body: dueBody,
        response: { 200: dueResponse },
      },
    },
    async (request) => {
      const { receivedAt, amount, unit, agencyId } = request.body;
      return computeDue(db, { receivedAt, duration: { amount, unit }, agencyId });
    },
  );

  app.get(
    '/api/calendar/agencies/:agencyId/working-hours',
    {
      config: { access: 'public' },
      schema: {
        tags: [TAG],
        summary: 'Giờ làm việc của một cơ quan',
        params: agencyParams,
        response: { 200: workingHoursResponse },
      },
    },
    async (request) => getWorkingHours(db, { agencyId: request.params.agencyId }),
  );

  app.put(
    '/api/calendar/agencies/:agencyId/working-hours',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [TAG],
        summary: 'Đặt giờ làm việc riêng của một cơ quan',
        security,
        params: agencyParams,
        body: workingHoursBody,
        response: { 200: workingHoursResponse },
      },
    },
    async (request) =>
      setWorkingHours(db, actorOf(request), {
        agencyId: request.params.agencyId,
        hours: request.body.periods === null ? null : { periods: request.body.periods },
      }),
  );
};
