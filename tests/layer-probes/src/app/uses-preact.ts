// Layer probe: app imports Preact hooks.
import { useState } from 'preact/hooks';
export const a = useState;
