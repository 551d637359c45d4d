import type { Database } from '../../src/db/open-database';
import { receiveDossier } from '../../src/dossiers/receive-dossier';
import { markTestDossier } from '../../src/dossiers/mark-test-dossier';
import { actorFor, type TestClock } from '../support/demo';

export const COMMUNE = 'LS-X-05977';

const people = [
  { name: 'Hoàng Văn Tuấn', idNumber: '020190004512', phone: '0915 222 333' },
  { name: 'Nông Thị Hạnh', idNumber: '020195007788', phone: '0987 654 321' },
  { name: 'Lương Văn Khánh', idNumber: '020188001122', phone: '0356 111 222' },
  { name: 'Đinh Thị Ngọc', idNumber: '020199003344', phone: '0399 888 777' },
];

/**
 * A commune inbox with something in every band on Tuesday 10/03/2026: received on earlier days
 * through the real services, so due times come from the working calendar.
 */
export async function seedCommuneInbox(database: Database, clock: TestClock, now: string): Promise<string[]> {
  const desk = await actorFor(database.db, 'motcua.xa');
  const receive = async (at: string, procedureCode: string, i: number, requestSummary: string) => {
    clock.set(at);
    const d = await receiveDossier(database.db, desk, clock, {
      procedureCode,
      channel: 'direct',
      deskAgencyCode: COMMUNE,
      applicant: { kind: 'person', ...people[i]! },
      requestSummary,
      components: [1, 2, 3, 4].map((position) => ({ position, provided: true, originals: 1, copies: 0 })),
      files: [],
      decision: 'accept',
    });
    return d.code;
  };
  const codes = [
    await receive('2026-03-04T09:00:00+07:00', '1.000656', 0, 'Đăng ký khai tử cho ông Hoàng Văn Lâm'), // 2 working days: overdue
    await receive('2026-03-09T14:00:00+07:00', '1.000894', 1, 'Đăng ký kết hôn'), // 3 working days: due soon
    await receive('2026-03-10T08:00:00+07:00', '1.001193', 2, 'Đăng ký khai sinh cho con'), // 4 working hours: due today
    await receive('2026-03-10T08:30:00+07:00', '1.010008', 3, 'Cấp giấy phép xây dựng nhà ở 2 tầng'), // 10 working days
  ];
  await markTestDossier(database.db, await actorFor(database.db, 'quantri'), clock, codes[3]!, { isTest: true, reason: 'Hồ sơ tập huấn cán bộ mới' });
  clock.set(now);
  return codes;
}
