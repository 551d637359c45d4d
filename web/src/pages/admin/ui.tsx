import type { ReactNode } from 'react';
import { Tag, Typography } from 'antd';
import { agencyLevelColors, agencyLevelTags, type AgencyLevel } from './labels';

/** Lets Enter in any field submit a form whose visible buttons sit outside it (a modal's footer). */
export function SubmitOnEnter() {
  return <button type="submit" aria-hidden tabIndex={-1} style={{ position: 'absolute', width: 0, height: 0, padding: 0, border: 0, opacity: 0 }} />;
}

export function LevelTag({ level }: { level: AgencyLevel }) {
  return (
    <Tag color={agencyLevelColors[level]} style={{ marginInlineEnd: 6 }}>
      {agencyLevelTags[level]}
    </Tag>
  );
}

/** A section heading with a short explanation under it. */
export function SectionHint({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
      {children}
    </Typography.Paragraph>
  );
}
