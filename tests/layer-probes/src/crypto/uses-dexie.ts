// Layer probe: crypto imports Dexie.
import { Dexie } from 'dexie';
export const a = Dexie;
