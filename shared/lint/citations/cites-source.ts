import { sourceCues } from '../../language/cues/source-cues';
import { foldInPlace } from '../../language/fold-in-place';
import type { Entry } from '../../schema/entry';
import type { Language } from '../../schema/language';
import type { SectionText } from '../analysis/section-text';

// Organisations people name without their full title, in any language: "per KFF", "(OMS e CDC)",
// "rechnet Pew vor". Matched case-sensitively, so the pronoun "who" is not the WHO.
const knownOrganisations =
  /(?<![\p{L}\p{N}])(?:WHO|OMS|OECD|OCDE|OCSE|UNHCR|ACNUR|HCR|IOM|OIM|UNICEF|ONS|Eurostat|ISTAT|Istat|INSEE|Insee|INE|INPS|IAB|BAMF|Destatis|CDC|KFF|Pew|Frontex|ISMU|Caritas|CORRECTIV|Maldita|Newtral|Reuters|AFP|Full Fact|PolitiFact)(?![\p{L}\p{N}])/u;

// A named source in parentheses, as people cite on social media: "(KFF)", "(National Academies, 2016)".
const parentheticalName = /\(\p{Lu}[^()\n]{0,80}\)/u;

// Who said it, in the sentence's own grammar: "says WHO Europe", "the ONS found", "explique le
// gouvernement", "sagt das IAB", "so die Deutsche Rentenversicherung", "lo stima il Pew".
const attributions: Record<Language, RegExp[]> = {
  en: [
    /\b(?:per|says|said|say|found by|checked by|figures from|data from)\s+(?:the\s+)?(?:\p{Lu}|authorities|government|ministry|police|council|census)/u,
    /\b(?:finding|figures|data|study|report|survey|estimates?|analysis|research)\s+(?:of|from|by)\s+(?:the\s+)?\p{Lu}/u,
    /\b\p{Lu}[\p{L}.&'-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}.&'-]*))*\s+(?:found|finds|estimates|estimated|says|shows|showed|reports|reported|checked|calculated|counted)\b/u,
  ],
  fr: [
    /(?:explique|indique|estime|rappelle|montre|calcule|constate|confirme|rapporte)(?:nt)?\s+(?:le |la |l['’]|les )?(?:\p{Lu}|gouvernement|minist|institut|office|agence|observatoire|commission|conseil|cour\b)/u,
  ],
  de: [
    /\b(?:rechnet|sagt|sagen|schreibt|zeigt|zeigen|schätzt|bestätigt|meldet|berichtet|ermittelt|belegt|belegen|zählt)\s+(?:das |die |der |den )?\p{Lu}/u,
    /\bso (?:das|die|der) \p{Lu}/u,
  ],
  es: [
    /\b(?:dice|dicen|explica|explican|estima|estiman|calcula|confirma|confirman|muestra|muestran|señala|señalan|indica|recoge)\s+(?:el |la |los |las )?(?:\p{Lu}|autoridad|gobierno|ministerio|polic[ií]a|ayuntamiento|instituto)/u,
  ],
  it: [
    /\b(?:stima|stimano|dice|dicono|spiega|spiegano|calcola|conferma|confermano|rileva|rilevano|mostra|riporta|certifica)\s+(?:il |lo |la |l['’]|i |gli |le )?(?:\p{Lu}|autorit|governo|minister|polizia|comune|istitut|questura|prefettura)/u,
  ],
};

/**
 * Whether a section names where its facts come from: a link, an attribution ("according to",
 * "selon", "laut"), a named organisation, or one of the entry's publishers under any of the
 * names it goes by ("KFF (Kaiser Family Foundation)" is cited as "KFF" or in full).
 */
export function citesSource(section: SectionText, entry: Entry | undefined): boolean {
  if (section.isBlank) return false;
  if (section.urls.length > 0 || section.hasCue(sourceCues[section.language])) return true;
  const { text } = section;
  if (knownOrganisations.test(text) || parentheticalName.test(text)) return true;
  if (attributions[section.language].some((pattern) => pattern.test(text))) return true;
  return publisherNames(entry).some((name) =>
    isAcronym(name) ? new RegExp(`\\b${name}\\b`, 'u').test(text) : section.folded.includes(name),
  );
}

const namesByEntry = new WeakMap<Entry, string[]>();

/** Each publisher in full, without its parenthesis, the parenthesis itself, and what it cites ("citing Eurostat"). */
function publisherNames(entry: Entry | undefined): string[] {
  if (!entry) return [];
  let names = namesByEntry.get(entry);
  if (!names) {
    names = entry.sources.flatMap(({ publisher }) => {
      const parts = [
        publisher,
        publisher.replace(/\s*\(.*\)\s*$/, ''),
        ...[...publisher.matchAll(/\(([^()]+)\)/g)].map((match) => match[1]!),
      ];
      return parts
        .map((part) => part.replace(/^(?:citing|reporting|via)\s+/i, '').trim())
        .filter((part) => part.length >= 3)
        .map((part) => (isAcronym(part) ? part.replace(/[^\p{L}\p{N}]/gu, '') : foldInPlace(part)));
    });
    namesByEntry.set(entry, names);
  }
  return names;
}

function isAcronym(name: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(name.replace(/[^\p{L}\p{N}]/gu, ''));
}
