export const roles = ['citizen', 'receiving_officer', 'specialist', 'leader', 'monitor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  citizen: 'Công dân, tổ chức',
  receiving_officer: 'Cán bộ tiếp nhận (Bộ phận Một cửa)',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
  monitor: 'Cán bộ giám sát',
  admin: 'Quản trị hệ thống',
};

/** Roles that act for an agency; a citizen acts only for themself. */
export const officialRoles: readonly Role[] = ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin'];
