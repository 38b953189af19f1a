import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../../../shared/library/assemble-library';
import { readLibraryFolder } from '../../../shared/library/read-library-folder';
import { draftVariant, sameTextAs, variantKey, variantTargets } from './draft-variants';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { audiences, spokespeople } = assembled.bundle;
const [older, younger] = audiences;
const [mayor, imam] = spokespeople;

describe('variantTargets', () => {
  it.each([
    ['two audiences, no spokesperson', [older!, younger!], [], [`${older!.id}+no-sign-off`, `${younger!.id}+no-sign-off`]],
    ['one audience, two spokespeople', [older!], [mayor!, imam!], [`${older!.id}+${mayor!.id}`, `${older!.id}+${imam!.id}`]],
    ['no audience, one spokesperson', [], [mayor!], [`anyone+${mayor!.id}`]],
    [
      'two by two',
      [older!, younger!],
      [mayor!, imam!],
      [`${older!.id}+${mayor!.id}`, `${older!.id}+${imam!.id}`, `${younger!.id}+${mayor!.id}`, `${younger!.id}+${imam!.id}`],
    ],
  ])('%s', (_case, chosenAudiences, chosenVoices, keys) => {
    expect(variantTargets(chosenAudiences, chosenVoices).map(variantKey)).toEqual(keys);
  });
});

describe('draftVariant without a model', () => {
  it('drafts each audience from the templates, checked, with no problems to fix', async () => {
    const entry = assembled.bundle.entries.find((candidate) => candidate.id === 'asylum-luxury-support')!;
    const signal = new AbortController().signal;
    const variants = await Promise.all(
      variantTargets([older!, younger!], [mayor!]).map((target) =>
        draftVariant(target, {
          base: { draft: { entryId: entry.id, channel: 'mastodon', language: 'en' }, library: assembled.bundle, today: '2026-03-14' },
          model: undefined,
          signal,
        }),
      ),
    );
    for (const variant of variants) {
      expect(variant.status).toBe('template');
      expect(variant.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(variant.draft?.sections.factAgain).toContain(mayor!.signOff);
    }
    // Written for different readers: the two variants are not the same text.
    expect(variants[0]!.draft!.sections).not.toEqual(variants[1]!.draft!.sections);
  });
});

describe('audience variants on X', () => {
  const signal = new AbortController().signal;
  // Issue 15: "Draft for several audiences" on X gave identical replies. Every entry with two or
  // more audience angles gets a different reply per audience there (the angle's short form opens
  // it); the panel marks any copies.
  const withShortAngles = assembled.bundle.entries.filter((entry) => entry.audienceAngles.filter((angle) => angle.short).length >= 2);
  it.each(withShortAngles.map((entry) => [entry.id, entry] as const))('%s: a different X reply for each audience', async (_id, entry) => {
    const targets = variantTargets(
      audiences.filter((audience) => entry.audienceAngles.some((angle) => angle.audience === audience.id && angle.short)),
      [],
    );
    const variants = await Promise.all(
      targets.map((target) =>
        draftVariant(target, {
          base: { draft: { entryId: entry.id, channel: 'x', language: entry.language }, library: assembled.bundle, today: '2026-12-07' },
          model: undefined,
          signal,
        }),
      ),
    );
    expect(sameTextAs(variants).size).toBe(0);
    for (const variant of variants) expect(variant.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('marks a variant whose text is an earlier one’s, instead of showing a copy', async () => {
    const entry = assembled.bundle.entries[0]!;
    const base = {
      draft: { entryId: entry.id, channel: 'x' as const, language: entry.language },
      library: assembled.bundle,
      today: '2026-12-07',
    };
    // Two spokespeople with no audience on X: the sign-off is the only difference, when it fits.
    const variants = await Promise.all(
      variantTargets([], [mayor!, mayor!]).map((target) => draftVariant(target, { base, model: undefined, signal })),
    );
    expect([...sameTextAs(variants).keys()]).toEqual([variants[1]!.key]);
  });
});
