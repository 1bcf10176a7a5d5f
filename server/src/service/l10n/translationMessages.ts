/** Messages about a policy published in several languages, in English and German; `de` must have every key of `en`. */
const en = {
  translationMissing:
    'This text has no {language} version, but the policy is published in {languages} (policy.languages): add "{code}:". Until then the {language} page shows the text as written and lists it as not yet translated.',
  translationPlaceholder: 'The {language} text is still the placeholder "{placeholder}": translate it.',
  'fix.addTranslation': 'Insert a placeholder for the {language} text',
  languageNotListed:
    'The policy\'s language "{code}" (policy.language) is not among its languages ({languages}, policy.languages): the page would be published in {language} too. Add "{code}" to policy.languages, or set policy.language to one of the languages listed.',
};

const de: Record<keyof typeof en, string> = {
  translationMissing:
    'Dieser Text fehlt auf {language}, die Erklärung erscheint aber in {languages} (policy.languages): ergänzen Sie „{code}:“. Bis dahin zeigt die Seite auf {language} den Text, wie er ist, und führt ihn als nicht übersetzt auf.',
  translationPlaceholder: 'Der Text auf {language} ist noch der Platzhalter „{placeholder}“: übersetzen Sie ihn.',
  'fix.addTranslation': 'Platzhalter für den Text auf {language} einfügen',
  languageNotListed:
    'Die Sprache „{code}“ (policy.language) steht nicht unter den Sprachen der Erklärung ({languages}, policy.languages): die Seite erschiene auch auf {language}. Nehmen Sie „{code}“ in policy.languages auf oder wählen Sie für policy.language eine der dort genannten Sprachen.',
};

export const translationMessages = { en, de };
