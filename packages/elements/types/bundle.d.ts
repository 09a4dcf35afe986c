// Types of the single-file bundle `@manyi/elements/manyi-elements.js`: it exports nothing and
// registers the tags its define modules register, so a typed host sees them on `document`.
import '../dist/rating-pad/define.js';
import '../dist/commitment-board/define.js';
import '../dist/complaint-form/define.js';
import '../dist/notice-checklist/define.js';
import '../dist/satisfaction-board/define.js';
