import type { SectionId } from './path.ts';
import { CadenceSection } from './sections/CadenceSection.tsx';
import { EngagementSection } from './sections/EngagementSection.tsx';
import { FitSection } from './sections/FitSection.tsx';
import { MqlSection } from './sections/MqlSection.tsx';
import { RejectionSection } from './sections/RejectionSection.tsx';
import { RoutingSection } from './sections/RoutingSection.tsx';
import { SlaSection } from './sections/SlaSection.tsx';
import { StagesSection } from './sections/StagesSection.tsx';

/** The form of one section of the playbook (the YAML view is rendered by the editor). */
export function SectionForm({ section }: { section: Exclude<SectionId, 'source'> }) {
  switch (section) {
    case 'stages':
      return <StagesSection />;
    case 'fit':
      return <FitSection />;
    case 'engagement':
      return <EngagementSection />;
    case 'mql':
      return <MqlSection />;
    case 'rejection':
      return <RejectionSection />;
    case 'routing':
      return <RoutingSection />;
    case 'sla':
      return <SlaSection />;
    case 'cadence':
      return <CadenceSection />;
    default: {
      const unknown: never = section;
      return unknown;
    }
  }
}
