import {
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  FIRST_NAMES,
  FREE_MAIL,
  JOB_TITLES,
  SEGMENTS,
  type Segment,
  STATES,
  type StateCode,
  SURNAMES,
} from './brazil-words.ts';
import { type DemoRandom, demoRandom, seedOf } from './demo-random.ts';

/** An invented person at an invented company, shaped like the lead API's input. */
export interface FakePerson {
  name: string;
  email: string;
  phone: string;
  jobTitle: string;
  company: {
    name: string;
    domain: string;
    segment: Segment;
    employees: number;
    state: StateCode;
    region: string;
    country: 'BR';
  };
}

/** How a person fits the ICP: `good` leans to deciders at mid-size companies in the target segments. */
export type Profile = 'good' | 'average' | 'student';

const TARGET_SEGMENTS: readonly Segment[] = ['software', 'tecnologia', 'serviços', 'indústria', 'varejo'];

/** A person at a company of its own (no one else planned works there), in a given state. */
export interface NewCompany {
  state: StateCode;
  /** The company is smaller than this (large accounts route apart). */
  maxEmployees: number;
}

/**
 * A new person whose e-mail is not in `taken` (it is added, and so is `@` + the company
 * domain). Company domains end in the reserved `.example` top-level domain (RFC 2606), so
 * no real company or mailbox is named; phones all start `+55 11 90000-`, easy to spot as
 * fake. With `newCompany`, the company is one nobody in `taken` works at.
 *
 * @example fakePerson(demoRandom(1), new Set(), 'good').email // 'mariana.costa@aurora-software.example'
 */
export function fakePerson(
  random: DemoRandom,
  taken: Set<string>,
  profile: Profile = 'average',
  newCompany?: NewCompany,
): FakePerson {
  const isFemale = random.chance(0.5);
  const first = random.pick(isFemale ? FIRST_NAMES.female : FIRST_NAMES.male);
  const last = random.pick(SURNAMES);
  const segment =
    profile === 'good' && random.chance(0.85)
      ? random.pick(TARGET_SEGMENTS)
      : random.weighted(
          Object.fromEntries(Object.entries(SEGMENTS).map(([key, value]) => [key, value.weight])) as Record<
            Segment,
            number
          >,
        );
  let companyName: string;
  let attempt = 0;
  do {
    const suffix = random.chance(0.4) ? ` ${random.pick(COMPANY_SUFFIXES)}` : '';
    // Past 20 tries the word lists are exhausted for this segment: number the name.
    const number = attempt > 20 ? ` ${attempt}` : '';
    companyName = `${random.pick(COMPANY_STEMS)} ${random.pick(SEGMENTS[segment].words)}${suffix}${number}`;
    attempt += 1;
  } while (newCompany && taken.has(`@${domainOf(companyName)}`));
  const domain = domainOf(companyName);
  taken.add(`@${domain}`);
  // Two people of one company (one domain) agree on where it is and how big it is.
  const company = demoRandom(seedOf(domain));
  const state =
    newCompany?.state ??
    company.weighted(
      Object.fromEntries(Object.entries(STATES).map(([key, value]) => [key, value.weight])) as Record<
        StateCode,
        number
      >,
    );
  const employees = Math.min(employeesFor(company, profile), (newCompany?.maxEmployees ?? Infinity) - 1);
  const titles =
    profile === 'student'
      ? JOB_TITLES.student
      : random.chance(profile === 'good' ? 0.8 : 0.45)
        ? JOB_TITLES.decider
        : JOB_TITLES.staff;
  const jobTitle = random.pick<readonly [string, string]>(titles)[isFemale ? 0 : 1];
  const local = slug(`${first}.${last}`, '.');
  const mailDomain = profile === 'student' || random.chance(0.08) ? random.pick(FREE_MAIL) : domain;
  let email = `${local}@${mailDomain}`;
  for (let n = 2; taken.has(email); n++) {
    email = `${local}${n}@${mailDomain}`;
  }
  taken.add(email);
  return {
    name: `${first} ${last}`,
    email,
    phone: `+55 11 90000-${String(random.int(0, 9999)).padStart(4, '0')}`,
    jobTitle,
    company: {
      name: companyName,
      domain,
      segment,
      employees,
      state,
      region: STATES[state].region,
      country: 'BR',
    },
  };
}

function employeesFor(random: DemoRandom, profile: Profile): number {
  const band = random.weighted(
    profile === 'good' ? { small: 15, mid: 70, large: 15 } : { small: 45, mid: 45, large: 10 },
  );
  return band === 'small' ? random.int(8, 49) : band === 'mid' ? random.int(50, 900) : random.int(1000, 6000);
}

const domainOf = (companyName: string) => `${slug(companyName)}.example`;

/** `Serra Azul Logística` → `serra-azul-logistica`. */
const slug = (text: string, separator = '-'): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, separator)
    .replace(/^[-.]+|[-.]+$/g, '');
