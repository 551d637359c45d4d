import { useRef, useState } from 'react';
import { Alert, Button, Flex, Select, Space, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { formatSize } from './dossier-text';
import type { FileBody } from './types';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Reads a chosen file as the API's base64 attachment. */
export function readAsAttachment(file: File): Promise<FileBody> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(`Không đọc được tệp ${file.name}`));
    reader.readAsDataURL(file);
  });
}

export interface PickedFile extends FileBody {
  readonly uid: string;
  readonly size: number;
}

/**
 * Attachments: files from the computer, or a document photographed with the device camera ("scan").
 * With `components`, each file can be tied to a component of the dossier.
 */
export function FilePicker({
  value,
  onChange,
  components,
  idPrefix = 'tep',
}: {
  value: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  components?: { position: number; name: string }[] | undefined;
  idPrefix?: string;
}) {
  const pick = useRef<HTMLInputElement>(null);
  const scan = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (list: FileList | null) => {
    if (!list) return;
    const chosen = Array.from(list);
    const tooBig = chosen.filter((f) => f.size > MAX_FILE_BYTES);
    setProblem(tooBig.length ? `Tệp quá lớn (tối đa 10 MB): ${tooBig.map((f) => f.name).join(', ')}` : null);
    const read = await Promise.all(
      chosen.filter((f) => f.size <= MAX_FILE_BYTES).map(async (f, i) => ({ ...(await readAsAttachment(f)), uid: `${Date.now()}-${i}-${f.name}`, size: f.size })),
    );
    onChange([...value, ...read]);
  };
  return (
    <div>
      <Space wrap>
        <Button icon={<PaperClipOutlined />} onClick={() => pick.current?.click()}>
          Chọn tệp đính kèm
        </Button>
        <Button icon={<CameraOutlined />} onClick={() => scan.current?.click()}>
          Quét tài liệu (chụp ảnh)
        </Button>
      </Space>
      <input
        ref={pick}
        id={`${idPrefix}-chon`}
        aria-label="Chọn tệp đính kèm"
        type="file"
        multiple
        style={{ display: 'none' }}
        onChange={(e) => {
          void add(e.target.files);
          e.target.value = '';
        }}
      />
      <input
        ref={scan}
        id={`${idPrefix}-quet`}
        aria-label="Quét tài liệu"
        type="file"
        accept="image/*"
        capture="environment"
        style={{ display: 'none' }}
        onChange={(e) => {
          void add(e.target.files);
          e.target.value = '';
        }}
      />
      {problem && <Alert type="warning" showIcon title={problem} style={{ marginTop: 8 }} />}
      {value.length > 0 && (
        <div style={{ marginTop: 8, display: 'flex', flexDirection: 'column', gap: 6 }}>
          {value.map((f) => (
            <Flex key={f.uid} align="center" gap={8} wrap style={{ padding: '4px 8px', background: '#fafafa', borderRadius: 6 }}>
              <PaperClipOutlined />
              <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                {f.fileName}
              </Typography.Text>
              <Typography.Text type="secondary">{formatSize(f.size)}</Typography.Text>
              {components && components.length > 0 && (
                <Select
                  size="small"
                  style={{ minWidth: 220, flex: 1 }}
                  placeholder="Thuộc thành phần…"
                  aria-label={`Thành phần của tệp ${f.fileName}`}
                  allowClear
                  value={f.componentPosition ?? undefined}
                  options={components.map((c) => ({ value: c.position, label: `${c.position}. ${c.name}` }))}
                  onChange={(position?: number) => onChange(value.map((x) => (x.uid === f.uid ? { ...x, componentPosition: position ?? null } : x)))}
                />
              )}
              <Button
                type="text"
                danger
                size="small"
                aria-label={`Bỏ tệp ${f.fileName}`}
                icon={<DeleteOutlined />}
                onClick={() => onChange(value.filter((x) => x.uid !== f.uid))}
              />
            </Flex>
          ))}
        </div>
      )}
    </div>
  );
}

/** The API body of picked files (without the local bookkeeping). */
export function toFileBodies(files: readonly PickedFile[]): FileBody[] {
  return files.map(({ fileName, mimeType, contentBase64, componentPosition }) => ({ fileName, mimeType, contentBase64, componentPosition: componentPosition ?? null }));
}
