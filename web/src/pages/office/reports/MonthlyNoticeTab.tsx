import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Skeleton, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import './reports.css';
import { api, download, unwrap } from '../../../api/client';
import { queryString } from './fetch-json';

/** The previous month of a YYYY-MM-DD day, as YYYY-MM. */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

interface Signature {
  number?: string;
  signerTitle?: string;
  signerName?: string;
  issuedOn?: Dayjs | null;
}

/** The monthly notice on late dossiers and officials: its computed text, and the Word document to sign. */
export function MonthlyNoticeTab({ agency, today }: { agency: string; today: string }) {
  const { message } = App.useApp();
  const [month, setMonth] = useState(previousMonth(today));
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Signature>();
  const query = { agency, month };
  const preview = useQuery({
    queryKey: ['notice-preview', query],
    queryFn: async () => unwrap(await api.GET('/api/reports/views/monthly-notice', { params: { query } })),
  });
  const p = preview.data;
  const getWord = async (values: Signature) => {
    setBusy(true);
    try {
      const qs = queryString({
        ...query,
        number: values.number?.trim(),
        signerTitle: values.signerTitle?.trim(),
        signerName: values.signerName?.trim(),
        issuedOn: values.issuedOn ? values.issuedOn.format('YYYY-MM-DD') : undefined,
      });
      await download(`/api/reports/monthly-notice?${qs}`, `thong-bao-tre-han-${agency}-${month}.docx`);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mc-notice-grid">
      <Card size="small" title="Thông tin văn bản">
        <Form<Signature> form={form} layout="vertical" onFinish={(v) => void getWord(v)}>
          <Form.Item label="Tháng thông báo" htmlFor="notice-month">
            <DatePicker
              id="notice-month"
              picker="month"
              format="MM/YYYY"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              disabledDate={(d: Dayjs) => d.format('YYYY-MM') > today.slice(0, 7)}
              onChange={(d: Dayjs | null) => d && setMonth(d.format('YYYY-MM'))}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label="Số văn bản" name="number">
            <Input placeholder="Ví dụ: 125/TB-VP (để trống để điền tay)" maxLength={50} />
          </Form.Item>
          <Form.Item label="Chức danh người ký" name="signerTitle">
            <Input placeholder="Ví dụ: KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG" maxLength={200} />
          </Form.Item>
          <Form.Item label="Họ tên người ký" name="signerName">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="Ngày ban hành" name="issuedOn">
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} placeholder="Để trống để điền tay" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<FileWordOutlined />} loading={busy} block>
            Tải thông báo (Word, kèm phụ lục 01–06)
          </Button>
        </Form>
      </Card>
      <div>
        {preview.error && <Alert type="error" showIcon title={preview.error.message} />}
        {preview.isLoading && <Skeleton active paragraph={{ rows: 12 }} />}
        {p && (
          <article className="mc-notice" aria-label="Xem trước thông báo">
            <h2>Thông báo</h2>
            <Typography.Paragraph strong style={{ textAlign: 'center', textIndent: 0 }}>
              Danh sách cơ quan, đơn vị, cán bộ, công chức, viên chức giải quyết hồ sơ thủ tục hành chính trễ hạn tháng {p.monthLabel}
            </Typography.Paragraph>
            <h3>I. Tình hình tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính trong tháng {p.monthLabel}</h3>
            <p>{p.paragraph}</p>
            {p.levelSentences.map((s) => (
              <p key={s}>- {s}</p>
            ))}
            <h3>1. Tổng hợp danh sách công chức, viên chức tham gia giải quyết hồ sơ thủ tục hành chính trễ hạn trong tháng {p.monthLabel}</h3>
            <p>{p.sections.officials.intro}</p>
            {p.sections.officials.items.map((s) => (
              <p key={s}>{s}</p>
            ))}
            <h3>2. Tổng hợp danh sách hồ sơ thủ tục hành chính trễ hạn trong tháng {p.monthLabel}</h3>
            {p.sections.dossiers.map((s) => (
              <p key={s}>{s}</p>
            ))}
            <h3>3. Đối với hồ sơ thủ tục hành chính đang giải quyết quá hạn trong tháng {p.monthLabel}</h3>
            <p>{p.sections.pending}</p>
            <Typography.Paragraph type="secondary" style={{ textIndent: 0, fontFamily: 'inherit', fontSize: 13 }}>
              Bản Word có thêm phần đề nghị, nơi nhận, chữ ký và các phụ lục 01–06.
            </Typography.Paragraph>
          </article>
        )}
      </div>
    </div>
  );
}
