/**
 * The enumerations that let the checks ask whether a fact fits, not only whether it is there: what a purpose is
 * for, what a recipient is, what kind of body the controller is, which exception of Art. 22(2) GDPR an automated
 * decision relies on.
 */
import type { EnumChoice } from './schemaTypes';

const choice = (value: string, de: string, en: string, doc?: { de: string; en: string }): EnumChoice =>
  doc ? { value, label: { de, en }, doc } : { value, label: { de, en } };

/** What a purpose is for: the checks ask whether its legal basis can carry it. */
export const purposeKinds: readonly EnumChoice[] = [
  choice('contract', 'Vertrag und Kundenbeziehung', 'Contract and customer relationship', {
    de: 'Was für einen Vertrag mit der Person nötig ist: Bestellung, Lieferung, Nutzerkonto, Mitgliedschaft.',
    en: 'What a contract with the person needs: order, delivery, user account, membership.',
  }),
  choice('communication', 'Anfragen beantworten', 'Answering enquiries'),
  choice('legal-obligation', 'Gesetzliche Pflicht', 'Legal obligation', {
    de: 'Eine Pflicht aus dem Gesetz: Aufbewahrung (§ 147 AO, § 257 HGB), Meldungen an Behörden.',
    en: 'A duty the law imposes: retention (§ 147 AO, § 257 HGB), reports to authorities.',
  }),
  choice('marketing', 'Werbung und Direktmarketing', 'Advertising and direct marketing', {
    de: 'Newsletter, Werbe-E-Mails, personalisierte Werbung, Retargeting, Werbe-Pixel.',
    en: 'Newsletters, marketing e-mails, personalised advertising, retargeting, ad pixels.',
  }),
  choice('analytics', 'Reichweitenmessung und Analyse', 'Audience measurement and analytics', {
    de: 'Statistiken über die Nutzung, Webanalyse, A/B-Tests.',
    en: 'Usage statistics, web analytics, A/B tests.',
  }),
  choice('operation', 'Technischer Betrieb', 'Technical operation', {
    de: 'Was die Website oder App technisch braucht: Auslieferung, Sitzung, Warenkorb, Einstellungen.',
    en: 'What the site or app technically needs: delivery, session, shopping cart, settings.',
  }),
  choice('security', 'Sicherheit und Missbrauchsabwehr', 'Security and abuse prevention'),
  choice('health-care', 'Gesundheitsversorgung', 'Health care', {
    de: 'Vorsorge, Diagnose, Behandlung, Abrechnung der Behandlung (Art. 9 Abs. 2 lit. h DSGVO).',
    en: 'Prevention, diagnosis, treatment, billing of treatment (Art. 9(2)(h) GDPR).',
  }),
  choice('employment', 'Beschäftigung und Bewerbung', 'Employment and applications'),
  choice('legal-claims', 'Rechtsansprüche', 'Legal claims'),
  choice('credit-check', 'Bonitätsprüfung', 'Credit check'),
  choice('public-task', 'Öffentliche Aufgabe', 'Public task'),
  choice('research', 'Forschung und Statistik', 'Research and statistics'),
];

/** What a recipient is: the checks ask whether its role fits. */
export const recipientKinds: readonly EnumChoice[] = [
  choice('hosting', 'Hosting und Rechenzentrum', 'Hosting and data centre'),
  choice('it-service', 'IT- und Software-Dienstleister', 'IT and software provider'),
  choice('email-service', 'E-Mail- und Newsletter-Versand', 'E-mail and newsletter service'),
  choice('payment', 'Zahlungsdienstleister oder Bank', 'Payment provider or bank'),
  choice('shipping', 'Versand und Logistik', 'Shipping and logistics'),
  choice('tax-advisor', 'Steuerberatung und Wirtschaftsprüfung', 'Tax advisor and auditor', {
    de: 'Steuerberater, Wirtschaftsprüfer und andere Personen nach § 3 StBerG: nach § 11 Abs. 2 StBerG Verantwortliche, nicht Auftragsverarbeiter.',
    en: 'Tax advisors, auditors and others under § 3 StBerG: controllers under § 11(2) StBerG, not processors.',
  }),
  choice('lawyer', 'Rechtsanwalt', 'Lawyer'),
  choice('authority', 'Behörde oder öffentliche Stelle', 'Public authority'),
  choice('credit-agency', 'Auskunftei', 'Credit reference agency'),
  choice('social-network', 'Soziales Netzwerk', 'Social network'),
  choice('analytics', 'Analyse- und Tracking-Anbieter', 'Analytics and tracking provider'),
  choice('advertising', 'Werbenetzwerk', 'Advertising network'),
  choice('insurance', 'Versicherung', 'Insurer'),
  choice('affiliate', 'Konzernunternehmen', 'Group company'),
  choice('other', 'Sonstige Stelle', 'Other'),
];

/** What kind of body the controller is: it decides which supervisory authority is competent. */
export const controllerSectors: readonly EnumChoice[] = [
  choice('private', 'Nichtöffentliche Stelle', 'Private body', {
    de: 'Unternehmen, Verein, Praxis, Selbständige: zuständig ist die Aufsichtsbehörde des Landes (§ 40 Abs. 1 BDSG).',
    en: 'Company, association, practice, self-employed: the authority of the state is competent (§ 40(1) BDSG).',
  }),
  choice('public', 'Öffentliche Stelle eines Landes', 'Public body of a state', {
    de: 'Landesbehörde, Kommune, Landesbetrieb: zuständig ist die Aufsichtsbehörde des Landes (in Bayern der BayLfD).',
    en: 'State authority, municipality: the authority of the state is competent (in Bavaria the BayLfD).',
  }),
  choice('federal', 'Öffentliche Stelle des Bundes', 'Federal public body', {
    de: 'Zuständig ist die oder der BfDI (§ 9 Abs. 1 BDSG).',
    en: 'The BfDI is competent (§ 9(1) BDSG).',
  }),
  choice('telecom', 'Anbieter von Telekommunikationsdiensten', 'Telecommunications provider', {
    de: 'Für die Telekommunikationsdienste ist die oder der BfDI zuständig (§ 9 Abs. 1 BDSG, § 29 TDDDG).',
    en: 'The BfDI is competent for the telecommunications services (§ 9(1) BDSG, § 29 TDDDG).',
  }),
  choice('postal', 'Anbieter von Postdienstleistungen', 'Postal service provider', {
    de: 'Für die Postdienstleistungen ist die oder der BfDI zuständig (§ 71 Abs. 1 PostG).',
    en: 'The BfDI is competent for the postal services (§ 71(1) PostG).',
  }),
];

/** The exceptions of Art. 22(2) GDPR that allow a decision based solely on automated processing. */
export const automatedExceptions: readonly EnumChoice[] = [
  choice(
    'contract',
    'Erforderlich für den Abschluss oder die Erfüllung eines Vertrags (Art. 22 Abs. 2 lit. a DSGVO)',
    'Necessary for entering into or performing a contract (Art. 22(2)(a) GDPR)',
  ),
  choice(
    'law',
    'Zulässig auf Grund einer Rechtsvorschrift (Art. 22 Abs. 2 lit. b DSGVO)',
    'Authorised by law (Art. 22(2)(b) GDPR)',
  ),
  choice(
    'consent',
    'Ausdrückliche Einwilligung (Art. 22 Abs. 2 lit. c DSGVO)',
    'Explicit consent (Art. 22(2)(c) GDPR)',
  ),
];
