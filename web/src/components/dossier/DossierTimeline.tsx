import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../app/format';
import { describeEvent, eventColor } from './dossier-text';
import { eventLabel } from './event-labels';
import type { DossierEvent } from './types';

/** Every event of the dossier, oldest first: what happened, when, by whom, and why. */
export function DossierTimeline({ events }: { events: readonly DossierEvent[] }) {
  if (events.length === 0) return <Empty description="Chưa có sự kiện nào" />;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.seq,
        color: eventColor(e.type),
        content: (
          <div data-testid="timeline-event">
            <Typography.Text strong>{eventLabel(e.type)}</Typography.Text>
            <div style={{ color: '#595959', fontSize: 13 }}>
              {formatDateTime(e.at)}
              {e.actor ? ` · ${e.actor.fullName}` : ''}
            </div>
            {describeEvent(e).map((line, i) => (
              <div key={i} style={{ fontSize: 13 }}>
                {line}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
