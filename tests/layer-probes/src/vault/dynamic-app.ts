// Layer probe: vault loads app with a dynamic import().
export const load = () => import('../app');
