export { planToXlsxBuffer, type XlsxOptions } from './render.js';
