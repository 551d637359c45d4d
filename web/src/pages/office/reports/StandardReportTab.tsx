import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Form, Select, Skeleton, Space, Spin, Typography } from 'antd';
import { DrillDrawer, type DrillTarget } from './DrillDrawer';
import { ExportButtons } from './ExportButtons';
import { Form06Table } from './Form06Table';
import { fetchJson, queryString } from './fetch-json';
import { groupingOptions } from './labels';
import { rangeLabel, type PeriodRange } from './period';
import type { Form06Report, Grouping } from './report-types';

/** Form 06 for the chosen agency, period and grouping, every figure opening its dossiers. */
export function StandardReportTab({ agency, range, by, onByChange }: { agency: string; range: PeriodRange; by: Grouping; onByChange: (by: Grouping) => void }) {
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const query = queryString({ agency, from: range.from, to: range.to, by });
  const report = useQuery({
    queryKey: ['form06', query],
    placeholderData: keepPreviousData,
    queryFn: () => fetchJson<Form06Report>(`/api/reports/form06?${query}`),
  });
  const data = report.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Form layout="inline">
          <Form.Item label="Nhóm theo" htmlFor="report-by">
            <Select<Grouping> id="report-by" value={by} onChange={onByChange} options={groupingOptions} style={{ minWidth: 230 }} />
          </Form.Item>
        </Form>
        <ExportButtons url={`/api/reports/form06?${query}`} fileName={`bao-cao-06-${agency}-${range.from}-${range.to}`} disabled={!data} />
      </Space>
      {report.error && <Alert type="error" showIcon title={report.error.message} />}
      {!data && report.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <Spin spinning={report.isFetching}>
          <Card size="small">
            <div style={{ textAlign: 'center', marginBottom: 12 }}>
              <Typography.Title level={2} style={{ fontSize: 17, margin: 0, textTransform: 'uppercase' }}>
                Tình hình, kết quả giải quyết thủ tục hành chính
              </Typography.Title>
              <Typography.Text type="secondary">
                {data.agencyName} — kỳ báo cáo {rangeLabel(data)} (mẫu 06/VPCP/KSTT)
              </Typography.Text>
            </div>
            {data.rows.length === 0 && data.total.received.total === 0 ? (
              <Empty description="Không có hồ sơ nào trong kỳ này. Hãy chọn kỳ khác hoặc cơ quan khác." />
            ) : (
              <Form06Table
                report={data}
                by={data.by}
                onOpen={({ row, cell }) =>
                  setDrill({
                    title: row ? row.name : `Tổng cộng — ${data.agencyName}`,
                    agency: data.agency,
                    from: data.from,
                    to: data.to,
                    by: data.by,
                    ...(row ? { row: row.key } : {}),
                    cells: [cell],
                  })
                }
              />
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12.5 }}>
              (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (14) = (10) + (13). Bấm vào một số liệu để xem danh sách hồ sơ.
            </Typography.Paragraph>
          </Card>
        </Spin>
      )}
      <DrillDrawer target={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
