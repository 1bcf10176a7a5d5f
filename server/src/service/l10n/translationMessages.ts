/** Messages about a policy published in several languages, in English and German; `de` must have every key of `en`. */
const en = {
  translationMissing:
    'This text has no {language} version, but the policy is published in {languages} (policy.languages): add "{code}:". Until then the {language} page shows the text as written and lists it as not yet translated.',
  translationPlaceholder: 'The {language} text is still the placeholder "{placeholder}": translate it.',
  'fix.addTranslation': 'Insert a placeholder for the {language} text',
};

const de: Record<keyof typeof en, string> = {
  translationMissing:
    'Dieser Text fehlt auf {language}, die Erklärung erscheint aber in {languages} (policy.languages): ergänzen Sie „{code}:“. Bis dahin zeigt die Seite auf {language} den Text, wie er ist, und führt ihn als nicht übersetzt auf.',
  translationPlaceholder: 'Der Text auf {language} ist noch der Platzhalter „{placeholder}“: übersetzen Sie ihn.',
  'fix.addTranslation': 'Platzhalter für den Text auf {language} einfügen',
};

export const translationMessages = { en, de };
