// Layer probe: share, two folders down, reaches the vault by a bare folder path.
export { stub } from '../../vault';
