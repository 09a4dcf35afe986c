import { complaintAt } from '../complaint-desk.js';
import { noteAudit } from '../http/audit-trail.js';
import { READ_PERSONAL } from '../http/roles.js';
import { op } from '../http/route.js';
import { ComplaintContactSchema } from '../schemas/contact.js';

/**
 * Showing one complaint's whole phone number: the only route that does (elsewhere it is masked,
 * personal-data.ts), each call an audited personal-data read, never open to observers.
 */
export const CONTACT_ROUTES = [
  op({
    id: 'getComplaintContact',
    method: 'get',
    path: '/api/v1/admin/complaints/:trackingNo/contact',
    tag: 'complaints',
    auth: READ_PERSONAL,
    personal: true,
    summary: 'One complaint’s contact with the whole phone number (recorded in the audit trail)',
    responses: [{ status: 200, description: 'The contact, or null once erased or never given.', schema: ComplaintContactSchema }],
    errors: { 400: 'Not a valid tracking number.', 404: 'No such complaint.' },
    handle: async ({ store, param }, c) => {
      const complaint = await complaintAt(store, param('trackingNo'));
      noteAudit(c, { target: complaint.trackingNo, stationId: complaint.stationId });
      return c.json({ trackingNo: complaint.trackingNo, contact: complaint.contact });
    },
  }),
];
