// Layer probe: share reaches the vault by a bare folder path.
import { stub } from '../vault';
export const a = stub;
