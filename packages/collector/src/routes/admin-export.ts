import { exportCsv, exportFileName, exportRequest, exportsPersonalData } from '../export/export.js';
import { noteAudit } from '../http/audit-trail.js';
import { forbidden } from '../http/permission.js';
import { READ_STATION } from '../http/roles.js';
import { op } from '../http/route.js';
import { ExportQuerySchema } from '../schemas/admin.js';

/** A station's ratings or complaints as a spreadsheet (admin token). */
export const EXPORT_ROUTES = [
  op({
    id: 'exportCsv',
    method: 'get',
    path: '/api/v1/admin/export.csv',
    tag: 'figures',
    auth: READ_STATION,
    summary: 'A station’s ratings or complaints as CSV',
    description: 'Complaint contact details only with `includePersonal=true`; such an export is logged (who and what, never the data).',
    query: { schema: ExportQuerySchema, code: 'invalid-query' },
    personal: (q) => q.kind === 'complaint' && q.includePersonal === 'true',
    responses: [{ status: 200, description: 'CSV (UTF-8), as an attachment.', contentType: 'text/csv; charset=utf-8' }],
    errors: { 404: 'No such station.' },
    handle: async ({ store, log, query }, c) => {
      const request = await exportRequest(store, query());
      noteAudit(c, { target: `${request.kind}s`, stationId: request.stationId });
      if (exportsPersonalData(request)) {
        if (c.get('actor').role === 'observer') throw forbidden('observers never see personal data');
        // Who exported what, never the data itself.
        const { stationId, kind, from, to } = request;
        log.info('personal data exported', { station: stationId, kind, from: from ?? null, to: to ?? null, via: 'api' });
      }
      const body = ReadableStream.from(exportCsv(store, request)).pipeThrough(new TextEncoderStream());
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName(request)}"`,
        'Cache-Control': 'no-store',
      });
    },
  }),
];
