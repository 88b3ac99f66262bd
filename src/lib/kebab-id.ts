/** The ids of the content (themes, claims, quotes) and of notes: lowercase letters and digits, single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a message says of an id that is not kebab-case. */
export const KEBAB_ID_RULE = "must be a kebab-case id (lowercase letters, digits and single hyphens)";
