import { createRoot } from 'react-dom/client';
import { reportCaughtError } from './components/report-caught-error';
import { readPageState } from './page-state';
import { dropPrerenderedPage, pageIsForThisAddress } from './prerendered-page';
import { startApp, type StartOptions } from './start-app';
import './styles.css';
import './print.css';

const options: StartOptions = {
  // Loaded on demand: only the demo blog needs MSW.
  startDemo: async ({ faults }) => {
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker(import.meta.env.BASE_URL, faults);
  },
};

const container = document.getElementById('root');
if (container) {
  // A page the server rendered (npm start, or a prerendered file at its own address) carries its
  // state: hydrate it. Otherwise draw it here.
  const found = readPageState();
  const state = found && pageIsForThisAddress() ? found : null;
  if (found && !state) dropPrerenderedPage();
  if (state) {
    void import('./hydrate-app').then(({ hydrateApp }) =>
      hydrateApp(container, state, { ...options, rootOptions: { onCaughtError: reportCaughtError } }),
    );
  } else {
    // Caught errors are reported by kind: a backend's failure is a warning, a bug an error.
    void startApp(createRoot(container, { onCaughtError: reportCaughtError }), options);
  }
}
