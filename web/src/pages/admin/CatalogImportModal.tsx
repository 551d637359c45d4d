import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Modal, Result, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client';
import { bytesToBase64 } from './base64';
import { importFormatOf, importIssuesOf, sheetLabel, type ImportIssue } from './catalog-import';

class ImportRefused extends ApiError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly issues: ImportIssue[],
  ) {
    super(code, message, status);
  }
}

type Report = { fieldsCreated: number; fieldsUpdated: number; created: string[]; amended: string[]; unchanged: number; workflowsChanged: string[] };

async function importFile(file: File): Promise<Report> {
  const format = importFormatOf(file.name);
  if (!format) throw new ApiError('CATALOG_FILE_UNREADABLE', 'Chỉ nhận tệp .json hoặc .xlsx.', 400);
  let body: { format: 'json'; catalog: unknown } | { format: 'xlsx'; base64: string };
  if (format === 'json') {
    const text = await file.text();
    // The server parses the text itself when it is not valid JSON, and says where it breaks.
    let catalog: unknown = text;
    try {
      catalog = JSON.parse(text);
    } catch {
      /* sent as text */
    }
    body = { format, catalog };
  } else {
    body = { format, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  }
  const res = await api.POST('/api/catalog/import', { body });
  if (res.data) return res.data;
  // The row errors travel in `details`, which the generic client drops: read them here.
  const e = (res.error ?? {}) as { code?: string; message?: string };
  throw new ImportRefused(e.code ?? 'INTERNAL', e.message ?? 'Không nhập được danh mục.', res.response.status, importIssuesOf(res.error));
}

/** Imports the catalog from a JSON or Excel file; a file with any error writes nothing and every row error is listed. */
export function CatalogImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [fileName, setFileName] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: importFile,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['admin'] }),
  });
  const close = () => {
    run.reset();
    setFileName(null);
    onClose();
  };
  const issues = run.error instanceof ImportRefused ? run.error.issues : [];

  return (
    <Modal open={open} title="Nhập danh mục thủ tục" onCancel={close} footer={<Button onClick={close}>Đóng</Button>} width={900} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        Chọn tệp JSON hoặc Excel (.xlsx) theo mẫu của tệp xuất danh mục. Thủ tục chưa có được thêm mới, thủ tục có thay đổi được công bố
        phiên bản mới, thủ tục không đổi được giữ nguyên. Nếu tệp có lỗi, không dữ liệu nào được ghi.
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".json,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={run.isPending}
        beforeUpload={(file) => {
          setFileName(file.name);
          run.mutate(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">Bấm hoặc kéo tệp vào đây để nhập</p>
        <p className="ant-upload-hint">{run.isPending ? `Đang kiểm tra và nhập ${fileName}…` : 'Tệp .json hoặc .xlsx'}</p>
      </Upload.Dragger>
      {run.data && (
        <Result
          status="success"
          title={`Đã nhập ${fileName ?? 'danh mục'}`}
          style={{ paddingBottom: 0 }}
          extra={
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'c', label: 'Thủ tục thêm mới', children: run.data.created.length ? `${run.data.created.length}: ${run.data.created.join(', ')}` : '0' },
                { key: 'a', label: 'Thủ tục có phiên bản mới', children: run.data.amended.length ? `${run.data.amended.length}: ${run.data.amended.join(', ')}` : '0' },
                { key: 'w', label: 'Thủ tục đổi quy trình', children: run.data.workflowsChanged.length ? run.data.workflowsChanged.join(', ') : '0' },
                { key: 'u', label: 'Thủ tục không đổi', children: run.data.unchanged },
                { key: 'f', label: 'Lĩnh vực thêm mới / đổi tên', children: `${run.data.fieldsCreated} / ${run.data.fieldsUpdated}` },
              ]}
            />
          }
        />
      )}
      {run.error && (
        <div style={{ marginTop: 16 }}>
          <Alert type="error" showIcon title={run.error.message} style={{ marginBottom: 12 }} />
          {issues.length > 0 && (
            <Table<ImportIssue & { key: number }>
              size="small"
              aria-label="Lỗi từng dòng của tệp"
              dataSource={issues.map((i, key) => ({ ...i, key }))}
              pagination={issues.length > 10 ? { pageSize: 10, showTotal: (t) => `${t} lỗi` } : false}
              scroll={{ x: 700 }}
              columns={[
                { title: 'Trang tính', dataIndex: 'sheet', width: 140, render: (s: string | null) => sheetLabel(s) },
                { title: 'Dòng', dataIndex: 'row', width: 70, render: (r: number | null) => r ?? '—' },
                { title: 'Mã thủ tục', dataIndex: 'procedureCode', width: 120, render: (c: string | null) => c ?? '—' },
                { title: 'Lỗi', dataIndex: 'message' },
                { title: 'Vị trí trong tệp', dataIndex: 'path', width: 190, render: (p: string) => (p ? <Typography.Text code>{p}</Typography.Text> : '—') },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
