import { delay, http, HttpResponse } from 'msw';
import { createFaultPlan, FAULT_ERROR_BODY, type FaultOptions } from '../backend/faults';

/**
 * Fault mode as an MSW handler placed before a backend's own handlers: it delays, fails, garbles or
 * holds a request, or returns nothing so the request falls through to the real handler.
 * `base` is the API root, as for createNativeHandlers ('*\/api' matches it on any origin).
 */
export function createFaultHandlers(options: FaultOptions | (() => FaultOptions), base = '*/api') {
  const plan = createFaultPlan(options);
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const decision = plan.decide(request.method, request.url);
      if (decision.kind === 'hang') {
        await delay('infinite');
        return undefined;
      }
      if (decision.delayMs > 0) await delay(decision.delayMs);
      if (decision.kind === 'error') return HttpResponse.json(FAULT_ERROR_BODY, { status: 503 });
      if (decision.kind === 'malformed') {
        return new HttpResponse(decision.body.body, {
          status: 200,
          headers: { 'Content-Type': decision.body.contentType },
        });
      }
      return undefined;
    }),
  ];
}
