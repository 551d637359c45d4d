import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { api, unwrap } from '../../../api/client';
import { useMe } from '../../../app/auth';
import { reportRoots } from './report-roots';
import type { components } from '../../../api/schema';

type TreeNode = components['schemas']['AgencyTreeNode'];
interface Option {
  value: string;
  title: string;
  children: Option[];
}

const toOption = (n: TreeNode): Option => ({ value: n.code, title: n.name, children: n.children.map(toOption) });

function contains(options: Option[], code: string): boolean {
  return options.some((o) => o.value === code || contains(o.children, code));
}

/** The agency trees the user may report on, and the agency to start with (their own when possible). */
export function useReportAgencies() {
  const me = useMe().data;
  const roots = reportRoots(me);
  const key = roots === null ? 'all' : roots.join(',');
  const trees = useQuery({
    queryKey: ['report-agency-trees', key],
    enabled: me !== undefined,
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const lists = await Promise.all(
        (roots ?? [null]).map(async (root) => unwrap(await api.GET('/api/agencies/tree', { params: { query: root ? { root } : {} } }))),
      );
      return lists.flat().map(toOption);
    },
  });
  const options = useMemo(() => trees.data ?? [], [trees.data]);
  const own = me?.agency?.code;
  const defaultAgency = own && contains(options, own) ? own : options[0]?.value;
  return { options, defaultAgency, isLoading: trees.isLoading, error: trees.error };
}

/** Picks an agency (with its subtree) among those the user may report on. */
export function AgencyTreeSelect({
  id,
  value,
  onChange,
  options,
  loading,
}: {
  id?: string;
  value: string | undefined;
  onChange: (code: string) => void;
  options: Option[];
  loading?: boolean;
}) {
  // An agency from a shared link that the user may not read falls back to the first one they may.
  useEffect(() => {
    if (value && options.length > 0 && !contains(options, value)) onChange(options[0]!.value);
  }, [value, options, onChange]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v: string) => onChange(v)}
      treeData={options}
      loading={loading}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={options.map((o) => o.value)}
      placeholder="Chọn cơ quan, đơn vị"
      style={{ width: 320, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={400}
    />
  );
}
