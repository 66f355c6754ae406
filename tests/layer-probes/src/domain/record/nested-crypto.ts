// Layer probe: domain, one folder down, imports crypto.
import { stub } from '../../crypto/index';
export const a = stub;
