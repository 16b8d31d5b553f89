// PLACEHOLDER written by the add-in build helper so that webpack has an entry; the task pane
// helper owns and replaces this file.
import { createRoot } from 'react-dom/client';

const el = document.getElementById('root');
if (el) createRoot(el).render(<p>Offer Runway</p>);
