import { createRoot } from 'react-dom/client';
import { reportCaughtError } from './components/report-caught-error';
import { startApp } from './start-app';
import './styles.css';
import './print.css';

const container = document.getElementById('root');
if (container) {
  // Caught errors are reported by kind: a backend's failure is a warning, a bug an error.
  void startApp(createRoot(container, { onCaughtError: reportCaughtError }), {
    // Loaded on demand: only the demo blog needs MSW.
    startDemo: async ({ faults }) => {
      const { startDemoWorker } = await import('../mocks/browser');
      await startDemoWorker(import.meta.env.BASE_URL, faults);
    },
  });
}
