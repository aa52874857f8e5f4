/** Accounts and memberships for tests, from the services that keep them. */
export { addMember } from "../../src/modules/users/membership.service.js";
export { createUser, findUserByEmail, type Role } from "../../src/modules/users/user.service.js";
