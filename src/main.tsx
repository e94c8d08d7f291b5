import { createRoot } from 'react-dom/client';
import { startApp } from './start-app';
import './styles.css';
import './print.css';

const container = document.getElementById('root');
if (container) {
  void startApp(createRoot(container), {
    // Loaded on demand: only the demo blog needs MSW.
    startDemo: async () => {
      const { startDemoWorker } = await import('../mocks/browser');
      await startDemoWorker(import.meta.env.BASE_URL);
    },
  });
}
