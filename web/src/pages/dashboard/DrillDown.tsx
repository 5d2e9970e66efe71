import { createContext, type ReactNode, useContext, useState } from 'react';
import { DrillDialog } from './DrillDialog.tsx';
import type { Period } from './usePeriod.ts';
import type { DrillTarget } from './useReports.ts';

/** A drill-down as a number asks for it: what to list, and a title ("MQLs · paid_search"). */
export interface DrillRequest extends DrillTarget {
  title: string;
}

const DrillContext = createContext<(request: DrillRequest) => void>(() => {});

/** Lets any number below open the leads behind it in one dialog. */
export function DrillDownProvider({ period, children }: { period: Period; children: ReactNode }) {
  const [request, setRequest] = useState<DrillRequest | null>(null);
  return (
    <DrillContext.Provider value={setRequest}>
      {children}
      {request ? <DrillDialog period={period} request={request} onClose={() => setRequest(null)} /> : null}
    </DrillContext.Provider>
  );
}

/** Opens the drill-down dialog. */
export const useDrillDown = (): ((request: DrillRequest) => void) => useContext(DrillContext);
