// Layer probe: i18n imports ui.
import { stub } from '../ui/x';
export const a = stub;
