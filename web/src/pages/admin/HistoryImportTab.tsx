import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Collapse, Descriptions, Progress, Result, Table, Typography, Upload } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client';
import { uploadProblem, type HistoryImportSummary, type LineError } from './history-import';
import { HistoryImportRefused, uploadHistory } from './upload-history';
import { SectionHint } from './ui';
import { formatSize } from '../../components/dossier/dossier-text';
import { numberFormat } from '../../app/format';

const n = (v: number) => numberFormat.format(v);

const EXAMPLE = [
  '{"type":"agency","code":"LS-X-01","name":"UBND xã A","parent":"LS","level":"commune"}',
  '{"type":"procedure","code":"1.000001","name":"Đăng ký khai sinh","field":"Hộ tịch","days":3}',
  '{"type":"official","username":"cv.xa-a","name":"Nguyễn Văn B","agency":"LS-X-01"}',
  '{"type":"dossier","code":"LS-X-01-250102-0001","procedure":"1.000001","agency":"LS-X-01","channel":"online",',
  '  "receivedAt":"2025-01-02T08:00:00+07:00","dueAt":"2025-01-07T17:00:00+07:00","finishedAt":null,"outcome":null,',
  '  "returnedAt":null,"test":false,"steps":[]}  (trên một dòng)',
].join('\n');

function SummaryTable({ s }: { s: HistoryImportSummary }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2 }}
      items={[
        { key: 'd', label: 'Hồ sơ tạo mới / đã có', children: `${n(s.dossiers.created)} / ${n(s.dossiers.unchanged)}` },
        { key: 's', label: 'Bước xử lý', children: n(s.steps) },
        { key: 'a', label: 'Cơ quan tạo mới / đã có', children: `${n(s.agencies.created)} / ${n(s.agencies.unchanged)}` },
        { key: 'm', label: 'Sáp nhập ghi nhận', children: n(s.agencies.successions) },
        { key: 'p', label: 'Thủ tục tạo mới / phiên bản mới / không đổi', children: `${n(s.procedures.created)} / ${n(s.procedures.amended)} / ${n(s.procedures.unchanged)}` },
        { key: 'f', label: 'Lĩnh vực tạo mới', children: n(s.fields.created) },
        { key: 'o', label: 'Cán bộ tạo mới / đã có', children: `${n(s.officials.created)} / ${n(s.officials.unchanged)}` },
        { key: 'l', label: 'Số dòng, thời gian', children: `${n(s.lines)} dòng trong ${s.seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây` },
      ]}
    />
  );
}

function LineTable({ rows, label }: { rows: LineError[]; label: string }) {
  return (
    <Table<LineError & { key: number }>
      size="small"
      aria-label={label}
      dataSource={rows.map((r, key) => ({ ...r, key }))}
      pagination={rows.length > 10 ? { pageSize: 10, showTotal: (t) => `${n(t)} dòng` } : false}
      columns={[
        { title: 'Dòng', dataIndex: 'line', width: 90, render: (line: number) => n(line) },
        { title: 'Nội dung', dataIndex: 'message' },
      ]}
    />
  );
}

/**
 * Imports the history of a previous system from an NDJSON file: the upload shows its progress, then
 * the summary, or every line error of a file that was refused (nothing of it is written).
 */
export default function HistoryImportTab() {
  const qc = useQueryClient();
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [sent, setSent] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (f: File) => uploadHistory(f, setSent),
    // New agencies, officials and procedures show in the other tabs.
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['admin'] }),
  });
  const error = run.error instanceof HistoryImportRefused ? run.error : null;
  const uploading = run.isPending && sent < 1;

  return (
    <Card>
      <SectionHint>
        Chuyển dữ liệu từ hệ thống cũ: cơ quan, thủ tục, cán bộ và hồ sơ cùng các bước xử lý, mỗi dòng của tệp là một đối tượng JSON
        (NDJSON). Hồ sơ đã có (cùng mã) được giữ nguyên, nên nhập lại cùng một tệp không thay đổi gì. Nếu tệp có dòng lỗi, không dữ liệu
        nào được ghi và mọi dòng lỗi được liệt kê. Tệp lớn (từ 50.000 hồ sơ) khóa các bảng hồ sơ đến khi nhập xong: hãy nhập ngoài giờ
        làm việc.
      </SectionHint>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'format',
            label: 'Định dạng tệp',
            children: (
              <>
                <Typography.Paragraph>
                  Các loại dòng: <Typography.Text code>agency</Typography.Text> (cơ quan cấp trên đứng trước),{' '}
                  <Typography.Text code>procedure</Typography.Text>, <Typography.Text code>official</Typography.Text>,{' '}
                  <Typography.Text code>dossier</Typography.Text>. Thời điểm theo ISO 8601 có múi giờ. Ví dụ:
                </Typography.Paragraph>
                <pre className="history-import-example">{EXAMPLE}</pre>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                  Mô tả đầy đủ: docs/import-format.md trong mã nguồn. Tệp trên 100 MB: dùng lệnh <Typography.Text code>npx motcua import TỆP.ndjson</Typography.Text> trên máy chủ.
                </Typography.Paragraph>
              </>
            ),
          },
        ]}
      />
      <Upload.Dragger
        accept=".ndjson,.jsonl,.json,.txt"
        multiple={false}
        showUploadList={false}
        disabled={run.isPending}
        beforeUpload={(f) => {
          const problem = uploadProblem(f);
          setFile({ name: f.name, size: f.size });
          setRefusal(problem);
          run.reset();
          setSent(0);
          if (!problem) run.mutate(f);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <CloudUploadOutlined />
        </p>
        <p className="ant-upload-text">Bấm hoặc kéo tệp NDJSON vào đây để nhập</p>
        <p className="ant-upload-hint">Tối đa 100 MB mỗi tệp</p>
      </Upload.Dragger>

      {run.isPending && file && (
        <div style={{ marginTop: 16 }} role="status">
          <Typography.Text>
            {uploading ? `Đang gửi ${file.name} (${formatSize(file.size)})…` : `Đang kiểm tra và ghi dữ liệu của ${file.name}…`}
          </Typography.Text>
          <Progress percent={Math.floor(sent * 100)} status="active" aria-label="Tiến độ gửi tệp" />
        </div>
      )}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginTop: 16 }} />}
      {run.data && (
        <Result status="success" title={`Đã nhập ${file?.name ?? 'tệp'}`} style={{ paddingBottom: 0 }} extra={<SummaryTable s={run.data} />}>
          {run.data.warnings.length > 0 && (
            <>
              <Alert type="warning" showIcon title={`${n(run.data.warnings.length)} lưu ý`} style={{ marginBottom: 12 }} />
              <LineTable rows={run.data.warnings} label="Lưu ý theo dòng" />
            </>
          )}
        </Result>
      )}
      {run.error && (
        <div style={{ marginTop: 16 }}>
          <Alert type="error" showIcon title={run.error instanceof ApiError ? run.error.message : 'Không nhập được tệp, vui lòng thử lại.'} style={{ marginBottom: 12 }} />
          {error && error.errors.length > 0 && (
            <>
              <LineTable rows={error.errors} label="Lỗi từng dòng của tệp" />
              {error.errorCount > error.errors.length && (
                <Typography.Paragraph type="secondary">
                  Hiển thị {n(error.errors.length)} lỗi đầu tiên trong tổng số {n(error.errorCount)}.
                </Typography.Paragraph>
              )}
            </>
          )}
        </div>
      )}
    </Card>
  );
}
