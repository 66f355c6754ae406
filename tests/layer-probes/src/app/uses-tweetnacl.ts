// Layer probe: app imports tweetnacl directly, not through crypto.
import nacl from 'tweetnacl';
export const a = nacl;
