import '@manyi/elements/rating-pad.js';
import '@manyi/elements/commitment-board.js';
import '@manyi/elements/complaint-form.js';
import '@manyi/elements/notice-checklist.js';
import '../../portal.css';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
