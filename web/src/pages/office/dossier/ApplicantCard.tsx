import { Card, Descriptions } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import type { Dossier } from '../../../components/dossier/types';

export function ApplicantCard({ dossier: d }: { dossier: Dossier }) {
  const items = [
    { key: 'ten', label: d.applicantKind === 'business' ? 'Tổ chức, doanh nghiệp' : 'Họ và tên', children: d.applicantName },
    { key: 'so', label: d.applicantKind === 'business' ? 'Mã số doanh nghiệp' : 'Số định danh cá nhân', children: d.applicantIdNumber ?? '—' },
    { key: 'dt', label: 'Điện thoại', children: d.applicantPhone ?? '—' },
    { key: 'em', label: 'Thư điện tử', children: d.applicantEmail ?? '—' },
    { key: 'dc', label: 'Địa chỉ', span: 2, children: d.applicantAddress ?? '—' },
    ...(d.authorisedPerson
      ? [
          {
            key: 'uq',
            label: 'Người được ủy quyền',
            span: 2,
            children: [d.authorisedPerson.name, d.authorisedPerson.idNumber, d.authorisedPerson.phone].filter(Boolean).join(' · '),
          },
        ]
      : []),
    ...(d.requestSummary ? [{ key: 'nd', label: 'Nội dung yêu cầu', span: 2, children: d.requestSummary }] : []),
  ];
  return (
    <Card
      title={
        <span>
          <UserOutlined /> Người nộp hồ sơ
        </span>
      }
      size="small"
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
