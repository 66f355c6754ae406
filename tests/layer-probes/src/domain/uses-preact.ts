// Layer probe: domain imports Preact.
import { h } from 'preact';
export const a = h;
