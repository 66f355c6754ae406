// Layer probe: crypto imports domain by a bare path.
import { stub } from '../domain';
export const a = stub;
