package org.kefuacademy.platform.privacy;

import java.util.List;
import java.util.Map;

/**
 * A feature's share of what the platform holds about one person (PIPL). The records feature gathers
 * every source into the person's data export and calls each one when a person is anonymised, so a new
 * feature that stores personal data adds a bean implementing this and is covered by both.
 *
 * <p>Implementations guard both methods with {@code @RolesAllowed({Roles.HR, Roles.ADMIN})}.
 */
public interface PersonalDataSource {

    /** Stable name of the section in the export, e.g. {@code "mentoring"}. */
    String section();

    /**
     * Every row this feature keeps about the person, as named values that serialise to JSON: String,
     * Number, Boolean, LocalDate, Instant or null. Free text is included as written.
     */
    List<Map<String, Object>> export(long accountId);

    /**
     * Removes what could identify the person in this feature's data — free text they wrote or that was
     * written about them — while keeping the numbers that reports aggregate (scores, dates, counts).
     */
    void anonymise(long accountId);
}
