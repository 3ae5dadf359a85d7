export const GENDERS = ['MALE', 'FEMALE'] as const
export const CLOSENESS = ['VERY_CLOSE', 'CLOSE', 'NORMAL', 'DISTANT'] as const
export const INFLUENCE = ['HIGH', 'MEDIUM', 'LOW'] as const
export const DECISION_ROLES = ['DECISION_MAKER', 'KEY_CONTACT', 'INFLUENCER', 'USER'] as const
