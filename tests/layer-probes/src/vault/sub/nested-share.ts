// Layer probe: vault, one folder down, imports share.
import { stub } from '../../share/index';
export const a = stub;
