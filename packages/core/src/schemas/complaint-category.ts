import * as z from 'zod/mini';
import { COMPLAINT_CATEGORY_CODES } from '../complaint-categories.js';

/**
 * A complaint category code (see COMPLAINT_CATEGORIES). Apart from the list, so a complaint form
 * shows the categories without zod and fetches the schemas only to judge a complaint.
 */
export const ComplaintCategorySchema = z.enum(COMPLAINT_CATEGORY_CODES);
