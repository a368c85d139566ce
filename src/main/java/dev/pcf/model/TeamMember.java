package dev.pcf.model;

/**
 * A member of the verification team.
 *
 * @param name         name as written
 * @param role         role
 * @param certificate  certificate number, e.g. 2024-CCAA-GHG1-1251115
 * @param organisation employer
 * @param cells        where the row was read
 */
public record TeamMember(String name, TeamRole role, String certificate, String organisation, RowCells cells) {
    /** Keys of the fields in {@link #cells()}: the {@link TeamField} keys, kept as constants for brevity. */
    public static final String NAME = TeamField.NAME.key();
    public static final String ROLE = TeamField.ROLE.key();
    public static final String CERTIFICATE = TeamField.CERTIFICATE.key();
    public static final String ORGANISATION = TeamField.ORGANISATION.key();
}
