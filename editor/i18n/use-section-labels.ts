import { useMemo } from 'react';
import type { SectionId } from '../../shared/schema/draft';
import { useTranslation } from './use-translation';

/**
 * The four sections' names in the interface's language: what the editor's groups are called for
 * screen readers and shown above each section, and how counts, findings and conflicts name them.
 * (shared/language/section-labels.ts keeps the English, for the CLI and the exports.)
 */
export function useSectionLabels(): Record<SectionId, string> {
  const { t } = useTranslation('common');
  return useMemo(
    () => ({
      fact: t('sections.fact'),
      myth: t('sections.myth'),
      explanation: t('sections.explanation'),
      factAgain: t('sections.factAgain'),
    }),
    [t],
  );
}
