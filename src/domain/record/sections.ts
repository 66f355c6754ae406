// The consent unit is the section (DESIGN §2). `private` exists but can never be shared.

export const SECTIONS = [
  'about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments', 'private',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections that a share may carry. `private` is excluded here and in the type. */
export type ShareableSection = Exclude<Section, 'private'>;
export const SHAREABLE_SECTIONS: readonly ShareableSection[] = Object.freeze([
  'about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments',
] as const);

export function isShareableSection(s: string): s is ShareableSection {
  return (SHAREABLE_SECTIONS as readonly string[]).includes(s);
}

/** The three development areas of the journal, one section each. */
export const DEVELOPMENT_AREAS = ['communication', 'physical', 'pse'] as const;
export type DevelopmentArea = (typeof DEVELOPMENT_AREAS)[number];

export const AREA_SECTION: Readonly<Record<DevelopmentArea, Section>> = Object.freeze({
  communication: 'dev-communication',
  physical: 'dev-physical',
  pse: 'dev-pse',
});
