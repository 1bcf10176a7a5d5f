/**
 * Which supervisory authority is competent for the controller (from its country, German state and kind of
 * body), whether the policy names that one, and the quick fix that writes it with its address.
 */
import { message, type Message } from '../l10n/messages';
import type { AuthorityFields, ObjectValue, PolicyModel } from '../model/model';
import { countryName } from '../schema/countries';
import {
  authoritySources,
  competentAuthority,
  identifyAuthority,
  type Authority,
  type Competence,
} from '../schema/law/authorities';
import { stateName, stateOfCity } from '../schema/law/germanStates';
import type { KeyStub, SetSectionFix } from './fixData';
import type { Rule } from './rule';

/** The controller's country, state (written, or from an unambiguous city) and kind of body. */
export function controllerFacts(model: PolicyModel): { country?: string; state?: string; sector?: string } {
  const controller = model.root.fields.controller;
  const address = controller?.kind === 'object' ? controller.fields.address : undefined;
  const country = address?.fields.country?.text.trim();
  const written = address?.fields.state;
  const state =
    written?.valid && written.value
      ? written.value
      : country === 'DE' && address?.fields.city
        ? stateOfCity(address.fields.city.text)
        : undefined;
  const sector = controller?.kind === 'object' ? controller.fields.sector : undefined;
  return { country, state, sector: sector?.valid ? sector.value : undefined };
}

/** The authority competent for this policy's controller, when its data decides it. */
export function controllerCompetence(model: PolicyModel): Competence | undefined {
  return competentAuthority(controllerFacts(model));
}

/** Why an authority is competent, for messages. */
function because(model: PolicyModel): Message {
  const { country, state, sector } = controllerFacts(model);
  if (country && country !== 'DE')
    return message('because.national', {
      country: { de: countryName(country, 'de') ?? country, en: countryName(country, 'en') ?? country },
    });
  const named = (state && stateName(state)) || { de: '', en: '' };
  switch (sector) {
    case 'federal':
      return message('because.federal');
    case 'telecom':
    case 'postal':
      return message('because.telecom');
    case 'public':
      return message('because.public', { state: named });
    default:
      return state === 'DE-BY' ? message('because.privateBavaria') : message('because.private', { state: named });
  }
}

const quoted = (text: string) => JSON.stringify(text);

/** The `supervisoryAuthority` section for an authority, as the quick fix writes it. */
export function authoritySection(authority: Authority): SetSectionFix {
  // What the research could not confirm is left for the author to fill in, not written as fact.
  const unconfirmed = new Set(authority.unconfirmed ?? []);
  const keys: KeyStub[] = [{ key: 'name', value: quoted(authority.name) }];
  if (!unconfirmed.has('address'))
    keys.push({
      key: 'address',
      children: [
        { key: 'street', value: quoted(authority.address.street) },
        { key: 'postalCode', value: quoted(authority.address.postalCode) },
        { key: 'city', value: quoted(authority.address.city) },
        { key: 'country', value: quoted(authority.address.country) },
      ],
    });
  if (authority.email) keys.push({ key: 'email', value: quoted(authority.email) });
  if (!unconfirmed.has('url')) keys.push({ key: 'url', value: quoted(authority.url) });
  return { setSection: { name: 'supervisoryAuthority', keys, label: authority.name } };
}

/** The section for a controller without an establishment in the Union. */
export const residenceSection: SetSectionFix = {
  setSection: { name: 'supervisoryAuthority', keys: [{ key: 'residence', value: 'true' }], label: 'residence: true' },
};

export const authorityCompetence: Rule = {
  meta: {
    id: 'authority-competence',
    defaultSeverity: 'warning',
    title: { de: 'Aufsichtsbehörde nicht zuständig', en: 'Supervisory authority not competent' },
    description: {
      de: 'Die genannte Aufsichtsbehörde ist für den Verantwortlichen nicht zuständig. Zuständig ist für nichtöffentliche Stellen die Behörde des Landes, in dem sie sitzen (§ 40 Abs. 1 BDSG) – in Bayern das Landesamt für Datenschutzaufsicht (BayLDA), für bayerische öffentliche Stellen der Landesbeauftragte (BayLfD) –, für öffentliche Stellen des Bundes die BfDI (§ 9 Abs. 1 BDSG), für Telekommunikations- und Postdienste zusätzlich die BfDI (§ 29 TDDDG, § 71 Abs. 1 PostG), im übrigen EWR die nationale Behörde. Ein Verantwortlicher ohne Niederlassung in der Union hat keine federführende Behörde (Art. 56 DSGVO): Er schreibt „residence: true“. Das Land steht in `state` der Anschrift oder folgt aus einer Landeshauptstadt oder eindeutigen Großstadt, nie aus der Postleitzahl. Die Schnellkorrektur schreibt die zuständige Behörde mit Anschrift.',
      en: 'The authority named is not competent for the controller. Competent are: for private bodies the authority of the state they sit in (§ 40(1) BDSG) – in Bavaria the State Office for Data Protection Supervision (BayLDA), for Bavarian public bodies the Commissioner (BayLfD) –, for federal public bodies the BfDI (§ 9(1) BDSG), for telecommunications and postal services also the BfDI (§ 29 TDDDG, § 71(1) PostG), elsewhere in the EEA the national authority. A controller without an establishment in the Union has no lead authority (Art. 56 GDPR): it writes "residence: true". The state is the address\'s `state`, or follows from a state capital or an unambiguous large city, never from the postal code. The quick fix writes the competent authority with its address.',
    },
    articles: 'Art. 13 Abs. 2 lit. d, Art. 55, 56, 77 DSGVO; §§ 9, 40 BDSG',
    sources: authoritySources,
  },
  check({ model, report }) {
    const authority = model.root.fields.supervisoryAuthority as ObjectValue<AuthorityFields> | undefined;
    if (!authority || authority.kind !== 'object') return;
    const competence = controllerCompetence(model);
    if (!competence) return;
    const fields = authority.fields;
    const anchor = fields.name?.span ?? authority.ownerSpan;
    if (competence.kind === 'residence') {
      if (fields.residence?.value || !fields.name) return;
      report({ span: anchor, message: message('authorityNotCompetent.residence'), fixData: residenceSection });
      return;
    }
    const named = identifyAuthority({ name: fields.name?.text, email: fields.email?.text, url: fields.url?.text });
    if (!named || competence.authorities.some((candidate) => candidate.id === named.id)) return;
    const competent = competence.authorities[competence.authorities.length - 1];
    report({
      span: anchor,
      message: message('authorityNotCompetent', {
        named: `${named.short} (${named.name})`,
        competent: `${competent.short} (${competent.name})`,
        because: because(model),
      }),
      fixData: authoritySection(competent),
    });
  },
};
