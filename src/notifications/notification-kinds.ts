/** What a notification is about; the kind and its reference together identify it for one user. */
export const notificationKinds = ['step_due_soon', 'step_overdue', 'dossier_due_soon', 'dossier_overdue'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Record<NotificationKind, string> = {
  step_due_soon: 'Bước xử lý sắp đến hạn',
  step_overdue: 'Bước xử lý quá hạn',
  dossier_due_soon: 'Hồ sơ sắp đến hạn',
  dossier_overdue: 'Hồ sơ quá hạn',
};
