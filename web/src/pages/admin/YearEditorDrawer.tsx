import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Divider, Drawer, Flex, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { draftProblems } from './calendar-grid';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from './dates';
import { SectionHint } from './ui';

interface Entry {
  date: Dayjs | null;
  name?: string;
  note?: string;
}
interface Values {
  daysOff: Entry[];
  workingSaturdays: Entry[];
  note?: string;
}
interface YearData {
  daysOff: { date: string; name: string; note?: string }[];
  workingSaturdays: { date: string; name: string; note?: string }[];
  note: string | null;
}

const toEntries = (days: YearData['daysOff']): Entry[] => days.map((d) => ({ date: fromIsoDate(d.date), name: d.name, note: d.note ?? '' }));
const fromEntries = (entries: Entry[] | undefined) =>
  (entries ?? [])
    .filter((e) => e.date)
    .map((e) => ({ date: toIsoDate(e.date)!, ...(e.name?.trim() ? { name: e.name.trim() } : {}), ...(e.note?.trim() ? { note: e.note.trim() } : {}) }))
    .sort((a, b) => a.date.localeCompare(b.date));

/** Edits a year's decreed days off (Mon–Fri) and Saturdays worked, e.g. when the Government announces the holiday plan. */
export function YearEditorDrawer({ open, year, current, onClose }: { open: boolean; year: number; current: YearData; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const watched = Form.useWatch((v: Values) => v, form);
  const problems = watched ? draftProblems(year, { daysOff: fromEntries(watched.daysOff).map((d) => ({ name: '', ...d })), workingSaturdays: fromEntries(watched.workingSaturdays).map((d) => ({ name: '', ...d })) }) : [];

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({ daysOff: toEntries(current.daysOff), workingSaturdays: toEntries(current.workingSaturdays), note: current.note ?? '' });
  }, [open, current, form]);

  const save = useMutation({
    mutationFn: async (v: Values) =>
      unwrap(
        await api.PUT('/api/calendar/years/{year}', {
          params: { path: { year } },
          body: { daysOff: fromEntries(v.daysOff), workingSaturdays: fromEntries(v.workingSaturdays), note: v.note?.trim() || null },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['admin', 'calendar', year] });
      void message.success(`Đã cập nhật lịch nghỉ năm ${year}. Hạn xử lý hồ sơ mới được tính theo lịch này.`);
      onClose();
    },
    onError: (e) => setError(e.message),
  });

  const outsideYear = (d: Dayjs) => d.year() !== year;
  const list = (name: 'daysOff' | 'workingSaturdays', what: string, disabledDate: (d: Dayjs) => boolean) => (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <>
          {items.map((item, i) => (
            <Flex key={item.key} gap={8} wrap align="start">
              <Form.Item name={[item.name, 'date']} label={`${what} ${i + 1}`} style={{ flex: '0 1 160px', marginBottom: 8 }} rules={[{ required: true, message: 'Chọn ngày' }]}>
                <DatePicker format={DATE_FORMAT} disabledDate={disabledDate} defaultPickerValue={fromIsoDate(`${year}-01-01`) ?? undefined} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[item.name, 'name']} label="Tên, lý do" style={{ flex: '2 1 220px', marginBottom: 8 }}>
                <Input maxLength={200} aria-label={`Tên, lý do: ${what.toLowerCase()} ${i + 1}`} placeholder={name === 'daysOff' ? 'Ví dụ: Tết Nguyên đán (mùng 1 Tết)' : 'Ví dụ: Làm bù cho thứ Sáu 02/01'} />
              </Form.Item>
              <Form.Item name={[item.name, 'note']} label="Căn cứ" style={{ flex: '2 1 200px', marginBottom: 8 }}>
                <Input maxLength={500} aria-label={`Căn cứ: ${what.toLowerCase()} ${i + 1}`} />
              </Form.Item>
              <Button aria-label={`Xóa ${what.toLowerCase()} ${i + 1}`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} style={{ marginTop: 30 }} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ date: null, name: '', note: '' })}>
            Thêm {what.toLowerCase()}
          </Button>
        </>
      )}
    </Form.List>
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={`Cập nhật lịch nghỉ năm ${year}`}
      size="min(860px, 100vw)"
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            Lưu lịch nghỉ
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        Khai báo đầy đủ các ngày nghỉ rơi vào thứ Hai – thứ Sáu (lễ, Tết, nghỉ bù, hoán đổi) và các thứ Bảy phải làm việc bù của năm. Thứ Bảy,
        Chủ nhật khác vốn là ngày nghỉ. Hạn xử lý của hồ sơ tiếp nhận sau khi lưu được tính theo lịch mới.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title="Chưa lưu được lịch nghỉ" description={error} style={{ marginBottom: 16 }} />}
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Cần sửa trước khi lưu"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {/* No submit on Enter here: Enter confirms a typed date, and a half-entered year must not be saved by accident. */}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} autoComplete="off">
        <Divider titlePlacement="start">Ngày nghỉ (thứ Hai – thứ Sáu)</Divider>
        <SectionHint>Chỉ chọn được ngày từ thứ Hai đến thứ Sáu của năm {year}.</SectionHint>
        {list('daysOff', 'Ngày nghỉ', (d) => outsideYear(d) || d.day() === 0 || d.day() === 6)}
        <Divider titlePlacement="start">Thứ Bảy làm việc bù</Divider>
        <SectionHint>Chỉ chọn được thứ Bảy của năm {year}.</SectionHint>
        {list('workingSaturdays', 'Thứ Bảy làm việc', (d) => outsideYear(d) || d.day() !== 6)}
        <Divider />
        <Form.Item label="Căn cứ (số văn bản) hoặc ghi chú" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
