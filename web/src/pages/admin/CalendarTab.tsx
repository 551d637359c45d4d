import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { CalendarOutlined, EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { formatDateTime, vietnamToday } from '../../app/format';
import { classifier, dayOfWeek, weekdayNames } from './calendar-grid';
import { showDate } from './dates';
import { MonthGrid } from './MonthGrid';
import { WorkingHoursCard } from './WorkingHoursCard';
import { YearEditorDrawer } from './YearEditorDrawer';

const originLabels = {
  decreed: { text: 'Theo phương án nghỉ đã công bố', color: 'green' },
  edited: { text: 'Đã được quản trị viên cập nhật', color: 'blue' },
  rules: { text: 'Tính theo Bộ luật Lao động (chưa có quyết định)', color: 'orange' },
} as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['admin', 'calendar', year],
    queryFn: async () => unwrap(await api.GET('/api/calendar/years/{year}', { params: { path: { year } } })),
  });
}

/** The working calendar: a year at a glance, its decreed days off and Saturdays worked, and agencies' working hours. */
export default function CalendarTab() {
  const [params, setParams] = useSearchParams();
  const today = vietnamToday();
  const year = Number(params.get('nam')) || Number(today.slice(0, 4));
  const data = useCalendarYear(year);
  const [editing, setEditing] = useState(false);
  const setYear = (y: number) => setParams(y === Number(today.slice(0, 4)) ? {} : { nam: String(y) }, { replace: true });
  const classify = useMemo(() => classifier(data.data ?? { daysOff: [], workingSaturdays: [] }), [data.data]);
  const origin = data.data ? originLabels[data.data.origin] : null;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={16} wrap align="center" justify="space-between">
          <Space wrap align="center">
            <Button aria-label="Năm trước" icon={<LeftOutlined />} onClick={() => setYear(year - 1)} />
            <label htmlFor="cal-year" className="admin-field-label">
              Năm
            </label>
            <DatePicker
              id="cal-year"
              picker="year"
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              onChange={(d) => d && setYear(d.year())}
              style={{ width: 110 }}
            />
            <Button aria-label="Năm sau" icon={<RightOutlined />} onClick={() => setYear(year + 1)} />
            {origin && <Tag color={origin.color}>{origin.text}</Tag>}
          </Space>
          <Button type="primary" icon={<EditOutlined />} disabled={!data.data} onClick={() => setEditing(true)}>
            Cập nhật lịch nghỉ năm {year}
          </Button>
        </Flex>
        {data.data && (
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title="Ngày làm việc" value={data.data.workingDayCount} suffix="ngày" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="Ngày nghỉ lễ, Tết (thứ Hai – thứ Sáu)" value={data.data.daysOff.length} styles={{ content: { color: '#dc2626' } }} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="Thứ Bảy làm việc" value={data.data.workingSaturdays.length} styles={{ content: { color: '#2563eb' } }} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="Cập nhật lần cuối" value={data.data.updatedAt ? formatDateTime(data.data.updatedAt) : 'Theo dữ liệu gốc'} styles={{ content: { fontSize: 16 } }} />
            </Col>
          </Row>
        )}
        {data.data?.note && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            Căn cứ: {data.data.note}
          </Typography.Paragraph>
        )}
      </Card>

      {data.error && <Alert type="error" showIcon title={data.error.message} />}
      {data.isLoading ? (
        <Card>
          <Skeleton active paragraph={{ rows: 12 }} />
        </Card>
      ) : (
        data.data && (
          <Card
            title={
              <Space>
                <CalendarOutlined /> Lịch năm {year}
              </Space>
            }
            extra={
              <div className="cal-legend" aria-label="Chú thích">
                <span>
                  <span className="sw" style={{ background: '#dc2626' }} />
                  Ngày nghỉ lễ, Tết
                </span>
                <span>
                  <span className="sw" style={{ background: '#2563eb' }} />
                  Thứ Bảy làm việc
                </span>
                <span>
                  <span className="sw" style={{ background: '#f0f0f0', border: '1px solid #ddd' }} />
                  Nghỉ cuối tuần
                </span>
              </div>
            }
          >
            <div className="cal-months">
              {Array.from({ length: 12 }, (_, i) => (
                <MonthGrid key={i} year={year} month={i + 1} classify={classify} today={today} />
              ))}
            </div>
          </Card>
        )
      )}

      {data.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={`Ngày nghỉ trong tuần (${data.data.daysOff.length})`} size="small">
              <DayList days={data.data.daysOff} color="red" empty="Năm này chưa có ngày nghỉ nào rơi vào thứ Hai – thứ Sáu." />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={`Thứ Bảy làm việc (${data.data.workingSaturdays.length})`} size="small">
              <DayList days={data.data.workingSaturdays} color="blue" empty="Năm này không có thứ Bảy làm bù." />
            </Card>
          </Col>
        </Row>
      )}

      <WorkingHoursCard />
      {data.data && <YearEditorDrawer open={editing} year={year} current={data.data} onClose={() => setEditing(false)} />}
    </Flex>
  );
}

function DayList({ days, color, empty }: { days: { date: string; name: string; note?: string }[]; color: string; empty: string }) {
  if (days.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul className="admin-list">
      {days.map((d) => (
        <li key={d.date}>
          <Flex gap={12} align="baseline">
            <Tag color={color} style={{ minWidth: 92, textAlign: 'center', marginInlineEnd: 0 }}>
              {showDate(d.date)}
            </Tag>
            <Typography.Text type="secondary" style={{ flex: '0 0 64px' }}>
              {weekdayNames[dayOfWeek(d.date)]}
            </Typography.Text>
            <span style={{ flex: 1, minWidth: 0 }}>{d.name}</span>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
