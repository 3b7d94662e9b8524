export { authRoutes, CHANGE_PASSWORD_ROUTE, LOGIN_ROUTE } from './routes';
export { installAuthGuard } from './guard';
export { useSession } from './composables/use-session';
export { reloadUser, sessionUser, startSession } from './session';
export { ROLE_OPTIONS, assignmentCodes, describeAssignments, roleNeedsUnit } from './roles';
