import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const controller = (body: string) => withSections(completePolicy, { controller: `controller:\n${body}` });
const address = (country: string) =>
  `  address:\n    street: Musterstraße 1\n    postalCode: "01067"\n    city: Dresden\n${country}`;

describe('rule controller-contact', () => {
  it('reports a controller without e-mail at the section key', () => {
    const text = controller(`  name: Beispiel GmbH\n${address('    country: DE\n')}  phone: "+49 351 1234"\n`);
    assert.deepStrictEqual(rangesOf(validate(text), 'controller-contact'), [rangeOfText(text, 'controller')]);
  });

  it('reports an address without country as a warning at the address key', () => {
    const text = controller(`  name: Beispiel GmbH\n${address('')}  email: datenschutz@beispiel.de\n`);
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'controller-contact'), [rangeOfText(text, 'address')]);
    assert.strictEqual(diagnostics.find((d) => d.code === 'controller-contact')!.severity, 2);
  });

  it('is quiet for a controller with e-mail and country', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'controller-contact'), []);
  });
});

describe('rule eu-representative', () => {
  it('reports a controller outside the EEA without a representative at its country', () => {
    const text = controller(`  name: Relokia LLC\n${address('    country: UA\n')}  email: a@b.ua\n`);
    assert.deepStrictEqual(rangesOf(validate(text), 'eu-representative'), [rangeOfText(text, 'UA')]);
  });

  it('reports a representative outside the Union and one without contact details', () => {
    const text = controller(
      `  name: Relokia LLC\n${address('    country: UA\n')}  email: a@b.ua\n  representative:\n    name: Vertreter Ltd\n    address:\n      street: 1 Road\n      postalCode: "1000"\n      city: Bern\n      country: CH\n`,
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'eu-representative'), [rangeOfText(text, 'CH')]);
    const noContact = controller(
      `  name: Relokia LLC\n${address('    country: UA\n')}  email: a@b.ua\n  representative:\n    name: Vertreter GmbH\n`,
    );
    assert.deepStrictEqual(rangesOf(validate(noContact), 'eu-representative'), [
      rangeOfText(noContact, 'representative'),
    ]);
  });

  it('is quiet inside the EEA, and with a representative in the Union', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'eu-representative'), []);
    const text = controller(
      `  name: Relokia LLC\n${address('    country: UA\n')}  email: a@b.ua\n  representative:\n    name: Vertreter GmbH\n    email: vertreter@beispiel.de\n`,
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'eu-representative'), []);
  });
});

describe('rule dpo-contact', () => {
  it('reports a DPO with only a name', () => {
    const text = controller(
      `  name: Beispiel GmbH\n${address('    country: DE\n')}  email: datenschutz@beispiel.de\n  dpo:\n    name: Erika Muster\n`,
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'dpo-contact'), [rangeOfText(text, 'dpo')]);
  });

  it('is quiet for a DPO with an e-mail address, and without a DPO', () => {
    const text = controller(
      `  name: Beispiel GmbH\n${address('    country: DE\n')}  email: datenschutz@beispiel.de\n  dpo:\n    name: Erika Muster\n    email: dsb@beispiel.de\n`,
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'dpo-contact'), []);
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'dpo-contact'), []);
  });
});
