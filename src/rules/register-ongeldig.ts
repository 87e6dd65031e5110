import { defineRule } from './define.js';

export const registerOngeldig = defineRule({
  id: 'register-ongeldig',
  scope: 'pipeline',
  severity: 'error',
  title: { nl: 'Register onleesbaar of niet te vertrouwen', en: 'Register unreadable or not to be trusted' },
  docs: {
    description: {
      nl: 'Het register van check --register moet leesbaar zijn, JSON, volgens schemas/register.schema.json, en zijn registerHash moet kloppen met de inhoud: een register dat na het indienmoment is aangepast, bewijst niets. Met --verify moet het bovendien getekend zijn met de sleutel van de balie en moet de handtekening kloppen (unsigned, otherKey, signature). Dan worden de bestanden niet met het register vergeleken.',
      en: 'The register of check --register must be readable, JSON, follow schemas/register.schema.json, and its registerHash must match its content: a register changed after the submission moment proves nothing. With --verify it must also be signed with the key of the desk and the signature must hold (unsigned, otherKey, signature). The files are then not compared with it.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: '# register.json met een met de hand gewijzigde sha256',
  },
  messages: {
    unreadable: { nl: 'register kan niet gelezen worden: {detail}', en: 'register cannot be read: {detail}' },
    json: { nl: 'register is geen geldige JSON: {detail}', en: 'register is not valid JSON: {detail}' },
    schema: { nl: 'register volgt schemas/register.schema.json niet: {detail}', en: 'register does not follow schemas/register.schema.json: {detail}' },
    hash: { nl: 'registerHash klopt niet met de inhoud (verwacht {verwacht}): het register is aangepast na het maken', en: 'registerHash does not match the content (expected {verwacht}): the register was changed after it was made' },
    unsigned: { nl: 'register is niet getekend, maar --verify vraagt een handtekening van de balie', en: 'register is not signed, but --verify asks for a signature of the desk' },
    otherKey: { nl: 'register is getekend met een andere sleutel ({sleutel}) dan die van --verify', en: 'register is signed with another key ({sleutel}) than the one of --verify' },
    signature: { nl: 'handtekening van het register klopt niet: het register is na het tekenen aangepast (of opnieuw gemaakt)', en: 'the register\'s signature does not hold: the register was changed (or made again) after it was signed' },
  },
});
