import { useSectionLabels } from '../../i18n/use-section-labels';
import { sectionIds, type Sandwich } from '../../../shared/schema';

/** The four sections as read-only text: a model draft arriving, or a variant to compare. */
export function SandwichPreview({ sections, label }: { sections: Partial<Sandwich>; label: string }) {
  const sectionLabels = useSectionLabels();
  return (
    <dl className="sandwich-preview" aria-label={label}>
      {sectionIds.map((id) => (
        <div key={id}>
          <dt>{sectionLabels[id]}</dt>
          <dd>{sections[id] ?? '…'}</dd>
        </div>
      ))}
    </dl>
  );
}
