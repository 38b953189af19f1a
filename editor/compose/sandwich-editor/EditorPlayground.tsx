import { useState } from 'react';
import type { Sandwich } from '../../../shared/schema/draft';
import { SandwichEditor } from './SandwichEditor';

const emptySandwich: Sandwich = { fact: '', myth: '', explanation: '', factAgain: '' };

/** A stand-in compose view until the real one lands: the editor and its current sections. */
export function EditorPlayground() {
  const [sandwich, setSandwich] = useState(emptySandwich);
  return (
    <section aria-label="Sandwich editor playground">
      <SandwichEditor initial={emptySandwich} onChange={setSandwich} language="en" />
      <pre data-testid="sandwich-json">{JSON.stringify(sandwich, null, 2)}</pre>
    </section>
  );
}
