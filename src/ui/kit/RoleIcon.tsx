// Small pictures for roles and record sections, so a parent who reads little can still tell
// people and parts of the record apart. Drawn here (simple strokes), with the words always beside.
import type { ProfessionalRole, ShareableSection } from '../../domain/index';
import './kit.css';

type Picture = 'health' | 'therapy' | 'learning' | 'care' | 'person' | 'about' | 'growth' | 'talk' | 'move' | 'feel' | 'support' | 'calendar';

const ROLE_PICTURE: Readonly<Record<ProfessionalRole, Picture>> = {
  'health-visitor': 'health', gp: 'health', 'practice-nurse': 'health', paediatrician: 'health', 'specialist-nurse': 'health',
  'community-nurse': 'health', audiologist: 'health', orthoptist: 'health', dietitian: 'health',
  'speech-language-therapist': 'therapy', physiotherapist: 'therapy', 'occupational-therapist': 'therapy',
  'teacher-of-deaf': 'learning', 'portage-worker': 'learning', 'nursery-key-person': 'learning', childminder: 'learning',
  senco: 'learning', 'educational-psychologist': 'learning',
  'social-worker': 'care', 'family-support-worker': 'care', 'key-worker': 'care', interpreter: 'person', other: 'person',
};

const SECTION_PICTURE: Readonly<Record<ShareableSection, Picture>> = {
  'about-me': 'about', health: 'growth', 'dev-communication': 'talk', 'dev-physical': 'move', 'dev-pse': 'feel',
  support: 'support', appointments: 'calendar',
};

// 24×24 strokes, currentColor, so they follow the text colour and high-contrast modes.
const PATHS: Readonly<Record<Picture, string>> = {
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  therapy: 'M4 5h16v10H9l-5 4z M8 9h8 M8 12h5',
  learning: 'M3 6l9-3 9 3-9 3z M6 8v6c0 2 3 3 6 3s6-1 6-3V8',
  care: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  person: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21c0-4 4-7 8-7s8 3 8 7',
  about: 'M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h5',
  growth: 'M4 20V4 M4 20h16 M7 16l4-5 3 3 5-7',
  talk: 'M3 5h12v8H8l-4 3z M17 9h4v8h-2v3l-3-3h-4',
  move: 'M13 4a2 2 0 1 0 0 .1 M9 21l3-7 3 3v5 M8 11l4-3 3 3 3 1',
  feel: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M8 14c1 2 7 2 8 0 M9 9h.1 M15 9h.1',
  support: 'M4 12l4-4 4 4 4-4 4 4 M4 18l4-4 4 4 4-4 4 4',
  calendar: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5',
};

function Picture({ picture, class: className }: { picture: Picture; class?: string }) {
  return (
    <svg class={`icon ${className ?? ''}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
      <path d={PATHS[picture]} />
    </svg>
  );
}

export function RoleIcon({ role }: { role: string }) {
  return <Picture picture={(ROLE_PICTURE as Record<string, Picture>)[role] ?? 'person'} class="role-icon" />;
}

export function SectionIcon({ section }: { section: ShareableSection }) {
  return <Picture picture={SECTION_PICTURE[section]} class="section-icon" />;
}
