// Layer probe: i18n imports app.
import { stub } from '../app';
export const a = stub;
