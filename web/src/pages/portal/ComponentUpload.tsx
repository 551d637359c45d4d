import { useRef, useState } from 'react';
import { App, Button, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { fileSizeText, UPLOAD_ACCEPT } from './portal-model';
import { readUpload } from './read-file';
import type { UploadFile } from './portal-types';

/** Files attached to one dossier component: a button opening the file picker and the chosen files with a remove button. */
export function ComponentUpload({
  name,
  position,
  files,
  onChange,
}: {
  name: string;
  position: number | null;
  files: readonly UploadFile[];
  onChange: (files: UploadFile[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const { message } = App.useApp();
  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setReading(true);
    const added: UploadFile[] = [];
    for (const file of Array.from(list)) {
      try {
        added.push(await readUpload(file, position));
      } catch (e) {
        void message.error((e as Error).message);
      }
    }
    setReading(false);
    if (input.current) input.current.value = '';
    if (added.length > 0) onChange([...files, ...added]);
  };
  return (
    <div>
      <input
        ref={input}
        type="file"
        accept={UPLOAD_ACCEPT}
        multiple
        aria-label={`Tải tệp lên cho ${name}`}
        style={{ display: 'none' }}
        onChange={(e) => void add(e.target.files)}
      />
      <Button icon={<UploadOutlined aria-hidden />} loading={reading} onClick={() => input.current?.click()} aria-label={`Chọn tệp cho ${name}`}>
        Tải tệp lên
      </Button>
      {files.length > 0 && (
        <Space orientation="vertical" size={2} style={{ display: 'flex', marginTop: 6 }}>
          {files.map((f, i) => (
            <Space key={`${f.fileName}-${i}`} size={6} wrap>
              {f.mimeType === 'application/pdf' ? <FilePdfOutlined style={{ color: '#dc2626' }} /> : <FileImageOutlined style={{ color: '#1d4ed8' }} />}
              <Typography.Text ellipsis style={{ maxWidth: 260 }} title={f.fileName}>
                {f.fileName}
              </Typography.Text>
              <Tag>{fileSizeText(Math.floor((f.contentBase64.length * 3) / 4))}</Tag>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`Xóa tệp ${f.fileName}`}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              />
            </Space>
          ))}
        </Space>
      )}
    </div>
  );
}
