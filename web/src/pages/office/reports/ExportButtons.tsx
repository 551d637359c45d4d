import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { download } from '../../../api/client';

/** Excel and Word downloads of one report URL (`format=xlsx|docx` appended). */
export function ExportButtons({ url, fileName, disabled }: { url: string; fileName: string; disabled?: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);
  const get = async (format: 'xlsx' | 'docx') => {
    setBusy(format);
    try {
      await download(`${url}${url.includes('?') ? '&' : '?'}format=${format}`, `${fileName}.${format}`);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      <Button icon={<FileExcelOutlined style={{ color: '#15803d' }} />} loading={busy === 'xlsx'} disabled={disabled} onClick={() => void get('xlsx')}>
        Tải Excel
      </Button>
      <Button icon={<FileWordOutlined style={{ color: '#1d4ed8' }} />} loading={busy === 'docx'} disabled={disabled} onClick={() => void get('docx')}>
        Tải Word
      </Button>
    </Space>
  );
}
