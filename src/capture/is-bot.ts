/**
 * User agents that are not people: search and SEO crawlers, link previews (chat apps,
 * social networks), uptime monitors, performance auditors, headless and automated
 * browsers, and HTTP libraries. Their calls to `/t/collect`, the open pixel and click
 * links store nothing. Short on purpose: one alternation, matched case-insensitively.
 */
export const BOT_USER_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|scrap|headless|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|preview|facebookexternalhit|whatsapp|telegram|skype|python|curl\/|wget|httpclient|okhttp|go-http|java\/|axios|node-fetch|undici|phantomjs|selenium|puppeteer|playwright/i;

/** Whether a request comes from a bot (an empty user agent counts as one). */
export const isBot = (userAgent: string | undefined): boolean =>
  userAgent === undefined || userAgent.trim() === '' || BOT_USER_AGENT.test(userAgent);
