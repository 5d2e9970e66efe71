/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * A WhatsApp click-to-chat link for a number in E.164 (as `Lead.phoneE164` holds it),
 * with an optional pre-filled message. Throws on a number not in E.164: callers pass
 * normalized numbers, so anything else is a bug, not user input.
 *
 * @example whatsappLink('+5511987654321', 'Olá, Ana!') // 'https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Ana!'
 */
export function whatsappLink(phoneE164: string, text?: string): string {
  if (!E164.test(phoneE164)) {
    throw new RangeError(`not an E.164 phone number: ${JSON.stringify(phoneE164)}`);
  }
  const base = `https://wa.me/${phoneE164.slice(1)}`;
  return text === undefined || text === '' ? base : `${base}?text=${encodeURIComponent(text)}`;
}
