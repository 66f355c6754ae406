import type { SectionProps } from '../child/section-props';

// Placeholder until this section's screen lands (being built in parallel).
export function SupportScreen(_props: SectionProps) {
  return null;
}
