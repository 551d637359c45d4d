import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { api, unwrap } from '../../../api/client';

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

/** Searches the catalog as the officer types, with or without diacritics ("cap giay phep xay dung"). */
export function ProcedurePicker({ value, onChange, id }: { value?: string; onChange?: (code: string | undefined) => void; id?: string }) {
  const [term, setTerm] = useState('');
  const q = useDebounced(term.trim(), 250);
  const found = useQuery({
    queryKey: ['procedures', 'desk-search', q],
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/procedures', { params: { query: { q: q || undefined, pageSize: 20 } } })),
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={(code?: string) => onChange?.(code)}
      allowClear
      size="large"
      placeholder="Gõ tên hoặc mã thủ tục, ví dụ: cap giay phep xay dung"
      showSearch={{ onSearch: setTerm, filterOption: false }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy thủ tục phù hợp'}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.code,
        title: p.current.name,
        label: (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.35, padding: '2px 0' }}>
            <div>{p.current.name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.code} · {p.current.field.name} · {p.current.implementingAgency}
            </Typography.Text>
          </div>
        ),
      }))}
      optionLabelProp="title"
      style={{ width: '100%' }}
    />
  );
}
