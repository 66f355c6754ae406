// Layer probe: the service worker code imports the vault.
import { stub } from '../vault';
export const a = stub;
