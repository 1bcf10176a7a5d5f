import type { LibraryClause } from './clauseLibrary';

/** The clauses shipped with the product, written by us in plain legal German. */
export const builtinClauses: readonly LibraryClause[] = [
  {
    id: 'verantwortliche-stelle',
    title: 'Hinweis zur verantwortlichen Stelle',
    text:
      'Verantwortlich für die Datenverarbeitung auf dieser Website ist {{controller.name}}, {{controller.address}}. ' +
      'Sie erreichen uns per E-Mail unter {{controller.email}}.',
    inputs: ['controller.name', 'controller.address', 'controller.email'],
    articles: ['Art. 13 Abs. 1 lit. a DSGVO'],
  },
  {
    id: 'beschwerderecht',
    title: 'Beschwerderecht bei der zuständigen Aufsichtsbehörde',
    text:
      'Im Falle von Verstößen gegen die DSGVO steht Ihnen ein Beschwerderecht bei einer Aufsichtsbehörde zu, ' +
      'insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des ' +
      'mutmaßlichen Verstoßes. Zuständig für uns ist: {{authority.name}}.',
    inputs: ['authority.name'],
    articles: ['Art. 13 Abs. 2 lit. d DSGVO', 'Art. 77 DSGVO'],
  },
  {
    id: 'ssl-tls',
    title: 'SSL- bzw. TLS-Verschlüsselung',
    text:
      'Diese Seite nutzt aus Sicherheitsgründen und zum Schutz der Übertragung vertraulicher Inhalte eine SSL- bzw. ' +
      'TLS-Verschlüsselung. Eine verschlüsselte Verbindung erkennen Sie daran, dass die Adresszeile des Browsers ' +
      'mit „https://“ beginnt und ein Schloss-Symbol zeigt.',
    inputs: [],
    articles: ['Art. 32 DSGVO'],
  },
];
