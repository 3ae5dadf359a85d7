package io.kezhi.crm.identity;

/** Which records a granted operation reaches, from narrowest to widest. */
public enum DataScope {
    /** Records the user owns. */
    OWN,
    /** Records owned within the user's own department. */
    DEPARTMENT,
    /** Records owned within the user's department and all its sub-departments. */
    DEPARTMENT_TREE,
    /** Every record of the company. */
    ALL;

    public DataScope widest(DataScope other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
