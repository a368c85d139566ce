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
    public static final String NAME = "name";
    public static final String ROLE = "role";
    public static final String CERTIFICATE = "certificate";
    public static final String ORGANISATION = "organisation";
}
