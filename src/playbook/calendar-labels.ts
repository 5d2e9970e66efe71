import type { Lang } from './localized-text.ts';

/** The words of the business-calendar section of the rendered playbook, per language. */
export interface CalendarLabels {
  heading: string;
  intro: (zone: string) => string;
  weekday: string;
  hours: string;
  closed: string;
  holidays: string;
  source: (country: string, state: string | null) => string;
  /** Adjectives of "holidays" for each holiday type (`state`: the state's public holidays). */
  kinds: { public: string; state: string; bank: string };
  holidaysOf: (adjectives: string) => string;
  /** What `bank` means in Brazil, after the bank holidays. */
  bankExamples: string;
  optional: string;
  /** What `optional` means in Brazil. */
  optionalExamples: string;
  closedOn: (kinds: string) => string;
  noOfficialHolidays: string;
  openOn: (kinds: string) => string;
  extraHolidays: (dates: string) => string;
  workingDates: (dates: string) => string;
  /** The hours of a listed working date. */
  workingDateHours: (firstOpenDay: string) => string;
  none: string;
}

export const CALENDAR_LABELS: Record<Lang, CalendarLabels> = {
  'pt-BR': {
    heading: 'Calendário comercial',
    intro: (zone) =>
      `Os prazos em minutos, horas e dias úteis contam só o horário de trabalho abaixo, no fuso horário ${zone}.`,
    weekday: 'Dia da semana',
    hours: 'Horário de trabalho',
    closed: 'Fechado',
    holidays: 'Feriados',
    source: (country, state) =>
      `Calendário de feriados: ${country}${state === null ? '' : `, com os do estado de ${state}`}.`,
    kinds: { public: 'nacionais', state: 'estaduais', bank: 'bancários' },
    holidaysOf: (adjectives) => `feriados ${adjectives}`,
    bankExamples: ' (Carnaval, Corpus Christi)',
    optional: 'pontos facultativos',
    optionalExamples: ' (Quarta-feira de Cinzas até as 14h, tardes de 24 e 31 de dezembro)',
    closedOn: (kinds) => `Sem expediente: ${kinds}.`,
    noOfficialHolidays: 'Nenhum feriado do calendário oficial fecha o dia; só os feriados extras abaixo.',
    openOn: (kinds) => `Expediente normal: ${kinds}.`,
    extraHolidays: (dates) => `Feriados extras (da empresa ou da cidade): ${dates}.`,
    workingDates: (dates) => `Dias trabalhados apesar do dia da semana ou de um feriado: ${dates}.`,
    workingDateHours: (firstOpenDay) =>
      `Neles vale o horário do dia da semana ou, num dia normalmente fechado, o de ${firstOpenDay}.`,
    none: 'nenhum',
  },
  en: {
    heading: 'Business calendar',
    intro: (zone) =>
      `Deadlines in business minutes, hours and days count only the working hours below, in the ${zone} time zone.`,
    weekday: 'Weekday',
    hours: 'Working hours',
    closed: 'Closed',
    holidays: 'Holidays',
    source: (country, state) =>
      `Holiday calendar: ${country}${state === null ? '' : `, with those of the state of ${state}`}.`,
    kinds: { public: 'national', state: 'state', bank: 'bank' },
    holidaysOf: (adjectives) => `${adjectives} holidays`,
    bankExamples: ' (Carnival, Corpus Christi)',
    optional: 'optional holidays',
    optionalExamples: ' (Ash Wednesday until 2 pm, the afternoons of 24 and 31 December)',
    closedOn: (kinds) => `Closed on ${kinds}.`,
    noOfficialHolidays: 'No official holiday closes the day; only the extra holidays below do.',
    openOn: (kinds) => `Open as usual on ${kinds}.`,
    extraHolidays: (dates) => `Extra holidays (company or city): ${dates}.`,
    workingDates: (dates) => `Days worked although the weekday or a holiday says otherwise: ${dates}.`,
    workingDateHours: (firstOpenDay) =>
      `They keep their weekday's hours or, on a day normally closed, those of ${firstOpenDay}.`,
    none: 'none',
  },
};
