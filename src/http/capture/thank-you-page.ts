import type { FastifyRequest } from 'fastify';

/** After a plain HTML post to a form without a redirect URL: a short page in the visitor's language. */
export function thankYouPage(request: FastifyRequest): string {
  const isPortuguese = !/^en\b/i.test(request.headers['accept-language'] ?? 'pt-BR');
  const [lang, title, text, back] = isPortuguese
    ? ['pt-BR', 'Obrigado!', 'Recebemos seus dados. Em breve entraremos em contato.', 'Voltar']
    : ['en', 'Thank you!', 'We have received your details and will be in touch soon.', 'Back'];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1><p>${text}</p><p><a href="javascript:history.back()">${back}</a></p></body></html>`;
}
