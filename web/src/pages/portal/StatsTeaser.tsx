import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { numberFormat, vietnamToday } from '../../app/format';
import { ratePercent } from './stats-charts';

/** The province's on-time rate this year, with a link to the public statistics. */
export function StatsTeaser() {
  const navigate = useNavigate();
  const year = Number(vietnamToday().slice(0, 4));
  const stats = useQuery({
    queryKey: ['public-statistics', year],
    queryFn: async () => unwrap(await api.GET('/api/public/statistics', { params: { query: { year } } })),
  });
  const total = stats.data?.total;
  return (
    <Card
      title={
        <>
          <BarChartOutlined aria-hidden /> Kết quả giải quyết năm {year}
        </>
      }
      style={{ height: '100%' }}
    >
      {stats.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : total ? (
        <Row gutter={12} align="middle">
          <Col span={12}>
            <div className="portal-kpi-rate" aria-label={`Tỷ lệ đúng hạn ${ratePercent(total.onTimeRate)}`}>
              {ratePercent(total.onTimeRate)}
            </div>
            <Typography.Text type="secondary">hồ sơ giải quyết đúng hạn</Typography.Text>
          </Col>
          <Col span={12}>
            <Statistic title="Hồ sơ tiếp nhận" value={total.received} formatter={(v) => numberFormat.format(Number(v))} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {numberFormat.format(total.resolved)} đã giải quyết
            </Typography.Text>
          </Col>
        </Row>
      ) : (
        <Typography.Paragraph type="secondary">Số liệu thống kê tạm thời chưa tải được.</Typography.Paragraph>
      )}
      <Button type="link" onClick={() => void navigate('/thong-ke')} style={{ paddingInline: 0, marginTop: 8 }}>
        Xem thống kê, công khai
      </Button>
    </Card>
  );
}
