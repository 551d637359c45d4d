import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useAgencyTree, type AgencyNode } from './admin-api';
import { matchesQuery } from './search-text';

interface Option {
  value: number;
  title: string;
  label: string;
  disabled?: boolean;
  children: Option[];
}

function toOptions(nodes: readonly AgencyNode[], disabled: ReadonlySet<number> | undefined): Option[] {
  return nodes.map((a) => ({
    value: a.id,
    title: `${a.name} (${a.code})`,
    label: a.name,
    disabled: disabled?.has(a.id),
    children: toOptions(a.children, disabled),
  }));
}

export interface AgencyPickerProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  /** Agencies that cannot be chosen (e.g. the agency itself and its units when choosing a parent). */
  disabledIds?: ReadonlySet<number>;
  /** Show the tree as it stood on this date (YYYY-MM-DD); default today. */
  asOf?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Chooses an agency in the organisation tree, searchable with or without diacritics. */
export function AgencyPicker({ value, onChange, disabledIds, asOf, placeholder = 'Chọn cơ quan, đơn vị', allowClear = true, ...rest }: AgencyPickerProps) {
  const tree = useAgencyTree(asOf);
  const options = useMemo(() => toOptions(tree.data ?? [], disabledIds), [tree.data, disabledIds]);
  return (
    <TreeSelect<number | null>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={options}
      loading={tree.isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ filterTreeNode: (input, node) => matchesQuery(typeof node.title === 'string' ? node.title : '', input) }}
      treeDefaultExpandedKeys={options.map((o) => o.value)}
      treeNodeLabelProp="label"
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      notFoundContent="Không tìm thấy cơ quan phù hợp"
    />
  );
}
