// Layer probe: vault imports i18n.
import { stub } from '../i18n';
export const a = stub;
