// Layer probe: app, one folder down, imports ui.
import { stub } from '../../ui/x';
export const a = stub;
