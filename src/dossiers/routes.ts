import { z } from 'zod';
import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import {
  apologyInput,
  assignInput,
  handOverInput,
  intakeCheckInput,
  markTestInput,
  reasonInput,
  receiveInput,
  resultInput,
  submitOnlineInput,
  supplementInput,
  versionedInput,
} from './dossier-inputs';
import {
  assignableQuery,
  assignableResponse,
  codeParams,
  dossierDetailSchema,
  dossierSchema,
  listQuery,
  listResponse,
  lookupQuery,
  lookupResponse,
} from './dossier-schemas';
import { receiveDossier } from './receive-dossier';
import { submitOnline } from './submit-online';
import { checkSubmitted } from './check-submitted';
import { getDossier } from './get-dossier';
import { listDossiers } from './list-dossiers';
import { completeStep } from './complete-step';
import { returnStep } from './return-step';
import { assignStep } from './assign-step';
import { requestSupplement } from './request-supplement';
import { receiveSupplement } from './receive-supplement';
import { resubmitIntake } from './resubmit-intake';
import { issueApology } from './issue-apology';
import { recordResult } from './record-result';
import { withdrawDossier } from './withdraw-dossier';
import { handOverResult } from './hand-over-result';
import { markTestDossier } from './mark-test-dossier';
import { lookupDossier } from './lookup-dossier';
import { findUserId } from './find-user-id';
import { listAssignableOfficials } from './list-assignable-officials';

const TAG = 'Hồ sơ';
const PUBLIC_TAG = 'Tra cứu công khai';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
const officials = ['receiving_officer', 'specialist', 'leader', 'admin'] as const;

const completeInput = versionedInput.extend({
  stepId: z.number().int().optional(),
  nextAssigneeUsername: z.string().trim().min(1).optional(),
});
const returnInput = reasonInput.extend({ stepId: z.number().int().optional() });

