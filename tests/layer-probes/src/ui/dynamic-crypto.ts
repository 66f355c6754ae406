// Layer probe: ui loads crypto with a dynamic import().
export const load = () => import('../crypto/index');
