// Layer probe: ui imports tweetnacl.
import nacl from 'tweetnacl';
export const a = nacl;
