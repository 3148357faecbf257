/** The users list, shared by Users, the token owners and the audit log's actors. */
export const USERS_KEY = ["users"] as const;
