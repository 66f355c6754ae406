// Layer probe: domain imports tweetnacl.
import nacl from 'tweetnacl';
export const a = nacl;
