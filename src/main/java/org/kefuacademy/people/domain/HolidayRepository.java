package org.kefuacademy.people.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByDateGreaterThanEqualOrderByDate(LocalDate from);

    List<Holiday> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    boolean existsByDate(LocalDate date);
}
