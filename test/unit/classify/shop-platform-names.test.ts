// The names shop platforms give their fields, where the page's caption does not reach the box: OXID
// eShop's "PLZ, Ort" caption stands before two boxes (oxzip, oxcity) and "Straße, Hausnummer" before
// oxstreet and oxstreetnr; its phone and fax boxes carry only the name. PrestaShop names its
// salutation radios id_gender. And an Ecuadorian "Cédula / RUC" on a person's registration is the
// person's ID, as "DNI / NIE" is.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const oxid = (box: string) => `invadr[oxuser__${box}]`;

describe('shop platforms’ field names', () => {
  it('OXID: the boxes behind one shared caption read by their names', () => {
    const fields = classifyFields(
      [
        labelled('Vorname', { name: oxid('oxfname') }),
        labelled('Nachname', { name: oxid('oxlname') }),
        labelled('Straße, Hausnummer', { name: oxid('oxstreet') }),
        field({ name: oxid('oxstreetnr') }),
        labelled('PLZ, Ort', { name: oxid('oxzip') }),
        field({ name: oxid('oxcity') }),
        labelled('Zusätzliche Info', { name: oxid('oxaddinfo') }),
        field({ name: oxid('oxfon') }),
        field({ name: oxid('oxfax') }),
        field({ name: oxid('oxmobfon') }),
      ],
      {},
      { lang: 'de' },
    );
    expect(fields.map((f) => f.fieldType)).toEqual(['given-name', 'family-name', 'address-line1', 'address-housenumber', 'postal-code', 'address-level2', 'address-line2', 'tel', 'tel', 'tel']);
  });

  it('PrestaShop’s id_gender radios "M" / "Mme" are the salutation; radios "Homme" / "Femme" the sex', () => {
    const radios = (labels: string[]) => labels.map((l, i) => field({ type: 'radio', name: 'id_gender', labels: [l], nearbyText: i === 0 ? 'Titre' : '' }));
    const titled = classifyFields([...radios(['M', 'Mme']), labelled('Prénom'), labelled('Nom')], {}, { lang: 'fr' });
    expect(titled.slice(0, 2).map((f) => f.fieldType)).toEqual(['honorific-prefix', 'honorific-prefix']);
    const sexes = classifyFields([...radios(['Homme', 'Femme']), labelled('Prénom'), labelled('Nom')], {}, { lang: 'fr' });
    expect(sexes.slice(0, 2).map((f) => f.fieldType)).toEqual(['sex', 'sex']);
  });

  it('"Cédula / RUC" on a person’s registration is the person’s identity number', () => {
    const fields = classifyFields([labelled('Nombre'), labelled('Apellidos'), labelled('Cédula / RUC', { name: 'identificacion' })], {}, { lang: 'es' });
    expect(fields[2]!.fieldType).toBe('national-id');
  });
});
