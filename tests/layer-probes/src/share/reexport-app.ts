// Layer probe: share re-exports a use case from app.
export { stub } from '../app/index';
