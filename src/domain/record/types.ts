// The child's record: one Child plus entries of several kinds, each belonging to one section.
import type { AllergyReaction, AllergySeverity, Allergen, AppointmentReason, CommunicationMethod,
  HomeLanguage, ProfessionalRole, Relationship, ServiceType } from './codes';
import type { IsoDate, IsoDateTime } from './dates';
import type { BlobId, ChildId, EntryId } from './ids';
import type { DevelopmentArea } from './sections';

/** Free text stays as written and says which language it was written in (BCP 47 tag, e.g. `ur`). */
export interface LocalText {
  text: string;
  lang: string;
}

export type ChildSex = 'male' | 'female' | 'not-recorded';
export type EarlierHealth = 'all-done' | 'some' | 'not-sure';
export const EARLIER_HEALTH_ANSWERS: readonly EarlierHealth[] = ['all-done', 'some', 'not-sure'];

export interface Child {
  id: ChildId;
  name: string;
  preferredName?: string;
  dob: IsoDate;
  /** Completed weeks of gestation at birth; under 37 means premature. Unknown is treated as term. */
  gestationWeeks?: number;
  /**
   * Asked only on the growth page, for the centile chart (the standards differ for boys and
   * girls). 'not-recorded' when the parent chose not to say; absent when never asked.
   */
  sex?: ChildSex;
  /**
   * The parent's answer, asked once, about vaccinations and health checks that fell due before
   * the child was added: 'all-done' (done before Family File), 'some', or 'not-sure'. Until
   * answered, such items are "not recorded yet", never "overdue".
   */
  earlierHealth?: EarlierHealth;
  /**
   * Past items (`dose:<code>`, `review:<review>`) the parent marked as not done: those read
   * "Overdue" (or "No longer offered") again, whatever the answer above.
   */
  markedNotDone?: string[];
  /** A display colour for the child, `#rrggbb`. */
  colour: string;
  photo?: BlobId;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const ENTRY_KINDS = [
  'passport', 'condition', 'allergy', 'medication', 'immunisation', 'growth', 'health-review',
  'observation', 'milestone', 'service', 'received-note', 'appointment', 'private-note',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Who wrote an entry, or one line of a history, that came from a professional's contribution
 * (docs/contributions.md). It travels with the entry in later shares.
 */
export interface Provenance {
  name: string;
  role: ProfessionalRole;
  organisation?: string;
  /** The signing key matched a team member's card when the parent accepted it. */
  verified: boolean;
  /** The day the professional wrote it. */
  date: IsoDate;
  /** The contribution it came from (the sender key's start and the envelope's id): one import, one record. */
  contributionId: string;
}

interface EntryBase<K extends EntryKind> {
  id: EntryId;
  kind: K;
  childId: ChildId;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** Left out of every share unless the parent ticks this entry by hand. */
  sensitive?: boolean;
  /** Set when a professional wrote this entry: their words, which the parent cannot silently change. */
  contributedBy?: Provenance;
  /** The parent's own words beside a professional's entry; shown with it and shared with it. */
  annotation?: LocalText;
  /** A professional's entry the parent chose not to show or share. */
  hidden?: boolean;
  /** The parent's edited copy of a professional's entry: whose it was. The original is kept, hidden. */
  editedFrom?: Provenance;
}

// ---- About me ----
export interface ImportantPerson {
  name: string;
  relationship: Relationship;
  note?: LocalText;
}

/** One per child: the passport fields beyond name and date of birth (which live on Child). */
export interface PassportEntry extends EntryBase<'passport'> {
  nhsNumber?: string;
  homeLanguages: HomeLanguage[];
  /** Languages not in the coded list, as written by the parent. */
  otherLanguages?: string[];
  communication: CommunicationMethod[];
  communicationNote?: LocalText;
  whatHelps?: LocalText;
  likes?: LocalText;
  dislikes?: LocalText;
  /** "Things you must know about me": the red part of a hospital passport. */
  mustKnow?: LocalText;
  importantPeople: ImportantPerson[];
}

// ---- Health ----
export interface ConditionEntry extends EntryBase<'condition'> {
  name: LocalText;
  diagnosedOn?: IsoDate;
  note?: LocalText;
}

export interface AllergyEntry extends EntryBase<'allergy'> {
  allergen: Allergen;
  /** What exactly, in the parent's words (needed when allergen is `other`). */
  detail?: LocalText;
  reactions: AllergyReaction[];
  severity: AllergySeverity;
  notedOn?: IsoDate;
  note?: LocalText;
}

export const MEDICATION_CHANGES = ['started', 'dose-changed', 'stopped'] as const;
export type MedicationChangeKind = (typeof MEDICATION_CHANGES)[number];

/** One line of a medicine's append-only history. The newest line gives the current state. */
export interface MedicationChange {
  date: IsoDate;
  change: MedicationChangeKind;
  dose: string;
  frequency: string;
  changedBy: string;
  note?: LocalText;
  /** When a professional sent this change and the parent accepted it. */
  contributedBy?: Provenance;
}

export interface MedicationEntry extends EntryBase<'medication'> {
  name: string;
  reason?: LocalText;
  history: MedicationChange[];
}

export interface ImmunisationEntry extends EntryBase<'immunisation'> {
  /** A dose code from the UK schedule (health/schedule.ts), or `other` for anything else. */
  doseCode: string;
  givenOn: IsoDate;
  vaccineName?: string;
  batch?: string;
  where?: string;
  note?: LocalText;
}

export interface GrowthEntry extends EntryBase<'growth'> {
  measuredOn: IsoDate;
  weightKg?: number;
  heightCm?: number;
  headCm?: number;
  by?: string;
}

export const HEALTH_REVIEWS = ['new-birth', 'six-to-eight-weeks', 'one-year', 'two-years'] as const;
export type HealthReviewCode = (typeof HEALTH_REVIEWS)[number];

export interface HealthReviewEntry extends EntryBase<'health-review'> {
  review: HealthReviewCode;
  doneOn: IsoDate;
  by?: string;
  outcome?: LocalText;
}

// ---- Development journal ----
export const OBSERVATION_MARKS = ['celebration', 'concern', 'none'] as const;
export type ObservationMark = (typeof OBSERVATION_MARKS)[number];

/** Stable catalogue code, e.g. `cl-12-18-03` (milestones/catalogue.ts). */
export type MilestoneCode = `${'cl' | 'pd' | 'pse'}-${number}-${number}-${number}`;

export interface ObservationEntry extends EntryBase<'observation'> {
  area: DevelopmentArea;
  date: IsoDate;
  text: LocalText;
  photos: BlobId[];
  mark: ObservationMark;
  milestoneCodes: MilestoneCode[];
}

export const MILESTONE_STATUSES = ['emerging', 'developing', 'achieved'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface MilestoneStep {
  status: MilestoneStatus;
  date: IsoDate;
  observationId?: EntryId;
  /** When a professional observed this step and the parent accepted it. */
  contributedBy?: Provenance;
}

/** One per child and milestone code; history is append-only and its last step is the status. */
export interface MilestoneEntry extends EntryBase<'milestone'> {
  code: MilestoneCode;
  area: DevelopmentArea;
  history: MilestoneStep[];
}

// ---- Support history ----
export interface Professional {
  name: string;
  role: ProfessionalRole;
  organisation?: string;
  contact?: string;
}

export interface ServiceEntry extends EntryBase<'service'> {
  serviceType: ServiceType;
  professional?: Professional;
  referralDate?: IsoDate;
  start?: IsoDate;
  end?: IsoDate;
  outcome?: LocalText;
  /** Plans in place, e.g. an EHC plan or a therapy plan. */
  plans: LocalText[];
  documents: BlobId[];
  /** What a professional wrote with a plan or a referral they sent. */
  note?: LocalText;
}

export const RECEIVED_NOTE_KINDS = ['visit-summary', 'assessment', 'plan', 'letter', 'other'] as const;
export type ReceivedNoteKind = (typeof RECEIVED_NOTE_KINDS)[number];

/** A note a professional sent back (a contribution), kept in the support history. */
export interface ReceivedNoteEntry extends EntryBase<'received-note'> {
  noteKind: ReceivedNoteKind;
  from: Professional;
  receivedAt: IsoDateTime;
  text: LocalText;
  serviceId?: EntryId;
  /** Assessments: what was assessed, and the coded result. */
  title?: string;
  result?: AssessmentResult;
}

/** The coded result of an assessment a professional sends back. */
export const ASSESSMENT_RESULTS = ['no-concerns', 'keep-watching', 'more-support', 'referred-on'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

// ---- Appointments ----
export interface AppointmentEntry extends EntryBase<'appointment'> {
  start: IsoDateTime;
  end: IsoDateTime;
  who: string;
  where: string;
  reason: AppointmentReason;
  note?: LocalText;
  serviceId?: EntryId;
}

// ---- Private ----
export interface PrivateNoteEntry extends EntryBase<'private-note'> {
  date: IsoDate;
  text: LocalText;
}

export type Entry =
  | PassportEntry | ConditionEntry | AllergyEntry | MedicationEntry | ImmunisationEntry | GrowthEntry
  | HealthReviewEntry | ObservationEntry | MilestoneEntry | ServiceEntry | ReceivedNoteEntry
  | AppointmentEntry | PrivateNoteEntry;

export type EntryOfKind<K extends EntryKind> = Extract<Entry, { kind: K }>;

/** Every entry except private notes: the only thing a share can ever be built from. */
export type ShareableEntry = Exclude<Entry, PrivateNoteEntry>;

/** Everything the parent holds for one family. */
export interface FamilyRecord {
  children: Child[];
  entries: Entry[];
}
