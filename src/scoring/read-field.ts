import type { ScoringFacts } from './scoring-facts.ts';

/**
 * A reader for a fit field path (`jobTitle`, `company.state`, `fields.cnae`,
 * `company.fields.erp.name`), compiled once per rule.
 *
 * @example compileFitReader('company.state')({ lead, company: { state: 'SP', … } }) // 'SP'
 */
export function compileFitReader(field: string): (facts: ScoringFacts) => unknown {
  if (field.startsWith('fields.')) {
    const read = compilePathReader(field.slice('fields.'.length));
    return (facts) => read(facts.lead.fields);
  }
  if (field.startsWith('company.fields.')) {
    const read = compilePathReader(field.slice('company.fields.'.length));
    return (facts) => read(facts.company?.fields);
  }
  switch (field) {
    case 'jobTitle':
      return (facts) => facts.lead.jobTitle;
    case 'email':
      return (facts) => facts.lead.email;
    case 'name':
      return (facts) => facts.lead.name;
    case 'phone':
      return (facts) => facts.lead.phone;
    case 'channel':
      return (facts) => facts.lead.firstTouch?.channel ?? null;
    case 'company.segment':
      return (facts) => facts.company?.segment ?? null;
    case 'company.size':
      return (facts) => facts.company?.size ?? null;
    case 'company.employees':
      return (facts) => facts.company?.employees ?? null;
    case 'company.state':
      return (facts) => facts.company?.state ?? null;
    case 'company.region':
      return (facts) => facts.company?.region ?? null;
    case 'company.country':
      return (facts) => facts.company?.country ?? null;
    case 'company.domain':
      return (facts) => facts.company?.domain ?? null;
    default:
      // The playbook schema admits only the fields above; an unknown one reads nothing.
      return () => undefined;
  }
}

/**
 * A reader for a key of a JSON object; `a.b` walks into nested objects unless the
 * object has a key literally named `a.b`.
 *
 * @example compilePathReader('content.id')({ content: { id: 'ebook-1' } }) // 'ebook-1'
 */
export function compilePathReader(path: string): (object: unknown) => unknown {
  const segments = path.split('.');
  return (object) => {
    if (!isRecord(object)) {
      return undefined;
    }
    if (Object.hasOwn(object, path)) {
      return object[path];
    }
    let current: unknown = object;
    for (const segment of segments) {
      if (!isRecord(current) || !Object.hasOwn(current, segment)) {
        return undefined;
      }
      current = current[segment];
    }
    return current;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
