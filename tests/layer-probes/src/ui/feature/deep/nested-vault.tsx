// Layer probe: ui, three folders down, imports the vault by a bare path.
import { stub } from '../../../vault';
export const a = stub;
