import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Form, Skeleton, Space, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ClockCircleOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth';
import { AgencyPicker } from './AgencyPicker';
import { useAgencyTree } from './admin-api';
import { findAgency } from './agency-tree';
import { formatAmount } from './labels';
import { SubmitOnEnter } from './ui';

interface Values {
  periods: { start: Dayjs | null; end: Dayjs | null }[];
}

const toTime = (hhmm: string) => dayjs(`2000-01-01T${hhmm === '24:00' ? '23:59' : hhmm}`);

function hoursPerDay(periods: { start: string; end: string }[]): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return periods.reduce((sum, p) => sum + Math.max(0, minutes(p.end) - minutes(p.start)), 0) / 60;
}

/** An agency's working hours: its own, inherited from a parent, or the default 07:30–11:30, 13:00–17:00. */
export function WorkingHoursCard() {
  const me = useMe().data;
  const tree = useAgencyTree();
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const chosen = agencyId ?? me?.agency?.id ?? tree.data?.[0]?.id ?? null;
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);

  const hours = useQuery({
    queryKey: ['admin', 'working-hours', chosen],
    enabled: chosen !== null,
    queryFn: async () => unwrap(await api.GET('/api/calendar/agencies/{agencyId}/working-hours', { params: { path: { agencyId: chosen! } } })),
  });

  useEffect(() => {
    setError(null);
    if (hours.data) form.setFieldsValue({ periods: hours.data.periods.map((p) => ({ start: toTime(p.start), end: toTime(p.end) })) });
  }, [hours.data, form]);

  const save = useMutation({
    mutationFn: async (periods: { start: string; end: string }[] | null) =>
      unwrap(await api.PUT('/api/calendar/agencies/{agencyId}/working-hours', { params: { path: { agencyId: chosen! } }, body: { periods } })),
    onSuccess: (_, periods) => {
      void qc.invalidateQueries({ queryKey: ['admin', 'working-hours'] });
      void message.success(periods ? 'Đã lưu giờ làm việc riêng của cơ quan.' : 'Đã bỏ giờ làm việc riêng: cơ quan dùng giờ của cấp trên hoặc giờ mặc định.');
    },
    onError: (e) => setError(e.message),
  });

  const agencyName = (id: number) => findAgency(tree.data ?? [], id)?.name ?? `cơ quan #${id}`;
  const source = !hours.data
    ? null
    : hours.data.definedBy === null
      ? { text: 'Giờ mặc định của hệ thống', color: 'default' }
      : hours.data.definedBy === chosen
        ? { text: 'Giờ riêng của cơ quan này', color: 'green' }
        : { text: `Kế thừa từ ${agencyName(hours.data.definedBy)}`, color: 'blue' };

  return (
    <Card
      title={
        <Space>
          <ClockCircleOutlined /> Giờ làm việc của cơ quan
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        Giờ làm việc dùng để tính hạn xử lý theo giờ và thời điểm hồ sơ trực tuyến được tính là đã tiếp nhận. Đơn vị trực thuộc dùng giờ của
        cơ quan cấp trên nếu không đặt giờ riêng.
      </Typography.Paragraph>
      <Flex gap={24} wrap align="start">
        <Flex vertical gap={4} style={{ flex: '1 1 300px' }}>
          <label htmlFor="wh-agency" className="admin-field-label">
            Cơ quan
          </label>
          <AgencyPicker id="wh-agency" value={chosen} onChange={setAgencyId} allowClear={false} />
          {source && (
            <div style={{ marginTop: 8 }}>
              <Tag color={source.color}>{source.text}</Tag>
              {hours.data && <Typography.Text type="secondary">{formatAmount(hoursPerDay(hours.data.periods))} giờ mỗi ngày làm việc</Typography.Text>}
            </div>
          )}
        </Flex>
        <div style={{ flex: '2 1 360px' }}>
          {chosen === null ? (
            <Empty description="Chọn một cơ quan để xem giờ làm việc." />
          ) : hours.isLoading ? (
            <Skeleton active />
          ) : (
            <>
              {(error ?? hours.error) && <Alert type="error" showIcon title={error ?? hours.error?.message} style={{ marginBottom: 12 }} />}
              <Form<Values>
                form={form}
                layout="inline"
                onFinish={(v) =>
                  save.mutate(v.periods.filter((p) => p.start && p.end).map((p) => ({ start: p.start!.format('HH:mm'), end: p.end!.format('HH:mm') })))
                }
              >
                <Form.List name="periods">
                  {(items, { add, remove }) => (
                    <Flex vertical gap={8} style={{ width: '100%' }}>
                      {items.map((item, i) => (
                        <Flex key={item.key} gap={8} align="center" wrap>
                          <Typography.Text style={{ width: 70 }}>Ca {i + 1}</Typography.Text>
                          <Form.Item name={[item.name, 'start']} rules={[{ required: true, message: 'Chọn giờ bắt đầu' }]} style={{ marginInlineEnd: 0 }}>
                            <TimePicker format="HH:mm" minuteStep={5} aria-label={`Giờ bắt đầu ca ${i + 1}`} placeholder="Bắt đầu" needConfirm={false} />
                          </Form.Item>
                          <span>–</span>
                          <Form.Item name={[item.name, 'end']} rules={[{ required: true, message: 'Chọn giờ kết thúc' }]} style={{ marginInlineEnd: 0 }}>
                            <TimePicker format="HH:mm" minuteStep={5} aria-label={`Giờ kết thúc ca ${i + 1}`} placeholder="Kết thúc" needConfirm={false} />
                          </Form.Item>
                          <Button aria-label={`Xóa ca ${i + 1}`} icon={<DeleteOutlined />} disabled={items.length === 1} onClick={() => remove(item.name)} />
                        </Flex>
                      ))}
                      <Flex gap={8} wrap>
                        <Button type="dashed" icon={<PlusOutlined />} disabled={items.length >= 6} onClick={() => add({ start: null, end: null })}>
                          Thêm ca
                        </Button>
                        <Button type="primary" htmlType="submit" loading={save.isPending}>
                          Lưu giờ làm việc
                        </Button>
                        {hours.data?.definedBy === chosen && (
                          <Button
                            onClick={() => {
                              modal.confirm({
                                title: 'Bỏ giờ làm việc riêng?',
                                content: 'Cơ quan sẽ dùng giờ làm việc của cơ quan cấp trên (hoặc giờ mặc định 07:30–11:30, 13:00–17:00).',
                                okText: 'Bỏ giờ riêng',
                                cancelText: 'Hủy',
                                onOk: () => save.mutateAsync(null).catch(() => undefined),
                              });
                            }}
                          >
                            Dùng giờ của cấp trên
                          </Button>
                        )}
                      </Flex>
                    </Flex>
                  )}
                </Form.List>
                <SubmitOnEnter />
              </Form>
            </>
          )}
        </div>
      </Flex>
    </Card>
  );
}
