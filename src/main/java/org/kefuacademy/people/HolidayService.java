package org.kefuacademy.people;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kefuacademy.people.domain.Holiday;
import org.kefuacademy.people.domain.HolidayRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company holidays (节假日) that every cohort's training calendar skips. HR sets them ahead; a day that
 * has passed cannot be added or removed, because that would rewrite a schedule the trainees already lived.
 */
@Service
@Transactional
public class HolidayService {
    public static final String AUDIT_ADD = "ADD_HOLIDAY";
    public static final String AUDIT_REMOVE = "REMOVE_HOLIDAY";

    private final HolidayRepository holidays;
    private final AuditLog audit;
    private final Clock clock;

    HolidayService(HolidayRepository holidays, AuditLog audit, Clock clock) {
        this.holidays = holidays;
        this.audit = audit;
        this.clock = clock;
    }

    /** A holiday as lists show it. */
    public record Entry(long id, LocalDate date, String name) {
    }

    /** Holidays from {@code from} on, in date order. */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<Entry> from(LocalDate from) {
        return holidays.findByDateGreaterThanEqualOrderByDate(from).stream().map(HolidayService::entry).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR})
    public Entry add(LocalDate date, String name) {
        String label = Fields.required(name, Holiday.NAME_MAX_LENGTH, "holiday.name-invalid", "holiday.name-invalid");
        Fields.date(date, "holiday.date-required");
        if (!date.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("holiday.past", date);
        }
        if (holidays.existsByDate(date)) {
            throw new UserFacingException("holiday.taken", date);
        }
        Holiday saved = holidays.save(new Holiday(date, label, clock.instant()));
        audit.record(AUDIT_ADD, null, date + " " + label);
        return entry(saved);
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR})
    public void remove(long id) {
        Holiday h = holidays.findById(id).orElseThrow(() -> new UserFacingException("holiday.not-found", id));
        if (!h.getDate().isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("holiday.past", h.getDate());
        }
        holidays.delete(h);
        audit.record(AUDIT_REMOVE, null, h.getDate() + " " + h.getName());
    }

    private static Entry entry(Holiday h) {
        return new Entry(h.getId(), h.getDate(), h.getName());
    }
}