export const registerDossierRoutes: RegisterRoutes = (app, { db, clock }) => {
  app.post(
    '/api/dossiers',
    {
      config: { access: ['receiving_officer', 'admin'] },
      schema: {
        tags: [TAG],
        summary: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa (trực tiếp hoặc bưu chính)',
        description:
          'Kiểm tra hồ sơ ngay khi tiếp nhận: `accept` (phiếu tiếp nhận và hẹn trả, mẫu 01), `request_supplement` (phiếu yêu cầu bổ sung, mẫu 02) hoặc `refuse` (phiếu từ chối, mẫu 03).',
        security,
        body: receiveInput,
        response: { 201: dossierSchema },
      },
    },
    async (request, reply) => {
      const dossier = await receiveDossier(db, actorOf(request), clock, request.body);
      return reply.status(201).send(dossier);
    },
  );

  app.post(
    '/api/dossiers/online',
    {
      config: { access: ['citizen'] },
      schema: { tags: [TAG], summary: 'Nộp hồ sơ trực tuyến', security, body: submitOnlineInput, response: { 201: dossierSchema } },
    },
    async (request, reply) => reply.status(201).send(await submitOnline(db, actorOf(request), clock, request.body)),
  );

  app.get(
    '/api/dossiers',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: [TAG],
        summary: 'Danh sách hồ sơ (hộp việc): đến hạn hôm nay, sắp đến hạn, quá hạn, chờ bổ sung',
        security,
        querystring: listQuery,
        response: { 200: listResponse },
      },
    },
    async (request) => listDossiers(db, actorOf(request), clock.now(), request.query),
  );

  app.get(
    '/api/dossiers/:code',
    {
      config: { access: 'signed-in' },
      schema: { tags: [TAG], summary: 'Chi tiết hồ sơ, các bước và dòng thời gian sự kiện', security, params: codeParams, response: { 200: dossierDetailSchema } },
    },
    async (request) => getDossier(db, actorOf(request), request.params.code),
  );

  app.get(
    '/api/dossiers/:code/assignable',
    {
      config: { access: [...officials] },
      schema: {
        tags: [TAG],
        summary: 'Cán bộ có thể được giao một bước xử lý (cùng vai trò, thuộc đơn vị của bước)',
        security,
        params: codeParams,
        querystring: assignableQuery,
        response: { 200: assignableResponse },
      },
    },
    async (request) => listAssignableOfficials(db, actorOf(request), request.params.code, request.query.stepId),
  );

  const action = <S extends z.ZodType>(
    url: string,
    summary: string,
    access: readonly ('citizen' | 'receiving_officer' | 'specialist' | 'leader' | 'monitor' | 'admin')[],
    body: S,
    run: (actor: ReturnType<typeof actorOf>, code: string, input: z.output<S>) => Promise<unknown>,
  ) =>
    app.post(
      `/api/dossiers/:code/${url}`,
      {
        config: { access },
        schema: { tags: [TAG], summary, security, params: codeParams, body, response: { 200: dossierSchema } },
      },
      async (request) => (await run(actorOf(request), request.params.code, request.body as z.output<S>)) as z.output<typeof dossierSchema>,
    );

  action('intake', 'Kiểm tra hồ sơ trực tuyến: tiếp nhận, yêu cầu bổ sung hoặc từ chối', ['receiving_officer', 'admin'], intakeCheckInput, (a, c, i) =>
    checkSubmitted(db, a, clock, c, i),
  );
  action('steps/complete', 'Hoàn thành bước xử lý và chuyển bước tiếp theo', officials, completeInput, async (a, c, i) =>
    completeStep(db, a, clock, c, { ...i, nextAssigneeId: i.nextAssigneeUsername ? await findUserId(db, i.nextAssigneeUsername) : null }),
  );
  action('steps/return', 'Trả lại bước trước', officials, returnInput, (a, c, i) => returnStep(db, a, clock, c, i));
  action('steps/assign', 'Phân công cán bộ xử lý bước hiện tại', officials, assignInput, (a, c, i) => assignStep(db, a, clock, c, i));
  action('supplement-request', 'Yêu cầu bổ sung hồ sơ (tạm dừng thời hạn, mẫu 02)', officials, reasonInput, (a, c, i) =>
    requestSupplement(db, a, clock, c, i),
  );
  action('resubmit', 'Người nộp bổ sung trực tuyến hồ sơ bị yêu cầu bổ sung khi tiếp nhận; hồ sơ trở lại hàng chờ tiếp nhận', ['citizen'], supplementInput, (a, c, i) =>
    resubmitIntake(db, a, clock, c, i),
  );
  action('supplement', 'Nhận hồ sơ bổ sung (thời hạn tính lại từ đầu)', ['citizen', ...officials], supplementInput, (a, c, i) =>
    receiveSupplement(db, a, clock, c, i),
  );
  action('apology', 'Văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04, một lần)', officials, apologyInput, (a, c, i) =>
    issueApology(db, a, clock, c, i),
  );
  action('result', 'Ghi nhận kết quả giải quyết (chấp thuận hoặc không đủ điều kiện)', officials, resultInput, (a, c, i) =>
    recordResult(db, a, clock, c, i),
  );
  action('withdraw', 'Dừng xử lý theo đề nghị của người nộp (mẫu 05)', ['citizen', 'receiving_officer', 'leader', 'admin'], reasonInput, (a, c, i) =>
    withdrawDossier(db, a, clock, c, i),
  );
  action('hand-over', 'Trả kết quả cho người nộp', ['receiving_officer', 'admin'], handOverInput, (a, c, i) => handOverResult(db, a, clock, c, i));
  action('test-mark', 'Đánh dấu (hoặc bỏ đánh dấu) hồ sơ thử nghiệm', ['admin'], markTestInput, (a, c, i) => markTestDossier(db, a, clock, c, i));

  app.get(
    '/api/public/dossiers/lookup',
    {
      config: { access: 'public' },
      schema: {
        tags: [PUBLIC_TAG],
        summary: 'Tra cứu tình trạng hồ sơ theo mã hồ sơ và 4 số cuối điện thoại',
        querystring: lookupQuery,
        response: { 200: lookupResponse },
      },
    },
    async (request) => lookupDossier(db, { code: request.query.code, phoneTail: request.query.phone }),
  );
};
