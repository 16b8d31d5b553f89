import { createRoot } from 'react-dom/client';
import { Root } from './Root.js';
import { detectHost } from './host.js';

/**
 * Entry point of the task pane. The pane renders at once (standalone until Office says otherwise)
 * and re-renders with the Excel actions when Office.onReady reports an Excel host.
 */
const el = document.getElementById('root');
if (!el) throw new Error('taskpane.html has no #root element');
const root = createRoot(el);
root.render(<Root host={null} />);
void detectHost().then((host) => root.render(<Root host={host} />));
