/**
 * The English page's words (see PageText), in the terms of the official English text of the GDPR
 * (Regulation (EU) 2016/679) and with its citations as English-language policies write them: "Art. 6(1)(f) GDPR".
 * German statutes keep their German abbreviations, cited by section: "Section 25(1) TDDDG".
 */
import { englishLegalPage } from './legalPageText';
import type { PageText } from './pageText';

export const englishPage: PageText = {
  defaultTitle: 'Privacy Policy',
  contents: 'Contents',
  stand: (effective) => `Effective date: ${effective}`,
  published: (date) => `Published on ${date}`,
  version: (version) => `Version ${version}`,
  draft: 'Draft',
  draftNote: 'Draft – not for publication. This version still has gaps or errors.',
  gapsHeading: (count) => `${count} ${count === 1 ? 'item is' : 'items are'} missing from the text`,
  gapsCounted: 'This counts the places the page would leave blank, not the problems of the checks (Problems panel).',
  sectionTitles: {
    overview: 'Privacy at a glance',
    controller: 'Controller',
    representative: 'Representative in the European Union',
    dpo: 'Data protection officer',
    processing: 'What data we process and why',
    recipients: 'Recipients',
    transfers: 'Transfers to third countries',
    cookies: 'Cookies and similar technologies',
    'automated-decisions': 'Automated decision-making',
    children: 'Children and young people',
    rights: 'Your rights',
    complaint: 'Right to lodge a complaint with a supervisory authority',
    security: 'Data security',
    changes: 'Changes to this policy',
  },
  overviewIntro: (controller) =>
    `This policy explains what personal data ${controller ? `${controller} (‘we’, ‘us’) processes` : 'we process'}, ` +
    'for what purposes and on what legal basis, who receives it, how long we keep it and what rights you have ' +
    '(Arts. 13 and 14 GDPR).',
  overviewActivities: 'We process personal data in the following cases:',
  controllerIntro: 'The controller responsible for the processing of your data is:',
  representativeIntro: 'Our representative in the European Union (Art. 27 GDPR):',
  dpoIntro: 'You can contact our data protection officer at:',
  contactEmail: 'Email',
  contactPhone: 'Phone',
  contactWebsite: 'Website',
  processingIntro:
    'For each processing activity, we set out below the data concerned, the purposes and the legal basis for each, the recipients and the retention period.',
  processingNone: 'This policy names no categories of personal data.',
  facts: {
    data: 'Data',
    channels: 'How the data reaches us',
    purposes: 'Purposes and legal bases',
    interest: 'Our legitimate interest',
    recipients: 'Recipients',
    nobody: 'We do not disclose this data to anyone.',
    transfers: 'Transfers to third countries',
    retention: 'Retention period',
    origin: 'Source of the data',
    special: 'Special category of personal data (Art. 9 GDPR)',
    obligation: 'Obligation to provide data',
  },
  otherPurposes: 'Other purposes',
  recipientsIntro:
    'The following recipients receive personal data; which data each receives is stated with the processing activity concerned.',
  seat: (country) => `Country: ${country}`,
  transfersIntro:
    'Some recipients process data outside the European Union and the European Economic Area. We transfer data there only ' +
    'under the conditions of Arts. 44 to 49 GDPR:',
  transferLine: (country, recipients) => (recipients ? `${country}: ${recipients}` : country),
  transferCategories: 'Data',
  transferBasis: 'Basis',
  cookiesIntro: (essential, consent) =>
    [
      'We store information on your device or access information already stored there (cookies and similar technologies).',
      essential
        ? 'Where this is strictly necessary to provide a service you have explicitly requested, we do so without your consent (Section 25(2) no. 2 TDDDG).'
        : '',
      consent
        ? `${essential ? 'Where it is not strictly necessary, we' : 'We'} do so only with your prior consent (Section 25(1) TDDDG); you can withdraw your consent ` +
          'at any time, without affecting the lawfulness of processing based on consent before its withdrawal.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  cookieHead: ['Name', 'Provider', 'Purpose', 'Duration', 'Basis'],
  automatedIntro:
    'In the following case, we take decisions based solely on automated processing which produce legal effects concerning you ' +
    'or similarly significantly affect you (Art. 22 GDPR):',
  automatedFacts: {
    description: 'Decision',
    logic: 'Logic involved',
    consequences: 'Significance and envisaged consequences',
  },
  rightsIntro: (email) =>
    'You have the following rights in relation to us.' + (email ? ` To exercise them, simply write to ${email}.` : ''),
  rights: {
    access: {
      title: 'Right of access (Art. 15 GDPR)',
      text: 'You can ask us to confirm whether we process personal data concerning you and, if so, to tell you which data and to provide you with a copy.',
    },
    rectification: {
      title: 'Right to rectification (Art. 16 GDPR)',
      text: 'You can ask us to rectify inaccurate data and to complete incomplete data.',
    },
    erasure: {
      title: 'Right to erasure (Art. 17 GDPR)',
      text: 'You can ask us to erase your data, unless a legal obligation requires us to retain it.',
    },
    restriction: {
      title: 'Right to restriction of processing (Art. 18 GDPR)',
      text: 'You can ask us to restrict the processing of your data, for example while its accuracy is being verified.',
    },
    portability: {
      title: 'Right to data portability (Art. 20 GDPR)',
      text:
        'On request, we will give you the data you have provided to us and that we process by automated means on the basis of ' +
        'your consent or of a contract, in a structured, commonly used and machine-readable format.',
    },
    objection: {
      title: 'Right to object (Art. 21 GDPR)',
      text:
        'Where we process your data on the basis of legitimate interests or for a task carried out in the public interest, you can ' +
        'object at any time on grounds relating to your particular situation. You can object to processing for direct marketing ' +
        'purposes at any time, without giving reasons.',
    },
    withdrawal: {
      title: 'Right to withdraw consent (Art. 7(3) GDPR)',
      text: 'You can withdraw your consent at any time; the withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.',
    },
    'automated-decision': {
      title: 'Right not to be subject to solely automated decisions (Art. 22 GDPR)',
      text:
        'You have the right not to be subject to a decision based solely on automated processing which produces legal effects ' +
        'concerning you or similarly significantly affects you.',
    },
  },
  complaintIntro:
    'You have the right to lodge a complaint with a data protection supervisory authority, in particular in the Member State ' +
    'of your habitual residence, place of work or place of the alleged infringement (Art. 77 GDPR). The supervisory authority competent for us is:',
  changesIntro: 'We update this policy when our processing changes.',
  changesUrl: 'The current version is available at',
  clauseGap: (id) => `Clause "${id}" does not fit the data of this policy`,
  unknownClause: (id) => `Unknown clause "${id}"`,
  ownSection: (number) => `Section ${number}`,
  sectionWithoutText: 'Section without text',
  undefinedPurpose: (id) => `Purpose "${id}" is not defined`,
  undefinedRecipient: (id) => `Recipient "${id}" is not defined`,
  untranslated: (text) => `Not yet translated: "${text}"`,
  historyEntry: (version, date) => `Version${version ? ` ${version}` : ''}${date ? ` of ${date}` : ''}`,
  anchors: {
    title: 'title',
    sections: {
      overview: 'at-a-glance',
      controller: 'controller',
      representative: 'representative',
      dpo: 'data-protection-officer',
      processing: 'processing',
      recipients: 'recipients',
      transfers: 'third-countries',
      cookies: 'cookies',
      'automated-decisions': 'automated-decisions',
      children: 'children',
      rights: 'rights',
      complaint: 'complaint',
      security: 'data-security',
      changes: 'changes',
    },
    category: 'category-',
    recipient: 'recipient-',
    right: 'right-',
    ownSection: 'section-',
    otherPurposes: 'other-purposes',
    gap: 'gap-',
    history: 'version-',
    decision: 'decision-',
  },
  legal: englishLegalPage,
};
