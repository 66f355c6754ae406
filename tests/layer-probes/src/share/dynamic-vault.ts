// Layer probe: share loads the vault with a dynamic import().
export const load = () => import('../vault/index');
