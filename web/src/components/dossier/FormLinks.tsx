import { Button, Flex, Tooltip } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { formUrl } from './actions';
import { formShortTitles, formTitles } from './labels';
import type { FormNumber } from './types';

/** Printable forms: the HTML page opens in a new tab for printing; the Word file downloads. */
export function FormLinks({ code, forms }: { code: string; forms: readonly FormNumber[] }) {
  return (
    <Flex vertical gap={6}>
      {forms.map((f) => (
        <Flex key={f} gap={4} align="center">
          <Tooltip title={`${formTitles[f]} — mở trang in`}>
            <Button
              href={formUrl(code, f)}
              target="_blank"
              rel="noopener noreferrer"
              icon={<PrinterOutlined />}
              style={{ flex: 1, justifyContent: 'flex-start' }}
            >
              Mẫu {f}: {formShortTitles[f]}
            </Button>
          </Tooltip>
          <Tooltip title={`Tải mẫu ${f} dạng Word`}>
            <Button href={formUrl(code, f, 'docx')} aria-label={`Tải mẫu ${f} dạng Word`} icon={<FileWordOutlined />} />
          </Tooltip>
        </Flex>
      ))}
    </Flex>
  );
}
