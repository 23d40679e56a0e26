// The fragment payload: "<codec>.<data>". The codec prefix names how the data is packed; the
// scenario inside carries its own format `version`, migrated like any file.

/** s1 = JSON of the scenario, deflate-raw, base64url. */
export const SHARE_CODEC = 's1';
export const SHARE_PREFIX = `${SHARE_CODEC}.`;

/** Chat apps and some tools cut messages and URLs at about 2,000 characters. */
export const SHARE_LINK_BUDGET_CHARS = 2000;

/** Largest scenario JSON a link may inflate to (a lesson is a few KB; files hold far more). */
export const MAX_SHARED_JSON_BYTES = 2 * 1024 * 1024;
