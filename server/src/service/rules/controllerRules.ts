import { message } from '../l10n/messages';
import type { ControllerFields, ObjectValue, PersonFields } from '../model/model';
import { eeaCountries } from '../schema/countries';
import { BDSG, GDPR } from '../schema/law/sources';
import type { Rule } from './rule';
import { countryArg, insertKeysFix } from './ruleSupport';

export const controllerContact: Rule = {
  meta: {
    id: 'controller-contact',
    defaultSeverity: 'error',
    title: { de: 'Kontakt des Verantwortlichen', en: 'Controller contact' },
    description: {
      de: 'Der Verantwortliche braucht neben Name und Anschrift eine E-Mail-Adresse, über die Betroffene ihn erreichen, und seine Anschrift den Staat, damit feststeht, ob er in der EU sitzt.',
      en: 'Besides name and address, the controller needs an e-mail address at which data subjects reach them, and the address needs its country, so it is clear whether the controller sits in the EU.',
    },
    articles: 'Art. 13 Abs. 1 lit. a DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    const controller = model.root.fields.controller;
    if (!controller || controller.kind !== 'object') return;
    if (!controller.fields.email) {
      report({
        span: controller.keys.email ?? controller.ownerSpan,
        message: message('controllerEmail'),
        fixData: controller.keys.email ? undefined : insertKeysFix(controller, [{ key: 'email' }]),
      });
    }
    const address = controller.fields.address;
    if (address && address.kind === 'object' && !address.fields.country) {
      report({
        span: address.keys.country ?? address.ownerSpan,
        message: message('controllerCountry'),
        severity: 'warning',
        fixData: address.keys.country ? undefined : insertKeysFix(address, [{ key: 'country' }]),
      });
    }
  },
};

export const euRepresentative: Rule = {
  meta: {
    id: 'eu-representative',
    defaultSeverity: 'warning',
    title: { de: 'Vertreter in der Union', en: 'Representative in the Union' },
    description: {
      de: 'Ein Verantwortlicher außerhalb des EWR, der Personen in der Union Waren oder Dienste anbietet oder ihr Verhalten beobachtet, muss einen Vertreter in der Union benennen und dessen Kontaktdaten angeben; der Vertreter muss in der Union sitzen. Ausnahmen (gelegentliche Verarbeitung, Behörden) nennt Art. 27 Abs. 2 DSGVO.',
      en: 'A controller outside the EEA that offers goods or services to people in the Union or monitors their behaviour must designate a representative in the Union and give their contact details; the representative must sit in the Union. Art. 27(2) GDPR lists the exceptions (occasional processing, public authorities).',
    },
    articles: 'Art. 27, Art. 13 Abs. 1 lit. a DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    const controller = model.root.fields.controller as ObjectValue<ControllerFields> | undefined;
    if (!controller || controller.kind !== 'object') return;
    const country = controller.fields.address?.fields.country;
    const representative = controller.fields.representative;
    if (country && !eeaCountries.has(country.text) && !representative && !controller.keys.representative) {
      report({
        span: country.span,
        message: message('euRepresentativeMissing', { country: countryArg(country.text) }),
        fixData: insertKeysFix(controller, [
          {
            key: 'representative',
            children: [
              { key: 'name' },
              {
                key: 'address',
                children: [{ key: 'street' }, { key: 'postalCode' }, { key: 'city' }, { key: 'country' }],
              },
              { key: 'email' },
            ],
          },
        ]),
      });
    }
    if (!representative || representative.kind !== 'object') return;
    const repCountry = representative.fields.address?.fields.country;
    if (repCountry && !eeaCountries.has(repCountry.text)) {
      report({
        span: repCountry.span,
        message: message('euRepresentativeOutside', { country: countryArg(repCountry.text) }),
      });
    }
    if (!hasContact(representative)) {
      report({
        span: representative.ownerSpan,
        message: message('euRepresentativeContact'),
        fixData: insertKeysFix(representative, [{ key: 'email' }]),
      });
    }
  },
};

export const dpoContact: Rule = {
  meta: {
    id: 'dpo-contact',
    defaultSeverity: 'error',
    title: { de: 'Kontakt des Datenschutzbeauftragten', en: 'Contact of the data protection officer' },
    description: {
      de: 'Wo ein Datenschutzbeauftragter benannt ist, muss die Erklärung seine Kontaktdaten nennen (E-Mail, Telefon oder Anschrift); sein Name allein genügt nicht.',
      en: 'Where a data protection officer is designated, the policy must give their contact details (e-mail, phone or address); a name alone is not enough.',
    },
    articles: 'Art. 13 Abs. 1 lit. b DSGVO, § 38 BDSG',
    sources: [GDPR, BDSG],
  },
  check({ model, report }) {
    const dpo = model.root.fields.controller?.fields.dpo;
    if (!dpo || dpo.kind !== 'object' || hasContact(dpo)) return;
    report({ span: dpo.ownerSpan, message: message('dpoContact'), fixData: insertKeysFix(dpo, [{ key: 'email' }]) });
  },
};

function hasContact(person: ObjectValue<PersonFields>): boolean {
  return Boolean(person.fields.email || person.fields.phone || person.fields.address);
}
