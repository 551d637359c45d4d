import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, MailOutlined, PhoneOutlined, UserAddOutlined, UserOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useLogin } from '../../app/auth';
import { isValidPhone } from './portal-model';

interface Values {
  fullName: string;
  username: string;
  phone?: string;
  email?: string;
  password: string;
  confirm: string;
}

/** Self-registration of a citizen account, then straight in: no second form to fill. */
export default function RegisterPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const login = useLogin();
  const register = useMutation({
    mutationFn: async (v: Values) =>
      unwrap(
        await api.POST('/api/auth/register', {
          body: { fullName: v.fullName.trim(), username: v.username.trim(), password: v.password, phone: v.phone?.trim() || null, email: v.email?.trim() || null },
        }),
      ),
  });
  const onFinish = (v: Values) =>
    register.mutate(v, {
      onSuccess: (user) =>
        login.mutate(
          { username: user.username, password: v.password },
          {
            onSuccess: () => {
              void message.success(`Chào mừng ${user.fullName}! Tài khoản đã được tạo.`);
              void navigate(params.get('tiep') ?? '/ho-so-cua-toi', { replace: true });
            },
            onError: () => void navigate('/dang-nhap', { replace: true }),
          },
        ),
    });
  const error = register.error ?? login.error;

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '40px 16px' }}>
      <Card style={{ width: 480, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          <UserAddOutlined /> Đăng ký tài khoản
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Tài khoản công dân, tổ chức dùng để nộp hồ sơ trực tuyến và theo dõi hồ sơ của mình.
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={onFinish} requiredMark="optional">
          <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, min: 2, message: 'Nhập họ và tên đầy đủ' }]}>
            <Input prefix={<UserOutlined />} autoComplete="name" autoFocus />
          </Form.Item>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            extra="3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới."
            rules={[
              { required: true, message: 'Nhập tên đăng nhập' },
              { pattern: /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/, message: 'Chỉ dùng chữ không dấu, số và . _ - (từ 3 ký tự)' },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item
            label="Số điện thoại"
            name="phone"
            rules={[{ validator: async (_, v: string | undefined) => (!v || isValidPhone(v) ? undefined : Promise.reject(new Error('Số điện thoại không hợp lệ'))) }]}
          >
            <Input prefix={<PhoneOutlined />} inputMode="tel" autoComplete="tel" placeholder="0912345678" />
          </Form.Item>
          <Form.Item label="Thư điện tử" name="email" rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ' }]}>
            <Input prefix={<MailOutlined />} autoComplete="email" />
          </Form.Item>
          <Form.Item
            label="Mật khẩu"
            name="password"
            extra="Ít nhất 8 ký tự, có cả chữ và số."
            rules={[
              { required: true, message: 'Nhập mật khẩu' },
              {
                validator: async (_, v: string | undefined) =>
                  !v || (v.length >= 8 && /\p{L}/u.test(v) && /\d/.test(v)) ? undefined : Promise.reject(new Error('Mật khẩu cần ít nhất 8 ký tự, có cả chữ và số')),
              },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="Nhập lại mật khẩu"
            name="confirm"
            dependencies={['password']}
            rules={[
              { required: true, message: 'Nhập lại mật khẩu' },
              ({ getFieldValue }) => ({
                validator: async (_, v: string | undefined) => (!v || v === getFieldValue('password') ? undefined : Promise.reject(new Error('Mật khẩu nhập lại không khớp'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={register.isPending || login.isPending}>
            Đăng ký
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          Đã có tài khoản? <Link to={`/dang-nhap${params.get('tiep') ? `?tiep=${encodeURIComponent(params.get('tiep')!)}` : ''}`}>Đăng nhập</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
