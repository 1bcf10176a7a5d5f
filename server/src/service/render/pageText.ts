/**
 * The words of the sections the page makes from the data, in the language of the published page. Each legal
 * statement names its source; none states a fact about the policy that its data does not give.
 */
import type { RightId, SectionId } from '../clauses/clauseLibrary';
import type { LegalPageText } from './legalPageText';

export interface PageText {
  readonly defaultTitle: string;
  readonly contents: string;
  readonly stand: (effective: string) => string;
  readonly published: (date: string) => string;
  readonly version: (version: string) => string;
  readonly draft: string;
  readonly draftNote: string;
  readonly gapsHeading: (count: number) => string;
  /** Under the heading in the preview: what the number counts, beside the editor's count of problems. */
  readonly gapsCounted: string;
  readonly sectionTitles: Readonly<Record<SectionId, string>>;
  readonly overviewIntro: (controller: string | undefined) => string;
  readonly overviewActivities: string;
  readonly controllerIntro: string;
  readonly representativeIntro: string;
  readonly dpoIntro: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly contactWebsite: string;
  readonly processingIntro: string;
  readonly processingNone: string;
  readonly facts: {
    readonly data: string;
    readonly channels: string;
    readonly purposes: string;
    readonly interest: string;
    readonly recipients: string;
    readonly nobody: string;
    readonly transfers: string;
    readonly retention: string;
    readonly origin: string;
    readonly special: string;
    readonly obligation: string;
  };
  readonly otherPurposes: string;
  readonly recipientsIntro: string;
  readonly seat: (country: string) => string;
  readonly transfersIntro: string;
  readonly transferLine: (country: string, recipients: string) => string;
  readonly transferCategories: string;
  readonly transferBasis: string;
  readonly cookiesIntro: (essential: boolean, consent: boolean) => string;
  readonly cookieHead: readonly string[];
  readonly automatedIntro: string;
  readonly automatedFacts: { readonly description: string; readonly logic: string; readonly consequences: string };
  readonly rightsIntro: (email: string | undefined) => string;
  readonly rights: Readonly<Record<Exclude<RightId, 'complaint'>, { readonly title: string; readonly text: string }>>;
  readonly complaintIntro: string;
  readonly changesIntro: string;
  readonly changesUrl: string;
  readonly clauseGap: (id: string) => string;
  readonly unknownClause: (id: string) => string;
  /** How an own section without a title is named where the page must name it: "Abschnitt 3". */
  readonly ownSection: (number: number) => string;
  readonly sectionWithoutText: string;
  readonly undefinedPurpose: (id: string) => string;
  readonly undefinedRecipient: (id: string) => string;
  /** A text the policy does not yet give in the page's language (it stands there as written). */
  readonly untranslated: (text: string) => string;
  /** The heading of an earlier version in the change history: "Fassung 3.1 vom 15. Oktober 2026". */
  readonly historyEntry: (version: string | undefined, date: string | undefined) => string;
  /** The page's anchors, in its language, as readers share links. */
  readonly anchors: {
    readonly title: string;
    readonly sections: Readonly<Record<SectionId, string>>;
    readonly category: string;
    readonly recipient: string;
    readonly right: string;
    readonly ownSection: string;
    readonly otherPurposes: string;
    readonly gap: string;
    readonly history: string;
    readonly decision: string;
  };
  /** The words of the legal facts added in issue 16 (legalPageText.ts holds the German and English tables). */
  readonly legal: LegalPageText;
}
