/** A stretch of text, in UTF-16 offsets. */
export type Range = { start: number; end: number };

/** One clause of a sentence as a claim: what it is about, and whether it asserts or denies it. */
export type ClauseReading = {
  /** From the clause's first word to its last, in the text's offsets. */
  start: number;
  end: number;
  /**
   * The words that carry the claim, as compared (see claim-term.ts): no function words,
   * negations, quantities, hedges, units or words for the people involved.
   */
  terms: string[];
  negated: boolean;
  /** "few", "only", "less" make a claim small; "all", "billions", "more" make it large. */
  quantity?: 'low' | 'high';
  /** +1 when the clause asserts its terms, -1 when it denies them or makes them small ("pay nothing", "rarely vote"). */
  polarity: 1 | -1;
  /** Names the people the myths are about ("migrants", "Flüchtlinge"). */
  namesGroup: boolean;
  /** Speaks of "them" ("they pay nothing"): in a myth and its reply, the group. */
  aboutThem: boolean;
  /** Names the people the myths set them against ("local families", "British workers", "les Français"). */
  namesNatives: boolean;
  /** Opens with "I", "we" or "you": about the speaker, not about the group. */
  aboutSpeaker: boolean;
  /** Talks about checking and passing on the information (sources, fact-checkers, spreading), not the world. */
  aboutMedia: boolean;
  /** Comes after "some say", "the claim that", "it is not true that": talked about, not asserted. */
  reported: boolean;
  /**
   * Reported as what people say, not what a source says: after "many believe", "d'aucuns
   * affirment", "c'è chi giura", a warning, or before a trailing "…, on l'entend partout". Said
   * again, not referred to: a myth in these words is the myth.
   */
  hearsay: boolean;
  /** Reported as what a source says ("the ONS says that…", "laut IAB"): neither asserted by the writer nor the myth said again. */
  sourced: boolean;
  /** The second term of a comparison: "… than they put in". */
  comparand: boolean;
  /** Opens with "but", "in fact", "instead", "en réalité", "sondern"…: what follows is put against what came before. */
  contrasted: boolean;
  /** Goes on with the list of the clause before ("…luxury hotels, new phones and cash"): one claim with it. */
  listed: boolean;
  /** Opens with "if" or "where" ("if immigrants were taking jobs, …"): a supposition, neither asserted nor denied. */
  hypothetical: boolean;
  /** Opens with a relative word straight after the clause before ("jobs | that nobody else wants"): it narrows that clause. */
  narrows: boolean;
  /**
   * Says what a myth is about, straight after a warning or a hedge ("a hoax | about Sweden and
   * rape"): in a myth section that is the claim; elsewhere it names the myth without making it.
   */
  topic: boolean;
};

export type ClaimReading = {
  clauses: ClauseReading[];
  question: boolean;
  /** A question for information ("What do they get?"), which asserts nothing, not a yes-or-no question ("Do they get…?"). */
  asksWhat: boolean;
  /** A bare answer at the start ("No.", "Not really", "Nein,"): its range. */
  denial?: Range;
  /** Judges a claim as true or false ("not true", "a myth", "c'est faux"). */
  verdict: boolean;
  /** Some clause reports a claim instead of asserting it. */
  reported: boolean;
};
