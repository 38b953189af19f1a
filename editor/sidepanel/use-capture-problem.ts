import { useEffect, useState } from 'react';
import type { CaptureProblem } from '../../shared/messages';
import type { PanelHost } from './panel-host';

export function useCaptureProblem(host: PanelHost): CaptureProblem | undefined {
  const [problem, setProblem] = useState<CaptureProblem | undefined>(undefined);
  useEffect(() => host.watchCaptureProblem(setProblem), [host]);
  return problem;
}
