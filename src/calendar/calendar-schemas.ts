import { z } from 'zod';
import { durationUnits } from './duration';

/** HTTP shapes of the calendar routes (Zod, also the OpenAPI description). */

export const yearParams = z.object({
  year: z.coerce.number().int().describe('Năm dương lịch, ví dụ 2026'),
});

const dayEntryInput = z.object({
  date: z.string().max(20).describe('YYYY-MM-DD'),
  name: z.string().max(200).optional().describe('Tên ngày (ví dụ "Tết Nguyên đán")'),
  note: z.string().max(500).optional().describe('Căn cứ pháp lý hoặc ghi chú'),
});

const dayEntry = z.object({ date: z.string(), name: z.string(), note: z.string().optional() });

export const updateYearBody = z.object({
  daysOff: z.array(dayEntryInput).max(120).describe('Mọi ngày nghỉ rơi vào thứ Hai – thứ Sáu của năm'),
  workingSaturdays: z.array(dayEntryInput).max(53).describe('Mọi thứ Bảy phải làm việc (làm bù) của năm'),
  note: z.string().max(1000).nullish().describe('Căn cứ (số văn bản) hoặc ghi chú'),
});

export const yearResponse = z.object({
  year: z.number(),
  origin: z.enum(['decreed', 'edited', 'rules']).describe('decreed: lịch đã công bố kèm hệ thống; edited: quản trị viên đã sửa; rules: tính theo Bộ luật Lao động'),
  note: z.string().nullable(),
  daysOff: z.array(dayEntry),
  workingSaturdays: z.array(dayEntry),
  holidays: z.array(z.object({ date: z.string(), name: z.string(), lunar: z.string().optional() })),
  workingDayCount: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
});

export const updatedYearResponse = z.object({
  year: z.number(),
  daysOff: z.array(dayEntry),
  workingSaturdays: z.array(dayEntry),
  note: z.string().nullable(),
  updatedAt: z.string(),
});

export const dueBody = z.object({
  receivedAt: z.string().max(40).describe('Thời điểm tiếp nhận, ISO 8601 (không có múi giờ: giờ Việt Nam)'),
  amount: z.number().describe('Số lượng (giờ làm việc có thể là số thập phân)'),
  unit: z.enum(durationUnits),
  agencyId: z.number().int().positive().optional().describe('Cơ quan có giờ làm việc riêng'),
});

export const dueResponse = z.object({
  receivedAt: z.string(),
  due: z.string().describe('Hạn xử lý, ISO 8601 giờ Việt Nam (+07:00)'),
  duration: z.object({ amount: z.number(), unit: z.enum(durationUnits) }),
  description: z.string(),
  workingHours: z.number().describe('Số giờ làm việc từ lúc tiếp nhận đến hạn'),
});

export const agencyParams = z.object({ agencyId: z.coerce.number().int().positive() });

const period = z.object({ start: z.string().max(5).describe('HH:mm'), end: z.string().max(5).describe('HH:mm') });

export const workingHoursBody = z.object({
  periods: z.array(period).max(6).nullable().describe('Các khoảng giờ làm việc trong ngày; null: bỏ giờ riêng, dùng giờ của cơ quan cấp trên hoặc mặc định'),
});

export const workingHoursResponse = z.object({
  agencyId: z.number(),
  periods: z.array(period),
  definedBy: z.number().nullable().describe('Cơ quan đặt giờ làm việc này; null: giờ mặc định'),
});
