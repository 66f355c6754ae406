// Layer probe: share opens IndexedDB through Dexie.
import { Dexie } from 'dexie';
export const a = Dexie;
