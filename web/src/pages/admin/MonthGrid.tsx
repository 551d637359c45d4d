import { memo } from 'react';
import { Tooltip } from 'antd';
import { describeDay, monthWeeks, weekdayShort, type DayInfo } from './calendar-grid';

/** One month, Monday first: days off in red with their names, Saturdays worked in blue. */
export const MonthGrid = memo(function MonthGrid({
  year,
  month,
  classify,
  today,
}: {
  year: number;
  month: number;
  classify: (date: string) => DayInfo;
  today: string;
}) {
  const caption = `Tháng ${month}/${year}`;
  return (
    <div className="cal-month">
      <h3 id={`cal-${year}-${month}`}>{caption}</h3>
      <table aria-labelledby={`cal-${year}-${month}`}>
        <thead>
          <tr>
            {weekdayShort.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, i) => (
            <tr key={i}>
              {week.map((date, j) => {
                if (!date) return <td key={j} />;
                const info = classify(date);
                const label = describeDay(info);
                const cell = (
                  <td
                    key={j}
                    className={`cal-day ${info.kind}${date === today ? ' today' : ''}`}
                    aria-label={label}
                    data-date={date}
                    data-kind={info.kind}
                  >
                    {Number(date.slice(8))}
                  </td>
                );
                // Only named days get a tooltip: hundreds of tooltips would slow the page for nothing.
                return info.name ? (
                  <Tooltip key={j} title={label}>
                    {cell}
                  </Tooltip>
                ) : (
                  cell
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
