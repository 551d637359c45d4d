import { DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { presetLabels, presetOf, presetRange, type PeriodRange, type PresetKey } from './period';

const FORMAT = 'DD/MM/YYYY';

/** A preset select (this month, last month, …, cut-off 15–14, custom). */
export function PresetSelect({
  id,
  value,
  today,
  presets,
  onChange,
}: {
  id?: string;
  value: PeriodRange;
  today: string;
  presets: readonly PresetKey[];
  onChange: (range: PeriodRange) => void;
}) {
  const current = presetOf(value, today);
  return (
    <Select<PresetKey>
      id={id}
      value={current}
      style={{ minWidth: 190 }}
      onChange={(key) => {
        const range = presetRange(key, today);
        if (range) onChange(range);
      }}
      options={presets.map((key) => {
        const r = presetRange(key, today);
        return { value: key, label: presetLabels[key], title: r ? `${r.from} – ${r.to}` : undefined, disabled: key === 'custom' };
      })}
    />
  );
}

/** Two days, dd/MM/yyyy, never after today (a period not over yet would count dossiers overdue early). */
export function RangeInput({
  id,
  value,
  today,
  onChange,
}: {
  id?: string;
  value: PeriodRange;
  today: string;
  onChange: (range: PeriodRange) => void;
}) {
  return (
    <DatePicker.RangePicker
      id={id ? { start: id, end: `${id}-end` } : undefined}
      value={[dayjs(value.from), dayjs(value.to)]}
      format={FORMAT}
      allowClear={false}
      disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
      onChange={(days) => {
        if (days?.[0] && days[1]) onChange({ from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') });
      }}
      placeholder={['Từ ngày', 'Đến ngày']}
      style={{ minWidth: 250 }}
    />
  );
}
